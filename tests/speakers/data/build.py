"""Build speaker_articles.jsonl from the annotated articles in speaker_articles.py.

Run after editing the articles:
    python3 tests/speakers/data/build.py
"""
import json
import sys
from pathlib import Path

from speaker_articles import ARTICLES

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))
from gold_builder import build  # noqa: E402

if __name__ == "__main__":
    with open(HERE / "speaker_articles.jsonl", "w", encoding="utf-8") as out:
        for article in ARTICLES:
            out.write(json.dumps(build(article), ensure_ascii=False) + "\n")
    print(f"{len(ARTICLES)} articles -> {HERE / 'speaker_articles.jsonl'}")
