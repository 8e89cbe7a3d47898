"""Calendar arithmetic the resolver needs and the standard library lacks.

Pure functions of integers and dates: Easter, the n-th weekday of a month, the year in
which a date falls on a given weekday, month arithmetic, and the days of a feast kept in a
year table (``_calendar_tables``).
"""

from __future__ import annotations

import calendar
from bisect import bisect_left, bisect_right
from datetime import MAXYEAR, MINYEAR, date, timedelta
from functools import lru_cache

from liveblog.times._calendar_tables import TABLES

__all__ = [
    "DAYS",
    "days_in_month",
    "easter",
    "nth_weekday",
    "shift_month",
    "table_days",
    "table_days_between",
    "table_neighbours",
    "valid_day",
    "year_from_weekday",
]


class _Days(dict[int, timedelta]):
    """``timedelta(n)`` by ``DAYS[n]``: a lookup costs a quarter of building one."""

    def __missing__(self, days: int) -> timedelta:
        return timedelta(days)


#: The day counts the resolver adds, prebuilt for the offsets text names (others are built).
DAYS = _Days((days, timedelta(days)) for days in range(-1000, 1001))

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """Count the days of a month (1-12); a table, as calendar.monthrange also finds a weekday."""
    return 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month]


def valid_day(year: int, month: int, day: int) -> date | None:
    """Build the date, or None when it does not exist ("31 juin", year 0)."""
    if 1 <= month <= 12 and year >= 1 and 1 <= day <= days_in_month(year, month):
        return date(year, month, day)
    return None


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """Count ``delta`` months from (year, month)."""
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def year_from_weekday(month: int, day: int, weekday: int, near: int) -> int | None:
    """Find the year nearest ``near`` (within 30) where day/month falls on ``weekday``."""
    for distance in range(30):
        for year in (near - distance, near + distance):
            found = valid_day(year, month, day)
            if found and found.weekday() == weekday:
                return year
    return None


def easter(year: int) -> date:
    """Easter Sunday of ``year`` (Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, rank: int) -> date | None:
    """Find the ``rank``-th ``weekday`` of the month (-1: the last), None past its end."""
    if rank > 0:
        first = date(year, month, 1)
        found = first + DAYS[(weekday - first.weekday()) % 7 + 7 * (rank - 1)]
        return found if found.month == month else None
    last = date(year, month, days_in_month(year, month))
    return last - DAYS[(last.weekday() - weekday) % 7]


@lru_cache(maxsize=64)
def table_days(name: str) -> tuple[date, ...]:
    """Read the days of the feast ``name`` from its year table, in order (read once)."""
    return tuple(date(int(d[:4]), int(d[4:6]), int(d[6:])) for d in TABLES.get(name, "").split())


def table_days_between(name: str, first: int, last: int) -> list[date]:
    """List the feast's days in years ``first`` to ``last``; a year may hold two, or none."""
    first, last = max(first, MINYEAR), min(last, MAXYEAR)
    if first > last:
        return []
    days = table_days(name)
    start = bisect_left(days, date(first, 1, 1))
    return list(days[start : bisect_right(days, date(last, 12, 31), start)])


def table_neighbours(name: str, day: date, width: int = 2) -> tuple[date, ...]:
    """List the feast's ``width`` days before ``day`` and ``width`` from ``day`` on.

    The nearest, the next and the last feast from a day are among them: choosing among
    these few is choosing among the whole table (a century of days), in its order.
    """
    days = table_days(name)
    at = bisect_left(days, day)
    return days[max(0, at - width) : at + width]
