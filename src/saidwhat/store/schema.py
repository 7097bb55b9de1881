"""The corpus tables: one SQLite file, WAL, FTS5 over statements and article text.

The four output tables (``rows.TABLES``: articles, attributions, entities, amounts) are
not written here by hand: each is derived from its declaration, laid out by ``STORED``
(the keys that join them, the columns named otherwise, the row columns kept elsewhere,
the store's own columns). So a column added to ``rows.py`` is a column of the store.

``articles.data`` keeps the whole analysed ``Article`` as JSON (without its text, which
has its own column), so ``Corpus.article()`` gives back exactly what the analysis made;
the other tables are the queryable, indexed view of the same data.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass, field
from typing import Any

from .. import rows

#: Written to ``meta`` so a saidwhat store is told apart from any other SQLite file.
FORMAT = "saidwhat-corpus"
VERSION = 4

#: The SQLite type of each declared type (``rows.py``); lists are JSON text.
SQL_TYPES = {"string": "TEXT", "int": "INTEGER", "bool": "INTEGER", "double": "REAL",
             "date": "TEXT", "spans": "TEXT", "strings": "TEXT"}

_ARTICLE_KEY = "article INTEGER NOT NULL REFERENCES articles (rowid) ON DELETE CASCADE"


@dataclass(frozen=True)
class Stored:
    """How one output table is kept in SQLite."""

    #: Column definitions before the row's own: the keys that join the tables.
    keys: tuple[str, ...] = ()
    #: Row column -> the store's name for it.
    renamed: dict[str, str] = field(default_factory=dict)
    #: Row columns that are not columns of this table, and where they are instead.
    elsewhere: dict[str, str] = field(default_factory=dict)
    #: Stored column -> its constraint.
    constraints: dict[str, str] = field(default_factory=dict)
    #: The store's own columns (definitions), after the row's.
    extra: tuple[str, ...] = ()
    #: Table constraints.
    unique: tuple[str, ...] = ()
    #: Statements run after the table is created (indexes).
    after: str = ""


_JOINED = "the articles table, through the article key"
STORED: dict[str, Stored] = {
    "articles": Stored(
        keys=("rowid INTEGER PRIMARY KEY",), renamed={"article_id": "id"},
        constraints={"id": "NOT NULL UNIQUE", "text": "NOT NULL",
                     "n_attributions": "NOT NULL"},
        # published: the article's own value, with its time when given (the newest
        # first within a day needs it), not only the row's date
        extra=("content_hash TEXT NOT NULL UNIQUE",  # sha256 of the text: its identity
               "data TEXT NOT NULL",  # Article.to_dict(with_text=False) as JSON
               "added TEXT NOT NULL"),
        after="CREATE INDEX articles_published ON articles (published);\n"
              "CREATE INDEX articles_wire ON articles (wire COLLATE NOCASE);"),
    "attributions": Stored(
        keys=("rowid INTEGER PRIMARY KEY", _ARTICLE_KEY),
        renamed={"attribution_id": "id"},
        # published stays here so "newest" needs no join
        elsewhere={**{name: _JOINED for name, _ in rows.ARTICLE_COLUMNS
                      if name != "published"},
                   "about": "attribution_about"},
        constraints={name: "NOT NULL" for name in (
            "id", "kind", "unresolved", "source", "cue", "content", "source_text",
            "cue_text", "content_text")},
        # what --speaker matches: the speaker name, or the source as written when the
        # speaker is unknown (so a name in the source is still found)
        extra=("speaker_key TEXT NOT NULL",), unique=("article", "id"),
        after="CREATE INDEX attributions_published ON attributions (published);\n"
              "CREATE INDEX attributions_speaker ON attributions"
              " (speaker COLLATE NOCASE, published);"),
    "entities": Stored(
        keys=("rowid INTEGER PRIMARY KEY", _ARTICLE_KEY), renamed={"entity_id": "id"},
        elsewhere={"article_id": _JOINED},
        constraints={name: "NOT NULL" for name in ("id", "type", "name", "mentions")},
        unique=("article", "id")),
    "amounts": Stored(
        keys=(_ARTICLE_KEY,), renamed={"attribution_id": "attribution"},
        elsewhere={"article_id": _JOINED},
        constraints={name: "NOT NULL" for name in ("start", "end", "text")},
        after="CREATE INDEX amounts_article ON amounts (article);"),
}


def stored_columns(table: str) -> list[tuple[str, str, str]]:
    """``(stored name, row name, declared type)`` of the row columns ``table`` keeps."""
    layout = STORED[table]
    return [(layout.renamed.get(name, name), name, kind) for name, kind in rows.TABLES[table]
            if name not in layout.elsewhere]


def create_table(table: str, name: str | None = None) -> str:
    """The ``CREATE TABLE`` of an output table (as ``name``), with its indexes."""
    layout = STORED[table]
    columns = [*layout.keys, *(
        f'"{stored}" {SQL_TYPES[kind]} {layout.constraints.get(stored, "")}'.rstrip()
        for stored, _, kind in stored_columns(table)), *layout.extra]
    if layout.unique:
        columns.append(f"UNIQUE ({', '.join(layout.unique)})")
    body = ",\n    ".join(columns)
    return (f"CREATE TABLE {name or table} (\n    {body}\n);\n"
            + ("" if name else layout.after + "\n"))


def stored_values(table: str, row: dict[str, Any], **own: Any) -> dict[str, Any]:
    """One row of ``rows.article_rows`` as the store keeps it (lists as JSON text, dates
    as ISO text, booleans as 0/1), with the store's ``own`` columns; ``own`` also
    overrides a row's value."""
    values = {}
    for stored, name, kind in stored_columns(table):
        value = row[name]
        if value is not None and kind in ("spans", "strings"):
            value = json.dumps(value, ensure_ascii=False)
        elif isinstance(value, dt.date):
            value = value.isoformat()
        elif kind == "bool" and value is not None:
            value = int(value)
        values[stored] = value
    values.update(own)
    return values


@functools.cache
def insert_statement(table: str, columns: tuple[str, ...]) -> str:
    """The INSERT of these columns (built once: every stored row asks)."""
    names = ", ".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"


#: One speaker across articles (``people.py``): each resolved speaker name -> the name
#: of its group, recomputed as names arrive; and the user's own decisions, kept apart
#: from the articles so that they survive re-ingest (a NULL group: stands alone).
SPEAKER_GROUPS = """
CREATE TABLE speaker_groups (
    name TEXT PRIMARY KEY COLLATE NOCASE,
    canonical TEXT NOT NULL COLLATE NOCASE
);
CREATE INDEX speaker_groups_canonical ON speaker_groups (canonical);
CREATE TABLE speaker_overrides (
    name TEXT PRIMARY KEY COLLATE NOCASE,
    canonical TEXT COLLATE NOCASE
);
"""

#: Version 4: the store follows ``rows.py``. Articles gain their language (every
#: earlier store is English); statements the construction that found them and the
#: speaker's rule (taken from the stored analysis); an amount's value is a number, a
#: range's upper end its own column (version 3 kept JSON text).
_FOLLOW_ROWS = """
ALTER TABLE articles ADD COLUMN language TEXT;
UPDATE articles SET language = 'en';
ALTER TABLE attributions ADD COLUMN rule TEXT;
ALTER TABLE attributions ADD COLUMN speaker_rule TEXT;
UPDATE attributions SET (rule, speaker_rule) = (
    SELECT json_extract(j.value, '$.rule'), json_extract(j.value, '$.speaker_evidence.rule')
    FROM articles ar, json_each(ar.data, '$.attributions') j
    WHERE ar.rowid = attributions.article AND json_extract(j.value, '$.id') = attributions.id);
""" + create_table("amounts", "amounts_v4") + """
INSERT INTO amounts_v4 (article, attribution, start, "end", text, value, value_high, unit,
                        "of", speaker)
SELECT article, attribution, start, "end", text,
       CASE WHEN json_type(value) = 'array' THEN json_extract(value, '$[0]')
            ELSE CAST(value AS REAL) END,
       CASE WHEN json_type(value) = 'array' THEN json_extract(value, '$[1]') END,
       unit, "of", speaker
FROM amounts;
DROP TABLE amounts;
ALTER TABLE amounts_v4 RENAME TO amounts;
""" + STORED["amounts"].after

#: Steps that bring an older store to ``VERSION``: from version n, ``MIGRATIONS[n]``.
MIGRATIONS = {2: SPEAKER_GROUPS, 3: _FOLLOW_ROWS}

SCHEMA = "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);\n\n" + "\n".join(
    create_table(table) for table in ("articles", "attributions")) + """
-- who speaks how much, kept up to date on insert (a GROUP BY over millions of
-- statements is too slow for a listing)
CREATE TABLE speakers (
    name TEXT NOT NULL COLLATE NOCASE,
    unresolved INTEGER NOT NULL,
    statements INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    first TEXT, last TEXT,
    PRIMARY KEY (name, unresolved)
);
CREATE INDEX speakers_statements ON speakers (statements DESC);
""" + SPEAKER_GROUPS + "\n" + create_table("entities") + create_table("amounts") + """
-- which entities a statement is about (Attribution.about)
CREATE TABLE attribution_about (
    attribution INTEGER NOT NULL REFERENCES attributions (rowid) ON DELETE CASCADE,
    article INTEGER NOT NULL,
    entity INTEGER NOT NULL
);
CREATE INDEX attribution_about_attribution ON attribution_about (attribution);
CREATE INDEX attribution_about_entity ON attribution_about (article, entity);

-- porter: "sanction" finds "sanctions"; external content: the text is stored once
CREATE VIRTUAL TABLE attribution_fts USING fts5 (
    content_text, speaker_key,
    content = 'attributions', content_rowid = 'rowid', tokenize = 'porter unicode61'
);
CREATE TRIGGER attributions_ai AFTER INSERT ON attributions BEGIN
    INSERT INTO attribution_fts (rowid, content_text, speaker_key)
    VALUES (new.rowid, new.content_text, new.speaker_key);
END;
CREATE TRIGGER attributions_ad AFTER DELETE ON attributions BEGIN
    INSERT INTO attribution_fts (attribution_fts, rowid, content_text, speaker_key)
    VALUES ('delete', old.rowid, old.content_text, old.speaker_key);
END;

-- --about finds entities by any word of their name
CREATE VIRTUAL TABLE entity_fts USING fts5 (
    name, content = 'entities', content_rowid = 'rowid', tokenize = 'porter unicode61'
);
CREATE TRIGGER entities_ai AFTER INSERT ON entities BEGIN
    INSERT INTO entity_fts (rowid, name) VALUES (new.rowid, new.name);
END;
CREATE TRIGGER entities_ad AFTER DELETE ON entities BEGIN
    INSERT INTO entity_fts (entity_fts, rowid, name) VALUES ('delete', old.rowid, old.name);
END;

CREATE VIRTUAL TABLE article_fts USING fts5 (
    title, text,
    content = 'articles', content_rowid = 'rowid', tokenize = 'porter unicode61'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO article_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO article_fts (article_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;
"""
