"""A pandas DataFrame, one row per post (needs the ``pandas`` extra).

``start`` and ``end`` are UTC timestamps, so a column never mixes zones; ``zone`` holds
the zone the page used and ``granularity`` says how precise the time is: a day-precise
post has ``start`` at midnight of its day *in that zone*, not a moment at midnight.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from liveblog.export._extras import require
from liveblog.export._jsonl import record
from liveblog.timeline import Timeline

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["COLUMNS", "to_dataframe"]

COLUMNS = (
    "key", "start", "end", "granularity", "zone", "zone_assumed", "time_source", "headline",
    "text", "posted", "updated", "url", "page_title", "page_published", "lang", "role",
    "strategy", "position", "sightings", "related",
)  # fmt: skip


def to_dataframe(timeline: Timeline) -> pd.DataFrame:
    """One row per post, dated ones first in timeline order, then undated ones.

    .. versionadded:: 0.1
    """
    pandas = require("pandas", "pandas", "to_dataframe()")
    rows = []
    for item in timeline.all_entries:
        flat = record(item)
        time = item.time
        rows.append(
            {
                "key": item.key,
                "start": None if time is None else pandas.Timestamp(time.start).tz_convert("UTC"),
                "end": None if time is None else pandas.Timestamp(time.end).tz_convert("UTC"),
                "granularity": flat["granularity"],
                "zone": item.zone,
                "zone_assumed": item.zone_assumed,
                "time_source": item.time_source,
                "headline": item.headline,
                "text": item.text,
                "posted": None
                if item.posted is None
                else pandas.Timestamp(item.posted).tz_convert("UTC"),
                "updated": None
                if item.updated is None
                else pandas.Timestamp(item.updated).tz_convert("UTC"),
                "url": item.url,
                "page_title": item.page.title,
                "page_published": flat["page_published"],
                "lang": item.lang,
                "role": item.entry.role,
                "strategy": item.entry.strategy,
                "position": item.latest.position,
                "sightings": len(item.sightings),
                "related": list(item.related),
            }
        )
    frame = pandas.DataFrame(rows, columns=list(COLUMNS))
    for column in ("start", "end", "posted", "updated"):
        frame[column] = pandas.to_datetime(frame[column], utc=True)
    return frame
