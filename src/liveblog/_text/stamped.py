"""Posts of dumps that keep one timestamp line per post ("07h42 CEST", "07.19 CEST").

A post runs from its timestamp line to the next one. An "updated" line inside it ("Mis à
jour à 07h31 CEST") is that post's updated stamp, not a new post. The first paragraph is
the post's headline when it is short, has no sentence end and more text follows it.
"""

from __future__ import annotations

import re
from datetime import datetime

import attrs

from liveblog._draft import Stamp
from liveblog._text.vocab import VOCAB
from liveblog.times import zone_for

__all__ = ["StampedPost", "split_stamped", "stamp_of"]

_CLOCK = r"(?P<h>[01]?\d|2[0-3])\s?[hH:.]\s?(?P<m>[0-5]\d)"
_ZONE = r"(?P<zone>[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})"
_AMPM = r"(?:\s?(?P<ampm>[ap]\.?m\.?))?"
_POSTED = re.compile(
    rf"^\s*(?:(?:{'|'.join(VOCAB.posted_labels)})\s+)?{_CLOCK}{_AMPM}(?:\s*\(?{_ZONE}\)?)?\s*:?\s*$",
    re.IGNORECASE,
)
_UPDATED = re.compile(
    rf"^\s*(?:{'|'.join(VOCAB.updated_labels)})\s*{_CLOCK}{_AMPM}(?:\s*\(?{_ZONE}\)?)?\s*$",
    re.IGNORECASE,
)
_SENTENCE_INSIDE = re.compile(r"[.!?…][»”\"]?\s+\S")
_NO_HEADLINE_END = re.compile(r"[.!?…:;,]\s*$")
_MAX_HEADLINE_WORDS = 30
#: A dump is taken as timestamped when at least this many timestamp lines head posts.
MIN_STAMPS = 2


@attrs.frozen
class StampedPost:
    """One post under a timestamp line."""

    headline: str | None
    paragraphs: tuple[str, ...]
    posted: Stamp | None
    updated: Stamp | None

    def text(self) -> str:
        """Join the body's paragraphs with blank lines."""
        return "\n\n".join(self.paragraphs)


def stamp_of(line: str, *, updated: bool = False) -> Stamp | None:
    """Read a timestamp line as a time-only stamp, or None if it is not one."""
    match = (_UPDATED if updated else _POSTED).match(line)
    if match is None:
        return None
    hour = int(match["h"])
    if match["ampm"]:
        hour = hour % 12 + (12 if match["ampm"][0].lower() == "p" else 0)
    zone = zone_for(match["zone"]) if match["zone"] else None
    if match["zone"] and zone is None:
        return None
    return Stamp(wall=datetime(2000, 1, 1, hour, int(match["m"])), has_date=False, zone=zone)  # noqa: DTZ001


def count_stamps(paragraphs: list[str]) -> int:
    """How many paragraphs are post timestamp lines."""
    return sum(1 for p in paragraphs if p and stamp_of(p) is not None)


def split_stamped(paragraphs: list[str]) -> tuple[list[str], list[StampedPost]]:
    """Split at timestamp lines; return the paragraphs before the first one and the posts."""
    before: list[str] = []
    posts: list[StampedPost] = []
    current: list[str] | None = None
    posted: Stamp | None = None
    updated: Stamp | None = None

    def close() -> None:
        if current is not None:
            posts.append(_post(current, posted, updated))

    for paragraph in paragraphs:
        if not paragraph:
            continue
        stamp = stamp_of(paragraph)
        if stamp is not None:
            close()
            current, posted, updated = [], stamp, None
            continue
        later = stamp_of(paragraph, updated=True)
        if later is not None and current is not None:
            updated = later
            continue
        (before if current is None else current).append(paragraph)
    close()
    return before, posts


def _post(paragraphs: list[str], posted: Stamp | None, updated: Stamp | None) -> StampedPost:
    headline = None
    if len(paragraphs) >= 2 and _is_headline(paragraphs[0]):
        headline, paragraphs = paragraphs[0], paragraphs[1:]
    return StampedPost(headline, tuple(paragraphs), posted, updated)


def _is_headline(paragraph: str) -> bool:
    words = paragraph.split()
    return (
        1 <= len(words) <= _MAX_HEADLINE_WORDS
        and not _SENTENCE_INSIDE.search(paragraph)
        and not _NO_HEADLINE_END.search(paragraph)
    )
