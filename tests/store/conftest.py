"""Store fixtures: gold-annotated articles (attributions with resolved speakers that do
not depend on the analysis being finished) and a corpus holding them."""

from __future__ import annotations

import pytest

from saidwhat import Article

from ..conftest import DEV_GOLD, EXAMPLE_GOLD, read_jsonl

#: Gold fields whose shape differs from the model (no spans, names instead of ids).
_GOLD_ONLY = ("amounts", "dates", "entities", "provenance")


def gold_article(record: dict) -> Article:
    return Article.from_dict({k: v for k, v in record.items() if k not in _GOLD_ONLY})


@pytest.fixture(scope="session")
def gold_articles() -> list[Article]:
    if not DEV_GOLD.exists() or not EXAMPLE_GOLD.exists():
        pytest.skip("../shared is not beside the project")
    return [gold_article(r) for r in read_jsonl(DEV_GOLD) + read_jsonl(EXAMPLE_GOLD)]


@pytest.fixture()
def corpus(tmp_path, gold_articles):
    from saidwhat.store import Corpus

    with Corpus(tmp_path / "corpus.db") as c:
        c.add_articles(gold_articles)
        yield c


def as_version_3(path) -> None:
    """Turn a store into what saidwhat's store version 3 wrote: no article ``language``,
    no ``rule`` or ``speaker_rule`` columns, an amount's value as JSON text (a number or a [low, high]
    pair). Frozen here on purpose: it is the past the migration must read."""
    import sqlite3

    db = sqlite3.connect(path)
    db.executescript("""
        ALTER TABLE articles DROP COLUMN language;
        ALTER TABLE attributions DROP COLUMN rule;
        ALTER TABLE attributions DROP COLUMN speaker_rule;
        CREATE TABLE amounts_v3 (
            article INTEGER NOT NULL REFERENCES articles (rowid) ON DELETE CASCADE,
            attribution INTEGER,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL, value TEXT, unit TEXT, "of" TEXT, speaker TEXT);
        INSERT INTO amounts_v3 SELECT article, attribution, start, "end", text,
            CASE WHEN value_high IS NULL THEN json(value)
                 ELSE json_array(value, value_high) END, unit, "of", speaker FROM amounts;
        DROP TABLE amounts;
        ALTER TABLE amounts_v3 RENAME TO amounts;
        CREATE INDEX amounts_article ON amounts (article);
        UPDATE meta SET value = '3' WHERE key = 'version';""")
    db.close()
