"""Corpus commands: ``ingest``, ``search``, ``speakers``, ``show``, ``export``, ``stats``.

Thin wrappers over ``saidwhat.store.Corpus``; the store does the work.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from dataclasses import asdict, fields
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..errors import SaidwhatError
from .main import app
from .options import LanguageOption, check_language
from .output import excerpt, progress_bar, safe, warn

DbOption = Annotated[Path, typer.Option(
    "--db", envvar="SAIDWHAT_DB", help="The corpus file (SQLite); env SAIDWHAT_DB.")]
DEFAULT_DB = Path("corpus.db")

#: Speaker colours in `show` and `search` tables (cycled).
PALETTE = ("cyan", "magenta", "green", "yellow", "blue", "red", "bright_cyan",
           "bright_magenta", "bright_green", "bright_yellow", "bright_blue", "bright_red")


class TableFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class ShowFormat(str, Enum):
    table = "table"
    json = "json"


class Table_(str, Enum):
    attributions = "attributions"
    articles = "articles"
    entities = "entities"
    amounts = "amounts"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def _open(db: Path, *, readonly: bool = True):
    from ..store import Corpus

    def waiting(seconds: float) -> None:
        warn(f"{db} is being written by another process; waiting for its turn "
             f"({seconds:.0f} s so far)")

    return Corpus(db, readonly=readonly, on_wait=None if readonly else waiting)


@app.command(epilog=(
    "Examples:\n\n"
    "  saidwhat ingest ../shared/gold/dev.jsonl examples/ --db corpus.db\n\n"
    "  saidwhat ingest crawl/*.warc.gz --db corpus.db --workers 2\n\n"
    "  saidwhat ingest spark-out/ --from-parquet --db corpus.db"))
def ingest(
    paths: Annotated[list[str], typer.Argument(
        help="Articles: .txt, .jsonl, .html, .warc(.gz), directories, - for stdin; with "
             "--from-parquet: `saidwhat spark` output folders.", show_default=False)],
    db: DbOption = DEFAULT_DB,
    workers: Annotated[int | None, typer.Option(
        "--workers", "-w", min=1, help="Analysis processes [default: number of cores].",
        show_default=False)] = None,
    batch_size: Annotated[int, typer.Option(
        "--batch-size", min=1, help="Articles per analysis batch and per transaction.")] = 16,
    from_parquet: Annotated[bool, typer.Option(
        "--from-parquet", help="Store the already analysed articles of a `saidwhat spark` "
                               "output folder (no analysis).")] = False,
    language: LanguageOption = None,
) -> None:
    """Analyse articles and store them in a corpus (skips texts already stored)."""
    from ..store.ingest import store_articles

    check_language(language)
    spark_outputs = [p for p in paths if _looks_like_spark_output(Path(p))]
    if spark_outputs and not from_parquet:
        raise SaidwhatError(f"{spark_outputs[0]} is the output of `saidwhat spark`: add "
                            "--from-parquet to store its analysed articles")

    with _open(db, readonly=False) as corpus, \
            progress_bar("ingesting", unit="articles") as advance:
        if from_parquet:
            summary = store_articles(corpus, _parquet_articles(paths), progress=advance)
        else:
            summary = corpus.ingest(paths, workers=workers, batch_size=batch_size,
                                    progress=advance, language=language)
    failed = len(summary.failed)
    lines = [f"saidwhat: ingest into {db}: read {summary.read}, analysed {summary.analysed}, "
             f"stored {summary.added}, skipped {summary.duplicates} as duplicate, "
             f"failed {failed} in {summary.seconds:.1f} s ({summary.rate:.1f} articles/s)"]
    lines += [f"  id {given} was taken by another text: stored as {stored}"
              for given, stored in summary.renamed[:10]]
    lines += [f"  failed: {why if why.startswith(where) else f'{where}: {why}'}"
              for where, why in summary.failed[:20]]
    if failed > 20:
        lines.append(f"  ... and {failed - 20} more failures")
    print("\n".join(lines), file=sys.stderr)  # plain: one summary line, never wrapped
    if failed and not summary.added and not summary.duplicates:
        raise typer.Exit(1)


def _parquet_articles(paths: list[str]):
    try:
        from ..spark.io import articles_from_parquet
    except ImportError:
        raise SaidwhatError("--from-parquet needs saidwhat.spark.io, which this "
                            "installation lacks; reinstall saidwhat") from None
    for path in paths:
        yield from articles_from_parquet(path)


@app.command(epilog=(
    "Examples:\n\n"
    "  saidwhat search sanctions --speaker Borodavkin --db corpus.db\n\n"
    "  saidwhat search '\"export duty\" OR tariff*' --since 2024-03 --kind direct\n\n"
    "  saidwhat search --about Kazakhstan --wire Reuters --format csv > hits.csv\n\n"
    "  saidwhat search --speaker Бородавкин --language ru\n\n"
    "Plain words must all occur (stemmed: sanction finds sanctions); FTS5 operators "
    "work as written: \"a phrase\", OR, NOT, prefix*, NEAR(a b, 5)."))
def search(
    query: Annotated[str | None, typer.Argument(
        help="Words to find in what was said.", show_default=False)] = None,
    speaker: Annotated[str | None, typer.Option(
        "--speaker", "-s", help="Words of the speaker's name (Borodavkin).")] = None,
    about: Annotated[str | None, typer.Option(
        "--about", "-a", help="An entity the statement is about (or mentions).")] = None,
    since: Annotated[str | None, typer.Option(
        help="Articles published on or after YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, typer.Option(
        help="Articles published on or before YYYY[-MM[-DD]].")] = None,
    kind: Annotated[str | None, typer.Option(
        help="direct, indirect, mixed or headline.")] = None,
    wire: Annotated[str | None, typer.Option(help="Wire agency (TASS, Reuters ...).")] = None,
    outlet: Annotated[str | None, typer.Option(
        help="The web site an article came from (apnews.com), or its origin.")] = None,
    language: Annotated[str | None, typer.Option(
        "--language", help="Articles in this language (en, ru).")] = None,
    order: Annotated[str | None, typer.Option(
        help="rank (default with a query), newest, oldest.", show_default=False)] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 50,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    format: Annotated[TableFormat, typer.Option(  # noqa: A002
        "--format", "-f")] = TableFormat.table,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Find statements: by words, speaker, entity, date, kind and wire."""
    if not (query or speaker or about or since or until or kind or wire or outlet
            or language):
        raise SaidwhatError("nothing to search for: give a QUERY or a filter such as "
                            "--speaker NAME")
    with _open(db) as corpus:
        hits = corpus.search(query, speaker=speaker, about=about, since=since, until=until,
                             kind=kind, wire=wire, order=order, limit=limit, offset=offset,
                             outlet=outlet, language=language)
    if format is TableFormat.table:
        _hits_table(hits, title=f"{len(hits)} statements" + (
            f" (from {offset + 1})" if offset else ""))
    else:
        from ..store import Hit

        _write_records([h.to_dict() for h in hits], format,
                       [f.name for f in fields(Hit)] + ["snippet"])


def _hits_table(hits, *, title: str) -> None:
    console = Console()  # the terminal's width: rows wrap inside it, never past it
    narrow = console.width < 100
    table = Table(title=title, title_justify="left")
    for col in ("published", "speaker", "kind", "statement", "article"):
        if narrow and col == "kind":
            continue
        table.add_column(col, overflow="fold" if col == "statement" else "ellipsis",
                         ratio=3 if col == "statement" else None,
                         max_width=None if col == "statement" else 24)
    colours: dict[str, str] = {}
    for h in hits:
        colour = colours.setdefault(h.speaker or "", PALETTE[len(colours) % len(PALETTE)])
        speaker = Text(safe(h.speaker or h.source_text or "?"), style=colour)
        if h.unresolved or not h.speaker:
            speaker.append(" (unresolved)", style="dim")
        statement = Text()
        for piece, is_match in h.snippet_parts():
            statement.append(safe(re.sub(r"\s+", " ", piece)),
                             style="bold reverse" if is_match else "")
        article = f"{safe(excerpt(h.title or h.article_id, 60))} #{h.attribution_id}"
        row = [h.published or "", speaker, h.kind, statement, article]
        table.add_row(*(row[:2] + row[3:] if narrow else row))
    console.print(table)


def _write_records(records: list[dict[str, Any]], fmt: TableFormat,
                   columns: list[str]) -> None:
    """JSON or CSV; a CSV has its header even with no rows (pandas refuses a file
    without one)."""
    if fmt is TableFormat.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(records[0]) if records else columns)
    writer.writeheader()
    writer.writerows(records)


@app.command(epilog=(
    "Examples:\n\n"
    "  saidwhat speakers --db corpus.db\n\n"
    "  saidwhat speakers --query minister --limit 20 --format csv"))
def speakers(
    query: Annotated[str | None, typer.Option(
        "--query", "-q", help="Only speakers whose name contains this.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 50,
    format: Annotated[TableFormat, typer.Option(  # noqa: A002
        "--format", "-f")] = TableFormat.table,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Who speaks most: statements, articles, first and last date. One row per speaker
    with every name the corpus gives them (Xi Jinping, President Xi, Xi); change the
    grouping with `saidwhat alias`."""
    with _open(db) as corpus:
        stats = corpus.speakers(query=query, limit=limit)
    if format is not TableFormat.table:
        from ..store import SpeakerStat

        _write_records([asdict(s) for s in stats], format,
                       [f.name for f in fields(SpeakerStat)])
        return
    table = Table(title=f"{len(stats)} speakers", title_justify="left")
    for col, justify in (("speaker", "left"), ("statements", "right"),
                         ("articles", "right"), ("first", "left"), ("last", "left"),
                         ("also named", "left")):
        table.add_column(col, justify=justify)
    for s in stats:
        name = Text(safe(s.name))
        if s.unresolved:
            name.append(" (unresolved)", style="dim")
        table.add_row(name, str(s.statements), str(s.articles), s.first or "", s.last or "",
                      safe("; ".join(s.aliases)))
    Console().print(table)


@app.command(epilog=(
    "Examples:\n\n"
    "  saidwhat show borodavkin-tass-2022-10-18 --db corpus.db\n\n"
    "  saidwhat show dev-01-kz-flaxseed-duty-reuters --format json"))
def show(
    article_id: Annotated[str, typer.Argument(help="The article's id (see `saidwhat "
                                                   "search` or `saidwhat export`).")],
    format: Annotated[ShowFormat, typer.Option(  # noqa: A002
        "--format", "-f", help="table: the text with statements marked; json: the "
                               "stored analysis.")] = ShowFormat.table,
    db: DbOption = DEFAULT_DB,
) -> None:
    """An article's text with every statement marked: speaker colour, cue underlined."""
    with _open(db) as corpus:
        article = corpus.article(article_id)
        if article is None:
            near = corpus.articles(query=article_id.replace("-", " "), limit=3)
            hint = f"; did you mean {', '.join(a.id for a in near)}?" if near else ""
            raise SaidwhatError(f"no article {article_id!r} in {db}{hint}")
    if format is ShowFormat.json:
        json.dump(article.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    console = Console()
    prov = article.provenance
    meta = [x for x in (article.published, prov.wire, article.author, prov.url) if x]
    console.print(Text(safe(article.title or article.id), style="bold"))
    if meta:
        console.print(Text(safe(" · ".join(meta)), style="dim"))
    console.print()
    console.print(marked_text(article))
    console.print()
    legend = Table(title="statements", title_justify="left")
    for col in ("#", "speaker", "kind", "cue"):
        legend.add_column(col)
    for a, colour in _colours(article):
        speaker = Text(safe(a.speaker or article.span_text(a.source) or "?"), style=colour)
        if a.unresolved:
            speaker.append(" (unresolved)", style="dim")
        nested = f" ⊂{a.nested_in}" if a.nested_in else ""
        legend.add_row(str(a.id), speaker, a.kind + nested, excerpt(article.span_text(a.cue), 40))
    console.print(legend)


def _colours(article):
    by_speaker: dict[str, str] = {}
    for a in article.attributions:
        key = a.speaker or article.span_text(a.source)
        yield a, by_speaker.setdefault(key, PALETTE[len(by_speaker) % len(PALETTE)])


def marked_text(article) -> Text:
    """The article text with each statement's content in its speaker's colour, the
    source in bold and the cue underlined, and ``[n]`` before each content."""
    text = safe(article.text)  # one for one: the spans still hold
    styled: list[tuple[int, int, str]] = []  # applied in order: later wins on overlap
    labels: dict[int, list[str]] = {}
    for a, colour in _colours(article):
        styled += [(s, e, colour) for s, e in a.content]
        styled += [(s, e, f"bold {colour}") for s, e in a.source]
        styled += [(s, e, f"underline {colour}") for s, e in a.cue]
        if a.content:
            labels.setdefault(min(s for s, _ in a.content), []).append(str(a.id))
    out = Text()
    cuts = sorted({0, len(text), *labels, *(p for s, e, _ in styled for p in (s, e))})
    for start, end in zip(cuts, cuts[1:]):
        if start in labels:
            out.append(f"[{','.join(labels[start])}]", style="dim")
        styles = [style for s, e, style in styled if s <= start and end <= e]
        out.append(text[start:end], style=" ".join(styles[-2:]) if styles else "")
    return out


@app.command(epilog=(
    "Examples:\n\n"
    "  saidwhat export --format parquet --db corpus.db -o attributions.parquet\n\n"
    "  saidwhat export --table articles --format parquet -o articles.parquet\n\n"
    "  saidwhat export --speaker Borodavkin --since 2022 --format csv -o his.csv\n\n"
    "  saidwhat export --format jsonl --db corpus.db | head"))
def export(
    format: Annotated[ExportFormat, typer.Option(  # noqa: A002
        "--format", "-f")] = ExportFormat.jsonl,
    output: Annotated[str, typer.Option(
        "--output", "-o", help="File to write; - for stdout (not for parquet).")] = "-",
    table: Annotated[Table_, typer.Option(
        "--table", "-t", help="attributions (with their articles' metadata), articles "
                              "(with their text), entities or amounts.")] = Table_.attributions,
    query: Annotated[str | None, typer.Option(
        "--query", "-q", help="Only what this search finds (as `saidwhat search`).")
    ] = None,
    speaker: Annotated[str | None, typer.Option("--speaker", "-s")] = None,
    about: Annotated[str | None, typer.Option("--about", "-a")] = None,
    since: Annotated[str | None, typer.Option(help="YYYY[-MM[-DD]]")] = None,
    until: Annotated[str | None, typer.Option(help="YYYY[-MM[-DD]]")] = None,
    kind: Annotated[str | None, typer.Option()] = None,
    wire: Annotated[str | None, typer.Option()] = None,
    outlet: Annotated[str | None, typer.Option(help="apnews.com, or an origin")] = None,
    language: Annotated[str | None, typer.Option("--language", help="en, ru")] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """A table of the corpus: every attribution with its article's metadata (spans index
    the article text), or the articles, entities or amounts; the same columns and types
    as the Spark job's tables (saidwhat/rows.py). The search filters narrow it: the
    statements found, or the articles they are in."""
    with _open(db) as corpus:
        n = corpus.export(format.value, output, table=table.value, query=query,
                          speaker=speaker, about=about, since=since, until=until, kind=kind,
                          wire=wire, outlet=outlet, language=language)
    if output != "-":
        print(f"saidwhat: exported {n} rows of {table.value} to {output}", file=sys.stderr)


def _looks_like_spark_output(path: Path) -> bool:
    """A folder written by `saidwhat spark` (its articles table), or that table."""
    return path.is_dir() and ((path / "articles" / "_SUCCESS").exists()
                              or (path / "_SUCCESS").exists() and any(path.glob("*/*.parquet")))


@app.command(epilog="Examples:\n\n  saidwhat stats --db corpus.db\n\n"
                    "  saidwhat stats --format json --db corpus.db")
def stats(
    format: Annotated[ShowFormat, typer.Option(  # noqa: A002
        "--format", "-f", help="table: readable; json: for scripts.")] = ShowFormat.table,
    db: DbOption = DEFAULT_DB,
) -> None:
    """What a corpus holds: articles, attributions, speakers, dates, size."""
    with _open(db) as corpus:
        figures = corpus.stats()
    if format is ShowFormat.json:
        json.dump(figures, sys.stdout, indent=1)
        sys.stdout.write("\n")
        return
    table = Table(title=safe(str(figures.pop("path"))), title_justify="left",
                  show_header=False)
    table.add_column(justify="left")
    table.add_column(justify="right")
    size = figures.pop("bytes")
    for name, value in figures.items():
        table.add_row(name.replace("_", " "), f"{value:,}" if isinstance(value, int)
                      else str(value or ""))
    table.add_row("size", f"{size / 1e6:,.1f} MB")
    Console().print(table)
