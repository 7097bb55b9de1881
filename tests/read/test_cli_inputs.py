"""``saidwhat analyze`` over real input kinds: WARC records in, articles out, one warning."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path



def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    code = "from saidwhat.cli.main import main; main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                          text=True, cwd=cwd, timeout=300)


def test_analyze_warc_three_articles_one_warning(warc_file, tmp_path):
    fake_gz = tmp_path / "notes.txt.gz"
    fake_gz.write_text("not compressed at all")
    result = run("analyze", str(warc_file), str(fake_gz), "--format", "jsonl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    articles = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert [a["id"] for a in articles] == [f"https://news.example/story-{i}" for i in range(3)]
    assert all(a["title"].startswith("Story number") for a in articles)
    assert all(a["attributions"] for a in articles)  # each page quotes the council leader
    warnings = [x for x in result.stderr.splitlines() if "warning" in x]
    assert len(warnings) == 2
    assert "crawl.warc" in warnings[0] and "truncated" in warnings[0]
    assert "notes.txt.gz" in warnings[1] and "not gzip" in warnings[1]
    assert "Traceback" not in result.stderr
