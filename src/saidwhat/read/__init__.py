"""Reader stage: files, directories and stdin in; ``Document`` records out.

Placeholder until issue 3 lands: ``.txt`` and ``.jsonl`` only.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..pipeline import Document


def read_inputs(paths: Iterable[str], *, on_error=None) -> Iterator[Document]:
    """Yield every article in ``paths`` (``-`` is stdin). A bad record is passed to
    ``on_error(InputError)`` and skipped; without a handler it is raised."""
    for p in paths:
        try:
            yield from _read_one(p, on_error)
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)


def _read_one(p: str, on_error) -> Iterator[Document]:
    if p == "-":
        data = sys.stdin.buffer.read()
        name = "stdin"
    else:
        path = Path(p)
        if not path.exists():
            raise InputError("no such file", p)
        data = path.read_bytes()
        name = path.stem
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 at byte {exc.start}", p) from None
    if p.endswith(".jsonl"):
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                    raise ValueError("no 'text' field")
            except ValueError as exc:
                err = InputError(f"line {lineno}: {exc}", p)
                if on_error is None:
                    raise err from None
                on_error(err)
                continue
            yield Document(id=str(rec.get("id") or f"{name}-{lineno}"), text=rec["text"],
                           title=rec.get("title"), published=rec.get("published"))
    else:
        yield Document(id=name, text=text)
