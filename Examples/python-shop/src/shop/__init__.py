"""A tiny shop, split into layers."""
