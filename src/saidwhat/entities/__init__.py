"""Entities stage: people (with roles), organisations, countries, places.

No NER model runs (it costs more than the parse): names are runs of capitalised words,
read with general lexicons (``lang/en/data/``) and the words around them. A run like
``President of Kazakhstan Kassym-Jomart Tokayev`` splits into a title and a name;
``Marat Kenzhebayev, the association's chairman`` takes its role from the apposition;
``Kazakhstan's Foreign Ministry`` is an organisation of Kazakhstan; ``Moscow`` is a place
that stands for Russia; ``Kazakhstanis`` and ``Russian Kazakhs`` are groups, not people.
Later mentions (``Borodavkin``, ``Mr Sato``, ``the Ministry``) join their entity; the
speakers stage adds the pronoun and role-noun mentions it resolves.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

import numpy
from spacy.attrs import IDX
from spacy.tokens import Doc

from ..model import Entity, Structure
from ..nlp import doc_text
# The name grammar is English's: its patterns are written around English words. Its
# word lists come from the English profile; a second language brings its own grammar.
from ..lang.en import calendar, cues
from ..lang.en.entities import HONORIFICS, NOT_SURNAMES, Lexicon, lexicon
from ..lang.en.text import NAME_BREAKING_ABBREVIATIONS as _ABBREV

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽА-ЯЁ"
#: Arabic name particles written lower-case and hyphenated (``al-Mutairi``, ``bin-Zayed``)
_HYPHEN_PARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|an|abu|bin|ibn|ben)-"
_CAP = rf"(?:(?:{_HYPHEN_PARTICLE})?[{_UP}][\w'’\-.]*)"
#: a nickname in quotation marks inside a name: ``Darren "Dazza" Pike``
_NICKNAME = rf"[\"“'‘]{_CAP}[\"”'’]"
#: lower-case words that may sit inside a name between capitalised words
_CONN = r"(?:of|for|and|&|de|van|von|der|den|da|di|du|la|le|al|bin|ibn|to|the|el|y)"
#: capitalised function words that start sentences, skipped by the regex itself
_LEADING = (r"(?!(?:The|A|An|He|She|It|They|We|I|In|On|At|But|And|This|That|These|As|If|"
            r"When|While|After|Before|Its|His|Her|Their|Our|There|According|Also|However|"
            r"For|With|By|From|To|Of|Some|Many|One|Two|What|Why|How|Who|Yes|No|Not|So)\b)")
_CHAIN = re.compile(rf"{_LEADING}{_CAP}(?:[ \t]+{_NICKNAME}(?=[ \t]+{_CAP}))?"
                    rf"(?:[ \t]+(?:{_CONN}[ \t]+)*{_CAP}(?:[ \t]+{_NICKNAME}(?=[ \t]+{_CAP}))?)*")
_QUOTED = re.compile(r"[\"“'‘].*[\"”'’]")
_NON_SPACE = re.compile(r"\S+")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")
#: capitalised words that begin a sentence or a heading but are not names
_STOP = frozenset(
    "the a an in at on of for and but or so as by to from with without this that these "
    "those it its his her their our my your he she they we i you there here then when "
    "while after before since until if although though because according also yet still "
    "meanwhile however moreover asked no yes not one two three some many most all both "
    "each every other another such what which who whom whose where why how than more "
    "less last next first new today yesterday tomorrow now about".split()) | calendar.NAMES
_PARTICLES = frozenset("de van von der den da di du la le al bin ibn el y".split())
_SPEECH_AFTER = re.compile(
    r"^[ \t]*(?:,[^,.]{0,80},[ \t]*)?(?:(?:%s) )?(?:%s)\b" % (
        "|".join(sorted(cues.SPEECH_ADVERBS_AFTER_NAME)), "|".join(sorted(cues.SPEECH_AFTER_NAME))))
_APPOS_AFTER = re.compile(r"^,[ \t]*(?:\d{1,3}\b|a |an |the |who |whose |its |his |her |"
                          r"[a-z]+(?: [a-z]+)? (?:of|at|for|with) )")


@dataclass
class EntityInfo:
    """What the speakers stage needs beyond ``Entity``: gender, name words, order."""

    entity: Entity
    gender: str | None = None
    #: lower-cased words of the name (for surname and partial-name matches)
    words: tuple[str, ...] = ()
    #: role words as written, lower-cased (for role-noun matches)
    role_words: frozenset[str] = frozenset()
    #: 2 when the article says this person led the study (or report) it cites or is
    #: its lead author, 1 for a co-author
    authored: int = 0

    @property
    def surname(self) -> str:
        return self.words[-1] if self.words else ""


@dataclass
class Registry:
    """The article's entities with lookups; kept on the doc for the speakers stage."""

    infos: list[EntityInfo] = field(default_factory=list)
    #: lookups while the registry is built: name as written, and people by surname
    by_name: dict[str, EntityInfo] = field(default_factory=dict)
    by_surname: dict[str, list[EntityInfo]] = field(default_factory=dict)
    orgs_by_word: dict[str, list[EntityInfo]] = field(default_factory=dict)

    @property
    def entities(self) -> list[Entity]:
        """The typed entities (bare names of unknown type stay internal)."""
        return [i.entity for i in self.infos if i.entity.type != "name"]

    def info(self, entity_id: int | None) -> EntityInfo | None:
        for i in self.infos:
            if i.entity.id == entity_id:
                return i
        return None

    def add(self, type_: str, name: str, span: tuple[int, int], **kw) -> EntityInfo:
        next_id = self.infos[-1].entity.id + 1 if self.infos else 1
        ent = Entity(id=next_id, type=type_, name=name, mentions=[span])
        info = EntityInfo(entity=ent, words=_name_words(name))
        for k, v in kw.items():
            if k in ("role", "affiliation", "country"):
                setattr(ent, k, v)
            else:
                setattr(info, k, v)
        self.infos.append(info)
        self.by_name.setdefault(name, info)
        if type_ == "person" and info.words:
            self.by_surname.setdefault(info.surname, []).append(info)
        return info

    def find(self, type_: str | tuple[str, ...], pred) -> EntityInfo | None:
        types = (type_,) if isinstance(type_, str) else type_
        for i in self.infos:
            if i.entity.type in types and pred(i):
                return i
        return None

    def by_country(self, country: str) -> EntityInfo | None:
        return self.find("country", lambda i: i.entity.name == country)


REGISTRY_KEY = ("saidwhat", "entity_registry")


def extract_entities(doc: Doc, structure: Structure) -> list[Entity]:
    from .. import lang

    if lang.of(doc).syntax.SCHEME == "ud":  # Russian: names from its NER, in six cases
        from .ner import ner_entities

        found = doc.user_data[NER_KEY] = ner_entities(doc, structure)
        return found.entities
    registry = build_registry(doc_text(doc), doc)
    doc.user_data[REGISTRY_KEY] = registry
    return registry.entities


#: ``doc.user_data`` key of the NER stage's entities with their genders (Russian)
NER_KEY = ("saidwhat", "ner")


def registry_of(doc: Doc, entities: list[Entity]) -> Registry:
    """The registry built with ``entities``, or one rebuilt around them."""
    reg = doc.user_data.get(REGISTRY_KEY)
    if reg is not None:
        mine = reg.entities
        if len(mine) == len(entities) and all(a is b for a, b in zip(mine, entities)):
            return reg
    reg = Registry()
    for e in entities:
        reg.infos.append(EntityInfo(entity=e, words=_name_words(e.name),
                                    role_words=_role_words(e.role)))
    return reg


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.sub(r"['’]s\b", "", name.lower()).replace("-", " ").split()
                 if w.strip(".") not in _ABBREV)


_TITLE_ABBREV = {"sen": "senator", "rep": "representative", "gov": "governor",
                 "gen": "general", "col": "colonel", "lt": "lieutenant", "sgt": "sergeant",
                 "capt": "captain", "prof": "professor", "pres": "president",
                 "amb": "ambassador", "supt": "superintendent"}


_ROLE_WORD = re.compile(r"[\w\-]+")


def _role_words(role: str | None) -> frozenset[str]:
    if not role:
        return frozenset()
    words = _ROLE_WORD.findall(role.lower())
    return frozenset(_TITLE_ABBREV.get(w, w) for w in words)


# --- finding name runs -----------------------------------------------------------------

@dataclass
class _Run:
    start: int
    end: int
    words: list[tuple[int, int, str]]  # (start, end, text)

    @property
    def text(self) -> str:
        return " ".join(w for _, _, w in self.words)


def _name_runs(text: str) -> list[_Run]:
    """Runs of capitalised words, cut at sentence ends, with leading stop words and
    trailing punctuation removed."""
    runs = []
    for m in _CHAIN.finditer(text):
        g = m.group()
        if " " not in g and "\t" not in g:  # one word: most runs
            w, e = g, m.end()
            if w.endswith(("'s", "’s")):
                w, e = w[:-2], e - 2
            while w and w[-1] in ".,'’-" and not _is_abbrev(w):
                w, e = w[:-1], e - 1
            if w and w.lower().strip(".") not in _STOP:
                runs.append(_Run(m.start(), e, [(m.start(), e, w)]))
            continue
        words, piece = [], []
        prev = ""
        for wm in _NON_SPACE.finditer(m.group()):
            s, e, w = m.start() + wm.start(), m.start() + wm.end(), wm.group()
            if _QUOTED.fullmatch(w):
                continue  # a nickname is not a word of the name
            if w == "the" and prev in ("for", "to", "on", "and") and len(piece) > 1 \
                    and _lower(piece[-2][2]) not in lexicon().org_heads:
                words.append(piece[:-1])  # "X for the Y": two names
                piece = []
                prev = w
                continue
            prev = w
            piece.append((s, e, w))
            if w.endswith(".") and not _is_abbrev(w):
                words.append(piece)
                piece = []
        if piece:
            words.append(piece)
        for piece in words:
            piece = [(s, e, w) for s, e, w in piece]
            # trailing sentence punctuation and possessives stay out of the name
            s, e, w = piece[-1]
            if w.endswith(("'s", "’s")):
                w, e = w[:-2], e - 2
            while w and w[-1] in ".,'’-" and not _is_abbrev(w):
                w, e = w[:-1], e - 1
            piece[-1] = (s, e, w)
            while piece and (piece[0][2].lower().strip(".") in _STOP
                             or piece[0][2].lower() in _CONN_SET
                             or len(piece) > 1 and len(piece[0][2]) > 3
                             and piece[0][2].isalpha() and piece[0][2].isupper()
                             and not piece[1][2].isupper()):
                piece.pop(0)
            while piece and (piece[-1][2].lower() in _CONN_SET
                             or piece[-1][2].lower().strip(".") in _STOP):
                piece.pop()
            if piece and piece[-1][2]:
                runs.append(_Run(piece[0][0], piece[-1][1], piece))
    return runs


_CONN_SET = frozenset(_CONN[3:-1].split("|"))


def _is_abbrev(w: str) -> bool:
    core = w.rstrip(".").lower()
    return core in _ABBREV or bool(_INITIALS.fullmatch(w))


def _lower(w: str) -> str:
    w = w.lower()
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    elif w.endswith(("'", "’")):
        w = w[:-1]
    return w.strip(".")


def _split_and(run: _Run, lex: Lexicon) -> list[_Run]:
    """'Russia and Kazakhstan' is two names; 'Ministry of Economy and Commerce' is one."""
    words = run.words
    for i, (_, _, w) in enumerate(words):
        if w.lower() != "and" or i == 0:
            continue
        left = [_lower(x[2]) for x in words[:i]]
        right = [_lower(x[2]) for x in words[i + 1:]]
        org_of = any(x in ("of", "for") for x in left) and any(x in lex.org_heads
                                                               for x in left)
        org_right = bool(right) and right[-1] in lex.org_heads and not (
            left[-1] in lex.org_heads or lex.country_of(left[-1]))
        if org_of or org_right:
            continue
        a = _Run(words[0][0], words[i - 1][1], words[:i])
        b = _Run(words[i + 1][0], words[-1][1], words[i + 1:]) if right else None
        return [a, *(_split_and(b, lex) if b else [])]
    return [run]


# --- reading each run ------------------------------------------------------------------

def build_registry(text: str, doc: Doc | None = None) -> Registry:
    lex = lexicon()
    reg = Registry()
    tags = _TagAt(doc) if doc is not None else None
    title_case = _title_case_lines(text)
    runs = [r for r in _name_runs(text) if not _skip_run(r, text, lex, title_case)]
    # words that stand alone as names somewhere: a run's last word among them is a
    # surname used later on its own ("Marta Lindqvist" ... "Lindqvist said")
    solo: dict[str, bool] = {}  # word -> seen inside a sentence (not only first)
    for r in runs:
        if len(r.words) == 1:
            w = _lower(r.words[0][2])
            solo[w] = solo.get(w, False) or not _sentence_initial(text, r.start)
    for raw in runs:
        for run in _split_and(raw, lex):
            _read_run(run, text, reg, lex, tags, solo)
    _person_genders(text, reg, lex)
    _surnames_met_first(reg)
    _nicknames(text, reg)
    return reg


#: ``Darren "Dazza" Pike``: a nickname between a first name and a surname
_NICKNAMED = re.compile(rf"({_CAP})[ \t]+[\"“'‘]({_CAP})[\"”'’][ \t]+({_CAP})")
_NICKNAME_HINT = re.compile(r"\w[ \t]+[\"“'‘][A-Z][\w'’\-.]*[\"”'’][ \t]+[A-Z]")


def _nicknames(text: str, reg: Registry) -> None:
    """A nickname given inside a person's name is that person wherever it stands
    alone ('Dazza, 41, fronted ...')."""
    if not _NICKNAME_HINT.search(text):
        return  # the full pattern costs a scan of every position; most texts have none
    for m in _NICKNAMED.finditer(text):
        full = _name_words(f"{m.group(1)} {m.group(3)}")
        person = next((i for i in reg.infos if i.entity.type == "person"
                       and i.words == full), None)
        nick = _name_words(m.group(2))
        if person is None:
            continue
        keep = []
        for info in reg.infos:
            if info is not person and info.words == nick and len(info.entity.mentions) and \
                    info.entity.type in ("person", "name"):
                person.entity.mentions = sorted(person.entity.mentions + info.entity.mentions)
                continue
            keep.append(info)
        reg.infos[:] = keep


def _surnames_met_first(reg: Registry) -> None:
    """A bare name met before the full name ('Marlow: ...' in a headline, then 'Coach
    Piet Marlow') is a mention of that person."""
    people = {i.surname: i for i in reg.infos if i.entity.type == "person"
              and len(i.words) > 1}
    keep = []
    for info in reg.infos:
        person = people.get(info.surname) if info.entity.type == "name" and len(
            info.words) == 1 else None
        if person is None:
            keep.append(info)
            continue
        person.entity.mentions = sorted(person.entity.mentions + info.entity.mentions)
    reg.infos[:] = keep


_LINE = re.compile(r"[^\n]+")


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Lines Written In Title Case (headlines, headings): their names are unreliable."""
    out = []
    for m in _LINE.finditer(text):
        line = m.group()
        if not line[:1].isupper() or len(line) > 300:
            continue
        words = [w for w in line.split() if w[0].isalpha()]
        if len(words) >= 4 and sum(1 for w in words if w[0].isupper()) >= 0.7 * len(words):
            out.append(m.span())
    return out


def _skip_run(run: _Run, text: str, lex: Lexicon, title_case) -> bool:
    """Runs in Title Case Headlines and ALL-CAPS datelines say little about names."""
    if run.text.isupper() and (len(run.words) > 1 or len(run.text) > 6):
        return not lex.country_of(run.text)
    i = bisect.bisect_right(title_case, (run.start, len(text) + 1)) - 1
    return i >= 0 and title_case[i][0] <= run.start < title_case[i][1]


class _TagAt:
    """The PTB tag of the token starting at a character offset ('' where the sentence
    was not parsed); looked up only for the few runs that need it."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.starts = None

    def __call__(self, start: int) -> str:
        if self.starts is None:
            self.starts = self.doc.to_array(IDX)
        i = int(numpy.searchsorted(self.starts, start))
        if i >= len(self.starts) or self.starts[i] != start:
            return ""
        tok = self.doc[i]
        return tok.tag_ if tok.tag != 0 else ""


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].rstrip(" \t\"“‘'«(—–-")
    return not before or before[-1] in ".!?:\n"


_POSTNOMINALS = frozenset("kc qc mp jr sr phd md obe mbe cbe esq".split())
#: titles that stay with a surname when the article gives no first name
_SURNAME_TITLES = frozenset("justice judge lord lady sir dame baroness baron".split())
#: titles used with a first name (a knight is "Sir Richard")
_FIRST_NAME_TITLES = frozenset("sir dame".split())


def _read_run(run: _Run, text: str, reg: Registry, lex: Lexicon, tags, solo) -> None:
    while len(run.words) > 1 and _lower(run.words[-1][2]) in _POSTNOMINALS:
        run = _Run(run.start, run.words[-2][1], run.words[:-1])
    lows = [_lower(w) for _, _, w in run.words]
    # "Lucas Ferreira of the University of Cape Town": a person, then an organisation
    for k, w in enumerate(lows):
        if w in ("of", "at", "from") and 1 < k <= 4:
            left = lows[:k]
            if not any(x in lex.org_heads or _nation(x, lex) for x in left) and \
                    left[-1] not in lex.person_titles and (
                        left[-1] in solo or left[0] in lex.first_name_gender
                        or left[-2] in lex.first_name_gender):
                rest = run.words[k + 1:]
                while rest and rest[0][2].lower() == "the":
                    rest = rest[1:]
                _read_run(_Run(run.start, run.words[k - 1][1], run.words[:k]), text, reg,
                          lex, tags, solo)
                if rest:
                    _read_run(_Run(rest[0][0], rest[-1][1], rest), text, reg, lex, tags,
                              solo)
                return
            break
    caps = [w for w in lows if w not in _CONN_SET]
    if not caps:
        return
    if all(w in lex.role_nouns for w in caps) and not (
            len(caps) > 1 and caps[-1] in lex.org_heads):
        return  # "CEO", "Chief Executive": a role, not a name
    span = (run.start, run.end)
    before = text[max(0, run.start - 60):run.start]
    after = text[run.end:run.end + 120]
    # one country, capital or demonym
    if len(caps) == 1 or all(lex.country_of(w) for w in caps) or \
            lex.countries.get(" ".join(lows)) or lex.capitals.get(" ".join(lows)):
        whole = " ".join(lows)
        country = lex.countries.get(whole)
        if country:
            _mention(reg, "country", country, span, country=country)
            return
        capital_of = lex.capitals.get(whole)
        if capital_of:
            _mention(reg, "place", run.text.strip("'’"), span, country=capital_of)
            return
        if lex.adjectives.get(whole) or lex.peoples.get(whole):
            return  # demonym or group noun: not an entity of its own
    if all(lex.adjectives.get(w) or lex.peoples.get(w) for w in caps[:-1]) and \
            lex.peoples.get(caps[-1]) is not None:
        return  # "Russian Kazakhs"
    # "Chief Executive Officer of Samarkand Air": a role; the organisation follows "of"
    if lows[0] in lex.person_titles and "of" in lows[1:]:
        k = lows.index("of")
        rest = run.words[k + 1:]
        while rest and rest[0][2].lower() == "the":
            rest = rest[1:]
        if rest and lows[k - 1] in lex.person_titles and \
                _lower(rest[-1][2]) in lex.org_heads:
            _read_run(_Run(rest[0][0], rest[-1][1], rest), text, reg, lex, tags, solo)
            return
    person = _person_in_run(run, lows, text, before, after, lex, solo)
    if person is not None:
        name_idx, role = person
        name_words = run.words[name_idx:]
        name = " ".join(w for _, _, w in name_words)
        if len(name_words) == 1 and name_idx > 0 and lows[name_idx - 1] in _FIRST_NAME_TITLES:
            known = [i for i in reg.infos if i.entity.type == "person" and len(i.words) > 1
                     and i.words[0] == lows[name_idx]]
            if len(known) == 1:  # "Sir Richard" after "Sir Richard Hallam"
                known[0].entity.mentions.append((run.start, run.end))
                return
        if len(name_words) == 1 and name_idx > 0 and lows[name_idx - 1] in _SURNAME_TITLES:
            name_words = run.words[name_idx - 1:]  # "Justice Harrow"
            name = " ".join(w for _, _, w in name_words)
        _person_mention(reg, name, (name_words[0][0], name_words[-1][1]), role, before,
                        lex)
        return
    acronym = re.fullmatch(r"[A-Z]{2,6}", run.text) and caps[0] not in lex.role_nouns \
        and caps[0] not in lex.person_titles
    if "&" in lows or acronym or \
            any(w in lex.org_heads for w in caps) and not (len(caps) == 1
                                                           and caps[0] in lex.org_heads):
        # "KAZ Minerals of the Baimskaya deposit": after these heads "of" starts a
        # phrase of the sentence, not more of the name
        k = next((i for i in range(1, len(lows) - 1) if lows[i] == "of"
                  and lows[i - 1] in _OF_ENDS_NAME
                  and not any(w in lex.org_heads for w in lows[i + 1:])), None)
        if k is not None:
            run = _Run(run.start, run.words[k - 1][1], run.words[:k])
            span = (run.start, run.end)
        # "Retailer Halden & Co" at a sentence start: the role noun is not the name
        while len(run.words) > 1 and _lower(run.words[0][2]) in lex.role_nouns and \
                _lower(run.words[0][2]) not in lex.org_heads and \
                _sentence_initial(text, run.start):
            run = _Run(run.words[1][0], run.end, run.words[1:])
            span = (run.start, run.end)
        name = run.text
        if name.endswith(("'s", "’s")):
            name = name[:-2]
        country = next((lex.countries.get(w) or lex.adjectives.get(w) for w in caps
                        if lex.countries.get(w) or lex.adjectives.get(w)), None)
        _org_mention(reg, name, span, country)
        return
    # a known person's surname or partial name ("Borodavkin", "Mr Sato")
    if _known_person(reg, lows, span):
        return
    # an unknown proper name: a place after a locative preposition, an organisation
    # when a role noun of an organisation introduces it, else kept as a bare name
    tag = tags(run.start) if tags else None
    if tag and tag not in ("NNP", "NNPS") or len(caps) == 1 and not tag and \
            _sentence_initial(text, run.start) and not solo.get(caps[0]):
        return  # an adjective or a sentence's first word, not a name
    if all(lex.country_of(w) for w in re.split(r"[-–]", " ".join(lows)) if w):
        return  # "Russia-Kazakhstan"
    if _locative_before(before):
        _mention(reg, "place", run.text, span)
    elif len(caps) > 1 and _next_word(after) in lex.org_heads:
        _org_mention(reg, run.text, span, None)  # "the International Affairs journal"
    else:
        _mention(reg, "name", run.text, span)  # kind unknown until a role noun tells


def _person_in_run(run, lows, text, before, after, lex, solo):
    """(index of the first name word, role prefix or None) when the run is a person."""
    n = len(lows)
    # a country's name is a person's name too: "Jordan Mensah", "Michael Jordan"
    name_like = n >= 2 and (lows[-2] in lex.gender or _solo_name(lows, solo, lex))
    if lows[-1] in lex.org_heads or _nation(lows[-1], lex) and not name_like:
        return None
    # trailing name words: capitalised, not a title, organisation head or country
    i = n
    while i > 0:
        w = lows[i - 1]
        if w in _PARTICLES and i < n:
            i -= 1
            continue
        if (w in lex.person_titles or w in lex.org_heads or w in _CONN_SET
                or _nation(w, lex) and not (name_like and i >= n - 1)
                or w in lex.person_roles):
            break
        i -= 1
    if i == n:
        return None
    name_idx = i
    # a long run after a title keeps only the last two names (plus particles)
    if name_idx > 0:
        core = [j for j in range(name_idx, n) if lows[j] not in _PARTICLES]
        if len(core) > 2:
            name_idx = core[-2]
            while name_idx > 0 and lows[name_idx - 1] in _PARTICLES:
                name_idx -= 1
    prefix = lows[:name_idx]
    name_lows = lows[name_idx:]
    role = None
    if prefix:
        # the word before the name is a title ("Minister X"), or a country after
        # "of"/"to" ("President of Kazakhstan X")
        last = prefix[-1]
        if all(_nation(w, lex) for w in prefix) and (
                lows[-1] in solo or lows[name_idx] in lex.gender):
            return name_idx, None  # "Kenya's Samuel Kiprono"
        if not (last in lex.person_titles or last in lex.person_roles
                or _nation(last, lex) and len(prefix) >= 3
                and prefix[-2] in ("of", "to")
                or n - name_idx >= 2 and last not in lex.org_heads
                and (lows[-1] in solo or lows[name_idx] in lex.gender
                     or _SPEECH_AFTER.match(after))
                and any(w in lex.person_roles for w in prefix)
                or _unlisted_title(prefix, name_lows, lex)):
            return None
        role_words = run.words[:name_idx]
        role = text[role_words[0][0]:role_words[-1][1]]
        if all(w.strip(".") in HONORIFICS for w in prefix):
            role = None  # "Mr", "Dr." alone: an honorific, not a role
        return name_idx, role
    if len([w for w in name_lows if w not in _PARTICLES]) > 4:
        return None  # ("Khalid bin Nasser Al Thani" has three name words)
    if _locative_before(before) and name_lows[0] not in lex.gender and \
            name_lows[-1] not in solo:
        return None  # "analysts at Morgan Stanley said": a place or a firm
    evidence = (
        lex.gender.get(name_lows[0]) is not None
        # a census first name and a surname: "Darren Pike" (not "Grant Park")
        or (len(name_lows) in (2, 3) and name_lows[0].split("-")[0] in lex.first_name_gender
            and name_lows[-1] not in lex.org_heads and name_lows[-1] not in NOT_SURNAMES
            and all(w[:1].isupper() for _, _, w in run.words[name_idx:]))
        or _last_words(before, 1)[-1:] in (["mr"], ["mrs"], ["ms"], ["dr"], ["prof"],
                                          ["sir"], ["dame"])
        or _role_noun_before(before, lex)
        or _APPOS_AFTER.match(after)
        or (len(name_lows) >= 2 and (_SPEECH_AFTER.match(after)
                                     or _speech_before(before)))
        or (len(name_lows) >= 2 and name_lows[-1] in solo)
    )
    if not evidence:
        return None
    if len(name_lows) == 1 and (_locative_before(before) or not (
            re.match(r"^,[ \t]*\d{1,3}\b", after) or _person_appos(after, lex)
            or _role_noun_before(before, lex, person_only=True))):
        return None
    return name_idx, _role_before(before, lex)




def _unlisted_title(prefix: list[str], name_lows: list[str], lex: Lexicon) -> bool:
    """'State Treasurer Alan Brooks': capitalised words before a first name and a
    surname are a title even when the lexicon does not list them."""
    return (len(name_lows) == 2 and name_lows[0] in lex.gender
            and not any(w in lex.org_heads or w in _CONN_SET or _nation(w, lex)
                        for w in prefix))


def _nation(word: str, lex: Lexicon) -> bool:
    """A country's name or demonym (capitals are often first names: Sofia, Victoria)."""
    w = word.lower().strip(".")
    return w in lex.countries or w in lex.adjectives or w in lex.peoples


def _solo_name(lows: list[str], solo: set[str], lex: Lexicon) -> bool:
    """'Jordan Mensah' ... 'Mensah': a first word that is also a country is a name."""
    return 2 <= len(lows) <= 3 and lows[-1] in solo and not (
        lows[-1] in lex.org_heads or _nation(lows[-1], lex))


def _person_class(word: str, lex: Lexicon) -> bool:
    return any(lex.class_kind.get(c) == "person"
               for c in lex.role_classes.get(word.lower(), ()))


def _person_appos(after: str, lex: Lexicon) -> bool:
    """', a schoolteacher ...', ', the association's chairman': a person's apposition."""
    m = re.match(r"^,[ \t]*(?:a|an|the|its|his|her|their)[ \t]+([^,.;]{2,80})", after)
    if not m:
        return False
    words = re.split(r"[ \t]+(?:of|at|for|in|from|with|who)[ \t]", m.group(1))[0].split()
    return bool(words) and _person_class(words[-1].strip("'’"), lex)


#: business-name heads after which "of" is not part of the name ("Bank of X" is)
_OF_ENDS_NAME = frozenset("minerals mining metals foods holdings co inc ltd corp "
                          "corporation airlines airways motors".split())


def _next_word(after: str) -> str:
    words = after[:30].split(None, 1)
    return words[0].lower().strip(".,;:") if words and words[0][:1].islower() else ""


def _last_words(before: str, n: int, *, keep_case: bool = False) -> list[str]:
    """The last ``n`` words before a name (a trailing comma ignored); the regexes
    anchored at the end of a string cost far more than this split."""
    tail = before[-12 * n - 12:].rstrip(" \t,")
    words = tail.split()[-n:]
    return words if keep_case else [w.lower() for w in words]


def _locative_before(before: str) -> bool:
    words = [w for w in _last_words(before, 2) if w != "the"]
    return bool(words) and words[-1] in _LOCATIVE


def _speech_before(before: str) -> bool:
    words = _last_words(before, 2)
    return bool(words) and (words[-1] in _SPEECH_VERBS or words[-2:] == ["according", "to"])


_LOCATIVE = frozenset("in at near from into across outside inside".split())
_SPEECH_VERBS = cues.SPEECH_BEFORE_ROLE
_ROLE_ANCHORS = frozenset("the a an its his her their and by with from said says".split())


def _base_role(word: str) -> str:
    """'co-leader' -> 'leader', 'ex-minister' -> 'minister'."""
    for prefix in _ROLE_PREFIXES:
        if word.startswith(prefix):
            return word[len(prefix):]
    return word


_ROLE_PREFIXES = ("co-", "vice-", "ex-", "deputy-", "acting-")


def _role_noun_before(before: str, lex: Lexicon, person_only: bool = False) -> bool:
    words = _last_words(before, 1, keep_case=True)
    if not words or not words[0].replace("-", "").isalpha():
        return False
    w = _base_role(words[0].lower())
    if person_only:
        return _person_class(w, lex)
    return w in lex.person_roles or w in lex.person_titles and words[0][0].islower()


def _role_before(before: str, lex: Lexicon) -> str | None:
    """A lower-case role written just before a name: 'lawmaker', 'Its chairman,'; the
    longest run of up to six words after a clause break or a determiner."""
    tail = before[-80:].rstrip(" \t,")
    cut = max(tail.rfind(c) for c in ".;:,\"“(\n")
    words = tail[cut + 1:].split()
    if not words:
        return None
    last = _base_role(words[-1].lower())
    if "of" in words[1:] and words[words.index("of", 1) - 1].lower() in lex.person_roles \
            and len(words) <= 12:  # "The head of the National Bank of Kazakhstan,"
        j = words.index("of", 1) - 1
        start = j
        while start > max(0, j - 3) and words[start - 1].lower() not in _ROLE_ANCHORS:
            start -= 1
        return " ".join(words[start:])
    if not (last in lex.person_roles or last in lex.person_titles):
        return None
    for k in range(min(6, len(words)), 0, -1):
        if k == len(words) or words[-k - 1].lower() in _ROLE_ANCHORS:
            role = " ".join(words[-k:])
            if last in lex.person_roles or role[0].islower():
                return role
            return None
    return None


def _mention(reg: Registry, type_: str, name: str, span, **kw) -> EntityInfo:
    types = (type_, "organization") if type_ == "name" else (type_,)
    info = reg.by_name.get(name)
    if info is None or info.entity.type not in types or info.entity.name != name:
        return reg.add(type_, name, span, **kw)
    info.entity.mentions.append(span)
    return info


def _org_mention(reg: Registry, name: str, span, country) -> None:
    words = set(_name_words(name)) - {"the", "of", "for", "and"}
    lex = lexicon()
    named = reg.by_name.get(name)
    if named is not None and named.entity.type == "name":
        named.entity.type = "organization"
        for w in words:
            reg.orgs_by_word.setdefault(w, []).append(named)
    # organisations sharing a word with this one (the latest few)
    near = {id(i): i for w in words for i in reg.orgs_by_word.get(w, ())[-20:]}
    for info in sorted(near.values(), key=lambda i: i.entity.id):
        if info.entity.type != "organization":
            continue
        other = set(info.words) - {"the", "of", "for", "and"}
        if words <= other or other <= words:
            c1 = country
            c2 = info.entity.country
            if c1 and c2 and c1 != c2:
                continue
            info.entity.mentions.append(span)
            if len(other) < len(words):  # the fullest name as written
                info.entity.name = name
                info.words = _name_words(name)
            info.entity.country = info.entity.country or country
            return
    info = reg.add("organization", name, span, country=country,
                   role_words=frozenset(w for w in words if w in lex.org_heads))
    for w in words:
        reg.orgs_by_word.setdefault(w, []).append(info)


def _person_mention(reg: Registry, name: str, span, role, before, lex) -> None:
    words = _name_words(name)
    if not words:
        return
    info = next((i for i in reg.by_surname.get(words[-1], ())
                 if len(words) == 1 or len(i.words) == 1 or i.words[0] == words[0]),
                None)
    gender = _honorific_gender(before, lex) or next(
        (lex.gender[w] for w in re.findall(r"[a-z]+\.?", (role or "").lower())
         if w in lex.gender), None)
    if info is None:
        info = reg.add("person", name, span, role=role, gender=gender,
                       role_words=_role_words(role))
    else:
        info.entity.mentions.append(span)
        if len(words) > len(info.words):
            info.entity.name = name
            info.words = words
        if role and not info.entity.role:
            info.entity.role = role
            info.role_words = _role_words(role)
    if info.gender is None:
        info.gender = gender or (lex.first_name_gender.get(info.words[0])
                                 if len(info.words) > 1 else None)
    if role:
        for w in _role_words(role):
            info.gender = info.gender or lex.gender.get(w)
        country = next((lex.country_of(w) for w in re.findall(r"[\w\-]+", role)
                        if lex.country_of(w)), None)
        info.entity.country = info.entity.country or country


def _honorific_gender(before: str, lex: Lexicon) -> str | None:
    words = _last_words(before, 1)
    return lex.gender.get(words[0]) if words else None


def _known_person(reg: Registry, lows: list[str], span) -> bool:
    words = _name_words(" ".join(lows))  # "al-Mutairi" -> al mutairi
    if not words or len(words) > 2:
        return False
    people = reg.by_surname.get(words[-1])
    if not people:
        return False
    info = people[0]
    if len(words) == 2 and len(info.words) > 1 and words[0] != info.words[0] and \
            words[0] not in _PARTICLES:
        return False  # "Kerry-Ann Pike" is not Darren Pike
    info.entity.mentions.append(span)
    return True


_APPOS_ROLE = re.compile(
    r"^,[ \t]*(?:\d{1,3},[ \t]*)?((?:a|an|the|its|his|her|their)\b[^,.;:\"“\n]{2,90}?|"
    r"(?:Chief|Head|Director|President|Vice|Deputy|Senior|Managing|General|Executive|"
    r"Chairman|Chairwoman|Founder|Co-founder|Minister|Secretary|Professor|Editor)\b"
    r"[^,.;:\"“\n]{0,90}?|"
    r"(?!who\b|whose\b|which\b)[a-z][^,.;:\"“\n]{2,90}?)"
    r"(?=,|\.|;|\n| said| says| who| told|$)", re.M)


_AS_ROLE = re.compile(r"^,[ \t]*who\b[^.;,]*?\bas[ \t]+(?:(?:a|an|the|its|his|her)[ \t]+)?"
                      r"((?:[\w\-]+[ \t]+){0,3}?[\w\-]+)\b")


_LED_BEFORE = re.compile(r"\b(?:(?:led|written|authored|co-authored)[ \t]+by|(?:lead|senior|"
                         r"principal|study)[ \t]+(?:author|researcher|investigator))[ \t]+"
                         r"(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?[ \t]+)?$", re.I)
_LEAD_AFTER = re.compile(r"^(?:[ \t]+of[ \t]+[^,.;]{3,60})?,.*\b(?:lead author|(?:who )?led the "
                         r"(?:study|research|trial|team|work|survey|project|report))\b")
_AUTHOR_AFTER = re.compile(r"^(?:[ \t]+of[ \t]+[^,.;]{3,60})?,.*\b(?:co-author|author of|"
                           r"wrote the)\b")


def _person_genders(text: str, reg: Registry, lex: Lexicon) -> None:
    """Roles from appositions after a person's first mention, and gender from
    possessive pronouns in that same clause ('Jenna Morales, who fled with her
    children')."""
    for info in reg.infos:
        ent = info.entity
        if ent.type != "person":
            continue
        s, e = ent.mentions[0]
        after = text[e:e + 160]
        if not ent.role:
            m = _APPOS_ROLE.match(after)
            if m:
                role = m.group(1).strip()
                last = re.findall(r"[\w\-]+", role.split(" of ")[0].split(" at ")[0]
                                  .split(" for ")[0])
                if last and (last[-1].lower() in lex.person_roles
                             or any(w.lower() in lex.person_roles for w in last)):
                    ent.role = re.sub(r"^(?:a|an|the)\s+", "", role)
                    info.role_words = _role_words(ent.role)
                    for w in info.role_words:
                        info.gender = info.gender or lex.gender.get(w)
        if not ent.role:
            m = _AS_ROLE.match(after)
            if m and m.group(1).split()[-1].lower() in lex.person_roles:
                ent.role = m.group(1)
                info.role_words = _role_words(ent.role)
        clause = re.split(r"[.;]", after, maxsplit=1)[0]
        for ms, me in ent.mentions:
            near = re.split(r"[.;]", text[me:me + 160], maxsplit=1)[0]
            if _LED_BEFORE.search(text[max(0, ms - 30):ms]) or _LEAD_AFTER.search(near):
                info.authored = 2
                break
            if _AUTHOR_AFTER.search(near):
                info.authored = max(info.authored, 1)
        if info.gender is None:
            if re.match(r"^,", clause):
                his = len(re.findall(r"\b(?:his|him|he|himself)\b", clause))
                her = len(re.findall(r"\b(?:her|she|herself)\b", clause))
                if his != her:
                    info.gender = "m" if his > her else "f"
