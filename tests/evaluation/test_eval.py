"""`saidwhat eval` prints what the shared scorer prints for the same predictions."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from ..conftest import DEV_GOLD, SHARED

SCORER = SHARED / "tools" / "score_attribution.py"


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/tools is not beside the project")
def test_eval_agrees_with_the_shared_scorer(tmp_path):
    pred = tmp_path / "pred.jsonl"
    ours = subprocess.run([sys.executable, "-m", "saidwhat", "eval", str(DEV_GOLD),
                           "--pred-out", str(pred), "--json-out", str(tmp_path / "s.json")],
                          capture_output=True, text=True, timeout=600)
    assert ours.returncode == 0, ours.stderr
    shared = subprocess.run([sys.executable, str(SCORER), str(DEV_GOLD), str(pred),
                             "--json-out", str(tmp_path / "shared.json")],
                            capture_output=True, text=True, timeout=600)
    assert shared.returncode == 0, shared.stderr
    assert ours.stdout.strip() == shared.stdout.strip()
    mine = json.loads((tmp_path / "s.json").read_text())
    theirs = json.loads((tmp_path / "shared.json").read_text())
    assert mine == theirs
    assert mine["counts"]["pred"] > 0


def test_eval_bad_gold_is_one_line(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"id": "a"}\n')
    proc = subprocess.run([sys.executable, "-m", "saidwhat", "eval", str(bad)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert "gold.jsonl:1:" in proc.stderr


def test_errors_group_misses_and_false_alarms_by_cue_word():
    from saidwhat.evaluation.errors import count_errors

    text = ('The mayor said the bridge would reopen. Critics praised the plan. '
            '"It works," the engineer added.')
    gold = [{"id": "a", "text": text, "attributions": [
        {"id": 1, "source": [[0, 9]], "cue": [[10, 14]], "content": [[15, 38]]},
        {"id": 2, "source": [[40, 47]], "cue": [[48, 55]], "content": [[56, 64]]}]}]
    pred = [{"id": "a", "attributions": [
        {"id": 1, "source": [[0, 9]], "cue": [[10, 14]], "content": [[15, 38]]},
        {"id": 2, "source": [[78, 90]], "cue": [[91, 96]], "content": [[67, 75]]}]}]
    counts = count_errors(gold, pred)
    assert counts.missed == {"praised": 1}
    assert counts.false_alarms == {"added": 1}
    assert not counts.span_errors
