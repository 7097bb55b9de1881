"""The readers' size limits, and how they are stated."""

from __future__ import annotations

#: One article's file, JSON line or WARC payload (decoded) may be this large: past it,
#: it is not one article, and reading it whole would only cost memory. Readers stop
#: while streaming, so a decompression bomb costs this much memory at most.
MAX_DOCUMENT_BYTES = 64 << 20


def size_text(n: int) -> str:
    """``64 MB``, ``256 kB``: a limit as a person reads it."""
    return f"{n >> 20} MB" if n >= 1 << 20 else f"{n >> 10} kB"
