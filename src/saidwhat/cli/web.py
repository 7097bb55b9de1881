"""``saidwhat serve``: the web UI and HTTP API over a corpus."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated

import typer

from .main import app
from .output import err_console


@app.command(
    epilog=(
        "Examples:\n\n"
        "  saidwhat serve --db corpus.db\n\n"
        "  saidwhat serve --db corpus.db --port 8080\n\n"
        "  saidwhat serve    # no corpus: only the analyse page and POST /api/analyze"
    )
)
def serve(
    db: Annotated[Path | None, typer.Option(
        "--db", envvar="SAIDWHAT_DB",
        help="Corpus to browse (made by 'saidwhat ingest'), opened read-only.")] = None,
    host: Annotated[str, typer.Option(
        help="Address to listen on. The default serves this machine only.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
) -> None:
    """Browse the corpus in a web browser: search, articles with every statement
    highlighted, speakers, and an analyse page; JSON API under /api, docs at /docs."""
    import uvicorn

    from ..web import create_app

    app_ = create_app(db)  # opens the corpus: a missing or bad file stops here
    if not _is_loopback(host):
        err_console.print(f"saidwhat: warning: listening on {host}: anyone who can reach "
                          "this machine can use the server", markup=False, highlight=False)
    err_console.print(f"saidwhat: serving {db or 'no corpus'} at http://{host}:{port}/ "
                      "(Ctrl-C to stop)", markup=False, highlight=False)
    uvicorn.run(app_, host=host, port=port, log_level="warning")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
