"""Search latency on a corpus of >= 100,000 attributions.

    .venv/bin/python bench/bench_search.py [--attributions 100000] [--db FILE] [--runs 20]

Builds the store by analysing the dev set and the founding article ONCE, then storing
copies of those analysed articles under new ids (each copy's text gets a suffix after
the article, so spans stay valid and the content hash is new; published dates are
spread over 2010-2025) until the store holds ``--attributions``. ``--db FILE`` keeps the
store and reuses it on the next run. Then times a mix of searches (words, phrases,
OR, prefix, speaker, dates, kind, wire, about, deep pages), each ``--runs`` times
after one warm-up. Target (issue 5): p95 <= 50 ms over all searches.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DEV_GOLD, ROOT, load_note  # noqa: E402

FOUNDING = ROOT / "examples" / "borodavkin-tass-2022-10-18.txt"

SEARCHES = [
    ("word", ("sanctions",), {}),
    ("common word", ("government",), {}),
    ("very common word, newest", ("will",), {"order": "newest"}),
    ("two words", ("export duty",), {}),
    ("phrase", ('"economic cooperation"',), {}),
    ("OR", ("wheat OR grain OR flax*",), {}),
    ("NOT", ("prices NOT oil",), {}),
    ("speaker only", (), {"speaker": "Borodavkin"}),
    ("word + speaker", ("sanctions",), {"speaker": "Borodavkin"}),
    ("word + dates", ("prices",), {"since": "2018", "until": "2020-06"}),
    ("kind + wire", (), {"kind": "direct", "wire": "Reuters"}),
    ("about", (), {"about": "Kazakhstan"}),
    ("about + word", ("railway",), {"about": "China"}),
    ("newest, no query", (), {"kind": "indirect"}),
    ("page 10", ("government",), {"offset": 450}),
]


def build(corpus, target: int) -> None:
    from saidwhat import analyze_many
    from saidwhat.read import read_inputs

    t0 = time.perf_counter()
    base = list(analyze_many(read_inputs([str(DEV_GOLD), str(FOUNDING)])))
    per_set = sum(len(a.attributions) for a in base)
    print(f"analysed {len(base)} articles once ({per_set} attributions) in "
          f"{time.perf_counter() - t0:.1f} s", flush=True)
    rng = random.Random(5)
    t0 = time.perf_counter()
    copy = 0
    while corpus.stats()["attributions"] < target:
        copy += 1
        corpus.add_articles(
            dataclasses.replace(
                a, id=f"{a.id}.{copy}", text=f"{a.text}\n\n[copy {copy}]",
                published=f"{rng.randint(2010, 2025)}-{rng.randint(1, 12):02d}-"
                          f"{rng.randint(1, 28):02d}")
            for a in base)
    print(f"stored {copy} copies in {time.perf_counter() - t0:.1f} s", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--attributions", type=int, default=100_000)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--facets", action="store_true",
                    help="time each search as the web page runs it: hits, total and facets")
    args = ap.parse_args()

    from saidwhat.store import Corpus

    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.db"
        with Corpus(path) as corpus:
            if corpus.stats()["attributions"] < args.attributions:
                build(corpus, args.attributions)
        with Corpus(path, readonly=True) as corpus:
            stats = corpus.stats()
            print(f"store: {stats['articles']:,} articles, {stats['attributions']:,} "
                  f"attributions, {stats['bytes'] / 1e6:.0f} MB; {load_note()}")
            # wall time is what a user waits; CPU time is what the search costs (on a
            # loaded machine wall >> CPU; on an idle one they are about equal)
            walls: list[float] = []
            cpus: list[float] = []
            print(f"{'search':28} {'hits':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}"
                  f" {'CPU p95':>8}")
            def page(pos, kw):
                hits = corpus.search(*pos, **kw)
                if args.facets:  # what the search page adds: the total and the facets
                    filters = {k: v for k, v in kw.items() if k not in ("limit", "offset",
                                                                       "order")}
                    corpus.count(*pos, **filters)
                    corpus.facets(*pos, **filters)
                return hits

            for name, pos, kw in SEARCHES:
                hits = page(pos, kw)  # warm-up
                wall, cpu = [], []
                for _ in range(args.runs):
                    t0, c0 = time.perf_counter(), time.process_time()
                    page(pos, kw)
                    wall.append(1000 * (time.perf_counter() - t0))
                    cpu.append(1000 * (time.process_time() - c0))
                walls += wall
                cpus += cpu
                print(f"{name:28} {len(hits):5} {statistics.median(wall):8.1f} "
                      f"{percentile(wall, 95):8.1f} {max(wall):8.1f} {percentile(cpu, 95):8.1f}",
                      flush=True)
            print(f"ALL searches: wall p50 {statistics.median(walls):.1f} ms, "
                  f"p95 {percentile(walls, 95):.1f} ms (target <= 50), max {max(walls):.1f} ms;"
                  f" CPU p95 {percentile(cpus, 95):.1f} ms; {load_note()}")
            for name, call in (("speakers()", lambda: corpus.speakers()),
                               ("statements_by()",
                                lambda: corpus.statements_by("Alexey Borodavkin")),
                               ("articles(page 1)", lambda: corpus.articles()),
                               ("article(id)", lambda: corpus.article(
                                   "borodavkin-tass-2022-10-18.1"))):
                call()
                times = []
                for _ in range(5):
                    t0 = time.perf_counter()
                    call()
                    times.append(1000 * (time.perf_counter() - t0))
                print(f"{name:28} median {statistics.median(times):.1f} ms")


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


if __name__ == "__main__":
    main()
