"""The shop package."""
from .models import Order
