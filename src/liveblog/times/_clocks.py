"""Read the clock groups of a match: "14h05", "2 pm", "sept heures moins dix", "midi".

Every rule that may carry a time ("vendredi à 9 h 30", "tomorrow at 5pm") names its
clock groups with its own prefix, so this one reader serves them all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from liveblog.times._grammar import SUFFIX_RULE, Grammar, key
from liveblog.times._groups import read_number
from liveblog.times._parts import Parts
from liveblog.times._rules import SUFFIX
from liveblog.times._zones import zone_for

__all__ = ["clock_after", "read_clock", "read_suffix"]

#: The meridiem value of "at night": 12 is midnight, 6 to 11 the evening, 1 to 5 the small hours.
_NIGHT = 24
_SUFFIX_ONLY = (SUFFIX_RULE,)


class _Names(dict[str, str]):
    """A clock prefix's group names by suffix ("hc" → "dom_thc"), each joined on first read."""

    __slots__ = ("prefix",)

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.prefix = prefix

    def __missing__(self, suffix: str) -> str:
        name = self[suffix] = self.prefix + suffix
        return name


@lru_cache(maxsize=64)
def _names(p: str) -> _Names:
    """Name the clock groups of prefix ``p`` once, not with a string join at every read."""
    return _Names(p)


def read_clock(
    g: Grammar, m: re.Match[str], p: str, parts: Parts, text: str, *, suffix: bool = True
) -> bool:
    """Read the clock groups of prefix ``p`` into ``parts``; False when there is no clock.

    ``suffix`` says the groups come from a time suffix after a day (group ``clk``), which
    may hold a bare hour ("à 7"); the time rule has its own bare hour before a day word.
    """
    n = _names(p)
    if suffix and m[n["clk"]] is None:
        return False
    if n["hb"] in m.re.groupindex and (h := m[n["hb"]]) is not None:
        bare_hour = read_number(g, h)
        if bare_hour is None or bare_hour > 23:
            return False
        parts.hour, parts.hour_only = bare_hour, True
        return True
    hour = _digit_clock(g, m, p, n, parts, text=text)
    if hour is None:
        hour = _word_clock(g, m, p, n, parts)
    if hour is None or not 0 <= hour <= 24 or parts.minute > 59:
        return False
    if (q := m[n["mq"]]) is not None:
        extra = g.minute_words.get(key(q), 0)
        if extra < 0:
            hour, parts.minute = hour - 1, 60 + extra
        else:
            parts.minute = extra
        parts.hour_only = False
    if (ap := m[n["ap"]]) is not None and m[n["cw"]] is None:
        shift = g.meridiems.get(key(ap), 0)
        parts.meridiem = True
        if shift == _NIGHT:
            hour = 0 if hour == 12 else hour + 12 if 6 <= hour < 12 else hour
        elif shift == 12 and hour < 12:
            hour += 12
        elif shift == 0 and hour == 12:
            hour = 0
    elif n["apn"] in m.re.groupindex and m[n["apn"]] is not None:
        hour = 0 if hour in (12, 24) else hour + 12 if 6 <= hour < 12 else hour
    parts.hour = hour % 24
    if m[n["z"]] is not None:
        parts.zone = zone_for(text[m.start(n["z"]) : m.end(n["z"])].replace(" ", ""))
    elif (zw := m[n["zw"]]) is not None and (label := g.zone_phrases.get(key(zw))):
        parts.zone = zone_for(label)
    return True


def clock_after(g: Grammar, m: re.Match[str], text: str) -> re.Match[str] | None:
    """Match the time suffix where the rule's match ``m`` ends ("demain à 9 h"), or None.

    The rules that end with a clock leave it out of their own pattern: one compiled copy
    is matched here, after a rule matched, instead of a copy inside every rule tried.
    """
    end = m.end()
    if not g.narrowing.rules_at(_SUFFIX_ONLY, text, end):
        return None  # no clock can start here: the suffix's match is skipped
    found = g.time_suffix.match(text, end)
    return None if found is None or found[SUFFIX + "clk"] is None else found


def read_suffix(g: Grammar, m: re.Match[str], parts: Parts, text: str) -> bool:
    """Read the time suffix after ``m`` into ``parts``; False when there is no clock.

    A suffix that matches ends the mention, read or not (as when it was part of the rule):
    ``parts.end`` is set to its end.
    """
    found = clock_after(g, m, text)
    if found is None:
        return False
    parts.end = found.end()
    return read_clock(g, found, SUFFIX, parts, text)


def _digit_clock(
    g: Grammar, m: re.Match[str], p: str, n: dict[str, str], parts: Parts, *, text: str
) -> int | None:
    """Read "14:05:30", "14h05", "07.19" (at a line start or after "à"), or None."""
    if (h := m[n["hc"]]) is not None:
        parts.minute = int(m[n["mc"]])
        if (s := m[n["sc"]]) is not None:
            parts.second = int(s)
        return int(h)
    if (h := m[n["hh"]]) is not None:
        minute = m[n["mh"]] or m[n["mhw"]]
        parts.minute = (read_number(g, minute) or 0) if minute else 0
        parts.hour_only = minute is None
        return int(h)
    if (h := m[n["hd"]]) is not None:
        parts.minute = int(m[n["md"]])
        start = m.start(n["hd"])
        line_start = start == 0 or text[start - 1] == "\n"
        opener = m["time_to"] if p == "time_" else "x"
        return int(h) if line_start or opener or m[n["ap"]] else -99
    return None


def _word_clock(
    g: Grammar, m: re.Match[str], p: str, n: dict[str, str], parts: Parts
) -> int | None:
    """Read "2 pm", "sept heures moins dix", "eight forty", "a quarter past eight", "midi"."""
    if (h := m[n["hn"]]) is not None:
        parts.minute = int(m[n["mn"]])
        return int(h)
    if (h := m[n["hm"]]) is not None:
        parts.hour_only = True
        return read_number(g, h)
    if (h := m[n["hg"]]) is not None:
        # "9p", "7a": glued letters, read only after "at"/"à" or a day (else "article 5a").
        glued = int(h) % 12 + (12 if m[n["apg"]] == "p" else 0)
        parts.hour_only, parts.meridiem = True, True
        return glued if p != "time_" or m["time_to"] is not None else None
    if (h := m[n["hw"]]) is not None:
        hour = read_number(g, h)
        minute = read_number(g, m[n["mw"]])
        parts.minute = minute or 0
        if minute is not None and m[n["neg"]] is not None and hour is not None:
            hour, parts.minute = hour - 1, 60 - minute
        parts.hour_only = minute is None
        return hour
    if (h := m[n["hx"]]) is not None:
        minute = read_number(g, m[n["mx"]])
        parts.minute = minute if minute is not None else 99
        return read_number(g, h)
    if (h := m[n["hq"]]) is not None:
        return read_number(g, h)
    if (h := m[n["rh"]]) is not None:
        return _relative_clock(g, m, n, parts, h)
    if (h := m[n["cw"]]) is not None:
        parts.hour_only = key(h) in g.rough_clock_words
        if (words := m[n["cwm"]]) is not None:
            # "minuit trois": only an exact clock word takes minutes.
            minute = read_number(g, words)
            if parts.hour_only or minute is None:
                return None
            parts.minute = minute
        return g.clock_words.get(key(h))
    if (h := m[n["hi"]]) is not None:
        parts.hour_only = True
        return int(h)
    return None


def _relative_clock(
    g: Grammar, m: re.Match[str], n: dict[str, str], parts: Parts, h: str
) -> int | None:
    """Read "a quarter past eight", "20 minutes to nine"."""
    hour = read_number(g, h)
    word = m[n["rm"]]
    minute = g.quarter_words.get(key(word))
    minute = read_number(g, word) if minute is None else minute
    if hour is None or minute is None or minute > 59:
        return None
    if m[n["rp"]] is None:
        # "ten to nine" is rare next to "two to four people": want a quarter or "minutes".
        if key(word) not in g.quarter_words and m[n["rmin"]] is None:
            return None
        hour, minute = hour - 1, 60 - minute
    parts.minute = minute
    return hour
