"""Loading a language's model once, and parsing only the text that needs it.

saidwhat needs part-of-speech tags and dependencies (tok2vec, tagger, parser) of the
sentences that may hold an attribution. It does not need the model's lemmatizer,
attribute_ruler or NER: together they cost more than the parse itself (measured in
``bench/bench_analyze.py``), and what saidwhat takes from them is done by its own
lexicons and rules. Sentences with no cue word, quotation mark or colon are not parsed
at all: they get a flat tree (first token the root, dependency ``dep``, no tag), so every
stage sees one ordinary ``Doc`` of the whole article with exact character offsets.
(The model's cost was measured in isolation: tok2vec 77, parser 30, attribute_ruler 48,
lemmatizer 22, NER 126 µs per word on one core of this project's machine.)
"""

from __future__ import annotations

import functools
import re

import numpy
import spacy
from spacy.attrs import DEP, HEAD, IDX, LENGTH, MORPH, NORM, SPACY, TAG
from spacy.language import Language
from spacy.tokens import Doc

#: The English model's components saidwhat leaves out: it runs tok2vec, tagger and
#: parser (a profile that builds its own pipeline runs whatever that has).
_EXCLUDE = ("lemmatizer", "attribute_ruler", "ner", "senter")


@functools.lru_cache(maxsize=4)
def load_model(code: str = "en") -> Language:
    """The spaCy model of a language's profile with only the components saidwhat uses
    (cached per process)."""
    from . import lang
    from .errors import SaidwhatError

    profile = lang.get(code)
    try:
        model = (profile.load_model() if profile.load_model is not None
                 else spacy.load(profile.model, exclude=list(_EXCLUDE)))
    except OSError as exc:  # model package missing: say how to get it
        raise SaidwhatError(
            f"the spaCy model package for {profile.name} is not installed "
            f"({exc.__class__.__name__}); run: {profile.model_install}"
        ) from None
    # a double quotation mark glued to a word is its own token: real pages drop the
    # space ('unsafe,"Ortega said', 'said,"Look'), and one token "unsafe,"Ortega"
    # hides both the quotation's end and the speaker from the parser
    marks = re.escape(profile.quote_marks.doubles)
    own = getattr(profile.text, "infixes", None)
    infixes = list(own(model.Defaults.infixes) if own else model.Defaults.infixes) + [
        rf"(?<=\w)[,:](?=[{marks}])",  # the comma or colon before the mark
        rf"(?<=[\w.,:!?])[{marks}](?=\w)",  # the mark between a sign and a word
    ]
    model.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    return model


#: spaCy's tokenizer strips prefix and suffix characters one at a time, copying the rest
#: of the chunk each time: quadratic on a long stretch without spaces (16,000 ``=`` take
#: 45 s). Stretches longer than this become tokens of this many characters without
#: passing through the tokenizer; no real word is this long.
MAX_TOKEN_CHARS = 100
_LONG_STRETCH = re.compile(r"\S{%d,}" % (MAX_TOKEN_CHARS + 1))


def make_doc(model: Language, text: str) -> Doc:
    """``model.make_doc(text)`` in time linear in ``len(text)``, with the same text."""
    if _LONG_STRETCH.search(text) is None:
        return model.make_doc(text)
    docs: list[Doc] = []
    pos = 0
    for m in _LONG_STRETCH.finditer(text):
        if m.start() > pos:
            docs.append(model.make_doc(text[pos:m.start()]))
        pieces = [text[i:min(i + MAX_TOKEN_CHARS, m.end())]
                  for i in range(m.start(), m.end(), MAX_TOKEN_CHARS)]
        docs.append(Doc(model.vocab, words=pieces, spaces=[False] * len(pieces)))
        pos = m.end()
    if pos < len(text):
        docs.append(model.make_doc(text[pos:]))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    assert doc.text == text  # noqa: S101 (offsets must index the input)
    return doc


#: Where ``doc_text`` keeps the article text of a doc.
TEXT_KEY = ("saidwhat", "text")


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per doc: spaCy joins every token on each access, and
    every stage needs the text."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def is_parsed(token) -> bool:
    """True when the token's sentence went through the parser (it then has a tag)."""
    return token.tag != 0


def parse_regions(
    docs: list[Doc],
    regions: list[list[tuple[int, int]]],
    model: Language,
    sentence_starts: list[set[int]] | None = None,
    batch_size: int = 64,
) -> None:
    """Run the model's tagger and parser over token ranges ``regions[i]`` of ``docs[i]``
    and write tags, heads and dependencies back into the full docs. Elsewhere each
    sentence (a token index in ``sentence_starts[i]``, or a new line) gets a flat tree."""
    pieces: list[Doc] = []
    owners: list[tuple[int, int, int]] = []  # (doc index, start token, end token)
    for di, (doc, spans) in enumerate(zip(docs, regions)):
        if not spans:
            continue
        # Not Span.as_doc(): it copies the whole doc's arrays per span (quadratic on
        # a long article with many regions). Norms are copied because the tokenizer's
        # exceptions set them per token and the model reads them.
        text = doc_text(doc)
        attrs = doc.to_array([IDX, LENGTH, SPACY, NORM])
        words = [text[i:i + n] for i, n in attrs[:, :2].tolist()]
        spaces = attrs[:, 2].astype(bool).tolist()
        norms = attrs[:, 3:]
        for start, end in spans:
            if end > start:
                piece = Doc(doc.vocab, words=words[start:end], spaces=spaces[start:end])
                piece.from_array([NORM], norms[start:end])
                pieces.append(piece)
                owners.append((di, start, end))
    # pieces of like length batched together: a batch is padded to its longest piece,
    # and sorting cut the model's time by a quarter on real news (bench_analyze.py);
    # each piece is parsed alone, so the order changes no result
    order = sorted(range(len(pieces)), key=lambda k: len(pieces[k]))
    pieces, owners = [pieces[k] for k in order], [owners[k] for k in order]
    for name in model.pipe_names:
        pieces = list(model.get_pipe(name).pipe(pieces, batch_size=batch_size))

    starts = sentence_starts or [set() for _ in docs]
    arrays = [_flat_tree(doc, st) for doc, st in zip(docs, starts)]
    for piece, (di, start, end) in zip(pieces, owners):
        arrays[di][start:end] = piece.to_array([TAG, HEAD, DEP, MORPH])
    for doc, arr in zip(docs, arrays):
        doc.from_array([TAG, HEAD, DEP, MORPH], arr)
        tag_names_opening_sentences(doc)


def tag_names_opening_sentences(doc: Doc) -> None:
    """A capitalised word that opens a sentence and is also a common word gets the
    common word's tag (``Trump blasted ...``: NN; ``Jolly said``: RB). When the article
    writes the same word capitalised inside a sentence, it is a name: tagged as one, so
    that the rules asking for a named subject see it. Only the tag changes: the tree is
    the parser's."""
    from . import lang

    syn = lang.of(doc).syntax
    opening = lang.of(doc).quote_marks.opening
    openers = []
    for sentence in doc.sents:
        t = sentence[0]
        if t.text in opening and len(sentence) > 1:
            t = sentence[1]
        if t.tag_ in syn.NAME_LOOKALIKES and t.text[:1].isupper() and \
                not t.text.isupper() and t.text.isalpha():
            openers.append(t)
    if not openers:
        return
    names = _written_as_names(doc_text(doc), lang.of(doc).entities.lexicon().first_name_gender)
    for t in openers:
        if t.text in names:
            t.tag_ = syn.PROPER_NOUN


_CAPITALISED_AFTER = re.compile(r"(?<!\S)([\w'-]+),? ([A-Z][\w'-]*)")


def _written_as_names(text: str, first_names: dict[str, str]) -> set[str]:
    """Words the text writes capitalised inside a sentence: after a lower-case word
    (``said Trump``) or after a first name (``Donald Trump``); not after any other
    capitalised word, which is as often a longer name's last word (``Thames Valley
    Police``)."""
    out = set()
    pos = 0
    while (m := _CAPITALISED_AFTER.search(text, pos)) is not None:
        before = m.group(1)
        if before[:1].islower() or before.lower() in first_names:
            out.add(m.group(2))
        pos = m.start(2)  # the word may itself precede the next one
    return out


def _flat_tree(doc: Doc, sentence_starts: set[int]) -> numpy.ndarray:
    """Every token attached to the first token of its sentence: a valid tree that
    marks 'not parsed' (tag 0). Sentences start at ``sentence_starts``, at a
    whitespace token holding a line break, and right after one."""
    n = len(doc)
    arr = numpy.zeros((n, 4), dtype="uint64")  # TAG, HEAD, DEP, MORPH
    if n == 0:
        return arr
    text = doc_text(doc)
    idx = doc.to_array([IDX]).astype("int64")
    # Line breaks only occur inside whitespace tokens: the token holding each one.
    breaks = numpy.fromiter((m.start() for m in _LINE_BREAK.finditer(text)), dtype="int64")
    holds_break = numpy.zeros(n, dtype=bool)
    holds_break[numpy.searchsorted(idx, breaks, side="right") - 1] = True
    is_start = holds_break.copy()
    is_start[1:] |= holds_break[:-1]
    is_start[0] = True
    if sentence_starts:
        is_start[numpy.fromiter(sentence_starts, dtype="int64")] = True
    positions = numpy.arange(n, dtype="int64")
    roots = numpy.maximum.accumulate(numpy.where(is_start, positions, 0))
    # HEAD is a relative offset stored as unsigned two's complement.
    arr[:, 1] = (roots - positions).astype("uint64")
    arr[:, 2] = numpy.where(is_start, doc.vocab.strings.add("ROOT"),
                            doc.vocab.strings.add("dep"))
    return arr


_LINE_BREAK = re.compile("\n")


def char_range_to_tokens(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None
