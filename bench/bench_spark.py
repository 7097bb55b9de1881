"""Spark throughput: local[2] over local[1], and words/s per core against plain
``saidwhat analyze`` (the same ``analyze_many`` in one process).

    .venv/bin/python bench/bench_spark.py [--copies 4] [--skip-local]

The corpus is the dev set repeated ``--copies`` times (new ids) in one JSONL file.
Spark figures are "reading + analysing" time (the job's first action: read, spread,
analyse, count), so JVM start-up and Parquet writing are left out, but each Python
worker's model load is in. Targets (issue 7): speed-up >= 1.8 on 2 cores; words/s per
core within 15% of the local figure. The load average is printed with every figure:
on a shared machine whose load exceeds its cores, the figures say more about the
neighbours than about saidwhat.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "gold" / "dev.jsonl"
QUIET_CONF = {"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "2"}


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.2f} (5 min {five:.2f}) on {os.cpu_count()} cores"


def make_corpus(path: Path, copies: int) -> int:
    records = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    words = 0
    with open(path, "w", encoding="utf-8") as out:
        for copy in range(copies):
            for rec in records:
                doc = {k: rec.get(k) for k in ("id", "text", "title", "published")}
                doc["id"] = f"{rec['id']}-copy{copy}"
                out.write(json.dumps(doc, ensure_ascii=False) + "\n")
                words += len(rec["text"].split())
    return words


def bench_local(corpus: Path) -> tuple[float, int, str]:
    from saidwhat.nlp import load_model
    from saidwhat.pipeline import analyze_many
    from saidwhat.read import read_inputs

    load_model()  # as in a warm `saidwhat analyze` the model load is not counted
    before = load()
    started = time.perf_counter()
    words = sum(len(a.text.split()) for a in analyze_many(read_inputs([str(corpus)])))
    return time.perf_counter() - started, words, before


def bench_spark(corpus: Path, master: str, work: Path):
    from pyspark.sql import SparkSession

    from saidwhat.spark.job import run_job

    out = work / f"out-{master.strip('local[]')}"
    shutil.rmtree(out, ignore_errors=True)
    before = load()
    report = run_job([str(corpus)], str(out), master=master, conf=QUIET_CONF)
    SparkSession.getActiveSession().stop()
    return report, before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=4, help="dev set repeats (30 each)")
    parser.add_argument("--skip-local", action="store_true", help="Spark figures only")
    args = parser.parse_args()
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    work = Path(tempfile.mkdtemp(prefix="bench-spark-"))
    try:
        corpus = work / "corpus.jsonl"
        words = make_corpus(corpus, args.copies)
        print(f"corpus: {30 * args.copies} articles, {words:,} words; {load()}")
        local_rate = None
        if not args.skip_local:
            seconds, counted, before = bench_local(corpus)
            local_rate = counted / seconds
            print(f"local analyze (1 process): {seconds:.1f} s, {local_rate:,.0f} words/s "
                  f"[{before} -> {load()}]")
        rates = {}
        for master, cores in (("local[1]", 1), ("local[2]", 2)):
            report, before = bench_spark(corpus, master, work)
            rate = report.words / report.analysis_seconds
            rates[master] = rate
            print(f"spark {master}: {report.articles} articles, {report.failures} failures, "
                  f"read+analyse {report.analysis_seconds:.1f} s, whole job "
                  f"{report.seconds:.1f} s, {rate:,.0f} words/s, {rate / cores:,.0f} "
                  f"words/s per core [{before} -> {load()}]")
        speedup = rates["local[2]"] / rates["local[1]"]
        print(f"speed-up local[2]/local[1]: {speedup:.2f} (target >= 1.8)")
        if local_rate:
            per_core = rates["local[2]"] / 2 / local_rate
            print(f"spark local[2] words/s per core / local analyze words/s: {per_core:.2f} "
                  "(target 0.85 .. 1.15)")
        one_minute = os.getloadavg()[0]
        if one_minute > (os.cpu_count() or 1):
            print(f"WARNING: load {one_minute:.1f} exceeds the {os.cpu_count()} cores: other "
                  "processes took CPU time from these runs, the figures are not reliable; "
                  "rerun on an idle machine", file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
