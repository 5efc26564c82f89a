from ..domain.order import Order
from shop.infrastructure import repository


def place_order(sku: str) -> str:
    order = Order(sku)
    repository.save(order)
    return order.describe()
