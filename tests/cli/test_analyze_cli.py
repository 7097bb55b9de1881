"""`saidwhat analyze` from the shell: formats, progress, and bad input.

Each bad input gives one line on stderr naming the file (and line), never a
traceback, and the good inputs of the same run are still analysed."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import EXAMPLE_GOLD, EXAMPLE_TXT

GOOD = "The minister said the bridge would reopen in May.\n"


def run(*args: str, stdin: bytes | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "saidwhat", *args], input=stdin,
                          capture_output=True, timeout=timeout)


def names_line(message: str, file: str, line: int) -> bool:
    """`file:2:` or `file: line 2`: either way the user can find the line."""
    return re.search(rf"{re.escape(file)}(:| line ){line}\b", message) is not None


def no_traceback(proc: subprocess.CompletedProcess) -> None:
    assert b"Traceback" not in proc.stderr, proc.stderr.decode(errors="replace")


def test_jsonl_output_is_scorable_by_the_shared_scorer(tmp_path):
    out = tmp_path / "pred.jsonl"
    proc = run("analyze", str(EXAMPLE_TXT), "--format", "jsonl", "-o", str(out))
    no_traceback(proc)
    assert proc.returncode == 0
    record = json.loads(out.read_text())
    assert record["id"] == "borodavkin-tass-2022-10-18"  # file name without extension
    assert record["text"] == EXAMPLE_TXT.read_text(encoding="utf-8")
    for a in record["attributions"]:
        assert {"source", "cue", "content", "speaker", "kind", "nested_in"} <= a.keys()
    scorer = EXAMPLE_GOLD.parent.parent / "tools" / "score_attribution.py"
    if scorer.exists():
        score = subprocess.run([sys.executable, str(scorer), str(EXAMPLE_GOLD), str(out)],
                               capture_output=True, text=True, timeout=120)
        assert score.returncode == 0 and "content_soft" in score.stdout


def test_table_output_and_stdin():
    proc = run("analyze", "-", stdin=GOOD.encode())
    no_traceback(proc)
    assert proc.returncode == 0
    assert b"stdin" in proc.stdout and b"attributions" in proc.stdout


def test_explain_says_why_each_speaker():
    text = ("Finance Minister Lara Quist spoke on Monday. Quist said the budget would "
            "balance. She said taxes would not rise.\n")
    proc = run("analyze", "-", "--explain", stdin=text.encode())
    no_traceback(proc)
    out = proc.stdout.decode()
    assert proc.returncode == 0 and "speaker evidence:" in out
    lines = [ln for ln in out.splitlines() if ln.strip().startswith("#")]
    she = next(ln for ln in lines if " She -> " in ln)
    assert "Lara Quist" in she and "[pronoun]" in she
    start = text.index("Lara Quist")
    assert f"'Lara Quist' at {start}-{start + len('Lara Quist')}" in out


def test_json_output_is_one_document(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(GOOD)
    b.write_text(GOOD)
    proc = run("analyze", str(a), str(b), "--format", "json", "--no-text")
    no_traceback(proc)
    docs = json.loads(proc.stdout)
    assert [d["id"] for d in docs] == ["a", "b"]
    assert "text" not in docs[0]
    # a multi-article run reports progress on stderr
    assert b"2 articles" in proc.stderr


@pytest.fixture()
def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty": tmp_path / "empty.txt",
        "blank": tmp_path / "blank.txt",
        "binary": tmp_path / "binary.txt",
        "latin1": tmp_path / "latin1.txt",
        "jsonl": tmp_path / "mixed.jsonl",
        "good": tmp_path / "good.txt",
    }
    files["empty"].write_bytes(b"")
    files["blank"].write_bytes(b"  \n\t\n   \n")
    files["binary"].write_bytes(bytes(range(256)) * 64)
    files["latin1"].write_bytes("Le ministre a déclaré: « non ».".encode("latin-1"))
    files["jsonl"].write_text(
        json.dumps({"id": "ok-1", "text": GOOD}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "no-text", "title": "x"}) + "\n"
        + json.dumps({"id": "ok-2", "text": GOOD}) + "\n"
    )
    files["good"].write_text(GOOD)
    return files


def test_bad_inputs_are_one_line_each_and_the_rest_is_analysed(bad_inputs):
    proc = run("analyze", *map(str, bad_inputs.values()), "--format", "jsonl", "--no-text")
    no_traceback(proc)
    ids = [json.loads(line)["id"] for line in proc.stdout.decode().splitlines()]
    # good articles of the same run are all there
    assert {"ok-1", "ok-2", "good"} <= set(ids)
    for name in ("binary", "latin1"):
        assert name not in ids
    err = proc.stderr.decode()
    lines = [line for line in err.splitlines() if "warning" in line or "error" in line]
    assert any("binary.txt" in line for line in lines)
    assert any("latin1.txt" in line for line in lines)
    assert any(names_line(line, "mixed.jsonl", 2) for line in lines)
    assert any(names_line(line, "mixed.jsonl", 3) for line in lines)
    # empty or blank articles are an empty result or a one-line warning, never a crash
    for name in ("empty", "blank"):
        assert name not in ids or name in ids  # either way, but:
        assert not any(name in line and "Traceback" in line for line in lines)


def test_only_bad_input_exits_nonzero_with_one_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    proc = run("analyze", str(bad))
    no_traceback(proc)
    assert proc.returncode != 0
    assert len(proc.stderr.decode().strip().splitlines()) == 1
    assert names_line(proc.stderr.decode(), "bad.jsonl", 1)


def test_missing_file_is_one_line(tmp_path):
    proc = run("analyze", str(tmp_path / "nope.txt"))
    no_traceback(proc)
    assert proc.returncode != 0
    assert "nope.txt" in proc.stderr.decode()


def test_ten_megabyte_line_is_refused_quickly(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("word " * 2_000_000)  # 10 MB on one line
    proc = run("analyze", str(big), "--format", "jsonl", timeout=120)
    no_traceback(proc)
    assert "big" in proc.stderr.decode() and "limit" in proc.stderr.decode()


def test_unbalanced_quotation_marks_do_not_hang(tmp_path):
    # 5,000 opening marks with no closing ones, between ordinary sentences:
    # a hang guard (generous bound); the cost figure is in bench/bench_bad_input.py
    text = "\n\n".join(f'He said "point {i} and the minister said that it would rain'
                       for i in range(5000))
    f = tmp_path / "quotes.txt"
    f.write_text(text)
    proc = run("analyze", str(f), "--format", "jsonl", "--no-text", timeout=600)
    no_traceback(proc)
    assert proc.returncode == 0
    json.loads(proc.stdout)


def test_control_characters_never_reach_the_terminal(tmp_path):
    f = tmp_path / "esc.txt"
    f.write_text('"Prices \x1b]0;pwned\x07 will rise \x1b[31mtoday," the minister said.\n')
    proc = run("analyze", str(f))
    no_traceback(proc)
    assert proc.returncode == 0
    assert b"\x1b]0;" not in proc.stdout and b"\x07" not in proc.stdout
    assert "minister" in proc.stdout.decode()


def test_version_urls_and_the_metadata_of_pasted_text():
    version = run("--version")
    assert version.returncode == 0 and version.stdout.decode().startswith("saidwhat ")
    url = run("analyze", "https://example.com/news/1")
    no_traceback(url)
    assert url.returncode != 0 and b"URLs are not fetched" in url.stderr
    text = b"The minister said on Tuesday that the bridge would reopen.\n"
    proc = run("analyze", "-", "--published", "2026-03-14", "--title", "Bridge", "-f", "json",
               stdin=text)
    record = json.loads(proc.stdout)[0]
    assert (record["title"], record["published"]) == ("Bridge", "2026-03-14")
    assert any(d["value"] == "2026-03-10" for d in record["dates"])  # Tuesday before
    bad = run("analyze", "-", "--published", "soon", stdin=text)
    assert bad.returncode != 0 and b"YYYY-MM-DD" in bad.stderr
    no_traceback(bad)


def test_an_empty_csv_search_still_has_its_header(tmp_path):
    db = tmp_path / "c.db"
    assert run("ingest", str(EXAMPLE_TXT), "--db", str(db)).returncode == 0
    proc = run("search", "zzyzx", "--format", "csv", "--db", str(db))
    assert proc.returncode == 0
    header = proc.stdout.decode().splitlines()[0]
    assert "speaker" in header and "content_text" in header
    assert len(proc.stdout.decode().splitlines()) == 1
    show = run("show", "x", "-f", "csv", "--db", str(db))
    assert show.returncode != 0 and b"csv" in show.stderr  # not offered


def test_tables_fit_an_80_column_terminal(tmp_path):
    import os

    env = {**os.environ, "COLUMNS": "80"}

    def widest(*args):
        proc = subprocess.run([sys.executable, "-m", "saidwhat", *args], env=env,
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        return max(len(line) for line in proc.stdout.splitlines())

    db = tmp_path / "c.db"
    assert run("ingest", str(EXAMPLE_TXT), "--db", str(db)).returncode == 0
    assert widest("analyze", "--explain", str(EXAMPLE_TXT)) <= 80
    assert widest("search", "Kazakhstan", "--db", str(db)) <= 80
    assert widest("speakers", "--db", str(db)) <= 80


def test_spark_output_without_from_parquet_is_one_hint_and_stats_read_as_a_table(tmp_path):
    out = tmp_path / "spark-out"
    (out / "articles").mkdir(parents=True)
    (out / "articles" / "_SUCCESS").write_text("")
    db = tmp_path / "c.db"
    proc = run("ingest", str(out), "--db", str(db))
    no_traceback(proc)
    assert proc.returncode != 0 and b"--from-parquet" in proc.stderr
    assert len(proc.stderr.decode().strip().splitlines()) == 1
    assert run("ingest", str(EXAMPLE_TXT), "--db", str(db)).returncode == 0
    table = run("stats", "--db", str(db)).stdout.decode()
    assert "attributions" in table and "size" in table and "{" not in table
    assert json.loads(run("stats", "-f", "json", "--db", str(db)).stdout)["articles"] == 1
