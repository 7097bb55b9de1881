"""Parallel ingest: read -> skip what is stored -> analyse in workers -> store.

Worker processes each load the spaCy model once and analyse whole batches; the parent
is the only writer and commits one transaction per analysed batch. So a ``kill -9``
loses at most the batches in flight, never a committed one, and never corrupts the
store (SQLite WAL); running the same ingest again skips every stored text by its
content hash *before* analysis, which makes an interrupted ingest resumable.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..errors import InputError, SaidwhatError
from ..model import Article
from ..model import Document
from .corpus import AddResult, content_hash

if TYPE_CHECKING:
    from .corpus import Corpus

#: Batches queued per worker: enough to keep workers busy while the parent writes,
#: few enough that memory stays flat on a crawl of millions.
BATCHES_PER_WORKER = 2


@dataclass
class IngestSummary:
    read: int = 0  # documents read from the inputs
    analysed: int = 0
    added: int = 0
    duplicates: int = 0  # text already stored, or repeated in the inputs
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (id, stored id)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (where, why)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Articles read per second."""
        return self.read / self.seconds if self.seconds else 0.0

    def record(self, result: AddResult) -> None:
        self.added += len(result.added)
        self.duplicates += result.duplicates
        self.renamed += result.renamed


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
        os.cpu_count() or 1)


def ingest(corpus: Corpus, paths: Iterable[str], *, workers: int | None = None,
           batch_size: int = 16, progress: Callable[[int], None] | None = None,
           on_error: Callable[[InputError], None] | None = None,
           language: str | None = None) -> IngestSummary:
    """Read ``paths`` (anything ``read_inputs`` takes), analyse and store every new
    article (in ``language`` when given, else in the language detected). Unreadable
    inputs, articles in a language with no profile and articles whose analysis fails
    are reported in ``IngestSummary.failed`` (and passed to ``on_error``) and do not
    stop the run."""
    from ..read import read_inputs

    summary = IngestSummary()
    started = time.perf_counter()
    advance = progress or (lambda n: None)

    def reading_failed(exc: InputError) -> None:
        summary.failed.append((exc.where or "input", str(exc)))
        if on_error:
            on_error(exc)

    documents = read_inputs(paths, on_error=reading_failed)
    if language:
        documents = (replace(d, language=language) for d in documents)
    batches = _new_batches(corpus, documents, batch_size, summary, advance)
    workers = workers or default_workers()
    first_two = list(itertools.islice(batches, 2))
    batches = itertools.chain(first_two, batches)
    if workers == 1 or len(first_two) < 2:  # one batch: starting workers costs more
        results = (_analyse_batch(batch) for batch in batches)
    else:
        results = _analyse_in_workers(batches, workers)
    for articles, failures in results:
        summary.analysed += len(articles)
        summary.record(corpus.add_articles(articles, regroup=False))
        for where, why in failures:
            summary.failed.append((where, why))
            if on_error:
                on_error(InputError(why, where))
        advance(len(articles) + len(failures))
    if summary.added:
        corpus.regroup()  # one speaker across the articles: once, not per batch
    summary.seconds = time.perf_counter() - started
    return summary


def store_articles(corpus: Corpus, articles: Iterable[Article], *, batch_size: int = 64,
                   progress: Callable[[int], None] | None = None) -> IngestSummary:
    """Store already analysed articles (e.g. the Spark job's output), one transaction
    per batch."""
    summary = IngestSummary()
    started = time.perf_counter()
    batch: list[Article] = []
    for article in articles:
        summary.read += 1
        batch.append(article)
        if len(batch) >= batch_size:
            summary.record(corpus.add_articles(batch, regroup=False))
            if progress:
                progress(len(batch))
            batch = []
    if batch:
        summary.record(corpus.add_articles(batch, regroup=False))
        if progress:
            progress(len(batch))
    if summary.added:
        corpus.regroup()
    summary.seconds = time.perf_counter() - started
    return summary


def _new_batches(corpus: Corpus, documents: Iterator[Document], batch_size: int,
                 summary: IngestSummary, advance: Callable[[int], None]
                 ) -> Iterator[list[Document]]:
    """Batches of documents whose text is neither stored nor already queued."""
    queued: set[str] = set()
    pending: list[tuple[str, Document]] = []

    def fresh() -> list[Document]:
        stored = corpus.stored_hashes(h for h, _ in pending)
        batch = []
        for digest, document in pending:
            if digest in stored or digest in queued:
                summary.duplicates += 1
                continue
            queued.add(digest)
            batch.append(document)
        advance(len(pending) - len(batch))
        pending.clear()
        return batch

    for document in documents:
        summary.read += 1
        pending.append((content_hash(document.text), document))
        if len(pending) >= batch_size:
            batch = fresh()
            if batch:
                yield batch
    batch = fresh()
    if batch:
        yield batch


def _analyse_in_workers(batches: Iterator[list[Document]], workers: int
                        ) -> Iterator[tuple[list[Article], list[tuple[str, str]]]]:
    # spawn: the parent may hold threads (progress bar, web server) that fork would
    # copy in a locked state; each worker pays the model load once.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context,
                             initializer=_load_model_once) as pool:
        in_flight: set[Future] = set()
        try:
            for batch in batches:
                in_flight.add(pool.submit(_analyse_batch, batch))
                if len(in_flight) >= workers * BATCHES_PER_WORKER:
                    done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                    for future in done:
                        yield future.result()
            while in_flight:
                done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
        except BrokenProcessPool:
            raise SaidwhatError(
                "an analysis worker process died (out of memory, killed, or started from "
                "a script without `if __name__ == '__main__':`); stored batches are kept: "
                "run again, or with --workers 1") from None
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _load_model_once() -> None:
    from ..nlp import load_model

    load_model()


def _analyse_batch(batch: list[Document]) -> tuple[list[Article], list[tuple[str, str]]]:
    """Analyse a batch; the pipeline isolates failures, so only the documents that
    fail are lost (and reported with why)."""
    from ..pipeline import analyze_many

    failures: list[tuple[str, str]] = []

    def failed(exc: InputError) -> None:
        failures.append((exc.where or "input", exc.message))

    articles = list(analyze_many(batch, batch_size=len(batch), on_error=failed))
    return articles, failures
