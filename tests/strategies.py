"""Hypothesis strategies for the value objects: TimeValue, Mention, Entry, Page.

Shared by every test module that needs arbitrary but valid model values. Datetimes are
aware (UTC, fixed offsets, a few IANA zones), never ambiguous or imaginary, so equality
stays plain instant equality.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import attrs
from hypothesis import strategies as st

from liveblog._days import DAY_OR_COARSER
from liveblog.model import GRANULARITIES, Entry, Mention, Page, TimeValue

__all__ = [
    "aware_datetimes",
    "entries",
    "mentions",
    "pages",
    "snapshots",
    "time_values",
    "zones",
]

ZONES: tuple[tzinfo, ...] = (
    timezone.utc,
    timezone(timedelta(hours=2)),
    timezone(timedelta(hours=-5)),
    ZoneInfo("Europe/Paris"),
    ZoneInfo("America/New_York"),
)

#: How long a stretch of each granularity lasts in the generated values (roughly).
_SPAN = {
    "second": timedelta(seconds=1),
    "minute": timedelta(minutes=1),
    "hour": timedelta(hours=1),
    "part-of-day": timedelta(hours=6),
    "day": timedelta(days=1),
    "night": timedelta(hours=12),
    "weekend": timedelta(days=2),
    "week": timedelta(days=7),
    "month": timedelta(days=30),
    "quarter": timedelta(days=91),
    "season": timedelta(days=91),
    "year": timedelta(days=365),
    "decade": timedelta(days=3652),
    "century": timedelta(days=36524),
}

WORDS = (
    "Kiev", "Moscou", "Pyongyang", "drones", "missiles", "président", "accord",
    "frappe", "région", "armée", "talks", "ceasefire", "minister", "Zelensky",
    "Poutine", "Kim", "sanctions", "défense", "nuit", "attack",
)  # fmt: skip


def zones() -> st.SearchStrategy[tzinfo]:
    """A zone a page can use."""
    return st.sampled_from(ZONES)


def aware_datetimes() -> st.SearchStrategy[datetime]:
    """Aware datetimes between 2020 and 2030, whole minutes, never in a DST gap or fold."""
    naive = st.datetimes(
        min_value=datetime(2020, 1, 1),  # noqa: DTZ001
        max_value=datetime(2030, 1, 1),  # noqa: DTZ001
    ).map(lambda moment: moment.replace(second=0, microsecond=0))

    def attach(moment: datetime, zone: tzinfo) -> datetime:
        aware = moment.replace(tzinfo=zone)
        # Normalise through UTC so a time in a DST gap becomes a real one; avoid folds.
        return aware.astimezone(timezone.utc).astimezone(zone).replace(fold=0)

    return st.builds(attach, naive, zones())


#: Granularities whose stretch starts at midnight ("night" starts in the evening).
_MIDNIGHT_START = DAY_OR_COARSER - {"night"}


def time_values() -> st.SearchStrategy[TimeValue]:
    """A TimeValue of any granularity; day-like ones start at midnight in their zone."""

    def build(moment: datetime, granularity: str) -> TimeValue:
        start = moment
        if granularity in _MIDNIGHT_START:
            start = moment.replace(hour=0, minute=0)
        return TimeValue(start, start + _SPAN[granularity], granularity)  # type: ignore[arg-type]

    return st.builds(build, aware_datetimes(), st.sampled_from(GRANULARITIES))


def texts(min_words: int = 0, max_words: int = 30) -> st.SearchStrategy[str]:
    """Short news-like texts built from a small vocabulary (so texts overlap)."""
    return st.lists(st.sampled_from(WORDS), min_size=min_words, max_size=max_words).map(" ".join)


def mentions() -> st.SearchStrategy[Mention]:
    """A mention whose span matches its text."""
    return st.builds(
        lambda text, start, value, timex: Mention(text, start, start + len(text), value, timex),
        st.sampled_from(["jeudi", "07h42", "hier soir", "28 novembre"]),
        st.integers(0, 500),
        time_values(),
        st.sampled_from(["2024-11-28", "2024-11-28T07:42", "2024-W48"]),
    )


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    """An entry, dated or not, with consistent time_source and time_mention."""
    found = draw(st.lists(mentions(), max_size=1))
    source = draw(st.sampled_from(["timestamp", "text", "page", "none"]))
    time = None if source == "none" else draw(time_values())
    time_mention = None
    if source == "text":
        if not found:
            found = [draw(mentions())]
        time_mention = draw(st.integers(0, len(found) - 1))
    return Entry(
        headline=draw(st.none() | texts(1, 6)),
        text=draw(texts()),
        role=draw(st.sampled_from(["lead", "post", "article"])),
        posted=draw(st.none() | aware_datetimes()),
        updated=draw(st.none() | aware_datetimes()),
        time=time,
        time_source=source,  # type: ignore[arg-type]
        mentions=tuple(found),
        time_mention=time_mention,
        strategy=draw(st.sampled_from(["text:timestamp-lines", "jsonld", "html:blocks"])),
        id=draw(st.none() | st.sampled_from(["p1", "p2", "p3"])),
        rendered=draw(st.booleans()),
    )


@st.composite
def pages(draw: st.DrawFn, max_entries: int = 4) -> Page:
    """A page with a few entries; URLs and titles come from small pools so pages collide."""
    return Page(
        url=draw(st.none() | st.sampled_from(["https://a.example/live", "https://b.example/x"])),
        title=draw(st.none() | st.sampled_from(["Guerre en Ukraine", "Live: talks"])),
        published=draw(st.none() | aware_datetimes()),
        lang=draw(st.none() | st.sampled_from(["fr", "en", "fr-FR"])),
        is_live=draw(st.booleans()),
        key_points=tuple(draw(st.lists(texts(1, 5), max_size=2))),
        entries=tuple(draw(st.lists(entries(), max_size=max_entries))),
        modified=draw(st.none() | aware_datetimes()),
        zone=draw(st.none() | st.sampled_from(["Europe/Paris", "UTC+02:00", "UTC"])),
        zone_assumed=draw(st.booleans()),
        kind=draw(st.sampled_from(["html", "text"])),
        reason=draw(st.none() | st.just("no entries found")),
        notes=tuple(draw(st.lists(st.sampled_from(["title:h1", "published:meta"]), max_size=2))),
    )


@st.composite
def snapshots(draw: st.DrawFn) -> tuple[Page, Page]:
    """An early snapshot and a later one of the same live blog (posts added and grown)."""
    later = draw(pages(max_entries=8))
    keep = draw(st.lists(st.booleans(), min_size=len(later.entries), max_size=len(later.entries)))
    early_entries = []
    for entry, kept in zip(later.entries, keep, strict=True):
        if kept:
            words = entry.text.split()
            cut = draw(st.integers(0, len(words)))
            early_entries.append(attrs.evolve(entry, text=" ".join(words[:cut]), updated=None))
    early = attrs.evolve(later, entries=tuple(early_entries), modified=None)
    return early, later
