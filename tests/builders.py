"""Small hand-made pages and entries for timeline, export and CLI tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from liveblog.model import Entry, Page, TimeValue

PARIS = ZoneInfo("Europe/Paris")
CEST = timezone(timedelta(hours=2))
UTC = timezone.utc


def minute(year: int, month: int, day: int, hour: int, mins: int, *, zone=PARIS) -> TimeValue:
    start = datetime(year, month, day, hour, mins, tzinfo=zone)
    return TimeValue(start, start + timedelta(minutes=1), "minute")


def day(year: int, month: int, number: int, *, zone=PARIS) -> TimeValue:
    start = datetime(year, month, number, tzinfo=zone)
    return TimeValue(start, start + timedelta(days=1), "day")


def post(
    text: str,
    time: TimeValue | None = None,
    *,
    headline: str | None = None,
    stamped: bool = True,
    updated: datetime | None = None,
    id: str | None = None,  # noqa: A002
    source: str | None = None,
) -> Entry:
    """An entry; a minute-precise time counts as the post's own stamp unless stamped=False."""
    own = stamped and time is not None and time.granularity == "minute"
    return Entry(
        headline=headline,
        text=text,
        role="post",
        posted=time.start if own and time else None,
        updated=updated,
        time=time,
        time_source=source or ("none" if time is None else "timestamp" if own else "text"),
        strategy="text:timestamp-lines",
        id=id,
    )


def page(
    *entries: Entry,
    url: str | None = "https://example.org/live",
    title: str | None = "Guerre en Ukraine, en direct",
    published: datetime | None = datetime(2024, 11, 28, 6, 0, tzinfo=PARIS),
    lang: str | None = "fr",
    modified: datetime | None = None,
    zone: str | None = "Europe/Paris",
    zone_assumed: bool = False,
) -> Page:
    return Page(
        url=url,
        title=title,
        published=published,
        lang=lang,
        is_live=True,
        key_points=(),
        entries=tuple(entries),
        modified=modified,
        zone=zone,
        zone_assumed=zone_assumed,
    )


DRONES = (
    "Les systèmes de défense aérienne ukrainiens ont détruit 19 des 21 drones lancés "
    "dans la nuit par la Russie, ciblant plusieurs régions."
)
KIM = (
    "Kim Jong-un a déclaré au président russe que les relations entre leurs deux pays "
    "entraient dans une période de nouvelle prospérité, selon l'agence Tass."
)
BIDEN = (
    "Le président américain Joe Biden a souligné jeudi l'importance de soutenir le "
    "peuple ukrainien après les dernières frappes massives."
)


def live_html(n: int, day: int) -> str:
    """A small French live blog: five timed posts, newest first."""
    posts = "".join(
        f'<article class="post"><time datetime="2024-11-{day}T{9 + k:02d}:{5 * k:02d}:00+01:00">'
        f"{9 + k:02d}h{5 * k:02d}</time><p>Point {k} du direct {n} : les faits du jour.</p>"
        "</article>"
        for k in range(5, 0, -1)
    )
    return (
        f'<html lang="fr"><head><title>Direct {n}</title></head>'
        f"<body><main>{posts}</main></body></html>"
    )
