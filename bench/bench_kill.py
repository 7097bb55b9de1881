"""kill -9 during ingest at random moments: nothing committed is lost, nothing doubled.

    .venv/bin/python bench/bench_kill.py            # 20 kills
    .venv/bin/python bench/bench_kill.py --kills 5 --seed 3

Each round starts ``saidwhat ingest`` of the dev set into a new store (workers and batch
size drawn at random), kills the whole process group with SIGKILL after a random
delay, counts the committed articles, then resumes the ingest to the end. The figures,
over all rounds: articles committed before the kill and missing after the resume (lost),
articles stored twice (duplicates), dev articles missing, and SQLite's integrity and
FTS checks.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DEV_GOLD  # noqa: E402

CLI = [sys.executable, "-m", "saidwhat"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--copies", type=int, default=4, help="dev set copies to ingest")
    parser.add_argument("--longest", type=float, default=15.0,
                        help="latest kill, seconds after the start")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "articles.jsonl"
        ids = _write_copies(source, args.copies)
        totals = _rounds(args, rng, source, ids, Path(tmp))
    print(json.dumps(totals))


def _write_copies(path: Path, copies: int) -> list[str]:
    """The dev set ``copies`` times, each copy's texts made distinct (a stored text is
    skipped by its hash), so that a kill can land in the middle of the ingest."""
    base = [json.loads(line) for line in DEV_GOLD.read_text().splitlines() if line.strip()]
    ids = []
    with open(path, "w", encoding="utf-8") as f:
        for c in range(copies):
            for r in base:
                ids.append(f"{r['id']}~{c}")
                f.write(json.dumps({"id": ids[-1], "text": r["text"] + f"\n\n(Copy {c}.)",
                                    "published": r.get("published")}) + "\n")
    return ids


def _rounds(args, rng, source: Path, ids: list[str], tmp: Path) -> dict:
    totals = {"kills": 0, "killed_mid_way": 0, "committed_lost": 0, "duplicates": 0,
              "missing": 0, "integrity_failures": 0}
    for k in range(args.kills):
        db = tmp / f"killed-{k}.db"
        workers, batch = rng.choice([1, 2]), rng.choice([4, 8, 16, 32, 64])
        proc = subprocess.Popen([*CLI, "ingest", str(source), "--db", str(db),
                                 "--workers", str(workers), "--batch-size", str(batch)],
                                start_new_session=True, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(2.0, args.longest))
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        before = set(_ids(db))
        subprocess.run([*CLI, "ingest", str(source), "--db", str(db), "--workers",
                        str(rng.choice([1, 2]))], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        stored = _ids(db)
        with sqlite3.connect(db) as con:
            ok = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            con.execute("INSERT INTO attribution_fts (attribution_fts) "
                        "VALUES ('integrity-check')")  # raises if the index is wrong
        totals["kills"] += 1
        totals["killed_mid_way"] += 0 < len(before) < len(ids)
        totals["committed_lost"] += len(before - set(stored))
        totals["duplicates"] += len(stored) - len(set(stored))
        totals["missing"] += len(set(ids) - set(stored))
        totals["integrity_failures"] += not ok
        print(f"kill {k + 1}/{args.kills}: workers {workers}, batch {batch}: "
              f"{len(before)} committed at the kill, {len(stored)} after resuming",
              flush=True)
    return totals


def _ids(db: Path) -> list[str]:
    """The stored article ids (none before the first commit)."""
    if not db.exists():
        return []
    con = sqlite3.connect(db)
    try:
        return [r[0] for r in con.execute("SELECT id FROM articles")]
    except sqlite3.OperationalError:  # killed before the schema was written
        return []
    finally:
        con.close()


if __name__ == "__main__":
    main()
