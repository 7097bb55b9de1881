"""The output tables, declared once: ``export`` (JSONL, CSV, Parquet) and Spark's
Parquet write these columns, in this order, with these types, and the SQLite store's
tables are derived from them (``store/schema.py``); ``tests/test_rows.py`` keeps the
data model, the store, its exports and Spark in step with them.

Types: ``string``, ``int``, ``bool``, ``double``, ``date`` (ISO ``YYYY-MM-DD`` in text
formats, a date in Parquet), ``spans`` (``[[start, end], ...]`` character offsets into
the article's ``text``), ``strings`` (a list of strings). In CSV, ``spans`` and
``strings`` are JSON text.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .model import Article

#: The metadata of an article that every statement row repeats.
ARTICLE_COLUMNS = [("article_id", "string"), ("title", "string"), ("published", "date"),
                   ("author", "string"), ("language", "string"), ("wire", "string"),
                   ("origin", "string"), ("url", "string")]

TABLES: dict[str, list[tuple[str, str]]] = {
    "articles": [*ARTICLE_COLUMNS, ("text", "string"), ("n_attributions", "int")],
    "attributions": [
        *ARTICLE_COLUMNS, ("attribution_id", "int"), ("kind", "string"),
        ("speaker", "string"),
        ("unresolved", "bool"), ("speaker_entity", "int"), ("speaker_rule", "string"),
        ("rule", "string"),
        ("nested_in", "int"), ("source", "spans"), ("cue", "spans"), ("content", "spans"),
        ("source_text", "string"), ("cue_text", "string"), ("content_text", "string"),
        ("about", "strings")],
    "entities": [
        ("article_id", "string"), ("entity_id", "int"), ("type", "string"),
        ("name", "string"), ("role", "string"), ("affiliation", "string"),
        ("country", "string"), ("mentions", "spans")],
    "amounts": [
        ("article_id", "string"), ("start", "int"), ("end", "int"), ("text", "string"),
        ("value", "double"), ("value_high", "double"), ("unit", "string"),
        ("of", "string"), ("attribution_id", "int"), ("speaker", "string")],
}
NAMES = tuple(TABLES)


def columns(table: str) -> list[str]:
    return [name for name, _ in TABLES[table]]


def as_date(value: str | None) -> dt.date | None:
    """A publication date as a date: its ``YYYY-MM-DD`` part, else None."""
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _spans(spans) -> list[list[int]]:
    return [[int(s), int(e)] for s, e in spans]


def article_rows(article: Article) -> dict[str, list[dict[str, Any]]]:
    """One article as the rows of every table (dicts in column order; dates as
    ``datetime.date``)."""
    prov = article.provenance
    meta = {"article_id": article.id, "title": article.title,
            "published": as_date(article.published), "author": article.author,
            "language": article.language,
            "wire": prov.wire, "origin": prov.origin, "url": prov.url}
    names = {e.id: e.name for e in article.entities}
    attributions = [{
        **meta, "attribution_id": a.id, "kind": a.kind, "speaker": a.speaker,
        "unresolved": bool(a.unresolved), "speaker_entity": a.speaker_entity,
        "speaker_rule": (a.speaker_evidence or {}).get("rule"), "rule": a.rule,
        "nested_in": a.nested_in,
        "source": _spans(a.source), "cue": _spans(a.cue), "content": _spans(a.content),
        "source_text": article.span_text(a.source), "cue_text": article.span_text(a.cue),
        "content_text": article.span_text(a.content),
        "about": [names[i] for i in a.about if i in names],
    } for a in article.attributions]
    entities = [{
        "article_id": article.id, "entity_id": e.id, "type": e.type, "name": e.name,
        "role": e.role, "affiliation": e.affiliation, "country": e.country,
        "mentions": _spans(e.mentions),
    } for e in article.entities]
    amounts = []
    for m in article.amounts:
        low, high = m.value if isinstance(m.value, list) else (m.value, None)
        amounts.append({
            "article_id": article.id, "start": m.span[0], "end": m.span[1], "text": m.text,
            "value": None if low is None else float(low),
            "value_high": None if high is None else float(high), "unit": m.unit,
            "of": m.of, "attribution_id": m.attribution, "speaker": m.speaker,
        })
    return {"articles": [{**meta, "text": article.text,
                          "n_attributions": len(article.attributions)}],
            "attributions": attributions, "entities": entities, "amounts": amounts}


def arrow_type(kind: str):
    import pyarrow as pa

    return {"string": pa.string(), "int": pa.int64(), "bool": pa.bool_(),
            "double": pa.float64(), "date": pa.date32(),
            "spans": pa.list_(pa.list_(pa.int64())), "strings": pa.list_(pa.string())}[kind]


def arrow_schema(table: str, extra: list[tuple[str, Any]] = ()):
    """The Arrow schema of a table (``extra``: more ``(name, arrow type)`` fields)."""
    import pyarrow as pa

    return pa.schema([pa.field(name, arrow_type(kind)) for name, kind in TABLES[table]]
                     + [pa.field(name, kind) for name, kind in extra])


#: Spark SQL's name for each type.
SPARK_TYPES = {"string": "string", "int": "bigint", "bool": "boolean", "double": "double",
               "date": "date", "spans": "array<array<bigint>>", "strings": "array<string>"}
