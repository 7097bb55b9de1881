"""The Spark job: files in (local paths or any Hadoop URI), Parquet tables out.

Plan: ``binaryFiles`` (one record per file, so JSONL, WARC and gzip go through the
same reader as ``saidwhat analyze``) -> documents -> round-robin over the partitions
(a single big file still spreads over every core) -> ``mapInArrow`` analysis (the
spaCy model is loaded once per Python worker, which Spark reuses across tasks) -> one
Parquet table per kind of row, partitioned by publication date. A file, record or
article that fails becomes a row of the ``failures`` table; it never stops the job.

Run by ``saidwhat spark`` and by ``spark-submit .../saidwhat/spark/job.py`` (``main``).
Imports are absolute so that spark-submit can run this file as a script.
"""

from __future__ import annotations

import os
import pickle
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from saidwhat.errors import InputError, SaidwhatError
from saidwhat.pipeline import Document
from saidwhat.spark.tables import (DATED_TABLES, PARTITION_COLUMN, ROW_SCHEMA, SCHEMAS,
                                   TABLE_COLUMN, article_rows, failure_row)

#: Documents analysed together (one parser batch) inside a partition.
BATCH_SIZE = 16
#: Rows per Arrow batch handed from a Python worker to the JVM.
ARROW_BATCH_ROWS = 4096
#: Articles per Arrow batch handed to a Python worker (Spark's default, 10,000, would
#: hold a whole partition of long articles in memory at once).
ARROW_BATCH_ARTICLES = 256
#: Partitions per core when ``--partitions`` is not given. Tasks run to the end once
#: started, so the job ends with cores idle while the last ones finish: about half a
#: task each. At 4 per core that was ~6% of a local[2] run (bench/bench_spark.py); a
#: task costs only tens of ms of scheduling.
PARTITIONS_PER_CORE = 16
#: JVM options for local mode (the driver JVM is the executor): serial GC, C1 only.
LOCAL_JVM_OPTIONS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
#: Failure examples the report shows (all of them are in the failures table).
REPORT_FAILURES = 10
_MAX_REASON_CHARS = 500

#: Row tags: a table name, or this for a document still to analyse.
_DOCUMENT = "document"


@dataclass
class JobReport:
    """What the job did: counts per table, failures, time."""

    output: str
    partitions: int
    counts: dict[str, int] = field(default_factory=dict)
    words: int = 0
    failure_examples: list[tuple] = field(default_factory=list)
    #: Seconds spent reading and analysing (the job minus Spark start-up and writing).
    analysis_seconds: float = 0.0
    seconds: float = 0.0

    @property
    def articles(self) -> int:
        return self.counts.get("articles", 0)

    @property
    def failures(self) -> int:
        return self.counts.get("failures", 0)


def run_job(
    inputs: list[str],
    output: str,
    *,
    master: str | None = None,
    partitions: int | None = None,
    overwrite: bool = False,
    conf: dict[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> JobReport:
    """Analyse every article in ``inputs`` on Spark and write the tables to ``output``.

    ``master`` None means: whatever spark-submit or the Spark defaults say
    (``local[*]`` when run outside spark-submit). ``progress(done, total)`` is called
    with finished analysis tasks while the job runs."""
    started = time.perf_counter()
    uris = [_input_uri(p) for p in inputs]
    output_uri = _output_uri(output, overwrite)
    spark = start_session(master, conf)
    sc = spark.sparkContext
    from pyspark import StorageLevel

    files = sc.binaryFiles(",".join(uris))
    n_partitions = partitions or sc.defaultParallelism * PARTITIONS_PER_CORE
    records = spark.createDataFrame(files.flatMap(read_file).map(_pickled), "record binary",
                                    verifySchema=False)
    # Analysis results leave Python as Arrow batches (tables.ROW_SCHEMA) and are kept
    # in the JVM: the analysis runs once, and each table is then written by Spark SQL
    # alone, with no Python worker and no parsing in the writes. The records are dealt
    # round-robin, one by one, in the JVM, so a single big JSONL or WARC file still
    # keeps every core busy.
    rows = (records.repartition(n_partitions)
            .mapInArrow(analyze_batches, ROW_SCHEMA)
            .persist(StorageLevel.MEMORY_AND_DISK))
    report = JobReport(output=output_uri, partitions=n_partitions)
    if sc.master.startswith("local") and output_uri.startswith("file:"):
        _no_checksum_files(sc, output_uri)
    try:
        _analyze_and_write(spark, files, rows, report, overwrite, progress)
    except SaidwhatError:
        raise
    except Exception as exc:  # py4j / PySpark errors: one line, the log has the rest
        raise SaidwhatError(f"the Spark job failed: {_first_line(exc)}; run with "
                            "--conf spark.log.level=WARN for details") from None
    finally:
        rows.unpersist()
    report.seconds = time.perf_counter() - started
    return report


def _analyze_and_write(spark, files, rows, report: JobReport, overwrite: bool,
                       progress: Callable[[int, int], None] | None) -> None:
    from pyspark.sql import functions as F

    analysis_started = time.perf_counter()
    tally = (rows.groupBy(TABLE_COLUMN)
             .agg(F.count("*").alias("n"), F.sum("articles.n_words").alias("words")))
    totals = _run_watched(spark.sparkContext, tally.collect,
                          total=files.getNumPartitions() + report.partitions,
                          progress=progress)
    report.analysis_seconds = time.perf_counter() - analysis_started
    for total in totals:
        report.counts[total[TABLE_COLUMN]] = total["n"]
        report.words += total["words"] or 0
    mode = "overwrite" if overwrite else "errorifexists"

    def write(table: str) -> None:
        frame = rows.where(F.col(TABLE_COLUMN) == table).select(f"`{table}`.*")
        # A map task per core, not per analysis partition, to filter the cached rows.
        frame = frame.coalesce(spark.sparkContext.defaultParallelism)
        if table in DATED_TABLES:
            # Each date's rows to one write task (more only when a date is big: AQE
            # splits skewed partitions): one file per date rather than one per date
            # per analysis task. Without native Hadoop every file costs tens of ms of
            # JVM time and a forked chmod, which made writing slower than analysing.
            frame = frame.hint("rebalance", PARTITION_COLUMN)
            writer = frame.write.mode(mode).partitionBy(PARTITION_COLUMN)
        else:
            writer = frame.coalesce(1).write.mode(mode)
        writer.parquet(f"{report.output.rstrip('/')}/{table}")
        if table == "failures":
            report.failure_examples = [tuple(r) for r in frame.limit(REPORT_FAILURES).collect()]

    # The tables are written at once, as concurrent Spark jobs: a table with few dates
    # is written by few tasks, and the others' tasks fill the idle cores.
    with ThreadPoolExecutor(max_workers=len(SCHEMAS)) as pool:
        for done in [pool.submit(write, table) for table in SCHEMAS]:
            done.result()


def _no_checksum_files(sc, output_uri: str) -> None:
    """Local mode, local output: no ``.crc`` file beside each Parquet file. Hadoop's
    LocalFileSystem writes one per file (Parquet checksums its own pages), and without
    Hadoop's native library each file created costs JVM time and a forked ``chmod``:
    a tenth of the writing (bench/bench_spark.py). Local executors share the driver's
    JVM, so the driver's cached FileSystem is theirs too."""
    jvm = sc._jvm
    jvm.org.apache.hadoop.fs.FileSystem.get(
        jvm.java.net.URI(output_uri), sc._jsc.hadoopConfiguration()).setWriteChecksum(False)


def start_session(master: str | None = None, conf: dict[str, str] | None = None):
    """A SparkSession (the running one under spark-submit). Errors a user can fix
    (no pyspark, no Java) become one-line ``SaidwhatError``s."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise SaidwhatError("pyspark is not installed; run: pip install 'saidwhat[spark]'"
                            ) from None
    if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
        raise SaidwhatError("Spark needs Java 17 or newer and none was found; install a "
                            "JDK (e.g. apt install openjdk-17-jre-headless) or set JAVA_HOME")
    # BLAS threads in every Python worker would fight over the cores Spark hands out.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    settings = {"spark.executorEnv.OMP_NUM_THREADS": "1",
                # Reused workers keep the loaded model from task to task.
                "spark.python.worker.reuse": "true",
                # saidwhat shows its own progress; Spark's bar would garble it.
                "spark.ui.showConsoleProgress": "false",
                "spark.sql.execution.arrow.maxRecordsPerBatch": str(ARROW_BATCH_ARTICLES)}
    if (master or "local").startswith("local") and "PYSPARK_GATEWAY_PORT" not in os.environ:
        # Local workers run this interpreter (it has saidwhat); on a cluster the
        # executors' Python is set by spark.pyspark.python (docs/spark.md).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        # Here the JVM only moves bytes while Python analyses: its parallel GC and
        # optimising compiler threads took a quarter of a core (bench/bench_spark.py).
        settings["spark.driver.extraJavaOptions"] = LOCAL_JVM_OPTIONS
    builder = SparkSession.builder.appName("saidwhat")
    if master:
        builder = builder.master(master)
    settings.update(conf or {})
    for key, value in settings.items():
        builder = builder.config(key, value)
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # py4j / JVM start-up failures have no common class
        raise SaidwhatError(f"Spark did not start ({_one_line(exc)[:200]}); check Java "
                            "and the --master URL") from None
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def read_file(item: tuple[str, bytes]) -> Iterator[tuple[str, tuple]]:
    """One input file -> ``("document", (file, Document))`` per article, then a
    ``("failures", row)`` per unreadable line, record or file."""
    from saidwhat.read import read_bytes

    path, data = item
    failures: list[tuple[str, tuple]] = []

    def on_error(exc: InputError) -> None:
        failures.append(("failures", failure_row(path, exc.where, "read", _reason(exc))))

    try:
        for document in read_bytes(data, path, on_error=on_error):
            yield _DOCUMENT, (path, document)
    except Exception as exc:  # a reader bug must not lose the other files
        on_error(InputError(_reason(exc), path))
    yield from failures


def analyze_partition(records: Iterable[tuple[str, tuple]]) -> Iterator[tuple[str, tuple]]:
    """Documents -> rows of every table, in batches; failures pass through."""
    batch: list[tuple[str, Document]] = []
    for tag, value in records:
        if tag != _DOCUMENT:
            yield tag, value
            continue
        batch.append(value)
        if len(batch) >= BATCH_SIZE:
            yield from _analyze_batch(batch)
            batch = []
    if batch:
        yield from _analyze_batch(batch)


def _analyze_batch(batch: list[tuple[str, Document]]) -> Iterator[tuple[str, tuple]]:
    """Rows of every table for a batch. The pipeline isolates a failing article, and
    reports it or yields the article in input order, so a running position gives each
    outcome its input file."""
    from saidwhat.pipeline import analyze_many

    failures: list[tuple[str, tuple]] = []
    position = 0

    def failed(exc: InputError) -> None:
        nonlocal position
        failures.append(("failures", failure_row(batch[position][0], exc.where, "analyze",
                                                 _reason(exc))))
        position += 1

    for article in analyze_many([d for _, d in batch], batch_size=BATCH_SIZE,
                                on_error=failed):
        source = batch[position][0]
        position += 1
        for table, table_rows in article_rows(article, source).items():
            for row in table_rows:
                yield table, row
    yield from failures


def _pickled(record: tuple[str, tuple]) -> tuple[bytes]:
    return (pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL),)


def analyze_batches(batches: Iterable) -> Iterator:
    """``mapInArrow``: Arrow batches of pickled records -> Arrow batches of
    ``tables.ROW_SCHEMA`` (the rows of every table, failures included)."""
    from saidwhat.spark.tables import record_batch

    records = (pickle.loads(record) for batch in batches
               for record in batch.column(0).to_pylist())
    tagged: list[tuple[str, tuple]] = []
    for row in analyze_partition(records):
        tagged.append(row)
        if len(tagged) >= ARROW_BATCH_ROWS:
            yield record_batch(tagged)
            tagged = []
    if tagged:
        yield record_batch(tagged)


def _run_watched(sc, action: Callable[[], list], *, total: int,
                 progress: Callable[[int, int], None] | None) -> list:
    """Run ``action`` while a thread reports its finished tasks to ``progress``."""
    if progress is None:
        return action()
    group = f"saidwhat-{time.time_ns()}"
    sc.setJobGroup(group, "saidwhat analysis")
    stop = threading.Event()
    tracker = sc.statusTracker()

    def watch() -> None:
        while not stop.wait(0.5):
            done = 0
            for job_id in tracker.getJobIdsForGroup(group):
                job = tracker.getJobInfo(job_id)
                for stage_id in job.stageIds if job else []:
                    stage = tracker.getStageInfo(stage_id)
                    done += stage.numCompletedTasks if stage else 0
            progress(min(done, total), total)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        result = action()
    finally:
        stop.set()
        watcher.join()
        sc.setLocalProperty("spark.jobGroup.id", None)
    progress(total, total)
    return result


def _input_uri(p: str) -> str:
    if p == "-":
        raise InputError("Spark cannot read stdin; save the input to a file first", p)
    if "://" in p:
        return p
    path = Path(p)
    if not path.exists():
        raise InputError("no such file or directory; check the path", p)
    if path.is_dir():
        # Hadoop does not descend into sub-folders; list the files as analyze does.
        files = sorted(f for f in path.rglob("*") if f.is_file()
                       and not any(part.startswith(".") for part in f.relative_to(path).parts))
        if not files:
            raise InputError("folder holds no files", p)
        return ",".join(f.resolve().as_uri() for f in files)
    return path.resolve().as_uri()


def _output_uri(output: str, overwrite: bool) -> str:
    if "://" in output:
        return output  # Spark's errorifexists mode guards remote outputs
    path = Path(output)
    if path.exists() and not overwrite and (not path.is_dir() or any(path.iterdir())):
        raise InputError("already exists and is not empty; choose a new folder or pass "
                         "--overwrite", output)
    return path.resolve().as_uri()


def _reason(exc: BaseException | None) -> str:
    if isinstance(exc, SaidwhatError):
        text = str(exc)
    else:
        text = f"{type(exc).__name__}: {exc}"
    return _one_line(text)[:_MAX_REASON_CHARS]


def _first_line(exc: BaseException) -> str:
    """The gist of a py4j/PySpark error (they carry whole Java and Python traces)."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    errors = [line for line in lines if "Error:" in line or "Exception:" in line]
    return ((errors[-1] if errors else lines[0]) if lines else type(exc).__name__)[:300]


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def main(argv: list[str] | None = None) -> None:
    """spark-submit entry: the same options as ``saidwhat spark``."""
    from saidwhat.cli.main import main as cli_main

    sys.argv = ["saidwhat", "spark", *(sys.argv[1:] if argv is None else argv)]
    cli_main()


if __name__ == "__main__":
    main()
