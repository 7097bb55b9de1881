"""``saidwhat analyze``: who said what in one or more articles."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import InputError, SaidwhatError
from .main import app
from .options import LanguageOption, check_language
from .output import print_attribution_table, print_speaker_evidence, progress_bar, warn


class AnalyzeFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


@app.command(
    epilog=(
        "Examples:\n\n"
        "  saidwhat analyze examples/borodavkin-tass-2022-10-18.txt\n\n"
        "  saidwhat analyze --format jsonl articles.jsonl > attributions.jsonl\n\n"
        "  saidwhat analyze --explain examples/borodavkin-tass-2022-10-18.txt\n\n"
        "  cat article.txt | saidwhat analyze - --published 2026-03-14 "
        "--title \"Minister quits\"\n\n"
        "  cat article.txt | saidwhat analyze - --format json"
    )
)
def analyze(
    files: Annotated[list[str], typer.Argument(
        help="Articles to read: .txt (one article), .jsonl (one a line: text, id, title, "
             "published), .html, .warc(.gz), directories; - for stdin.",
        show_default=False)],
    format: Annotated[AnalyzeFormat, typer.Option(  # noqa: A002
        "--format", "-f", help="table: readable; json: one document; jsonl: one article "
                               "a line, scorable by the shared scorer.")] = AnalyzeFormat.table,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write here instead of stdout.")] = None,
    no_text: Annotated[bool, typer.Option(
        "--no-text", help="Leave the article text out of JSON output.")] = False,
    title: Annotated[str | None, typer.Option(
        "--title", help="The article's title, where the input does not give one.")] = None,
    published: Annotated[str | None, typer.Option(
        "--published", help="Publication date YYYY-MM-DD, where the input does not give "
                            "one: relative dates (\"on Tuesday\") are resolved against it.")
    ] = None,
    explain: Annotated[bool, typer.Option(
        "--explain", help="After each table, say why each speaker: the rule that "
                          "decided and the mention the name was taken from (JSON output "
                          "always carries it as speaker_evidence).")] = False,
    language: LanguageOption = None,
) -> None:
    """Find every attribution: speaker, kind, cue, source and content spans."""
    from ..pipeline import analyze_many
    from ..read import read_inputs
    from ..structure.dates import normalise_date

    errors: list[str] = []

    def on_error(exc: InputError) -> None:
        errors.append(str(exc))
        warn(str(exc))

    urls = [f for f in files if f.lower().startswith(("http://", "https://"))]
    if urls:
        raise SaidwhatError(f"URLs are not fetched ({urls[0][:80]}): save the page (curl -o "
                            "page.html URL) and pass the file")
    if published is not None and normalise_date(published) is None:
        raise SaidwhatError(f"--published {published!r} is not a date: give YYYY-MM-DD")
    check_language(language)
    documents = read_inputs(files, on_error=on_error)
    if title or published or language:
        documents = (replace(d, title=d.title or title, published=d.published or published,
                             language=language or d.language) for d in documents)
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    n = 0
    try:
        with progress_bar("analysing", unit="articles") as advance:
            first = True
            if format is AnalyzeFormat.json:
                out.write("[")
            for article in analyze_many(documents, on_error=on_error):
                n += 1
                advance(1)
                if format is AnalyzeFormat.table:
                    print_attribution_table(article, out)
                    if explain:
                        print_speaker_evidence(article, out)
                    continue
                record = json.dumps(article.to_dict(with_text=not no_text), ensure_ascii=False)
                if format is AnalyzeFormat.json:
                    out.write(("\n" if first else ",\n") + record)
                else:
                    out.write(record + "\n")
                first = False
            if format is AnalyzeFormat.json:
                out.write("\n]\n")
    finally:
        if output:
            out.close()
    if errors and n == 0:
        raise typer.Exit(1)
