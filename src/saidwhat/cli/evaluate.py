"""``saidwhat eval``: score the extractor against gold articles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from .main import app
from .output import progress_bar


@app.command(
    "eval",
    epilog=(
        "Examples:\n\n"
        "  saidwhat eval ../shared/gold/dev.jsonl\n\n"
        "  saidwhat eval ../shared/gold/dev.jsonl --pred-out pred.jsonl --json-out scores.json\n\n"
        "  saidwhat eval polnear/dev.jsonl --outermost --errors"
    ),
)
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (the ../shared format).")],
    unit: Annotated[str, typer.Option(help="token or char units.")] = "token",
    threshold: Annotated[float, typer.Option(help="Soft-match overlap threshold.")] = 0.5,
    outermost: Annotated[bool, typer.Option(help="Ignore nested attributions.")] = False,
    pred_out: Annotated[Path | None, typer.Option(help="Also write the predictions here.")] = None,
    json_out: Annotated[Path | None, typer.Option(help="Also write the scores as JSON.")] = None,
    errors: Annotated[bool, typer.Option(
        "--errors", help="Also print misses and false alarms grouped by cue word, and "
                         "span errors.")] = False,
) -> None:
    """Run saidwhat on the gold texts and print the shared scorer's metrics."""
    from ..evaluation import format_table, predict, read_gold, score

    records = read_gold(gold)
    with progress_bar("analysing", unit="articles", total=len(records)) as advance:
        pred = predict(records, on_article=lambda _a: advance(1),
                       on_error=lambda line: (typer.echo(f"warning: {line}", err=True),
                                              advance(1)))
    if pred_out:
        with open(pred_out, "w", encoding="utf-8") as f:
            for p in pred:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
    result = score(records, pred, unit=unit, threshold=threshold, outermost=outermost)
    typer.echo(format_table(result), nl=False)
    if errors:
        from ..evaluation.errors import count_errors, format_errors

        typer.echo(format_errors(count_errors(records, pred, outermost=outermost,
                                              threshold=threshold)), nl=False)
    if json_out:
        # the shared scorer's --json-out layout, settings included
        result["settings"] = {"unit": unit, "threshold": threshold, "keep_discard": False,
                              "locate_text": False, "alternates_as_pred": False}
        json_out.write_text(json.dumps(result, indent=2))
