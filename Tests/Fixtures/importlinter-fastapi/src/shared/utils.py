from ..auth import service as auth_service


def token_for(user):
    return auth_service.login(user)
