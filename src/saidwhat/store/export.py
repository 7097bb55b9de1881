"""Export a table of the corpus (``rows.TABLES``: articles, attributions, entities,
amounts) as jsonl, csv or parquet, optionally only what a search selects.

Rows come from the stored analysis (``articles.data``, the whole ``Article``) through
``rows.article_rows``: the same rows the Spark job writes, with the same columns and
types.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .. import rows as declared
from ..errors import SaidwhatError
from ..model import Article

FORMATS = ("jsonl", "csv", "parquet")
#: Columns of the default table (``attributions``), in order.
COLUMNS = tuple(declared.columns("attributions"))
_ROWS_PER_PARQUET_BATCH = 10_000


def export(db: sqlite3.Connection, fmt: str, out: str | Path | IO[str], *,
           table: str = "attributions",
           selected: dict[str, set[int] | None] | None = None) -> int:
    """Write ``table``; ``selected``: article id -> the attribution ids to keep (None:
    all of the article), only those articles (None: every article)."""
    if fmt not in FORMATS:
        raise SaidwhatError(f"unknown export format {fmt!r}: use {', '.join(FORMATS)}")
    if table not in declared.TABLES:
        raise SaidwhatError(f"unknown table {table!r}: use {', '.join(declared.NAMES)}")
    rows = _rows(db, table, selected)
    if fmt == "parquet":
        if not isinstance(out, (str, Path)) or str(out) == "-":
            raise SaidwhatError("parquet needs a file: give -o FILE.parquet")
        return _write_parquet(rows, table, Path(out))
    if isinstance(out, (str, Path)) and str(out) != "-":
        with open(out, "w", encoding="utf-8", newline="") as f:
            return _write_text(rows, table, fmt, f)
    return _write_text(rows, table, fmt, out if not isinstance(out, (str, Path)) else sys.stdout)


def _articles(db: sqlite3.Connection, ids: Iterable[str] | None) -> Iterator[Article]:
    if ids is None:
        cursor = db.execute("SELECT text, data FROM articles ORDER BY rowid")
    else:
        wanted = sorted(ids)
        cursor = (row for i in range(0, len(wanted), 500) for row in db.execute(
            "SELECT text, data FROM articles WHERE id IN"
            f" ({','.join('?' * len(wanted[i:i + 500]))}) ORDER BY rowid", wanted[i:i + 500]))
    for text, data in cursor:
        record = json.loads(data)
        record["text"] = text
        yield Article.from_dict(record)


def _rows(db: sqlite3.Connection, table: str,
          selected: dict[str, set[int] | None] | None) -> Iterator[dict[str, Any]]:
    for article in _articles(db, None if selected is None else selected.keys()):
        keep = None if selected is None else selected.get(article.id)
        for row in declared.article_rows(article)[table]:
            if keep is not None and table == "attributions" and \
                    row["attribution_id"] not in keep:
                continue
            yield row


def records_for(db: sqlite3.Connection, rowids: list[int]) -> list[dict[str, Any]]:
    """The export rows of these attributions (rowids), in that order, dates as text."""
    if not rowids:
        return []
    marks = ",".join("?" * len(rowids))
    pairs = db.execute(
        "SELECT a.rowid, ar.id, a.id FROM attributions a JOIN articles ar"
        f" ON ar.rowid = a.article WHERE a.rowid IN ({marks})", rowids).fetchall()
    by_pair = {}
    selected: dict[str, set[int] | None] = {}
    for rowid, article_id, attribution_id in pairs:
        selected.setdefault(article_id, set()).add(attribution_id)
    for row in _rows(db, "attributions", selected):
        by_pair[row["article_id"], row["attribution_id"]] = _text_row(row)
    order = {rowid: (a, i) for rowid, a, i in pairs}
    return [by_pair[order[r]] for r in rowids if r in order and order[r] in by_pair]


def write_csv(records: list[dict[str, Any]], out: IO[str]) -> int:
    """Export rows (of ``attributions``) as CSV, with the header even when there are none."""
    return _write_text(iter(records), "attributions", "csv", out)


def _text_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in row.items()}


def _write_text(rows: Iterator[dict[str, Any]], table: str, fmt: str, out: IO[str]) -> int:
    n = 0
    if fmt == "jsonl":
        for n, record in enumerate(rows, 1):
            out.write(json.dumps(_text_row(record), ensure_ascii=False) + "\n")
        return n
    listed = [name for name, kind in declared.TABLES[table] if kind in ("spans", "strings")]
    writer = csv.DictWriter(out, fieldnames=declared.columns(table))
    writer.writeheader()
    for n, record in enumerate(rows, 1):
        record = _text_row(record)
        for col in listed:  # lists as JSON text in a CSV cell
            record[col] = json.dumps(record[col], ensure_ascii=False)
        writer.writerow(record)
    return n


def _write_parquet(rows: Iterator[dict[str, Any]], table: str, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = declared.arrow_schema(table)
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
