"""How a time is written for people: with the precision the source gave, no more.

A minute is "07:42", a day is "jeudi 28 novembre", a month "novembre 2024": a day-precise
post is never shown as "00:00". Timed values are shown in the display zone (by default
the page's own) with the zone's name; day-like values keep the day they name.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta, tzinfo

from liveblog._days import DAY_OR_COARSER, in_zone, parse_zone, zone_label
from liveblog.export._words import Words, words_for
from liveblog.model import TimeValue
from liveblog.timeline import Timeline, TimelineEntry

__all__ = [
    "clock_zone",
    "day_header",
    "display",
    "display_language",
    "full_label",
    "source_note",
    "time_label",
    "zoned_label",
]


def display_language(timeline: Timeline, lang: str | None = None) -> Words:
    """Return the words to print: ``lang`` if given, else the pages' most common language."""
    if lang is not None:
        return words_for(lang)
    counts = Counter(words_for(page.lang).code for page in timeline.pages if page.lang)
    if not counts:
        return words_for("en")
    best = max(sorted(counts), key=lambda code: counts[code])
    return words_for(best)


def display(
    timeline: Timeline, lang: str | None, zone: str | tzinfo | None
) -> tuple[Words, tzinfo | None]:
    """Return the words and the zone an export prints with: the caller's, else the pages'."""
    return display_language(timeline, lang), None if zone is None else parse_zone(zone)


def _day_month(day: date, words: Words) -> str:
    number = words.first_of_month if day.day == 1 else str(day.day)
    return f"{number} {words.months[day.month - 1]}"


def day_header(day: date, words: Words, *, year: bool = True) -> str:
    """Write a day as "jeudi 28 novembre 2024" or "Thursday 28 November 2024"."""
    text = f"{words.weekdays[day.weekday()]} {_day_month(day, words)}"
    return f"{text} {day.year}" if year else text


def _ordinal(number: int, words: Words) -> str:
    if words.code == "fr":
        return f"{number}e" if number != 1 else "1er"
    if 11 <= number % 100 <= 13:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def _part_of_day(hour: int, words: Words) -> str:
    night, morning, afternoon, evening = words.parts_of_day
    if 5 <= hour < 12:
        return morning
    if 12 <= hour < 18:
        return afternoon
    if 18 <= hour < 23:
        return evening
    return night


def clock_zone(moment: datetime) -> str:
    """Return the zone as printed beside a clock time: "CEST", "UTC", "UTC+02:00"."""
    name = moment.tzname()
    if name and name[0] not in "+-" and not name.startswith("UTC") and name.isalpha():
        return name
    return zone_label(moment.tzinfo, moment)


def _coarse_label(time: TimeValue, words: Words, *, year: bool) -> str:
    """Return a label for a day or coarser, read in the zone the value was written in."""
    start = time.start
    day = start.date()
    granularity = time.granularity
    if granularity == "day":
        return day_header(day, words, year=year)
    if granularity == "night":
        last = (time.end - timedelta(microseconds=1)).date()
        label = words.night_of.format(a=_day_month(day, words), b=_day_month(last, words))
        return f"{label} {last.year}" if year else label
    if granularity in {"weekend", "week"}:
        template = words.weekend_of if granularity == "weekend" else words.week_of
        label = template.format(a=_day_month(day, words))
        return f"{label} {day.year}" if year else label
    if granularity == "month":
        return f"{words.months[day.month - 1]} {day.year}"
    if granularity == "quarter":
        return words.quarter.format(n=(day.month - 1) // 3 + 1, year=day.year)
    if granularity == "season":
        season = words.seasons[(day.month % 12) // 3]
        return f"{season} {day.year}"
    if granularity == "year":
        return str(day.year)
    if granularity == "decade":
        return words.decade.format(year=day.year - day.year % 10)
    return words.century.format(n=_ordinal((day.year - 1) // 100 + 1, words))


def time_label(time: TimeValue, words: Words, zone: tzinfo | None = None) -> str:
    """Return the short label shown under a day header: "07:42", "matin", "jeudi 28 novembre"."""
    if time.granularity in DAY_OR_COARSER:
        return _coarse_label(time, words, year=False)
    start = in_zone(time.start, zone)
    if time.granularity == "second":
        return start.strftime("%H:%M:%S")
    if time.granularity == "minute":
        return start.strftime("%H:%M")
    if time.granularity == "hour":
        return f"{start.hour} h" if words.code == "fr" else f"{start.hour:02d}:00"
    return _part_of_day(start.hour, words)


def zoned_label(time: TimeValue, words: Words, zone: tzinfo | None = None) -> str:
    """Return the short label plus the zone for clock times: "07:42 CEST", "jeudi 28 novembre"."""
    label = time_label(time, words, zone)
    if time.granularity in DAY_OR_COARSER:
        return label
    return f"{label} {clock_zone(in_zone(time.start, zone))}"


def full_label(time: TimeValue, words: Words, zone: tzinfo | None = None) -> str:
    """Return a label that stands alone: "jeudi 28 novembre 2024, 07:42 CEST", "novembre 2024"."""
    if time.granularity in DAY_OR_COARSER:
        return _coarse_label(time, words, year=True)
    start = in_zone(time.start, zone)
    head = day_header(start.date(), words)
    return f"{head}, {time_label(time, words, zone)} {clock_zone(start)}"


def source_note(item: TimelineEntry, words: Words) -> str | None:
    """Say so when the time is not the post's own stamp (page date, text) or zone guessed."""
    notes = []
    if item.time_source == "page":
        notes.append(words.page_date)
    elif item.time_source == "text":
        notes.append(words.from_text)
    if item.zone_assumed and item.time is not None and item.time.granularity not in DAY_OR_COARSER:
        notes.append(words.zone_assumed)
    return ", ".join(notes) if notes else None
