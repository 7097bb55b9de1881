"""WARC archives -> one ``Document`` per HTML response record, streamed with warcio.

Records are read one at a time from the stream, so an archive of any size is read in
constant memory (one record's payload at a time, at most ``MAX_DOCUMENT_BYTES``).
warcinfo, requests, metadata, resources, revisits, non-HTML and non-2xx responses are
read past without a warning: a crawl is full of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from ..errors import InputError, one_line
from ..model import Document
from .detect import looks_like_html
from .html import extract_html
from . import limits
from .limits import size_text

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 1 << 20


def read_warc(stream: BinaryIO, where: str,
              on_error: Callable[[InputError], None]) -> Iterator[Document]:
    counted = _Counted(stream)
    records = ArchiveIterator(counted)
    n = 0
    complete_end = 0  # stream offset where the last complete record ends
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except Exception as exc:  # noqa: BLE001
            # warcio cannot parse the next record header; on damaged data it raises
            # anything from ArchiveLoadFailed to AttributeError. The rest is lost.
            on_error(InputError(f"record {n + 1}: unreadable WARC data ({one_line(exc)}); "
                                "the archive is damaged or cut, records before it were read",
                                where))
            return
        n += 1
        uri = record.rec_headers.get_header("WARC-Target-URI") or ""
        rid = record.rec_headers.get_header("WARC-Record-ID") or f"record-{n}"
        label = f"record {n} ({uri or rid})"
        payload: bytes | None = b""
        try:
            if _is_html_candidate(record):
                payload = _read_limited(record.content_stream(), limits.MAX_DOCUMENT_BYTES)
                if payload is None:
                    on_error(InputError(
                        f"{label}: payload over {size_text(limits.MAX_DOCUMENT_BYTES)} once "
                        "decoded, "
                        "too big for one article page; skipped", where))
                elif b"\x00" in payload[:1024] and \
                        record.http_headers.get_header("Content-Encoding"):
                    # newer warcio hands back what it cannot decode as it was: binary
                    # data, never a page (HTML holds no NUL byte)
                    encoding = record.http_headers.get_header("Content-Encoding")
                    raise ValueError(f"binary data, Content-Encoding {encoding[:20]!r} "
                                     "not decoded")
        except Exception as exc:  # noqa: BLE001 (warcio's decoders raise anything:
            # EOFError, zlib.error, AttributeError for an encoding it half knows)
            on_error(InputError(f"{label}: payload unreadable ({one_line(exc)}); skipped",
                                where))
            payload = None
        try:
            # Every record's block is consumed, whatever its type (warcinfo, request,
            # metadata, resource, revisit ...): WARC 1.0/1.1 readers skip what they do
            # not use, and unread bytes would look like a file cut short.
            _drain(record.raw_stream)
        except Exception as exc:  # noqa: BLE001
            on_error(InputError(f"{label}: unreadable WARC data ({one_line(exc)}); the "
                                "archive is damaged or cut, records before it were read",
                                where))
            return
        missing = getattr(record.raw_stream, "limit", None)  # None: no Content-Length
        declared = record.rec_headers.get_header("Content-Length")
        if missing is None or missing > 0 or str(record.length) != (declared or "").strip():
            # Fewer bytes than the record's Content-Length (or headers cut before it):
            # the file was cut here.
            lost = f"{missing} of {declared} bytes missing" if missing else "payload cut"
            on_error(InputError(
                f"{label} is truncated ({lost}); skipped, the file was "
                "probably cut short while copying or crawling", where))
            return
        complete_end = records.get_record_offset() + records.get_record_length()
        document = _html_document(record, payload, uri or rid, f"{where} {label}",
                                  on_error) if payload else None
        if document:
            yield document
    counted.read()
    # warcio ends quietly when a file stops inside a record's headers; bytes past the
    # last complete record mean exactly that. (Uncompressed records end with a blank
    # line warcio does not count: allow for it.)
    extra = counted.pos - complete_end
    if extra > 0 and (extra > len(counted.tail) or counted.tail[-extra:].strip()):
        on_error(InputError(f"ends with {extra} bytes after record {n} "
                            "that are not a complete record; the file was cut mid-record, "
                            "records before it were read", where))


def _is_html_candidate(record) -> bool:
    """A response record whose HTTP headers promise a 2xx page that may be HTML."""
    if record.rec_type != "response" or not record.http_headers:
        return False
    status = record.http_headers.get_statuscode() or ""
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and (not ctype or any(t in ctype for t in _HTML_TYPES))


def _read_limited(stream, limit: int) -> bytes | None:
    """The stream's bytes, or None as soon as they pass ``limit`` (a decompression
    bomb stops here, after ``limit`` bytes of memory)."""
    chunks, size = [], 0
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)


def _drain(stream) -> None:
    while stream.read(_CHUNK):
        pass


def _html_document(record, payload: bytes, doc_id: str, where: str,
                   on_error: Callable[[InputError], None]) -> Document | None:
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    if not ctype and not looks_like_html(payload):
        return None
    try:
        return extract_html(payload, id=doc_id, where=where,
                            url=doc_id if "://" in doc_id else None)
    except InputError as exc:
        on_error(exc)
        return None


class _Counted:
    """A read-only stream that knows how many bytes were read (stdin cannot tell)."""

    def __init__(self, raw: BinaryIO):
        self.raw = raw
        self.pos = 0
        self.tail = b""  # the last bytes read: whitespace there is not a cut record

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.pos += len(data)
        if data:
            self.tail = (self.tail + data)[-8:]
        return data

    def tell(self) -> int:
        return self.pos
