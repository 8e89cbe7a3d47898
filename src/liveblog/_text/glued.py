"""Recover posts from paragraphs whose headlines were glued to their bodies.

Scrapers that flatten a live page drop the markup between a headline and its body:
"…avec la Corée du NordLe ministre russe…". A *glue* is a lowercase letter, digit or
closing quote followed at once by a capital; a *stop-glue* is a full stop followed at once
by a capital ("…les mines.Joe Biden…"). Both are only candidates: ordinary paragraphs are
glued the same way ("…les frappes russes.La Roumanie occupe…"). A piece of text is taken
as a headline only when all of these hold:

* it starts right after a finished sentence (or the key-points list, or a paragraph start);
* it ends at a glue into a capital, or is a short paragraph of its own;
* it is 2 to 30 words long and holds no sentence end;
* what follows it reads as a body (it holds a sentence end or is long).

A headline found this way never ends with a full stop, so "russes.La Roumanie occupe …
F-16." stays inside its post.
"""

from __future__ import annotations

import re
from typing import Literal

import attrs

from liveblog._text.vocab import VOCAB

__all__ = ["Piece", "Structure", "find_structure"]

Boundary = Literal["para", "glue", "stop", "bullet"]

_BULLETS = re.escape(VOCAB.key_point_bullets)
_UPPER = "A-ZÀ-ÖØ-ÞŒ"
_LOWER = "a-zà-öø-ÿœß"
# Where a paragraph is cut into pieces. Each alternative is one kind of boundary.
_CUT = re.compile(
    rf"""(?P<bullet>(?<!\s)\s*[{_BULLETS}]\s*)                      # a key-point bullet
       | (?<=[{_LOWER}0-9»”)\]])(?P<glue>)(?=[{_UPPER}][{_LOWER}’'\s])  # glue: "NordLe"
       | (?<=[{_UPPER}]{{2}})(?P<acronym>)(?=[{_UPPER}][{_LOWER}]{{1,12}}[\s’'])  # "ONGLa Russie"
       | (?<=[{_LOWER}0-9»”)\]][.!?…])(?P<stop>)(?=[{_UPPER}«“"])      # stop-glue: "mines.Joe"
    """,
    re.VERBOSE,
)
# One optional part between blanks, never two adjacent ``\s*``: those split a long run of
# blanks every way (quadratic; tests/hostile/test_backtracking.py).
_KEY_HEADER = re.compile(
    rf"^\s*(?:{'|'.join(VOCAB.key_point_headers)})(?:\s*:)?\s*$", re.IGNORECASE
)
_SENTENCE_INSIDE = re.compile(rf"[.!?…][»”\"]?\s+[{_UPPER}«“\"]")
_SENTENCE_END = re.compile(r"[.!?…](?:\s*[»”\")\]])?\s*$")
_NO_HEADLINE_END = re.compile(r"[.!?…:;,]\s*$")
_MAX_HEADLINE_WORDS = 30
_MAX_HEADLINE_CHARS = 250
_LONG_BODY_WORDS = 15
_MIN_GLUED_HEADLINES = 3


@attrs.frozen
class Piece:
    """A stretch of one paragraph between two boundaries."""

    text: str
    paragraph: int
    start: Boundary
    end: Boundary
    #: The boundary's own characters before this piece (a bullet and its spaces), kept so
    #: that re-joined pieces reproduce the input.
    gap: str = ""


@attrs.frozen
class Post:
    """A headline (or None for the lead) and the pieces of its body."""

    headline: str | None
    body: tuple[Piece, ...]

    def text(self) -> str:
        """Join the body: pieces of one paragraph as they were, paragraphs by a blank line."""
        parts: list[str] = []
        previous: int | None = None
        for piece in self.body:
            if previous is not None:
                parts.append("\n\n" if piece.paragraph != previous else piece.gap)
            parts.append(piece.text)
            previous = piece.paragraph
        return "".join(parts).strip()


@attrs.frozen
class Structure:
    """What the glue analysis found: key points, the lead and the posts, in order."""

    key_points: tuple[str, ...]
    posts: tuple[Post, ...]
    glued_headlines: int

    @property
    def looks_live(self) -> bool:
        """A key-points list or several glued headlines: the marks of a flattened live page."""
        return bool(self.key_points) or self.glued_headlines >= _MIN_GLUED_HEADLINES


def find_structure(paragraphs: list[str]) -> Structure:
    """Cut ``paragraphs`` into pieces and read key points, lead and posts from them."""
    pieces = _cut(paragraphs)
    key_points, first_after = _key_points(pieces)
    posts: list[Post] = []
    headline: str | None = None
    body: list[Piece] = []
    glued = 0
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        if first_after is not None and first_after[0] <= index < first_after[1]:
            index += 1
            continue
        after_key_points = first_after is not None and index == first_after[1]
        previous = body[-1] if body else None
        if _is_headline(piece, previous, pieces[index + 1 :], after_key_points=after_key_points):
            if body or headline is not None:
                posts.append(Post(headline, tuple(body)))
            headline, body = piece.text.strip(), []
            glued += piece.end == "glue"
        else:
            body.append(piece)
        index += 1
    if body or headline is not None:
        posts.append(Post(headline, tuple(body)))
    return Structure(tuple(key_points), tuple(p for p in posts if p.text()), glued)


def _cut(paragraphs: list[str]) -> list[Piece]:
    pieces: list[Piece] = []
    for number, paragraph in enumerate(paragraphs):
        start: Boundary = "para"
        gap = ""
        position = 0
        for match in _CUT.finditer(paragraph):
            kind: Boundary = "glue" if match.lastgroup == "acronym" else match.lastgroup  # type: ignore[assignment]
            text = paragraph[position : match.start()]
            if text.strip():
                pieces.append(Piece(text, number, start, kind, gap))
                gap = ""
            start, position = kind, match.end()
            gap += match.group(0)
        tail = paragraph[position:]
        if tail.strip():
            pieces.append(Piece(tail, number, start, "para", gap))
    return pieces


def _key_points(pieces: list[Piece]) -> tuple[list[str], tuple[int, int] | None]:
    """Find a key-points header and its bullets; return them and the pieces they cover."""
    for index, piece in enumerate(pieces):
        if not _KEY_HEADER.match(piece.text) or piece.end != "bullet":
            continue
        points: list[str] = []
        cursor = index + 1
        while cursor < len(pieces) and pieces[cursor].start == "bullet":
            points.append(pieces[cursor].text.strip())
            cursor += 1
            if pieces[cursor - 1].end != "bullet":
                break
        if points:
            return points, (index, cursor)
    return [], None


def _is_headline(
    piece: Piece, previous: Piece | None, following: list[Piece], *, after_key_points: bool
) -> bool:
    text = piece.text.strip()
    words = text.split()
    if not 2 <= len(words) <= _MAX_HEADLINE_WORDS or len(text) > _MAX_HEADLINE_CHARS:
        return False
    if _SENTENCE_INSIDE.search(text) or _NO_HEADLINE_END.search(text):
        return False
    standalone = piece.start == "para" and piece.end == "para"
    if piece.end != "glue" and not standalone:
        return False
    if not after_key_points and previous is not None and not _SENTENCE_END.search(previous.text):
        return False
    if not following:
        return False
    nxt = following[0]
    return bool(_SENTENCE_END.search(nxt.text) or _SENTENCE_INSIDE.search(nxt.text)) or (
        len(nxt.text.split()) >= _LONG_BODY_WORDS
    )
