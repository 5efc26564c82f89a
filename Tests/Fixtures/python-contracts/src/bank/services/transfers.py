from bank.models import account


def transfer(source, target, amount):
    return account.Account(source), account.Account(target), amount
