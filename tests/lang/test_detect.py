"""Which language an article is in, and what happens to one with no profile: one clear
line naming the supported languages, never a silent empty result."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import saidwhat
from saidwhat import lang
from saidwhat.lang.detect import detect
from saidwhat.model import Document
from saidwhat.pipeline import analyze_many

from ..conftest import DEV_GOLD, read_jsonl

RUSSIAN = ("Посол России Алексей Петров заявил во вторник, что переговоры продолжатся. "
           "«Мы готовы к диалогу», — подчеркнул дипломат.")
ENGLISH = "Mayor Ana Ruiz said on Tuesday that the bridge would reopen in May."
#: a language with no profile
UKRAINIAN = ("Міністр Олена Коваль заявила у вівторок, що переговори триватимуть. "
             "«Ми готові до діалогу», — наголосила вона.")


@pytest.mark.parametrize("text, code", [
    (RUSSIAN, "ru"),
    ("Міністр заявив, що їхні рішення є остаточними і не будуть змінені.", "uk"),
    (UKRAINIAN, "uk"),
    ("Министр айтты: біздің жоспарымыз қазақ тілінде жарияланады.", "kk"),
    ("Der Minister sagte, dass die Regierung nicht mit der Opposition verhandeln wird, "
     "und das ist auch gut so.", "de"),
    ("El ministro dijo que los precios de la energía subirán y que no habrá cambios "
     "para las familias, según el gobierno.", "es"),
    ("北京市政府今天宣布了新的住房政策。", "zh"),
    (ENGLISH, "en"),
    # English unless the text clearly says otherwise: a headline, names, a quotation
    # with a few foreign words
    ("Ruiz: 'We will win'", "en"),
    ("Ostrova, Petrov, Mueller and Lopez: 4-3, 2-1", "en"),
    ('The sign read "el pueblo unido" and the crowd said it was a warning to the '
     "council that has ignored the tenants for years.", "en"),
])
def test_detect(text, code):
    assert detect(text) == code


def test_every_english_gold_article_is_detected_as_english():
    if not DEV_GOLD.exists():
        pytest.skip("../shared is not beside the project")
    assert {detect(r["text"]) for r in read_jsonl(DEV_GOLD)} == {"en"}


def test_an_article_in_a_language_with_no_profile_is_one_clear_error():
    with pytest.raises(saidwhat.SaidwhatError) as err:
        saidwhat.analyze(UKRAINIAN)
    message = str(err.value)
    assert "Ukrainian" in message and "supported: en, ru" in message and "\n" not in message
    with pytest.raises(lang.UnsupportedLanguage, match="supported: en, ru"):
        saidwhat.analyze(ENGLISH, language="xx")


def test_the_analysis_says_its_language_and_one_unsupported_article_costs_no_other():
    failed = []
    articles = list(analyze_many(
        [Document(id="uk", text=UKRAINIAN), Document(id="en", text=ENGLISH)],
        on_error=lambda e: failed.append((e.where, str(e)))))
    assert [a.id for a in articles] == ["en"] and articles[0].language == "en"
    assert articles[0].to_dict()["language"] == "en" and articles[0].attributions
    assert [where for where, _ in failed] == ["uk"]
    # a language given by the user is used, not detected
    forced = saidwhat.analyze(ENGLISH, language="en")
    assert forced.language == "en"


def _saidwhat(*args):
    return subprocess.run([sys.executable, "-m", "saidwhat", *args], capture_output=True,
                          text=True, timeout=300)


def test_the_command_line_reports_the_language_and_takes_lang(tmp_path):
    (tmp_path / "uk.txt").write_text(UKRAINIAN, encoding="utf-8")
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    proc = _saidwhat("analyze", str(tmp_path / "uk.txt"), str(tmp_path / "en.txt"),
                     "-f", "jsonl")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    assert [json.loads(x)["language"] for x in proc.stdout.splitlines()] == ["en"]
    warned = [x for x in proc.stderr.splitlines() if "uk.txt" in x]
    assert len(warned) == 1 and "Ukrainian" in warned[0] and "--lang" in warned[0]
    bad = _saidwhat("analyze", str(tmp_path / "en.txt"), "--lang", "zz")
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
    assert bad.stderr.strip().splitlines() == [
        "saidwhat: error: no language profile for 'zz'; supported: en, ru"]


def test_ingest_stores_the_language_and_reports_the_article_it_cannot_read(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "uk.txt").write_text(UKRAINIAN, encoding="utf-8")
    (tmp_path / "in" / "en.txt").write_text(ENGLISH, encoding="utf-8")
    db = tmp_path / "c.db"
    proc = _saidwhat("ingest", str(tmp_path / "in"), "--db", str(db), "--workers", "1")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    assert "stored 1" in proc.stderr and "failed 1" in proc.stderr
    assert "Ukrainian" in proc.stderr
    out = tmp_path / "articles.jsonl"
    _saidwhat("export", "--db", str(db), "--table", "articles", "-f", "jsonl", "-o", str(out))
    assert [json.loads(x)["language"] for x in out.read_text().splitlines()] == ["en"]
