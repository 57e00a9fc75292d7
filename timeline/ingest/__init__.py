"""Ingestion: read articles from files, directories and stdin into Documents, each with its own date."""

from timeline.ingest.aliases import load_aliases
from timeline.ingest.dateline import Dateline, find_dateline
from timeline.ingest.dates import normalize_date
from timeline.ingest.datesfile import date_for, load_dates_file
from timeline.ingest.hashing import content_hash
from timeline.ingest.sources import read_documents

__all__ = [
    "Dateline",
    "content_hash",
    "date_for",
    "find_dateline",
    "load_aliases",
    "load_dates_file",
    "normalize_date",
    "read_documents",
]
