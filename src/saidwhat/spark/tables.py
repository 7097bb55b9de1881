"""The Parquet tables the Spark job writes, as plain Python rows and Arrow batches
(pyarrow, no pyspark here).

Every table but ``failures`` is partitioned by ``published_date`` (``YYYY-MM-DD``, or
``YYYY-MM``/``YYYY`` when only that is known, else ``unknown``). ``articles`` keeps the
whole ``Article.to_dict()`` as JSON in ``article_json`` so ``io.articles_from_parquet``
can rebuild the exact ``Article``; the other tables are flat for SQL.

The analysis hands its rows to Spark as Arrow record batches of one wide "tagged" row
type, ``ROW_SCHEMA``: a ``table`` name and one struct column per table, set only for
that table. Arrow moves them into the JVM column by column, with no per-row pickling,
and the writes select a struct's fields without parsing anything.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

import pyarrow as pa

from ..model import Article

UNKNOWN_DATE = "unknown"
PARTITION_COLUMN = "published_date"

_SPANS = "array<array<int>>"
#: Spark DDL schema of each table, columns in row order.
SCHEMAS: dict[str, str] = {
    "articles": (
        "id string, published string, title string, author string, url string, "
        "wire string, source string, n_words int, n_attributions int, "
        f"article_json string, {PARTITION_COLUMN} string"
    ),
    "attributions": (
        f"article_id string, id int, kind string, speaker string, unresolved boolean, "
        f"speaker_entity int, nested_in int, source {_SPANS}, cue {_SPANS}, "
        f"content {_SPANS}, source_text string, cue_text string, content_text string, "
        f"{PARTITION_COLUMN} string"
    ),
    "entities": (
        f"article_id string, id int, type string, name string, role string, "
        f"affiliation string, country string, mentions {_SPANS}, {PARTITION_COLUMN} string"
    ),
    "amounts": (
        "article_id string, start int, end int, text string, value double, "
        "value_high double, unit string, of string, attribution int, speaker string, "
        f"{PARTITION_COLUMN} string"
    ),
    "failures": "source string, record string, stage string, reason string",
}
#: Column names of each table, in row order.
COLUMNS: dict[str, list[str]] = {
    table: [column.split(" ", 1)[0] for column in schema.split(", ")]
    for table, schema in SCHEMAS.items()
}
#: The tables partitioned by publication date (all but ``failures``).
DATED_TABLES = ("articles", "attributions", "entities", "amounts")
#: The column of ``ROW_SCHEMA`` that names the table of a row.
TABLE_COLUMN = "table"

_ARROW_TYPES = {"string": pa.string(), "int": pa.int32(), "long": pa.int64(),
                "boolean": pa.bool_(), "double": pa.float64(),
                _SPANS: pa.list_(pa.list_(pa.int32()))}


def _fields(schema: str) -> list[tuple[str, str]]:
    return [tuple(column.split(" ", 1)) for column in schema.split(", ")]


#: Spark DDL of the tagged rows the analysis produces (see the module docstring).
#: Field names are quoted: ``of`` and ``end`` are SQL keywords.
ROW_SCHEMA = f"`{TABLE_COLUMN}` string, " + ", ".join(
    f"`{table}` struct<" + ", ".join(f"`{name}`: {kind}" for name, kind in _fields(schema))
    + ">" for table, schema in SCHEMAS.items())
#: The same as an Arrow schema, for the Python side.
ARROW_ROW_SCHEMA = pa.schema(
    [pa.field(TABLE_COLUMN, pa.string())]
    + [pa.field(table, pa.struct([pa.field(name, _ARROW_TYPES[kind])
                                  for name, kind in _fields(schema)]))
       for table, schema in SCHEMAS.items()])

_DATE_PREFIX = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def published_date(published: str | None) -> str:
    """The partition value of an ISO ``published`` string: its date part, or
    ``unknown`` (a readable folder name, unlike Spark's ``__HIVE_DEFAULT_PARTITION__``)."""
    match = _DATE_PREFIX.match(published or "")
    return match.group(0) if match else UNKNOWN_DATE


def _spans(spans) -> list[list[int]]:
    return [[int(s), int(e)] for s, e in spans]


def article_rows(article: Article, source: str) -> dict[str, list[tuple[Any, ...]]]:
    """One article as rows of each dated table (tuples in ``SCHEMAS`` column order)."""
    date = published_date(article.published)
    articles = [(
        article.id, article.published, article.title, article.author,
        article.provenance.url, article.provenance.wire, source,
        len(article.text.split()), len(article.attributions),
        json.dumps(article.to_dict(), ensure_ascii=False), date,
    )]
    attributions = [(
        article.id, a.id, a.kind, a.speaker, a.unresolved, a.speaker_entity, a.nested_in,
        _spans(a.source), _spans(a.cue), _spans(a.content),
        article.span_text(a.source), article.span_text(a.cue), article.span_text(a.content),
        date,
    ) for a in article.attributions]
    entities = [(
        article.id, e.id, e.type, e.name, e.role, e.affiliation, e.country,
        _spans(e.mentions), date,
    ) for e in article.entities]
    amounts = []
    for m in article.amounts:
        low, high = (m.value if isinstance(m.value, list) else (m.value, None))
        amounts.append((
            article.id, m.span[0], m.span[1], m.text,
            None if low is None else float(low), None if high is None else float(high),
            m.unit, m.of, m.attribution, m.speaker, date,
        ))
    return {"articles": articles, "attributions": attributions, "entities": entities,
            "amounts": amounts}


def record_batch(tagged: Sequence[tuple[str, tuple]]) -> pa.RecordBatch:
    """``(table, row)`` pairs -> one Arrow batch of ``ARROW_ROW_SCHEMA``."""
    tables = [table for table, _ in tagged]
    columns = [pa.array(tables, pa.string())]
    for field in list(ARROW_ROW_SCHEMA)[1:]:
        name = field.name
        columns.append(pa.array([row if table == name else None for table, row in tagged],
                                field.type))
    return pa.RecordBatch.from_arrays(columns, schema=ARROW_ROW_SCHEMA)


def failure_row(source: str, record: str | None, stage: str, reason: str) -> tuple:
    """A record that could not be read (``stage="read"``) or analysed (``"analyze"``)."""
    return (source, record, stage, reason)
