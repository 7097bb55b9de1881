"""HTML pages -> article text and metadata, with trafilatura.

The text is built from trafilatura's element tree so that every paragraph, heading
and list keeps its own line and paragraphs are separated by a blank line: the
structure stage finds blocks by those blank lines.
"""

from __future__ import annotations

import re
from copy import copy

import trafilatura
from lxml import etree
from trafilatura.settings import Extractor
from trafilatura.utils import load_html

from ..errors import InputError
from ..model import Document

#: Less extracted text than this (besides the title) is a menu, an index or an error
#: page, not an article: trafilatura returns whatever text it finds.
MIN_ARTICLE_CHARS = 200
#: trafilatura's output elements that hold one paragraph-like unit of text each.
_BLOCK_TAGS = frozenset({"head", "p", "quote", "item", "code", "ab", "graphic"})
#: Elements that start a line of their own wherever they stand.
_LINE_TAGS = frozenset({"list", "item", "p", "head", "quote", "code"})
#: Elements whose children are the units (text between them is a unit too).
_CONTAINER_TAGS = frozenset({"div", "main", "body", "section", "article"})


#: Built once: trafilatura parses its config file each time options are made (~1 ms).
#: Fast mode skips the fallback extractors, which cost more than the main extraction;
#: they run only when the fast result is too short to be an article or reads like a
#: menu (they rescue real articles, bench/eval_html.py). The balanced focus:
#: "precision" refused real articles and kept only the first sentence of others.
_OPTIONS = Extractor(output_format="python", fast=True, comments=False, tables=True,
                     with_metadata=True)
_RESCUE = Extractor(output_format="python", fast=False, comments=False, tables=True,
                    with_metadata=True)


def extract_html(html: bytes | str, *, id: str, where: str,  # noqa: A002
                 url: str | None = None) -> Document:
    """The main text of one web page; ``InputError`` when it holds no article."""
    _check_shape(html, where)
    result, text = _extract(html, _OPTIONS, url, where)
    if len(text) < MIN_ARTICLE_CHARS or _prose(text) < PROSE_SHARE * len(text):
        # too little, or menus rather than sentences: the fallback extractors may
        # find the article; theirs wins when it keeps (nearly) all the prose
        rescued, rescued_text = _extract(html, _RESCUE, url, where)
        if _prose(rescued_text) >= 0.75 * _prose(text) and len(rescued_text) >= min(
                len(text), MIN_ARTICLE_CHARS):
            result, text = rescued, rescued_text
    if result is None or len(text) < MIN_ARTICLE_CHARS:
        raise InputError("no article text found in this HTML page (nothing but page "
                         "chrome); pass the article page, not an index or error page", where)
    title = clean_title(result.title, result.sitename, result.hostname)
    return Document(id=id, text=text, where=where, title=title, published=result.date or None,
                    url=result.url or url, author=author_names(result.author))


#: A sentence, not a name: a verb of being or having ("Phil Helsel is a reporter ...").
_BIO = re.compile(r"\b(?:is|was|has|are|were|covers|writes|joined)\b", re.I)


def author_names(author: str | None) -> str | None:
    """trafilatura's author field, or None where it read a bio sentence or a blurb
    instead of names (names separated by ``;``, each a few words)."""
    if not author:
        return None
    names = [n.strip() for n in author.split(";") if n.strip()]
    names = [n for n in names if len(n.split()) <= 5 and not _BIO.search(n)
             and not n.endswith(".")]
    return "; ".join(names) or None


#: Below this share of its characters in sentence-like lines, an extraction is more
#: likely a menu than an article.
PROSE_SHARE = 0.3
_SENTENCE_LINE = re.compile(r"^(?=.{60,}).*[.!?…»”\"')。！？][^\S\n]*$"
                            r"|^(?:\S+[^\S\n]+){12,}\S+.*$", re.M)


def _prose(text: str) -> int:
    """Characters of the text in lines that read like sentences."""
    return sum(len(m.group()) for m in _SENTENCE_LINE.finditer(text))


#: Elements a reader never sees: hidden, or pop-up cards shown on hovering a link (their
#: text otherwise lands in the paragraph: "Ilhan OmarIlhan OmarHillicon Valley | ...").
_UNSEEN = etree.XPath(
    "//*[@hidden or @aria-hidden='true'"
    " or contains(translate(@style, 'DISPLAYNOE: ', 'displaynoe'), 'displaynone')"
    " or contains(translate(@style, 'VISBLTYHDN: ', 'visbltyhdn'), 'visibilityhidden')"
    " or contains(@class, 'tooltip') or contains(@class, 'popover')"
    " or contains(@class, 'hovercard') or contains(@class, 'hover-card')"
    " or contains(@class, 'rollover')]")


def _without_unseen(html: bytes | str):
    """The page's tree without what a reader never sees; the page itself if it does
    not parse (trafilatura then reports it)."""
    tree = load_html(html)
    if tree is None:
        return html
    for el in _UNSEEN(tree):
        if el.getparent() is not None and el.tag not in ("html", "body", "head"):
            el.drop_tree() if hasattr(el, "drop_tree") else el.getparent().remove(el)
    return tree


def _extract(html: bytes | str, settings: Extractor, url: str | None, where: str):
    options = copy(settings)
    options.url = options.source = url
    try:
        result = trafilatura.bare_extraction(_without_unseen(html), options=options)
    except (ValueError, etree.LxmlError) as exc:  # trafilatura lets a few parser errors out
        raise InputError(f"could not parse the HTML ({exc}); check the page is HTML",
                         where) from None
    body = getattr(result, "body", None)
    return result, _body_text(body) if body is not None else ""


_TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—-]|::)\s+")


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text.casefold())


def clean_title(title: str | None, sitename: str | None, hostname: str | None) -> str | None:
    """A page title without the site or section name pages add to it: ``... | MoreBikes``,
    ``... - TechCrunch``, ``Opinion | ...``, ``... | Editorial``, ``Site: ...``. What is
    left must still be a title (three words, or twelve characters in a script written
    without spaces), else the title stays whole."""
    if not title:
        return None
    names = {_squash(x) for x in (sitename, hostname) if x}
    if hostname:
        names.add(_squash(hostname.rsplit(".", 1)[0]))
    names.discard("")
    out = title.strip()
    for name in sorted(names, key=len, reverse=True):  # the site's name at an end
        for m in _TITLE_SEPARATOR.finditer(out):
            if _squash(out[m.end():]) == name:
                out = out[:m.start()]
                break
            if _squash(out[:m.start()]) == name:
                out = out[m.end():]
                break
        prefix = re.match(r"(.{2,80}?):\s+", out)
        if prefix and _squash(prefix.group(1)) == name:
            out = out[prefix.end():]
    parts = _TITLE_SEPARATOR.split(out)
    seps = _TITLE_SEPARATOR.findall(out)
    if len(parts) > 1 and "|" in seps[0] and len(parts[0].split()) <= 2:
        out = out[len(parts[0]) + len(seps[0]):]  # "Opinion | ..."
    parts = _TITLE_SEPARATOR.split(out)
    seps = _TITLE_SEPARATOR.findall(out)
    last = parts[-1] if len(parts) > 1 else ""
    if last and len(last.split()) <= 3 and all(w[:1].isupper() or not w[:1].isalpha()
                                                 for w in last.split()):
        out = out[:len(out) - len(last) - len(seps[-1])]  # "... | Editorial", "- Auto News"
    out = out.strip()
    return out if len(out.split()) >= 3 or len(out) >= 12 else title.strip()


#: trafilatura's cleaning is super-linear in the number of elements and quadratic in
#: one element's attributes (200,000 attributes did not finish in 300 s). Real article
#: pages hold a few thousand tags and a few dozen attributes an element: pages past
#: these bounds are refused in one line rather than read for minutes.
MAX_HTML_TAGS = 100_000
MAX_ATTRIBUTES = 1_000


def _check_shape(html: bytes | str, where: str) -> None:
    """Refuse pages whose shape would make extraction slow (see ``MAX_HTML_TAGS``)."""
    lt, eq = ("<", "=") if isinstance(html, str) else (b"<", b"=")
    tags = html.count(lt)
    if tags > MAX_HTML_TAGS:
        raise InputError(f"HTML page has {tags:,} tags, over the {MAX_HTML_TAGS:,} an "
                         "article page may have; not read", where)
    if html.count(eq) > MAX_ATTRIBUTES:  # cheap test first; scan tags only when needed
        # Not lxml: libxml2's check for repeated attributes is itself quadratic.
        pattern = _OPEN_TAG if isinstance(html, str) else _OPEN_TAG_BYTES
        most = max((m.group().count(eq) for m in pattern.finditer(html)), default=0)
        if most > MAX_ATTRIBUTES:
            raise InputError(f"HTML page has an element with about {most:,} attributes, "
                             f"over {MAX_ATTRIBUTES:,}; not an article page, not read", where)


_OPEN_TAG = re.compile(r"<[A-Za-z][^<>]*")
_OPEN_TAG_BYTES = re.compile(rb"<[A-Za-z][^<>]*")


def _body_text(body: etree._Element) -> str:
    paragraphs: list[str] = []
    _collect(body, paragraphs)
    return "\n\n".join(p for p in paragraphs if p)


def _collect(element: etree._Element, paragraphs: list[str]) -> None:
    """Paragraphs of a container: each block child is one; text between blocks (the
    container's own text, inline children and tails) is one too, never lost."""
    pending = [element.text or ""]

    def flush() -> None:
        line = _clean("".join(pending))
        if line:
            paragraphs.append(line)
        pending.clear()

    for child in element:
        tag = child.tag if isinstance(child.tag, str) else None
        if tag in _CONTAINER_TAGS or tag in _BLOCK_TAGS or tag in ("list", "table"):
            flush()
            if tag == "list":
                # one block: a line per item, the way related-link lists look in
                # plain-text articles
                lines = [_clean(_inline(x)) for x in child if isinstance(x.tag, str)]
                paragraphs.append("\n".join(x for x in lines if x))
            elif tag == "table":
                paragraphs.append("\n".join(x for x in (_row(r) for r in child.iter("row"))
                                            if x))
            elif tag in _CONTAINER_TAGS:
                _collect(child, paragraphs)
            else:
                paragraphs.append(_clean(_inline(child)))
        elif tag is not None:
            pending.append(_inline(child))  # inline text between blocks
        pending.append(child.tail or "")
    flush()


def _inline(element: etree._Element) -> str:
    """The text of an element with its inline children and their tails; a line break
    (``lb``) is a new line, table cells keep a separator."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag in _LINE_TAGS:  # a list inside a paragraph: its items are lines
            parts.append("\n" + _inline(child) + "\n")
        elif child.tag == "row":
            parts.append("\n" + _row(child) + "\n")
        elif isinstance(child.tag, str):
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _row(row: etree._Element) -> str:
    """A table row on one line, its cells apart ("1 | Kyle Busch | 5040")."""
    cells = [" ".join(_inline(c).split()) for c in row if isinstance(c.tag, str)]
    return " | ".join(c for c in cells if c)


def _clean(text: str) -> str:
    # Lines inside one paragraph (<br>) stay lines; runs of spaces from the markup
    # collapse, since they are layout and not text.
    lines = (" ".join(part.split()) for part in text.split("\n"))
    return "\n".join(x for x in lines if x)
