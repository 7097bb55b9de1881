"""Russian: speed beside English, the first analysis of one page, and install size.

    .venv/bin/python bench/bench_russian.py [--words 30000]

Reports, in one run on one core: (1) words/s of saidwhat in-process on our Russian test
articles (``tests/lang/ru``, repeated to ``--words``) and on the English dev set, chunk
by chunk interleaved (this machine's speed drifts within a minute), and their ratio;
(2) the wall time of a fresh ``saidwhat analyze`` of one Russian page, model load
included (target: under 3 s); (3) the size installed by the ``[ru]`` extra's packages.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DEV_GOLD, dev_records, documents, load_note, pin_one_core, word_count  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RUSSIAN = [ROOT / "tests" / "lang" / "ru" / "gold.jsonl",
           ROOT / "tests" / "lang" / "ru" / "heldout.jsonl"]
#: the packages the [ru] extra brings (natasha's own pulls pymorphy2, yargy, ipymarkup)
RU_PACKAGES = ("natasha", "slovnet", "navec", "razdel", "pymorphy3", "pymorphy3-dicts-ru",
               "pymorphy2", "pymorphy2-dicts-ru", "yargy", "ipymarkup", "dawg-python",
               "dawg2-python", "docopt", "intervaltree", "sortedcontainers")
_CHUNK = 8


def installed_mb(names) -> float:
    total = 0
    for name in names:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        for f in dist.files or []:
            path = Path(dist.locate_file(f))
            if path.is_file():
                total += path.stat().st_size
    return total / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=30_000)
    args = ap.parse_args()
    pin_one_core()
    from saidwhat import Document
    from saidwhat.pipeline import analyze_many

    ru = dev_records(args.words, RUSSIAN)
    en = dev_records(args.words, DEV_GOLD)
    ru_docs = [Document(id=r["id"], text=r["text"], title=r["title"], language="ru")
               for r in ru]
    en_docs = documents(en)
    print(f"corpus: Russian {word_count(ru):,} words ({len(ru)} articles), English "
          f"{word_count(en):,} words ({len(en)} articles); {load_note()}")
    list(analyze_many(ru_docs[:10]))  # warm-up: both models loaded
    list(analyze_many(en_docs[:10]))
    spent = {"ru": 0.0, "en": 0.0}
    words = {"ru": word_count(ru), "en": word_count(en)}
    for k in range(0, max(len(ru_docs), len(en_docs)), _CHUNK):
        for code, docs in (("ru", ru_docs), ("en", en_docs)):
            t0 = time.perf_counter()
            list(analyze_many(docs[k:k + _CHUNK]))
            spent[code] += time.perf_counter() - t0
    rates = {c: words[c] / spent[c] for c in spent}
    print(f"Russian: {rates['ru']:,.0f} words/s in process; English: {rates['en']:,.0f} "
          f"words/s; Russian/English = {rates['ru'] / rates['en']:.2f}")

    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "ru.txt"
        page.write_text(ru[0]["text"], encoding="utf-8")
        exe = Path(sys.executable).with_name("saidwhat")
        t0 = time.perf_counter()
        subprocess.run([str(exe), "analyze", str(page), "-f", "jsonl"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        first = time.perf_counter() - t0
    print(f"first analyze of one Russian page (fresh process, model load included): "
          f"{first:.2f} s (target < 3 s)")
    print(f"installed by the [ru] extra: {installed_mb(RU_PACKAGES):.0f} MB "
          f"(of which the model weights in natasha: {installed_mb(['natasha']):.0f} MB)")


if __name__ == "__main__":
    main()
