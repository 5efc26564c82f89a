import sqlite3


class Repository:
    def save(self, order) -> None:
        sqlite3.connect(":memory:").execute("select 1")


def save(order) -> None:
    Repository().save(order)
