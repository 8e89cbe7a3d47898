"""Line-level reading of a text dump: footer metadata, the page's end, droppable lines.

A dump is a sequence of paragraphs, one per line. Metadata lines ("Source link : …",
"Publish date : …", a bare date or epoch) are read and removed wherever they stand;
everything after an end marker ("Leave a Comment", "Quitter la version mobile") belongs
to another page and is ignored, so a teaser's date can never date this page.
"""

from __future__ import annotations

import re

import attrs

from liveblog._draft import Stamp
from liveblog._isotime import parse_epoch, parse_iso
from liveblog._text.vocab import VOCAB

__all__ = ["Footer", "is_droppable", "read_lines"]


def _label(fragments: tuple[str, ...]) -> re.Pattern[str]:
    """Compile ``label : value`` for any of ``fragments``, value captured."""
    alternatives = "|".join(fragments)
    return re.compile(rf"^\s*(?:{alternatives})\s*:\s*(?P<value>.*?)\s*$", re.IGNORECASE)


_SOURCE = _label(VOCAB.source_link)
_PUBLISHED = _label(VOCAB.publish_date)
_AUTHOR = _label(VOCAB.author)
_TAGS = _label(VOCAB.tags)
_COPYRIGHT = re.compile(rf"^\s*(?:{'|'.join(VOCAB.copyright)})", re.IGNORECASE)
_END = re.compile(rf"^\s*(?:{'|'.join(VOCAB.end_markers)})", re.IGNORECASE)
_DROP = re.compile(rf"^\s*(?:{'|'.join(VOCAB.drop_lines)})", re.IGNORECASE)
_URL = re.compile(r"https?://\S{1,2000}")
# A line with no letters at all: rules, dots, plus signs.
_DECORATIVE = re.compile(r"^[\W\d_]*$")
_HASHTAG = re.compile(r"#\w[\w-]*")
_EMAIL_PROTECTED = re.compile(r"\[email\s*protected\]", re.IGNORECASE)
# Two or more pictographs (spaces allowed between them) open a promo line: "📧 📬 🌍 …".
_LEADING_EMOJI = re.compile(
    r"^\s*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55]\ufe0f?\s?){2}"
)
_SHARE_WORDS = frozenset(VOCAB.share_words)


@attrs.frozen
class Footer:
    """What the metadata lines said, and the lines left to split."""

    paragraphs: tuple[str, ...]
    url: str | None = None
    published: Stamp | None = None
    author: str | None = None
    notes: tuple[str, ...] = ()


def read_lines(text: str) -> Footer:
    """Read metadata lines, cut at the page's end, drop non-content lines."""
    url: str | None = None
    labelled: Stamp | None = None
    bare: Stamp | None = None
    epoch: Stamp | None = None
    author: str | None = None
    notes: list[str] = []
    kept: list[str] = []
    ended = False
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            if kept and kept[-1]:
                kept.append("")
            continue
        if match := _SOURCE.match(line):
            found = _URL.search(match["value"])
            if found and url is None:
                url = found.group(0)
                notes.append("url from a 'Source link' line")
            continue
        if match := _PUBLISHED.match(line):
            stamp = parse_iso(match["value"])
            if stamp is not None and labelled is None:
                labelled = stamp
            continue
        if match := _AUTHOR.match(line):
            author = author or match["value"] or None
            continue
        if _TAGS.match(line) or _COPYRIGHT.match(line):
            continue
        if ended:
            continue
        if _END.match(line):
            ended = bool([p for p in kept if p])
            continue
        if (stamp := parse_iso(line)) is not None:
            bare = bare or stamp
            continue
        if (stamp := parse_epoch(line)) is not None:
            epoch = epoch or stamp
            continue
        if is_droppable(line):
            continue
        kept.append(line)
    published = labelled or bare or epoch
    if published is not None:
        source = "a 'Publish date' line" if labelled else "a bare date line" if bare else "an epoch"
        notes.append(f"published from {source}")
    while kept and not kept[-1]:
        kept.pop()
    return Footer(
        paragraphs=tuple(kept), url=url, published=published, author=author, notes=tuple(notes)
    )


def is_droppable(line: str) -> bool:
    """Whether a whole line is boilerplate: ads, promos, share bars, hashtags, decoration."""
    if _DROP.match(line) or _DECORATIVE.match(line):
        return True
    if _EMAIL_PROTECTED.search(line) or _LEADING_EMOJI.match(line):
        return True
    words = line.split()
    tags = len(_HASHTAG.findall(line))
    if tags >= 3 and tags * 2 >= len(words):
        return True
    return bool(words) and " ".join(words).lower() in _SHARE_WORDS
