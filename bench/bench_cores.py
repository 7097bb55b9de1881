"""What a second core gives plain ``analyze`` processes on this machine: the ceiling of
any parallel mode (``saidwhat ingest --workers``, Spark's ``local[2]``).

    .venv/bin/python bench/bench_cores.py [--words 96000] [--rounds 3]

Each round runs the same corpus (the dev set repeated) in one process alone, then in
one process per core at once, each pinned to its own core, no Spark, no store. The
speed-up is total words/s with every core busy over words/s of the one process. On a
virtual machine whose cores share a physical core (SMT siblings on the host) or its
caches, it is below the number of cores, and nothing built on top can beat it.
Rounds alternate so that slow phases of a shared host hit both figures.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import dev_records, load_note, word_count  # noqa: E402

#: The child: pin to a core, load the model, analyse the corpus, print seconds.
_CHILD = """
import os, sys, time
if int(sys.argv[1]) >= 0:
    os.sched_setaffinity(0, {int(sys.argv[1])})
from saidwhat.nlp import load_model
from saidwhat.pipeline import analyze_many
from saidwhat.read import read_inputs
load_model()
print("ready", flush=True)
sys.stdin.readline()  # start together
started = time.perf_counter()
for _ in analyze_many(read_inputs([sys.argv[2]])):
    pass
print(time.perf_counter() - started, flush=True)
"""


def run_at_once(cores: list[int], corpus: Path, pin: bool = True) -> list[float]:
    """Start one child per core, wait until every model is loaded, start them together;
    the seconds each one took."""
    env = dict(os.environ, OMP_NUM_THREADS="1")
    children = [subprocess.Popen([sys.executable, "-c", _CHILD, str(core if pin else -1),
                                  str(corpus)],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                 env=env) for core in cores]
    for child in children:
        assert child.stdout.readline().strip() == "ready"
    for child in children:
        child.stdin.write("go\n")
        child.stdin.flush()
    seconds = [float(child.stdout.readline()) for child in children]
    for child in children:
        child.wait()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=96_000, help="corpus size in words")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-pin", action="store_true",
                        help="leave the processes to the OS scheduler (as Spark's are)")
    args = parser.parse_args()
    cores = sorted(os.sched_getaffinity(0))
    records = dev_records(args.words)
    words = word_count(records)
    with tempfile.TemporaryDirectory(prefix="bench-cores-") as work:
        corpus = Path(work) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        print(f"corpus: {len(records)} articles, {words:,} words, per process; "
              f"{len(cores)} cores; {load_note()}")
        speedups = []
        for round_ in range(1, args.rounds + 1):
            alone = words / run_at_once(cores[:1], corpus, not args.no_pin)[0]
            rates = [words / seconds for seconds in run_at_once(cores, corpus, not args.no_pin)]
            # The sum of the rates: what a scheduler that keeps every core busy gets.
            speedup = sum(rates) / alone
            speedups.append(speedup)
            print(f"[{round_}] one process: {alone:,.0f} words/s; {len(cores)} at once: "
                  f"{' + '.join(f'{r:,.0f}' for r in rates)} = {sum(rates):,.0f} words/s; "
                  f"speed-up {speedup:.2f}; {load_note()}")
        print(f"speed-up with all {len(cores)} cores busy (median of {args.rounds}): "
              f"{statistics.median(speedups):.2f} (ideal {len(cores)})")


if __name__ == "__main__":
    main()
