"""Text at the door: what every stage may assume about a ``str`` it is given.

Python strings can hold code points that no encoding can write: lone surrogates
(``"\\ud800"`` arrives through a perfectly valid JSON line or HTTP body). spaCy's
string store, the content hash, SQLite and every JSON writer raise on them. They are
replaced by U+FFFD one for one, so every offset into the input stays valid.
"""

from __future__ import annotations

import re

_UNENCODABLE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def encodable(text: str) -> tuple[str, int]:
    """``text`` with every lone surrogate replaced by U+FFFD (same length), and how
    many were replaced."""
    if _UNENCODABLE.search(text) is None:
        return text, 0
    return _UNENCODABLE.subn(REPLACEMENT, text)


def encodable_or_none(value: object) -> str | None:
    """An optional metadata string made encodable; anything not a string is None."""
    return encodable(value)[0] if isinstance(value, str) else None
