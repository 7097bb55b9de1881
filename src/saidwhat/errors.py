"""User-facing errors: the CLI prints them as one line, never a traceback."""


def one_line(exc: BaseException, limit: int = 300) -> str:
    """An exception's message on one line (messages from libraries span many)."""
    return " ".join(str(exc).split())[:limit] or type(exc).__name__


class SaidwhatError(Exception):
    """A problem the user can fix (bad input, missing file, bad query ...).

    The message is one line that says what is wrong and what to do.
    """


class InputError(SaidwhatError):
    """Unreadable or malformed input; ``where`` names the file (and line)."""

    def __init__(self, message: str, where: str | None = None):
        self.where = where
        self.message = message  # without the ``where:`` prefix
        super().__init__(f"{where}: {message}" if where else message)
