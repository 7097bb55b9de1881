"""Build heldout.jsonl from the annotated articles in heldout_articles.py.

Run after editing the articles:
    python3 tests/attribution/data/build_heldout.py
"""
import json
import sys
from pathlib import Path

from heldout_articles import ARTICLES, WIDER_KINDS

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))
from gold_builder import build  # noqa: E402

if __name__ == "__main__":
    with open(HERE / "heldout.jsonl", "w", encoding="utf-8") as out:
        for article in ARTICLES:
            record = build(article, WIDER_KINDS.get(article["id"], []))
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(ARTICLES)} articles -> {HERE / 'heldout.jsonl'}")
