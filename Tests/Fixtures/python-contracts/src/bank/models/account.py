from bank.util import text


class Account:
    def __init__(self, number):
        self.label = text.slug(number)
