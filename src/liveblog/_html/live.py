"""Whether a page is a live blog, from what it declares and what it renders.

Strings are never enough: ordinary articles carry "liveblog" in their CSS, "live" in
embedded app state, or a live widget of another page. A page is live when

1. it declares a schema.org ``LiveBlogPosting`` (JSON-LD or microdata) about itself, or
2. it renders a stream of at least ``MIN_LIVE_BLOCKS`` sibling blocks with times, at
   least half of its blocks timed, with at least ``MIN_LIVE_BLOCKS`` distinct times
   (a listicle's repeated sections carry no time; a sidebar widget is excluded upstream).
"""

from __future__ import annotations

import attrs

from liveblog._html.stream import Stream

__all__ = ["MIN_LIVE_BLOCKS", "Liveness", "decide"]

#: Fewest timed blocks of a rendered stream that make a page live without schema.org.
MIN_LIVE_BLOCKS = 5


@attrs.frozen
class Liveness:
    """The decision and the reason a reader can check."""

    is_live: bool
    reason: str


def decide(*, declared: str | None, stream: Stream | None) -> Liveness:
    """Decide from a schema.org declaration (where it was found) and the rendered stream."""
    if declared is not None:
        return Liveness(is_live=True, reason=f"declares schema.org LiveBlogPosting in {declared}")
    if stream is None:
        return Liveness(is_live=False, reason="no LiveBlogPosting and no repeated timed blocks")
    times = {(block.stamp.wall, block.stamp.zone) for block in stream.blocks if block.stamp}
    if (
        stream.timed >= MIN_LIVE_BLOCKS
        and len(times) >= MIN_LIVE_BLOCKS
        and stream.timed * 2 >= len(stream.blocks)
    ):
        return Liveness(is_live=True, reason=f"renders a stream of {stream.timed} timed blocks")
    return Liveness(
        is_live=False,
        reason=f"a stream of {stream.timed} timed blocks out of {len(stream.blocks)} is too weak",
    )
