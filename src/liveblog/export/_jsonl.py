"""JSON Lines: one post a line, its page's fields repeated, for jq, pandas or a database.

Dated posts come first in timeline order, then the undated ones. Each line carries the
time's granularity and the zone it was read in, so a reader never takes a day for its
midnight.
"""

from __future__ import annotations

import json
from typing import Any

from liveblog.timeline import Timeline, TimelineEntry
from liveblog.timeline._codec import encode_datetime, time_json

__all__ = ["record", "to_jsonl"]


def record(item: TimelineEntry) -> dict[str, Any]:
    """Return the flat record of one timeline entry (also used by the pandas export)."""
    entry, page = item.entry, item.page
    return {
        "key": item.key,
        "headline": entry.headline,
        "text": entry.text,
        "time": time_json(entry.time),
        "granularity": entry.time.granularity if entry.time else None,
        "time_source": entry.time_source,
        "posted": encode_datetime(entry.posted),
        "updated": encode_datetime(entry.updated),
        "role": entry.role,
        "strategy": entry.strategy,
        "entry_id": entry.id,
        "position": item.latest.position,
        "url": page.url,
        "page_title": page.title,
        "page_published": encode_datetime(page.published),
        "page_modified": encode_datetime(page.modified),
        "page_lang": page.lang,
        "page_zone": page.zone,
        "page_zone_assumed": page.zone_assumed,
        "page_kind": page.kind,
        "page_is_live": page.is_live,
        "sightings": [
            {
                "url": sighting.page.url,
                "page_title": sighting.page.title,
                "page_published": encode_datetime(sighting.page.published),
                "position": sighting.position,
                "strategy": sighting.entry.strategy,
                "updated": encode_datetime(sighting.entry.updated),
            }
            for sighting in item.sightings
        ],
        "related": list(item.related),
    }


def to_jsonl(timeline: Timeline) -> str:
    """One JSON object per line for every post, dated ones first (ends with a newline).

    .. versionadded:: 0.1
    """
    lines = [json.dumps(record(item), ensure_ascii=False) for item in timeline.all_entries]
    return "".join(line + "\n" for line in lines)
