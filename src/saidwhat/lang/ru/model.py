"""Russian's "model": spaCy's Russian tokenizer and natasha's slovnet networks.

slovnet reads words, not text, so it parses spaCy's own tokens and writes back a UD
tag (the part of speech), the morphology (``Case=Gen|Gender=Fem``) and the tree: every
stage sees one ordinary ``Doc`` with exact character offsets, as in English. Its
NER reads text (razdel tokens) and gives character spans (``ner_spans``).

The weights ship inside the ``natasha`` wheel (navec news embeddings, 26 MB; syntax,
morphology and NER models, 2.5 MB each); they are read from its package directory
without importing ``natasha`` itself, whose import pulls in pymorphy2 (broken on
Python 3.11).
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

import numpy
import spacy
from spacy.attrs import DEP, HEAD, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

from ...errors import SaidwhatError

#: the component ``parse_regions`` runs (``Language.pipe_names``)
PIPE = "saidwhat_slovnet"
_NAVEC = "emb/navec_news_v1_1B_250K_300d_100q.tar"
_MODELS = {"syntax": "model/slovnet_syntax_news_v1.tar",
           "morph": "model/slovnet_morph_news_v1.tar",
           "ner": "model/slovnet_ner_news_v1.tar"}
_INSTALL = "pip install 'saidwhat[ru]'"


def _data_dir() -> Path:
    spec = importlib.util.find_spec("natasha")  # finds the package, runs none of it
    if spec is None or not spec.submodule_search_locations:
        raise SaidwhatError(f"Russian needs natasha's models; run: {_INSTALL}")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


@functools.cache
def networks() -> dict:
    """The three slovnet networks over one navec table (loaded once, ~1 s)."""
    try:
        from navec import Navec
        from slovnet import NER, Morph, Syntax
    except ImportError:
        raise SaidwhatError(f"Russian needs slovnet and navec; run: {_INSTALL}") from None
    data = _data_dir()
    navec = Navec.load(str(data / _NAVEC))
    kinds = {"syntax": Syntax, "morph": Morph, "ner": NER}
    # batches of 16 (slovnet's default is 8): a tenth faster here, padding kept low by
    # batching texts of like length (bench/bench_russian.py)
    # batches of 16 (slovnet's default is 8): a tenth faster here, padding kept low by
    # batching texts of like length (bench/bench_russian.py)
    return {k: kinds[k].load(str(data / path), batch_size=16).navec(navec)
            for k, path in _MODELS.items()}


#: a sentence of a parsed piece ends at one of these tokens before a capital, a dash
#: or an opening mark; slovnet was trained on sentences
_ENDS = frozenset(".!?…")
#: slovnet's parser is quadratic in sentence length; longer runs are cut
_MAX_SENTENCE = 120


def _sentences(words: list[str]) -> list[tuple[int, int]]:
    out, start = [], 0
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if (w in _ENDS and (not nxt or nxt[:1].isupper() or nxt[:1] in "-–—«\"„")) or \
                i + 1 - start >= _MAX_SENTENCE:
            out.append((start, i + 1))
            start = i + 1
    if start < len(words):
        out.append((start, len(words)))
    return out


class SlovnetParser:
    """Tags, morphology and dependencies from slovnet, per sentence of each doc."""

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs, batch_size: int | None = None):
        nets = networks()
        docs = list(docs)
        sents: list[list[str]] = []
        owners: list[tuple[Doc, int]] = []
        for doc in docs:
            words = [t.text for t in doc]
            for s, e in _sentences(words):
                # slovnet reads whitespace tokens as words; a space token is padding
                sents.append([w if w.strip() else "_" for w in words[s:e]])
                owners.append((doc, s))
        # sentences of like length batched together: a batch is padded to its longest
        order = sorted(range(len(sents)), key=lambda k: len(sents[k]))
        sents, owners = [sents[k] for k in order], [owners[k] for k in order]
        syntax = nets["syntax"].map(sents)
        morph = nets["morph"].map(sents)
        # one array per doc, written at once (token by token, spaCy re-walks the tree
        # at every head set)
        arrays = {id(doc): numpy.zeros((len(doc), 5), dtype="uint64") for doc in docs}
        for (doc, start), parsed, tagged in zip(owners, syntax, morph):
            strings, arr = doc.vocab.strings, arrays[id(doc)]
            heads = tree([int(tok.head_id) - 1 for tok in parsed.tokens])
            for k, (tok, mt, head) in enumerate(zip(parsed.tokens, tagged.tokens, heads)):
                feats = "|".join(f"{a}={v}" for a, v in sorted(mt.feats.items()))
                arr[start + k] = (strings.add(mt.pos),
                                  strings.add(mt.pos if mt.pos in _UD_POS else "X"),
                                  numpy.int64(head - k).astype("uint64"),
                                  strings.add("root" if head == k else tok.rel),
                                  doc.vocab.morphology.add(feats) if feats else 0)
        for doc in docs:
            doc.from_array([TAG, POS, HEAD, DEP, MORPH], arrays[id(doc)])
        yield from docs


def tree(heads: list[int]) -> list[int]:
    """Heads (sentence positions, -1 for the root) made one tree: slovnet chooses each
    word's head on its own, so a sentence may come with no root, several, or a cycle;
    spaCy needs a tree. The first root stays (else the first word becomes it); every
    other root, and a word in a cycle, hangs on it. Returns positions, root = itself."""
    n = len(heads)
    root = next((k for k, h in enumerate(heads) if h < 0 or h >= n), 0)
    out = [root if (h < 0 or h >= n) else h for h in heads]
    out[root] = root
    for k in range(n):  # a walk of more than n steps from k is a cycle
        at, steps = k, 0
        while at != root and steps <= n:
            at, steps = out[at], steps + 1
        if at != root:
            out[k] = root
    return out


_UD_POS = frozenset("ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ "
                    "SYM VERB X".split())


@Language.factory(PIPE)
def _make_parser(nlp: Language, name: str) -> SlovnetParser:
    return SlovnetParser()


def load_model() -> Language:
    """A blank Russian spaCy pipeline with slovnet's parser as its one component."""
    networks()  # fail now, with the install line, rather than on the first parse
    nlp = spacy.blank("ru")
    nlp.add_pipe(PIPE)
    return nlp


def ner_spans(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """Per text, ``(start, end, type)`` of the names slovnet's NER finds: ``PER``,
    ``ORG``, ``LOC``. One call for many texts: the network pads each batch to its
    longest text, so texts of like length are batched together."""
    order = sorted(range(len(texts)), key=lambda k: len(texts[k]))
    found = networks()["ner"].map([texts[k] for k in order])
    out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    for k, markup in zip(order, found):
        out[k] = [(s.start, s.stop, s.type) for s in markup.spans]
    return out
