"""Entities from a language's NER model (Russian: slovnet), names in the nominative.

Russian writes a name in six cases (``Елены Савиной``, ``Бородавкину``); an entity is
named in the nominative (``Елена Савина``, ``Бородавкин``), its form chosen by the
parser's case and gender and pymorphy3's reading of each word as a first name, surname
or patronymic (``lang/ru/morph.py``). Mentions of one person join by the surname's
lemma (``Семенцов`` ... ``Семенцова`` ... ``Игорь Семенцов``); organisations by their
nominative name. A person's role is the noun the name stands in apposition to
(``посол РФ в Казахстане Игорь Семенцов``: ``посол``); their gender is the first name's,
else the morphology's. Both are kept for the speakers stage, in ``Entity.role`` and
``NerEntities.gender``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span as TokenSpan

from .. import lang
from ..lang.ru import morph
from ..model import Entity, Span, Structure
from ..nlp import doc_text

_TYPES = {"PER": "person", "ORG": "organization", "LOC": "place"}


@dataclass
class NerEntities:
    """The entities, and per person entity id its grammatical gender (``Masc``/``Fem``)
    and surname key."""

    entities: list[Entity] = field(default_factory=list)
    gender: dict[int, str] = field(default_factory=dict)
    surname: dict[str, int] = field(default_factory=dict)  #: surname lemma -> entity id
    by_name: dict[str, int] = field(default_factory=dict)  #: organisation name -> id
    #: every mention, in text order: (start, end, entity id)
    mentions: list[tuple[int, int, int]] = field(default_factory=list)


def ner_entities(doc: Doc, structure: Structure) -> NerEntities:
    from ..lang.ru.model import ner_spans

    text = doc_text(doc)
    out = NerEntities()
    blocks = [b.span for b in structure.blocks if b.is_body]
    for (s0, e0), found in zip(blocks, ner_spans([text[s:e] for s, e in blocks])):
        spans = [(doc.char_span(s0 + s, s0 + e, alignment_mode="expand"), kind)
                 for s, e, kind in found]
        for span, kind in _joined(text, [(x, k) for x, k in spans if x is not None]):
            if kind in _TYPES:
                _add(out, span, _TYPES[kind], doc)
    out.mentions.sort()
    return out


def _joined(text: str, spans: list[tuple[TokenSpan, str]]) -> list[tuple[TokenSpan, str]]:
    """A body followed by the place or body it belongs to, in the genitive, is one name
    (``МИД`` + ``Узбекистана``, ``Министерство иностранных дел`` + ``Узбекистана``)."""
    out: list[tuple[TokenSpan, str]] = []
    for span, kind in spans:
        if out and out[-1][1] == "ORG" and kind in ("LOC", "ORG") and \
                text[out[-1][0].end_char:span.start_char] == " " and \
                span[0].morph.get("Case") == ["Gen"]:
            out[-1] = (span.doc[out[-1][0].start:span.end], "ORG")
        else:
            out.append((span, kind))
    return out


def org_key(name: str) -> str:
    """The key bodies join by: lowercase, ``ё`` as ``е``, a short first word expanded
    (``МИД Узбекистана`` -> ``министерство иностранных дел узбекистана``)."""
    words = name.lower().replace("ё", "е").split()
    full = lang.get("ru").entities.ORG_ABBREVIATIONS  # the keys are Russian words
    if words and (words[0] in full or morph.lemma(words[0]) in full):
        words[0] = full.get(words[0]) or full[morph.lemma(words[0])]
    return " ".join(words)


def _add(out: NerEntities, span: TokenSpan, kind: str, doc: Doc) -> None:
    mention = (span.start_char, span.end_char)
    if kind == "person":
        words, gender = person_name(span)
        key = morph.lemma(words[-1])
        eid = out.surname.get(key)
        if eid is None:
            eid = len(out.entities) + 1
            out.entities.append(Entity(id=eid, type=kind, name=" ".join(words),
                                       role=_role(span)))
            out.surname[key] = eid
            out.gender[eid] = gender
        ent = out.entities[eid - 1]
        if len(words) > len(ent.name.split()):
            ent.name = " ".join(words)
        if ent.role is None:
            ent.role = _role(span)
        if gender and not out.gender.get(eid):
            out.gender[eid] = gender
    else:
        name = organisation_name(span)
        key = org_key(name)
        # ``Гидрометцентр`` is ``Гидрометцентр России`` named short, and back
        eid = out.by_name.get(key) or next(
            (i for k, i in out.by_name.items() if out.entities[i - 1].type == kind
             and (k.startswith(key + " ") or key.startswith(k + " "))), None)
        if eid is None:
            eid = len(out.entities) + 1
            out.entities.append(Entity(id=eid, type=kind, name=name))
        out.by_name[key] = eid
        ent = out.entities[eid - 1]
        if len(name) > len(ent.name):  # the fullest form names it
            ent.name = name
    ent.mentions.append(mention)
    out.mentions.append((*mention, eid))


def person_name(span: TokenSpan) -> tuple[list[str], str]:
    """The name's words in the nominative, and the person's gender (``Masc``, ``Fem``
    or ``""``)."""
    # each word's reading as a part of a name, where the dictionary has one (``Роман``
    # is first a novel, then a first name)
    readings = [morph.analyzer().parse(t.text) for t in span]
    parses = [next((p for p in ps if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)),
                   ps[0]) for ps in readings]
    gender = ""
    for t, p in zip(span, parses):
        if "Name" in p.tag:  # a first name says it best
            gender = "Fem" if "femn" in p.tag else "Masc" if "masc" in p.tag else ""
            break
    if not gender:
        genders = [g for t in span for g in t.morph.get("Gender")]
        gender = genders[0] if genders else ""
    words = []
    for t, p in zip(span, parses):
        part = next((x for x in ("Name", "Surn", "Patr") if x in p.tag), "Surn")
        case = (t.morph.get("Case") or [None])[0]
        words.append(morph.nominative(t.text, case=case, gender=gender or None,
                                      name_part=part))
    return words, gender


def organisation_name(span: TokenSpan) -> str:
    """``Министерства здравоохранения`` -> ``Министерство здравоохранения``: the head
    word in the nominative, its dependents as written."""
    first = span[0]
    case = (first.morph.get("Case") or [None])[0]
    if case in (None, "Nom") or len(first.text) < 3 or first.text.isupper():
        return span.text
    return morph.nominative(first.text, case=case) + span.text[len(first.text):]


def _role(span: TokenSpan) -> str | None:
    """The noun a name is in apposition to (``посол ... Игорь Семенцов``), as a lemma."""
    roles = lang.of(span.doc).entities.ROLE_CLASS
    head = span[0].head
    for _ in range(4):
        if head == head.head:
            break
        lemma = morph.lemma(head.text)
        if lemma in roles:
            return lemma
        head = head.head
    # the title written just before the name, whatever the parse says
    k = span.start - 1
    while k >= max(0, span.start - 6):
        lemma = morph.lemma(span.doc[k].text)
        if lemma in roles:
            return lemma
        if span.doc[k].text in ".!?\n":
            break
        k -= 1
    return None


def mentions_in(ents: NerEntities, s: int, e: int) -> list[tuple[int, int, int]]:
    return [m for m in ents.mentions if s <= m[0] and m[1] <= e]


def entity_spans(ents: NerEntities) -> list[Span]:
    return [(s, e) for s, e, _ in ents.mentions]
