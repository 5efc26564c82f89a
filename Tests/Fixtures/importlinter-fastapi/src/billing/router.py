from fastapi import APIRouter, Depends

from src.auth.dependencies import current_user
from src.billing import service

router = APIRouter(prefix="/billing")


@router.post("/invoices")
def create_invoice(user=Depends(current_user)):
    return service.invoice(user.id)
