"""No ``str`` makes the analysis raise, hang or break its own invariants, and one
article that fails never costs the others (issue 18)."""

from __future__ import annotations

import importlib.util
import json
import time

import pytest
from typer.testing import CliRunner

import saidwhat
from saidwhat import pipeline
from saidwhat.errors import InputError
from saidwhat.model import Document

from ..conftest import ROOT

_spec = importlib.util.spec_from_file_location("fuzz", ROOT / "bench" / "fuzz.py")
fuzz = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzz)

#: Inputs checked in CI; ``python bench/fuzz.py`` runs 10,000.
CI_INPUTS = 300


def test_generated_inputs_hold_every_invariant():
    validator = fuzz.schema_validator()
    slowest = 0.0
    for kind, kwargs in fuzz.generate(CI_INPUTS, seed=18):
        started = time.perf_counter()
        article = saidwhat.analyze(**kwargs)
        slowest = max(slowest, time.perf_counter() - started)
        assert fuzz.invariant_errors(article, validator) == [], (kind, kwargs["text"][:200])
    assert slowest < 5.0  # a hang guard, generous; cost per character is in bench/


def test_lone_surrogates_keep_every_offset():
    text = 'The minister said: "Prices \ud800 will rise by 5 percent \udfff next year."'
    article = saidwhat.analyze(text, title="\udc80 Prices")
    assert len(article.text) == len(text)
    assert article.text.replace("\ufffd", "?") == text.replace("\ud800", "?").replace(
        "\udfff", "?")
    assert article.attributions and "Prices" in article.span_text(article.attributions[0].content)
    assert any("U+FFFD" in w for w in article.warnings)
    json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize("published", ["garbage", "2022-10", "10/18/2022", "", None])
def test_a_published_value_that_is_no_day_is_dropped_with_a_warning(published):
    article = saidwhat.analyze("The minister said on Tuesday the bridge would reopen.",
                               published=published)
    assert article.published is None
    assert bool(article.warnings) == bool(published)


def test_huge_figures_and_impossible_dates_keep_their_text_without_a_value():
    text = ("The ministry said exports grew from 1" + "0" * 400 + " to 5 percent, and "
            "99999999999999999999 tonnes were shipped; more will follow next Tuesday and "
            "within the next 5 years.")
    article = saidwhat.analyze(text, published="9999-12-31")
    values = {a.text: a.value for a in article.amounts}
    assert values["99999999999999999999 tonnes"] is None
    dates = {d.text: d.value for d in article.dates}
    assert dates["next Tuesday"] is None  # past 9999-12-31
    assert dates["within the next 5 years"] is None


def _failing_on(marker: str, monkeypatch) -> None:
    real = pipeline.annotate

    def annotate(doc, clock=None):
        if marker in doc.text:
            raise RuntimeError("stage bug")
        return real(doc, clock)

    monkeypatch.setattr(pipeline, "annotate", annotate)


def test_a_failing_article_is_reported_and_the_batch_is_kept(monkeypatch):
    _failing_on("BOOM", monkeypatch)
    docs = [Document(id=f"a{i}", text=f"The mayor said item {i} was fine.", where=f"f:{i}")
            for i in range(5)]
    docs[2] = Document(id="bad", text="The mayor said BOOM.", where="news.jsonl:3")
    errors: list[InputError] = []
    out = list(saidwhat.analyze_many(docs, batch_size=5, on_error=errors.append))
    assert [a.id for a in out] == ["a0", "a1", "a3", "a4"]
    assert len(errors) == 1
    assert str(errors[0]).startswith("news.jsonl:3: analysis failed (RuntimeError")


def test_analyze_cli_writes_every_good_article(monkeypatch, tmp_path):
    from saidwhat.cli.main import app

    _failing_on("BOOM", monkeypatch)
    lines = [json.dumps({"id": f"ok{i}", "text": f"The mayor said item {i} was fine."})
             for i in range(4)]
    lines.insert(1, "{not json")
    lines.insert(3, json.dumps({"id": "bad", "text": "The mayor said BOOM."}))
    lines.insert(4, '{"id": "sur", "text": "He said \\ud800 it was fine."}')
    src = tmp_path / "news.jsonl"
    src.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["analyze", str(src), "-f", "jsonl", "-o", str(out)])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert ids == ["ok0", "ok1", "sur", "ok2", "ok3"]
