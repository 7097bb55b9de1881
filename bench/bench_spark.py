"""Spark throughput: local[2] over local[1], and words/s per core against plain
``saidwhat analyze`` (the same ``analyze_many`` in one process).

    .venv/bin/python bench/bench_spark.py [--words 480000] [--files 8] [--rounds 1]
                                         [--skip-local]

The corpus is the dev set repeated to ``--words`` words (new ids), dealt over
``--files`` JSONL files as a crawl would be (one file would be read by one task).
The throughput figure is the whole job, reading + analysing + writing the Parquet
tables, after a warm-up (model loaded in the Python workers, a small job run), so JVM
start-up and model loading are left out, as the model load is for the local figure.
The "read+analyse" part alone (the job's first action) is printed too.

Wall-clock rates depend on what else the machine runs, so every figure comes with the
load average and with CPU time: words per CPU-second of the local process and of the
whole Spark process tree (JVM + Python workers). On a machine whose load exceeds its
cores the wall figures measure the neighbours; the CPU figures still compare the work
Spark does per word with the work of a plain ``analyze``.
Targets (issue 7): speed-up >= 1.8 on 2 cores; words/s per core within 15% of local.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import dev_records, load_note, word_count  # noqa: E402

QUIET_CONF = {"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "2"}
_TICKS = os.sysconf("SC_CLK_TCK")


def tree_cpu_seconds(root: int) -> float:
    """CPU seconds of a process and all its descendants (live ones, plus the children
    they have reaped: cutime/cstime), from /proc."""
    parents: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended meanwhile
        pid = int(stat.parent.name)
        parents[pid] = int(fields[1])
        cpu[pid] = sum(int(f) for f in fields[11:15]) / _TICKS
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        total += cpu.get(pid, 0.0)
        todo.extend(child for child, parent in parents.items() if parent == pid)
    return total


def bench_local(corpus: Path) -> tuple[float, float, int]:
    from saidwhat.nlp import load_model
    from saidwhat.pipeline import analyze_many
    from saidwhat.read import read_inputs

    load_model()  # as in a warm `saidwhat analyze` the model load is not counted
    wall, cpu = time.perf_counter(), time.process_time()
    words = sum(len(a.text.split()) for a in analyze_many(read_inputs([str(corpus)])))
    return time.perf_counter() - wall, time.process_time() - cpu, words


def bench_command(corpus: Path, work: Path) -> float:
    """Wall seconds of the `saidwhat analyze` command on the corpus, JSONL out."""
    command = [str(Path(sys.executable).with_name("saidwhat")), "analyze", str(corpus),
               "--format", "jsonl", "--output", str(work / "analyze.jsonl")]
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def _load_model_in_worker(_) -> int:
    from saidwhat.nlp import load_model

    load_model()
    return os.getpid()


def bench_spark(corpus: Path, warm_corpus: Path, master: str, cores: int, work: Path):
    from saidwhat.spark.job import run_job, start_session

    spark = start_session(master, QUIET_CONF)
    jvm = spark.sparkContext._gateway.proc.pid  # local mode: executors live in here
    # Warm up as the local figure is warm: the model loaded in each Python worker
    # (Spark reuses them; ~1-2 s each when idle) and the JVM's code compiled by a
    # small job (the first job of a JVM costs several CPU-seconds more).
    started = time.perf_counter()
    workers = set(spark.sparkContext.parallelize(range(cores), cores)
                  .map(_load_model_in_worker).collect())
    run_job([str(warm_corpus)], str(work / f"warm-{cores}"), master=master, conf=QUIET_CONF,
            overwrite=True)
    warm_up = time.perf_counter() - started
    cpu_at = {"start": tree_cpu_seconds(jvm)}

    def on_progress(done: int, total: int) -> None:
        if done == total:  # the last call comes right after the analysis action
            cpu_at["analysed"] = tree_cpu_seconds(jvm)

    out = work / f"out-{cores}"
    report = run_job([str(corpus)], str(out), master=master, conf=QUIET_CONF,
                     progress=on_progress, overwrite=True)
    cpu_at["written"] = tree_cpu_seconds(jvm)
    spark.stop()
    return (report, warm_up, len(workers), cpu_at["analysed"] - cpu_at["start"],
            cpu_at["written"] - cpu_at["start"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=480_000, help="corpus size in words")
    parser.add_argument("--files", type=int, default=8, help="JSONL files to deal it over")
    parser.add_argument("--rounds", type=int, default=1,
                        help="repeat local, local[1], local[2] this many times")
    parser.add_argument("--skip-local", action="store_true", help="Spark figures only")
    args = parser.parse_args()
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    work = Path(tempfile.mkdtemp(prefix="bench-spark-"))
    try:
        corpus = work / "corpus"
        corpus.mkdir()
        records = dev_records(args.words)
        for i in range(args.files):
            (corpus / f"part-{i:03d}.jsonl").write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n"
                        for r in records[i::args.files]), encoding="utf-8")
        warm_corpus = work / "warm.jsonl"
        warm_corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                                       for r in dev_records()), encoding="utf-8")
        print(f"corpus: {len(records)} articles, {word_count(records):,} words in "
              f"{args.files} files; {load_note()}")
        figures: dict[str, list[float]] = {}
        for round_ in range(1, args.rounds + 1):
            if not args.skip_local:
                wall, cpu, words = bench_local(corpus)
                figures.setdefault("local", []).append(words / wall)
                figures.setdefault("local cpu", []).append(words / cpu)
                print(f"[{round_}] local analyze (1 process): {wall:.1f} s, "
                      f"{words / wall:,.0f} words/s, {words / cpu:,.0f} words/CPU-s; "
                      f"{load_note()}")
                wall = bench_command(corpus, work)
                figures.setdefault("command", []).append(words / wall)
                print(f"[{round_}] `saidwhat analyze DIR -f jsonl -o FILE` command (process "
                      f"start, model load, writing): {wall:.1f} s, {words / wall:,.0f} "
                      f"words/s; {load_note()}")
            for master, cores in (("local[1]", 1), ("local[2]", 2)):
                report, warm_up, workers, cpu_analysed, cpu_job = bench_spark(
                    corpus, warm_corpus, master, cores, work)
                rate = report.words / report.seconds
                figures.setdefault(master, []).append(rate)
                figures.setdefault(f"{master} cpu", []).append(report.words / cpu_job)
                print(f"[{round_}] spark {master}: warm-up (model in {workers} worker(s), "
                      f"a 30-article job) {warm_up:.1f} s; {report.articles} articles, "
                      f"{report.failures} failures; read+analyse "
                      f"{report.analysis_seconds:.1f} s ({cpu_analysed:.1f} CPU-s, "
                      f"{report.words / report.analysis_seconds:,.0f} words/s); whole job "
                      f"{report.seconds:.1f} s ({cpu_job:.1f} CPU-s): {rate:,.0f} words/s = "
                      f"{rate / cores:,.0f} per core, {report.words / cpu_job:,.0f} "
                      f"words/CPU-s; {load_note()}")

        # Ratios are taken within each round (runs minutes apart on a shared host differ
        # by more than the effects measured), then the median over the rounds.
        rounds = range(args.rounds)
        speedups = [figures["local[2]"][i] / figures["local[1]"][i] for i in rounds]
        print(f"speed-up local[2]/local[1], whole job: "
              f"{', '.join(f'{x:.2f}' for x in speedups)}; median "
              f"{statistics.median(speedups):.2f} (target >= 1.8)")
        if not args.skip_local:
            per_core = [figures["local[2]"][i] / 2 / figures["local"][i] for i in rounds]
            per_cpu = [figures["local[2] cpu"][i] / figures["local cpu"][i] for i in rounds]
            per_command = [figures["local[2]"][i] / 2 / figures["command"][i] for i in rounds]
            print(f"per core, spark local[2] whole job / local analyze in process: "
                  f"{', '.join(f'{x:.2f}' for x in per_core)}; median "
                  f"{statistics.median(per_core):.2f} (words per CPU-s: median "
                  f"{statistics.median(per_cpu):.2f}); / the `saidwhat analyze` command: "
                  f"median {statistics.median(per_command):.2f} (target 0.85 .. 1.15)")
        one_minute = os.getloadavg()[0]
        if one_minute > (os.cpu_count() or 1):
            print(f"WARNING: load {one_minute:.1f} exceeds the {os.cpu_count()} cores: other "
                  "processes took CPU time from these runs, so the wall-clock figures (rates, "
                  "speed-up) are not reliable; the words/CPU-s figures still compare the work "
                  "per word. Rerun on an idle machine.")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
