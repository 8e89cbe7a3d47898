"""One immutable bundle of settings, passed down the pipeline instead of keyword soup."""

from __future__ import annotations

from datetime import datetime, timezone

import attrs

from liveblog._checks import require_aware
from liveblog.errors import ArgumentError, shorten

__all__ = ["DEFAULT_REFERENCE", "Options"]

#: The instant a page with no date of its own is resolved near ("jeudi 31 octobre" with no
#: year takes the year nearest this in which 31 October is a Thursday). A fixed constant,
#: never the clock, so results do not change from one day to the next; pass
#: ``Options(reference=...)`` to move it.
DEFAULT_REFERENCE = datetime(2026, 1, 1, tzinfo=timezone.utc)


def _positive(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ArgumentError(
            f"Options.{attribute.name} must be an int, got {shorten(value)}; "
            f"e.g. Options({attribute.name}=10_000)"
        )
    if value <= 0:
        raise ArgumentError(f"Options.{attribute.name} must be positive, got {value!r}")


def _aware(_instance: object, attribute: attrs.Attribute[datetime], value: object) -> None:
    require_aware(f"Options.{attribute.name}", value)


def _aware_or_none(
    _instance: object, attribute: attrs.Attribute[datetime | None], value: object
) -> None:
    if value is not None:
        require_aware(f"Options.{attribute.name}", value)


@attrs.frozen
class Options:
    """Caps and defaults for one run. Change one with ``attrs.evolve(options, ...)``.

    The caps bound the work a single page can cost; going past one raises
    ``LimitError`` naming the cap, never a silent truncation (docs/errors.md).

    Attributes:
        max_bytes: largest ``bytes`` source read, checked before decoding.
        max_entries: most entries one page may yield; more is refused, not cut.
        max_text_chars: largest source in characters, ``str`` or decoded ``bytes``;
            every stage is linear in it, so it bounds time and memory.
        reference: the instant a dateless page's years are chosen near.
        captured: when the page was fetched (an archive's WARC-Date), or None. It bounds
            every time on the page from above and is never taken as its publish date:
            a text mention after it cannot date an entry, a stamp after it is noted,
            and a dateless page's years are chosen near it instead of ``reference``.

    """

    max_bytes: int = attrs.field(default=64 * 1024 * 1024, validator=_positive)
    max_entries: int = attrs.field(default=20_000, validator=_positive)
    max_text_chars: int = attrs.field(default=64 * 1024 * 1024, validator=_positive)
    reference: datetime = attrs.field(default=DEFAULT_REFERENCE, validator=_aware)
    captured: datetime | None = attrs.field(default=None, validator=_aware_or_none)
