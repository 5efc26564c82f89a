from bank.models.account import Account  # protected: only services may touch models


def show(account_id):
    return Account(account_id)
