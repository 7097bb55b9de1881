"""Export every attribution with its article's metadata: jsonl, csv or parquet."""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import SaidwhatError

FORMATS = ("jsonl", "csv", "parquet")

#: Column order of every format; spans are [[start, end], ...] into the article text.
COLUMNS = ("article_id", "title", "published", "author", "wire", "origin", "url",
           "attribution_id", "kind", "speaker", "unresolved", "nested_in", "source", "cue",
           "content", "source_text", "cue_text", "content_text", "about")
_SPAN_COLUMNS = ("source", "cue", "content")
_ROWS_PER_PARQUET_BATCH = 10_000

_SQL = """
SELECT ar.id, ar.title, ar.published, ar.author, ar.wire, ar.origin, ar.url,
    a.id, a.kind, a.speaker, a.unresolved, a.nested_in, a.source, a.cue, a.content,
    a.source_text, a.cue_text, a.content_text,
    (SELECT json_group_array(e.name) FROM attribution_about ab JOIN entities e
        ON e.article = ab.article AND e.id = ab.entity WHERE ab.attribution = a.rowid)
FROM attributions a JOIN articles ar ON ar.rowid = a.article
ORDER BY ar.rowid, a.id
"""


def export(db: sqlite3.Connection, fmt: str, out: str | Path | IO[str]) -> int:
    if fmt not in FORMATS:
        raise SaidwhatError(f"unknown export format {fmt!r}: use {', '.join(FORMATS)}")
    rows = _records(db)
    if fmt == "parquet":
        if not isinstance(out, (str, Path)) or str(out) == "-":
            raise SaidwhatError("parquet needs a file: give -o FILE.parquet")
        return _write_parquet(rows, Path(out))
    if isinstance(out, (str, Path)) and str(out) != "-":
        with open(out, "w", encoding="utf-8", newline="") as f:
            return _write_text(rows, fmt, f)
    return _write_text(rows, fmt, out if not isinstance(out, (str, Path)) else sys.stdout)


def records_for(db: sqlite3.Connection, rowids: list[int]) -> list[dict[str, Any]]:
    """The export rows of these attributions (rowids), in that order."""
    sql = _SQL.replace("ORDER BY ar.rowid, a.id",
                       f"WHERE a.rowid IN ({','.join('?' * len(rowids))})")
    by_rowid = {}
    select = sql.replace("SELECT ar.id,", "SELECT a.rowid, ar.id,", 1)
    for row in db.execute(select, rowids):
        by_rowid[row[0]] = row[1:]
    return [r for r in _records(db, (by_rowid[i] for i in rowids if i in by_rowid))]


def write_csv(records: list[dict[str, Any]], out: IO[str]) -> int:
    """Export rows as CSV, with the header even when there are none."""
    return _write_text(iter(records), "csv", out)


def _records(db: sqlite3.Connection, rows=None) -> Iterator[dict[str, Any]]:
    for row in (db.execute(_SQL) if rows is None else rows):
        record = dict(zip(COLUMNS, row))
        record["unresolved"] = bool(record["unresolved"])
        for col in _SPAN_COLUMNS:
            record[col] = json.loads(record[col])
        record["about"] = json.loads(record["about"])
        yield record


def _write_text(rows: Iterator[dict[str, Any]], fmt: str, out: IO[str]) -> int:
    n = 0
    if fmt == "jsonl":
        for n, record in enumerate(rows, 1):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return n
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    for n, record in enumerate(rows, 1):
        for col in (*_SPAN_COLUMNS, "about"):  # lists as JSON text in a CSV cell
            record[col] = json.dumps(record[col], ensure_ascii=False)
        writer.writerow(record)
    return n


def _write_parquet(rows: Iterator[dict[str, Any]], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    spans = pa.list_(pa.list_(pa.int64()))
    schema = pa.schema([
        ("article_id", pa.string()), ("title", pa.string()), ("published", pa.string()),
        ("author", pa.string()), ("wire", pa.string()), ("origin", pa.string()),
        ("url", pa.string()), ("attribution_id", pa.int64()), ("kind", pa.string()),
        ("speaker", pa.string()), ("unresolved", pa.bool_()), ("nested_in", pa.int64()),
        ("source", spans), ("cue", spans), ("content", spans), ("source_text", pa.string()),
        ("cue_text", pa.string()), ("content_text", pa.string()),
        ("about", pa.list_(pa.string())),
    ])
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for record in rows:
            batch.append(record)
            if len(batch) >= _ROWS_PER_PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
        n += len(batch)
    return n
