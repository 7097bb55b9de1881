"""WARC archives -> one ``Document`` per HTML response record, streamed with warcio.

Records are read one at a time from the stream, so an archive of any size is read in
constant memory (one record's payload at a time). Requests, metadata, non-HTML and
non-2xx responses are skipped without a warning: a crawl is full of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import InputError
from ..pipeline import Document
from .detect import looks_like_html
from .html import extract_html

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(stream: BinaryIO, where: str,
              on_error: Callable[[InputError], None]) -> Iterator[Document]:
    records = ArchiveIterator(stream)
    n = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
            # warcio cannot find the next record header: the rest of the file is lost.
            on_error(InputError(f"record {n + 1}: unreadable WARC data ({_one_line(exc)}); "
                                "the archive is damaged or cut, records before it were read",
                                where))
            return
        n += 1
        if record.rec_type != "response":
            continue
        uri = record.rec_headers.get_header("WARC-Target-URI") or ""
        rid = record.rec_headers.get_header("WARC-Record-ID") or f"record-{n}"
        status = record.http_headers.get_statuscode() if record.http_headers else None
        ctype = (record.http_headers.get_header("Content-Type") or "").lower() \
            if record.http_headers else ""
        try:
            payload = record.content_stream().read()
        except (EOFError, OSError, ValueError) as exc:
            on_error(InputError(f"record {n} ({uri or rid}): payload unreadable "
                                f"({_one_line(exc)}); skipped", where))
            continue
        if record.raw_stream.limit > 0:
            # Fewer bytes than the record's Content-Length: the file was cut here.
            on_error(InputError(
                f"record {n} ({uri or rid}) is truncated ({record.raw_stream.limit} of "
                f"{record.length} bytes missing); skipped, the file was probably cut "
                "short while copying or crawling", where))
            continue
        if status and not status.startswith("2"):
            continue
        if not (any(t in ctype for t in _HTML_TYPES) or (not ctype and looks_like_html(payload))):
            continue
        try:
            yield extract_html(payload, id=uri or rid, where=f"{where} record {n} ({uri or rid})",
                               url=uri or None)
        except InputError as exc:
            on_error(exc)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
