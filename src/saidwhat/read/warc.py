"""WARC archives -> one ``Document`` per HTML response record, streamed with warcio.

Records are read one at a time from the stream, so an archive of any size is read in
constant memory (one record's payload at a time). Requests, metadata, non-HTML and
non-2xx responses are skipped without a warning: a crawl is full of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from ..errors import InputError
from ..model import Document
from .detect import looks_like_html
from .html import extract_html

_HTML_TYPES = ("text/html", "application/xhtml+xml")


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
            on_error(InputError(f"record {n + 1}: unreadable WARC data ({_one_line(exc)}); "
                                "the archive is damaged or cut, records before it were read",
                                where))
            return
        n += 1
        uri = record.rec_headers.get_header("WARC-Target-URI") or ""
        rid = record.rec_headers.get_header("WARC-Record-ID") or f"record-{n}"
        try:
            payload = record.content_stream().read() if record.rec_type == "response" else b""
        except (EOFError, OSError, ValueError) as exc:
            on_error(InputError(f"record {n} ({uri or rid}): payload unreadable "
                                f"({_one_line(exc)}); skipped", where))
            continue
        missing = getattr(record.raw_stream, "limit", None)  # None: no Content-Length
        declared = record.rec_headers.get_header("Content-Length")
        if missing is None or missing > 0 or str(record.length) != (declared or "").strip():
            # Fewer bytes than the record's Content-Length (or headers cut before it):
            # the file was cut here.
            lost = f"{missing} of {declared} bytes missing" if missing else "payload cut"
            on_error(InputError(
                f"record {n} ({uri or rid}) is truncated ({lost}); skipped, the file was "
                "probably cut short while copying or crawling", where))
            return
        complete_end = records.get_record_offset() + records.get_record_length()
        document = _html_document(record, payload, uri or rid, f"{where} record {n} ({uri or rid})",
                                  on_error)
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


def _html_document(record, payload: bytes, doc_id: str, where: str,
                   on_error: Callable[[InputError], None]) -> Document | None:
    if record.rec_type != "response" or not record.http_headers:
        return None
    status = record.http_headers.get_statuscode() or ""
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    if not status.startswith("2"):
        return None
    if not (any(t in ctype for t in _HTML_TYPES) or (not ctype and looks_like_html(payload))):
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


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
