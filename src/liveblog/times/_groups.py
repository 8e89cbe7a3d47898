"""Read the named groups of a grammar match into numbers: day, month, weekday, relation.

Group names are the rule's prefix plus a fixed suffix ("date_d", "date_mon"), so one
reader serves every rule that has such a group.
"""

from __future__ import annotations

import re

from liveblog.times._grammar import Grammar, key
from liveblog.times._parts import Parts

__all__ = [
    "read_day",
    "read_day_month",
    "read_month",
    "read_number",
    "read_relation",
    "read_spelled_year",
    "read_weekday",
]


_SPLIT = re.compile(r"[-\s]+")


def read_number(g: Grammar, text: str | None) -> int | None:
    """Read a number written in digits or words ("vingt-sept" is read as 20 + 7)."""
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    whole = g.numbers.get(key(text))
    if whole is not None:
        return whole
    total = 0
    for part in _SPLIT.split(text.strip()):
        value = g.numbers.get(key(part))
        if value is None:
            return None
        total += value
    return total


_CENTURIES = range(10, 21)  # "ten" (1000s) to "twenty" (2000s)


def read_spelled_year(g: Grammar, words: str, *, word_after: bool) -> int | None:
    """Read "nineteen eighty six", "seventeen hundred thirty three", "two thousand (and) five".

    None unless the words make a year from 1000 to 2099. A count can look like a year
    ("two thousand people", "eleven hundred troops"): with no tail and a word after
    (``word_after``), a hundreds or thousands form is refused, and a thousands form always.
    """
    tokens = [key(t) for t in _SPLIT.split(words.strip())]
    tokens = [t for t in tokens if t not in g.year_links]
    if len(tokens) < 2:
        return None
    head, marker, tail = g.numbers.get(tokens[0]), tokens[1], tokens[2:]
    if marker in g.year_thousands:
        rest = _sum(g, tail)
        if head is None or head not in (1, 2) or rest is None or rest >= _CENTURY or word_after:
            return None
        return head * 1000 + rest
    if head is None or head not in _CENTURIES:
        return None
    if marker in g.year_hundreds:
        rest = _sum(g, tail)
        ok = rest is not None and rest < _CENTURY and (bool(tail) or not word_after)
    elif marker in g.year_zeros:
        rest = _sum(g, tail)
        ok = rest is not None and 0 < rest < 10 and len(tail) == 1
    else:
        rest = _sum(g, tokens[1:])
        first = g.numbers.get(marker)
        ok = rest is not None and first is not None and first >= 10 and rest < _CENTURY
    return head * 100 + rest if ok and rest is not None else None


_CENTURY = 100


def _sum(g: Grammar, tokens: list[str]) -> int | None:
    """Add up number words ("ninety three" is 93); None when one is not a number."""
    total = 0
    for token in tokens:
        value = g.numbers.get(token)
        if value is None:
            return None
        total += value
    return total


def read_month(g: Grammar, m: re.Match[str], p: str) -> int | None:
    word = m[p + "mon"]
    return None if word is None else g.months.get(key(word))


def read_weekday(g: Grammar, m: re.Match[str], p: str) -> int | None:
    word = m[p + "wd"]
    return None if word is None else g.weekdays.get(key(word))


def read_relation(g: Grammar, word: str | None) -> str | None:
    if word is None:
        return None
    k = key(word)
    if k in g.coming_words:
        return "coming"
    if k in g.recent_words:
        return "recent"
    if k in g.this_words:
        return "this"
    if k in g.next_words:
        return "next"
    if k in g.last_words:
        return "last"
    return None


def read_day(g: Grammar, m: re.Match[str], p: str) -> int | None:
    if (d := m[p + "d"]) is not None:
        return int(d)
    if (w := m[p + "dw"]) is not None:
        return g.day_words.get(key(w))
    return None


def read_day_month(g: Grammar, m: re.Match[str], p: str, parts: Parts) -> bool:
    if (day := read_day(g, m, p)) is not None:
        parts.day, parts.month = day, read_month(g, m, p)
    elif (day := read_day(g, m, p + "x")) is not None:
        parts.day, parts.month = day, read_month(g, m, p + "x")
    else:
        return False
    if (y := m[p + "y"]) is not None:
        parts.year = int(y)
    elif (yy := m[p + "yy"]) is not None:
        parts.year = int(yy)  # the resolver puts a two-digit year near the anchor
    return parts.month is not None
