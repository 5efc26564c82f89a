"""HTTP handlers."""
import json
from ledger.core import accounts  # allowed: api -> core


def get_balance(account_id):
    return json.dumps({"balance": accounts.balance(account_id)})
