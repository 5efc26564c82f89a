from typing import TYPE_CHECKING

from src.shared.config import settings

if TYPE_CHECKING:
    from src.auth.models import User


def notify(user_id: int, message: str) -> None:
    print(settings.sender, user_id, message)


def notify_user(user: "User", message: str) -> None:
    notify(user.id, message)
