"""What the extraction stages hand to the pipeline before times are resolved.

The splitters (plain text, HTML) read what the page *says*; they do not decide timezones
or resolve relative dates. They return an ``Extraction``: stamps as written (``Stamp``),
entries as drafts (``Draft``), and page metadata (``PageMeta``). ``_pipeline`` then picks
the page's zone, makes every stamp aware, finds time mentions and builds the ``Page``.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

import attrs

from liveblog.model import Role

__all__ = ["Draft", "Extraction", "PageMeta", "Stamp"]


@attrs.frozen
class Stamp:
    """A time as the page wrote it.

    ``wall`` is the naive wall-clock reading. When ``has_date`` is False only its clock
    part is meaningful ("07h42 CEST" on a live page): the pipeline puts it on the page's
    day. ``zone`` is the zone the page named for this stamp ("CEST" → UTC+02:00, an ISO
    offset, an epoch in UTC), or None when the page named none. ``has_time`` is False for
    a bare day ("2024-06-19").
    """

    wall: datetime
    has_date: bool = True
    has_time: bool = True
    zone: tzinfo | None = None

    def __attrs_post_init__(self) -> None:
        """Keep ``wall`` naive: the zone lives in ``zone``."""
        if self.wall.tzinfo is not None:
            msg = "Stamp.wall must be naive; put the zone in Stamp.zone"
            raise ValueError(msg)

    @classmethod
    def from_aware(cls, moment: datetime) -> Stamp:
        """Build a stamp from an instant the source gave with its offset (ISO, epoch)."""
        return cls(wall=moment.replace(tzinfo=None), zone=moment.tzinfo)


@attrs.frozen
class Draft:
    """An entry as found: text and stamps, before time resolution."""

    headline: str | None
    text: str
    role: Role
    strategy: str
    posted: Stamp | None = None
    updated: Stamp | None = None
    id: str | None = None
    rendered: bool = True


@attrs.frozen
class PageMeta:
    """Page-level facts read from the page itself, each with a note saying where from."""

    url: str | None = None
    title: str | None = None
    published: Stamp | None = None
    modified: Stamp | None = None
    lang: str | None = None
    zone: tzinfo | None = None
    notes: tuple[str, ...] = ()


@attrs.frozen
class Extraction:
    """Everything a splitter found on one page."""

    meta: PageMeta
    drafts: tuple[Draft, ...]
    key_points: tuple[str, ...] = ()
    is_live: bool = False
    reason: str | None = None
    notes: tuple[str, ...] = ()
