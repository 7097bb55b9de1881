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
from ..rows import SPARK_TYPES, TABLES
from ..rows import article_rows as declared_rows

UNKNOWN_DATE = "unknown"
PARTITION_COLUMN = "published_date"

#: What Spark adds to the declared tables (``rows.TABLES``): where an article was read,
#: its size, the whole analysis as JSON (``io.articles_from_parquet``), and the date
#: partition of every dated table.
_EXTRA = {"articles": "source string, n_words int, article_json string"}
#: Spark DDL schema of each table, columns in row order: the declared columns first.
SCHEMAS: dict[str, str] = {
    **{table: ", ".join([f"`{name}` {SPARK_TYPES[kind]}" for name, kind in columns]
                        + ([_EXTRA[table]] if table in _EXTRA else [])
                        + [f"{PARTITION_COLUMN} string"])
       for table, columns in TABLES.items()},
    "failures": "source string, record string, stage string, reason string",
}
#: Column names of each table, in row order.
COLUMNS: dict[str, list[str]] = {
    table: [column.split(" ", 1)[0].strip("`") for column in schema.split(", ")]
    for table, schema in SCHEMAS.items()
}
#: The tables partitioned by publication date (all but ``failures``).
DATED_TABLES = ("articles", "attributions", "entities", "amounts")
#: The column of ``ROW_SCHEMA`` that names the table of a row.
TABLE_COLUMN = "table"

_ARROW_TYPES = {"string": pa.string(), "int": pa.int32(), "bigint": pa.int64(),
                "boolean": pa.bool_(), "double": pa.float64(), "date": pa.date32(),
                SPARK_TYPES["spans"]: pa.list_(pa.list_(pa.int64())),
                SPARK_TYPES["strings"]: pa.list_(pa.string())}


def _fields(schema: str) -> list[tuple[str, str]]:
    return [(name.strip("`"), kind) for name, kind in
            (column.split(" ", 1) for column in schema.split(", "))]


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


def article_rows(article: Article, source: str) -> dict[str, list[tuple[Any, ...]]]:
    """One article as rows of each dated table (tuples in ``SCHEMAS`` column order):
    the declared rows (``rows.article_rows``) and what Spark adds."""
    date = published_date(article.published)
    extra = {"source": source, "n_words": len(article.text.split()),
             "article_json": json.dumps(article.to_dict(with_text=False),
                                        ensure_ascii=False),
             PARTITION_COLUMN: date}
    return {table: [tuple({**extra, **row}[name] for name in COLUMNS[table])
                    for row in rows]
            for table, rows in declared_rows(article).items()}


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
