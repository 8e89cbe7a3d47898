"""Markdown: a heading per day, a bullet per post with its time, headline and source link."""

from __future__ import annotations

from datetime import tzinfo

from liveblog.export._labels import day_header, display, source_note, zoned_label
from liveblog.export._words import Words
from liveblog.timeline import Timeline, TimelineEntry

__all__ = ["to_markdown"]

_SPECIAL = str.maketrans({char: f"\\{char}" for char in "\\`*_[]<>#|"})


def _escape(text: str) -> str:
    """Escape the characters that would turn plain text into Markdown markup."""
    return " ".join(text.split()).translate(_SPECIAL)


def _bullet(item: TimelineEntry, label: str, words: Words) -> str:
    parts = [f"- **{_escape(label)}**"]
    if item.headline:
        parts.append(f"**{_escape(item.headline)}**")
    note = source_note(item, words)
    if note:
        parts.append(f"_({_escape(note)})_")
    line = " ".join(parts)
    body = _escape(item.text)
    if item.url:
        source = f"[{words.source}](<{item.url.replace('>', '%3E')}>)"
    else:
        source = f"{words.source}: {_escape(item.page.title or words.no_url)}"
    if len(item.sightings) > 1:
        source += f" · {words.seen_in.format(n=len(item.sightings))}"
    return f"{line}\n  {body}\n  {source}" if body else f"{line}\n  {source}"


def to_markdown(
    timeline: Timeline,
    *,
    zone: str | tzinfo | None = None,
    lang: str | None = None,
    title: str | None = None,
) -> str:
    """Return the timeline as Markdown: ``# title``, ``## day`` headings, one bullet per post.

    .. versionadded:: 0.1
    """
    words, chosen = display(timeline, lang, zone)
    lines = [f"# {_escape(title or words.timeline)}", ""]
    for day in timeline.by_day(chosen):
        lines.extend((f"## {day_header(day.date, words)}", ""))
        for item in day.entries:
            if item.time is None:
                continue
            lines.extend((_bullet(item, zoned_label(item.time, words, chosen), words), ""))
    if timeline.undated:
        lines.extend((f"## {words.undated}", ""))
        for item in timeline.undated:
            lines.extend((_bullet(item, "?", words), ""))
    return "\n".join(lines).rstrip("\n") + "\n"
