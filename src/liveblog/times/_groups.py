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


def read_month(g: Grammar, m: re.Match[str], p: str) -> int | None:
    word = m.group(p + "mon")
    return None if word is None else g.months.get(key(word))


def read_weekday(g: Grammar, m: re.Match[str], p: str) -> int | None:
    word = m.group(p + "wd")
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
    if (d := m.group(p + "d")) is not None:
        return int(d)
    if (w := m.group(p + "dw")) is not None:
        return g.day_words.get(key(w))
    return None


def read_day_month(g: Grammar, m: re.Match[str], p: str, parts: Parts) -> bool:
    if (day := read_day(g, m, p)) is not None:
        parts.day, parts.month = day, read_month(g, m, p)
    elif (day := read_day(g, m, p + "x")) is not None:
        parts.day, parts.month = day, read_month(g, m, p + "x")
    else:
        return False
    if (y := m.group(p + "y")) is not None:
        parts.year = int(y)
    elif (yy := m.group(p + "yy")) is not None:
        parts.year = int(yy) + (2000 if int(yy) < 50 else 1900)  # as 13/09/24 reads
    return parts.month is not None
