"""Lossless JSON export: the format ``Timeline.to_json`` writes and ``from_json`` reads."""

from __future__ import annotations

from liveblog.timeline import Timeline

__all__ = ["to_json"]


def to_json(timeline: Timeline, *, indent: int | None = None) -> str:
    """Write ``timeline`` as lossless JSON, pages included (see docs/timeline.md).

    The same text as ``timeline.to_json()``; ``Timeline.from_json`` reads it back.

    .. versionadded:: 0.1
    """
    return timeline.to_json(indent=indent)
