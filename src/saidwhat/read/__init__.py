"""Reader stage: files, directories and stdin in; ``Document`` records out.

Kinds: plain text (one article), HTML (trafilatura: main text and metadata), JSON
lines (a ``text`` or ``html`` field a line), WARC (HTML responses), gzip of any of
these, directories (recursive, sorted) and ``-`` for stdin. The kind is sniffed from
the content, so a wrong extension does no harm. Everything is read as a stream: a
JSONL or WARC file of any size costs one record of memory.

A bad file, line or record is reported as an ``InputError`` to ``on_error`` and the
rest of the input is still read; without ``on_error`` the error is raised.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..model import Document
from . import limits
from .detect import SNIFF_BYTES, sniff
from .html import extract_html
from .limits import size_text
from .warc import read_warc

__all__ = ["read_inputs", "read_bytes", "read_stream"]

OnError = Callable[[InputError], None]

_JSONL_SUFFIXES = (".jsonl", ".ndjson")
#: gzip inside gzip is read this deep (a ``.jsonl.gz.gz`` happens; 300 levels is an attack).
MAX_GZIP_DEPTH = 3
#: Extensions stripped from a file name to make a document id (``a.warc.gz`` -> ``a``).
_KNOWN_SUFFIXES = (".gz", ".warc", ".jsonl", ".json", ".ndjson", ".html", ".htm", ".txt")


def read_inputs(paths: Iterable[str], *, on_error: OnError | None = None
                ) -> Iterator[Document]:
    """Yield every article in ``paths`` (files, directories, ``-`` for stdin)."""
    report = _reporter(on_error)
    for p in paths:
        if p == "-":
            yield from read_stream(sys.stdin.buffer, "stdin", on_error=report)
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file()
                           and not any(part.startswith(".") for part in f.relative_to(path).parts))
        elif path.exists():
            files = [path]
        else:
            report(InputError("no such file or directory; check the path", p))
            continue
        for f in files:
            try:
                stream = open(f, "rb")
            except OSError as exc:
                report(InputError(f"cannot open: {exc.strerror}", str(f)))
                continue
            with stream:
                yield from read_stream(stream, str(f), on_error=report)


def read_bytes(data: bytes, name: str, *, on_error: OnError | None = None
               ) -> Iterator[Document]:
    """The articles in one file's bytes; ``name`` (a path or URL) gives ids and
    messages. Same detection as ``read_inputs``: for callers that hold the bytes
    already (the Spark job reads whole files)."""
    yield from read_stream(io.BytesIO(data), name, on_error=_reporter(on_error))


def read_stream(stream: BinaryIO, name: str, *, on_error: OnError | None = None
                ) -> Iterator[Document]:
    """The articles in a binary stream (a file, stdin, a decompressed member)."""
    yield from _read_stream(stream, name, _reporter(on_error), depth=0)


def _read_stream(stream: BinaryIO, name: str, report: OnError, depth: int
                 ) -> Iterator[Document]:
    stream = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]
    head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    kind = sniff(head)
    if kind == "text" and name.lower().endswith(_JSONL_SUFFIXES):
        kind = "jsonl"  # broken JSON lines are reported line by line, not read as prose
    if _name_says_gzip(name) and kind != "gzip":
        report(InputError("has a .gz name but is not gzip data; rename it or "
                          "compress it with gzip", name))
        return
    if kind == "gzip":
        if depth >= MAX_GZIP_DEPTH:
            report(InputError(f"gzip nested more than {MAX_GZIP_DEPTH} deep; not read", name))
            return
        yield from _read_gzip(stream, name, report, depth)
    elif kind == "warc":
        yield from read_warc(stream, name, report)
    elif kind == "jsonl":
        if head.split(b"\n", 1)[0].strip() == b"{":
            report(InputError("is one pretty-printed JSON document, not JSON lines; write "
                              "one record per line (e.g. jq -c)", name))
            return
        yield from _read_jsonl(stream, name, report)
    else:
        try:
            yield _read_whole(stream.read(limits.MAX_DOCUMENT_BYTES + 1), kind, name)
        except InputError as exc:
            report(exc)


def _read_gzip(stream: BinaryIO, name: str, report: OnError, depth: int
               ) -> Iterator[Document]:
    inner = name[:-3] if name.lower().endswith(".gz") else name
    try:
        inner_head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(
            stream.peek(SNIFF_BYTES), SNIFF_BYTES)
    except zlib.error as exc:
        report(InputError(f"gzip data is damaged ({exc}); nothing could be read", name))
        return
    if sniff(inner_head) == "warc":
        # warcio reads gzipped WARCs itself, member by member, so a damaged member
        # costs only its own record.
        yield from read_warc(stream, name, report)
        return
    unzipped = gzip.GzipFile(fileobj=stream, mode="rb")
    # Errors from a corrupt or cut gzip surface while reading; the documents read
    # before the damage have been yielded already.
    try:
        yield from _read_stream(io.BufferedReader(unzipped), inner, report, depth + 1)
    except (EOFError, OSError, zlib.error) as exc:
        report(InputError(f"gzip data is damaged or cut short ({exc}); documents before "
                          "the damage were read", name))


def _read_whole(data: bytes, kind: str, name: str) -> Document:
    doc_id = _stem(name)
    if len(data) > limits.MAX_DOCUMENT_BYTES:
        raise InputError(f"is over {limits.MAX_DOCUMENT_BYTES >> 20} MB, too big for one article; "
                         "split it into articles (e.g. one a line in JSON lines)", name)
    if kind == "binary":
        raise InputError("is a binary file, not text, HTML, JSON lines or WARC; "
                         "pass article files", name)
    if not data:
        raise InputError("is empty; nothing to read", name)
    if not data.strip():
        raise InputError("holds only whitespace; nothing to read", name)
    if kind == "html":
        return extract_html(data, id=doc_id, where=name)
    text = _decode(data, name)
    if not text.strip():
        raise InputError("holds only whitespace; nothing to read", name)
    return Document(id=doc_id, text=text, where=name)


def _read_jsonl(stream: BinaryIO, name: str, report: OnError) -> Iterator[Document]:
    stem = _stem(name)
    lineno = 0
    while True:
        # readline with a bound: a gzipped line that expands to gigabytes stops here
        raw = stream.readline(limits.MAX_DOCUMENT_BYTES + 1)
        if not raw:
            return
        lineno += 1
        where = f"{name}:{lineno}"
        if len(raw) > limits.MAX_DOCUMENT_BYTES and not raw.endswith(b"\n"):
            _skip_line(stream)
            report(InputError(f"line is over {size_text(limits.MAX_DOCUMENT_BYTES)}, too big for "
                              "one article; skipped", where))
            continue
        if not raw.strip():
            continue
        try:
            rec = json.loads(_decode(raw, where))
            yield _document_from_record(rec, f"{stem}-{lineno}", where)
        except InputError as exc:
            report(exc)
        except RecursionError:
            report(InputError("JSON nested too deep to be an article record; skipped", where))
        except ValueError as exc:
            report(InputError(f"not a JSON object ({exc}); each line must be one JSON "
                              "record with a 'text' or 'html' field", where))


def _skip_line(stream: BinaryIO) -> None:
    """Read past the rest of the current line, a megabyte at a time."""
    while True:
        chunk = stream.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def _document_from_record(rec: object, default_id: str, where: str) -> Document:
    if not isinstance(rec, dict):
        raise InputError("not a JSON object; each line must be one JSON record with a "
                         "'text' or 'html' field", where)
    doc_id = str(rec["id"]) if rec.get("id") not in (None, "") else default_id
    text, html = rec.get("text"), rec.get("html")
    if isinstance(text, str) and text.strip():
        return Document(id=doc_id, text=text, title=_opt_str(rec.get("title")),
                        published=_opt_str(rec.get("published")), url=_opt_str(rec.get("url")),
                        author=_opt_str(rec.get("author")), where=where)
    if isinstance(html, str) and html.strip():
        doc = extract_html(html, id=doc_id, where=where, url=_opt_str(rec.get("url")))
        # Metadata given in the record wins over what the page says about itself.
        for field in ("title", "published", "url", "author"):
            if _opt_str(rec.get(field)):
                setattr(doc, field, rec[field])
        return doc
    raise InputError("no article text: the record needs a non-empty 'text' or 'html' "
                     "field", where)


def _decode(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 at byte {exc.start}; convert it to UTF-8 "
                         "(e.g. iconv -t UTF-8)", where) from None


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _stem(name: str) -> str:
    base = name.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or name
    changed = True
    while changed:
        changed = False
        for suffix in _KNOWN_SUFFIXES:
            if base.lower().endswith(suffix) and len(base) > len(suffix):
                base, changed = base[: -len(suffix)], True
    return base


def _name_says_gzip(name: str) -> bool:
    return name.lower().endswith(".gz")


def _reporter(on_error: OnError | None) -> OnError:
    if on_error is not None:
        return on_error

    def raise_it(exc: InputError) -> None:
        raise exc

    return raise_it
