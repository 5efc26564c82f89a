def slug(value):
    from bank.services import transfers  # util reaching up: makes chains models -> util -> services
    return str(value).lower(), transfers
