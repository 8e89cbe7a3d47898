"""TimelineJS3: its JSON format and the columns of its Google Sheets template.

A TimelineJS date has only the fields it needs, so precision survives: a day-precise
post gets year, month and day and no hour; a minute-precise post gets its hour and
minute in the display zone (by default the page's own), and ``display_date`` names the
zone. A span (a night, a week, a quarter) gets an ``end_date``.
"""

from __future__ import annotations

import csv
import html
import io
import json
from datetime import datetime, timedelta, tzinfo
from typing import Any, Final
from urllib.parse import urlsplit

from liveblog._days import DAY_OR_COARSER, in_zone
from liveblog.export._labels import display, full_label, source_note
from liveblog.export._words import Words
from liveblog.model import TimeValue
from liveblog.timeline import Timeline, TimelineEntry

__all__ = ["SHEET_COLUMNS", "to_timelinejs", "to_timelinejs_csv"]

#: The columns of the TimelineJS3 spreadsheet template, in order.
SHEET_COLUMNS: Final = (
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
    "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
    "Media Thumbnail", "Type", "Group", "Background",
)  # fmt: skip

_FIELDS_BY_GRANULARITY: Final = {
    "second": ("year", "month", "day", "hour", "minute", "second"),
    "minute": ("year", "month", "day", "hour", "minute"),
    "hour": ("year", "month", "day", "hour"),
    "part-of-day": ("year", "month", "day", "hour"),
    "day": ("year", "month", "day"),
    "night": ("year", "month", "day"),
    "weekend": ("year", "month", "day"),
    "week": ("year", "month", "day"),
    "month": ("year", "month"),
    "quarter": ("year", "month"),
    "season": ("year", "month"),
    "year": ("year",),
    "decade": ("year",),
    "century": ("year",),
}
#: Granularities shown as a span (start and end); the others are a point.
_SPANS: Final = frozenset(
    {"part-of-day", "night", "weekend", "week", "quarter", "season", "decade", "century"}
)


def _date(moment: datetime, fields: tuple[str, ...]) -> dict[str, int]:
    return {field: getattr(moment, field) for field in fields}


def _start_end(time: TimeValue, zone: tzinfo | None) -> tuple[datetime, datetime | None]:
    if time.granularity in DAY_OR_COARSER:
        start, end = time.start, time.end
    else:
        start, end = in_zone(time.start, zone), in_zone(time.end, zone)
    if time.granularity not in _SPANS:
        return start, None
    # TimelineJS ends are inclusive: show the last unit inside the stretch.
    return start, end - timedelta(microseconds=1)


def _group(item: TimelineEntry) -> str:
    if item.url:
        host = urlsplit(item.url).netloc
        if host:
            return host
    return item.page.title or ""


def _body_html(item: TimelineEntry, words: Words) -> str:
    paragraphs = [part.strip() for part in item.text.split("\n") if part.strip()]
    body = "".join(f"<p>{html.escape(part)}</p>" for part in paragraphs)
    note = source_note(item, words)
    if note:
        body += f"<p><em>{html.escape(note)}</em></p>"
    if item.url and item.url.startswith(("http://", "https://")):
        href = html.escape(item.url, quote=True)
        body += f'<p><a href="{href}">{html.escape(words.source)}</a></p>'
    return body


def _event(item: TimelineEntry, words: Words, zone: tzinfo | None) -> dict[str, Any]:
    time = item.time
    if time is None:  # pragma: no cover - only dated entries are passed
        raise ValueError(item.key)
    fields = _FIELDS_BY_GRANULARITY[time.granularity]
    start, end = _start_end(time, zone)
    event: dict[str, Any] = {
        "start_date": {**_date(start, fields), "display_date": full_label(time, words, zone)},
        "text": {"headline": html.escape(item.headline or ""), "text": _body_html(item, words)},
        "unique_id": "e-" + item.key.replace(":", "-"),
        "group": _group(item),
        "display_date": full_label(time, words, zone),
    }
    if end is not None:
        event["end_date"] = _date(end, fields)
    return event


def to_timelinejs(
    timeline: Timeline,
    *,
    zone: str | tzinfo | None = None,
    lang: str | None = None,
    title: str | None = None,
) -> str:
    """TimelineJS3 JSON for the dated posts (TimelineJS has no place for undated ones).

    .. versionadded:: 0.1
    """
    words, chosen = display(timeline, lang, zone)
    document = {
        "title": {
            "text": {
                "headline": html.escape(title or words.timeline),
                "text": html.escape(words.entries.format(n=len(timeline))),
            }
        },
        "events": [_event(item, words, chosen) for item in timeline.entries],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def _clock(moment: datetime | None, fields: tuple[str, ...]) -> str:
    if moment is None or "hour" not in fields:
        return ""
    if "second" in fields:
        return moment.strftime("%H:%M:%S")
    return moment.strftime("%H:%M")


def _row(item: TimelineEntry, words: Words, zone: tzinfo | None) -> list[str]:
    time = item.time
    if time is None:  # pragma: no cover - only dated entries are passed
        raise ValueError(item.key)
    fields = _FIELDS_BY_GRANULARITY[time.granularity]
    start, end = _start_end(time, zone)

    def part(moment: datetime | None, field: str) -> str:
        return str(getattr(moment, field)) if moment is not None and field in fields else ""

    return [
        part(start, "year"), part(start, "month"), part(start, "day"), _clock(start, fields),
        part(end, "year"), part(end, "month"), part(end, "day"), _clock(end, fields),
        full_label(time, words, zone), item.headline or "", _body_html(item, words),
        "", "", "", "", "", _group(item), "",
    ]  # fmt: skip


def to_timelinejs_csv(
    timeline: Timeline,
    *,
    zone: str | tzinfo | None = None,
    lang: str | None = None,
    title: str | None = None,
) -> str:
    """CSV in the TimelineJS3 template's columns: a title row, then one row per dated post.

    .. versionadded:: 0.1
    """
    words, chosen = display(timeline, lang, zone)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(SHEET_COLUMNS)
    title_row = [""] * len(SHEET_COLUMNS)
    title_row[SHEET_COLUMNS.index("Headline")] = title or words.timeline
    title_row[SHEET_COLUMNS.index("Text")] = words.entries.format(n=len(timeline))
    title_row[SHEET_COLUMNS.index("Type")] = "title"
    writer.writerow(title_row)
    for item in timeline.entries:
        writer.writerow(_row(item, words, chosen))
    return buffer.getvalue()
