"""Builds ``gold.jsonl`` (the shared gold format, character offsets) from the
hand-annotated ``articles.txt``: ``python -m tests.lang.ru.build_gold``.

The markup is the annotation; the JSON is derived from it so that an edit to an
article never leaves offsets pointing at the wrong words (``test_russian.py`` checks
that the two agree). ``heldout.txt``, ``dialogue.txt``
and ``unseen.txt`` are built the same way."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
ARTICLES = HERE / "articles.txt"
GOLD = HERE / "gold.jsonl"

_OPEN = re.compile(r"⟦([sqc])(\d+) ?")
_ROLE = {"s": "source", "q": "cue", "c": "content"}


def parse_markup(marked: str) -> tuple[str, dict[int, dict[str, list[list[int]]]]]:
    """The plain text and, per attribution number, its pieces as [start, end]."""
    out: list[str] = []
    pos = 0  # in the plain text
    stack: list[tuple[int, str, int]] = []
    parts: dict[int, dict[str, list[list[int]]]] = {}
    i = 0
    while i < len(marked):
        m = _OPEN.match(marked, i)
        if m:
            stack.append((int(m.group(2)), _ROLE[m.group(1)], pos))
            i = m.end()
        elif marked[i] == "⟧":
            n, role, start = stack.pop()
            parts.setdefault(n, {"source": [], "cue": [], "content": []})[role].append(
                [start, pos])
            i += 1
        else:
            out.append(marked[i])
            pos += 1
            i += 1
    if stack:
        raise ValueError(f"unclosed mark for attribution {stack[-1][0]}")
    return "".join(out), parts


def parse_articles(source: str) -> list[dict]:
    records = []
    chunks = re.split(r"^### ", source, flags=re.M)[1:]
    for chunk in chunks:
        head, body = chunk.split("\n---\n", 1)
        lines = head.splitlines()
        article_id = lines[0].strip()
        text, parts = parse_markup(body.rstrip("\n") + "\n")
        atts = []
        for line in lines[1:]:
            if not line.startswith("@"):
                continue
            fields = [f.strip() for f in line[1:].split("|")]
            n, kind = fields[0].split()
            att = {"id": int(n), "kind": kind, "speaker": fields[1],
                   **{k: sorted(v) for k, v in parts.pop(int(n)).items()}}
            for extra in fields[2:]:
                if extra.startswith("nested "):
                    att["nested_in"] = int(extra.split()[1])
                elif extra == "unresolved":
                    att["unresolved"] = True
                elif extra.startswith("alt "):
                    att["speaker_alternates"] = [a.strip() for a in extra[4:].split(";")]
            atts.append(att)
        if parts:
            raise ValueError(f"{article_id}: marks without a header line: {sorted(parts)}")
        for att in atts:
            if not att["content"]:  # (an interview's answer has no cue)
                raise ValueError(f"{article_id}: attribution {att['id']} has no content")
        records.append({"id": article_id, "text": text, "title": text.split("\n", 1)[0],
                        "published": None, "language": "ru", "attributions": atts,
                        "discard": [], "speakers": []})
    return records


#: annotated source -> the gold file built from it
FILES = {HERE / "articles.txt": GOLD, HERE / "heldout.txt": HERE / "heldout.jsonl",
         HERE / "dialogue.txt": HERE / "dialogue.jsonl",
         HERE / "unseen.txt": HERE / "unseen.jsonl"}


def build(source: Path) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n"
                   for r in parse_articles(source.read_text(encoding="utf-8")))


if __name__ == "__main__":
    for source, out in FILES.items():
        out.write_text(build(source), encoding="utf-8")
        print(f"wrote {out} ({len(build(source).splitlines())} articles)", file=sys.stderr)
