"""The highlighter: overlapping and nested spans, escaping, non-body blocks."""

from __future__ import annotations

import html
import re

from saidwhat.model import Article, Attribution, Block
from saidwhat.web.highlight import PALETTE_SIZE, article_colours, highlight_article

from .conftest import annotated_article

SEGMENT = re.compile(r'<span class="([^"]*)"([^>]*)>(.*?)</span>', re.S)


def segments(markup: str) -> list[tuple[set[str], dict[str, str], str]]:
    out = []
    for classes, attrs, inner in SEGMENT.findall(markup):
        attributes = dict(re.findall(r'(\S+?)="([^"]*)"', attrs))
        out.append((set(classes.split()), attributes, html.unescape(inner)))
    return out


def plain(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def test_text_is_kept_exactly():
    article = annotated_article()
    assert plain(str(highlight_article(article))) == article.text


def test_nested_content_is_cut_at_every_boundary():
    article = annotated_article()
    segs = segments(str(highlight_article(article)))
    by_text = {text: (classes, attrs) for classes, attrs, text in segs}
    # The nested source sits inside the outer content: it carries both ids,
    # innermost first, and is styled as the nested attribution's source.
    colours = article_colours(article)
    classes, attrs = by_text["The minister"]
    assert {"hl", "src", "nested"} <= classes
    assert f"spk-{colours['the minister']}" in classes
    assert f"out-spk-{colours['Ana Ruiz']}" in classes
    assert colours["the minister"] != colours["Ana Ruiz"]
    assert attrs["data-att"].split() == ["3", "2"]
    # The outer content between the nested source and cue is the outer's content.
    classes, attrs = by_text[" "]  # between "The minister" and "told us"
    assert {"hl", "cnt"} <= classes and attrs["data-att"].split() == ["2"]
    classes, attrs = by_text["told us"]
    assert "cue" in classes and attrs["data-att"].split() == ["3", "2"]
    classes, attrs = by_text["the money is there"]
    assert {"cnt", "nested"} <= classes and attrs["data-att"].split() == ["3", "2"]
    assert "#3 the minister (unresolved): content" in attrs["title"]
    assert "#2 Ana Ruiz: content" in attrs["title"]


def test_every_span_is_marked_with_its_role():
    article = annotated_article()
    segs = segments(str(highlight_article(article)))
    for att in article.attributions:
        for role, cls in (("source", "src"), ("cue", "cue"), ("content", "cnt")):
            for start, end in getattr(att, role):
                covered = "".join(text for classes, attrs, text in segs
                                  if str(att.id) in attrs.get("data-att", "").split()
                                  and (cls in classes or att.nested_in is None
                                       and role == "content"))
                assert article.text[start:end] in covered


def test_non_body_blocks_are_marked():
    article = annotated_article()
    segs = segments(str(highlight_article(article)))
    caption = [classes for classes, _, text in segs if text == "Photo: City Hall"]
    assert caption and {"discard", "blk-caption"} <= caption[0]


def test_crossing_spans_and_hostile_text():
    text = 'He said <img src=x onerror="alert(1)"> & "<script>x()</script>" too.'
    a = Attribution(1, "indirect", [(0, 2)], [(3, 7)], [(8, 40)], speaker='<b>"Eve"</b>')
    # A second attribution whose content starts inside the first: crossing spans.
    b = Attribution(2, "direct", [(0, 2)], [(3, 7)], [(20, 66)], speaker="Bob")
    article = Article(id="x", text=text, attributions=[a, b],
                      blocks=[Block((0, len(text)), "body")])
    markup = str(highlight_article(article))
    assert "<img" not in markup and "<script" not in markup and "<b>" not in markup
    assert "&lt;script&gt;x()&lt;/script&gt;" in markup
    assert plain(markup) == text
    both = [attrs["data-att"].split() for _, attrs, t in segments(markup)
            if t.startswith("nerror")]  # cut where the second content starts
    assert both and set(both[0]) == {"1", "2"}


def test_spans_outside_the_text_are_clipped():
    article = Article(id="x", text="Short.", attributions=[
        Attribution(1, "direct", [(0, 5)], [], [(3, 99)], speaker="A")])
    assert plain(str(highlight_article(article))) == "Short."


def test_speakers_of_one_article_get_distinct_colours():
    names = [f"Speaker {n}" for n in range(PALETTE_SIZE)]
    text = " ".join(f"{name} said yes." for name in names)
    attributions = []
    for i, name in enumerate(names):
        start = text.index(name)
        attributions.append(Attribution(i + 1, "indirect", [(start, start + len(name))],
                                        [(start + len(name) + 1, start + len(name) + 5)],
                                        [(start + len(name) + 6, start + len(name) + 9)],
                                        speaker=name))
    markup = str(highlight_article(Article(id="x", text=text, attributions=attributions)))
    colours = {text: next(c for c in classes if c.startswith("spk-"))
               for classes, _, text in segments(markup) if "src" in classes}
    assert sorted(colours) == sorted(names)
    assert len(set(colours.values())) == PALETTE_SIZE
