"""What each Spark task runs, without Spark: a bad article becomes a failure row and
the rest of its batch is still analysed."""

from __future__ import annotations

from saidwhat.pipeline import MAX_ARTICLE_CHARS, Document
from saidwhat.spark.job import analyze_partition, read_file
from saidwhat.spark.tables import COLUMNS, published_date


def test_article_that_cannot_be_analysed_becomes_a_failure_row(founding_text):
    good = Document(id="good", text=founding_text, published="2022-10-18")
    huge = Document(id="huge", text="word " * (MAX_ARTICLE_CHARS // 5 + 1))
    records = [("document", ("a.jsonl", good)), ("document", ("a.jsonl", huge)),
               ("failures", ("b.warc", "b.warc record 3", "read", "cut short"))]
    rows = list(analyze_partition(records))
    failures = [row for table, row in rows if table == "failures"]
    assert ("b.warc", "b.warc record 3", "read", "cut short") in failures
    analyze_failure = [f for f in failures if f[2] == "analyze"]
    assert len(analyze_failure) == 1 and analyze_failure[0][:2] == ("a.jsonl", "huge")
    assert "limit" in analyze_failure[0][3]
    articles = [dict(zip(COLUMNS["articles"], row)) for table, row in rows if table == "articles"]
    assert [a["article_id"] for a in articles] == ["good"]
    assert articles[0]["n_attributions"] > 0
    assert articles[0]["published_date"] == "2022-10-18"


def test_unreadable_lines_become_failure_rows_and_the_rest_is_read():
    data = b'{"id": "a", "text": "He said so."}\nnot json\n{"id": "b", "text": "Yes."}\n'
    out = list(read_file(("hdfs:///x/news.jsonl", data)))
    documents = [value[1].id for tag, value in out if tag == "document"]
    failures = [value for tag, value in out if tag == "failures"]
    assert documents == ["a", "b"]
    assert len(failures) == 1
    assert failures[0][0] == "hdfs:///x/news.jsonl" and failures[0][2] == "read"
    assert ":2" in failures[0][1]


def test_published_date_partition_values():
    assert published_date("2022-10-18T09:30:00+03:00") == "2022-10-18"
    assert published_date("2024-03") == "2024-03"
    assert published_date(None) == "unknown"
    assert published_date("last Tuesday") == "unknown"


def test_analysis_hands_spark_arrow_batches_of_every_table(founding_text):
    import pickle

    import pyarrow as pa

    from saidwhat.spark.job import analyze_batches
    from saidwhat.spark.tables import ARROW_ROW_SCHEMA, TABLE_COLUMN

    good = Document(id="good", text=founding_text, published="2022-10-18")
    records = [("document", ("a.jsonl", good)),
               ("failures", ("b.warc", "b.warc record 3", "read", "cut short"))]
    batch = pa.record_batch([pa.array([pickle.dumps(r) for r in records], pa.binary())],
                            names=["record"])
    out = pa.Table.from_batches(list(analyze_batches(iter([batch]))))
    assert out.schema == ARROW_ROW_SCHEMA
    tables = out.column(TABLE_COLUMN).to_pylist()
    assert {"articles", "attributions", "entities", "amounts", "failures"} <= set(tables)
    # Each row fills the struct of its own table and no other.
    for i, table in enumerate(tables):
        filled = [name for name in ARROW_ROW_SCHEMA.names[1:] if out.column(name)[i].is_valid]
        assert filled == [table]
    (article,) = [out.column("articles")[i].as_py() for i, t in enumerate(tables)
                  if t == "articles"]
    assert article["article_id"] == "good" and article["published_date"] == "2022-10-18"
    attributions = [out.column("attributions")[i].as_py() for i, t in enumerate(tables)
                    if t == "attributions"]
    assert len(attributions) == article["n_attributions"] > 0
    assert all(a["content_text"] == founding_text[a["content"][0][0]:a["content"][0][1]]
               for a in attributions if len(a["content"]) == 1)
    (failure,) = [out.column("failures")[i].as_py() for i, t in enumerate(tables)
                  if t == "failures"]
    assert failure == {"source": "b.warc", "record": "b.warc record 3", "stage": "read",
                       "reason": "cut short"}
