"""The days a holiday falls on, and "the closest X to Y": calendar work on ``Parts``.

Pure functions of a holiday's ``Parts`` and dates; the resolver picks among what they
give by the news conventions.
"""

from __future__ import annotations

from datetime import date, timedelta

from liveblog.times._calendar import (
    DAYS,
    easter,
    nth_weekday,
    table_days,
    table_days_between,
    table_neighbours,
    valid_day,
)
from liveblog.times._parts import Parts

__all__ = ["closest_days", "holiday_candidates", "holiday_in", "holidays_near"]


def holiday_in(parts: Parts, year: int) -> date | None:
    """Find the holiday's day in ``year``, None when it has none (a table's gap)."""
    if parts.table is not None:
        # A year may hold two (the Islamic year is shorter): the year's first is meant.
        days = table_days_between(parts.table, year, year)
        return days[0] + DAYS[parts.amount] if days else None
    if parts.unit == "easter":
        return easter(year) + DAYS[parts.amount]
    month = parts.month or 1
    if parts.weekday is None:
        return valid_day(year, month, parts.day or 1)
    found = nth_weekday(year, month, parts.weekday, parts.amount)
    return None if found is None else found + DAYS[parts.offset_days or 0]


def holiday_candidates(parts: Parts, year: int, reach: int = 1) -> list[date]:
    """List the holiday's days within ``reach`` years of ``year``.

    A table gives every day it holds (two Eids may fall in one year, Super Tuesday comes
    every four, "Giga Tuesday" was once); a rule gives one day a year.
    """
    if parts.table is not None:
        shift = DAYS[parts.amount]
        return [d + shift for d in table_days(parts.table)]
    years = range(year - reach, year + reach + 1)
    return [c for y in years if (c := holiday_in(parts, y))]


def holidays_near(parts: Parts, day: date) -> list[date]:
    """List the holiday's days the news conventions choose among from ``day``.

    The nearest, the next and the last are next to ``day`` in a table: a table gives its
    neighbours of ``day`` only, not its whole century; a rule its days within a year.
    """
    if parts.table is None:
        return holiday_candidates(parts, day.year)
    shift = DAYS[parts.amount]
    return [d + shift for d in table_neighbours(parts.table, day - shift)]


def closest_days(target: Parts, base: date, rank: int) -> date | None:
    """Find the ``rank``-th day of ``target`` (a holiday or a weekday) nearest ``base``.

    "the closest Monday to Oct 5th", "the second closest xmas to today"; ties go to the
    earlier day.
    """
    if target.kind == "holiday":
        days = holiday_candidates(target, base.year, reach=rank + 1)
    elif target.kind == "day" and target.weekday is not None and target.day is None:
        first = base - timedelta((base.weekday() - target.weekday) % 7 + 7 * rank)
        days = [first + timedelta(weeks=k) for k in range(2 * rank + 2)]
    else:
        return None
    ranked = sorted(days, key=lambda d: (abs((d - base).days), d))
    return ranked[rank - 1] if 0 < rank <= len(ranked) else None
