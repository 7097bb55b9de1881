"""Corpus: storing, idempotence, search and filters, speakers, export, bad files."""

from __future__ import annotations

import copy
import csv
import json
import sqlite3
from collections import Counter

import pytest

from saidwhat import Amount, Entity, SaidwhatError
from saidwhat.store import MATCH_START, Corpus


def n_attributions(articles) -> int:
    return sum(len(a.attributions) for a in articles)


def test_stats_count_what_was_added(corpus, gold_articles):
    stats = corpus.stats()
    assert stats["articles"] == len(gold_articles)
    assert stats["attributions"] == n_attributions(gold_articles)


def test_adding_the_same_text_again_adds_nothing(corpus, gold_articles):
    again = copy.deepcopy(gold_articles)
    for a in again:
        a.id += "-copy"  # the text, not the id, is the identity
    result = corpus.add_articles(again)
    assert result.added == [] and result.duplicates == len(gold_articles)
    assert corpus.stats()["articles"] == len(gold_articles)


def test_same_id_with_other_text_keeps_both(corpus, gold_articles):
    first = gold_articles[0]
    changed = copy.deepcopy(first)
    changed.text = first.text + "\nCorrection appended."
    result = corpus.add_articles([changed])
    assert result.renamed == [(first.id, first.id + "~2")]
    assert corpus.article(first.id).text == first.text
    assert corpus.article(first.id + "~2").text == changed.text


def test_article_comes_back_as_stored(corpus, gold_articles):
    for original in gold_articles[:5] + gold_articles[-1:]:
        assert corpus.article(original.id).to_dict() == original.to_dict()
    assert corpus.article("no-such-id") is None


def test_entities_amounts_and_about_are_stored_and_searchable(tmp_path, gold_articles):
    article = copy.deepcopy(gold_articles[-1])  # the founding article
    target = article.attributions[0]
    s, e = target.content[0]
    article.entities = [Entity(id=1, type="organization", name="Zorblax Union",
                               mentions=[(s, s + 5)])]
    target.about = [1]
    article.amounts = [Amount(span=(s, e), text="x", value=[1.0, 2.0], unit="percent",
                              attribution=target.id)]
    with Corpus(tmp_path / "c.db") as c:
        c.add_articles([article])
        stats = c.stats()
        assert (stats["entities"], stats["amounts"]) == (1, 1)
        assert c.article(article.id).to_dict() == article.to_dict()
        hits = c.search(about="zorblax")  # a word of the entity's name, not in the text
        assert [(h.article_id, h.attribution_id) for h in hits] == [(article.id, target.id)]
        in_text = c.search(about="Kazakhstan", limit=100)  # or a phrase in the statement
        assert in_text and all("Kazakhstan" in h.content_text for h in in_text)


def test_plain_word_search_is_stemmed_and_marks_the_match(corpus, gold_articles):
    hits = corpus.search("sanction", limit=1000)
    expected = {(a.id, x.id) for a in gold_articles for x in a.attributions
                if "sanction" in a.span_text(x.content).lower()}
    assert expected and {(h.article_id, h.attribution_id) for h in hits} == expected
    for h in hits:
        assert MATCH_START in h.snippet
        assert any(m and text.lower().startswith("sanction") for text, m in h.snippet_parts())


def test_speaker_filter_matches_a_part_of_the_name(corpus, gold_articles):
    hits = corpus.search("sanctions", speaker="Borodavkin")
    expected = [x for a in gold_articles for x in a.attributions
                if x.speaker == "Alexey Borodavkin" and "sanction" in a.span_text(x.content)]
    assert len(hits) == len(expected) > 0
    assert {h.speaker for h in hits} == {"Alexey Borodavkin"}
    assert len(corpus.search(speaker="borodavkin", limit=1000)) == sum(
        x.speaker == "Alexey Borodavkin" for a in gold_articles for x in a.attributions)


def test_filters_keep_only_matching_statements(corpus, gold_articles):
    published = {a.id: a.published for a in gold_articles}
    hits = corpus.search(since="2024-03", until="2024-09", limit=10_000)
    assert hits and all("2024-03" <= published[h.article_id] <= "2024-09-31" for h in hits)
    assert len(hits) == sum(len(a.attributions) for a in gold_articles
                            if "2024-03" <= a.published <= "2024-09-31")
    direct = corpus.search(kind="direct", limit=10_000)
    assert direct and {h.kind for h in direct} == {"direct"}
    newest = corpus.search(speaker="Borodavkin", order="newest")
    oldest = corpus.search(kind="direct", order="oldest", limit=10_000)
    assert [h.published for h in oldest] == sorted(h.published for h in oldest)
    assert newest[0].published == "2022-10-18"


def test_wire_filter(tmp_path, gold_articles):
    tass, other = copy.deepcopy(gold_articles[-1]), copy.deepcopy(gold_articles[0])
    tass.provenance.wire = "TASS"
    with Corpus(tmp_path / "c.db") as c:
        c.add_articles([tass, other])
        hits = c.search(wire="tass", limit=1000)
        assert len(hits) == len(tass.attributions)
        assert {h.wire for h in hits} == {"TASS"}


@pytest.mark.parametrize("query", ["U.S. anti-sanctions", "don't", "50% (roughly", "a:b",
                                   '"unclosed phrase', "sanctions*", "NEAR(sanctions Russia, 10)",
                                   "sanctions OR tariffs", "sanctions NOT Kazakhstan"])
def test_plain_text_and_fts_operators_do_not_crash(corpus, query):
    corpus.search(query)


@pytest.mark.parametrize("query", ["AND", "sanctions OR", "(sanctions OR) tariffs", "NOT"])
def test_fts_syntax_error_is_a_clear_error(corpus, query):
    with pytest.raises(SaidwhatError, match="bad search query"):
        corpus.search(query)


def test_operators_change_the_result(corpus):
    both = {(h.article_id, h.attribution_id) for h in corpus.search("sanctions Russia", limit=999)}
    either = {(h.article_id, h.attribution_id)
              for h in corpus.search("sanctions OR Russia", limit=999)}
    without = {(h.article_id, h.attribution_id)
               for h in corpus.search("sanctions NOT Russia", limit=999)}
    assert both < either and without and not (both & without)


@pytest.mark.parametrize("kw", [{"since": "2024-13"}, {"until": "yesterday"},
                                {"kind": "quote"}, {"order": "best"}])
def test_bad_filters_are_clear_errors(corpus, kw):
    with pytest.raises(SaidwhatError):
        corpus.search("sanctions", **kw)


def test_speakers_count_statements_articles_and_dates(corpus, gold_articles):
    stats = {s.name: s for s in corpus.speakers(limit=10_000)}
    counts = Counter(x.speaker for a in gold_articles for x in a.attributions if x.speaker)
    assert {name: s.statements for name, s in stats.items()} == dict(counts)
    top = corpus.speakers(limit=1)[0]
    assert top.statements == max(counts.values())
    assert corpus.speakers(query="borodav")[0].name == "Alexey Borodavkin"
    borodavkin = stats["Alexey Borodavkin"]
    assert (borodavkin.articles, borodavkin.first, borodavkin.last) == (1, "2022-10-18",
                                                                       "2022-10-18")


def test_statements_by_a_speaker(corpus):
    hits = corpus.statements_by("alexey borodavkin")
    assert len(hits) == corpus.speakers(query="Borodavkin")[0].statements
    assert [h.attribution_id for h in hits] == sorted(h.attribution_id for h in hits)


def test_articles_browse_and_search(corpus, gold_articles):
    page = corpus.articles(limit=5)
    assert [a.published for a in page] == sorted((a.published for a in gold_articles),
                                                 reverse=True)[:5]
    assert corpus.articles(limit=5, offset=5)[0].id not in {a.id for a in page}
    found = corpus.articles(query="Borodavkin ambassador")
    assert found[0].id == "borodavkin-tass-2022-10-18"


def test_export_every_attribution(corpus, gold_articles, tmp_path):
    total = n_attributions(gold_articles)
    assert corpus.export("jsonl", tmp_path / "a.jsonl") == total
    rows = [json.loads(line) for line in (tmp_path / "a.jsonl").read_text().splitlines()]
    by_id = {a.id: a for a in gold_articles}
    for row in rows[:50]:
        article = by_id[row["article_id"]]
        assert article.span_text([tuple(s) for s in row["content"]]) == row["content_text"]
    assert corpus.export("csv", tmp_path / "a.csv") == total
    with open(tmp_path / "a.csv", newline="") as f:
        assert len(list(csv.DictReader(f))) == total
    import pyarrow.parquet as pq

    assert corpus.export("parquet", tmp_path / "a.parquet") == total
    table = pq.read_table(tmp_path / "a.parquet")
    assert table.num_rows == total
    assert table.column("content").to_pylist()[0] == rows[0]["content"]
    with pytest.raises(SaidwhatError):
        corpus.export("xml", tmp_path / "a.xml")


def test_a_failing_batch_stores_nothing_and_keeps_what_was_stored(corpus, gold_articles):
    good = copy.deepcopy(gold_articles[0])
    good.text += " (new)"
    broken = copy.deepcopy(gold_articles[1])
    broken.text += " (new)"
    broken.attributions[0].kind = None  # NOT NULL: the insert fails mid-batch
    before = corpus.stats()
    with pytest.raises(sqlite3.IntegrityError):
        corpus.add_articles([good, broken])
    assert corpus.stats() == before
    assert corpus.search("sanctions", speaker="Borodavkin")


def test_bad_store_files_are_clear_errors(tmp_path):
    with pytest.raises(SaidwhatError, match="no corpus"):
        Corpus(tmp_path / "missing.db", readonly=True)
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(SaidwhatError, match="not a saidwhat corpus"):
        Corpus(garbage)
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
    with pytest.raises(SaidwhatError, match="not a saidwhat corpus"):
        Corpus(other)
    with pytest.raises(SaidwhatError, match="does not exist"):
        Corpus(tmp_path / "no" / "dir.db")


def test_readonly_corpus_refuses_writes(corpus, gold_articles):
    with Corpus(corpus.path, readonly=True) as ro:
        assert ro.stats()["articles"] == len(gold_articles)
        with pytest.raises(SaidwhatError, match="read-only"):
            ro.add_articles(gold_articles[:1])


@pytest.mark.parametrize("args, kw", [(("sanctions",), {}), ((), {"speaker": "Borodavkin"}),
                                      (("prices",), {"since": "2024", "kind": "indirect"}),
                                      ((), {"kind": "indirect"})])
def test_count_is_the_number_of_hits(corpus, args, kw):
    assert corpus.count(*args, **kw) == len(corpus.search(*args, **kw, limit=100_000)) > 0


def test_a_damaged_store_is_a_clear_error(corpus, tmp_path):
    corpus.close()
    with sqlite3.connect(corpus.path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(corpus.path.read_bytes())
    for page in range(4096 * 2, len(data), 4096):  # keep the header and schema page
        data[page + 100:page + 600] = b"\xff" * 500
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(bytes(data))
    with pytest.raises(SaidwhatError, match="damaged"):
        with Corpus(damaged, readonly=True) as c:
            c.search("sanctions")
            c.speakers()
    truncated = tmp_path / "truncated.db"
    truncated.write_bytes(bytes(data[: len(data) // 2]))
    with pytest.raises(SaidwhatError, match="damaged"):
        with Corpus(truncated, readonly=True) as c:
            c.search("sanctions")
