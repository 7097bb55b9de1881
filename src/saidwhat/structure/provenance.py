"""Through which sources an article came: wire, origin, photo credit, byline names.

Read from the lines the block stage marked (datelines, credit lines, bylines,
captions, footers) and from the body for origin statements ("an article ... for the
International Affairs journal", "in an interview with ...").
"""

from __future__ import annotations

import re

from ..model import Provenance
from ..lang.en.structure import PHOTO_AGENCIES, WIRE_BY_ALIAS

NAME_WORD = r"(?:O['’][A-Z][a-z]+|Mc[A-Z][a-z]+|[A-Z][a-z'’\-]*[a-z]|[A-Z]{2,}(?:['’\-][A-Z]+)?|[A-Z]\.)"
PARTICLE = r"(?:de|da|van|von|der|den|del|la|le|al|bin|ibn|ul)"
PERSON_NAME = re.compile(rf"{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)?{NAME_WORD}){{1,3}}")

_CAP_PHRASE = r"[A-Z][\w'’&\-]*(?:\s+(?:(?:of|the|and|for|on|de|&)\s+)?[A-Z][\w'’&\-]*)*"
#: "an article ... for the International Affairs journal" and kin: content that first
#: appeared in another publication.
_ORIGIN_PATTERNS = [
    (re.compile(rf"\b(?:article|column|op-ed|essay|piece|commentary|interview|letter)\b"
                rf"[^.\n]{{0,160}}?\b(?:for|in|to|with|on) (?:the )?(?P<name>{_CAP_PHRASE}) "
                r"(?P<kind>journal|magazine|newspaper|daily|weekly|monthly|website|portal|"
                r"blog|podcast|TV channel|channel|radio|broadcaster|outlet|news agency)\b"),
     "{name} ({kind})"),
    (re.compile(rf"\b(?:in|during|gave) an? (?:exclusive )?interview (?:with|to) (?:the )?"
                rf"(?P<name>{_CAP_PHRASE})"), "{name} (interview)"),
    (re.compile(rf"\b(?:first|originally) (?:published|appeared|ran|aired) (?:in|on|by) "
                rf"(?:the )?(?P<name>{_CAP_PHRASE})"), "{name}"),
]
#: Lines that name the publication itself ("© 2024 Northbridge Evening Post").
_PUBLISHER_PATTERNS = [
    re.compile(rf"^(?:©|\(c\)|copyright)\s*(?:\d{{4}}\s*)?(?:the )?(?P<name>{_CAP_PHRASE})",
               re.IGNORECASE),
    re.compile(rf"^more from (?:the )?(?P<name>{_CAP_PHRASE})\s*:?$", re.IGNORECASE),
    re.compile(rf"\b[Ff]ollow (?:the )?(?P<name>{_CAP_PHRASE}) on\b"),
    re.compile(rf"^based on (?:materials|reports) (?:from|of|by) (?:the )?(?P<name>{_CAP_PHRASE})",
               re.IGNORECASE),
]
_PRESS_RELEASE = re.compile(r"^news provided by\s*\n\s*(?P<name>[^\n]+)", re.IGNORECASE)

_PHOTO_CREDIT_PATTERNS = [
    re.compile(r"^(?:Image|Photo|Picture) (?:source|credit)s?\s*[,:]\s*(?P<credit>\S.*?)\s*$",
               re.IGNORECASE),
    re.compile(r"\((?P<credit>(?:AP|AFP|EPA|Reuters|Xinhua|TASS) Photo/[^,)]+)"),
    re.compile(r"(?P<credit>\bREUTERS/[A-Z][\w .'’\-]+?)(?:/File Photo|/File|/Pool)?\s*$"),
    re.compile(r"(?:^|\(|[.!?]\s+)(?:Photos?|PHOTOS?|Photograph|Picture|Image)"
               r"\s*(?::|by\s)\s*(?P<credit>[A-Z][^()\n]*?)(?:,\s*File)?\s*\)?\s*$"),
    re.compile(r"(?P<credit>\b[\w .'’\-]*/Getty Images|\bGetty Images)\s*\)?\s*$"),
]
_AGENCY_AT_END = re.compile(r"\.\s+(?P<credit>%s)\s*$" % "|".join(
    re.escape(a) for a in sorted(PHOTO_AGENCIES, key=len, reverse=True)))


def wire_name(name: str) -> str | None:
    """The canonical wire for a name as written, when it is a known agency."""
    return WIRE_BY_ALIAS.get(name.strip().strip("/.() ").lower())


def find_wire(lines: list[str]) -> str | None:
    """The first known agency named as a whole word in these lines."""
    for line in lines:
        for m in re.finditer(r"[A-Za-z][\w\-]*(?:\s+[A-Z][\w\-]*)*", line):
            words = m.group().split()
            # Longest alias first: "Associated Press" before "Press".
            for n in range(len(words), 0, -1):
                for i in range(len(words) - n + 1):
                    found = wire_name(" ".join(words[i:i + n]))
                    if found:
                        return found
    return None


def photo_credit(line: str) -> str | None:
    for pattern in _PHOTO_CREDIT_PATTERNS:
        m = pattern.search(line)
        if m:
            return m.group("credit").strip(" .")
    m = _AGENCY_AT_END.search(line)
    return m.group("credit") if m else None


def byline_names(text: str) -> list[str]:
    """Author names in a byline block: ``By X``, a name line, ``Reporting by X and Y``."""
    names: list[str] = []
    lines = [x.strip() for x in text.splitlines()]
    for i, line in enumerate(lines):
        if i and re.search(r"\bby$", lines[i - 1], re.IGNORECASE):
            continue  # "NEWS PROVIDED BY" / "Samarkand Air": a company, not an author
        m = re.match(r"^(?:reporting|written|writing|text|words) by\s+(?P<rest>[^;]+)", line,
                     re.IGNORECASE)
        if m:
            for part in re.split(r",\s*|\s+and\s+", m.group("rest")):
                part = re.sub(r"\s+in\s+.*$", "", part.strip())
                _add_name(names, part)
            continue
        m = re.match(r"^by\s+(?P<rest>.+)$", line, re.IGNORECASE)
        field = (m.group("rest") if m else line)
        for piece in re.split(r"\s*[,|;]\s*|\s+and\s+", field):
            if _add_name(names, piece, whole=not m):
                if not m:
                    break
        if names:
            break
    return names


def _add_name(names: list[str], text: str, *, whole: bool = False) -> bool:
    """Add the person name ``text`` starts with (title-cased if written in capitals)."""
    text = text.strip()
    m = PERSON_NAME.match(text)
    if not m or (whole and m.end() != len(text)):
        return False
    words = m.group().split()
    # Capitalised organisation words after a name ("FARIDA NAZAROVA Associated Press",
    # "IAN FAIRBAIRN AP Sports Writer") are cut at the first wire or role word.
    kept = []
    for w in words:
        if kept and (wire_name(w) or w.lower() in _ROLE_WORDS):
            break
        kept.append(w)
    if len(kept) < 2 or any(w.lower() in _NOT_NAME_WORDS for w in kept):
        return False
    name = " ".join(w.title() if w.isupper() and len(w) > 1 else w for w in kept)
    if name not in names:
        names.append(name)
    return True


_ROLE_WORDS = {"associated", "press", "sports", "writer", "staff", "reporter", "editor",
               "correspondent", "news", "the", "business", "health", "science", "courts",
               "political", "chief", "senior", "special", "contributor", "columnist"}


_NOT_NAME_WORDS = {"by", "provided", "updated", "published", "posted", "read", "min"}


def origin(body_text: str, meta_lines: list[str]) -> str | None:
    """Where the content first appeared, or else the publication the page names."""
    for pattern, template in _ORIGIN_PATTERNS:
        m = pattern.search(body_text)
        if m:
            return template.format(**{k: v.strip() for k, v in m.groupdict().items()})
    for line in meta_lines:
        m = _PRESS_RELEASE.search(line)
        if m:
            return f"{m.group('name').strip()} (press release)"
    for line in meta_lines:
        for pattern in _PUBLISHER_PATTERNS:
            m = pattern.search(line.strip())
            if m and not wire_name(m.group("name")) and not _is_generic(m.group("name")):
                return m.group("name").strip(" .")
    return None


def _is_generic(name: str) -> bool:
    return name.lower().split()[0] in {"all", "this", "our", "us", "me"}


def build(*, wire: str | None, body_text: str, meta_lines: list[str],
          caption_lines: list[str], byline_blocks: list[str]) -> Provenance:
    credit = None
    for line in caption_lines:
        credit = photo_credit(line)
        if credit:
            break
    names: list[str] = []
    for block in byline_blocks:
        for n in byline_names(block):
            if n not in names:
                names.append(n)
    return Provenance(wire=wire, origin=origin(body_text, meta_lines), photo_credit=credit,
                      byline=", ".join(names) or None)
