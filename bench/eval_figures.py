"""Figures and dates on the dev set: amounts recall, value-and-unit accuracy on the
amounts found, relative dates resolved (definitions in saidwhat.amounts.evaluate).

    .venv/bin/python bench/eval_figures.py [--gold ../shared/gold/dev.jsonl] [--misses]

Prints the figures for dev-01..20 (development), dev-21..30 (held out) and all.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from saidwhat.amounts.evaluate import score_figures
from saidwhat.evaluation import predict, read_gold

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(ROOT.parent / "shared" / "gold" / "dev.jsonl"))
    ap.add_argument("--misses", action="store_true", help="list every miss")
    args = ap.parse_args()
    gold = read_gold(args.gold)
    print(f"analysing {len(gold)} articles ...", file=sys.stderr)
    pred = predict(gold)

    def split(lo: int, hi: int) -> list[dict]:
        return [g for g in gold if g["id"].startswith("dev-")
                and lo <= int(g["id"][4:6]) <= hi]

    print(f"{'set':<14}{'amounts':>8}{'recall':>8}{'val+unit':>10}{'speaker':>9}"
          f"{'rel.dates':>10}{'resolved':>10}{'abs.right':>10}")
    for name, part in (("dev-01..20", split(1, 20)), ("dev-21..30", split(21, 30)),
                       ("all", gold)):
        r = score_figures(part, pred)
        print(f"{name:<14}{r['amounts']:>8}{r['amounts_recall']:>8.3f}"
              f"{r['value_unit_accuracy']:>10.3f}{r['speaker_accuracy']:>9.3f}"
              f"{r['relative_dates']:>10}"
              f"{r['relative_dates_resolved']:>10.3f}{r['absolute_dates_right']:>10.3f}")
    if args.misses:
        for line in score_figures(gold, pred)["misses"]:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
