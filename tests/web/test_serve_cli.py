"""`saidwhat serve` from the shell."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request

from .live import free_port

SAIDWHAT = [sys.executable, "-m", "saidwhat"]


def test_serve_a_corpus(corpus_path):
    port = free_port()
    server = subprocess.Popen([*SAIDWHAT, "serve", "--db", str(corpus_path), "--port",
                               str(port)], stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/speakers") as r:
                    speakers = json.load(r)["speakers"]
                break
            except OSError:
                assert server.poll() is None, server.stderr.read()
                assert time.monotonic() < deadline, "saidwhat serve did not answer"
                time.sleep(0.2)
        assert any(s["name"] == "Ana Ruiz" for s in speakers)
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert f"http://127.0.0.1:{port}/" in server.stderr.read()


def test_serve_missing_corpus(tmp_path):
    (tmp_path / "notes.db").write_text("not a database", encoding="utf-8")
    for name, words in (("none.db", "no corpus at"), ("notes.db", "not a saidwhat corpus")):
        r = subprocess.run([*SAIDWHAT, "serve", "--db", str(tmp_path / name)],
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 1
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0], r.stderr


def test_serve_help_has_an_example():
    r = subprocess.run([*SAIDWHAT, "serve", "--help"], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 0 and "saidwhat serve --db corpus.db" in r.stdout
