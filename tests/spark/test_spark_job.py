"""The Spark job end to end on local[2]: same attributions as ``saidwhat analyze``,
broken records counted and reported, Parquet that rebuilds the exact articles."""

from __future__ import annotations

import json

import pyarrow.dataset as ds
import pytest
from typer.testing import CliRunner

from saidwhat.cli.main import app
from saidwhat.model import Article
from saidwhat.spark.io import articles_from_parquet
from saidwhat.spark.tables import UNKNOWN_DATE, published_date

from ..conftest import DEV_GOLD

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def analyzed_dev() -> dict[str, Article]:
    """``saidwhat analyze --format jsonl`` of the dev set, by article id."""
    result = CliRunner().invoke(app, ["analyze", "--format", "jsonl", str(DEV_GOLD)])
    assert result.exit_code == 0, result.output
    articles = [Article.from_dict(json.loads(line))
                for line in result.stdout.splitlines() if line.strip()]
    return {a.id: a for a in articles}


def _table(out, name: str) -> list[dict]:
    return ds.dataset(out / name, format="parquet", partitioning="hive").to_table().to_pylist()


def test_job_succeeds_and_reports_counts(spark_run):
    result, out, _ = spark_run
    assert result.exit_code == 0, result.output
    # the dev set's 30, the WARC's 2 good pages and the crawler WARC's 6
    assert "38 articles" in result.stderr
    assert "1 failed records" in result.stderr
    for table in ("articles", "attributions", "entities", "amounts", "failures"):
        assert (out / table / "_SUCCESS").exists(), table


def test_attributions_match_analyze(spark_run, analyzed_dev):
    _, out, _ = spark_run
    rows = [r for r in _table(out, "attributions") if r["article_id"] in analyzed_dev]
    from_spark = {(r["article_id"], r["attribution_id"], r["kind"], r["speaker"],
                   tuple(map(tuple, r["source"])), tuple(map(tuple, r["cue"])),
                   tuple(map(tuple, r["content"]))) for r in rows}
    from_analyze = {(a.id, t.id, t.kind, t.speaker, tuple(t.source), tuple(t.cue),
                     tuple(t.content))
                    for a in analyzed_dev.values() for t in a.attributions}
    assert len(from_analyze) > 100  # the dev set is full of quotes
    assert from_spark == from_analyze
    assert len(rows) == len(from_analyze)  # and no attribution written twice


def test_parquet_rebuilds_the_analyzed_articles(spark_run, analyzed_dev):
    _, out, _ = spark_run
    rebuilt = {a.id: a for a in articles_from_parquet(out) if a.id in analyzed_dev}
    assert rebuilt.keys() == analyzed_dev.keys()
    for article_id, article in analyzed_dev.items():
        assert rebuilt[article_id] == article, article_id


def test_tables_are_partitioned_by_publication_date(spark_run, analyzed_dev):
    _, out, _ = spark_run
    articles = _table(out, "articles")
    for row in articles:
        published = row["published"].isoformat() if row["published"] else None
        assert row["published_date"] == published_date(published)  # a date, typed
        assert (out / "articles" / f"published_date={row['published_date']}").is_dir()
    dev_dates = {published_date(a.published) for a in analyzed_dev.values()}
    assert len(dev_dates - {UNKNOWN_DATE}) > 5
    # Rebalanced by date before writing: a small date is one file, not one per task.
    for table in ("articles", "attributions", "entities", "amounts"):
        for folder in (out / table).glob("published_date=*"):
            assert len(list(folder.glob("*.parquet"))) == 1, folder
    assert not list(out.rglob("*.crc"))  # local output: no Hadoop checksum files


def test_broken_warc_record_is_counted_and_the_rest_analysed(spark_run, warc_pages):
    result, out, warc = spark_run
    failures = _table(out, "failures")
    assert len(failures) == 1
    failure = failures[0]
    assert failure["stage"] == "read"
    assert failure["source"].endswith(warc.name)
    assert "https://news.example/broken" in failure["record"] + failure["reason"]
    assert "no article text" in failure["reason"]
    assert "failed (read)" in result.stderr and "news.example/broken" in result.stderr
    from_warc = {r["article_id"] for r in _table(out, "articles")
                 if r["source"].endswith(warc.name)}
    assert from_warc == {f"https://news.example/{p.stem}" for p in warc_pages}


def test_a_crawler_warc_gives_every_html_response(spark_run):
    _, out, _ = spark_run
    crawled = {r["article_id"] for r in _table(out, "articles")
               if r["source"].endswith("crawler.warc.gz")}
    assert crawled == {f"https://news.example/crawl-{i}" for i in range(6)}


def test_existing_output_is_not_overwritten(spark_run):
    _, out, _ = spark_run
    before = sorted(p.name for p in out.iterdir())
    result = CliRunner().invoke(app, ["spark", str(DEV_GOLD), "--output", str(out)])
    assert result.exit_code != 0
    assert "--overwrite" in str(result.exception) + result.output
    assert sorted(p.name for p in out.iterdir()) == before


def test_spark_tables_have_the_declared_columns_and_types(spark_run):
    import pyarrow as pa

    from saidwhat import rows

    def same(a, b):
        if pa.types.is_list(a) or pa.types.is_large_list(a):
            return pa.types.is_list(b) and same(a.value_type, b.value_type)
        return a == b

    _, out, _ = spark_run
    for table, columns in rows.TABLES.items():
        schema = ds.dataset(out / table, format="parquet", partitioning="hive").schema
        for name, kind in columns:
            assert same(schema.field(name).type, rows.arrow_type(kind)), (table, name)
