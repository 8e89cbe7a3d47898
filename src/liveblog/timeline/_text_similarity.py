"""Word sets and overlap measures used to recognise one post across snapshots and pages.

A post grows between snapshots (paragraphs are added, a typo is fixed), so the measure
is *containment*: the share of the shorter text's words found in the longer one. It
is 1.0 when an early version is a cut of the later one, whatever was appended.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from itertools import chain
from typing import Final

__all__ = ["OverlapIndex", "containment", "normalise", "rarity", "words"]

_WORD: Final = re.compile(
    r"""
    [^\W_]{2,}      # a run of two or more letters or digits; one-letter words say little
    """,
    re.VERBOSE,
)
_SPACE: Final = re.compile(r"\s+")
_MARKS: Final = re.compile(
    r"""
    [\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+  # combining marks
    """,
    re.VERBOSE,
)


def normalise(text: str) -> str:
    """Fold case and accents and collapse whitespace, so "Émeute" and "emeute" compare equal."""
    folded = text.casefold()
    if not folded.isascii():
        folded = _MARKS.sub("", unicodedata.normalize("NFKD", folded))
    return _SPACE.sub(" ", folded).strip()


def words(text: str) -> frozenset[str]:
    """Return the set of normalised words of ``text`` (two characters or more)."""
    return frozenset(_WORD.findall(normalise(text)))


def containment(first: frozenset[str], second: frozenset[str]) -> float:
    """Share of the smaller set found in the larger one (0.0 when either is empty)."""
    smaller = min(len(first), len(second))
    if smaller == 0:
        return 0.0
    return len(first & second) / smaller


class OverlapIndex:
    """Find the word sets that may reach a containment threshold with a query set.

    Prefix filtering: order every set's words rarest first (one global order). Two sets
    reaching the threshold share ``need = ceil(threshold * smaller)`` words, so the
    smaller set's first ``size - need + hits`` words (its *prefix*) hold ``hits`` of
    them (``hits`` is 2, or ``need`` when smaller). A query counts, per stored set, its
    prefix words found among the set's words, and its words found in the set's prefix;
    a set is a candidate when either count reaches the ``hits`` of the smaller side.
    Candidates are a superset of the matches: callers still measure.
    """

    def __init__(self, threshold: float, rarity: Mapping[str, int], hits: int = 2) -> None:
        """Use ``rarity`` (word -> how many sets hold it) to order words, rarest first."""
        self._threshold = threshold
        self._rarity = rarity
        self._hits = hits
        self._all: dict[str, list[int]] = defaultdict(list)
        self._prefixes: dict[str, list[int]] = defaultdict(list)
        self._need: dict[int, int] = {}
        self._prefix_memo: dict[frozenset[str], tuple[list[str], int]] = {}

    def _prefix(self, words: frozenset[str]) -> tuple[list[str], int]:
        known = self._prefix_memo.get(words)
        if known is not None:
            return known
        ordered = sorted(words, key=lambda word: (self._rarity.get(word, 0), word))
        need = math.ceil(self._threshold * len(ordered) - 1e-9)
        hits = max(1, min(self._hits, need))
        known = self._prefix_memo[words] = (ordered[: max(len(ordered) - need + hits, 0)], hits)
        return known

    def add(self, key: int, words: frozenset[str]) -> None:
        """Store ``words`` under ``key`` (a key may be added again with more words)."""
        prefix, hits = self._prefix(words)
        for word in words:
            self._all[word].append(key)
        for word in prefix:
            self._prefixes[word].append(key)
        self._need[key] = hits

    def candidates(self, words: frozenset[str]) -> set[int]:
        """Keys whose words may reach the threshold with ``words``."""
        prefix, hits = self._prefix(words)
        mine = Counter(chain.from_iterable(self._all.get(word, ()) for word in prefix))
        theirs = Counter(chain.from_iterable(self._prefixes.get(word, ()) for word in words))
        found = {key for key, count in mine.items() if count >= hits}
        found.update(key for key, count in theirs.items() if count >= self._need[key])
        return found


def rarity(sets: Iterable[frozenset[str]]) -> dict[str, int]:
    """How many of ``sets`` hold each word."""
    counts: dict[str, int] = defaultdict(int)
    for words in sets:
        for word in words:
            counts[word] += 1
    return counts
