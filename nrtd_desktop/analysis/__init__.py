"""Computations over the whole register that need numerical libraries (no Qt, no SQLAlchemy)."""
