"""``saidwhat eval``: run the extractor on gold articles and score it with the shared
scorer's own code (vendored in ``scorer.py``), so the numbers agree by construction."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

from ..errors import InputError
from ..model import Article
from . import scorer


def read_gold(path: str | Path) -> list[dict]:
    out = []
    try:
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except ValueError as exc:
                    raise InputError(f"not JSON ({exc})", f"{path}:{lineno}") from None
                if not isinstance(rec, dict) or "text" not in rec or "id" not in rec:
                    raise InputError("a gold record needs 'id' and 'text'", f"{path}:{lineno}")
                out.append(rec)
    except OSError as exc:
        raise InputError(exc.strerror or "cannot read", str(path)) from None
    return out


def predict(gold: list[dict], on_article: Callable[[Article], None] | None = None,
            on_error: Callable[[str], None] | None = None) -> list[dict]:
    """saidwhat's record of every gold text. An article that cannot be analysed is
    reported through ``on_error`` (one line) and scored as finding nothing: one bad
    article never costs the others, nor hides itself from the figures."""
    from ..pipeline import Document, analyze_many

    docs = [Document(id=str(g["id"]), text=g["text"], title=g.get("title"),
                     published=g.get("published"), language=g.get("language"))
            for g in gold]
    done = {a.id: a.to_dict(with_text=False) for a in analyze_many(
        docs, on_article=on_article, on_error=lambda err: on_error and on_error(str(err)))}
    return [done.get(d.id) or {"id": d.id, "attributions": []} for d in docs]


def score(gold: list[dict], pred: list[dict], *, unit: str = "token",
          threshold: float = 0.5, outermost: bool = False) -> dict:
    pairs = scorer.make_pairs(gold, pred)
    return scorer.score_pairs(pairs, unit=unit, thr=threshold, outermost=outermost)


def format_table(result: dict) -> str:
    buf = io.StringIO()
    scorer.print_table(result, out=buf)
    return buf.getvalue()
