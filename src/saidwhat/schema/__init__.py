"""The JSON Schema (draft 2020-12) of ``Article.to_dict()``, the output of
``saidwhat analyze --format json``; shipped as package data (``article.schema.json``).

    from saidwhat.schema import validate
    validate(article.to_dict())        # raises jsonschema.ValidationError if off
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

SCHEMA_FILE = "article.schema.json"


@functools.lru_cache(maxsize=1)
def article_schema() -> dict[str, Any]:
    """The schema as a dict."""
    return json.loads(resources.files(__package__).joinpath(SCHEMA_FILE)
                      .read_text(encoding="utf-8"))


def validate(record: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``record`` does not fit the schema."""
    import jsonschema

    jsonschema.Draft202012Validator(
        article_schema(), format_checker=jsonschema.FormatChecker()).validate(record)
