"""Concurrent execution (the `futures` package)."""
