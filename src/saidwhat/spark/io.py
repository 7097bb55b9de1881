"""Reading the Spark job's output back, with pyarrow only (no Spark, no Java)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.fs as pafs

from ..errors import InputError
from ..model import Article


def articles_from_parquet(path: str | Path) -> Iterator[Article]:
    """Every ``Article`` in a ``saidwhat spark`` output folder (or its ``articles/``
    table), rebuilt from the ``article_json`` column exactly as the analysis made it.
    ``path`` is a local folder or a URI pyarrow knows (``s3://``, ``hdfs://`` ...)."""
    where = str(path)
    if "://" in where:
        fs, base = pafs.FileSystem.from_uri(where)
    else:
        fs, base = pafs.LocalFileSystem(), str(Path(where).resolve())
    if fs.get_file_info(base).type != pafs.FileType.Directory:
        raise InputError("no such folder; give the --output folder of `saidwhat spark`",
                         where)
    if fs.get_file_info(base + "/articles").type == pafs.FileType.Directory:
        base += "/articles"
    # Spark's _SUCCESS and .crc files are skipped by pyarrow's default ignore_prefixes.
    dataset = ds.dataset(base, filesystem=fs, format="parquet", partitioning="hive")
    if not dataset.files:
        return  # a job whose every record failed writes no article files
    if "article_json" not in dataset.schema.names:
        raise InputError("not a `saidwhat spark` articles table (no article_json column)",
                         where)
    # The text is its own column (rows.TABLES), not repeated inside article_json; an
    # output written before that keeps it inside.
    columns = ["article_json"] + (["text"] if "text" in dataset.schema.names else [])
    for batch in dataset.to_batches(columns=columns):
        texts = batch.column(1).to_pylist() if len(columns) > 1 else [None] * batch.num_rows
        for record, text in zip(batch.column(0).to_pylist(), texts):
            data = json.loads(record)
            if text is not None and not data.get("text"):
                data["text"] = text
            yield Article.from_dict(data)
