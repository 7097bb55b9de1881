"""Store errors say what happened: busy, read-only, bad query; "damaged" only when
SQLite says so. Queries and paging numbers are bounded (issue 18)."""

from __future__ import annotations

import sqlite3
import threading

import pytest

import saidwhat
from saidwhat.errors import SaidwhatError
from saidwhat.store import Corpus, corpus as corpus_module


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "c.db"
    with Corpus(path) as c:
        c.add_articles([saidwhat.analyze('"Sanctions hurt us," the minister said.', id="a")])
    return path


@pytest.mark.parametrize("query", ["NEAR(a, b)", "a\x00b", "x\ud800y", '"unbalanced',
                                   "((a", "a OR"])
def test_odd_queries_are_answered_or_a_clear_query_error(db, query):
    with Corpus(db, readonly=True) as c:
        try:
            c.search(query)
        except SaidwhatError as exc:
            assert "damaged" not in str(exc) and "query" in str(exc)


def test_huge_queries_and_offsets_are_bounded(db):
    with Corpus(db, readonly=True) as c:
        with pytest.raises(SaidwhatError, match="characters"):
            c.search(" OR ".join(f"w{i}" for i in range(2000)))
        with pytest.raises(SaidwhatError, match="terms"):
            c.search(" OR ".join(f"w{i}" for i in range(100)))
        assert c.search("sanctions", offset=2**63) == []
        assert c.search("sanctions", limit=2**70)


def test_a_second_writer_waits_for_its_turn(db, monkeypatch):
    monkeypatch.setattr(corpus_module, "_BUSY_SECONDS", 0.2)
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    waits: list[float] = []
    article = saidwhat.analyze("The mayor said the road is open.", id="b")
    threading.Timer(1.0, lambda: holder.execute("COMMIT")).start()
    with Corpus(db, on_wait=waits.append) as c:
        c.add_articles([article])
        assert c.article("b") is not None
    assert waits, "it never reported waiting"


def test_a_writer_that_never_gets_its_turn_gets_a_clear_message(db, monkeypatch):
    monkeypatch.setattr(corpus_module, "_BUSY_SECONDS", 0.1)
    monkeypatch.setattr(corpus_module, "WRITER_WAIT_SECONDS", 0.5)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Corpus(db) as c, pytest.raises(SaidwhatError) as err:
            c.add_articles([saidwhat.analyze("The mayor said hello.", id="c")])
        assert "another process" in str(err.value) and "damaged" not in str(err.value)
    finally:
        holder.execute("ROLLBACK")


def test_messages_name_what_happened(tmp_path):
    problem = corpus_module._problem
    path = tmp_path / "c.db"
    assert "read-only" in problem(path, sqlite3.OperationalError(
        "attempt to write a readonly database"))
    assert "space" in problem(path, sqlite3.OperationalError("database or disk is full"))
    assert "damaged" in problem(path, sqlite3.DatabaseError("database disk image is malformed"))
    assert "damaged" not in problem(path, sqlite3.OperationalError("no such function: x"))
