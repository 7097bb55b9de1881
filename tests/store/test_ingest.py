"""Ingest: real analysis into a store, idempotence, failures, workers, kill -9, Parquet."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from saidwhat import SaidwhatError
from saidwhat.store import Corpus

from ..conftest import DEV_GOLD, EXAMPLE_TXT, read_jsonl

CLI = [sys.executable, "-c", "from saidwhat.cli import main; main()"]


def saidwhat_cli(*args, check=True) -> subprocess.CompletedProcess:
    done = subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True,
                          timeout=600, env={**os.environ, "COLUMNS": "200"})
    if check:
        assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="session")
def dev_ids() -> list[str]:
    if not DEV_GOLD.exists():
        pytest.skip("../shared is not beside the project")
    return [r["id"] for r in read_jsonl(DEV_GOLD)]


@pytest.fixture(scope="session")
def ingested(tmp_path_factory, dev_ids):
    """The dev set and the founding article, ingested once by one worker."""
    path = tmp_path_factory.mktemp("ingest") / "corpus.db"
    with Corpus(path) as corpus:
        summary = corpus.ingest([str(DEV_GOLD), str(EXAMPLE_TXT)], workers=1)
    return path, summary


def test_ingest_stores_every_article_once(ingested, dev_ids):
    path, summary = ingested
    n = len(dev_ids) + 1
    assert (summary.read, summary.analysed, summary.added, summary.duplicates) == (n, n, n, 0)
    assert summary.failed == []
    with Corpus(path) as corpus:
        stored = {a.id for a in corpus.articles(limit=1000)}
        assert stored == {*dev_ids, EXAMPLE_TXT.stem}
        assert corpus.stats()["attributions"] > 0
        again = corpus.ingest([str(DEV_GOLD), str(EXAMPLE_TXT)], workers=1)
        assert (again.added, again.duplicates, again.analysed) == (0, n, 0)
        assert corpus.stats()["articles"] == n


def test_search_sanctions_by_borodavkin(ingested):
    path, _ = ingested
    out = saidwhat_cli("search", "sanctions", "--speaker", "Borodavkin", "--db", path,
                       "--format", "json").stdout
    hits = json.loads(out)
    assert hits, "no sanction statement by Borodavkin found"
    for hit in hits:
        assert "Borodavkin" in (hit["speaker"] or hit["source_text"])
        assert "sanction" in hit["content_text"].lower()
        assert hit["article_id"] == EXAMPLE_TXT.stem
    table = saidwhat_cli("search", "sanctions", "--speaker", "Borodavkin", "--db", path).stdout
    assert "Borodavkin" in table and "sanctions" in table


def test_show_and_speakers_commands(ingested):
    path, _ = ingested
    shown = saidwhat_cli("show", EXAMPLE_TXT.stem, "--db", path).stdout
    assert "Borodavkin" in shown and "[1]" in shown
    speakers = json.loads(saidwhat_cli("speakers", "--db", path, "--format", "json").stdout)
    assert speakers and speakers[0]["statements"] >= speakers[-1]["statements"]


def test_bad_inputs_are_reported_and_the_rest_is_stored(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "ok-1", "text": "The minister said the plan would work."}\n'
                   "{not json\n"
                   '{"id": "ok-2", "text": "Prices will rise, traders said on Monday."}\n')
    with Corpus(tmp_path / "c.db") as corpus:
        summary = corpus.ingest([str(bad), str(tmp_path / "missing.txt")], workers=1)
        assert summary.added == 2
        wheres = " ".join(why for _, why in summary.failed)
        assert len(summary.failed) == 2 and "bad.jsonl" in wheres and "missing.txt" in wheres


def test_two_workers_store_what_one_worker_stores(tmp_path, dev_ids):
    # dev_ids: skips, like the other tests, when ../shared is not beside the project
    sample = tmp_path / "sample.jsonl"
    sample.write_text("".join(DEV_GOLD.read_text(encoding="utf-8").splitlines(True)[:8]),
                      encoding="utf-8")
    with Corpus(tmp_path / "one.db") as one, Corpus(tmp_path / "two.db") as two:
        one.ingest([str(sample)], workers=1, batch_size=2)
        summary = two.ingest([str(sample)], workers=2, batch_size=2)
        assert summary.added == one.stats()["articles"] == 8
        for a in one.articles(limit=1000):
            assert two.article(a.id).to_dict() == one.article(a.id).to_dict()


def test_sigkill_mid_ingest_then_resume_stores_each_article_once(tmp_path, dev_ids):
    db = tmp_path / "killed.db"
    command = [*CLI, "ingest", str(DEV_GOLD), "--db", str(db), "--workers", "2",
               "--batch-size", "2"]
    proc = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    stored_at_kill = 0
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:
            stored_at_kill = _count(db)
            if stored_at_kill >= 2:
                break
            time.sleep(0.05)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its workers, as kill -9 would
        proc.wait()
    stored_at_kill = _count(db)
    assert 0 < stored_at_kill < len(dev_ids), "the ingest was not killed mid-way"

    resumed = saidwhat_cli("ingest", DEV_GOLD, "--db", db, "--workers", "1").stderr
    assert f"skipped {stored_at_kill} as duplicate" in resumed
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = [r[0] for r in con.execute("SELECT id FROM articles")]
        con.execute("INSERT INTO attribution_fts (attribution_fts) VALUES ('integrity-check')")
    assert sorted(ids) == sorted(dev_ids)


def _count(db) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as con:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # schema not created yet
        return 0


def test_from_parquet_stores_the_spark_output(ingested, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path, _ = ingested
    with Corpus(path, readonly=True) as corpus:
        articles = [corpus.article(a.id) for a in corpus.articles(limit=5)]
    folder = tmp_path / "spark-out" / "articles"
    folder.mkdir(parents=True)
    pq.write_table(pa.table({"article_json": [json.dumps(a.to_dict()) for a in articles]}),
                   folder / "part-0.parquet")
    db = tmp_path / "p.db"
    log = saidwhat_cli("ingest", tmp_path / "spark-out", "--from-parquet", "--db", db).stderr
    assert "stored 5" in log
    with Corpus(db, readonly=True) as corpus:
        for a in articles:
            assert corpus.article(a.id).to_dict() == a.to_dict()
    missing = saidwhat_cli("ingest", tmp_path / "nope", "--from-parquet", "--db", db,
                           check=False)
    assert missing.returncode == 1 and "Traceback" not in missing.stderr


@pytest.mark.parametrize("args", [
    ["search", "x", "--db", "{tmp}/missing.db"],
    ["search", "x", "--db", "{tmp}/garbage.db"],
    ["search", "x", "--since", "March", "--db", "{db}"],
    ["search", "sanctions AND", "--db", "{db}"],
    ["show", "no-such-article", "--db", "{db}"],
])
def test_cli_errors_are_one_line(ingested, tmp_path, args):
    path, _ = ingested
    (tmp_path / "garbage.db").write_bytes(b"\x00garbage" * 64)
    done = saidwhat_cli(*(a.format(tmp=tmp_path, db=path) for a in args), check=False)
    assert done.returncode == 1
    assert done.stderr.startswith("saidwhat: error: ") and done.stderr.count("\n") == 1


def test_library_errors_name_the_problem(tmp_path):
    with pytest.raises(SaidwhatError, match="bad date"):
        with Corpus(tmp_path / "c.db") as corpus:
            corpus.search("x", until="2024-02-30")
