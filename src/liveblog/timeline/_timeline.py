"""The Timeline: pages and snapshots merged into one chronological list of posts.

A timeline is a function of the *set* of pages it was built from. ``merge`` collects the
pages of its arguments (a ``Timeline`` contributes its own pages), drops repeats,
and rebuilds identity and order from them, so it is associative, commutative and
idempotent: ``merge([a, merge([b, c])]) == merge([a, b, c]) == merge([c, b, a])``.

Provenance: each ``TimelineEntry`` shows the latest version of a post and keeps every
``Sighting`` (page, position) of it, oldest snapshot first, plus the keys of ``related``
posts of other pages. See ``liveblog.timeline._identity`` for the rules and ``docs/timeline.md``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime, tzinfo

import attrs

from liveblog._checks import require_aware
from liveblog._days import day_of, parse_zone, zone_label
from liveblog.errors import ArgumentError, shorten
from liveblog.model import Page
from liveblog.timeline._codec import dumps, loads
from liveblog.timeline._identity import build_items, canonical_pages, entry_order
from liveblog.timeline._items import Sighting, TimelineEntry
from liveblog.timeline._text_similarity import normalise

__all__ = ["Day", "Sighting", "Timeline", "TimelineEntry", "merge"]


@attrs.frozen
class Day:
    """The entries of one calendar day, in timeline order, as grouped by ``Timeline.by_day``.

    .. versionadded:: 0.1
    """

    date: date
    zone: str | None
    entries: tuple[TimelineEntry, ...]


@attrs.frozen
class Timeline:
    """Posts of many pages, in chronological order, each with where it was seen.

    ``entries`` are the dated posts, in chronological order (a day-precise post heads its
    day, before the timed posts of that day); ``undated`` are the posts nothing dates,
    kept apart in page order, never guessed into place. ``len()`` and iteration cover
    ``entries``. Build one with ``merge`` (or ``Timeline.from_pages``); the constructor
    takes already consistent parts, as ``from_json`` does.

    .. versionadded:: 0.1
    """

    pages: tuple[Page, ...] = ()
    entries: tuple[TimelineEntry, ...] = ()
    undated: tuple[TimelineEntry, ...] = ()

    @classmethod
    def from_pages(cls, pages: Iterable[Page]) -> Timeline:
        """Build the timeline of ``pages`` (repeats dropped, order irrelevant)."""
        unique, prints = canonical_pages(pages)
        rank = {id(page): index for index, page in enumerate(unique)}
        items = build_items(unique, prints)
        dated = [item for item in items if item.time is not None]
        undated = [item for item in items if item.time is None]
        return cls(
            pages=unique,
            entries=tuple(sorted(dated, key=lambda item: entry_order(item, rank))),
            undated=tuple(sorted(undated, key=lambda item: entry_order(item, rank))),
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> Timeline:
        """Read a timeline written by ``to_json``; TimelineFormatError on anything else."""
        pages, dated, undated = loads(text)
        return cls(pages=pages, entries=dated, undated=undated)

    def to_json(self, *, indent: int | None = None) -> str:
        """Write the whole timeline, pages included, as JSON that ``from_json`` reads back."""
        return dumps((self.pages, self.entries, self.undated), indent=indent)

    def __len__(self) -> int:
        """Return the number of dated entries."""
        return len(self.entries)

    def __iter__(self) -> Iterator[TimelineEntry]:
        """Iterate over the dated entries in chronological order."""
        return iter(self.entries)

    @property
    def all_entries(self) -> tuple[TimelineEntry, ...]:
        """Dated entries in order, then the undated ones."""
        return self.entries + self.undated

    def get(self, key: str) -> TimelineEntry:
        """Return the entry named ``key`` (as in ``TimelineEntry.related``); KeyError if none."""
        for item in self.all_entries:
            if item.key == key:
                return item
        raise KeyError(key)

    def between(
        self, start: datetime, end: datetime, *, overlap: bool = False
    ) -> tuple[TimelineEntry, ...]:
        """Dated entries whose time lies within ``[start, end)``.

        With ``overlap=True`` an entry counts when its time merely overlaps the range, so
        a day-precise entry is returned for any range that touches its day.
        """
        low, high = require_aware("start", start), require_aware("end", end)
        if high <= low:
            raise ArgumentError(
                f"between() needs start before end, got {low.isoformat()} >= {high.isoformat()}"
            )
        if overlap:
            return tuple(
                item
                for item in self.entries
                if item.time and item.time.start < high and item.time.end > low
            )
        return tuple(
            item
            for item in self.entries
            if item.time and low <= item.time.start and item.time.end <= high
        )

    def search(self, words: str) -> tuple[TimelineEntry, ...]:
        """Entries (dated, then undated) whose headline or text contains ``words``.

        Matching ignores case, accents and runs of whitespace: "kiev" finds "Kiev".
        """
        needle = normalise(words)
        if not needle:
            raise ArgumentError("search() needs some words to look for, got an empty string")
        return tuple(
            item
            for item in self.all_entries
            if needle in normalise(f"{item.headline or ''}\n{item.text}")
        )

    def from_page(self, page: Page | str) -> tuple[TimelineEntry, ...]:
        """Entries seen in ``page`` (a Page, or its URL), dated then undated."""
        if isinstance(page, Page):
            return tuple(
                item
                for item in self.all_entries
                if any(sighting.page == page for sighting in item.sightings)
            )
        return tuple(
            item
            for item in self.all_entries
            if any(sighting.page.url == page for sighting in item.sightings)
        )

    def in_language(self, lang: str) -> tuple[TimelineEntry, ...]:
        """Entries whose page is in ``lang`` ("fr" also matches "fr-FR"), dated then undated."""
        wanted = lang.strip().lower().replace("_", "-")
        if not wanted:
            raise ArgumentError("in_language() needs a language code such as 'fr'")

        def matches(code: str | None) -> bool:
            if code is None:
                return False
            code = code.lower().replace("_", "-")
            return code == wanted or code.startswith(wanted + "-")

        return tuple(item for item in self.all_entries if matches(item.lang))

    def by_day(self, zone: str | tzinfo | None = None) -> tuple[Day, ...]:
        """Group the dated entries by calendar day, in timeline order.

        ``zone`` (an IANA name, "UTC", an offset or a tzinfo) decides the day of timed
        entries; by default each is read in its own page's zone. Entries of a day or
        coarser stay under the day they name.
        """
        chosen = None if zone is None else parse_zone(zone)
        label = None if chosen is None else zone_label(chosen)
        groups: dict[date, list[TimelineEntry]] = {}
        for item in self.entries:
            if item.time is not None:
                groups.setdefault(day_of(item.time, chosen), []).append(item)
        return tuple(
            Day(date=day, zone=label, entries=tuple(groups[day])) for day in sorted(groups)
        )


def merge(pages_or_timelines: Iterable[Page | Timeline]) -> Timeline:
    """Merge pages and timelines into one timeline.

    The result depends only on the set of pages given (a timeline gives its own), so
    merge is associative, commutative and idempotent and can serve as a reduce step.

    .. versionadded:: 0.1
    """
    if isinstance(pages_or_timelines, (Page, Timeline, str, bytes)):
        raise ArgumentError(
            f"merge() takes an iterable of pages and timelines, got {shorten(pages_or_timelines)}"
            "; wrap a single value in a list: merge([page])"
        )
    try:
        values = iter(pages_or_timelines)
    except TypeError:
        raise ArgumentError(
            f"merge() takes an iterable of pages and timelines, got {shorten(pages_or_timelines)}"
            "; pass a list: merge([page, other_page])"
        ) from None
    pages: list[Page] = []
    for value in values:
        if isinstance(value, Timeline):
            pages.extend(value.pages)
        elif isinstance(value, Page):
            pages.append(value)
        else:
            raise ArgumentError(f"merge() takes Page and Timeline values, got {shorten(value)}")
    return Timeline.from_pages(pages)
