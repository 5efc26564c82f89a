"""Command line entry point."""
import argparse

from shop.application import orders


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sku")
    print(orders.place_order(parser.parse_args().sku))
