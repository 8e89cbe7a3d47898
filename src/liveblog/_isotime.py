"""Machine-readable times as pages and callers write them: ISO 8601 text and Unix epochs.

Shared by both splitters and by ``parse``'s ``published`` argument, so one spelling of
"2024-11-29 10:11:29", "…T10:11:29.316Z" or "1718775858" reads the same everywhere. The
result is a ``Stamp``: the wall clock as written, and the offset only if one was written.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo

from liveblog._draft import Stamp

__all__ = ["offset_zone", "parse_epoch", "parse_iso"]

_ISO = re.compile(
    r"""
    (?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})     # calendar day
    (?:
        [T\ ]
        (?P<hour>\d{2}):(?P<minute>\d{2})               # clock
        (?::(?P<second>\d{2})(?:[.,]\d{1,9})?)?         # seconds, fraction dropped
        \s?
        (?P<zone>Z|[+-]\d{2}(?::?\d{2})?)?              # offset as written
    )?
    """,
    re.VERBOSE,
)
_EPOCH = re.compile(r"\d{10}(?:\d{3})?")  # seconds, or milliseconds
#: Epochs outside these years are some other number (a phone number, an id).
_EPOCH_YEARS = (1995, 2100)


def offset_zone(text: str | None) -> tzinfo | None:
    """Turn "Z", "+02:00", "-0530" or "+02" into a fixed-offset zone; None if malformed."""
    if not text:
        return None
    if text in {"Z", "z"}:
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 23 or minutes > 59:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def parse_iso(text: str) -> Stamp | None:
    """Read an ISO 8601 date or date-time; None when ``text`` is not one."""
    match = _ISO.fullmatch(text.strip())
    if match is None:
        return None
    parts = match.groupdict()
    try:
        wall = datetime(  # noqa: DTZ001 - a Stamp's wall clock is naive by contract
            int(parts["year"]),
            int(parts["month"]),
            int(parts["day"]),
            int(parts["hour"] or 0),
            int(parts["minute"] or 0),
            int(parts["second"] or 0),
        )
    except ValueError:
        return None
    return Stamp(wall=wall, has_time=parts["hour"] is not None, zone=offset_zone(parts["zone"]))


def parse_epoch(text: str) -> Stamp | None:
    """Read epoch seconds (10 digits) or milliseconds (13 digits) as a UTC stamp."""
    value = text.strip()
    if _EPOCH.fullmatch(value) is None:
        return None
    seconds = int(value) / 1000 if len(value) == 13 else int(value)
    moment = datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=seconds)
    if not _EPOCH_YEARS[0] <= moment.year <= _EPOCH_YEARS[1]:
        return None
    return Stamp.from_aware(moment.replace(microsecond=0))
