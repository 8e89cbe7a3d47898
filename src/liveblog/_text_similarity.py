"""Word sets and overlap measures used to recognise one post across snapshots and pages.

A post grows between snapshots (paragraphs are added, a typo is fixed), so the measure
is *containment*: the share of the shorter text's words found in the longer one. It
is 1.0 when an early version is a cut of the later one, whatever was appended.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = ["containment", "normalise", "words"]

_WORD: Final = re.compile(
    r"""
    [^\W_]{2,}      # a run of two or more letters or digits; one-letter words say little
    """,
    re.VERBOSE,
)
_SPACE: Final = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Fold case and accents and collapse whitespace, so "Émeute" and "emeute" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _SPACE.sub(" ", bare).strip()


def words(text: str) -> frozenset[str]:
    """Return the set of normalised words of ``text`` (two characters or more)."""
    return frozenset(_WORD.findall(normalise(text)))


def containment(first: frozenset[str], second: frozenset[str]) -> float:
    """Share of the smaller set found in the larger one (0.0 when either is empty)."""
    smaller = min(len(first), len(second))
    if smaller == 0:
        return 0.0
    return len(first & second) / smaller
