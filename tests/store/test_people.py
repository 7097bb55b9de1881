"""One speaker across articles: names grouped, by hand too, in the corpus and the CLI."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

import saidwhat
from saidwhat.store import Corpus
from saidwhat.store.people import group_names

from .conftest import as_version_3

ARTICLES = {
    "budget-monday": "Budget talks resume\n\nTimothy Morrison, the finance minister, said on "
                     "Monday that the deficit would shrink. Morrison said talks would resume.",
    "budget-tuesday": "Minister defends cuts\n\nFinance minister Tim Morrison said the cuts "
                      "were fair. Opposition leader Jane Smith said they were not.",
    "budget-wednesday": "Rival plan unveiled\n\nJohn Smith, an economist at Harlow Bank, said "
                        "the rival plan added up. Smith said it would cost less.",
}


def test_names_of_one_person_are_one_group():
    counts = [("Xi Jinping", 10), ("President Xi", 2), ("Xi", 3), ("Tim Morrison", 4),
              ("Timothy Morrison", 2), ("Morrison", 1), ("Bill Clinton", 4),
              ("William Clinton", 1), ("Hillary Clinton", 6), ("Clinton", 2),
              ("Jane Smith", 2), ("John Smith", 3), ("Smith", 1), ("Jordan", 1),
              ("Michael Jordan", 2), ("Mr. Carl R. Davis", 1), ("Carl Davis", 2),
              ("Halden & Co", 3), ("Halden & Co.", 1),
              ("the governments of Kazakhstan and Russia", 1), ("Russia", 2)]
    g = group_names(counts)
    assert g["President Xi"] == g["Xi"] == g["Xi Jinping"] == "Xi Jinping"
    assert g["Tim Morrison"] == g["Timothy Morrison"] == g["Morrison"]
    assert g["Bill Clinton"] == g["William Clinton"] != g["Hillary Clinton"]
    assert g["Clinton"] == "Clinton"  # two Clintons: the surname alone names neither
    assert len({g["Jane Smith"], g["John Smith"], g["Smith"]}) == 3
    assert g["Jordan"] == "Jordan" != g["Michael Jordan"]  # a country, not the surname
    assert g["Mr. Carl R. Davis"] == g["Carl Davis"]
    assert g["Halden & Co"] == g["Halden & Co."]
    assert g["Russia"] == "Russia"  # not the last word of a person's name


def test_a_users_decision_comes_first():
    counts = [("Smith", 1), ("John Smith", 3), ("Tim Morrison", 4), ("Timothy Morrison", 2)]
    g = group_names(counts, {"Smith": "John Smith", "Timothy Morrison": None})
    assert g["Smith"] == "John Smith"
    assert g["Timothy Morrison"] == "Timothy Morrison" != g["Tim Morrison"]


@pytest.fixture(scope="module")
def analysed():
    return [saidwhat.analyze(text, id=key, published="2026-03-0" + str(n))
            for n, (key, text) in enumerate(ARTICLES.items(), 1)]


def test_corpus_lists_one_speaker_with_its_names_and_searches_them_all(tmp_path, analysed):
    with Corpus(tmp_path / "c.db") as corpus:
        corpus.add_articles(analysed)
        rows = {s.name: s for s in corpus.speakers(limit=100)}
        morrison = next(s for s in rows.values() if "Morrison" in s.name)
        names = {morrison.name, *morrison.aliases}
        assert {"Timothy Morrison", "Tim Morrison"} <= names
        said = sum(1 for a in analysed for x in a.attributions
                   if x.speaker and "Morrison" in x.speaker)
        assert morrison.statements == said
        hits = corpus.search(None, speaker="Tim Morrison", limit=50)
        assert {h.article_id for h in hits} == {"budget-monday", "budget-tuesday"}
        assert len(corpus.statements_by("timothy morrison")) == said
        # two people called Smith stay two speakers
        smiths = [s for s in rows.values() if "Smith" in s.name and not s.unresolved]
        assert {"Jane Smith", "John Smith"} <= {s.name for s in smiths}


def test_decisions_survive_reingest_and_an_old_store_is_upgraded(tmp_path, analysed):
    path = tmp_path / "c.db"
    with Corpus(path) as corpus:
        corpus.add_articles(analysed[:2])
        corpus.set_speaker_group("Tim Morrison", None)  # not the Timothy of Monday
        corpus.add_articles(analysed[2:])  # more articles: the decision holds
        assert corpus.aliases_of("Tim Morrison") == ["Tim Morrison"]
        assert corpus.add_articles(analysed).added == []  # re-ingest: nothing new
        assert corpus.aliases_of("Tim Morrison") == ["Tim Morrison"]
        corpus.set_speaker_group("Tim Morrison", "")  # forget it: grouped again
        assert "Timothy Morrison" in corpus.aliases_of("Tim Morrison")
    # a store written before speaker groups existed (version 2) opens and is upgraded
    as_version_3(path)
    db = sqlite3.connect(path)
    db.executescript("DROP TABLE speaker_groups; DROP TABLE speaker_overrides;"
                     " UPDATE meta SET value = '2' WHERE key = 'version';")
    db.close()
    with pytest.raises(saidwhat.SaidwhatError, match="open it once writable"):
        Corpus(path, readonly=True)
    with Corpus(path) as corpus:
        assert "Timothy Morrison" in corpus.aliases_of("Tim Morrison")
        assert corpus.stats()["articles"] == 3


def test_alias_command(tmp_path, analysed):
    path = tmp_path / "c.db"
    with Corpus(path) as corpus:
        corpus.add_articles(analysed)

    def run(*args):
        return subprocess.run([sys.executable, "-m", "saidwhat", *args, "--db", str(path)],
                              capture_output=True, text=True, timeout=120)

    split = run("alias", "Tim Morrison", "--alone")
    assert split.returncode == 0 and "a speaker of its own" in split.stdout
    listed = run("alias", "--list")
    assert "Tim Morrison\t" in listed.stdout
    table = run("speakers", "--format", "json")
    assert table.returncode == 0 and '"aliases"' in table.stdout
    bad = run("alias", "Tim Morrison")
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text("Tim Morrison\tTimothy Morrison\n", encoding="utf-8")
    merged = run("alias", "--file", str(aliases))
    assert merged.returncode == 0 and "same speaker as Timothy Morrison" in merged.stdout


def test_a_long_ingest_groups_once_at_the_end(tmp_path, analysed):
    from saidwhat.store.ingest import store_articles

    with Corpus(tmp_path / "c.db") as corpus:
        summary = store_articles(corpus, analysed, batch_size=1)
        assert summary.added == len(analysed)
        assert "Timothy Morrison" in corpus.aliases_of("Tim Morrison")
