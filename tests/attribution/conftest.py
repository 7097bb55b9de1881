"""Helpers for the attribution tests: analyse a short invented article."""

from __future__ import annotations

import pytest

#: The structure stage takes the first paragraph for the title; behaviour tests put
#: their sentences in the body under this neutral one.
TITLE = "Local news roundup"


class Found:
    """One attribution of an analysed text, as readable strings."""

    def __init__(self, article, att):
        self.att = att
        self.id = att.id
        self.kind = att.kind
        self.nested_in = att.nested_in
        self.source = article.span_text(att.source)
        self.cue = article.span_text(att.cue)
        self.cue_pieces = [article.text[s:e] for s, e in att.cue]
        self.content = article.span_text(att.content)
        self.content_pieces = [article.text[s:e] for s, e in att.content]

    def __repr__(self):
        return f"<{self.kind} {self.source!r} {self.cue!r} {self.content!r}>"


def _attribute(body: str, title: str = TITLE) -> list[Found]:
    import saidwhat

    article = saidwhat.analyze(f"{title}\n\n{body}")
    return [Found(article, a) for a in article.attributions]


@pytest.fixture(scope="session")
def attribute():
    """``attribute(body, title=...)`` -> the attributions found, as ``Found``."""
    return _attribute
