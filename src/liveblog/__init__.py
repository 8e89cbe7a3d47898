"""liveblog: turn news live blogs, HTML or text dumps, into dated entries and timelines.

The library is pure: it reads what it is given and never fetches, never reads the clock.
"""

from liveblog._batch import Item, Result, parse_many
from liveblog._options import Options
from liveblog._pipeline import parse
from liveblog.errors import LiveblogError
from liveblog.model import Entry, Mention, Page, TimeValue
from liveblog.timeline import Timeline, merge
from liveblog.times import find_times

__all__ = [
    "Entry",
    "Item",
    "LiveblogError",
    "Mention",
    "Options",
    "Page",
    "Result",
    "TimeValue",
    "Timeline",
    "find_times",
    "merge",
    "parse",
    "parse_many",
]
