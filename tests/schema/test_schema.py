"""The JSON Schema of Article.to_dict(): valid, in step with model.py, and met by real
analyze output."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from saidwhat import model
from saidwhat.schema import article_schema, validate


def test_schema_is_a_valid_draft_2020_12_schema():
    schema = article_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("definition, cls, extra", [
    ("attribution", model.Attribution, {"source_text", "cue_text", "content_text"}),
    ("entity", model.Entity, set()),
    ("amount", model.Amount, set()),
    ("date", model.DateMention, set()),
    ("block", model.Block, set()),
    ("provenance", model.Provenance, set()),
])
def test_schema_covers_every_model_field(definition, cls, extra):
    props = set(article_schema()["$defs"][definition]["properties"])
    assert props == {f.name for f in dataclasses.fields(cls)} | extra


def test_schema_covers_every_top_level_key():
    keys = set(model.Article(id="x", text="t").to_dict())
    assert set(article_schema()["properties"]) == keys


def test_founding_article_output_is_valid(founding_article):
    validate(founding_article.to_dict())
    validate(founding_article.to_dict(with_text=False))


def test_cli_json_output_is_valid(tmp_path, founding_text):
    src = tmp_path / "article.txt"
    src.write_text(founding_text, encoding="utf-8")
    cli = Path(sys.executable).with_name("saidwhat")
    out = subprocess.run([str(cli), "analyze", str(src), "--format", "json"],
                         capture_output=True, text=True, check=True)
    records = json.loads(out.stdout)
    assert len(records) == 1
    validate(records[0])


def test_dev_articles_output_is_valid(dev_gold):
    import saidwhat

    for gold in dev_gold[::6]:
        article = saidwhat.analyze(gold["text"], id=gold["id"], published=gold["published"])
        validate(article.to_dict())


@pytest.mark.parametrize("field, bad", [
    ("amounts", [{"span": [0, 3], "text": "75%", "value": "75", "unit": "percent",
                  "of": None, "attribution": None, "speaker": None}]),
    ("dates", [{"span": [0, 7], "text": "Tuesday", "value": "18/10/2022",
                "relative": True, "role": None}]),
    ("blocks", [{"span": [0], "label": "body"}]),
])
def test_schema_rejects_malformed_output(founding_article, field, bad):
    record = founding_article.to_dict()
    record[field] = bad
    with pytest.raises(jsonschema.ValidationError):
        validate(record)
