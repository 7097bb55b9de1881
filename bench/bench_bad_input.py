"""Cost of hostile input grows linearly with its size.

    .venv/bin/python bench/bench_bad_input.py

Times `analyze` on inputs of size n, 2n, 4n for each hostile shape (unbalanced
quotation marks, one very long line, quotation marks with nothing between them) and
prints seconds per 100k characters: a linear cost keeps that figure flat.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import load_note, pin_one_core  # noqa: E402

SHAPES = {
    "unbalanced quotes (1 per paragraph)":
        lambda n: "\n\n".join(f'He said "point {i} and the minister said it would rain'
                              for i in range(n)),
    "one long line, quotes and cues":
        lambda n: " ".join(f'"{i} the official said "' for i in range(n)),
    "bare quotation marks":
        lambda n: '" ' * (n * 10),
}


def main() -> None:
    pin_one_core()
    import saidwhat

    saidwhat.analyze("He said it would rain.")  # model load
    print(load_note())
    for name, make in SHAPES.items():
        rates = []
        for n in (500, 1000, 2000):
            text = make(n)
            t0 = time.perf_counter()
            saidwhat.analyze(text)
            dt = time.perf_counter() - t0
            rates.append(dt / len(text) * 100_000)
            print(f"{name:40s} {len(text):>9,} chars {dt:7.2f} s  "
                  f"{rates[-1]:.3f} s per 100k chars")
        growth = rates[-1] / rates[0]
        print(f"{name:40s} cost per char at 4x size / at 1x: {growth:.2f} "
              f"({'linear' if growth < 1.5 else 'SUPERLINEAR'})")


if __name__ == "__main__":
    main()
