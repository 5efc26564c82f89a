from src.auth.models import User
from src.shared.config import settings


def login(user: User) -> str:
    return f"{settings.secret}:{user.id}"
