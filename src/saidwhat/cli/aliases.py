"""``saidwhat alias``: say by hand which speaker names are one person, or not."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Annotated

import typer

from ..errors import InputError, SaidwhatError
from .corpus import DEFAULT_DB, DbOption, _open
from .main import app
from .output import safe


@app.command(epilog=(
    "Examples:\n\n"
    "  saidwhat alias \"Tim Morrison\" \"Timothy Morrison\" --db corpus.db\n\n"
    "  saidwhat alias Smith --alone --db corpus.db\n\n"
    "  saidwhat alias --file aliases.tsv --db corpus.db\n\n"
    "  saidwhat alias --list --db corpus.db"))
def alias(
    name: Annotated[str | None, typer.Argument(
        help="A speaker name as the corpus writes it.", show_default=False)] = None,
    same_as: Annotated[str | None, typer.Argument(
        help="A name of the speaker NAME is (NAME joins that speaker's group).",
        show_default=False)] = None,
    alone: Annotated[bool, typer.Option(
        "--alone", help="NAME is a speaker of its own (undo an automatic grouping).")] = False,
    automatic: Annotated[bool, typer.Option(
        "--automatic", help="Forget what was decided for NAME; group it automatically.")
    ] = False,
    file: Annotated[Path | None, typer.Option(
        "--file", help="Tab-separated lines: NAME<TAB>SAME-AS, or NAME<TAB> for alone.")
    ] = None,
    list_: Annotated[bool, typer.Option("--list", help="Show the decisions made.")] = False,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Merge or split speakers across articles. Decisions are kept in the corpus apart
    from the articles, so they survive re-ingest."""
    decisions: list[tuple[str, str | None]] = []
    if file is not None:
        decisions += _read_file(file)
    if name is not None:
        if sum((same_as is not None, alone, automatic)) != 1:
            raise SaidwhatError("give NAME with one of: a second name, --alone, "
                                "--automatic (see saidwhat alias --help)")
        decisions.append((name, same_as if same_as is not None else None if alone else ""))
    if not decisions and not list_:
        raise SaidwhatError("nothing to do: give NAME SAME-AS, NAME --alone, --file or "
                            "--list (see saidwhat alias --help)")
    with _open(db, readonly=not decisions) as corpus:
        for who, group in decisions:
            corpus.set_speaker_group(who, group)
            typer.echo(f"{safe(who)}: " + ("grouped automatically" if group == "" else
                                          "a speaker of its own" if group is None else
                                          f"same speaker as {safe(group)}"))
        if list_:
            for who, group in corpus.speaker_overrides():
                typer.echo(f"{safe(who)}\t{'' if group is None else safe(group)}")


def _read_file(path: Path) -> list[tuple[str, str | None]]:
    try:
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f, delimiter="\t"))
    except OSError as exc:
        raise InputError(exc.strerror or "cannot read", str(path)) from None
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", str(path)) from None
    out = []
    for n, row in enumerate(rows, 1):
        if not row or not row[0].strip() or row[0].startswith("#"):
            continue
        if len(row) > 2:
            raise InputError("expected NAME<TAB>SAME-AS or NAME<TAB>", f"{path}:{n}")
        target = row[1].strip() if len(row) == 2 else ""
        out.append((row[0].strip(), target or None))
    return out
