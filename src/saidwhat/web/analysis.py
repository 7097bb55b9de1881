"""Analysis for the web server, in worker processes, never on the server's threads.

An analysis is seconds of CPU in Python and Cython that holds the GIL: run in the
server's process it would stall every other request (a 1 MB article used to freeze
search for all clients). Here each analysis runs in a worker process that loaded the
model once; a request waits at most ``timeout`` seconds, past which its worker is
stopped and replaced and the client gets a 503; past ``MAX_WAITING`` queued requests
new ones are refused at once with a 503, so a burst cannot build an endless queue.
"""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

from ..errors import InputError, SaidwhatError
from ..model import Article

#: Seconds one analysis may take, queueing included (2 MB of text takes about a minute).
ANALYSIS_SECONDS = 120.0
#: Analyses waiting for a worker beyond the running ones before new ones are refused.
MAX_WAITING = 8


class AnalysisUnavailable(SaidwhatError):
    """The analysis did not finish in time, or too many wait: HTTP 503."""


class AnalysisPool:
    """``workers`` processes that analyse pasted text or HTML (``analyze_input``)."""

    def __init__(self, workers: int = 1, timeout: float = ANALYSIS_SECONDS):
        self.workers = workers
        self.timeout = timeout
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._in_flight = 0

    def analyze(self, **request) -> Article:
        with self._lock:
            if self._in_flight >= self.workers + MAX_WAITING:
                raise AnalysisUnavailable("the server is busy analysing other articles; "
                                          "try again in a minute")
            self._in_flight += 1
            pool = self._pool = self._pool or _new_pool(self.workers)
        try:
            future = pool.submit(analyze_input, **request)
            try:
                return future.result(timeout=self.timeout)
            except FutureTimeout:
                self._replace(pool)
                raise AnalysisUnavailable(
                    f"the analysis took longer than {self.timeout:.0f} s and was stopped; "
                    "send a shorter article") from None
            except BrokenProcessPool:
                self._replace(pool)
                raise AnalysisUnavailable("the analysis worker died (out of memory?); "
                                          "send a shorter article") from None
        finally:
            with self._lock:
                self._in_flight -= 1

    def _replace(self, pool: ProcessPoolExecutor) -> None:
        """Stop a pool whose worker is stuck; the next request starts a new one."""
        with self._lock:
            if self._pool is pool:
                self._pool = None
        # The executor has no public way to stop a running task: end its processes.
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


def _new_pool(workers: int) -> ProcessPoolExecutor:
    # spawn: the server holds threads that fork would copy in a locked state
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_load_model)


def _load_model() -> None:
    from ..nlp import load_model

    load_model()


def analyze_input(*, text: str | None = None, html: str | None = None,
                  title: str | None = None, published: str | None = None,
                  id: str | None = None) -> Article:  # noqa: A002
    """Analyse pasted text or HTML; nothing is stored. (Runs in a worker.)"""
    from ..pipeline import analyze
    from ..read.html import extract_html

    id = id or "pasted"  # noqa: A001
    if html is not None:
        if not html.strip():
            raise InputError("the HTML is empty: paste a web page")
        document = extract_html(html, id=id, where="the pasted HTML")
        text = document.text
        title = title or document.title
        published = published or document.published
    if not text or not text.strip():
        raise InputError("the text is empty: paste an article")
    return analyze(text, title=title, published=published, id=id)
