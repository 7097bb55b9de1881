"""Cost of storing, and parallel speed-up, of `saidwhat ingest`.

    .venv/bin/python bench/bench_ingest.py [--copies 4] [--rounds 2] [--parallel-copies 8]

Input: the dev set plus the founding article, repeated (each copy's text differs by
trailing newlines, so the content hash sees new articles and the analysis does the
same work).
Part 1, the cost of storing, as commands (process start and model load included),
each round:
  A   saidwhat analyze input.jsonl --format jsonl -o out.jsonl
  I1  saidwhat ingest input.jsonl --db new.db --workers 1
best wall time and the CPU seconds used; S is `Corpus.add_articles` alone for the
stored articles. Target (issue 5): I1 <= 1.10 x A.
Part 2, the speed-up, `Corpus.ingest(workers=1)` vs `workers=2` in this process on
``--parallel-copies`` copies: end-to-end wall time (worker start-up included: each
worker imports spaCy and loads the model, ~3 CPU-s) and the steady rate (articles/s
from the first stored batch to the last). Target: >= 1.7x on 2 cores. The machine's
load is printed: on a shared, loaded machine the speed-up cannot be measured cleanly.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DEV_GOLD, ROOT, load_note  # noqa: E402

FOUNDING = ROOT / "examples" / "borodavkin-tass-2022-10-18.txt"
SAIDWHAT = str(Path(sys.executable).with_name("saidwhat"))


def write_input(path: Path, copies: int) -> int:
    base = [json.loads(line) for line in DEV_GOLD.read_text().splitlines() if line.strip()]
    base.append({"id": FOUNDING.stem, "text": FOUNDING.read_text(encoding="utf-8")})
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for copy in range(copies):
            for r in base:
                f.write(json.dumps({"id": f"{r['id']}.{copy}", "text": r["text"] + "\n" * copy,
                                    "title": r.get("title"),
                                    "published": r.get("published")}) + "\n")
                n += 1
    return n


def run(*args: str) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the command and every process it started)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run([SAIDWHAT, *args], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    if done.returncode:
        sys.exit(f"bench: saidwhat {' '.join(args)} failed:\n{done.stderr}")
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return wall, cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=4)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--parallel-copies", type=int, default=8)
    args = ap.parse_args()

    from saidwhat.store import Corpus

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "input.jsonl"
        n = write_input(src, args.copies)
        print(f"input: {n} articles (dev set + founding article x {args.copies}); "
              f"{load_note()}", flush=True)
        best: dict[str, tuple[float, float]] = {}
        for r in range(args.rounds):
            runs = {
                "A": run("analyze", str(src), "--format", "jsonl", "-o", str(tmp / "out.jsonl")),
                "I1": run("ingest", str(src), "--db", str(tmp / f"one-{r}.db"), "--workers", "1"),
            }
            for name, (wall, cpu) in runs.items():
                if name not in best or wall < best[name][0]:
                    best[name] = (wall, cpu)
            print(f"  round {r + 1}: " + ", ".join(
                f"{k} {w:.1f} s wall / {c:.1f} s CPU" for k, (w, c) in runs.items())
                + f"; {load_note()}", flush=True)

        with Corpus(tmp / "one-0.db", readonly=True) as one:
            articles = [one.article(a.id) for a in one.articles(limit=n)]
        assert len(articles) == n
        t0 = time.perf_counter()
        with Corpus(tmp / "store-only.db") as corpus:
            for i in range(0, n, 16):
                corpus.add_articles(articles[i:i + 16])
        store = time.perf_counter() - t0

        (a, a_cpu), (i1, i1_cpu) = best["A"], best["I1"]
        print(f"A  analyze          {a:6.1f} s ({n / a:.1f} articles/s), CPU {a_cpu:.1f} s")
        print(f"I1 ingest 1 worker  {i1:6.1f} s ({n / i1:.1f} articles/s), CPU {i1_cpu:.1f} s:"
              f" I1/A = {i1 / a:.3f} wall, {i1_cpu / a_cpu:.3f} CPU (target <= 1.10)")
        print(f"S  store only       {store:6.2f} s ({1000 * store / n:.1f} ms/article): "
              f"S/A = {store / a:.3f}", flush=True)

        big = tmp / "parallel.jsonl"
        n = write_input(big, args.parallel_copies)
        print(f"speed-up input: {n} articles; {load_note()}", flush=True)
        results = {}
        for workers in (1, 2):
            results[workers] = wall, steady, cpu = timed_ingest(
                Corpus, big, tmp / f"parallel-{workers}.db", workers)
            print(f"  workers={workers}: {wall:.1f} s end to end ({n / wall:.2f} articles/s), "
                  f"steady {steady:.2f} articles/s, CPU {cpu:.1f} s (all processes), "
                  f"{cpu / wall:.2f} cores busy; {load_note()}", flush=True)
        (w1, s1, c1), (w2, s2, c2) = results[1], results[2]
        print(f"speed-up 2 workers / 1 worker: {w1 / w2:.2f} end to end, {s2 / s1:.2f} steady"
              " (target >= 1.7 on 2 idle cores); on 2 idle cores the CPU seconds would give "
              f"about {c1 / (c2 / 2):.2f} end to end (CPU(1) / (CPU(2) / 2))")
        print(f"after: {load_note()}")


def timed_ingest(corpus_class, src: Path, db: Path, workers: int
                 ) -> tuple[float, float, float]:
    """End-to-end seconds, the steady rate (articles/s after the first stored batch)
    and the CPU seconds of this process and its (reaped) worker processes."""
    stored: list[tuple[float, int]] = []
    before = os.times()
    t0 = time.perf_counter()
    with corpus_class(db) as corpus:
        corpus.ingest([str(src)], workers=workers,
                      progress=lambda k: k and stored.append((time.perf_counter(), k)))
    wall = time.perf_counter() - t0
    after = os.times()
    cpu = sum(getattr(after, f) - getattr(before, f)
              for f in ("user", "system", "children_user", "children_system"))
    (first, _), (last, _) = stored[0], stored[-1]
    return wall, sum(k for _, k in stored[1:]) / (last - first), cpu


if __name__ == "__main__":
    main()
