"""One Spark run of the CLI on local[2] over the dev set plus a WARC with a broken
record, shared by the tests of this folder (Spark start-up costs seconds)."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest

from ..read.conftest import write_crawler_warc
from ..conftest import DEV_GOLD, GOLD_HTML

#: Small and quiet: no UI (ports are shared on this machine), few shuffle partitions.
TEST_CONF = ("spark.ui.enabled=false", "spark.sql.shuffle.partitions=2",
             "spark.default.parallelism=2")


def _skip_without_spark() -> None:
    pytest.importorskip("pyspark", reason="pyspark is not installed; "
                                          "pip install -e '.[spark]' to run the Spark tests")
    if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
        pytest.skip("no Java found (Spark needs Java 17+); install openjdk-17 to run "
                    "the Spark tests")


def write_warc_with_broken_record(path: Path, pages: list[Path]) -> None:
    """A gzipped WARC: a response per page, and between the first two a response
    whose 'HTML' is random bytes (a binary file served as text/html)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    bodies = [(f"https://news.example/{p.stem}", p.read_bytes()) for p in pages]
    bodies.insert(1, ("https://news.example/broken", os.urandom(4000)))
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for uri, body in bodies:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")],
                protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers))


@pytest.fixture(scope="session")
def warc_pages() -> list[Path]:
    if not GOLD_HTML.is_dir():
        pytest.skip("../shared/gold/html is not beside the project")
    return sorted(GOLD_HTML.glob("*.html"))[:2]


@pytest.fixture(scope="session")
def spark_run(tmp_path_factory, warc_pages):
    """``saidwhat spark dev.jsonl crawl.warc.gz --output OUT --master local[2]``, run
    once: (CLI result, output folder, WARC path)."""
    _skip_without_spark()
    if not DEV_GOLD.exists():
        pytest.skip("../shared/gold/dev.jsonl is not beside the project")
    from typer.testing import CliRunner

    from saidwhat.cli.main import app

    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    work = tmp_path_factory.mktemp("spark")
    warc = work / "crawl.warc.gz"
    write_warc_with_broken_record(warc, warc_pages)
    # and one written as crawlers write them: warcinfo, request/response/metadata
    (work / "crawler.warc.gz").write_bytes(write_crawler_warc(gzip=True))
    out = work / "out"
    args = ["spark", str(DEV_GOLD), str(warc), str(work / "crawler.warc.gz"),
            "--output", str(out), "--master", "local[2]"]
    for setting in TEST_CONF:
        args += ["--conf", setting]
    result = CliRunner().invoke(app, args)
    yield result, out, warc
    from pyspark.sql import SparkSession

    session = SparkSession.getActiveSession()
    if session is not None:
        session.stop()
