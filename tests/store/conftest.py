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
