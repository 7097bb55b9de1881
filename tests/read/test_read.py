"""The reader: every input kind, sniffing, and bad input reported without losing the rest."""

from __future__ import annotations

import gzip
import io
import json
import sys

import pytest

from saidwhat.errors import InputError
from saidwhat.read import read_bytes, read_inputs

from ..conftest import DEV_GOLD, GOLD_HTML
from .conftest import PARAGRAPHS, article_html, write_warc


def read_all(paths, tmp_path=None):
    errors: list[InputError] = []
    docs = list(read_inputs([str(p) for p in paths], on_error=errors.append))
    return docs, [str(e) for e in errors]


def test_txt_is_read_unchanged_with_stem_id(tmp_path):
    raw = "Title line\n\n  Body with  odd   spacing.\r\nAnd “curly” quotes.\n"
    path = tmp_path / "my-article.txt"
    path.write_bytes(raw.encode("utf-8"))
    docs, errors = read_all([path])
    assert errors == []
    assert [(d.id, d.text) for d in docs] == [("my-article", raw)]


def test_jsonl_ids_metadata_and_bad_lines(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "a1", "text": "First article.", "title": "T", "published": "2024-01-02"}),
        "{not json",
        json.dumps({"title": "no text here"}),
        json.dumps({"text": "Second article.", "url": "https://x.example/2"}),
        json.dumps({"html": article_html("Page in a record", 1)}),
    ]) + "\n", encoding="utf-8")
    docs, errors = read_all([path])
    assert [d.id for d in docs] == ["a1", "batch-4", "batch-5"]
    assert (docs[0].title, docs[0].published) == ("T", "2024-01-02")
    assert docs[1].url == "https://x.example/2"
    assert docs[2].title == "Page in a record" and PARAGRAPHS[0] in docs[2].text
    assert len(errors) == 2
    assert f"{path}:2" in errors[0] and "JSON" in errors[0]
    assert f"{path}:3" in errors[1] and "'text' or 'html'" in errors[1]


@pytest.mark.skipif(not GOLD_HTML.exists(), reason="../shared is not beside the project")
def test_gold_html_page_body_and_metadata_without_chrome():
    recs = {json.loads(x)["id"]: json.loads(x) for x in DEV_GOLD.read_text().splitlines()}
    pages = sorted(GOLD_HTML.glob("*.html"))
    docs, errors = read_all(pages)
    assert errors == [] and len(docs) == len(pages) == 6
    for doc in docs:
        rec = recs[doc.id]
        text = " ".join(doc.text.split())
        assert doc.title == rec["title"] and doc.published == rec["published"]
        assert doc.author and doc.author in rec["provenance"]["byline"]
        assert doc.url and doc.url.startswith("https://")
        masked = list(rec["text"])
        for start, end in rec["discard"]:
            masked[start:end] = "\n" * (end - start)
        body = [p for p in "".join(masked).split("\n\n")[1:] if len(p.strip()) > 100]
        assert body and all(" ".join(p.split()) in text for p in body)
        for chrome in ("Cookie settings", "Accept all", "Most read", "Sign in", "Share on"):
            assert chrome not in doc.text
        assert "\n\n" in doc.text  # paragraphs stay apart for the structure stage


def test_kind_is_sniffed_when_the_extension_lies(tmp_path):
    (tmp_path / "page.txt").write_text(article_html("Really HTML", 1), encoding="utf-8")
    (tmp_path / "lines.txt").write_text(json.dumps({"text": "From JSON."}) + "\n")
    (tmp_path / "crawl.bin").write_bytes(write_warc(gzip=False, truncate_last=False))
    docs, errors = read_all([tmp_path])
    assert errors == []
    by_id = {d.id: d for d in docs}
    assert by_id["page"].title == "Really HTML" and "<p>" not in by_id["page"].text
    assert by_id["lines-1"].text == "From JSON."
    assert sum(d.id.startswith("https://news.example/story-") for d in docs) == 4


def test_gzip_of_each_kind_and_a_fake_gz(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(b"Plain text article."))
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(b'{"id": "j", "text": "From gz."}\n'))
    (tmp_path / "c.gz").write_bytes(b"this was never compressed")
    (tmp_path / "d.txt").write_text("Still read after the bad one.")
    docs, errors = read_all([tmp_path])
    assert [(d.id, d.text) for d in docs] == [
        ("a", "Plain text article."), ("j", "From gz."), ("d", "Still read after the bad one.")]
    assert len(errors) == 1 and "c.gz" in errors[0] and "not gzip" in errors[0]


def test_bad_files_are_reported_and_the_rest_read(tmp_path):
    (tmp_path / "1-empty.txt").write_bytes(b"")
    (tmp_path / "2-blank.txt").write_bytes(b"  \n\t\n")
    (tmp_path / "3-binary.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (tmp_path / "4-latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "5-no-article.html").write_text(
        "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (tmp_path / "6-malformed.html").write_text(
        "<html><body><article><h1>Broken page<p>" + "<p>".join(PARAGRAPHS) + "<div><b>")
    (tmp_path / "7-good.txt").write_text("A good article.")
    docs, errors = read_all([tmp_path, tmp_path / "missing.txt"])
    assert [d.id for d in docs] == ["6-malformed", "7-good"]
    assert PARAGRAPHS[1].split(",")[0] in docs[0].text
    expected = ["1-empty.txt: is empty", "2-blank.txt: holds only whitespace",
                "3-binary.txt: is a binary file", "4-latin1.txt: not valid UTF-8",
                "5-no-article.html: no article text", "missing.txt: no such file"]
    assert len(errors) == len(expected)
    for message, part in zip(errors, expected):
        assert part in message and "\n" not in message


def test_broken_jsonl_is_reported_by_line_not_read_as_text(tmp_path):
    (tmp_path / "bad.jsonl").write_text("{not json\nplain words\n")
    docs, errors = read_all([tmp_path / "bad.jsonl"])
    assert docs == [] and len(errors) == 2
    assert "bad.jsonl:1" in errors[0] and "bad.jsonl:2" in errors[1]


def test_without_a_handler_errors_are_raised(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        list(read_inputs([str(tmp_path / "empty.txt")]))


def test_directories_are_recursive_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z")
    (tmp_path / "b" / "a.txt").write_text("a")
    (tmp_path / "c.txt").write_text("c")
    (tmp_path / ".hidden.txt").write_text("hidden")
    docs, _ = read_all([tmp_path])
    assert [d.id for d in docs] == ["a", "z", "c"]


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(
        b'{"id": "s1", "text": "one"}\n{"id": "s2", "text": "two"}\n')))
    assert [d.text for d in read_inputs(["-"])] == ["one", "two"]


@pytest.mark.parametrize("fixture", ["warc_file", "warc_gz_file"])
def test_warc_html_records_and_one_warning_for_the_cut_record(fixture, request):
    path = request.getfixturevalue(fixture)
    docs, errors = read_all([path])
    assert [d.id for d in docs] == [f"https://news.example/story-{i}" for i in range(3)]
    assert all(d.url == d.id and d.title.startswith("Story number") for d in docs)
    assert all(PARAGRAPHS[2][:40] in d.text for d in docs)
    assert len(errors) == 1
    assert "story-cut" in errors[0] or "cut" in errors[0]
    assert str(path) in errors[0]


def test_read_bytes_matches_read_inputs(warc_gz_file):
    errors: list[InputError] = []
    docs = list(read_bytes(warc_gz_file.read_bytes(), "s3://bucket/crawl.warc.gz",
                           on_error=errors.append))
    assert [d.id for d in docs] == [f"https://news.example/story-{i}" for i in range(3)]
    assert len(errors) == 1 and "s3://bucket/crawl.warc.gz" in str(errors[0])
    assert [d.text for d in read_bytes(b"Some text.", "x/note.txt")] == ["Some text."]
    assert next(read_bytes(b"Some text.", "x/note.txt")).id == "note"


def test_warc_cut_inside_a_gzip_member_keeps_earlier_records(tmp_path):
    from warcio.archiveiterator import ArchiveIterator

    data = write_warc(gzip=True, truncate_last=False)
    records = ArchiveIterator(io.BytesIO(data))
    spans = [(records.get_record_offset(), records.get_record_length()) for _ in records]
    third_start, third_length = spans[2]
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: third_start + third_length // 2])  # inside story-2's member
    (tmp_path / "z-after.txt").write_text("Read after the cut archive.")
    docs, errors = read_all([tmp_path])
    assert [d.id for d in docs] == ["https://news.example/story-0",
                                    "https://news.example/story-1", "z-after"]
    assert len(errors) == 1 and "cut.warc.gz" in errors[0]


def test_html_keeps_lists_quotes_and_subheads_as_blocks(tmp_path):
    (tmp_path / "p.html").write_text(
        "<html><head><title>Budget row | Site</title></head><body><nav><ul><li>Home</li>"
        "<li>World</li></ul></nav><article><h1>Budget row deepens</h1>"
        f"<p>{PARAGRAPHS[0]}</p><h2>What the plan says</h2>"
        "<ul><li>Spending on defence rises by 3%, the plan shows.</li>"
        "<li>Pensions are frozen for two years, according to the draft.</li></ul>"
        f"<blockquote>{PARAGRAPHS[1]}</blockquote><p>{PARAGRAPHS[2]}</p></article>"
        "<footer>Copyright Site</footer></body></html>")
    (doc,), _ = read_all([tmp_path / "p.html"])
    assert doc.text.split("\n\n") == [
        "Budget row deepens", PARAGRAPHS[0], "What the plan says",
        "Spending on defence rises by 3%, the plan shows.\n"
        "Pensions are frozen for two years, according to the draft.",
        PARAGRAPHS[1], PARAGRAPHS[2]]


def test_a_huge_single_document_is_refused_without_reading_it_all(tmp_path, monkeypatch):
    from saidwhat.read import limits

    monkeypatch.setattr(limits, "MAX_DOCUMENT_BYTES", 1000)
    (tmp_path / "a-big.txt").write_text("word " * 1000)
    (tmp_path / "b-small.txt").write_text("word " * 10)
    docs, errors = read_all([tmp_path])
    assert [d.id for d in docs] == ["b-small"]
    assert len(errors) == 1 and "a-big.txt" in errors[0] and "too big" in errors[0]
