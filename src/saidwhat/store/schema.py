"""The corpus tables: one SQLite file, WAL, FTS5 over statements and article text.

``articles.data`` keeps the whole analysed ``Article`` as JSON (without its text, which
has its own column), so ``Corpus.article()`` gives back exactly what the analysis made;
the other tables are the queryable, indexed view of the same data.
"""

from __future__ import annotations

#: Written to ``meta`` so a saidwhat store is told apart from any other SQLite file.
FORMAT = "saidwhat-corpus"
VERSION = 3

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

#: Steps that bring an older store to ``VERSION``: from version n, ``MIGRATIONS[n]``.
MIGRATIONS = {2: SPEAKER_GROUPS}

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,   -- sha256 of the text: the article's identity
    title TEXT, published TEXT, author TEXT,
    wire TEXT, origin TEXT, url TEXT,
    text TEXT NOT NULL,
    data TEXT NOT NULL,                  -- Article.to_dict(with_text=False) as JSON
    n_attributions INTEGER NOT NULL,
    added TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_wire ON articles (wire COLLATE NOCASE);

CREATE TABLE attributions (
    rowid INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles (rowid) ON DELETE CASCADE,
    id INTEGER NOT NULL,                 -- Attribution.id inside its article
    kind TEXT NOT NULL,
    speaker TEXT,
    unresolved INTEGER NOT NULL,
    speaker_entity INTEGER,
    nested_in INTEGER,
    source TEXT NOT NULL, cue TEXT NOT NULL, content TEXT NOT NULL,   -- spans as JSON
    source_text TEXT NOT NULL, cue_text TEXT NOT NULL, content_text TEXT NOT NULL,
    -- what --speaker matches: the speaker name, or the source as written when the
    -- speaker is unknown (so a name in the source is still found)
    speaker_key TEXT NOT NULL,
    published TEXT,                      -- the article's, here so "newest" needs no join
    UNIQUE (article, id)
);
CREATE INDEX attributions_published ON attributions (published);
CREATE INDEX attributions_speaker ON attributions (speaker COLLATE NOCASE, published);

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
""" + SPEAKER_GROUPS + """

CREATE TABLE entities (
    rowid INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles (rowid) ON DELETE CASCADE,
    id INTEGER NOT NULL,
    type TEXT NOT NULL, name TEXT NOT NULL,
    role TEXT, affiliation TEXT, country TEXT,
    mentions TEXT NOT NULL,
    UNIQUE (article, id)
);

-- which entities a statement is about (Attribution.about)
CREATE TABLE attribution_about (
    attribution INTEGER NOT NULL REFERENCES attributions (rowid) ON DELETE CASCADE,
    article INTEGER NOT NULL,
    entity INTEGER NOT NULL
);
CREATE INDEX attribution_about_attribution ON attribution_about (attribution);
CREATE INDEX attribution_about_entity ON attribution_about (article, entity);

CREATE TABLE amounts (
    article INTEGER NOT NULL REFERENCES articles (rowid) ON DELETE CASCADE,
    attribution INTEGER,                 -- Attribution.id inside the article
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL, value TEXT, unit TEXT, "of" TEXT, speaker TEXT
);
CREATE INDEX amounts_article ON amounts (article);

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
