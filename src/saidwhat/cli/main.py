"""``saidwhat`` entry point. Each command lives in its own module and registers
itself on ``app``; user errors (``SaidwhatError``) become one line on stderr."""

from __future__ import annotations

import sys

import typer

from ..errors import SaidwhatError

app = typer.Typer(
    name="saidwhat",
    help="Who said what in news articles: statements, speakers, spans, figures.",
    no_args_is_help=True,
    add_completion=True,  # --install-completion for bash, zsh, fish, PowerShell
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"saidwhat {__version__}")
        raise typer.Exit()


@app.callback()
def _options(version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True,
        help="Print the version and exit.")) -> None:
    """Who said what in news articles: statements, speakers, spans, figures."""


# Command modules register themselves on `app` when imported (each imports its
# heavy dependencies, spaCy, pyspark, uvicorn, only when its command runs).
from . import aliases, analyze, corpus, evaluate, spark, web  # noqa: E402,F401


def main() -> None:
    try:
        app()
    except SaidwhatError as exc:
        from .output import safe

        print(f"saidwhat: error: {safe(str(exc))}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        print("saidwhat: interrupted", file=sys.stderr)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
