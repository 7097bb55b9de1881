"""Shared CLI output helpers: progress bars on stderr, readable tables."""

from __future__ import annotations

import re

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import TextIO

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)
from rich.table import Table

from ..model import Article

err_console = Console(stderr=True)


def warn(message: str) -> None:
    """One line on stderr, never wrapped (tools grep these), safe under a progress bar."""
    err_console.print(f"saidwhat: warning: {safe(message)}", markup=False, highlight=False,
                      soft_wrap=True)


@contextlib.contextmanager
def progress_bar(description: str, *, unit: str = "items", total: int | None = None
                 ) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr with a rate; silent when stderr is not a terminal
    except for a final count line, so logs stay readable."""
    if not err_console.is_terminal:
        count = [0]

        def advance_quiet(n: int = 1) -> None:
            count[0] += n

        yield advance_quiet
        if count[0] > 1:
            print(f"saidwhat: {description}: {count[0]} {unit} done", file=sys.stderr)
        return
    progress = Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TimeRemainingColumn(),
        console=err_console, transient=False,
    )
    with progress:
        task = progress.add_task(description, total=total, rate="")

        def advance(n: int = 1) -> None:
            progress.advance(task, n)
            t = progress.tasks[0]
            if t.elapsed:
                progress.update(task, rate=f"{t.completed / t.elapsed:.1f} {unit}/s")

        yield advance


#: C0/C1 control characters (an ESC in article text can retitle or reprogram the
#: terminal) and bidi overrides (they reorder what the reader sees); tab and new line
#: are kept.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(text: str) -> str:
    """Text for the terminal: every control character shown as U+FFFD, one for one
    (so offsets into the text still hold)."""
    return _UNSAFE.sub("\ufffd", text)


def excerpt(text: str, limit: int = 90) -> str:
    text = safe(" ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def print_attribution_table(article: Article, out: TextIO) -> None:
    """Speaker, kind, cue and a content excerpt, one row per attribution."""
    console = Console(file=out)  # the terminal's width: rows wrap inside it
    table = Table(title=f"{safe(article.id)}: {len(article.attributions)} attributions",
                  title_justify="left", expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("speaker", max_width=26)
    table.add_column("kind", no_wrap=True)
    table.add_column("cue", max_width=22)
    table.add_column("content", ratio=1, min_width=min(50, max(20, console.width - 70)))
    for a in article.attributions:
        speaker = safe(a.speaker or "?") + (" (unresolved)" if a.unresolved else "")
        nested = f" in {a.nested_in}" if a.nested_in else ""
        table.add_row(str(a.id), speaker, a.kind + nested, excerpt(article.span_text(a.cue), 40),
                      excerpt(article.span_text(a.content), 160))
    console.print(table)


def print_speaker_evidence(article: Article, out: TextIO) -> None:
    """Why each speaker: the source as written, the name, the pass that decided and
    the mentions the name was taken from (with their offsets)."""
    console = Console(file=out, highlight=False)
    console.print("speaker evidence:", markup=False)
    for a in article.attributions:
        ev = a.speaker_evidence or {"rule": "unresolved"}
        source = excerpt(article.span_text(a.source), 40) if a.source else "(no source)"
        name = safe(a.speaker or "?")
        where = "; ".join(f"{excerpt(article.text[s:e], 50)!r} at {s}-{e}"
                          for s, e in ev.get("mention", []))
        line = f"  #{a.id} {source} -> {name} [{ev['rule']}]" + (f" from {where}" if where
                                                               else "")
        console.print(line, markup=False)
