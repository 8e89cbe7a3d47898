"""Whether a page is a live blog, from what it declares and what it renders.

Strings are never enough: ordinary articles carry "liveblog" in their CSS, "live" in
embedded app state, or a live widget of another page. A page is live when

1. it declares a schema.org ``LiveBlogPosting`` (JSON-LD or microdata) about itself, or
2. it renders a stream of at least ``MIN_LIVE_BLOCKS`` sibling blocks with times, at
   least half of its blocks timed, with at least ``MIN_LIVE_BLOCKS`` distinct times
   (a listicle's repeated sections carry no time; a sidebar widget is excluded upstream),
   and at most ``MAX_LINK_DENSITY`` of its text inside links (a "latest news" list of
   timed teasers is all links).
"""

from __future__ import annotations

import attrs

from liveblog._html.stream import Stream
from liveblog._html.text import text_of

__all__ = ["MAX_LINK_DENSITY", "MIN_LIVE_BLOCKS", "Liveness", "decide", "link_density"]

#: Fewest timed blocks of a rendered stream that make a page live without schema.org.
MIN_LIVE_BLOCKS = 5
#: Most of a stream's text that may sit in links: more is a list of teasers to elsewhere.
MAX_LINK_DENSITY = 0.6


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
        stream.timed < MIN_LIVE_BLOCKS
        or len(times) < MIN_LIVE_BLOCKS
        or stream.timed * 2 < len(stream.blocks)
    ):
        return Liveness(
            is_live=False,
            reason=f"a stream of {stream.timed} timed blocks out of {len(stream.blocks)}"
            " is too weak",
        )
    density = link_density(stream)
    if density > MAX_LINK_DENSITY:
        return Liveness(
            is_live=False,
            reason=f"the timed blocks are links to elsewhere ({density:.0%} of their text)",
        )
    return Liveness(is_live=True, reason=f"renders a stream of {stream.timed} timed blocks")


def link_density(stream: Stream) -> float:
    """Share of the blocks' text that sits inside links: teaser lists are all links."""
    total = linked = 0
    for block in stream.blocks:
        for element in block.elements:
            total += len(text_of(element))
            linked += sum(len(text_of(link)) for link in element.iter("a"))
    return linked / total if total else 0.0
