from sqlalchemy.orm import DeclarativeBase


class Invoice(DeclarativeBase):
    __tablename__ = "invoices"
