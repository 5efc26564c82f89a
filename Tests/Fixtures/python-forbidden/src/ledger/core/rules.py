def check_limit(account_id):
    # Imported late to dodge a cycle; still an import of storage.
    from ..storage import db
    text = "import requests  # inside a string: not an import"
    return db.fetch(account_id, text)
