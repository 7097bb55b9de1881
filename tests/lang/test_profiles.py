"""Language profiles: the one place a language's words, marks and labels come from."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import spacy

from saidwhat import lang
from saidwhat.errors import SaidwhatError

RULES = Path(lang.__file__).parent.parent / "attribution"


def test_an_unsupported_language_is_one_clear_error_naming_the_supported_ones():
    with pytest.raises(lang.UnsupportedLanguage) as err:
        lang.get("xx")
    assert isinstance(err.value, SaidwhatError)
    message = str(err.value)
    assert "'xx'" in message and "en" in message and "\n" not in message


def test_a_doc_gets_the_profile_of_its_language():
    profile = lang.of(spacy.blank("en")("Hello."))
    assert profile.code == "en" and "said" in profile.cues.SPEECH
    with pytest.raises(lang.UnsupportedLanguage):
        lang.of(spacy.blank("fr")("Bonjour."))


def test_the_english_profile_holds_what_the_rules_ask_for():
    en = lang.get("en")
    assert en.model.startswith("en_core_web_sm")
    assert en.calendar.MONTHS["sept"] == 9 and en.calendar.WEEKDAYS["friday"] == 4
    assert {"mr", "inc", "sept"} <= en.text.ABBREVIATIONS
    assert en.syntax.SUBJECT in en.syntax.SUBJECTS and en.syntax.is_verb("VBD")
    assert en.quote_marks.doubles and "«" in en.quote_marks.opening


def _label_literals(path: Path, labels: set[str]) -> list[str]:
    """String constants equal to a dependency label, outside docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef)) and n.body
                  and isinstance(n.body[0], ast.Expr)}
    return [f"{path.name}:{n.lineno}: {n.value!r}" for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and n.value in labels and id(n) not in docstrings]


def test_attribution_rules_ask_the_profile_for_grammatical_roles():
    syntax = lang.get("en").syntax
    # labels that are not also ordinary words the rules look for ("case", "mark", "prep")
    labels = {v for k, v in vars(syntax).items() if k.isupper() and isinstance(v, str)
              and len(v) > 3 and v not in ("case", "mark", "prep", "ROOT")}
    found = [hit for path in sorted(RULES.glob("*.py")) for hit in _label_literals(path, labels)]
    assert not found, found
    assert _label_literals(Path(syntax.__file__), labels)  # the check does see literals
