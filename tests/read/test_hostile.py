"""Hostile and odd inputs to the readers: crawler WARCs, bombs, deep nesting, huge HTML.

Each is read as far as it holds articles; what cannot be read is one InputError
naming the file (and line or record), and the rest of the input is still read."""

from __future__ import annotations

import gzip
import io
import json
import zlib

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from saidwhat.read import html as html_reader
from saidwhat.read import limits, read_bytes

from .conftest import article_html, write_crawler_warc

GOOD_LINE = json.dumps({"id": "good", "text": "The minister said the bridge would reopen."})


def _read(data: bytes, name: str):
    errors = []
    docs = list(read_bytes(data, name, on_error=errors.append))
    return docs, [str(e) for e in errors]


def test_a_crawler_warc_gives_every_html_response():
    for gz, name in ((False, "crawl.warc"), (True, "crawl.warc.gz")):
        docs, errors = _read(write_crawler_warc(gzip=gz), name)
        assert errors == []
        assert [d.id for d in docs] == [f"https://news.example/crawl-{i}" for i in range(6)]
        assert all("Crawled page" in (d.title or "") for d in docs)


def _encoded_response(writer, uri: str, body: bytes, encoding: str):
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html"),
                                          ("Content-Encoding", encoding)], protocol="HTTP/1.1")
    return writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                     http_headers=headers)


def test_warc_http_gzip_bomb_and_unknown_encoding_cost_only_their_record(monkeypatch):
    monkeypatch.setattr(limits, "MAX_DOCUMENT_BYTES", 1 << 20)
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    bomb = zlib.compressobj(6, zlib.DEFLATED, 31)
    body = bomb.compress(b"<p>" + b"a" * (8 << 20)) + bomb.flush()  # 8 MB from ~8 kB
    writer.write_record(_encoded_response(writer, "https://x.example/bomb", body, "gzip"))
    writer.write_record(_encoded_response(writer, "https://x.example/br", b"\x00garbage", "br"))
    writer.write_record(_encoded_response(
        writer, "https://x.example/ok", gzip.compress(article_html("Fine page", 1).encode()),
        "gzip"))
    docs, errors = _read(out.getvalue(), "c.warc.gz")
    assert [d.id for d in docs] == ["https://x.example/ok"]
    assert len(errors) == 2
    assert "record 1" in errors[0] and "1 MB" in errors[0]
    assert "record 2" in errors[1] and "unreadable" in errors[1]


def test_gzip_nested_300_deep_is_one_line():
    data = GOOD_LINE.encode() + b"\n"
    for _ in range(300):
        data = gzip.compress(data, compresslevel=1)
    docs, errors = _read(data, "deep.jsonl.gz")
    assert docs == []
    assert len(errors) == 1 and "nested" in errors[0]
    # a gzip inside a gzip is still read
    docs, errors = _read(gzip.compress(gzip.compress(GOOD_LINE.encode())), "two.jsonl.gz")
    assert [d.id for d in docs] == ["good"] and errors == []


def test_jsonl_line_nested_deep_and_line_over_the_limit_are_skipped(monkeypatch):
    monkeypatch.setattr(limits, "MAX_DOCUMENT_BYTES", 1 << 18)
    huge = json.dumps({"id": "huge", "text": "word " * 60_000})  # 300 kB
    deep = "[" * 100_000 + "]" * 100_000
    data = "\n".join([GOOD_LINE, deep, huge, GOOD_LINE.replace("good", "after")]) + "\n"
    docs, errors = _read(gzip.compress(data.encode()), "news.jsonl.gz")
    assert [d.id for d in docs] == ["good", "after"]
    assert len(errors) == 2
    assert "news.jsonl:2" in errors[0] and "nested" in errors[0]
    assert "news.jsonl:3" in errors[1] and "256 kB" in errors[1]


def test_json_with_lone_surrogates_is_read():
    line = '{"id": "s", "text": "He said \\ud800 it was fine.", "title": "\\udfff"}\n'
    docs, errors = _read(line.encode(), "s.jsonl")
    assert errors == [] and len(docs) == 1  # the analysis makes it encodable


def test_html_of_absurd_shape_is_refused_quickly(monkeypatch):
    monkeypatch.setattr(html_reader, "MAX_HTML_TAGS", 5_000)
    many_tags = "<html><body>" + "<p>short.</p>" * 10_000 + "</body></html>"
    attrs = "<html><body><div " + " ".join(f'a{i}="v"' for i in range(50_000)) + ">" \
        + article_html("Attrs", 1) + "</div></body></html>"
    for page, word in ((many_tags, "tags"), (attrs, "attributes")):
        docs, errors = _read(page.encode(), "page.html")
        assert docs == [] and len(errors) == 1 and word in errors[0]
