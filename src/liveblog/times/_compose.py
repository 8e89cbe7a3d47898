"""Join two expressions that name one moment: a day and its clock, a weekday and its week.

"12:30 PM on Fri", "next week Mon 9 am", "Monday two weeks from now": the readers find
the second expression with ``read_next``; these helpers say whether it fits and copy
what it says.
"""

from __future__ import annotations

import re

from liveblog.times._grammar import Grammar, key
from liveblog.times._parts import Parts

__all__ = ["CALENDAR_UNITS", "is_clock", "lone_weekday", "set_clock", "weekday_at"]

#: Offset units that land on a day, so a weekday can pick a day of that week.
CALENDAR_UNITS = frozenset({"day", "week", "month", "year"})


def lone_weekday(parts: Parts) -> bool:
    """Tell whether ``parts`` is a bare weekday: no date, relation, clock or part of day."""
    return (
        parts.kind == "day"
        and parts.weekday is not None
        and parts.day is None
        and parts.month is None
        and parts.rel is None
        and parts.offset_days is None
        and parts.hour is None
        and parts.part is None
    )


def is_clock(parts: Parts) -> bool:
    """Tell whether ``parts`` is a clock time alone, with no day of its own."""
    return (
        parts.kind == "day"
        and parts.hour is not None
        and parts.day is None
        and parts.weekday is None
        and parts.offset_days is None
    )


def set_clock(day: Parts, clock: Parts) -> None:
    """Give ``day`` the clock time read into ``clock``."""
    day.hour, day.minute, day.second = clock.hour, clock.minute, clock.second
    day.hour_only, day.zone, day.meridiem = clock.hour_only, clock.zone, clock.meridiem


def weekday_at(g: Grammar, text: str, pos: int) -> tuple[re.Match[str], Parts] | None:
    """Read a weekday at ``pos`` ("on Fri"), where a clock, a week or an offset precedes it.

    A plain pattern, not the weekday rule, so that reading it never reads further.
    """
    if pos >= len(text):
        return None  # the text ends: no weekday (a match call saved)
    m = g.weekday_word.match(text, pos)
    return None if m is None else (m, Parts(weekday=g.weekdays.get(key(m["wd"]))))
