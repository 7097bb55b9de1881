"""The command line: a thin layer over the library. See ``saidwhat --help``."""

from .main import app, main

__all__ = ["app", "main"]
