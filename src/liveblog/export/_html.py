"""A self-contained static HTML timeline: no script, no network, readable on a phone.

One ``<section class="day">`` per day with its header, one ``<article class="entry">``
per post with its time at its real precision ("07:42" and the zone for a minute,
"jeudi 28 novembre" for a day), its headline, text and a link to its source page.
Undated posts come last in their own section.
"""

from __future__ import annotations

from datetime import tzinfo
from html import escape
from typing import Final

from liveblog._days import DAY_OR_COARSER, in_zone
from liveblog.export._labels import (
    clock_zone,
    day_header,
    display,
    full_label,
    source_note,
    time_label,
)
from liveblog.export._schemaorg import temporal_coverage
from liveblog.export._words import Words
from liveblog.timeline import Timeline, TimelineEntry

__all__ = ["to_html"]

#: Characters of a post shown before the rest is folded under "read more".
_SHOWN_CHARS: Final = 600
#: Characters of a source page's title shown beside each post.
_SOURCE_CHARS: Final = 60

_STYLE: Final = """
:root { color-scheme: light dark; --ink: #1b1b1b; --muted: #5f6368; --line: #d0d4d9;
        --accent: #b3261e; --paper: #fff; }
@media (prefers-color-scheme: dark) {
  :root { --ink: #e8eaed; --muted: #a8adb3; --line: #3c4043; --accent: #f28b82;
          --paper: #161718; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink);
       font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header, main, footer { max-width: 44rem; margin: 0 auto; padding: 0 1rem; }
header h1 { font-size: 1.5rem; margin: 1.5rem 0 .25rem; }
.summary, footer { color: var(--muted); font-size: .9rem; }
.day > h2 { position: sticky; top: 0; background: var(--paper); margin: 1.5rem 0 .5rem;
            padding: .4rem 0; font-size: 1.1rem; border-bottom: 2px solid var(--accent); }
.entries { list-style: none; margin: 0; padding: 0; }
.entry { border-left: 3px solid var(--line); margin: 0 0 1rem; padding: .1rem 0 .1rem .9rem; }
.when { margin: 0; font-weight: 600; color: var(--accent); font-variant-numeric: tabular-nums; }
.zone, .note, .seen { font-weight: 400; color: var(--muted); font-size: .85rem; }
.entry h3 { font-size: 1.05rem; margin: .2rem 0; }
.entry p { margin: .3rem 0; overflow-wrap: anywhere; }
.src { font-size: .9rem; }
details > summary { cursor: pointer; color: var(--muted); font-size: .9rem; }
.src a { color: inherit; }
"""


def _paragraphs(text: str, words: Words) -> str:
    """Write the paragraphs; past the first ones, fold them under "read more" (no script)."""
    parts = [f"<p>{escape(part.strip())}</p>" for part in text.split("\n") if part.strip()]
    shown, shown_chars = 0, 0
    while shown < len(parts) and (shown < 1 or shown_chars + len(parts[shown]) <= _SHOWN_CHARS):
        shown_chars += len(parts[shown])
        shown += 1
    if len(parts) - shown < 1:
        return "".join(parts)
    rest = "".join(parts[shown:])
    summary = escape(words.read_more)
    return f"{''.join(parts[:shown])}<details><summary>{summary}</summary>{rest}</details>"


def _source(item: TimelineEntry, words: Words) -> str:
    url = item.url
    full = item.page.title or url or words.no_url
    short = full if len(full) <= _SOURCE_CHARS else full[: _SOURCE_CHARS - 1].rstrip() + "…"
    name = escape(short)
    if url and url.startswith(("http://", "https://")):
        href = escape(url, quote=True)
        link = f'<a href="{href}" rel="noreferrer">{escape(words.source)}: {name}</a>'
    else:
        link = f"{escape(words.source)}: {name} ({escape(words.no_url)})"
    seen = ""
    if len(item.sightings) > 1:
        seen = f' <span class="seen">· {escape(words.seen_in.format(n=len(item.sightings)))}</span>'
    related = ""
    if item.related:
        anchors = ", ".join(
            f'<a href="#{_anchor(key)}">{number}</a>' for number, key in enumerate(item.related, 1)
        )
        related = f' <span class="seen">· {escape(words.related)} {anchors}</span>'
    return f'<p class="src">{link}{seen}{related}</p>'


def _anchor(key: str) -> str:
    return "e-" + "".join(char if char.isalnum() else "-" for char in key)


def _when(item: TimelineEntry, words: Words, zone: tzinfo | None) -> str:
    time = item.time
    note = source_note(item, words)
    note_html = f' <span class="note">({escape(note)})</span>' if note else ""
    if time is None:
        return f'<p class="when">?{note_html}</p>'
    label = escape(time_label(time, words, zone))
    machine = escape(temporal_coverage(time), quote=True)
    title = escape(full_label(time, words, zone), quote=True)
    zone_html = ""
    if time.granularity not in DAY_OR_COARSER:
        zone_html = f' <span class="zone">{escape(clock_zone(in_zone(time.start, zone)))}</span>'
    return (
        f'<p class="when"><time datetime="{machine}" title="{title}">{label}</time>'
        f"{zone_html}{note_html}</p>"
    )


def _article(item: TimelineEntry, words: Words, zone: tzinfo | None) -> str:
    granularity = item.time.granularity if item.time else "none"
    headline = f"<h3>{escape(item.headline)}</h3>" if item.headline else ""
    return (
        f'<li><article class="entry" id="{_anchor(item.key)}" data-granularity="{granularity}">'
        f"{_when(item, words, zone)}{headline}{_paragraphs(item.text, words)}"
        f"{_source(item, words)}"
        "</article></li>"
    )


def to_html(
    timeline: Timeline,
    *,
    zone: str | tzinfo | None = None,
    lang: str | None = None,
    title: str | None = None,
) -> str:
    """Return a complete HTML page of the timeline, styles inline, nothing fetched.

    .. versionadded:: 0.1
    """
    words, chosen = display(timeline, lang, zone)
    heading = title or words.timeline
    body: list[str] = []
    for day in timeline.by_day(chosen):
        iso = day.date.isoformat()
        body.append(
            f'<section class="day" id="d-{iso}" data-date="{iso}">'
            f'<h2><time datetime="{iso}">{escape(day_header(day.date, words))}</time></h2>'
            '<ol class="entries">'
        )
        body.extend(_article(item, words, chosen) for item in day.entries)
        body.append("</ol></section>")
    if timeline.undated:
        body.append(
            f'<section class="day undated" id="undated"><h2>{escape(words.undated)}</h2>'
            '<ol class="entries">'
        )
        body.extend(_article(item, words, chosen) for item in timeline.undated)
        body.append("</ol></section>")
    summary = f"{words.entries.format(n=len(timeline.all_entries))} · {len(timeline.pages)} pages"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(words.code, quote=True)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{escape(heading)}</title><style>{_STYLE}</style></head>\n<body>"
        f'<header><h1>{escape(heading)}</h1><p class="summary">{escape(summary)}</p></header>\n'
        f"<main>{''.join(body)}</main>\n"
        f"<footer><p>{escape(words.generated_note)}</p></footer>\n</body></html>\n"
    )
