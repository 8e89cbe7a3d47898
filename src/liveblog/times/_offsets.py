"""Read offsets and shifts: "il y a trois jours", "in 2 weeks", "three days after Christmas".

An offset counts from the anchor, a shift from the expression after it; either may carry
the weekday after it ("in 3 days on Friday"). The readers that look past their match get
``read_next`` from ``liveblog.times._readers`` through ``offset_readers``, so this module
does not import it back.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from liveblog.times._clocks import clock_after, read_clock
from liveblog.times._compose import CALENDAR_UNITS, weekday_at
from liveblog.times._grammar import Grammar, key
from liveblog.times._groups import read_number
from liveblog.times._parts import Parts
from liveblog.times._rules import SUFFIX

__all__ = ["NextReader", "Reader", "is_day_offset", "offset_readers"]

#: Reads the expression at the next word after a position (``_readers.read_next``).
NextReader = Callable[[Grammar, str, int], "tuple[re.Match[str], Parts] | None"]
#: A rule's reader: its match into ``Parts``, or None to reject it.
Reader = Callable[[Grammar, re.Match[str], str], "Parts | None"]

_BODY_WORDS = re.compile(r"\w+(?:-\w+)*")
_CONNECTORS = frozenset({"et", "and", "plus", "d"})
_CLAUSE_END = re.compile(r"[ \t]{0,3}(?:[.,;:!?)\n]|\Z)")
#: Units that are a multiple of another: "a fortnight ago" is two weeks ago.
_MULTIPLES = {"fortnight": (2, "week")}


def _in_units(amount: int, unit: str) -> tuple[int, str]:
    """Convert ``amount`` of ``unit`` into its base unit ("2 fortnights" is 4 weeks)."""
    times, base = _MULTIPLES.get(unit, (1, unit))
    return amount * times, base


def _amounts(g: Grammar, body: str) -> list[tuple[int, str]] | None:
    """Split "un mois et 21 jours", "2 years 1 month 21 days" into (amount, unit) pairs."""
    pairs: list[tuple[int, str]] = []
    number: list[str] = []
    for word in _BODY_WORDS.findall(body):
        unit = g.units.get(key(word))
        if unit is not None and number:
            amount = read_number(g, " ".join(number))
            if amount is None:
                return None
            pairs.append(_in_units(amount, unit))
            number = []
        elif word not in _CONNECTORS and key(word) not in g.amount_fillers:
            number.append(word)
    return pairs if pairs and not number else None


def _offset(
    g: Grammar,
    m: re.Match[str],
    text: str,
    *,
    read_next: NextReader,
    p: str = "offset_",
) -> Parts | None:
    """Read "il y a trois jours", "in 2 weeks", "un mois et 21 jours": each amount and unit.

    "dans 2 jours à partir de demain" counts from its base, like a shift.
    """
    pairs = _amounts(g, m[p + "n"])
    if pairs is None:
        return None
    suffix = clock_after(g, m, text)  # "in 7 days at 5pm"
    end = m.end() if suffix is None else suffix.end()
    link = g.shift_link.match(text, end) if p == "offset_" else None
    if link is not None and len(pairs) == 1 and (base := read_next(g, text, link.end())):
        base_match, base_parts = base
        if base_parts.kind not in ("block", "shift", "offset"):
            sign = -1 if link["before"] is not None else 1
            amount, unit = pairs[0]
            end = base_parts.end or base_match.end()
            return Parts(kind="shift", amount=sign * amount, unit=unit, base=base_parts, end=end)
    total = Parts(kind="offset", unit="minute")
    per_unit = {"day": 1440, "week": 10080, "hour": 60, "minute": 1}
    months = minutes = 0
    clock = False
    for amount, unit in pairs:
        clock = clock or unit in ("hour", "minute")
        if unit in ("month", "year"):
            months += amount * (12 if unit == "year" else 1)
        else:
            minutes += amount * per_unit.get(unit, 0)
    sign = -1 if m[p + "ago"] is not None else 1
    if months and not minutes:
        total.unit, total.amount = "month", sign * months
    elif minutes % 1440 == 0 and not months and not clock:
        total.unit, total.amount = "day", sign * minutes // 1440
    else:
        total.amount, total.month = sign * minutes, sign * months
    if suffix is not None:
        # "in 7 days at 5pm": that day at that time. An offset in hours keeps its own
        # minute and leaves the clock to be read on its own.
        timed = total.copy()
        if total.unit in ("day", "month") and read_clock(g, suffix, SUFFIX, timed, text):
            timed.end = end
            return timed
        total.end = m.end()  # the mention stops before the clock
    return _weekday_after(g, text, total, end)


def is_day_offset(parts: Parts) -> bool:
    """Tell whether ``parts`` counts days, weeks, months or years and has no weekday yet."""
    return (
        parts.kind in ("offset", "shift")
        and parts.unit in CALENDAR_UNITS
        and parts.weekday is None
        and (parts.base is None or parts.base.hour is None or parts.base.kind == "now")
    )


def _weekday_after(g: Grammar, text: str, parts: Parts, end: int) -> Parts:
    """Give an offset the weekday right after it: "in 3 days on Friday" is that week's Friday."""
    after = weekday_at(g, text, parts.end or end) if parts.unit in CALENDAR_UNITS else None
    if after is not None:
        parts.weekday, parts.end = after[1].weekday, after[0].end()
    return parts


def _offsetf(g: Grammar, m: re.Match[str], _text: str, p: str = "offsetf_") -> Parts | None:
    """Read an offset of hours with a fraction ("in half an hour", "2.5 hours ago").

    The value keeps the minute, as any offset in hours does.
    """
    if (word := m[p + "w"]) is not None:
        minutes = 15 * g.fractions[key(word)]
    elif (digits := m[p + "d"]) is not None:
        if "/" in digits:
            top, bottom = int(digits[0]), int(digits[2])
            if bottom == 0:
                return None
            minutes = round(60 * top / bottom)
        else:
            minutes = round(60 * float(digits.replace(",", ".")))
    else:
        whole = read_number(g, m[p + "n"] or m[p + "n2"])
        tail = m[p + "t"] or m[p + "t2"]
        if whole is None or tail is None:
            return None
        minutes = 60 * whole + 15 * g.fraction_tails[key(tail)]
    sign = -1 if m[p + "ago"] is not None else 1
    return Parts(kind="offset", unit="minute", amount=sign * minutes)


def _shift(g: Grammar, m: re.Match[str], text: str, *, read_next: NextReader) -> Parts | None:
    amount = read_number(g, m["shift_n"])
    unit = g.units.get(key(m["shift_u"]))
    if amount is None or unit is None:
        return None
    sign = -1 if m["shift_before"] is not None else 1
    after = read_next(g, text, m.end())
    if after is None and _CLAUSE_END.match(text, m.end()):
        # "deux jours après.", "two days before,": no base named, the narrative's day.
        return Parts(kind="shift", amount=sign * amount, unit=unit, base_from="narrative")
    if after is None or after[1].kind in ("block", "shift"):
        return None
    base_match, base = after
    amount, unit = _in_units(amount, unit)
    shift = Parts(
        kind="shift",
        amount=sign * amount,
        unit=unit,
        base=base,
        end=base.end or base_match.end(),
    )
    return _weekday_after(g, text, shift, shift.end or m.end())


def offset_readers(read_next: NextReader) -> dict[str, Reader]:
    """Build the readers of the offset and shift rules around the next-expression reader."""
    return {
        "offset": partial(_offset, read_next=read_next),
        "offset2": partial(_offset, read_next=read_next, p="offset2_"),
        "offsetf": _offsetf,
        "offsetf2": partial(_offsetf, p="offsetf2_"),
        "shift": partial(_shift, read_next=read_next),
    }
