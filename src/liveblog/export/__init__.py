"""Formats a timeline is written in: JSON, JSON Lines, Markdown, TimelineJS, HTML and more.

Each function takes a ``Timeline`` and returns text (``to_dataframe`` returns a pandas
DataFrame). Every format says how precise each time is and which zone it is in; the
display functions take ``zone`` (default: each page's own) and ``lang`` (default: the
pages' most common language; French and English words are built in).
"""

from liveblog.export._extras import MissingExtraError
from liveblog.export._html import to_html
from liveblog.export._ical import to_ical
from liveblog.export._json import to_json
from liveblog.export._jsonl import to_jsonl
from liveblog.export._markdown import to_markdown
from liveblog.export._pandas import to_dataframe
from liveblog.export._schemaorg import to_schemaorg
from liveblog.export._text import to_text
from liveblog.export._timelinejs import SHEET_COLUMNS, to_timelinejs, to_timelinejs_csv

__all__ = [
    "SHEET_COLUMNS",
    "MissingExtraError",
    "to_dataframe",
    "to_html",
    "to_ical",
    "to_json",
    "to_jsonl",
    "to_markdown",
    "to_schemaorg",
    "to_text",
    "to_timelinejs",
    "to_timelinejs_csv",
]
