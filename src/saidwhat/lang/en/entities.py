"""General lexicons for entities and speakers, read once from ``data/``.

Countries with their capitals and demonyms, role nouns by class, organisation head
words, pre-name titles, gendered words and first names, document nouns. Nothing here
names a person or body of any one article.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _words(name: str) -> frozenset[str]:
    return frozenset(w for ln in _lines(name) for w in ln.lower().split())


@dataclass(frozen=True)
class Lexicon:
    #: lower-cased country name or alias -> canonical country name
    countries: dict[str, str]
    #: lower-cased capital (seat of government) -> country
    capitals: dict[str, str]
    #: lower-cased demonym adjective ("russian") -> country
    adjectives: dict[str, str]
    #: lower-cased people noun ("kazakhs") -> country
    peoples: dict[str, str]
    #: role noun -> classes it belongs to
    role_classes: dict[str, frozenset[str]]
    #: class -> its nouns plus its "also" words
    class_words: dict[str, frozenset[str]]
    #: class -> "person" | "organization"
    class_kind: dict[str, str]
    org_heads: frozenset[str]
    person_titles: frozenset[str]
    #: word (honorific, role or kin noun, first name) -> "m" | "f"; a word here is
    #: evidence that a capitalised run is a person
    gender: dict[str, str]
    documents: frozenset[str]
    role_nouns: frozenset[str] = field(default=frozenset())
    #: role nouns of people only ("minister", not "ministry")
    person_roles: frozenset[str] = field(default=frozenset())
    #: first name -> "m" | "f", ours and the census's: the gender of someone already
    #: known to be a person (``Will``, ``May``, ``Hope`` are words too: never evidence
    #: that a run is a person)
    first_name_gender: dict[str, str] = field(default_factory=dict)

    def country_of(self, word: str) -> str | None:
        """Country a name, capital or demonym stands for."""
        w = word.lower().strip(".")
        return (self.countries.get(w) or self.capitals.get(w) or self.adjectives.get(w)
                or self.peoples.get(w))


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    countries, capitals, adjectives, peoples = {}, {}, {}, {}
    for ln in _lines("countries.tsv"):
        cols = (ln.split("\t") + ["", "", "", ""])[:5]
        name, aliases, caps, adjs, peops = cols
        for n in [name, *aliases.split(";")]:
            if n:  # "U.S." is also looked up as "u.s" (final dots are stripped)
                countries[n.lower()] = countries[n.lower().strip(".")] = name
        for table, col in ((capitals, caps), (adjectives, adjs), (peoples, peops)):
            for n in col.split(";"):
                if n:
                    table[n.lower()] = table[n.lower().strip(".")] = name
    role_classes: dict[str, set[str]] = {}
    class_words, class_kind = {}, {}
    for ln in _lines("roles.tsv"):
        cls, kind, nouns, also = (ln.split("\t") + ["", "", "", ""])[:4]
        nouns_set = set(nouns.split())
        class_words[cls] = frozenset(nouns_set | set(also.split()))
        class_kind[cls] = kind
        for n in nouns_set:
            role_classes.setdefault(n, set()).add(cls)
    gender = {}
    for name in ("gender.tsv", "first_names.tsv"):
        for ln in _lines(name):
            g, words = ln.split("\t", 1)
            for w in words.split():
                gender[w] = "m" if g == "male" else "f"
    return Lexicon(
        countries=countries, capitals=capitals, adjectives=adjectives, peoples=peoples,
        role_classes={k: frozenset(v) for k, v in role_classes.items()},
        class_words=class_words, class_kind=class_kind,
        org_heads=_words("org_heads.txt"), person_titles=_words("person_titles.txt"),
        gender=gender, first_name_gender=_census_first_names() | gender, documents=frozenset(singular(w) for w in _words("documents.txt")),
        role_nouns=frozenset(role_classes),
        person_roles=frozenset(n for n, cs in role_classes.items()
                               if any(class_kind[c] == "person" for c in cs)),
    )


#: Courtesy titles, never part of a name.
HONORIFICS = frozenset("mr mrs ms miss dr prof sir dame madam".split())

#: Last words of a capitalised run that make it a place or a thing, not a first name
#: and a surname (``Grant Park``, ``Hope Street``, ``May Day``).
NOT_SURNAMES = frozenset(
    "street st road rd avenue ave lane boulevard square park garden gardens river lake "
    "bridge hall house tower building station airport port bay island islands mountain "
    "valley beach day week month year night festival prize award cup trophy games "
    "summit conference plan act bill law report road".split())

#: A first name is taken as one gender when the census counts it at least this many
#: times more often for that gender (``Dale``, ``Gail``); else it tells nothing (``Kerry``).
GENDER_RATIO = 4.0


def _census_first_names() -> dict[str, str]:
    """First names with the gender the 1990 US census gives them (the ``names``
    package's data files: name, share of people, cumulative share, rank)."""
    try:
        data = resources.files("names")
    except ModuleNotFoundError:  # an install without it still runs, on our list alone
        return {}
    shares: list[dict[str, float]] = []
    for file in ("dist.female.first", "dist.male.first"):
        table = {}
        for ln in data.joinpath(file).read_text(encoding="ascii").splitlines():
            parts = ln.split()
            if len(parts) >= 2:
                table[parts[0].lower()] = float(parts[1])
        shares.append(table)
    female, male = shares
    out = {}
    for name in female.keys() | male.keys():
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if f >= GENDER_RATIO * m:
            out[name] = "f"
        elif m >= GENDER_RATIO * f:
            out[name] = "m"
    return out


#: head words of a public body's name, and of a business's name ("Kestrel Foods")
PUBLIC_BODIES = frozenset(
    "ministry department government court council parliament agency committee commission "
    "authority office party university institute union association federation society "
    "board exchange".split())
BUSINESS_HEADS = frozenset(
    "co inc ltd llc plc ag gmbh sa nv corp corporation company holdings group foods "
    "therapeutics pharmaceuticals pharma airlines airways air motors energy oil gas "
    "minerals mining metals steel logistics leasing books bank capital securities "
    "partners technologies systems solutions industries enterprises ventures labs studios "
    "robotics software electronics semiconductors aerospace biotech biosciences dynamics "
    "analytics brands telecom communications automotive networks chemicals shipping "
    "devices instruments materials".split())


def singular(word: str) -> str:
    """Crude singular of a role noun: 'ministries' -> 'ministry', 'traders' -> 'trader'."""
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w
