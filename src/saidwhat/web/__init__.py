"""Web UI and HTTP API: ``saidwhat serve`` (see ``app.create_app``)."""

from .app import create_app

__all__ = ["create_app"]
