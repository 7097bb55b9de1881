"""One declaration of the output tables (saidwhat/rows.py) keeps the data model, the
store's export and Spark's Parquet in step; exports round-trip with their types."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import shutil
import sqlite3

import pyarrow.parquet as pq
import pytest

import saidwhat
from saidwhat import rows
from saidwhat.model import Amount, Attribution, Entity
from saidwhat.spark.tables import ARROW_ROW_SCHEMA, COLUMNS
from saidwhat.store import Corpus
from saidwhat.store.schema import SQL_TYPES, STORED, stored_columns, stored_values

from .store.conftest import as_version_3

ARTICLES = [
    ("council", "Council vote\n\nMayor Ana Ruiz said on Tuesday that the bridge would "
                "reopen in May and cost $4 million. \"We are ready,\" she said.", "2026-03-10"),
    ("port", "Port strike\n\nUnion leader Tom Beale told reporters that 300 "
             "to 400 workers would strike. The port authority said talks would resume.", None),
]
#: Model fields written under another name, or derived (documented in rows.py).
RENAMED = {"Attribution": {"id": "attribution_id", "speaker_evidence": "speaker_rule"},
           "Entity": {"id": "entity_id"},
           "Amount": {"span": "start", "attribution": "attribution_id"}}


@pytest.mark.parametrize("cls, table", [(Attribution, "attributions"),
                                        (Entity, "entities"), (Amount, "amounts")])
def test_every_model_field_has_a_column(cls, table):
    renamed = RENAMED.get(cls.__name__, {})
    names = set(rows.columns(table))
    for field in dataclasses.fields(cls):
        assert renamed.get(field.name, field.name) in names, (cls.__name__, field.name)


def test_spark_writes_the_declared_columns_first_with_their_types():
    for table, columns in rows.TABLES.items():
        assert COLUMNS[table][:len(columns)] == [name for name, _ in columns]
        struct = ARROW_ROW_SCHEMA.field(table).type
        for name, kind in columns:
            assert struct.field(name).type == rows.arrow_type(kind), (table, name)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("rows") / "c.db"
    with Corpus(path) as c:
        c.add_articles([saidwhat.analyze(text, id=key, published=published)
                        for key, text, published in ARTICLES])
    return path


def test_exports_of_every_table_and_format_round_trip(corpus, tmp_path):
    import pandas as pd

    with Corpus(corpus) as c:
        for table, columns in rows.TABLES.items():
            names = [name for name, _ in columns]
            n = c.export("parquet", tmp_path / f"{table}.parquet", table=table)
            frame = pq.read_table(tmp_path / f"{table}.parquet")
            assert frame.schema == rows.arrow_schema(table) and frame.num_rows == n > 0
            assert list(pd.read_parquet(tmp_path / f"{table}.parquet").columns) == names
            c.export("jsonl", tmp_path / f"{table}.jsonl", table=table)
            lines = (tmp_path / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()
            assert len(lines) == n and list(json.loads(lines[0])) == names
            c.export("csv", tmp_path / f"{table}.csv", table=table)
            with open(tmp_path / f"{table}.csv", newline="", encoding="utf-8") as f:
                assert len(list(csv.DictReader(f))) == n
    articles = pq.read_table(tmp_path / "articles.parquet").to_pylist()
    texts = {a["article_id"]: a["text"] for a in articles}
    dated = {a["article_id"]: a["published"] for a in articles}
    assert dated == {"council": dt.date(2026, 3, 10), "port": None}  # dates as dates
    statements = pq.read_table(tmp_path / "attributions.parquet").to_pylist()
    for s in statements:  # the spans index the exported text
        text = texts[s["article_id"]]
        assert " … ".join(text[a:b] for a, b in s["content"]) == s["content_text"]
        assert isinstance(s["attribution_id"], int)
    amounts = pq.read_table(tmp_path / "amounts.parquet").to_pylist()
    assert all(texts[m["article_id"]][m["start"]:m["end"]] == m["text"] for m in amounts)


def test_export_with_a_search_keeps_what_it_finds(corpus, tmp_path):
    with Corpus(corpus) as c:
        n = c.export("jsonl", tmp_path / "ruiz.jsonl", speaker="Ruiz")
        found = [json.loads(x) for x in (tmp_path / "ruiz.jsonl").read_text().splitlines()]
        assert n == len(found) > 0 and {r["speaker"] for r in found} == {"Ana Ruiz"}
        c.export("jsonl", tmp_path / "arts.jsonl", table="articles", speaker="Ruiz")
        arts = [json.loads(x) for x in (tmp_path / "arts.jsonl").read_text().splitlines()]
        assert [a["article_id"] for a in arts] == ["council"]
        assert arts[0]["published"] == "2026-03-10"  # ISO text in text formats


def _table_info(path) -> dict[str, dict[str, str]]:
    db = sqlite3.connect(path)
    try:
        return {table: {name: kind for _, name, kind, *_ in
                        db.execute(f"PRAGMA table_info({table})")} for table in rows.TABLES}
    finally:
        db.close()


def _stored(path, table) -> list[dict]:
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in db.execute(f"SELECT * FROM {table} ORDER BY rowid")]
    finally:
        db.close()


def test_the_store_keeps_every_declared_column_with_its_type(corpus):
    info = _table_info(corpus)
    for table, columns in rows.TABLES.items():
        kept = {row_name: (stored, kind) for stored, row_name, kind in stored_columns(table)}
        for name, kind in columns:  # each column is stored, or said where it is instead
            assert name in kept or name in STORED[table].elsewhere, (table, name)
        for stored, kind in kept.values():
            assert info[table][stored] == SQL_TYPES[kind], (table, stored)


def test_the_store_holds_the_declared_rows(corpus):
    with Corpus(corpus) as c:
        analysed = [c.article(key) for key, _, _ in ARTICLES]
    for table in rows.TABLES:
        expected = [stored_values(table, row) for article in analysed
                    for row in rows.article_rows(article)[table]]
        names = [stored for stored, _, _ in stored_columns(table)
                 if stored != "published"]  # the store keeps the article's own value
        got = [{k: r[k] for k in names} for r in _stored(corpus, table)]
        assert got == [{k: r[k] for k in names} for r in expected] and got, table
    ranges = [m for m in _stored(corpus, "amounts") if m["value_high"] is not None]
    assert ranges and all(isinstance(m["value"], float) for m in ranges)


def test_a_version_3_store_is_brought_to_the_declared_tables(corpus, tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(corpus, old)
    as_version_3(old)
    assert "rule" not in _table_info(old)["attributions"]
    Corpus(old).close()  # opening writable upgrades it
    assert _table_info(old) == _table_info(corpus)
    for table in rows.TABLES:
        assert _stored(old, table) == _stored(corpus, table), table
