"""Which timezone a page's naive times are in, and turning its stamps into instants.

The rule, first match wins (``Page.zone_assumed`` is False only for the first two):

1. a zone the page's own entry stamps name ("07h42 CEST", "12.50 BST");
2. a zone the page metadata names;
3. the caller's ``tz``;
4. a non-UTC offset on the page's publish or modified time ("…+05:30");
5. the publisher's home zone from the URL's domain (``.fr`` → Europe/Paris);
6. the home zone of the page's language (``fr`` → Europe/Paris);
7. UTC.

Time-only stamps ("07h42") are put on the page's day. Live pages list posts newest
first, so walking down the list the clock only goes back; a jump forward of more than
twelve hours means the list crossed midnight, and the day steps back by one.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta, timezone, tzinfo
from itertools import pairwise
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from liveblog._draft import Extraction, Stamp
from liveblog._locale import DOMAIN_ZONES, FALLBACK_ZONE, LANGUAGE_ZONES
from liveblog.errors import ArgumentError, shorten

__all__ = ["PageClock", "aware", "choose_zone", "place_stamps", "zone_argument"]

_MIDNIGHT_JUMP = timedelta(hours=12)


@attrs.frozen
class PageClock:
    """The page's zone, whether it was assumed, and why it was chosen."""

    zone: tzinfo
    name: str
    assumed: bool
    why: str


def zone_argument(tz: str | None) -> tzinfo | None:
    """Check the caller's ``tz`` (an IANA name) and return it as a zone."""
    if tz is None:
        return None
    if not isinstance(tz, str) or not tz.strip():
        raise ArgumentError(
            f"tz must be an IANA zone name such as 'Europe/Paris', got {shorten(tz)}"
        )
    try:
        return ZoneInfo(tz.strip())
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ArgumentError(
            f"tz={shorten(tz)} is not a known IANA zone; use a name such as 'Europe/Paris'"
        ) from error


def choose_zone(
    extraction: Extraction, *, tz: tzinfo | None, url: str | None, lang: str | None
) -> PageClock:
    """Pick the zone for the page's naive times by the rule in this module's docstring."""
    named = Counter(
        stamp.zone
        for draft in extraction.drafts
        for stamp in (draft.posted, draft.updated)
        if stamp is not None and stamp.zone is not None and not stamp.has_date
    )
    if named:
        zone = named.most_common(1)[0][0]
        return PageClock(zone, _name(zone), assumed=False, why="named by the entries' stamps")
    meta = extraction.meta
    if meta.zone is not None:
        return PageClock(meta.zone, _name(meta.zone), assumed=False, why="named by the page")
    if tz is not None:
        return PageClock(tz, _name(tz), assumed=True, why="the caller's tz")
    for stamp in (meta.published, meta.modified):
        if stamp is not None and stamp.zone is not None:
            offset = stamp.zone.utcoffset(stamp.wall)
            if offset:
                return PageClock(
                    stamp.zone, _name(stamp.zone), assumed=True, why="the publish time's offset"
                )
    host = _host(url)
    for ending, name in DOMAIN_ZONES.items():
        if host.endswith(ending):
            return PageClock(ZoneInfo(name), name, assumed=True, why=f"the {ending} domain")
    if lang in LANGUAGE_ZONES:
        name = LANGUAGE_ZONES[lang]
        return PageClock(ZoneInfo(name), name, assumed=True, why=f"the page's language ({lang})")
    return PageClock(ZoneInfo(FALLBACK_ZONE), FALLBACK_ZONE, assumed=True, why="no clue: UTC")


def _host(url: str | None) -> str:
    """Return the URL's host, or "" for no URL or one that does not parse ("http://[::1")."""
    try:
        return (urlsplit(url).hostname or "") if url else ""
    except ValueError:
        return ""


def aware(stamp: Stamp, clock: PageClock, day: date | None = None) -> datetime:
    """Return the instant a stamp names: in its own zone or the page's, on ``day`` if dateless."""
    wall = stamp.wall
    if not stamp.has_date:
        if day is None:
            msg = "a time-only stamp needs a day"
            raise ValueError(msg)
        wall = datetime.combine(day, wall.time())
    return wall.replace(tzinfo=stamp.zone or clock.zone)


def place_stamps(
    stamps: list[Stamp | None], clock: PageClock, latest: datetime | None
) -> list[datetime | None]:
    """Make page-order stamps aware, giving time-only ones a day from ``latest``.

    ``latest`` is the page's last known instant (modified, else published). The list is
    read in the direction that goes back in time from it, so a midnight crossing steps the
    day back rather than forward.
    """
    result: list[datetime | None] = [None] * len(stamps)
    time_only = [i for i, s in enumerate(stamps) if s is not None and not s.has_date]
    for index, stamp in enumerate(stamps):
        if stamp is not None and stamp.has_date:
            result[index] = aware(stamp, clock)
    if not time_only or latest is None:
        return result
    order = time_only if _newest_first([stamps[i] for i in time_only]) else time_only[::-1]
    previous: datetime | None = None
    for index in order:
        stamp = stamps[index]
        assert stamp is not None  # noqa: S101 (time_only holds stamps only)
        zone = stamp.zone or clock.zone
        if previous is None:
            local_latest = latest.astimezone(zone)
            moment = aware(stamp, clock, local_latest.date())
            if moment > latest + timedelta(minutes=5):
                moment = aware(stamp, clock, local_latest.date() - timedelta(days=1))
        else:
            day = previous.astimezone(zone).date()
            moment = aware(stamp, clock, day)
            if moment - previous > _MIDNIGHT_JUMP:
                moment = aware(stamp, clock, day - timedelta(days=1))
        result[index] = previous = moment
    return result


def after(stamp: Stamp, posted: datetime, clock: PageClock) -> datetime:
    """Place a post's "updated" stamp: the first such time at or after ``posted``."""
    if stamp.has_date:
        return aware(stamp, clock)
    zone = stamp.zone or clock.zone
    moment = aware(stamp, clock, posted.astimezone(zone).date())
    if moment < posted:
        moment = aware(stamp, clock, posted.astimezone(zone).date() + timedelta(days=1))
    return moment


def _newest_first(stamps: list[Stamp | None]) -> bool:
    """Whether the clock mostly steps back down the list (read modulo a day).

    23:55 → 00:05 is a step forward of ten minutes, not back of almost a day.
    """
    minutes = [s.wall.hour * 60 + s.wall.minute for s in stamps if s is not None]
    back = forward = 0
    for a, b in pairwise(minutes):
        step = (b - a) % (24 * 60)
        if step:
            forward += step < 12 * 60
            back += step > 12 * 60
    return back >= forward


def _name(zone: tzinfo) -> str:
    if isinstance(zone, ZoneInfo):
        return zone.key
    if zone is timezone.utc:
        return "UTC"
    name = zone.tzname(None)
    offset = zone.utcoffset(None)
    if offset is None:
        return name or "UTC"
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    label = f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    return f"{name} ({label})" if name and name != label else label
