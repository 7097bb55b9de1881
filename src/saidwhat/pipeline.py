"""``analyze``: text in, ``Article`` out, through the saidwhat stages.

Stages, in order (each is also a spaCy component, see ``components.py``):
structure -> (partial) parse -> entities -> attributions -> speakers -> amounts, dates.
"""

from __future__ import annotations

import time
from dataclasses import replace
from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc

from . import components  # noqa: F401  (registers the Doc extensions and factories)
from . import lang
from .errors import InputError, one_line
from .lang.detect import detect as detect_language, name as language_name
from .amounts import extract_amounts, extract_dates
from .attribution import extract_attributions
from .attribution.candidates import might_contain_attribution
from .entities import extract_entities
from .model import Article, Document, Structure
from .nlp import TEXT_KEY, char_range_to_tokens, doc_text, load_model, make_doc, parse_regions
from .normalise import encodable, encodable_or_none
from .speakers import resolve_speakers
from .text.sentences import sentences
from .structure import analyze_structure
from .structure.dates import normalise_date

#: Adjacent candidate sentences are parsed together up to this many characters; a
#: single sentence longer than MAX_PARSE_PIECE_CHARS is parsed in pieces of that size.
#: spaCy's parser is quadratic in sentence length (projectivisation), so bounded
#: pieces keep a runaway input linear; real sentences are far shorter.
MAX_PARSE_RUN_CHARS = 2_000
MAX_PARSE_PIECE_CHARS = 3_000
#: Larger inputs are refused with a clear error: no news article is this long, and a
#: runaway input (a whole dump on one line) should not take minutes of parsing.
MAX_ARTICLE_CHARS = 2_000_000


def analyze(
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    id: str | None = None,  # noqa: A002 (the public name the API promises)
    language: str | None = None,
) -> Article:
    """Find every attribution in ``text`` with its spans and resolved speaker.
    ``language``: an ISO 639-1 code with a profile (``saidwhat.lang.SUPPORTED``);
    detected when not given."""
    if not isinstance(text, str):
        raise TypeError("analyze() takes the article text as a str")
    if language is not None:
        lang.get(language)  # an unsupported code is one clear error naming the supported
    return next(iter(analyze_many([Document(id=id or "article", text=text, title=title,
                                            published=published, language=language)])))


def analyze_many(
    documents: Iterable[Document],
    *,
    batch_size: int = 16,
    on_article: Callable[[Article], None] | None = None,
    on_error: Callable[[InputError], None] | None = None,
    timings: dict[str, float] | None = None,
) -> Iterator[Article]:
    """Analyse documents in batches (the model runs once per batch).

    The cascade, for every document:
    1. ``at_the_door``: unencodable code points replaced (offsets kept), metadata
       checked, over-long articles refused;
    2. ``_analyze_batch``: tokenize, structure, partial parse, then ``annotate``
       (entities, attributions, speakers, amounts, dates);
    3. failure isolation: when a batch fails, each of its documents is analysed
       alone, and one that still fails is reported and skipped.

    A document that cannot be analysed is passed to ``on_error`` (one line: where it
    was read, the error class) and skipped, so one bad article never costs the others;
    without ``on_error`` the error is raised. Outcomes (an article, or a call of
    ``on_error``) come in the order of the documents. ``timings``, when given, accumulates
    seconds per stage (for ``bench/``)."""
    batch: list[tuple[Document, list[str]]] = []
    for document in documents:
        try:
            batch.append(at_the_door(document))
        except InputError as err:
            if on_error is None:
                raise
            if batch:  # outcomes stay in input order (callers map them back by position)
                yield from _isolated(batch, on_article, on_error, timings)
                batch = []
            on_error(err)
            continue
        if len(batch) >= batch_size:
            yield from _isolated(batch, on_article, on_error, timings)
            batch = []
    if batch:
        yield from _isolated(batch, on_article, on_error, timings)


def at_the_door(document: Document) -> tuple[Document, list[str]]:
    """The document every stage may rely on, and warnings about what was changed:
    text and metadata encodable (lone surrogates -> U+FFFD, same offsets), a
    publication date that is a calendar day or nothing, a language (given, else
    detected). Raises ``InputError`` for an article too long to be one, or in a
    language with no profile: reported in one line, never a silent empty result."""
    where = document.where or document.id
    if len(document.text) > MAX_ARTICLE_CHARS:
        raise InputError(f"article is {len(document.text):,} characters, over the "
                         f"{MAX_ARTICLE_CHARS:,} limit; split it into articles", where)
    language = document.language or detect_language(document.text)
    if language not in lang.SUPPORTED:
        how = "given" if document.language else "detected"
        raise InputError(f"the article is in {language_name(language)} ({language}, {how}), "
                         f"which saidwhat has no language profile for (supported: "
                         f"{', '.join(lang.SUPPORTED)}); skipped. If that is wrong, force "
                         "the language with --lang", where)
    warnings = []
    text, replaced = encodable(document.text)
    if replaced:
        warnings.append(f"{replaced} unencodable code point(s) (lone surrogates) in the "
                        "text replaced by U+FFFD; offsets are unchanged")
    published = encodable_or_none(document.published)
    if published and normalise_date(published) is None:
        warnings.append(f"published {published[:40]!r} is not a calendar date (YYYY-MM-DD); "
                        "ignored")
        published = None
    clean = replace(document, id=encodable(str(document.id))[0], text=text,
                    title=encodable_or_none(document.title), published=published,
                    url=encodable_or_none(document.url),
                    author=encodable_or_none(document.author), language=language)
    return clean, warnings


def _isolated(batch: list[tuple[Document, list[str]]], on_article, on_error,
              timings) -> Iterator[Article]:
    """The batch's articles; when the batch fails, each document alone, so that only
    the one at fault is lost (and reported)."""
    try:
        articles = _analyze_batch([d for d, _ in batch], timings)
    except Exception as exc:  # noqa: BLE001 (isolated below, per document)
        if on_error is None:
            raise
        if len(batch) == 1:
            document = batch[0][0]
            on_error(InputError(f"analysis failed ({type(exc).__name__}: "
                                f"{one_line(exc, 200)}); article skipped",
                                document.where or document.id))
            return
        for one in batch:
            yield from _isolated([one], on_article, on_error, timings)
        return
    for article, (_, warnings) in zip(articles, batch):
        article.warnings.extend(warnings)
        if on_article:
            on_article(article)
        yield article


def _model(code: str):
    """A language's model (loaded when its first article comes: a Russian model is
    never loaded for English news), taking articles up to the limit."""
    model = load_model(code)
    model.max_length = MAX_ARTICLE_CHARS + 1
    return model


def _analyze_batch(batch: list[Document], timings) -> list[Article]:
    clock = _StageClock(timings)
    docs: list[Doc] = []
    regions: list[list[tuple[int, int]]] = []
    starts: list[set[int]] = []
    for document in batch:
        doc = make_doc(_model(document.language or "en"), document.text)
        doc.user_data[TEXT_KEY] = document.text
        clock.lap("tokenize")
        structure = analyze_structure(document.text, title=document.title,
                                      published=document.published)
        if document.author:  # reader metadata (HTML <meta>, JSONL field) fills gaps
            structure.author = structure.author or document.author
            structure.provenance.byline = structure.provenance.byline or document.author
        if document.url:
            structure.provenance.url = document.url
        doc._.structure = structure
        docs.append(doc)
        doc_regions, doc_starts = parse_candidates(doc, structure)
        regions.append(doc_regions)
        starts.append(doc_starts)
        clock.lap("structure")
    for code in dict.fromkeys(d.language or "en" for d in batch):  # one run per language
        mine = [k for k, d in enumerate(batch) if (d.language or "en") == code]
        parse_regions([docs[k] for k in mine], [regions[k] for k in mine], _model(code),
                      [starts[k] for k in mine])
    clock.lap("parse")
    articles = []
    for document, doc in zip(batch, docs):
        annotate(doc, clock)
        articles.append(article_from_doc(doc, document.id))
    return articles


class _StageClock:
    """Adds the time since the last lap to ``timings[stage]``; free when disabled."""

    def __init__(self, timings: dict[str, float] | None):
        self.timings = timings
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        if self.timings is not None:
            now = time.perf_counter()
            self.timings[stage] = self.timings.get(stage, 0.0) + now - self.last
            self.last = now


def parse_candidates(doc: Doc, structure: Structure
                     ) -> tuple[list[tuple[int, int]], set[int]]:
    """Token ranges worth parsing: runs of body sentences that may hold an attribution,
    and the first token of every body sentence (for the unparsed ones' boundaries).

    The parser is most of saidwhat's cost, so sentences with no cue word, quotation
    mark or colon (narration, the middle of a long quotation) are left unparsed.
    Adjacent candidate sentences are parsed together."""
    text = doc_text(doc)
    profile = lang.of(doc)
    regions: list[tuple[int, int]] = []
    starts: set[int] = set()
    for block in structure.body_blocks:
        run: list[int] = []  # [start char, end char] of the current candidate run
        for s, e in sentences(text, *block.span, profile):
            tok = doc.char_span(s, e, alignment_mode="expand")
            if tok is not None and len(tok):
                starts.add(tok.start)
            if might_contain_attribution(text[s:e], profile):
                if run and e - run[0] <= MAX_PARSE_RUN_CHARS:
                    run[1] = e
                else:
                    if run:
                        _add_region(doc, regions, *run)
                    run = [s, e]
            elif run:
                _add_region(doc, regions, *run)
                run = []
        if run:
            _add_region(doc, regions, *run)
    return regions, starts


def _add_region(doc: Doc, regions: list[tuple[int, int]], start: int, end: int) -> None:
    for cs in range(start, end, MAX_PARSE_PIECE_CHARS):
        rng = char_range_to_tokens(doc, cs, min(end, cs + MAX_PARSE_PIECE_CHARS))
        if rng and (not regions or rng[0] >= regions[-1][1]):
            regions.append(rng)


def annotate(doc: Doc, clock: _StageClock | None = None) -> Doc:
    """Run the saidwhat stages on a tokenized, (partly) parsed doc with a structure."""
    clock = clock or _StageClock(None)
    structure: Structure = doc._.structure
    doc._.entities = extract_entities(doc, structure)
    clock.lap("entities")
    doc._.attributions = extract_attributions(doc, structure)
    clock.lap("attributions")
    resolve_speakers(doc, structure, doc._.attributions, doc._.entities)
    clock.lap("speakers")
    doc._.amounts = extract_amounts(doc, structure, doc._.attributions)
    doc._.dates = extract_dates(doc, structure)
    clock.lap("amounts")
    doc.spans[SPANS_KEY] = attribution_spans(doc, doc._.attributions)
    return doc


#: ``doc.spans[SPANS_KEY]``: every attribution's source, cue and content pieces
#: (``displacy.render(doc, style="span", options={"spans_key": "saidwhat"})``).
SPANS_KEY = "saidwhat"


def attribution_spans(doc: Doc, attributions) -> list:
    """Token spans labelled ``source``, ``cue`` and ``content`` (each piece its own)."""
    out = []
    for a in attributions:
        for label, pieces in (("source", a.source), ("cue", a.cue), ("content", a.content)):
            for s, e in pieces:
                span = doc.char_span(s, e, label=label, alignment_mode="expand")
                if span is not None and len(span):
                    out.append(span)
    return out


def article_from_doc(doc: Doc, id: str = "article") -> Article:  # noqa: A002
    structure: Structure = doc._.structure
    return Article(
        id=id,
        text=doc_text(doc),
        title=structure.title,
        published=structure.published,
        author=structure.author,
        language=lang.of(doc).code,
        attributions=doc._.attributions or [],
        blocks=structure.blocks,
        entities=doc._.entities or [],
        amounts=doc._.amounts or [],
        dates=doc._.dates or [],
        provenance=structure.provenance,
    )
