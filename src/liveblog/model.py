"""Frozen value objects that every stage hands to the next: TimeValue, Mention, Entry, Page.

They hold data only. Serialisation lives in ``liveblog.export`` and parsing in the
pipeline stages, so a value can be built, compared and hashed without either.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Final, Literal, get_args

import attrs

from liveblog._checks import aware_field
from liveblog.errors import ArgumentError, shorten

__all__ = [
    "GRANULARITIES",
    "ROLES",
    "TIME_SOURCES",
    "Entry",
    "Granularity",
    "Mention",
    "Page",
    "Role",
    "TimeSource",
    "TimeValue",
]

Granularity = Literal[
    "second",
    "minute",
    "hour",
    "part-of-day",
    "day",
    "night",
    "weekend",
    "week",
    "month",
    "quarter",
    "season",
    "year",
    "decade",
    "century",
]
#: Granularities from the finest to the coarsest ("night" spans two days, so it sits after "day").
GRANULARITIES: Final[tuple[str, ...]] = get_args(Granularity)
Role = Literal["lead", "post", "article"]
ROLES: Final[tuple[str, ...]] = get_args(Role)
TimeSource = Literal["timestamp", "text", "page", "none"]
TIME_SOURCES: Final[tuple[str, ...]] = get_args(TimeSource)


def _one_of(choices: tuple[str, ...]) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def check(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value not in choices:
            raise ArgumentError(f"{attribute.name} must be one of {choices}, got {shorten(value)}")

    return check


@attrs.frozen
class TimeValue:
    """A stretch of time, ``start`` inclusive and ``end`` exclusive, and how precise it is.

    A day is ``[00:00, next 00:00)`` with granularity ``"day"``: it is never passed off as
    the minute it starts with. ``granularity`` says what the source actually said.
    """

    start: datetime = attrs.field(validator=aware_field)
    end: datetime = attrs.field(validator=aware_field)
    granularity: Granularity = attrs.field(validator=_one_of(GRANULARITIES))

    def __attrs_post_init__(self) -> None:
        """Reject empty or reversed stretches, which no expression describes."""
        if self.end <= self.start:
            raise ArgumentError(
                f"TimeValue end {self.end.isoformat()} is not after start {self.start.isoformat()}"
            )

    @classmethod
    def _unchecked(cls, start: datetime, end: datetime, granularity: Granularity) -> TimeValue:
        """Build a value without its checks, for a caller that guarantees them.

        The temporal engine builds one value per mention from datetimes it made aware
        itself, ordered, with a granularity it names; there the checks cost a fifth of
        the resolution. Any other caller uses the class. The fields are set through the
        class's slots, which a frozen class's ``__setattr__`` does not guard.
        """
        value = _new(cls)
        _TV_START(value, start)
        _TV_END(value, end)
        _TV_GRANULARITY(value, granularity)
        return value

    def contains(self, moment: datetime) -> bool:
        """Whether ``moment`` (aware) falls inside ``[start, end)``."""
        return self.start <= moment < self.end


@attrs.frozen
class Mention:
    """A time expression found in a text: its span, what it resolves to, and its TIMEX3 value.

    ``start``/``end`` are offsets into the text that was searched (end exclusive), so
    ``text == source[start:end]``. ``notes`` carries what the resolver noticed, such as
    ``"weekday-mismatch"`` when "jeudi 30 octobre" names a day that was not a Thursday.
    """

    text: str
    start: int
    end: int
    value: TimeValue
    timex: str
    notes: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        """Check that the span is well formed and as long as the text it claims."""
        if self.start < 0 or self.end - self.start != len(self.text):
            raise ArgumentError(
                f"Mention span [{self.start}, {self.end}) "
                f"does not fit its text {shorten(self.text)}"
            )

    @classmethod
    def _unchecked(  # noqa: PLR0917 (the six fields, positional on a hot path)
        cls,
        text: str,
        start: int,
        end: int,
        value: TimeValue,
        timex: str,
        notes: tuple[str, ...],
    ) -> Mention:
        """Build a mention without its span check, for a caller that guarantees it.

        The temporal engine cuts ``text`` from the searched text at ``[start, end)``
        itself; there the check and attrs' generated ``__init__`` cost a tenth of a
        mention. Any other caller uses the class.
        """
        mention = _new(cls)
        _M_TEXT(mention, text)
        _M_START(mention, start)
        _M_END(mention, end)
        _M_VALUE(mention, value)
        _M_TIMEX(mention, timex)
        _M_NOTES(mention, notes)
        return mention


# The slots' own setters, which the trusted constructors use (frozen classes guard
# ``__setattr__``, not their slots).
_new = object.__new__
_TV_START, _TV_END, _TV_GRANULARITY = (
    TimeValue.__dict__[name].__set__ for name in ("start", "end", "granularity")
)
_M_TEXT, _M_START, _M_END, _M_VALUE, _M_TIMEX, _M_NOTES = (
    Mention.__dict__[name].__set__ for name in ("text", "start", "end", "value", "timex", "notes")
)


@attrs.frozen
class Entry:
    """One post of a page: headline, body, its own stamps and the time the timeline uses.

    ``time_source`` says where ``time`` came from: the entry's own ``"timestamp"``, a
    mention in its ``"text"`` (then ``time_mention`` is its index in ``mentions``), the
    ``"page"``'s publish date, or ``"none"`` when nothing dates it. ``strategy`` names the
    splitter that found the entry (for instance ``"text:timestamp-lines"`` or ``"jsonld"``);
    ``rendered`` is False for an update that only the page's structured data carries.
    """

    headline: str | None
    text: str
    role: Role = attrs.field(validator=_one_of(ROLES))
    posted: datetime | None = attrs.field(default=None, validator=aware_field)
    updated: datetime | None = attrs.field(default=None, validator=aware_field)
    time: TimeValue | None = None
    time_source: TimeSource = attrs.field(
        default="none",
        validator=_one_of(TIME_SOURCES),
    )
    mentions: tuple[Mention, ...] = ()
    time_mention: int | None = None
    strategy: str = "unknown"
    id: str | None = None
    rendered: bool = True


@attrs.frozen
class Page:
    """A parsed page: its metadata and its entries in page order.

    ``zone`` is the timezone used for the page's naive times (an IANA name or a fixed
    offset such as ``"UTC+02:00"``) and ``zone_assumed`` is True when the page did not name
    it (see ``docs/design.md`` for the rule). ``reason`` says why ``entries`` is empty, and
    ``notes`` records how the metadata was read.
    """

    url: str | None
    title: str | None
    published: datetime | None = attrs.field(validator=aware_field)
    lang: str | None
    is_live: bool
    key_points: tuple[str, ...]
    entries: tuple[Entry, ...]
    modified: datetime | None = attrs.field(default=None, validator=aware_field)
    zone: str | None = None
    zone_assumed: bool = False
    kind: Literal["html", "text"] = "text"
    reason: str | None = None
    notes: tuple[str, ...] = ()
