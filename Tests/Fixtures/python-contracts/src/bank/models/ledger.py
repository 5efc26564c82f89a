from bank.util import text


def entries():
    # Models reaching up into services: the layers contract catches it.
    from bank.services.reports import monthly
    return [text.slug("x"), monthly]
