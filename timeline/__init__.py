"""timeline: turn a folder of news articles into a merged, dated chronology."""

__version__ = "0.1.0"
