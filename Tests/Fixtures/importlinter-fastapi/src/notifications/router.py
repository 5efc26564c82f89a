from fastapi import APIRouter, Depends

from src.auth.dependencies import current_user
from src.notifications.service import notify

router = APIRouter(prefix="/notifications")


@router.post("/test")
def test(user=Depends(current_user)):
    notify(user.id, "test")
