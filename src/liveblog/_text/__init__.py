"""The plain-text path: split a text dump (or an HTML page's visible text) into drafts.

Order of work: metadata lines and the page's end (``lines``), inline boilerplate
(``cleanup``), the header (site name, title, photo caption), then one of two splitters:
timestamp lines (``stamped``) when the dump has them, else glued-headline recovery
(``glued``). Nothing here resolves dates or zones; stamps are passed on as written.
"""

from __future__ import annotations

import re

from liveblog._draft import Draft, Extraction, PageMeta
from liveblog._options import Options
from liveblog._text.cleanup import drop_captions, strip_embeds
from liveblog._text.glued import find_structure
from liveblog._text.lines import read_lines
from liveblog._text.stamped import MIN_STAMPS, count_stamps, split_stamped, stamp_of
from liveblog._text.vocab import VOCAB
from liveblog.errors import LimitError

__all__ = ["extract_text"]

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_SENTENCE_END = re.compile(r"[.!?…][»”\")\]]?\s*$")
_SENTENCE_INSIDE = re.compile(r"[.!?…][»”\"]?\s+\S")
_LIVE = re.compile("|".join(VOCAB.live_words), re.IGNORECASE)
_MAX_TITLE_WORDS = 40
_MAX_SITE_WORDS = 4


def extract_text(text: str, *, options: Options) -> Extraction:
    """Split a plain-text page into drafts, key points and page metadata."""
    footer = read_lines(text)
    paragraphs: list[str] = []
    for paragraph in footer.paragraphs:
        paragraphs.extend(strip_embeds(_squash(paragraph)) if paragraph else [""])
    paragraphs = drop_captions(paragraphs)
    title, body, header_notes = _header(paragraphs)
    notes = [*footer.notes, *header_notes]
    meta = PageMeta(url=footer.url, title=title, published=footer.published, notes=tuple(notes))
    if not any(body):
        return Extraction(meta=meta, drafts=(), reason="no text left after removing boilerplate")
    if count_stamps(body) >= MIN_STAMPS:
        extraction = _stamped(body, meta)
    else:
        extraction = _glued(body, meta, title)
    if len(extraction.drafts) > options.max_entries:
        raise LimitError(
            f"page has {len(extraction.drafts):,} entries, over "
            f"Options.max_entries={options.max_entries:,}; raise the cap to read it"
        )
    return extraction


def _squash(paragraph: str) -> str:
    return _SPACES.sub(" ", paragraph).strip()


def _header(paragraphs: list[str]) -> tuple[str | None, list[str], list[str]]:
    """Take the site name, title and captions off the top: lines before the first sentence.

    One such line is the title. With two or more, a first line of at most four words is
    the site's name; the next is the title; the rest are photo captions and go.
    """
    header: list[str] = []
    index = 0
    while index < len(paragraphs):
        line = paragraphs[index]
        if line and (
            stamp_of(line) is not None
            or _SENTENCE_END.search(line)
            or _SENTENCE_INSIDE.search(line)
            or len(line.split()) > _MAX_TITLE_WORDS
        ):
            break
        if line:
            header.append(line)
        index += 1
    body = paragraphs[index:]
    if not header or index >= len(paragraphs):
        return None, paragraphs, []
    notes: list[str] = []
    if len(header) >= 2 and len(header[0].split()) <= _MAX_SITE_WORDS:
        notes.append(f"site name line {header[0]!r}")
        header = header[1:]
    title = _strip_section(header[0])
    if len(header) > 1:
        notes.append(f"dropped {len(header) - 1} caption line(s) under the title")
    return title, body, notes


def _strip_section(title: str) -> str:
    """Drop a trailing " | Section" (at most three words) from a title."""
    for separator in VOCAB.title_separators:
        head, found, tail = title.rpartition(separator)
        if found and head and len(tail.split()) <= 3:
            return head.strip()
    return title


def _stamped(body: list[str], meta: PageMeta) -> Extraction:
    before, posts = split_stamped(body)
    drafts: list[Draft] = []
    lead = "\n\n".join(p for p in before if p)
    if lead:
        drafts.append(Draft(headline=None, text=lead, role="lead", strategy="text:lead"))
    drafts.extend(
        Draft(
            headline=post.headline,
            text=post.text(),
            role="post",
            strategy="text:timestamp-lines",
            posted=post.posted,
            updated=post.updated,
        )
        for post in posts
        if post.paragraphs or post.headline
    )
    return Extraction(meta=meta, drafts=tuple(drafts), is_live=True, notes=("timestamp lines",))


def _glued(body: list[str], meta: PageMeta, title: str | None) -> Extraction:
    structure = find_structure(body)
    live = structure.looks_live or bool(title and _LIVE.search(title))
    if not live:
        text = "\n\n".join(p for p in body if p)
        draft = Draft(headline=None, text=text, role="article", strategy="text:article")
        return Extraction(meta=meta, drafts=(draft,), is_live=False, notes=("no live structure",))
    drafts = []
    for number, post in enumerate(structure.posts):
        lead = number == 0 and post.headline is None
        drafts.append(
            Draft(
                headline=post.headline,
                text=post.text(),
                role="lead" if lead else "post",
                strategy="text:lead" if lead else "text:glued-headlines",
            )
        )
    return Extraction(
        meta=meta,
        drafts=tuple(drafts),
        key_points=structure.key_points,
        is_live=True,
        notes=(f"{structure.glued_headlines} glued headline(s) recovered",),
    )
