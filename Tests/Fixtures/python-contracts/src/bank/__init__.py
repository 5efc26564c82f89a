"""A bank with every kind of contract, kept and broken."""
