"""Amounts and dates stage: the figures each statement cites and the dates it names.

``extract_amounts`` (``figures.py``) finds every figure in the body with its value,
unit, what it measures and the attribution (hence speaker) it sits in; it runs after
speaker resolution. ``extract_dates`` (``dates.py``) normalises absolute and relative
dates against the publication date.
"""

from __future__ import annotations

from .dates import extract_dates
from .figures import extract_amounts

__all__ = ["extract_amounts", "extract_dates"]
