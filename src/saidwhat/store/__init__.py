"""The corpus: analysed articles in SQLite (WAL) with FTS5 search, ingest and export."""

from .corpus import (MATCH_END, MATCH_START, AddResult, ArticleSummary, Corpus, Hit,
                     SpeakerStat, content_hash)
from .ingest import IngestSummary

__all__ = ["AddResult", "ArticleSummary", "Corpus", "Hit", "IngestSummary", "MATCH_END",
           "MATCH_START", "SpeakerStat", "content_hash"]
