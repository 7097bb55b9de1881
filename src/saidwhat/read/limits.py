"""How the readers state their size limits."""

from __future__ import annotations


def size_text(n: int) -> str:
    """``64 MB``, ``256 kB``: a limit as a person reads it."""
    return f"{n >> 20} MB" if n >= 1 << 20 else f"{n >> 10} kB"
