"""Fixtures for the reader tests: article pages and WARC archives written on the fly."""

from __future__ import annotations

import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PARAGRAPHS = [
    "The regional council approved a new budget for the coming year on Monday, "
    "cutting spending on roads by a tenth while raising money for schools.",
    "\"We had to make hard choices, and we made them in the open,\" the council "
    "leader told reporters after a three-hour session in the town hall.",
    "Opposition members said the cuts would leave rural roads in poor repair for "
    "years and promised to bring the matter back before the council in the spring.",
]


def article_html(title: str, n: int) -> str:
    paras = "".join(f"<p>{p} (Story {n}.)</p>" for p in PARAGRAPHS)
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>{title}</h1>{paras}</article>"
            "<footer>© 2024 Example News. Cookie settings</footer></body></html>")


def _response(writer: WARCWriter, uri: str, body: bytes, content_type: str):
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)],
                               protocol="HTTP/1.1")
    return writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                     http_headers=headers)


def write_warc(*, gzip: bool, truncate_last: bool = True) -> bytes:
    """3 HTML responses, 1 image response and, last, 1 HTML record cut short."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for i in range(3):
        writer.write_record(_response(writer, f"https://news.example/story-{i}",
                                      article_html(f"Story number {i}", i).encode(),
                                      "text/html; charset=utf-8"))
    writer.write_record(_response(writer, "https://news.example/logo.png",
                                  b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png"))
    before_last = out.tell()
    writer.write_record(_response(writer, "https://news.example/story-cut",
                                  article_html("Cut story", 9).encode(),
                                  "text/html; charset=utf-8"))
    data = out.getvalue()
    if truncate_last:
        # Keep the last record's headers and half its payload: a file cut mid-record.
        data = data[: before_last + (len(data) - before_last) // 2]
    return data


@pytest.fixture
def warc_file(tmp_path):
    path = tmp_path / "crawl.warc"
    path.write_bytes(write_warc(gzip=False))
    return path


@pytest.fixture
def warc_gz_file(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(write_warc(gzip=True))
    return path


def write_crawler_warc(*, gzip: bool, pages: int = 6) -> bytes:
    """A WARC as crawlers write one (Heritrix, wget, Common Crawl, warcio): a warcinfo
    record first, then per page a request, its response and a metadata record; a
    resource and a revisit record among them."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record(
        "crawl.warc.gz", {"software": "test-crawler/1.0", "format": "WARC File Format 1.1",
                          "robots": "obey", "description": "a crawl of test pages"}))
    for i in range(pages):
        uri = f"https://news.example/crawl-{i}"
        request = StatusAndHeaders(f"GET /crawl-{i} HTTP/1.1",
                                   [("Host", "news.example"), ("User-Agent", "test")],
                                   is_http_request=True)
        writer.write_record(writer.create_warc_record(uri, "request", http_headers=request))
        writer.write_record(_response(writer, uri, article_html(f"Crawled page {i}", i).encode(),
                                      "text/html; charset=utf-8"))
        writer.write_record(writer.create_warc_record(
            uri, "metadata", payload=io.BytesIO(b"via: https://news.example/\nfetchTimeMs: 42\n"),
            warc_content_type="application/warc-fields"))
        if i == 2:
            writer.write_record(writer.create_warc_record(
                "https://news.example/robots.txt", "resource",
                payload=io.BytesIO(b"User-agent: *\nDisallow:\n"), warc_content_type="text/plain"))
            writer.write_record(writer.create_revisit_record(
                uri, digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                refers_to_uri=uri, refers_to_date="2024-01-01T00:00:00Z"))
    return out.getvalue()
