import sqlite3, requests.adapters


class Connection:
    pass


def fetch(account_id, text):
    return sqlite3.connect(":memory:")
