"""iCalendar (RFC 5545) events, one per dated post (needs the ``ical`` extra).

A day or coarser becomes an all-day event over the days it names (``VALUE=DATE``); a
timed post becomes an event over its stretch (one minute for a minute-precise post),
in its IANA zone with a ``VTIMEZONE``, or in UTC when the page only gave an offset.
``DTSTAMP`` comes from the page's own dates, never from the clock.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from liveblog._days import DAY_OR_COARSER
from liveblog.export._extras import require
from liveblog.timeline import Timeline, TimelineEntry

__all__ = ["to_ical"]

_PRODID = "-//liveblog//timeline export//EN"


def _instant(moment: datetime) -> datetime:
    """Keep IANA zones (icalendar writes their VTIMEZONE); fixed offsets go to UTC."""
    if isinstance(getattr(moment.tzinfo, "key", None), str):
        return moment
    return moment.astimezone(timezone.utc)


def _stamp(item: TimelineEntry) -> datetime:
    page = item.page
    for moment in (page.modified, page.published, item.updated, item.posted):
        if moment is not None:
            return moment.astimezone(timezone.utc)
    if item.time is None:  # pragma: no cover - only dated entries are exported
        raise ValueError(item.key)
    return item.time.start.astimezone(timezone.utc)


def _summary(item: TimelineEntry) -> str:
    if item.headline:
        return item.headline
    words = item.text.split()
    text = " ".join(words[:14])
    return text + (" …" if len(words) > 14 else "")


def _event(icalendar: Any, item: TimelineEntry) -> Any:  # noqa: ANN401 (untyped extra)
    time = item.time
    if time is None:  # pragma: no cover - only dated entries are exported
        raise ValueError(item.key)
    event = icalendar.Event()
    event.add("uid", f"{item.key}@liveblog")
    event.add("dtstamp", _stamp(item))
    event.add("summary", _summary(item))
    if time.granularity in DAY_OR_COARSER:
        first: date = time.start.date()
        last: date = time.end.date()
        if time.end.time() != datetime.min.time() or last <= first:
            last = date.fromordinal(last.toordinal() + 1)
        event.add("dtstart", first)
        event.add("dtend", last)
    else:
        event.add("dtstart", _instant(time.start))
        event.add("dtend", _instant(time.end))
    description = item.text
    if item.url:
        event.add("url", item.url)
        description += f"\n\n{item.url}"
    event.add("description", description)
    event.add("categories", [f"granularity:{time.granularity}", f"time-source:{item.time_source}"])
    return event


def to_ical(timeline: Timeline) -> str:
    """Return an iCalendar file (text, CRLF line ends) with one VEVENT per dated post.

    .. versionadded:: 0.1
    """
    icalendar = require("icalendar", "ical", "to_ical()")
    calendar = icalendar.Calendar()
    calendar.add("prodid", _PRODID)
    calendar.add("version", "2.0")
    for item in timeline.entries:
        calendar.add_component(_event(icalendar, item))
    calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data.decode("utf-8")
