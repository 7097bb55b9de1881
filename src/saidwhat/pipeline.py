"""``analyze``: text in, ``Article`` out, through the saidwhat stages.

Stages, in order (each is also a spaCy component, see ``components.py``):
structure -> (partial) parse -> entities -> attributions -> speakers -> amounts, dates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc

from . import components  # noqa: F401  (registers the Doc extensions and factories)
from .amounts import extract_amounts, extract_dates
from .attribution import extract_attributions
from .attribution.cues import might_contain_attribution
from .entities import extract_entities
from .model import Article, Structure
from .nlp import char_range_to_tokens, load_model, parse_regions
from .speakers import resolve_speakers
from .structure import analyze_structure

#: Articles larger than this are cut into this many characters for parsing only
#: (all of the text is still kept and read by the regex stages).
MAX_PARSE_BLOCK_CHARS = 20_000


@dataclass
class Document:
    """One article as the reader gives it: text plus whatever metadata came with it."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    author: str | None = None


def analyze(
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    id: str | None = None,  # noqa: A002 (the public name the API promises)
) -> Article:
    """Find every attribution in ``text`` with its spans and resolved speaker."""
    if not isinstance(text, str):
        raise TypeError("analyze() takes the article text as a str")
    return next(iter(analyze_many([Document(id=id or "article", text=text, title=title,
                                            published=published)])))


def analyze_many(
    documents: Iterable[Document],
    *,
    batch_size: int = 16,
    on_article: Callable[[Article], None] | None = None,
) -> Iterator[Article]:
    """Analyse documents in batches (the model is run once per batch)."""
    model = load_model()
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= batch_size:
            yield from _analyze_batch(batch, model, on_article)
            batch = []
    if batch:
        yield from _analyze_batch(batch, model, on_article)


def _analyze_batch(batch: list[Document], model, on_article) -> Iterator[Article]:
    docs: list[Doc] = []
    regions: list[list[tuple[int, int]]] = []
    for document in batch:
        doc = model.make_doc(document.text)
        structure = analyze_structure(document.text, title=document.title,
                                      published=document.published)
        if document.author and not structure.author:
            structure.author = document.author
        if document.url:
            structure.provenance.url = document.url
        doc._.structure = structure
        docs.append(doc)
        regions.append(parse_candidates(doc, structure))
    parse_regions(docs, regions, model)
    for document, doc in zip(batch, docs):
        annotate(doc)
        article = article_from_doc(doc, document.id)
        if on_article:
            on_article(article)
        yield article


def parse_candidates(doc: Doc, structure: Structure) -> list[tuple[int, int]]:
    """Token ranges worth parsing: body blocks that may hold an attribution."""
    out = []
    for block in structure.body_blocks:
        s, e = block.span
        if not might_contain_attribution(doc.text[s:e]):
            continue
        for cs in range(s, e, MAX_PARSE_BLOCK_CHARS):
            rng = char_range_to_tokens(doc, cs, min(e, cs + MAX_PARSE_BLOCK_CHARS))
            if rng:
                out.append(rng)
    return out


def annotate(doc: Doc) -> Doc:
    """Run the saidwhat stages on a tokenized, (partly) parsed doc with a structure."""
    structure: Structure = doc._.structure
    doc._.entities = extract_entities(doc, structure)
    doc._.attributions = extract_attributions(doc, structure)
    resolve_speakers(doc, structure, doc._.attributions, doc._.entities)
    doc._.amounts = extract_amounts(doc, structure, doc._.attributions)
    doc._.dates = extract_dates(doc, structure)
    return doc


def article_from_doc(doc: Doc, id: str = "article") -> Article:  # noqa: A002
    structure: Structure = doc._.structure
    return Article(
        id=id,
        text=doc.text,
        title=structure.title,
        published=structure.published,
        author=structure.author,
        attributions=doc._.attributions or [],
        blocks=structure.blocks,
        entities=doc._.entities or [],
        amounts=doc._.amounts or [],
        dates=doc._.dates or [],
        provenance=structure.provenance,
    )
