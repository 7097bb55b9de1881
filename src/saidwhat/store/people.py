"""One speaker across articles: the names a corpus's statements give one person.

Each article resolves its speakers on its own (``Xi Jinping`` in one, ``President Xi``
or ``Xi`` in another; ``Tim Morrison`` and ``Timothy Morrison``). ``group_names`` puts
the names of one person in one group, in steps from the surest:

1. the same name once titles, honorifics, punctuation, case and middle initials are
   set aside (``Mr. Carl R. Davis`` = ``Carl Davis``);
2. the same surname and first names that are one name (``Tim``/``Timothy``, ``Bill``/
   ``William``; a first name of three letters or more that begins the other);
3. a single word that is the first or last word of exactly one full name (``Trump``,
   ``Xi``); with two full names to choose from (``Jane Smith``, ``John Smith``) it
   stays on its own.

Distinct people who share a surname stay apart when their first names differ. A
user's decisions (``overrides``: name -> the name of the group to join, or None to
stand alone) come first and survive re-ingest: they are kept apart from the articles.
The group is named by its most quoted full name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources

from ..lang.en.entities import HONORIFICS, lexicon


@functools.cache
def _short_forms() -> dict[str, frozenset[str]]:
    """First name -> the names it may be the same as (both directions)."""
    text = resources.files("saidwhat.lang.en").joinpath("data", "nicknames.tsv").read_text(
        encoding="utf-8")
    same: dict[str, set[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, shorts = line.partition("\t")
        group = {name, *shorts.split()}
        for n in group:
            same.setdefault(n, set()).update(group)
    return {k: frozenset(v) for k, v in same.items()}


@functools.cache
def _titles() -> frozenset[str]:
    lex = lexicon()
    return lex.person_titles | lex.person_roles


def name_words(name: str) -> tuple[str, ...]:
    """A name's words as compared: lower case, no punctuation, no honorific or leading
    title (``President Xi`` -> ``xi``), no middle initials."""
    words = [w for w in re.sub(r"[^\w\s'’-]", " ", name.casefold()).split()
             if w not in HONORIFICS]
    while len(words) > 1 and words[0] in _titles():
        words = words[1:]
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]
    return tuple(words)


_PARTICLES = frozenset("al bin ibn de da di du van von der den la le el y".split())
_PERSON_WORD = re.compile(r"(?:[A-Z][\w'’.\-]*|(?:al|el|bin|ibn|abu)-\w+)")


def person_like(name: str) -> bool:
    """Shaped like a person's name: two to five capitalised words (particles aside),
    no '&', digits or clause words ('the governments of ...' is not one)."""
    words = [w for w in name.split() if w.lower() not in _PARTICLES]
    return 2 <= len(words) <= 5 and all(_PERSON_WORD.fullmatch(w) for w in words) and \
        not any(c.isdigit() or c == "&" for c in name)


def _standalone_word(name: str) -> bool:
    """A single capitalised word that is not a country or capital ('Jordan' the
    country stays apart from Michael Jordan)."""
    lex = lexicon()
    word = name.strip()
    return bool(_PERSON_WORD.fullmatch(word)) and not lex.country_of(word) and \
        word.lower() not in lex.capitals


def same_first_name(a: str, b: str) -> bool:
    if a == b:
        return True
    if b in _short_forms().get(a, ()):
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and long_.startswith(short)


def group_names(counts: Iterable[tuple[str, int]],
                overrides: dict[str, str | None] | None = None) -> dict[str, str]:
    """Every name -> the name of its group (the most quoted full name in it).
    ``counts``: (name, statements) of each resolved speaker name."""
    counts = list(counts)
    overrides = {k.casefold(): v for k, v in (overrides or {}).items()}
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb

    free = [n for n, _ in counts if n.casefold() not in overrides]
    by_form: dict[tuple[str, ...], str] = {}
    for name in free:  # 1. one form
        form = name_words(name)
        if form:
            if form in by_form:
                union(name, by_form[form])
            else:
                by_form[form] = name
    full = [(form, name) for form, name in by_form.items()
            if len(form) >= 2 and person_like(name)]
    by_surname: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for form, name in full:
        by_surname.setdefault(form[-1], []).append((form, name))
    for group in by_surname.values():  # 2. one surname, one first name
        for i, (fa, na) in enumerate(group):
            for fb, nb in group[i + 1:]:
                if len(fa) == len(fb) and fa[1:-1] == fb[1:-1] and \
                        same_first_name(fa[0], fb[0]):
                    union(na, nb)
    for form, name in by_form.items():  # 3. a single word of exactly one person
        if len(form) != 1 or not _standalone_word(name.split()[-1]):
            continue
        word = form[0]
        people = {find(n) for f, n in full if word in (f[0], f[-1])}
        if len(people) == 1:
            union(name, people.pop())
    weight = dict(counts)
    members: dict[str, list[str]] = {}
    for name, _ in counts:
        if name.casefold() in overrides:
            continue
        members.setdefault(find(name), []).append(name)
    out: dict[str, str] = {}
    for names in members.values():
        label = max(names, key=lambda n: (len(name_words(n)) >= 2, weight.get(n, 0),
                                          len(n), n))
        for n in names:
            out[n] = label
    for name, _ in counts:  # 0. what the user decided
        target = overrides.get(name.casefold(), "")
        if target != "":
            out[name] = out.get(target, target) if target else name
    return out
