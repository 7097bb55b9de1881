"""Cost of storing, and parallel speed-up, of `saidwhat ingest`.

    .venv/bin/python bench/bench_ingest.py [--copies 4] [--rounds 2]

Input: the dev set plus the founding article, ``--copies`` times (each copy's text
differs by trailing newlines, so the content hash sees new articles and the analysis
does the same work). Measures, in this process with the model loaded:
  A   read + analyse (what `saidwhat analyze` does, without writing output)
  I1  `Corpus.ingest(workers=1)`: read + skip-check + analyse + store, into a new file
  S   `Corpus.add_articles` alone for the analysed articles (batches of 16)
  I2  `Corpus.ingest(workers=2)` into a new file (includes starting 2 worker
      processes and loading the model in each)
Targets (issue 5): I1 <= 1.10 x A; I1 / I2 >= 1.7 on 2 cores. The machine's load is
printed: on a shared machine the speed-up is only meaningful when load < 1.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DEV_GOLD, ROOT, load_note  # noqa: E402

FOUNDING = ROOT / "examples" / "borodavkin-tass-2022-10-18.txt"


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


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=4)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()

    from saidwhat import analyze_many
    from saidwhat.nlp import load_model
    from saidwhat.read import read_inputs
    from saidwhat.store import Corpus

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / "input.jsonl"
        n = write_input(src, args.copies)
        print(f"input: {n} articles (dev set + founding article x {args.copies}); "
              f"{load_note()}", flush=True)
        load_model()

        def ingest(workers: int, name: str):
            with Corpus(tmp / name) as corpus:
                summary = corpus.ingest([str(src)], workers=workers)
            assert summary.added == n, summary
            return summary

        analysis, one, store = [], [], []
        articles = []
        for r in range(args.rounds):
            t, articles = timed(lambda: list(analyze_many(read_inputs([str(src)]))))
            analysis.append(t)
            one.append(timed(lambda: ingest(1, f"one-{r}.db"))[0])

            def add_all():
                with Corpus(tmp / f"store-{r}.db") as corpus:
                    for i in range(0, len(articles), 16):
                        corpus.add_articles(articles[i:i + 16])
            store.append(timed(add_all)[0])
            print(f"  round {r + 1}: analyse {analysis[-1]:.1f} s, ingest (1 worker) "
                  f"{one[-1]:.1f} s, store only {store[-1]:.2f} s; {load_note()}", flush=True)
        a, i1, s = min(analysis), min(one), min(store)
        atts = sum(len(x.attributions) for x in articles)
        print(f"analysis alone   A  = {a:.1f} s ({n / a:.1f} articles/s, {atts} attributions)")
        print(f"ingest 1 worker  I1 = {i1:.1f} s ({n / i1:.1f} articles/s): "
              f"I1/A = {i1 / a:.3f} (target <= 1.10)")
        print(f"store only       S  = {s:.2f} s: S/A = {s / a:.3f} "
              f"({1000 * s / n:.1f} ms per article)")

        two = []
        for r in range(args.rounds):
            two.append(timed(lambda: ingest(2, f"two-{r}.db"))[0])
            print(f"  round {r + 1}: ingest (2 workers) {two[-1]:.1f} s; {load_note()}",
                  flush=True)
        i2 = min(two)
        print(f"ingest 2 workers I2 = {i2:.1f} s ({n / i2:.1f} articles/s): "
              f"I1/I2 = {i1 / i2:.2f} (target >= 1.7 on 2 idle cores)")
        print(f"after: {load_note()}")


if __name__ == "__main__":
    main()
