"""Structure stage: which lines are article text and which are page furniture.

Every non-empty line gets a label (``model.BODY_LABELS`` are article text; bylines,
datelines, captions, credits, related links, footers ... are not), then lines with the
same label merge into blocks. Rules work on the line's own shape (``By X``, ``Photo:
X``, ``Read more: ...``, a date line) and its place in the article: the header
(between the title and the first sentence-like line), the body, and the trailer
(after the last sentence-like line). Word lists live in ``lang/en/structure.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Block, Structure
from . import provenance as prov
from .dates import MONTH, find_date, is_date_line, normalise_date
# The page-structure grammar is English's: its patterns are written around English words. Its
# word lists come from the English profile; a second language brings its own grammar.
from ..lang.en.structure import (BOILERPLATE_HEAD, NON_BODY_LINES, READMORE_PREFIXES,
                                 RELATED_HEADINGS)
# Wire datelines and sign-offs are typographic conventions, told apart by their script:
# Russian wires' are recognised in any article (the stage runs before, and without,
# knowing the article's language).
from ..lang.ru import structure as _ru

__all__ = ["analyze_structure", "DATELINE"]

_PLACE_WORD = r"[A-Z][A-Z'’.\-]{2,}"  # two capitals are too often "US", "EU"
_PLACE = rf"{_PLACE_WORD}(?:[ /]{_PLACE_WORD})*"
_REGION = rf"(?:,\s+(?!(?i:{MONTH})\b)[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*)*"
_DAY = rf"(?i:{MONTH})\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?\.?"
_AGENCY = r"(?:\s*\((?P<{0}>[^()\n]{{1,40}})\)|\s*/(?P<{0}_>[^/\n]{{1,40}})/\.?)"
_DASH = r"\s*(?:—|–|--|-)"
#: ``ASTANA, March 14 (Reuters) - ``, ``BISHKEK, November 21. /TASS/. ``,
#: ``DUSHANBE, Tajikistan (AP) — ``, ``Sept 16 (Reuters) - ``, ``GENEVA — ``.
DATELINE = re.compile(
    rf"^(?:{_PLACE}{_REGION}(?:,?\s+{_DAY})?(?:{_AGENCY.format('agency')}(?:{_DASH})?|{_DASH})"
    rf"|{_DAY}{_AGENCY.format('agency2')}(?:{_DASH})?)\s+(?=\S)"
    rf"|{_ru.DATELINE}")



def _furniture_regex(anchored: bool) -> re.Pattern:
    """The furniture patterns in one regex; the matching group's name says the label.
    Patterns anchored at the line start are kept apart and only tried there (with
    ``match``): in one alternation searched at every position they cost most of the
    structure stage's time."""
    return re.compile("|".join(f"(?P<g{i}>{p[1:] if anchored else p})"
                               for i, (_, p) in enumerate(_FURNITURE)
                               if p.startswith("^") == anchored), re.IGNORECASE)


_FURNITURE = [*NON_BODY_LINES, ("footer", _ru.FURNITURE)]
_NON_BODY_AT_START = _furniture_regex(anchored=True)
_NON_BODY_ANYWHERE = _furniture_regex(anchored=False)
_NON_BODY_LABEL = {f"g{i}": label for i, (label, _) in enumerate(_FURNITURE)}
_RELATED_HEAD = re.compile(r"^(?:%s)\s*:?$" % "|".join(RELATED_HEADINGS), re.IGNORECASE)
_READMORE = re.compile(r"^(?:%s)\s*[:|»›>]\s*\S" % "|".join(READMORE_PREFIXES), re.IGNORECASE)
_BOILERPLATE_HEAD = re.compile(BOILERPLATE_HEAD)
_BYLINE = re.compile(rf"^(?:[Bb]y|BY)\s+{prov.PERSON_NAME.pattern}")
_CAPTION_MARK = re.compile(r"\b(?:Image caption|Photo caption|Caption)\s*:|^FILE\s*[-–—]\s")
_SENTENCE_END = re.compile(r"[.!?…][\"”’»)\]]*\s*$")
_NO_FINAL_PUNCT = re.compile(r"[^.!?…:;,\"”’»)\]'\-–—]$")

#: Lines longer than this are never headings, bylines or captions' short forms.
SHORT_LINE = 80
#: Datelines are shorter than this.
MAX_DATELINE = 160
#: Headlines are shorter than this.
MAX_TITLE = 200
#: A line longer than this is article text, whatever it looks like.
MAX_CAPTION = 400


@dataclass
class _Line:
    start: int
    end: int
    text: str
    para: int
    label: str | None = None


def analyze_structure(text: str, *, title: str | None = None,
                      published: str | None = None) -> Structure:
    """Blocks with labels, title, publication date, author and provenance of ``text``."""
    lines = _lines(text)
    if not lines:
        return Structure(title=title, published=normalise_date(published))
    if _same(lines[0].text, title or "") or (title is None and _looks_like_title(lines)):
        lines[0].label = "title"
        title = title if title is not None else lines[0].text
    for line in lines:
        if line.label is None:
            line.label = _own_label(line.text)
    first_body = _label_header(lines)
    dateline, agency = _split_dateline(lines, first_body)
    _label_lists(lines)
    _label_boilerplate_tail(lines, first_body)
    _label_short_lines(lines, first_body)
    for line in lines:
        line.label = line.label or "body"
    blocks = _blocks(lines, dateline)
    return _describe(text, blocks, title, published, dateline, agency)


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    para, blank, pos = 0, False, 0
    for raw in text.split("\n"):
        s, e = pos, pos + len(raw)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s == e:
            blank = True
            continue
        if blank and out:
            para += 1
        blank = False
        out.append(_Line(s, e, text[s:e], para))
    return out


def _looks_like_title(lines: list[_Line]) -> bool:
    """A first line short enough for a headline and standing apart from what follows
    (a text that starts with its lead paragraph has no title line)."""
    first = lines[0].text
    # Headlines rarely end with a full stop; a long line that does is a lead sentence.
    lead_like = len(first) > 100 and first.endswith(".")
    return len(first) <= MAX_TITLE and not lead_like and (
        len(lines) == 1 or lines[1].para != lines[0].para)


def _same(a: str, b: str) -> bool:
    """The same words: a title given as metadata often lacks the full stop or the
    quotation marks its line in the text has."""
    return _words(a) == _words(b) != ""


def _words(line: str) -> str:
    return " ".join(re.sub(r"[^\w$%]+", " ", line).split()).casefold()


def _own_label(line: str) -> str | None:
    """A label from the line alone, or None when it depends on the context."""
    if len(line) > MAX_CAPTION:
        return None  # furniture lines are short; long ones are prose
    m = _NON_BODY_AT_START.match(line) or _NON_BODY_ANYWHERE.search(line)
    if m:
        return _NON_BODY_LABEL[next(k for k, v in m.groupdict().items() if v is not None)]
    if _RELATED_HEAD.match(line):
        return "related"
    if _READMORE.match(line):
        return "readmore"
    if len(line) <= 120 and _BYLINE.match(line) and not _SENTENCE_END.search(line):
        return "byline"
    if _CAPTION_MARK.search(line) or prov.photo_credit(line):
        return "caption"
    return None


#: ``Indianapolis – ``, ``Fort Wayne, Ind. — ``: a place in title case and a spaced long
#: dash, at the start of the first line of text only (elsewhere it is a name and an aside).
TITLE_CASE_DATELINE = re.compile(
    r"^[A-Z][a-z'’.\-]{2,}(?:[ ][A-Z][a-z'’.\-]+){0,2}(?:,[ ][A-Z][\w.'’\-]*(?:[ ][A-Z]"
    r"[\w.'’\-]*)?)?[ ]+[–—][ ]+(?=[A-Z\"“‘'(])")


def _dateline(line: str, *, first: bool = False) -> re.Match | None:
    m = DATELINE.match(line[:MAX_DATELINE])  # cut: a dateline is short, lines may not be
    if m is None and first:
        m = TITLE_CASE_DATELINE.match(line[:MAX_DATELINE])
    return m


def _is_sentence(line: _Line) -> bool:
    """Article prose: a long line, or one that ends a sentence and is not a stub."""
    if line.label is not None:
        return False
    t = line.text
    return len(t) >= 150 or (len(t) >= 60 and _SENTENCE_END.search(t) is not None) \
        or _dateline(t) is not None


def _is_name_line(t: str) -> bool:
    m = prov.PERSON_NAME.fullmatch(t)
    return m is not None and len(t.split()) <= 4


def _label_header(lines: list[_Line]) -> int:
    """Label the lines between the title and the first sentence: bylines, role and
    date lines. Returns the index of the first sentence-like line."""
    first_body = next((i for i, x in enumerate(lines) if _is_sentence(x)), len(lines))
    by_para: dict[int, list[_Line]] = {}
    for x in lines[:first_body]:
        if x.label != "title":
            by_para.setdefault(x.para, []).append(x)
    prev_byline_para = None
    for para, group in sorted(by_para.items()):
        free = [x for x in group if x.label is None]
        has_byline = any(x.label == "byline" for x in group)
        if free:
            has_name = any(_is_name_line(x.text.split("|")[0].strip()) or "|" in x.text
                           for x in free)
            has_date = any(is_date_line(x.text) or ("|" in x.text and find_date(x.text))
                           for x in free)
            short = all(len(x.text) <= SHORT_LINE and not _SENTENCE_END.search(x.text)
                        or is_date_line(x.text) for x in free)
            after_byline = prev_byline_para is not None and para == prev_byline_para + 1
            # A date line of its own just under the title is the article's date line:
            # it stays article text (the publication date is read from it).
            if short and (has_name and (has_date or len(free) > 1) or has_byline
                          or (has_date and after_byline)):
                for x in free:
                    x.label = "byline"
                has_byline = True
        if has_byline:
            prev_byline_para = para
    return first_body


def _split_dateline(lines: list[_Line], first_body: int
                    ) -> tuple[tuple[int, int] | None, str | None]:
    """A dateline opening the first paragraph(s) of text: ``ASTANA, March 14 (Reuters) -``."""
    first = True
    for line in lines[first_body:first_body + 3]:
        if line.label is not None:
            continue
        m = _dateline(line.text, first=first)
        first = False
        if m:
            agency = next((v for k, v in m.groupdict().items() if v), None)
            return (line.start, line.start + m.end()), agency
    return None, None


def _label_lists(lines: list[_Line]) -> None:
    """A related-links heading takes the short lines of its list with it: the rest of
    its paragraph, or, when it stands alone, the short unpunctuated lines below it."""
    for i, head in enumerate(lines):
        if head.label != "related" or not _RELATED_HEAD.match(head.text):
            continue
        alone = i + 1 < len(lines) and lines[i + 1].para != head.para
        for j in range(i + 1, len(lines)):
            x = lines[j]
            if x.label not in (None, "related"):
                break
            if x.para != head.para and not (alone and len(x.text) <= SHORT_LINE * 1.5
                                            and not _SENTENCE_END.search(x.text)):
                break
            x.label = "related"


def _label_boilerplate_tail(lines: list[_Line], first_body: int) -> None:
    """``About Acme`` after the article text opens a press release's closing
    boilerplate: it and everything below is not article text."""
    for i in range(first_body + 1, len(lines)):
        if _BOILERPLATE_HEAD.match(lines[i].text) and i + 1 < len(lines):
            for x in lines[i:]:
                if x.label is None or x.label == "body":
                    x.label = "boilerplate"
            return


def _label_short_lines(lines: list[_Line], first_body: int) -> None:
    """Short unpunctuated lines: a section head when article text follows, else a
    trailer line (tags, topic labels, site names)."""
    last_sentence = max((i for i, x in enumerate(lines) if _is_sentence(x)), default=-1)
    for i in range(max(first_body, 1), len(lines)):
        x = lines[i]
        if x.label is not None:
            continue
        one_line_para = all(y.para != x.para for y in lines[i + 1:i + 2]) and \
            all(y.para != x.para for y in lines[i - 1:i])
        if i > last_sentence:
            if len(x.text) <= SHORT_LINE and not _SENTENCE_END.search(x.text) and \
                    not _in_a_list(lines, i):
                x.label = "tags"
        elif one_line_para and len(x.text) <= SHORT_LINE and len(x.text.split()) <= 12 \
                and _NO_FINAL_PUNCT.search(x.text) and x.text[0].isupper():
            x.label = "section"


#: A trailer line with more words than this is article text (a list item, the last
#: sentence without its full stop), not a tag.
MAX_TAG_WORDS = 5


def _in_a_list(lines: list[_Line], i: int) -> bool:
    """Line ``i`` after the article's last sentence is part of its text, not a tag: a
    longer line, a line of a list the text introduced with a colon, or a line of a
    paragraph of several lines that are longer than tags are (tour dates, products)."""
    x = lines[i]
    if len(x.text.split()) > MAX_TAG_WORDS:
        return True
    j = i
    while j > 0 and lines[j - 1].label in (None, "body", "tags"):
        j -= 1
        if lines[j].text.rstrip().endswith(":"):
            return True  # "... on Amazon:" and the list under it
        if _is_sentence(lines[j]):
            break
    para = [y for y in lines if y.para == x.para]
    return len(para) >= 3 and sum(len(y.text.split()) for y in para) / len(para) > 3


def _blocks(lines: list[_Line], dateline: tuple[int, int] | None) -> list[Block]:
    pieces: list[tuple[int, int, str, int]] = []
    for x in lines:
        if dateline and x.start == dateline[0]:
            pieces.append((dateline[0], dateline[1], "dateline", x.para))
            if dateline[1] < x.end:
                pieces.append((dateline[1], x.end, x.label, x.para))
            continue
        pieces.append((x.start, x.end, x.label, x.para))
    blocks: list[Block] = []
    last_para = -1
    for s, e, label, para in pieces:
        if blocks and blocks[-1].label == label and label != "title" and (
                para == last_para or label not in ("body", "section")):
            # Same label: one block (body only within a paragraph; non-body lines
            # merge across blank lines: a byline and its date line are one unit).
            blocks[-1].span = (blocks[-1].span[0], e)
        else:
            blocks.append(Block((s, e), label))
        last_para = para
    return blocks


def _describe(text: str, blocks: list[Block], title: str | None, published: str | None,
              dateline: tuple[int, int] | None, agency: str | None) -> Structure:
    def block_text(b: Block) -> str:
        return text[b.span[0]:b.span[1]]

    non_body = [b for b in blocks if not b.is_body]
    bylines = [block_text(b) for b in non_body if b.label == "byline"]
    date = normalise_date(published)
    if not date:
        header_end = next((b.span[0] for b in blocks if b.label == "body"
                           and len(block_text(b)) >= 150), len(text))
        for b in blocks:
            if b.span[0] >= header_end and b.label != "dateline":
                break
            if b.label in ("byline", "dateline", "body"):
                lines = block_text(b).splitlines()
                found = next((d for d in (find_date(x) for x in lines
                                          if b.label != "body" or is_date_line(x)) if d), None)
                if found:
                    date = found[0]
                    break
    wire = prov.wire_name(agency) if agency else None
    if not wire:
        # Text credits first ("Based on materials from TASS"), then bylines and
        # footers; photo credits name the picture's source, not the text's.
        for label in ("credit", "byline", "footer", "share"):
            wire = prov.find_wire([block_text(b) for b in non_body if b.label == label
                                   and not prov.photo_credit(block_text(b))])
            if wire:
                break
    provenance = prov.build(
        wire=wire,
        body_text="\n".join(block_text(b) for b in blocks if b.is_body),
        meta_lines=[block_text(b) for b in non_body],
        caption_lines=[line for b in non_body if b.label in ("caption", "credit")
                       for line in block_text(b).splitlines()],
        byline_blocks=bylines)
    return Structure(blocks=blocks, title=title, published=date,
                     author=provenance.byline, provenance=provenance)
