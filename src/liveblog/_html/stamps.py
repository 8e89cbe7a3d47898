"""Read the times a page writes into ``Stamp`` values, without resolving anything.

Three shapes occur: machine-readable ISO 8601 (``datetime`` attributes, JSON-LD, meta
tags), epoch seconds or milliseconds (``data-post-time``), and short visible labels
("Posted at 15:05", "12.50 BST", "le 26 février à 23h28", "19:02 (IST), Oct 02",
"12.31 Uhr:", "9.31am:"). A label is read only when every word in it is a time word
(see ``words``), so a sentence that happens to hold "14h" is never taken for a stamp.
Relative labels ("4m ago") are recognised and give no stamp: the clock beside them does.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

from liveblog._draft import Stamp
from liveblog._html.words import (
    FILLERS,
    MONTHS,
    RELATIVE_UNITS,
    RELATIVE_WORDS,
    WEEKDAYS,
    ZONES,
)
from liveblog._isotime import offset_zone, parse_epoch, parse_iso

__all__ = ["LABEL_MAX", "find_day", "parse_label", "parse_machine"]

#: Longest text read as a label; longer text is prose.
LABEL_MAX = 64

_NUMERIC_DATE = re.compile(
    r"""
    (?<![\d.])
    (?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>\d{4})   # 28.09.2020, 02/11/2023
    (?![\d.])
    """,
    re.VERBOSE,
)

_CLOCK = re.compile(
    r"""
    (?<![\d.:,])                       # not the tail of a longer number
    (?P<hour>[01]?\d|2[0-3])
    \s?(?:[:h]|\.(?=\d\d))\s?          # 15:05, 23h28, 12.50
    (?P<minute>[0-5]\d)
    (?::(?P<second>[0-5]\d))?          # optional seconds
    (?![\d])
    \s?(?P<ampm>[ap]\.?\s?m\b\.?)?     # 9.31am, 3:51 pm
    """,
    re.VERBOSE | re.IGNORECASE,
)

_GMT_OFFSET = re.compile(r"\b(?:gmt|utc)\s?(?P<sign>[+-])(?P<hh>\d{2}):?(?P<mm>\d{2})\b")

_PARENTHETICAL = re.compile(r"\([^()]{6,60}\)")  # "(Coordinated Universal Time)"

_TOKEN = re.compile(r"[^\W\d_]+|\d+")  # words and digit runs; punctuation separates

_RELATIVE = re.compile(
    r"""
    (?:il\ y\ a\ |vor\ )?               # French, German prefix
    \d{1,3}\s?(?P<unit>[^\W\d_]{1,8})   # 4m, 21 mins, 1h
    \s?(?:ago|fa)?                      # English, Italian suffix
    """,
    re.VERBOSE,
)


def parse_machine(text: str, *, year: int | None = None) -> Stamp | None:
    """Read a machine-readable value (attribute, meta content): ISO, epoch, then label."""
    return parse_iso(text) or parse_epoch(text) or parse_label(text, year=year)


def _hour(hour: int, ampm: str | None) -> int | None:
    if ampm is None:
        return hour
    if not 1 <= hour <= 12:
        return None
    pm = ampm.lower().startswith("p")
    return (hour % 12) + (12 if pm else 0)


def parse_label(text: str, *, year: int | None = None) -> Stamp | None:
    """Read a short visible label; None when it holds anything but time words.

    ``year`` completes a date written without one ("le 26 février à 23h28"): pass the
    year of the page's publication. Without it such a label keeps only its clock.
    """
    label = text.replace("\xa0", " ").replace("\u202f", " ").strip().lower()
    if not label or len(label) > LABEL_MAX:
        return None
    zone: tzinfo | None = None
    offset = _GMT_OFFSET.search(label)
    if offset is not None:
        zone = offset_zone(offset["sign"] + offset["hh"] + offset["mm"])
        label = label[: offset.start()] + " " + label[offset.end() :]
    label = _PARENTHETICAL.sub(" ", label)
    day = month = found_year = None
    numeric = _NUMERIC_DATE.search(label)
    if numeric is not None:
        day, month, found_year = int(numeric["day"]), int(numeric["month"]), int(numeric["year"])
        label = label[: numeric.start()] + " " + label[numeric.end() :]
    clock = _CLOCK.search(label)
    reading: tuple[int, int, int] | None = None
    if clock is not None:
        hour = _hour(int(clock["hour"]), clock["ampm"])
        if hour is None:
            return None
        reading = (hour, int(clock["minute"]), int(clock["second"] or 0))
        # A clock may be written twice ("Posted at 15:05 15:05"): drop every copy.
        label = _CLOCK.sub(" ", label)
    label = _drop_relative(label)
    for token in _TOKEN.findall(label):
        if token.isdecimal():  # "¹" is a digit to isdigit() but no number to int()
            value = int(token)
            if len(token) == 4 and 1990 <= value <= 2100 and found_year is None:
                found_year = value
            elif len(token) <= 2 and 1 <= value <= 31 and day is None:
                day = value
            else:
                return None
        elif token in MONTHS and month is None:
            month = MONTHS[token]
        elif token in ZONES and zone is None:
            zone = ZONES[token]
        elif token not in FILLERS and token not in WEEKDAYS:
            return None
    return _build(reading, (day, month, found_year or year), zone)


def _drop_relative(label: str) -> str:
    """Remove "4m ago", "il y a 5 min": they give no clock time."""
    if not any(word in label for word in RELATIVE_WORDS if len(word) > 1):
        return label
    for match in _RELATIVE.finditer(label):
        if match["unit"] in RELATIVE_UNITS:
            label = label.replace(match.group(), " ")
    for word in ("ago", "il y a", "vor", " fa"):
        label = label.replace(word, " ")
    return label


def _build(
    clock: tuple[int, int, int] | None,
    date: tuple[int | None, int | None, int | None],
    zone: tzinfo | None,
) -> Stamp | None:
    """Assemble a stamp from a clock (hour, minute, second) and a (day, month, year)."""
    day, month, year = date
    if (day is None) != (month is None):
        return None  # "Oct" or "26" alone is no date
    has_date = day is not None and month is not None and year is not None
    if clock is None and not has_date:
        return None
    hour, minute, second = clock or (0, 0, 0)
    try:
        wall = datetime(  # noqa: DTZ001 - a Stamp's wall clock is naive by contract
            year if has_date and year else 1970,
            month if has_date and month else 1,
            day if has_date and day else 1,
            hour,
            minute,
            second,
        )
    except ValueError:
        return None
    return Stamp(wall=wall, has_date=has_date, has_time=clock is not None, zone=zone)


_DAY_IN_TEXT = re.compile(
    r"""
    (?<![\d.])
    (?:
        (?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})                # 2020-09-28
      | (?P<day2>\d{1,2})[./](?P<month2>\d{1,2})[./](?P<year2>\d{4})   # 28.09.2020
    )
    (?![\d.])
    """,
    re.VERBOSE,
)


def find_day(text: str) -> Stamp | None:
    """Find the first numeric calendar day written in ``text`` (a title), as a bare day."""
    for match in _DAY_IN_TEXT.finditer(text):
        if match["year"]:
            year, month, day = match["year"], match["month"], match["day"]
        else:
            year, month, day = match["year2"], match["month2"], match["day2"]
        try:
            wall = datetime(int(year), int(month), int(day))  # noqa: DTZ001 - naive by contract
        except ValueError:
            continue
        return Stamp(wall=wall, has_time=False)
    return None
