"""A plain-text timeline for the terminal: the command line's default output."""

from __future__ import annotations

import textwrap
from datetime import tzinfo

from liveblog.export._labels import day_header, display, source_note, zoned_label
from liveblog.export._words import Words
from liveblog.timeline import Timeline, TimelineEntry

__all__ = ["to_text"]

_WIDTH = 88
_INDENT = " " * 4
_TITLE_CHARS = 70


def _shorten(text: str, limit: int | None) -> str:
    flat = " ".join(text.split())
    if limit is None or len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0]
    return cut + " …"


def _block(item: TimelineEntry, label: str, words: Words, limit: int | None) -> list[str]:
    title = item.headline or ""
    lines = [f"{label} · {title}" if title else label]
    body = _shorten(item.text, limit)
    if body:
        lines.extend(textwrap.wrap(body, _WIDTH, initial_indent=_INDENT, subsequent_indent=_INDENT))
    source = item.url or f"({words.no_url}: {_shorten(item.page.title or '?', _TITLE_CHARS)})"
    note = source_note(item, words)
    lines.append(f"{_INDENT}↳ {source}" + (f"  [{note}]" if note else ""))
    return lines


def to_text(
    timeline: Timeline,
    *,
    zone: str | tzinfo | None = None,
    lang: str | None = None,
    limit: int | None = 280,
) -> str:
    """Return a readable chronological timeline, a header per day.

    Each post shows its time, headline, text (cut to ``limit`` characters; None keeps
    all of it) and source.

    .. versionadded:: 0.1
    """
    words, chosen = display(timeline, lang, zone)
    out: list[str] = []
    for day in timeline.by_day(chosen):
        out.extend(("", f"== {day_header(day.date, words)} ==", ""))
        for item in day.entries:
            if item.time is None:  # by_day holds dated entries only
                continue
            label = zoned_label(item.time, words, chosen)
            out.extend([*_block(item, label, words, limit), ""])
    if timeline.undated:
        out.extend(("", f"== {words.undated} ==", ""))
        for item in timeline.undated:
            out.extend([*_block(item, "?", words, limit), ""])
    summary = words.entries.format(n=len(timeline.all_entries))
    out.append(f"-- {summary}, {len(timeline.pages)} pages")
    return "\n".join(out).lstrip("\n") + "\n"
