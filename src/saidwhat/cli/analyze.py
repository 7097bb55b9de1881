"""``saidwhat analyze``: who said what in one or more articles."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import InputError
from .main import app
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
    explain: Annotated[bool, typer.Option(
        "--explain", help="After each table, say why each speaker: the rule that "
                          "decided and the mention the name was taken from (JSON output "
                          "always carries it as speaker_evidence).")] = False,
) -> None:
    """Find every attribution: speaker, kind, cue, source and content spans."""
    from ..pipeline import analyze_many
    from ..read import read_inputs

    errors: list[str] = []

    def on_error(exc: InputError) -> None:
        errors.append(str(exc))
        warn(str(exc))

    documents = read_inputs(files, on_error=on_error)
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
