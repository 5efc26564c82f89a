from typing import TYPE_CHECKING

from .rules import check_limit

if TYPE_CHECKING:
    from ledger.storage.db import Connection


def balance(account_id: str) -> int:
    check_limit(account_id)
    return 0
