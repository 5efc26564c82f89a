from fastapi import APIRouter, Depends

from .dependencies import current_user
from .service import login

router = APIRouter(prefix="/auth")


@router.post("/login")
def post_login(user=Depends(current_user)):
    return login(user)
