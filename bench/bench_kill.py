"""kill -9 during ingest at random moments: nothing committed is lost, nothing doubled.

    .venv/bin/python bench/bench_kill.py            # 20 kills
    .venv/bin/python bench/bench_kill.py --kills 5 --seed 3

Each round starts ``saidwhat ingest`` of the dev set into one store (workers and batch
size drawn at random), kills the whole process group with SIGKILL after a random
delay, counts the committed articles, then kills again in the next round, and so on;
after the last round one ingest runs to the end. The figures: committed articles
never decrease from one kill to the next, the final store holds every article exactly
once, and SQLite's integrity and FTS checks pass.
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


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as con:
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:
            return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    ids = [json.loads(line)["id"] for line in DEV_GOLD.read_text().splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "killed.db"
        committed, lost = [], 0
        for k in range(args.kills):
            workers, batch = rng.choice([1, 2]), rng.choice([4, 8, 16, 32, 64])
            proc = subprocess.Popen([*CLI, "ingest", str(DEV_GOLD), "--db", str(db),
                                     "--workers", str(workers), "--batch-size", str(batch)],
                                    start_new_session=True, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.5, 12.0))
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            now = _count(db)
            if committed and now < committed[-1]:
                lost += committed[-1] - now
            committed.append(now)
            print(f"kill {k + 1}/{args.kills}: workers {workers}, batch {batch}: "
                  f"{now} articles committed", flush=True)
        subprocess.run([*CLI, "ingest", str(DEV_GOLD), "--db", str(db)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with sqlite3.connect(db) as con:
            integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
            con.execute("INSERT INTO attribution_fts (attribution_fts) VALUES ('integrity-check')")
            stored = [r[0] for r in con.execute("SELECT id FROM articles")]
    print(json.dumps({"kills": args.kills, "committed_lost": lost,
                      "duplicates": len(stored) - len(set(stored)),
                      "missing": len(set(ids) - set(stored)), "integrity": integrity,
                      "fts_check": "ok"}))


if __name__ == "__main__":
    main()
