"""schema.org ``LiveBlogPosting`` JSON-LD: the merged timeline as one live blog.

Each post is a ``BlogPosting`` in ``liveBlogUpdate``. ``datePublished``/``dateModified``
are the post's own stamps when it had them (never invented). ``temporalCoverage`` says
when the post is placed, at the precision known: ``2024-06-19T07:42+02:00`` for a minute,
``2024-11-28`` for a day, ``2024-11`` for a month, an ISO interval for other stretches.
"""

from __future__ import annotations

import json
from typing import Any

from liveblog.model import TimeValue
from liveblog.timeline import Timeline, TimelineEntry

__all__ = ["temporal_coverage", "to_schemaorg"]


def temporal_coverage(time: TimeValue) -> str:
    """Return the ISO 8601 value that says what ``time`` says, no more precise."""
    start = time.start
    granularity = time.granularity
    if granularity == "second":
        return start.isoformat(timespec="seconds")
    if granularity == "minute":
        return start.isoformat(timespec="minutes")
    if granularity == "day":
        return start.date().isoformat()
    if granularity == "month":
        return f"{start.year:04d}-{start.month:02d}"
    if granularity == "year":
        return f"{start.year:04d}"
    if granularity in {"hour", "part-of-day", "night"}:
        return f"{start.isoformat(timespec='minutes')}/{time.end.isoformat(timespec='minutes')}"
    return f"{start.date().isoformat()}/{time.end.date().isoformat()}"


def _update(item: TimelineEntry) -> dict[str, Any]:
    posting: dict[str, Any] = {"@type": "BlogPosting", "identifier": item.key}
    if item.headline:
        posting["headline"] = item.headline
    posting["articleBody"] = item.text
    if item.posted is not None:
        posting["datePublished"] = item.posted.isoformat()
    if item.updated is not None:
        posting["dateModified"] = item.updated.isoformat()
    if item.time is not None:
        posting["temporalCoverage"] = temporal_coverage(item.time)
    if item.url:
        posting["isBasedOn"] = item.url
    if item.lang:
        posting["inLanguage"] = item.lang
    return posting


def to_schemaorg(timeline: Timeline, *, title: str | None = None) -> str:
    """Return the timeline as a schema.org LiveBlogPosting (JSON-LD text).

    .. versionadded:: 0.1
    """
    document: dict[str, Any] = {"@context": "https://schema.org", "@type": "LiveBlogPosting"}
    titles = sorted({page.title for page in timeline.pages if page.title})
    headline = title or (titles[0] if len(titles) == 1 else None)
    if headline:
        document["headline"] = headline
    if timeline.entries:
        first = timeline.entries[0].time
        last = max(
            (item.time for item in timeline.entries if item.time is not None),
            key=lambda time: time.end,
        )
        if first is not None:
            document["coverageStartTime"] = first.start.isoformat()
        document["coverageEndTime"] = last.end.isoformat()
    sources = sorted({page.url for page in timeline.pages if page.url})
    if sources:
        document["isBasedOn"] = sources
    document["liveBlogUpdate"] = [_update(item) for item in timeline.all_entries]
    return json.dumps(document, ensure_ascii=False, indent=2)
