"""Cost of the amounts and dates stage against the whole of `saidwhat analyze`.

    .venv/bin/python bench/bench_amounts.py [--words 100000]

Analyses the dev set repeated (in process, one core) with per-stage timings and prints
the seconds of the amounts+dates stage, of everything else, and the ratio
amounts / (everything else): what the stage adds to analyze time (wall clock, from the
pipeline's own stage clock). Then the same ratio in CPU seconds (less sensitive to a
loaded machine): the stage run alone on a quarter of the docs, against analyze's CPU
time per doc. Target (issue 4): <= 10%.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import documents, one_core_corpus  # noqa: E402


def main() -> None:
    records = one_core_corpus(__doc__.split("\n")[0])

    from saidwhat.amounts import extract_amounts, extract_dates
    from saidwhat.pipeline import analyze_many

    docs = documents(records)
    list(analyze_many(docs[:30]))  # warm-up: model load, first batches
    timings: dict[str, float] = {}
    t0, c0 = time.perf_counter(), time.process_time()
    articles = list(analyze_many(docs, timings=timings))
    total, cpu_total = time.perf_counter() - t0, time.process_time() - c0
    stage = timings.get("amounts", 0.0)
    rest = total - stage
    n_amounts = sum(len(a.amounts) for a in articles)
    n_dates = sum(len(a.dates) for a in articles)
    print(f"analyze: {total:.2f} s for {len(articles)} articles "
          f"({n_amounts:,} amounts, {n_dates:,} dates)")
    print(f"amounts+dates stage inside analyze: {stage:.3f} s; everything else {rest:.2f} s")
    print(f"ratio amounts / rest of analyze: {stage / rest:.1%} (target <= 10%)")

    # the stage alone, once more on the parsed docs, as a check on the in-pipeline clock
    from saidwhat.nlp import load_model
    from saidwhat.pipeline import parse_candidates, parse_regions
    from saidwhat.structure import analyze_structure

    model = load_model()
    parsed = []
    for d in docs[:len(records) // 4 or 1]:
        doc = model.make_doc(d.text)
        doc._.structure = analyze_structure(d.text, title=d.title, published=d.published)
        parsed.append(doc)
    regions, starts = zip(*(parse_candidates(doc, doc._.structure) for doc in parsed))
    parse_regions(parsed, list(regions), model, list(starts))
    atts = {a.id: a.attributions for a in articles}
    c0 = time.process_time()
    for doc, d in zip(parsed, docs):
        extract_amounts(doc, doc._.structure, atts[d.id])
        extract_dates(doc, doc._.structure)
    alone = (time.process_time() - c0) * len(docs) / len(parsed)
    print(f"CPU: analyze {cpu_total:.2f} s; amounts+dates alone {alone:.3f} s (scaled from "
          f"{len(parsed)} docs); ratio {alone / (cpu_total - alone):.1%} (target <= 10%)")


if __name__ == "__main__":
    main()
