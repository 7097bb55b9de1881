"""``saidwhat spark``: the analysis on Apache Spark, Parquet tables out."""

from __future__ import annotations

from typing import Annotated

import typer

from ..errors import InputError
from .main import app
from .output import err_console, progress_bar, safe


@app.command(
    epilog=(
        "Examples:\n\n"
        "  saidwhat spark articles.jsonl --output out/ --master 'local[2]'\n\n"
        "  saidwhat spark crawl/*.warc.gz --output out/ --partitions 64\n\n"
        "  spark-submit --master yarn $(python -c 'import saidwhat.spark.job as j; "
        "print(j.__file__)') hdfs:///news/ --output hdfs:///saidwhat/out\n\n"
        "Then browse: saidwhat ingest out/ --from-parquet --db corpus.db  (docs/spark.md)"
    )
)
def spark(
    inputs: Annotated[list[str], typer.Argument(
        help="Files or folders to read: .jsonl, .warc(.gz), .html, .txt, gzip of "
             "those; local paths or any Hadoop URI (hdfs://, s3a://, file://).",
        show_default=False)],
    output: Annotated[str, typer.Option(
        "--output", "-o", help="Folder (or URI) for the Parquet tables: articles, "
                               "attributions, entities, amounts, failures.",
        show_default=False)],
    master: Annotated[str | None, typer.Option(
        "--master", help="Spark master: local[2], yarn, spark://host:7077 ... "
                         "(default: spark-submit's, else local[*]).")] = None,
    partitions: Annotated[int | None, typer.Option(
        "--partitions", min=1, help="Analysis tasks (default: 16 per core).")] = None,
    overwrite: Annotated[bool, typer.Option(
        "--overwrite", help="Replace the tables if OUTPUT already holds some.")] = False,
    conf: Annotated[list[str] | None, typer.Option(
        "--conf", help="Extra Spark setting KEY=VALUE (repeatable).")] = None,
) -> None:
    """Analyse many files on Apache Spark and write Parquet tables by publication date."""
    from ..spark.job import run_job

    settings = {}
    for item in conf or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise InputError(f"--conf {item!r} is not KEY=VALUE; write e.g. "
                             "--conf spark.executor.memory=4g")
        settings[key] = value

    with progress_bar("spark: reading and analysing", unit="tasks") as advance:
        seen = [0]

        def on_progress(done: int, total: int) -> None:
            advance(done - seen[0])
            seen[0] = done

        report = run_job(inputs, output, master=master, partitions=partitions,
                         overwrite=overwrite, conf=settings, progress=on_progress)
    counts = report.counts
    rate = report.words / report.analysis_seconds if report.analysis_seconds else 0.0
    err_console.print(
        f"saidwhat spark: {report.articles} articles ({report.words:,} words, "
        f"{rate:,.0f} words/s) with {counts.get('attributions', 0)} attributions, "
        f"{counts.get('entities', 0)} entities, {counts.get('amounts', 0)} amounts; "
        f"{report.failures} failed records; {report.seconds:.1f} s; tables in "
        f"{report.output}", markup=False, highlight=False)
    for source, record, stage, reason in report.failure_examples:
        err_console.print(safe(f"saidwhat spark: failed ({stage}) {record or source}: {reason}"),
                          markup=False, highlight=False)
    if report.failures > len(report.failure_examples):
        err_console.print(f"saidwhat spark: ... all {report.failures} failures are in the "
                          "failures table", markup=False, highlight=False)
    if report.articles == 0 and report.failures:
        raise typer.Exit(1)
