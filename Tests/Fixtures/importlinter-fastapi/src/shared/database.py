from sqlalchemy.orm import Session

from src.billing.models import Invoice


def session() -> Session:
    return Session()


def invoices() -> list[Invoice]:
    return session().query(Invoice).all()
