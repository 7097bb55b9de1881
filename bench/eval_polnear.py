"""PolNeAR dev figures: outermost attributions, the shared scorer's metrics.

    python3 ../shared/tools/polnear_to_jsonl.py PolNeAR-GIT-DIR --out /tmp/polnear
    .venv/bin/python bench/eval_polnear.py /tmp/polnear/dev.jsonl [--errors]

PolNeAR (real US political news, PARC annotation) has no licence: it stays on your
machine, converted by the shared tool; nothing of it is committed. Develop on train and
dev; the test split is measured outside the project. Prints content soft P/R/F1,
content+source soft F1 (the issue's figures), and with ``--errors`` the misses and
false alarms by cue word.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="dev.jsonl (or train.jsonl) from the converter, "
                        "or the converter's folder (its dev.jsonl is read)")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    if args.gold.is_dir():
        args.gold = args.gold / "dev.jsonl"
    if not args.gold.exists():
        sys.exit(f"eval_polnear: {args.gold} not found; convert PolNeAR first (see --help)")
    from saidwhat.evaluation import predict, read_gold, score
    from saidwhat.evaluation.errors import count_errors, format_errors

    gold = read_gold(args.gold)
    started = time.perf_counter()
    pred = predict(gold)
    seconds = time.perf_counter() - started
    result = score(gold, pred, outermost=True)
    soft, e2e = result["content_soft"], result["e2e_content+source_soft"]
    print(f"{args.gold.name}: {len(gold)} articles, {result['counts']['gold']} gold "
          f"outermost attributions, {seconds:.0f} s")
    print(f"content soft      P {soft['precision']:.3f}  R {soft['recall']:.3f}  "
          f"F1 {soft['f1']:.3f}")
    print(f"content+source    F1 {e2e['f1']:.3f}")
    if args.errors:
        print(format_errors(count_errors(gold, pred, outermost=True)), end="")


if __name__ == "__main__":
    main()
