from ..models import ledger


def monthly():
    return ledger.entries()
