"""Shared fixtures: the ../shared material and an analysed founding article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLE_TXT = ROOT / "examples" / "borodavkin-tass-2022-10-18.txt"
EXAMPLE_GOLD = SHARED / "examples" / "borodavkin-tass-2022-10-18.gold.jsonl"
DEV_GOLD = SHARED / "gold" / "dev.jsonl"
GOLD_HTML = SHARED / "gold" / "html"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


@pytest.fixture(scope="session")
def founding_text() -> str:
    return EXAMPLE_TXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def founding_gold() -> dict:
    if not EXAMPLE_GOLD.exists():
        pytest.skip("../shared is not beside the project")
    return read_jsonl(EXAMPLE_GOLD)[0]


@pytest.fixture(scope="session")
def founding_article(founding_text):
    import saidwhat

    return saidwhat.analyze(founding_text, id="borodavkin-tass-2022-10-18")


@pytest.fixture(scope="session")
def dev_gold() -> list[dict]:
    if not DEV_GOLD.exists():
        pytest.skip("../shared/gold/dev.jsonl is not beside the project")
    return read_jsonl(DEV_GOLD)


@pytest.fixture(scope="session")
def dev_predictions(dev_gold) -> list[dict]:
    """The whole dev set analysed once per test session."""
    from saidwhat.evaluation import predict

    return predict(dev_gold)
