"""Options several commands share."""

from __future__ import annotations

from typing import Annotated

import typer

from ..lang import SUPPORTED

LanguageOption = Annotated[str | None, typer.Option(
    "--lang", help="The articles' language (ISO 639-1) instead of detecting it per "
                   f"article; supported: {', '.join(SUPPORTED)}.", show_default=False)]


def check_language(code: str | None) -> None:
    """A --lang with no profile is one clear error naming the supported languages."""
    if code is not None:
        from .. import lang

        lang.get(code)  # raises UnsupportedLanguage
