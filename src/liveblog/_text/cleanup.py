"""Boilerplate inside paragraphs: social embeds, photo credits and their captions.

Embeds are cut out and leave a paragraph break behind, because what follows an embed in a
glued dump is usually the next post's headline. A paragraph that ends in a photo credit is
a caption (or a gallery of them) and goes whole; a short line just before a standalone
credit line is that photo's caption and goes too.
"""

from __future__ import annotations

import re

from liveblog._text.vocab import VOCAB

__all__ = ["drop_captions", "strip_embeds"]

_CREDIT_LABEL = "|".join(VOCAB.credit_labels)
# A credit: "Photographie : Getty Images", "Photo : Agence AFP", "Photograph: Reuters".
_CREDIT = re.compile(rf"(?:^|(?<=[.!?»)]\s))(?:{_CREDIT_LABEL})\s?:\s?\S", re.IGNORECASE)
# Whole line that is only a credit.
_CREDIT_LINE = re.compile(rf"^(?:{_CREDIT_LABEL})\s?:\s?[^.!?]{{1,120}}$", re.IGNORECASE)
# A sentence end followed by more prose: what a credit at a paragraph's end never has.
_SENTENCE_AFTER = re.compile(r"[.!?…]\s+\S+\s+\S+")

# A TikTok embed as dumps flatten it: "@account … ♬ sound title – Account Name".
_TIKTOK = re.compile(
    rf"""(?:^|(?<=\s))@(?P<handle>[\w.]{{2,40}})\s   # the account handle opens the embed
        [^♬]{{0,3000}}?                             # caption and hashtags, bounded
        {VOCAB.sound_credit}[^–—\n-]{{0,120}}[–—-]\s*  # the sound credit up to its dash
    """,
    re.VERBOSE,
)
# A tweet as dumps flatten it: "… pic.twitter.com/x — Name (@handle) November 29, 2024".
_TWEET_TAIL = re.compile(
    r"""[—-]\s[^—()\n]{1,80}\(@\w{1,30}\)\s          # "— Name (@handle) "
        (?:[A-Z][a-z]{2,8}|\d{1,2})\s?\d{0,2},?\s\d{4}  # "November 29, 2024"
    """,
    re.VERBOSE,
)
_INSTAGRAM = re.compile(
    r"(?:a\s+post\s+shared\s+by|une\s+publication\s+partagée\s+par)\s[^\n()]{1,80}\(@[\w.]{1,30}\)",
    re.IGNORECASE,
)
_NAME_TOKEN = re.compile(r"\S+")
_LETTERS = re.compile(r"[^\w]|_")


def strip_embeds(paragraph: str) -> list[str]:
    """Cut social embeds out of ``paragraph``; return the pieces around them."""
    pieces: list[str] = []
    rest = paragraph
    while True:
        match = _TIKTOK.search(rest)
        if match is None:
            break
        end = match.end() + _account_name_length(rest[match.end() :], match["handle"])
        pieces.append(rest[: match.start()])
        rest = rest[end:]
    pieces.append(rest)
    out: list[str] = []
    for piece in pieces:
        cleaned = _INSTAGRAM.sub("\n", _TWEET_TAIL.sub("\n", piece))
        out.extend(part.strip() for part in cleaned.split("\n"))
    return [part for part in out if part]


def _account_name_length(text: str, handle: str) -> int:
    """Length of the account name after a sound credit's dash.

    The name is the shortest run of words whose letters spell the handle
    ("L’Express" for @lexpress); failing that, the first word alone.
    """
    target = handle.lower().replace(".", "").replace("_", "")
    spelled = ""
    for match in _NAME_TOKEN.finditer(text[:200]):
        spelled += _LETTERS.sub("", match.group(0)).lower()
        if spelled == target:
            return match.end()
        if not target.startswith(spelled):
            break
    first = _NAME_TOKEN.match(text)
    return first.end() if first else 0


def drop_captions(paragraphs: list[str]) -> list[str]:
    """Remove caption paragraphs: those ending in a credit, and the line a credit line follows."""
    kept: list[str] = []
    for paragraph in paragraphs:
        if not paragraph:
            kept.append(paragraph)
            continue
        if _CREDIT_LINE.match(paragraph):
            previous = _last_text(kept)
            if previous is not None and len(kept[previous].split()) <= 40:
                del kept[previous]
            continue
        last = None
        for last in _CREDIT.finditer(paragraph):  # noqa: B007 (only the last one matters)
            pass
        if last is not None and not _SENTENCE_AFTER.search(paragraph, last.end()):
            continue
        kept.append(paragraph)
    return kept


def _last_text(paragraphs: list[str]) -> int | None:
    for index in range(len(paragraphs) - 1, -1, -1):
        if paragraphs[index]:
            return index
    return None
