"""Timezone labels as pages print them ("CEST", "GMT+2", "Europe/Paris") turned into tzinfo."""

from __future__ import annotations

import re
from datetime import timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["ZONE_ABBREVIATIONS", "zone_for"]

#: Abbreviations with one unambiguous meaning in news text, as minutes east of UTC.
#: "IST" is India (the live blogs we read use it so); "CST" is US Central.
ZONE_ABBREVIATIONS: Final[dict[str, int]] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "UT": 0,
    "WET": 0,
    "WEST": 60,
    "BST": 60,
    "IST": 330,
    "CET": 60,
    "CEST": 120,
    "MEZ": 60,
    "MESZ": 120,
    "EET": 120,
    "EEST": 180,
    "MSK": 180,
    "EST": -300,
    "EDT": -240,
    "CST": -360,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "AKST": -540,
    "AKDT": -480,
    "HST": -600,
    "HKT": 480,
    "SGT": 480,
    "JST": 540,
    "KST": 540,
    "AEST": 600,
    "AEDT": 660,
    "NZST": 720,
    "NZDT": 780,
}

_OFFSET = re.compile(
    r"""
    (?:UTC|GMT|UT)?\s*          # optional base name: "GMT+2", "UTC-05:00" or a bare "+02:00"
    (?P<sign>[+-−])
    (?P<hours>\d{1,2})          # hours, one or two digits
    (?::?(?P<minutes>[0-5]\d))? # optional minutes, with or without a colon
    """,
    re.VERBOSE | re.IGNORECASE,
)
_IANA = re.compile(r"[A-Za-z]+(?:[_-][A-Za-z]+)*(?:/[A-Za-z0-9_+-]+){1,2}")


@lru_cache(maxsize=256)
def zone_for(label: str) -> tzinfo | None:
    """Return the tzinfo a printed zone label names, or None when it names none we know.

    Abbreviations and offsets give a fixed-offset zone whose ``tzname`` is the label as
    written ("CEST" → UTC+02:00 named "CEST"); IANA names ("Europe/Paris") give a
    ``ZoneInfo``, whose offset follows the date.

    >>> zone_for("CEST").utcoffset(None)
    datetime.timedelta(seconds=7200)
    """
    text = label.strip().strip("()").strip()
    if not text or len(text) > 40:
        return None
    upper = text.upper()
    if upper in ZONE_ABBREVIATIONS:
        return timezone(timedelta(minutes=ZONE_ABBREVIATIONS[upper]), text)
    match = _OFFSET.fullmatch(text)
    if match:
        hours = int(match["hours"])
        minutes = int(match["minutes"] or 0)
        if hours > 14:
            return None
        sign = -1 if match["sign"] in "-−" else 1
        return timezone(sign * timedelta(hours=hours, minutes=minutes), text)
    if _IANA.fullmatch(text):
        try:
            return ZoneInfo(text)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            return None
    return None
