from src.billing.models import Invoice
from src.notifications.service import notify


def invoice(user_id: int) -> Invoice:
    notify(user_id, "invoice created")
    return Invoice()
