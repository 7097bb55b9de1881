"""``Corpus``: analysed articles in one SQLite file, searchable by statement.

An article's identity is the sha256 of its text, so storing the same text twice adds
nothing (re-ingesting a crawl is free). Two different texts that arrive under the same
id (file stems such as ``index`` collide across folders all the time) are both kept:
the later one is stored as ``id~2`` (``~3`` ...), because replacing would silently
lose an article the user had stored, and refusing would stop a long ingest.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from ..errors import SaidwhatError
from ..model import KINDS, Article
from .query import QUERY_HELP, date_bound, fts_query, phrase
from .export import records_for
from .people import group_names
from .. import rows as declared
from .schema import FORMAT, MIGRATIONS, SCHEMA, VERSION, insert_statement, stored_values

#: ``Hit.snippet`` marks each match between these two characters
#: (use ``Hit.snippet_parts()`` to style or escape them).
MATCH_START, MATCH_END = "\x02", "\x03"
SNIPPET_TOKENS = 40  # FTS5 allows up to 64


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Hit:
    """One stored statement found by ``Corpus.search`` / ``statements_by``."""

    article_id: str
    attribution_id: int
    speaker: str | None
    unresolved: bool
    kind: str
    cue_text: str
    source_text: str
    content_text: str
    snippet: str  # the content with matches between MATCH_START and MATCH_END
    title: str | None
    published: str | None
    wire: str | None

    def snippet_parts(self) -> list[tuple[str, bool]]:
        """The snippet as ``(text, is_match)`` pieces."""
        parts: list[tuple[str, bool]] = []
        for i, piece in enumerate(self.snippet.split(MATCH_START)):
            if i == 0:
                parts.append((piece, False))
                continue
            match, _, rest = piece.partition(MATCH_END)
            parts += [(match, True), (rest, False)]
        return [(t, m) for t, m in parts if t]

    def marked_snippet(self, start: str = "[", end: str = "]") -> str:
        return self.snippet.replace(MATCH_START, start).replace(MATCH_END, end)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["snippet"] = self.marked_snippet()
        return d


@dataclass
class SpeakerStat:
    name: str  # the group's name: its most quoted full name
    unresolved: bool
    statements: int
    articles: int  # summed over the group's names
    first: str | None  # earliest published date of an article quoting them
    last: str | None
    #: the other names the corpus gives the same speaker (``people.group_names``)
    aliases: list[str] = field(default_factory=list)


@dataclass
class ArticleSummary:
    id: str
    title: str | None
    published: str | None
    author: str | None
    wire: str | None
    url: str | None
    attributions: int


@dataclass
class AddResult:
    added: list[str] = field(default_factory=list)  # ids as stored
    duplicates: int = 0  # same text already stored
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (given id, stored id)


_HIT_COLUMNS = """ar.id, a.id, a.speaker, a.unresolved, a.kind, a.cue_text, a.source_text,
    a.content_text, ar.title, ar.published, ar.wire, a.rowid"""


def _problem(path: Path, exc: Exception) -> str:
    """What an SQLite error means for the user; "damaged" only when SQLite says so."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return (f"{path} is busy ({exc}): another process is writing to it; "
                "try again when it is done")
    if "readonly" in text or "read-only" in text:
        return (f"{path} is read-only ({exc}): make it writable, or copy it to a "
                "writable folder")
    if "disk is full" in text or "database or disk is full" in text:
        return f"no space left for {path} ({exc}): free disk space and run again"
    if "unable to open" in text:
        return (f"cannot open {path} ({exc}): check the file's and its folder's "
                "permissions")
    if isinstance(exc, UnicodeDecodeError) or "malformed" in text or "not a database" in text \
            or "corrupt" in text:
        return (f"{path} is damaged ({type(exc).__name__}: {exc}); restore it from a copy "
                "or ingest the articles again into a new --db file")
    return f"{path}: the database answered {type(exc).__name__}: {exc}"


#: Facets count the first this many statements a search finds.
FACET_SAMPLE = 1_000
#: Numbers a user gives for paging are clamped to what SQLite's integers hold.
MAX_PAGE_NUMBER = 10**15


def _page(limit: int, offset: int) -> tuple[int, int]:
    """LIMIT and OFFSET bounded: ``offset=2**63`` is past every row, not an overflow."""
    return (min(max(int(limit), 0), MAX_PAGE_NUMBER), min(max(int(offset), 0), MAX_PAGE_NUMBER))


def _reports_damage(method):
    """A broken or busy store file becomes one clear SaidwhatError, not a traceback."""
    @functools.wraps(method)
    def checked(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.IntegrityError:  # the articles given are malformed: caller's bug
            raise
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            raise SaidwhatError(_problem(self.path, exc)) from None
    return checked


class Corpus:
    """Analysed articles in an SQLite file: add, ingest, search, export.

    >>> with Corpus("corpus.db") as corpus:            # doctest: +SKIP
    ...     corpus.ingest(["crawl/"])
    ...     corpus.search("sanctions", speaker="Borodavkin", since="2022")
    """

    def __init__(self, path: str | Path, *, readonly: bool = False,
                 on_wait: Callable[[float], None] | None = None):
        self.path = Path(path)
        #: Called with the seconds waited so far while another process writes.
        self.on_wait = on_wait
        self.readonly = readonly
        self._lock = threading.RLock()
        if readonly and not self.path.exists():
            raise SaidwhatError(f"no corpus at {self.path}: create it with "
                                f"`saidwhat ingest ARTICLES --db {self.path}`")
        if not readonly and not self.path.parent.exists():
            raise SaidwhatError(f"cannot create {self.path}: folder {self.path.parent} "
                                "does not exist")
        try:
            uri = f"file:{self.path.resolve()}?mode=ro" if readonly else str(self.path)
            if readonly and not os.access(self.path.resolve().parent, os.W_OK):
                # A read-only mount: SQLite cannot make the WAL's shared-memory file, and
                # nothing can change the file, so it is read without locks.
                uri += "&immutable=1"
            self._db = sqlite3.connect(uri, uri=readonly, isolation_level=None,
                                       check_same_thread=False, timeout=_BUSY_SECONDS)
            self._db.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = NORMAL")
            self._check_or_create()
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            self._close_quietly()
            if isinstance(exc, sqlite3.DatabaseError) and "not a database" in str(exc):
                raise SaidwhatError(f"{self.path} is not a saidwhat corpus ({exc}); "
                                    "give another --db file") from None
            raise SaidwhatError(_problem(self.path, exc)) from None

    # -- opening ---------------------------------------------------------------------

    def _check_or_create(self) -> None:
        tables = {r[0] for r in self._db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            if self.readonly:
                raise SaidwhatError(f"{self.path} is an empty database, not a saidwhat "
                                    "corpus; create one with `saidwhat ingest`")
            # one script, one transaction: a half-created schema is never left behind
            self._db.executescript(
                f"BEGIN IMMEDIATE; {SCHEMA} INSERT INTO meta VALUES ('format', '{FORMAT}'),"
                f" ('version', '{VERSION}'); COMMIT;")
            return
        meta = dict(self._db.execute("SELECT key, value FROM meta")) if "meta" in tables else {}
        if meta.get("format") != FORMAT:
            raise SaidwhatError(f"{self.path} is an SQLite database but not a saidwhat "
                                "corpus; give another --db file")
        version = int(meta.get("version", 0))
        if version > VERSION:
            raise SaidwhatError(f"{self.path} was written by a newer saidwhat (store "
                                f"version {version}); upgrade saidwhat")
        if version < VERSION:
            self._migrate(version)

    def _migrate(self, version: int) -> None:
        """Bring a store written by an earlier saidwhat up to ``VERSION``, one step at a
        time, each in one transaction."""
        if version not in MIGRATIONS:
            raise SaidwhatError(f"{self.path} is an older saidwhat corpus (store version "
                                f"{version}); ingest the articles into a new --db file")
        if self.readonly:
            raise SaidwhatError(f"{self.path} is an older saidwhat corpus (store version "
                                f"{version}) opened read-only; open it once writable to "
                                "upgrade it")
        while version < VERSION:
            with self._transaction():
                for statement in MIGRATIONS[version].split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                version += 1
                self._db.execute("UPDATE meta SET value = ? WHERE key = 'version'",
                                 (str(version),))
                self._regroup()

    def _transaction(self):
        return _Transaction(self._db, self.path, self.on_wait)

    def close(self) -> None:
        with self._lock:
            self._close_quietly()

    def _close_quietly(self) -> None:
        db = getattr(self, "_db", None)
        if db is not None:
            db.close()
            self._db = None

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------

    @_reports_damage
    def add_articles(self, articles: Iterable[Article], *, regroup: bool = True
                     ) -> AddResult:
        """Store analysed articles in ONE transaction; text already stored is skipped.
        ``regroup``: bring the speaker groups up to date at once (a long ingest passes
        False for its batches and calls ``regroup`` once at the end: regrouping reads
        every speaker name)."""
        if self.readonly:
            raise SaidwhatError(f"{self.path} is open read-only; cannot add articles")
        result = AddResult()
        with self._lock, self._transaction():
            for article in articles:
                digest = content_hash(article.text)
                if self._db.execute("SELECT 1 FROM articles WHERE content_hash = ?",
                                    (digest,)).fetchone():
                    result.duplicates += 1
                    continue
                stored_id = self._free_id(article.id)
                if stored_id != article.id:
                    result.renamed.append((article.id, stored_id))
                self._insert(article, stored_id, digest)
                result.added.append(stored_id)
            if regroup and result.added and self._db.execute(
                    "SELECT 1 FROM speakers s WHERE unresolved = 0 AND NOT EXISTS"
                    " (SELECT 1 FROM speaker_groups g WHERE g.name = s.name)").fetchone():
                self._regroup()
        return result

    def regroup(self) -> None:
        """Bring the speaker groups up to date with every stored name (after
        ``add_articles(..., regroup=False)``); names not yet grouped meanwhile are
        speakers of their own in every listing."""
        if self.readonly:
            raise SaidwhatError(f"{self.path} is open read-only; cannot change speakers")
        with self._lock, self._transaction():
            self._regroup()

    def _regroup(self) -> None:
        """Recompute every name's group (inside the caller's transaction): a new name
        can join an old group, or make a surname ambiguous that was not."""
        counts = self._db.execute(
            "SELECT name, sum(statements) FROM speakers WHERE unresolved = 0"
            " GROUP BY name COLLATE NOCASE").fetchall()
        overrides = dict(self._db.execute("SELECT name, canonical FROM speaker_overrides"))
        groups = group_names(counts, overrides)
        self._db.execute("DELETE FROM speaker_groups")
        self._db.executemany("INSERT INTO speaker_groups VALUES (?, ?)", groups.items())

    def set_speaker_group(self, name: str, group: str | None) -> None:
        """A user's decision: ``name`` is the speaker ``group`` names (merge), or, with
        None, a speaker of its own (split); with "" the decision is forgotten (grouped
        automatically again). Kept apart from the articles: it survives re-ingest."""
        if self.readonly:
            raise SaidwhatError(f"{self.path} is open read-only; cannot change speakers")
        with self._lock, self._transaction():
            if group == "":
                self._db.execute("DELETE FROM speaker_overrides WHERE name = ?", (name,))
            else:
                self._db.execute("INSERT INTO speaker_overrides VALUES (?, ?) ON CONFLICT"
                                 " DO UPDATE SET canonical = excluded.canonical",
                                 (name, group))
            self._regroup()

    def speaker_overrides(self) -> list[tuple[str, str | None]]:
        with self._lock:
            return self._db.execute(
                "SELECT name, canonical FROM speaker_overrides ORDER BY name").fetchall()

    @_reports_damage
    def aliases_of(self, speaker: str) -> list[str]:
        """Every name of the speaker group ``speaker`` belongs to or names (any case);
        just ``[speaker]`` when it is in no group."""
        with self._lock:
            rows = self._db.execute(
                "SELECT name FROM speaker_groups WHERE canonical = (SELECT canonical FROM"
                " speaker_groups WHERE name = ? OR canonical = ? LIMIT 1)",
                (speaker, speaker)).fetchall()
        return [r[0] for r in rows] or [speaker]

    def _free_id(self, article_id: str) -> str:
        candidate, n = article_id, 1
        while self._db.execute("SELECT 1 FROM articles WHERE id = ?", (candidate,)).fetchone():
            n += 1
            candidate = f"{article_id}~{n}"
        return candidate

    def _insert(self, article: Article, stored_id: str, digest: str) -> None:
        """Store one article: its rows (``rows.article_rows``) in the tables derived from
        them (``schema.STORED``), and the store's own keys and columns."""
        data = article.to_dict(with_text=False)
        data["id"] = stored_id
        tables = declared.article_rows(article)
        art_row = self._insert_row("articles", tables["articles"][0], id=stored_id,
                                   published=article.published, content_hash=digest,
                                   data=json.dumps(data, ensure_ascii=False),
                                   added=dt.datetime.now(dt.timezone.utc).isoformat(
                                       timespec="seconds"))
        for a, row in zip(article.attributions, tables["attributions"]):
            att_row = self._insert_row(
                "attributions", row, article=art_row, published=article.published,
                speaker_key=a.speaker or row["source_text"])
            if a.about:
                self._db.executemany(
                    "INSERT INTO attribution_about VALUES (?, ?, ?)",
                    [(att_row, art_row, entity) for entity in a.about])
        statements = Counter((a.speaker, bool(a.unresolved))
                             for a in article.attributions if a.speaker)
        self._db.executemany(
            "INSERT INTO speakers VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT DO UPDATE SET"
            " statements = statements + excluded.statements, articles = articles + 1,"
            " first = min(coalesce(first, excluded.first), coalesce(excluded.first, first)),"
            " last = max(coalesce(last, excluded.last), coalesce(excluded.last, last))",
            [(name, int(unresolved), n, article.published, article.published)
             for (name, unresolved), n in statements.items()])
        for table in ("entities", "amounts"):
            for row in tables[table]:
                self._insert_row(table, row, article=art_row)

    def _insert_row(self, table: str, row: dict[str, Any], **own: Any) -> int:
        values = stored_values(table, row, **own)
        return self._db.execute(insert_statement(table, tuple(values)),
                                list(values.values())).lastrowid

    @_reports_damage
    def stored_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these content hashes are already stored."""
        hashes = list(hashes)
        found: set[str] = set()
        with self._lock:
            for i in range(0, len(hashes), 500):
                chunk = hashes[i:i + 500]
                found.update(r[0] for r in self._db.execute(
                    "SELECT content_hash FROM articles WHERE content_hash IN "
                    f"({','.join('?' * len(chunk))})", chunk))
        return found

    def ingest(self, paths: Iterable[str], *, workers: int | None = None,
               batch_size: int = 16, progress=None, on_error=None,
               language: str | None = None):
        """Read, analyse (in ``workers`` processes) and store articles; see ``ingest.py``."""
        from .ingest import ingest

        return ingest(self, paths, workers=workers, batch_size=batch_size,
                      progress=progress, on_error=on_error, language=language)

    # -- reading ---------------------------------------------------------------------

    @_reports_damage
    def search(self, query: str | None = None, *, speaker: str | None = None,
               about: str | None = None, since: str | dt.date | None = None,
               until: str | dt.date | None = None, kind: str | None = None,
               wire: str | None = None, order: str | None = None, limit: int = 50,
               offset: int = 0, outlet: str | None = None,
               language: str | None = None) -> list[Hit]:
        """Statements matching ``query`` (FTS5 over the content; see ``store.query``)
        and the filters. ``speaker`` matches words of the speaker's name
        (``Borodavkin`` finds ``Alexey Borodavkin``); ``about`` an entity the statement
        is about or a phrase in it. ``order``: ``rank`` (default with a query),
        ``newest`` (default without), ``oldest``."""
        with self._lock:
            rowids, match = self._rowids(query, speaker=speaker, about=about, since=since,
                                         until=until, kind=kind, wire=wire, order=order,
                                         limit=limit, offset=offset, outlet=outlet,
                                         language=language)
            rows = self._hit_rows(rowids)
            snippets = self._snippets(match, rowids) if query else {}
        return [_hit(rows[r], snippets.get(r)) for r in rowids]

    @_reports_damage
    def facets(self, query: str | None = None, *, top: int = 8, **filters
               ) -> dict[str, list[tuple[str, int]]]:
        """How the statements a search finds spread: the ``top`` speakers (under one
        name per speaker group), kinds, wires, outlets (the web site an article came
        from, else its origin), languages and months, each with its count, among
        the first ``FACET_SAMPLE`` statements found (a facet is a guide to narrowing,
        and counting a million rows would make every search slow)."""
        filters.pop("order", None)
        rowid, body, params, _ = self._selection(query, by_rank=False, **{
            k: filters.get(k) for k in ("speaker", "about", "since", "until", "kind",
                                        "wire", "outlet", "language")})
        with self._lock:
            rows = self._run(
                "SELECT a.speaker, a.kind, ar.wire, substr(a.published, 1, 7), ar.url,"
                " ar.origin, ar.language FROM attributions a JOIN articles ar ON ar.rowid = a.article"
                f" WHERE a.rowid IN (SELECT {rowid} {body} LIMIT ?)", [*params, FACET_SAMPLE])
            names = sorted({r[0] for r in rows if r[0]})
            group = dict(self._run(
                "SELECT name, canonical FROM speaker_groups WHERE name IN"
                f" ({','.join('?' * len(names))})", names)) if names else {}
        counts = {name: Counter() for name in ("speaker", "kind", "wire", "outlet",
                                               "language", "month")}
        for speaker, kind, wire, month, url, origin, language in rows:
            for name, value in (("speaker", group.get(speaker, speaker)), ("kind", kind),
                                ("wire", wire), ("outlet", outlet_of(url, origin)),
                                ("language", language), ("month", month)):
                if value:
                    counts[name][value] += 1
        out = {name: sorted(c.items(), key=lambda x: (-x[1], x[0]))[:top]
               for name, c in counts.items()}
        out["month"].sort(reverse=True)
        return out

    @_reports_damage
    def search_records(self, query: str | None = None, *, limit: int = 10_000,
                       **filters) -> list[dict[str, Any]]:
        """What ``search`` finds, as ``export``'s rows (the same columns)."""
        with self._lock:
            rowids, _ = self._rowids(query, limit=limit, offset=0, **filters)
            return records_for(self._db, rowids)

    def _rowids(self, query, *, speaker=None, about=None, since=None, until=None,
                kind=None, wire=None, order=None, limit=50, offset=0, outlet=None,
                language=None
                ) -> tuple[list[int], str | None]:
        order = order or ("rank" if query else "newest")
        if order not in ("rank", "newest", "oldest"):
            raise SaidwhatError(f"unknown order {order!r}: use rank, newest or oldest")
        if order == "rank" and not query:
            order = "newest"
        rowid, body, params, match = self._selection(
            query, speaker=speaker, about=about, since=since, until=until, kind=kind,
            wire=wire, outlet=outlet, language=language, by_rank=order == "rank")
        # First the page of rowids (sorting touches only attributions), then the
        # details and snippets of those rows alone.
        sql = f"SELECT {rowid} {body}" + {
            "rank": " ORDER BY attribution_fts.rank",
            "newest": " ORDER BY a.published DESC, a.rowid DESC",
            "oldest": " ORDER BY a.published, a.rowid"}[order] + " LIMIT ? OFFSET ?"
        return [r[0] for r in self._run(sql, [*params, *_page(limit, offset)])], match

    @_reports_damage
    def count(self, query: str | None = None, *, speaker: str | None = None,
              about: str | None = None, since: str | dt.date | None = None,
              until: str | dt.date | None = None, kind: str | None = None,
              wire: str | None = None, outlet: str | None = None,
              language: str | None = None) -> int:
        """How many statements ``search`` with the same arguments would find."""
        _, body, params, _ = self._selection(query, speaker=speaker, about=about, since=since,
                                             until=until, kind=kind, wire=wire,
                                             outlet=outlet, language=language, by_rank=True)
        with self._lock:
            return self._run(f"SELECT count(*) {body}", params)[0][0]

    def _selection(self, query, *, speaker, about, since, until, kind, wire, by_rank,
                   outlet=None, language=None
                   ) -> tuple[str, str, list, str | None]:
        """The rowid column, ``FROM ... WHERE ...``, its parameters and the FTS
        expression (None without words or speaker) of the statements a search selects."""
        match: list[str] = []
        if query is not None and query.strip():
            match.append(f"content_text : ({fts_query(query)})")
        elif query is not None and not (speaker or about):
            raise SaidwhatError(f"empty search query: {QUERY_HELP}")
        if speaker:
            names = self.aliases_of(speaker)
            match.append(f"speaker_key : ({' OR '.join(phrase(n) for n in names)})")
        expression = " AND ".join(match) or None
        where, params = self._filters(about=about, since=since, until=until, kind=kind,
                                      wire=wire, outlet=outlet, language=language)
        if expression and by_rank and not where:  # the FTS index alone answers
            return ("attribution_fts.rowid", "FROM attribution_fts WHERE attribution_fts"
                    " MATCH ?", [expression], expression)
        if expression:
            body = ("FROM attribution_fts JOIN attributions a"
                    " ON a.rowid = attribution_fts.rowid WHERE attribution_fts MATCH ?")
            params.insert(0, expression)
        else:
            body = "FROM attributions a WHERE 1"
        return "a.rowid", body + "".join(f" AND {w}" for w in where), params, expression

    def _hit_rows(self, rowids: list[int]) -> dict[int, tuple]:
        rows = self._run(f"SELECT {_HIT_COLUMNS} FROM attributions a JOIN articles ar"
                         f" ON ar.rowid = a.article WHERE a.rowid IN"
                         f" ({','.join('?' * len(rowids))})", rowids)
        return {r[-1]: r for r in rows}

    def _filters(self, *, about, since, until, kind, wire, outlet=None, language=None
                 ) -> tuple[list[str], list]:
        where: list[str] = []
        params: list[Any] = []
        if about:
            where.append(
                "a.rowid IN (SELECT ab.attribution FROM entity_fts"
                " JOIN entities e ON e.rowid = entity_fts.rowid"
                " JOIN attribution_about ab ON ab.article = e.article AND ab.entity = e.id"
                " WHERE entity_fts MATCH ?"
                " UNION SELECT rowid FROM attribution_fts WHERE attribution_fts MATCH ?)")
            params += [f"name : {phrase(about)}", f"content_text : {phrase(about)}"]
        dates, bounds = _published_between("a.published", since, until)
        where += dates
        params += bounds
        if kind:
            if kind not in KINDS:
                raise SaidwhatError(f"unknown kind {kind!r}: use one of {', '.join(KINDS)}")
            where.append("a.kind = ?")
            params.append(kind)
        if wire:
            where.append("a.article IN (SELECT rowid FROM articles WHERE wire = ? COLLATE NOCASE)")
            params.append(wire)
        if language:  # an ISO 639-1 code, as the analysis records it
            where.append("a.article IN (SELECT rowid FROM articles WHERE language = ?"
                         " COLLATE NOCASE)")
            params.append(language)
        if outlet:  # the web site (host, with its subdomains) or the named origin
            where.append("a.article IN (SELECT rowid FROM articles WHERE url LIKE ? ESCAPE"
                         " '\\' OR url LIKE ? ESCAPE '\\' OR origin = ? COLLATE NOCASE)")
            host = _like_literal(outlet)
            params += [f"%://{host}/%", f"%.{host}/%", outlet]
        return where, params

    def _snippets(self, match: str, rowids: list[int]) -> dict[int, str]:
        """Snippets for the page of hits only (computing them for every match before
        sorting would cost more than the search)."""
        if not rowids:
            return {}
        rows = self._run(
            "SELECT rowid, snippet(attribution_fts, 0, ?, ?, '…', ?) FROM attribution_fts"
            f" WHERE attribution_fts MATCH ? AND rowid IN ({','.join('?' * len(rowids))})",
            [MATCH_START, MATCH_END, SNIPPET_TOKENS, match, *rowids])
        return dict(rows)

    def _run(self, sql: str, params: list) -> list[tuple]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            if any(w in str(exc) for w in ("fts5", "syntax error", "unterminated string",
                                           "expected integer", "no such column")):
                raise SaidwhatError(f"bad search query ({exc}): {QUERY_HELP}") from None
            raise

    @_reports_damage
    def statements_by(self, speaker: str, *, limit: int = 500) -> list[Hit]:
        """Everything one speaker (under any of its names, any case) said, oldest
        first."""
        with self._lock:
            names = self.aliases_of(speaker)
            rows = self._run(
                f"SELECT {_HIT_COLUMNS} FROM attributions a JOIN articles ar"
                " ON ar.rowid = a.article WHERE a.speaker COLLATE NOCASE IN"
                f" ({','.join('?' * len(names))}) ORDER BY a.published, a.rowid LIMIT ?",
                [*names, int(limit)])
        return [_hit(r, None) for r in rows]

    @_reports_damage
    def speakers(self, *, query: str | None = None, limit: int = 100,
                 offset: int = 0) -> list[SpeakerStat]:
        """Who speaks most: statements, articles, first and last date, one row per
        speaker with all its names (``aliases``); ``query`` matches any of them."""
        who = "coalesce(g.canonical, s.name)"
        sql = (f"SELECT {who} AS who, s.unresolved, sum(s.statements), sum(s.articles),"
               " min(s.first), max(s.last), group_concat(s.name, char(31))"
               " FROM speakers s LEFT JOIN speaker_groups g"
               " ON g.name = s.name AND s.unresolved = 0")
        params: list[Any] = []
        if query:
            sql += (f" WHERE {who} IN (SELECT coalesce(g2.canonical, s2.name) FROM speakers"
                    " s2 LEFT JOIN speaker_groups g2 ON g2.name = s2.name AND"
                    " s2.unresolved = 0 WHERE s2.name LIKE ? ESCAPE '\\')")
            params.append(_like(query))
        sql += (" GROUP BY who COLLATE NOCASE, s.unresolved"
                " ORDER BY sum(s.statements) DESC, who LIMIT ? OFFSET ?")
        params.extend(_page(limit, offset))
        with self._lock:
            rows = self._run(sql, params)
        return [SpeakerStat(name, bool(u), n, na, first, last,
                            sorted({a for a in names.split("\x1f") if a != name}))
                for name, u, n, na, first, last, names in rows]

    @_reports_damage
    def article(self, article_id: str) -> Article | None:
        with self._lock:
            row = self._db.execute("SELECT text, data FROM articles WHERE id = ?",
                                   (article_id,)).fetchone()
        if row is None:
            return None
        data = json.loads(row[1])
        data["text"] = row[0]
        return Article.from_dict(data)

    @_reports_damage
    def articles(self, *, query: str | None = None, limit: int = 50, offset: int = 0,
                 wire: str | None = None, since: str | None = None,
                 until: str | None = None) -> list[ArticleSummary]:
        """Stored articles, newest first; ``query`` searches title and text (FTS5);
        ``wire``, ``since`` and ``until`` filter as in ``search``."""
        cols = "ar.id, ar.title, ar.published, ar.author, ar.wire, ar.url, ar.n_attributions"
        where, params = _published_between("ar.published", since, until)
        if wire:
            where.append("ar.wire = ? COLLATE NOCASE")
            params.append(wire)
        filters = "".join(f" AND {w}" for w in where)
        if query:
            sql = (f"SELECT {cols} FROM article_fts JOIN articles ar"
                   " ON ar.rowid = article_fts.rowid WHERE article_fts MATCH ?"
                   f"{filters} ORDER BY article_fts.rank LIMIT ? OFFSET ?")
            params = [fts_query(query), *params, *_page(limit, offset)]
        else:
            sql = (f"SELECT {cols} FROM articles ar WHERE 1{filters}"
                   " ORDER BY ar.published DESC, ar.rowid DESC LIMIT ? OFFSET ?")
            params = [*params, *_page(limit, offset)]
        with self._lock:
            rows = self._run(sql, params)
        return [ArticleSummary(*r) for r in rows]

    @_reports_damage
    def stats(self) -> dict[str, Any]:
        with self._lock:
            one = lambda sql: self._db.execute(sql).fetchone()  # noqa: E731
            first, last = one("SELECT min(published), max(published) FROM articles")
            return {
                "path": str(self.path),
                "articles": one("SELECT count(*) FROM articles")[0],
                "attributions": one("SELECT count(*) FROM attributions")[0],
                "speakers": one("SELECT count(DISTINCT coalesce(g.canonical, s.name)"
                                " COLLATE NOCASE) FROM speakers s LEFT JOIN speaker_groups g"
                                " ON g.name = s.name AND s.unresolved = 0")[0],
                "entities": one("SELECT count(*) FROM entities")[0],
                "amounts": one("SELECT count(*) FROM amounts")[0],
                "first_published": first,
                "last_published": last,
                "bytes": one("PRAGMA page_count")[0] * one("PRAGMA page_size")[0],
            }

    @_reports_damage
    def export(self, fmt: str, out: str | Path | IO[str], *, table: str = "attributions",
               query: str | None = None, **filters) -> int:
        """A table (``rows.TABLES``; by default every attribution with its article's
        metadata) as jsonl, csv or parquet; returns the number of rows written. With a
        ``query`` or search filters, only what that search finds: its statements, or
        for the other tables the articles they are in."""
        from .export import export

        filters = {k: v for k, v in filters.items() if v}
        with self._lock:
            selected = None
            if query or filters:
                rowids, _ = self._rowids(query, limit=MAX_PAGE_NUMBER, offset=0, **filters)
                selected = {}
                for i in range(0, len(rowids), 500):
                    chunk = rowids[i:i + 500]
                    marks = ",".join("?" * len(chunk))
                    for article_id, attribution_id in self._db.execute(
                            "SELECT ar.id, a.id FROM attributions a JOIN articles ar ON"
                            f" ar.rowid = a.article WHERE a.rowid IN ({marks})", chunk):
                        keep = selected.setdefault(article_id, set())
                        if table == "attributions":
                            keep.add(attribution_id)
                if table != "attributions":
                    selected = dict.fromkeys(selected)
            return export(self._db, fmt, out, table=table, selected=selected)


#: A write waits for another writer in steps of this many seconds (reporting each), up
#: to WRITER_WAIT_SECONDS in all: another ingest commits a batch every few seconds.
_BUSY_SECONDS = 5.0
WRITER_WAIT_SECONDS = 600.0


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on error (the connection is in autocommit
    mode so that nothing else opens transactions behind our back). While another
    process writes, it waits its turn, telling ``on_wait``, up to WRITER_WAIT_SECONDS."""

    def __init__(self, db: sqlite3.Connection, path: Path,
                 on_wait: Callable[[float], None] | None):
        self.db, self.path, self.on_wait = db, path, on_wait

    def __enter__(self):
        started = time.monotonic()
        while True:
            try:
                self.db.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                waited = time.monotonic() - started
                if waited >= WRITER_WAIT_SECONDS:
                    raise SaidwhatError(
                        f"{self.path} is still being written by another process after "
                        f"{waited:.0f} s; run again when it is done") from None
                if self.on_wait:
                    self.on_wait(waited)

    def __exit__(self, exc_type, exc, tb):
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")


def _published_between(column: str, since, until) -> tuple[list[str], list]:
    """The conditions and parameters of ``--since``/``--until`` on a date column."""
    where: list[str] = []
    params: list[Any] = []
    for bound, flag, op, upper in ((since, "--since", ">=", False),
                                   (until, "--until", "<=", True)):
        value = date_bound(bound, flag, upper=upper)
        if value:
            where.append(f"{column} {op} ?")
            params.append(value)
    return where, params


def _like_literal(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def outlet_of(url: str | None, origin: str | None) -> str | None:
    """Where an article was published: its web site (``www.`` dropped), else the origin
    its text names."""
    if url:
        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.") or origin
    return origin


def _like(text: str) -> str:
    escaped = _like_literal(text)
    return f"%{escaped}%"


def _hit(row: tuple, snippet: str | None) -> Hit:
    (article_id, att_id, speaker, unresolved, kind, cue, source, content, title,
     published, wire, _rowid) = row
    return Hit(article_id, att_id, speaker, bool(unresolved), kind, cue, source, content,
               snippet if snippet is not None else content, title, published, wire)
