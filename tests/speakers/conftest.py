"""Run the real stages up to speaker resolution on a text with given source spans, so
the speaker rules are tested apart from span extraction."""

from __future__ import annotations

import json
import re

import pytest

from saidwhat.entities import extract_entities
from saidwhat.model import Attribution
from saidwhat.nlp import load_model, parse_regions
from saidwhat.pipeline import parse_candidates
from saidwhat.speakers import resolve_speakers
from saidwhat.structure import analyze_structure


def parsed_doc(text: str, title: str | None = None):
    """Tokenized and partly parsed as ``saidwhat.analyze`` does it."""
    model = load_model()
    doc = model.make_doc(text)
    doc._.structure = analyze_structure(text, title=title)
    regions, starts = parse_candidates(doc, doc._.structure)
    parse_regions([doc], [regions], model, [starts])
    return doc


def resolve_sources(text: str, sources: list[str | tuple], title: str | None = None):
    """Attributions whose sources are the given strings, in the order they occur in
    ``text`` (a tuple ``(source, nested_in_index)`` marks a nested one, a tuple
    ``(source, None, cue_pieces)`` gives the cue); returns them resolved, and the
    entities. The cue is otherwise the word after the source, the content the rest of
    its sentence."""
    doc = parsed_doc(text, title)
    atts, pos = [], 0
    for i, item in enumerate(sources, 1):
        src, nested, cues = (item, None, None) if isinstance(item, str) else (
            *item, None)[:3]
        start = text.index(src, pos) if nested is None else text.index(src)
        end = start + len(src)
        pos = end
        cue = re.search(r"\S+", text[end:])
        cue_spans = [(end + cue.start(), end + cue.end())] if cue else [(end, end)]
        if cues:
            cue_spans = [(text.index(c), text.index(c) + len(c)) for c in cues]
        content_end = text.find(".", cue_spans[-1][1])
        content = (cue_spans[-1][1], content_end if content_end > 0 else len(text))
        atts.append(Attribution(id=i, kind="indirect", source=[(start, end)],
                                cue=cue_spans, content=[content], nested_in=nested))
    entities = extract_entities(doc, doc._.structure)
    resolve_speakers(doc, doc._.structure, atts, entities)
    return atts, entities


@pytest.fixture(scope="session")
def gold_records():
    """The founding article and the dev set, with their gold sources."""
    from ..conftest import DEV_GOLD, EXAMPLE_GOLD, read_jsonl

    if not DEV_GOLD.exists() or not EXAMPLE_GOLD.exists():
        pytest.skip("../shared is not beside the project")
    return read_jsonl(EXAMPLE_GOLD) + read_jsonl(DEV_GOLD)


def resolve_gold(record: dict) -> list[Attribution]:
    """The record's gold attributions (spans only) with speakers resolved."""
    doc = parsed_doc(record["text"], record.get("title"))
    atts = [Attribution(id=a["id"], kind=a["kind"],
                        source=[tuple(s) for s in a["source"]],
                        cue=[tuple(s) for s in a["cue"]],
                        content=[tuple(s) for s in a["content"]],
                        nested_in=a.get("nested_in"))
            for a in record["attributions"]]
    entities = extract_entities(doc, doc._.structure)
    resolve_speakers(doc, doc._.structure, atts, entities)
    return atts


def dumps(x) -> str:
    return json.dumps(x, ensure_ascii=False)
