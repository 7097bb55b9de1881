"""The data model every stage shares.

One `Article` per input document. Every span is a ``(start, end)`` pair of character
offsets into ``Article.text`` (Python ``str`` indices, end exclusive); ``text`` is never
modified after reading. ``to_dict()`` gives the gold format of ``../shared`` (so the
shared scorer reads it directly) plus the fields saidwhat adds.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

Span = tuple[int, int]

#: Attribution kinds (docs/attribution.md).
KINDS = ("direct", "indirect", "mixed", "headline")

#: Block labels. ``body`` and ``title`` and ``section`` are article text; every other
#: label marks a non-body line (reported in ``discard``, never yields attributions).
BODY_LABELS = frozenset({"body", "title", "section"})


@dataclass
class Attribution:
    """Who said what: one attribution with its three spans and resolved speaker."""

    id: int
    kind: str
    source: list[Span]
    cue: list[Span]
    content: list[Span]
    speaker: str | None = None
    #: True when no name was found and ``speaker`` is the source's own noun phrase.
    unresolved: bool = False
    #: ``Entity.id`` of the speaker, when resolved to an entity.
    speaker_entity: int | None = None
    #: ``Attribution.id`` of the attribution whose content holds this one.
    nested_in: int | None = None
    #: ``Entity.id`` of every entity the content mentions: what the statement is about.
    about: list[int] = field(default_factory=list)
    #: Why this speaker: ``{"rule": <the pass that decided>, "mention": [[start, end],
    #: ...]}`` (where the name was taken from), or ``{"rule": "unresolved"}``.
    speaker_evidence: dict[str, Any] = field(default_factory=lambda: {"rule": "unresolved"})
    #: The construction that found the attribution (``attribution.found.RULES``:
    #: ``verb-clause``, ``quotation-cue-after``, ``nominal-cue`` ...); None in records
    #: written before it was recorded.
    rule: str | None = None


@dataclass
class Entity:
    """A canonical entity of one article with all the mentions linked to it."""

    id: int
    type: str  # person | organization | country | place | group
    name: str
    role: str | None = None  # as written: "Russian Ambassador to Kazakhstan"
    affiliation: str | None = None
    country: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Amount:
    """A figure in the text: what it is, what it measures, who stated it."""

    span: Span
    text: str
    value: float | list[float] | None  # [low, high] for ranges
    unit: str | None = None  # "percent", "USD", "projects", ...
    of: str | None = None  # the phrase the amount quantifies
    attribution: int | None = None  # Attribution.id it sits in
    speaker: str | None = None


@dataclass
class DateMention:
    span: Span
    text: str
    value: str | None  # ISO 8601: "2024-03-14", "2024-03", "2024", or "start/end"
    relative: bool = False
    role: str | None = None  # "published" for the publication date line


@dataclass
class Block:
    """A paragraph-like unit of the text and what it is (see ``BODY_LABELS``)."""

    span: Span
    label: str

    @property
    def is_body(self) -> bool:
        return self.label in BODY_LABELS


@dataclass
class Provenance:
    """Through which sources the article came."""

    wire: str | None = None  # agency named in a dateline or credit line: TASS, Reuters ...
    origin: str | None = None  # where the content first appeared (journal, interview ...)
    photo_credit: str | None = None
    byline: str | None = None  # author names, comma-separated
    url: str | None = None


@dataclass
class Structure:
    """Output of the structure stage: what each block is, plus metadata from the text."""

    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    published: str | None = None  # ISO date
    author: str | None = None
    provenance: Provenance = field(default_factory=Provenance)

    @property
    def body_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.is_body]

    @property
    def discard(self) -> list[Block]:
        return [b for b in self.blocks if not b.is_body]


@dataclass
class Document:
    """One article as the reader gives it (the analysis input): text plus whatever
    metadata came with it."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    author: str | None = None
    #: Where it was read (``news.jsonl:7``, ``crawl.warc.gz record 3``), for messages.
    where: str | None = None
    #: The language (ISO 639-1) when the user or the input says it; else detected.
    language: str | None = None


@dataclass
class Article:
    id: str
    text: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    #: The language it was analysed in (ISO 639-1, a ``saidwhat.lang`` profile).
    language: str = "en"
    attributions: list[Attribution] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    provenance: Provenance = field(default_factory=Provenance)
    #: Problems met while reading or analysing that did not stop the work.
    warnings: list[str] = field(default_factory=list)

    def span_text(self, spans: list[Span]) -> str:
        return " … ".join(self.text[s:e] for s, e in spans)

    def entity(self, entity_id: int | None) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def to_dict(self, *, with_text: bool = True) -> dict[str, Any]:
        """The gold format (``source``/``cue``/``content`` as ``[[start, end], ...]``)
        plus readable ``*_text`` fields and everything else saidwhat found."""
        atts = []
        for a in self.attributions:
            d = _plain(a)
            d["source_text"] = self.span_text(a.source)
            d["cue_text"] = self.span_text(a.cue)
            d["content_text"] = self.span_text(a.content)
            atts.append(d)
        speakers_seen: dict[str, dict[str, Any]] = {}
        for a in self.attributions:
            ent = self.entity(a.speaker_entity)
            if a.speaker and a.speaker not in speakers_seen:
                speakers_seen[a.speaker] = {
                    "name": a.speaker,
                    "role": ent.role if ent else None,
                    "country": ent.country if ent else None,
                    "type": ent.type if ent else "unresolved",
                    "entity": a.speaker_entity,
                }
        discard = [b for b in self.blocks if not b.is_body]
        out: dict[str, Any] = {"id": self.id}
        if with_text:
            out["text"] = self.text
        out.update(
            title=self.title,
            published=self.published,
            author=self.author,
            language=self.language,
            attributions=atts,
            discard=[list(b.span) for b in discard],
            discard_labels=[b.label for b in discard],
            sections=[self.text[slice(*b.span)] for b in self.blocks if b.label == "section"],
            blocks=[_plain(b) for b in self.blocks],
            speakers=list(speakers_seen.values()),
            entities=[_plain(e) for e in self.entities],
            amounts=[_plain(m) for m in self.amounts],
            dates=[_plain(d) for d in self.dates],
            provenance=_plain(self.provenance),
            warnings=list(self.warnings),
        )
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        """Inverse of ``to_dict`` (derived fields such as ``*_text`` are ignored)."""
        return cls(
            id=str(d["id"]),
            text=d.get("text", ""),
            title=d.get("title"),
            published=d.get("published"),
            author=d.get("author"),
            language=d.get("language") or "en",  # records before languages were English
            attributions=[_build(Attribution, a) for a in d.get("attributions", [])],
            blocks=[_build(Block, b) for b in d.get("blocks", [])],
            entities=[_build(Entity, e) for e in d.get("entities", [])],
            amounts=[_build(Amount, m) for m in d.get("amounts", [])],
            dates=[_build(DateMention, x) for x in d.get("dates", [])],
            provenance=_build(Provenance, d.get("provenance") or {}),
            warnings=list(d.get("warnings", [])),
        )


_SPAN_FIELDS = {"source", "cue", "content", "mentions"}


def _plain(obj: Any) -> dict[str, Any]:
    """Dataclass -> JSON-ready dict; spans become lists (JSON has no tuples)."""
    out = {}
    for f in fields(obj):
        v = getattr(obj, f.name)
        if f.name in _SPAN_FIELDS:
            v = [list(s) for s in v]
        elif f.name == "span":
            v = list(v)
        elif isinstance(v, list):
            v = list(v)
        out[f.name] = v
    return out


def _build(cls: type, d: dict[str, Any]) -> Any:
    known = {f.name for f in fields(cls)}
    kw = {}
    for k, v in d.items():
        if k not in known:
            continue
        if k in _SPAN_FIELDS:
            v = [tuple(s) for s in v or []]
        elif k == "span":
            v = tuple(v)
        kw[k] = v
    return cls(**kw)
