"""HTML extraction cost per page (issue 3 target: <= 10 ms).

  .venv/bin/python bench/bench_html.py [--repeat 20] [PAGES ...]

Times ``saidwhat.read.html.extract_html`` (trafilatura main text + metadata, and our
paragraph layout) on each page, after one warm-up pass; prints the median and the
mean per page, the CPU time per page and the machine load, since the figure is noisy on a shared machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

from saidwhat.read.html import extract_html

ROOT = Path(__file__).resolve().parent.parent
GOLD_HTML = ROOT.parent / "shared" / "gold" / "html"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pages", nargs="*", type=Path, help="HTML files (default: gold pages)")
    ap.add_argument("--repeat", type=int, default=20, help="passes over the pages")
    args = ap.parse_args()
    pages = args.pages or sorted(GOLD_HTML.glob("*.html"))
    if not pages:
        raise SystemExit("no pages: pass HTML files or put ../shared beside the project")
    data = [(p.name, p.read_bytes()) for p in pages]
    for name, html in data:  # warm-up: imports, lxml and trafilatura caches
        extract_html(html, id=name, where=name)
    timings: list[float] = []
    cpu_start = time.process_time()
    for i in range(args.repeat):
        for name, html in data:
            t = time.perf_counter()
            extract_html(html, id=name, where=name)
            timings.append(time.perf_counter() - t)
        print(f"\rpass {i + 1}/{args.repeat}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    size = statistics.mean(len(h) for _, h in data) / 1024
    print(f"pages: {len(data)} (mean {size:.1f} KiB), timed extractions: {len(timings)}")
    print(f"per page: median {statistics.median(timings) * 1000:.2f} ms, "
          f"mean {statistics.mean(timings) * 1000:.2f} ms, "
          f"p95 {sorted(timings)[int(len(timings) * 0.95)] * 1000:.2f} ms")
    # CPU time is steadier than wall time on a shared machine: other processes'
    # turns on the cores do not count.
    print(f"CPU time per page: {(time.process_time() - cpu_start) / len(timings) * 1000:.2f} ms")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
