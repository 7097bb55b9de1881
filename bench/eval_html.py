"""Reading real pages: saidwhat's article body against plain trafilatura (issue 15).

  .venv/bin/python bench/eval_html.py DIR [--errors N]
  .venv/bin/python bench/eval_html.py --snippets TRAFILATURA/tests

DIR is the public ScrapingHub article-extraction benchmark (``html/*.html.gz`` and
``ground-truth.json``: 181 real pages and their article bodies). Other people's pages:
they stay on your machine, never in the project. The metric is the benchmark's own:
4-token shingles of the body (``\\w+`` tokens), precision and recall per page
(normalised), averaged over pages, F1 of the averages. saidwhat's body is its text
minus the ``discard`` blocks (what its statements can come from); plain trafilatura is
``trafilatura.extract`` with its defaults. Also: pages saidwhat refuses, titles that
carry a site or section name, and reading + structure time against trafilatura's.

With ``--snippets``, trafilatura's own evaluation set (``tests/evaldata.json`` of the
public adbar/trafilatura repository, 990 pages in ``tests/cache`` and ``tests/eval``):
for each page, snippets that must be in the body and snippets that must not
(whitespace-normalised substrings), counted over all pages: precision, recall, F1.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import time
from collections import Counter
from pathlib import Path

import trafilatura

from saidwhat.errors import InputError
from saidwhat.read.html import extract_html
from saidwhat.structure import analyze_structure

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))
                   if tokens[i:i + n])


def tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def scores(rows: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    def precision(tp, fp, fn):
        return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)

    def recall(tp, fp, fn):
        return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)

    p = statistics.mean(precision(*r) for r in rows if r[0] + r[1] > 0)
    r = statistics.mean(recall(*r) for r in rows if r[0] + r[2] > 0)
    return p, r, 2 * p * r / (p + r)


#: A title that names its site or section: "... | Site", "... - Site", "Opinion | ...".
_SITE_IN_TITLE = re.compile(r"\s[|–—-]\s|\s::\s|^[^|]{2,30}\s\|\s")


def saidwhat_body(html: bytes, key: str) -> tuple[str, str | None]:
    doc = extract_html(html, id=key, where=key)
    structure = analyze_structure(doc.text, title=doc.title, published=doc.published)
    body = "\n\n".join(doc.text[slice(*b.span)] for b in structure.blocks if b.is_body)
    return body, structure.title


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def snippets(tests: Path) -> None:
    data = json.loads((tests / "evaldata.json").read_text(encoding="utf-8"))
    counts = {"saidwhat body": [0, 0, 0], "trafilatura 2 defaults": [0, 0, 0]}
    refused = 0
    for n, (url, item) in enumerate(sorted(data.items()), 1):
        path = next((p for p in (tests / "cache" / item["file"], tests / "eval" / item["file"])
                     if p.is_file()), None)
        if path is None:
            continue
        html = path.read_bytes()
        try:
            ours = saidwhat_body(html, url)[0]
        except InputError:
            ours, refused = "", refused + 1
        for name, text in (("saidwhat body", ours),
                           ("trafilatura 2 defaults", trafilatura.extract(html) or "")):
            t = _norm(text)
            tp = sum(_norm(w) in t for w in item["with"])
            fp = sum(_norm(w) in t for w in item["without"])
            c = counts[name]
            c[0], c[1], c[2] = c[0] + tp, c[1] + fp, c[2] + len(item["with"]) - tp
        if n % 100 == 0:
            print(f"  {n} pages", flush=True)
    for name, (tp, fp, fn) in counts.items():
        p, r = tp / (tp + fp), tp / (tp + fn)
        print(f"{name:24} P {p:.3f}  R {r:.3f}  F1 {2 * p * r / (p + r):.3f}")
    print(f"pages refused: {refused}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", type=Path, nargs="?")
    parser.add_argument("--snippets", type=Path, metavar="TESTS",
                        help="trafilatura's tests folder (evaldata.json, cache/, eval/)")
    parser.add_argument("--errors", type=int, default=0,
                        help="show the N pages where saidwhat loses most to trafilatura")
    args = parser.parse_args()
    if args.snippets:
        if not (args.snippets / "evaldata.json").exists():
            raise SystemExit(f"eval_html: {args.snippets}/evaldata.json not found; fetch "
                             "adbar/trafilatura first (see --help)")
        snippets(args.snippets)
        return
    if args.dir is None:
        parser.error("give the benchmark folder DIR or --snippets TESTS")
    truth_path = args.dir / "ground-truth.json"
    if not truth_path.exists():
        raise SystemExit(f"eval_html: {truth_path} not found; fetch "
                         "scrapinghub/article-extraction-benchmark first (see --help)")
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    ours, theirs, refused, titled = [], [], [], 0
    t_ours = t_theirs = 0.0
    per_page = []
    for n, key in enumerate(sorted(truth), 1):
        html = gzip.decompress((args.dir / "html" / f"{key}.html.gz").read_bytes())
        gold = truth[key].get("articleBody", "")
        started = time.perf_counter()
        try:
            body, title = saidwhat_body(html, key)
        except InputError as exc:
            body, title = "", None
            refused.append(f"{key[:12]}: {exc.message}")
        t_ours += time.perf_counter() - started
        started = time.perf_counter()
        plain = trafilatura.extract(html) or ""
        t_theirs += time.perf_counter() - started
        ours.append(tp_fp_fn(gold, body))
        theirs.append(tp_fp_fn(gold, plain))
        titled += bool(title and _SITE_IN_TITLE.search(title))
        per_page.append((key, ours[-1], theirs[-1]))
        if n % 20 == 0:
            print(f"  {n} pages", flush=True)
    for name, rows in (("saidwhat body", ours), ("trafilatura 2 defaults", theirs)):
        p, r, f = scores(rows)
        print(f"{name:24} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"pages refused: {len(refused)}" + "".join(f"\n  {x}" for x in refused))
    print(f"titles with a site or section name: {titled} of {len(truth)}")
    print(f"reading + structure / trafilatura.extract: {t_ours / t_theirs:.2f}x "
          f"({1000 * t_ours / len(truth):.1f} vs {1000 * t_theirs / len(truth):.1f} ms a page)")
    if args.errors:
        def f1(row):
            tp, fp, fn = row
            return 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        worst = sorted(per_page, key=lambda x: f1(x[1]) - f1(x[2]))[:args.errors]
        for key, a, b in worst:
            print(f"  {key[:16]}  saidwhat F1 {f1(a):.2f}  trafilatura {f1(b):.2f}")


if __name__ == "__main__":
    main()
