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

from ..errors import InputError
from ..model import Document

#: Less extracted text than this (besides the title) is a menu, an index or an error
#: page, not an article: trafilatura returns whatever text it finds.
MIN_ARTICLE_CHARS = 200
#: trafilatura's output elements that hold one paragraph-like unit of text each.
_BLOCK_TAGS = frozenset({"head", "p", "quote", "item", "row", "code", "ab"})
#: Elements whose children are the units (their own text is a heading line).
_CONTAINER_TAGS = frozenset({"list", "table", "div", "main", "body"})


#: Built once: trafilatura parses its config file each time options are made (~1 ms).
#: Precision focus and fast mode skip the fallback extractors and the recall retry,
#: which cost more than the main extraction and only help on pages that are not
#: articles.
_OPTIONS = Extractor(output_format="python", fast=True, precision=True, comments=False,
                     tables=True, with_metadata=True)


def extract_html(html: bytes | str, *, id: str, where: str,  # noqa: A002
                 url: str | None = None) -> Document:
    """The main text of one web page; ``InputError`` when it holds no article."""
    _check_shape(html, where)
    options = copy(_OPTIONS)
    options.url = options.source = url
    try:
        result = trafilatura.bare_extraction(html, options=options)
    except (ValueError, etree.LxmlError) as exc:  # trafilatura lets a few parser errors out
        raise InputError(f"could not parse the HTML ({exc}); check the page is HTML",
                         where) from None
    body = getattr(result, "body", None)
    text = _body_text(body) if body is not None else ""
    if result is None or len(text) - len(result.title or "") < MIN_ARTICLE_CHARS:
        raise InputError("no article text found in this HTML page (nothing but page "
                         "chrome); pass the article page, not an index or error page", where)
    return Document(id=id, text=text, where=where, title=result.title or None,
                    published=result.date or None, url=result.url or url,
                    author=result.author or None)


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
    return "\n\n".join(paragraphs)


def _collect(element: etree._Element, paragraphs: list[str]) -> None:
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if child.tag in _CONTAINER_TAGS:
            lines = []
            if child.tag == "list":
                # A list is one block: its heading (if any) and one line per item,
                # the way related-link lists look in plain-text articles.
                lines = [_clean(x.text_content() if hasattr(x, "text_content")
                                else "".join(x.itertext())) for x in child
                         if isinstance(x.tag, str)]
                lines = [x for x in lines if x]
                if lines:
                    paragraphs.append("\n".join(lines))
                continue
            _collect(child, paragraphs)
        elif child.tag in _BLOCK_TAGS:
            line = _clean("".join(child.itertext()))
            if line:
                paragraphs.append(line)


def _clean(text: str) -> str:
    # Lines inside one paragraph (<br>) stay lines; runs of spaces from the markup
    # collapse, since they are layout and not text.
    lines = (" ".join(part.split()) for part in text.split("\n"))
    return "\n".join(x for x in lines if x)
