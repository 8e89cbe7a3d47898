"""Display zones and calendar days: where an entry goes when a timeline is read by day.

A timed entry goes under the day its instant falls on in the chosen zone. An entry of a
day or coarser stays under the day it names, in the zone its page used: "jeudi 28
novembre" in Paris is not moved to the 27th because the reader asked for UTC.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from liveblog.errors import ArgumentError, shorten
from liveblog.model import GRANULARITIES, TimeValue

__all__ = ["DAY_OR_COARSER", "day_of", "in_zone", "parse_zone", "zone_label"]

#: Granularities that name whole days (or more); they keep the day they name.
DAY_OR_COARSER: Final = frozenset(GRANULARITIES[GRANULARITIES.index("day") :])

_OFFSET: Final = re.compile(
    r"""
    \A (?:UTC|GMT)?            # optional prefix
    (?P<sign>[+-])             # an offset needs a sign
    (?P<hours>\d{1,2})         # hours
    (?: :? (?P<minutes>\d{2}) )?   # optional minutes, colon optional
    \Z
    """,
    re.VERBOSE | re.IGNORECASE,
)


def parse_zone(zone: str | tzinfo) -> tzinfo:
    """Read an IANA name ("Europe/Paris"), "UTC" or an offset ("UTC+02:00", "-05")."""
    if isinstance(zone, tzinfo):
        return zone
    if not isinstance(zone, str):
        raise ArgumentError(f"zone must be a str or tzinfo, got {shorten(zone)}")
    name = zone.strip()
    if name.upper() in {"UTC", "Z", "GMT"}:
        return timezone.utc
    match = _OFFSET.match(name)
    if match:
        hours, minutes = int(match["hours"]), int(match["minutes"] or 0)
        delta = timedelta(hours=hours, minutes=minutes)
        if delta >= timedelta(hours=24) or minutes >= 60:
            raise ArgumentError(f"zone offset {shorten(zone)} is out of range (max ±23:59)")
        return timezone(-delta if match["sign"] == "-" else delta)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ArgumentError(
            f"unknown zone {shorten(zone)}: give an IANA name such as 'Europe/Paris', "
            "'UTC' or an offset such as 'UTC+02:00'"
        ) from error


def zone_label(zone: tzinfo | None, moment: datetime | None = None) -> str:
    """Name a zone the way the exports print it: IANA key, "UTC" or "UTC+02:00"."""
    if zone is None:
        return "UTC"
    key = getattr(zone, "key", None)
    if isinstance(key, str):
        return key
    offset = zone.utcoffset(moment)
    if offset is None:
        return "UTC"
    if not offset:
        return "UTC"
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(offset) // timedelta(minutes=1)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def in_zone(moment: datetime, zone: tzinfo | None) -> datetime:
    """``moment`` in ``zone``, or as written when ``zone`` is None."""
    return moment if zone is None else moment.astimezone(zone)


def day_of(time: TimeValue, zone: tzinfo | None) -> date:
    """Return the calendar day an entry belongs under when shown in ``zone`` (None: its own)."""
    if time.granularity in DAY_OR_COARSER:
        return time.start.date()
    return in_zone(time.start, zone).date()
