from fastapi import Header

from src.auth.models import User
from src.shared.database import session


def current_user(authorization: str = Header()) -> User:
    return session().get(User, authorization)
