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
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# Command modules register themselves on `app` when imported.
from . import analyze as _analyze  # noqa: E402,F401
from . import evaluate as _evaluate  # noqa: E402,F401

for _optional in ("corpus", "web", "spark"):
    try:
        __import__(f"{__package__}.{_optional}")
    except ModuleNotFoundError as _exc:  # module not written yet
        if _exc.name != f"{__package__}.{_optional}":
            raise


def main() -> None:
    try:
        app()
    except SaidwhatError as exc:
        print(f"saidwhat: error: {exc}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        print("saidwhat: interrupted", file=sys.stderr)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
