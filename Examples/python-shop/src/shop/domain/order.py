from dataclasses import dataclass
from typing import TYPE_CHECKING

from shop.domain import pricing

if TYPE_CHECKING:
    from shop.infrastructure.repository import Repository


@dataclass
class Order:
    sku: str

    def describe(self) -> str:
        return f"order for {self.sku} at {pricing.price_of(self.sku)}"
