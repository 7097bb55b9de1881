"""Helpers shared by the benchmarks: one-core pinning, the dev corpus, machine load."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_GOLD = ROOT.parent / "shared" / "gold" / "dev.jsonl"


def pin_one_core() -> None:
    """Run this process (and the BLAS pools it starts) on one core."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def dev_records(min_words: int = 0, corpus: Path | list[Path] = DEV_GOLD) -> list[dict]:
    """The articles of ``corpus`` (JSON lines with ``text``, one file or several; the dev
    set by default), repeated under new ids until they hold ``min_words`` words."""
    base = []
    for path in corpus if isinstance(corpus, list) else [corpus]:
        if not path.exists():
            sys.exit(f"bench: {path} not found (../shared must be beside the project)")
        base += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    out, words, rep = [], 0, 0
    while True:
        for r in base:
            out.append({"id": f"{r['id']}#{rep}", "text": r["text"], "title": r.get("title"),
                        "published": r.get("published")})
            words += len(r["text"].split())
        rep += 1
        if words >= min_words:
            return out


def word_count(records: list[dict]) -> int:
    return sum(len(r["text"].split()) for r in records)


def load_note() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


def one_core_corpus(description: str) -> list[dict]:
    """The usual set-up of a one-core benchmark: ``--words`` from the command line,
    this process pinned to one core, the dev set repeated to that size (printed)."""
    import argparse

    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--corpus", type=Path, default=None,
                    help="JSON lines with 'text' (e.g. a converted PolNeAR dev.jsonl, kept "
                         "outside the project) instead of the dev set")
    args = ap.parse_args()
    pin_one_core()
    records = dev_records(args.words, args.corpus or DEV_GOLD)
    origin = f"{(args.corpus or DEV_GOLD).name} repeated"
    print(f"corpus: {len(records)} articles, {word_count(records):,} words "
          f"({origin}); {load_note()}")
    return records


def documents(records: list[dict]) -> list:
    from saidwhat import Document

    return [Document(id=r["id"], text=r["text"], title=r["title"], published=r["published"])
            for r in records]
