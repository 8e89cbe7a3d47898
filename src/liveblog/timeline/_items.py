"""What a timeline is made of: one item per post, with every page it was seen in.

A post seen in three snapshots of a live blog is one ``TimelineEntry`` with three
``Sighting`` values, oldest snapshot first; the entry it shows is the one of the latest
snapshot. A post that tells the same story as a post of another page is a separate item
whose ``related`` names the other one: nothing is silently dropped.

These classes are re-exported by ``liveblog.timeline``.
"""

from __future__ import annotations

from datetime import datetime

import attrs

from liveblog.errors import ArgumentError
from liveblog.model import Entry, Page, TimeSource, TimeValue

__all__ = ["Sighting", "TimelineEntry"]


def _in_page(instance: Sighting, _attribute: attrs.Attribute[int], value: int) -> None:
    if not 0 <= value < len(instance.page.entries):
        raise ArgumentError(
            f"Sighting position {value} is outside the page's {len(instance.page.entries)} entries"
        )


@attrs.frozen
class Sighting:
    """One appearance of a post: the page it was in and its position there (0 = first).

    The page is shared, not copied, so a sighting is cheap; ``entry`` is the post as that
    page showed it, which keeps every version of an edited post.

    .. versionadded:: 0.1
    """

    page: Page = attrs.field(repr=lambda page: repr(page.url or page.title))
    position: int = attrs.field(validator=_in_page)

    @property
    def entry(self) -> Entry:
        """The post as this page showed it."""
        return self.page.entries[self.position]

    @property
    def url(self) -> str | None:
        """The page's URL, if it gave one."""
        return self.page.url


def _not_empty(
    _instance: TimelineEntry,
    _attribute: attrs.Attribute[tuple[Sighting, ...]],
    value: tuple[Sighting, ...],
) -> None:
    if not value:
        raise ArgumentError("a TimelineEntry needs at least one sighting")


@attrs.frozen
class TimelineEntry:
    """One post of the timeline: its latest version, where it was seen, what it relates to.

    ``key`` names the item within its timeline (``related`` holds keys of items from
    other pages that tell the same story). ``sightings`` run from the oldest snapshot to
    the latest; the convenience properties (``text``, ``headline``, ``time``, ``url`` ...)
    read the latest one.

    .. versionadded:: 0.1
    """

    key: str
    sightings: tuple[Sighting, ...] = attrs.field(validator=_not_empty)
    related: tuple[str, ...] = ()

    @property
    def latest(self) -> Sighting:
        """The sighting in the latest snapshot: the version the timeline shows."""
        return self.sightings[-1]

    @property
    def entry(self) -> Entry:
        """The latest version of the post."""
        return self.latest.entry

    @property
    def page(self) -> Page:
        """The page of the latest sighting."""
        return self.latest.page

    @property
    def headline(self) -> str | None:
        """The latest headline, if the post has one."""
        return self.entry.headline

    @property
    def text(self) -> str:
        """The latest body text."""
        return self.entry.text

    @property
    def time(self) -> TimeValue | None:
        """When the post is placed, with its real precision (None for undated posts)."""
        return self.entry.time

    @property
    def time_source(self) -> TimeSource:
        """Where ``time`` came from: timestamp, text, page or none."""
        return self.entry.time_source

    @property
    def posted(self) -> datetime | None:
        """The post's own "posted" stamp, if it had one."""
        return self.entry.posted

    @property
    def updated(self) -> datetime | None:
        """The latest "updated" stamp seen, if any."""
        return self.entry.updated

    @property
    def url(self) -> str | None:
        """The URL of the page the latest version came from (None if it had none)."""
        return self.page.url

    @property
    def lang(self) -> str | None:
        """The language of the latest page."""
        return self.page.lang

    @property
    def zone(self) -> str | None:
        """The zone the page's times were read in, as the page recorded it."""
        return self.page.zone

    @property
    def zone_assumed(self) -> bool:
        """True when the page named no zone and the pipeline assumed one."""
        return self.page.zone_assumed
