"""One reader per grammar rule: it turns the rule's match into ``Parts``, or rejects it.

A reader may look past its match ("le 18 et le 19 juin", "8 heures ce soir") with
``read_next``; ``read_rules`` tries the rules that may start at a word and, when a reader
rejects its match, the rules after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from liveblog.times._clocks import read_clock
from liveblog.times._grammar import DIGIT, Grammar, key
from liveblog.times._groups import (
    read_day,
    read_day_month,
    read_number,
    read_relation,
    read_weekday,
)
from liveblog.times._named import (
    read_dom2,
    read_holiday,
    read_month_rule,
    read_nightb,
    read_nightw,
    read_now,
    read_nth,
    read_range,
    read_wdcount,
    read_year_rule,
)
from liveblog.times._numeric import read_iso, read_numeric
from liveblog.times._parts import Parts

__all__ = ["READERS", "read_next", "read_rules"]

_NEXT_WORD = re.compile(r"[\s,]{0,3}(\w+)")


_BLOCK = Parts(kind="block")


_JOINED = re.compile(r"[ \t]{0,3}(?:et|and|ou|or|,|-|–|à|au|to)[ \t]{1,3}")


_BODY_WORDS = re.compile(r"\w+(?:-\w+)*")


_CONNECTORS = frozenset({"et", "and", "plus", "d"})


#: "cette semaine-ci", "ce mois-là": a period the suffix points to.
_PERIOD_SUFFIX = re.compile(r"-?(?:ci|là)\b")


#: Units that are a multiple of another: "a fortnight ago" is two weeks ago.
_MULTIPLES = {"fortnight": (2, "week")}


def _in_units(amount: int, unit: str) -> tuple[int, str]:
    times, base = _MULTIPLES.get(unit, (1, unit))
    return amount * times, base


def _date(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    weekday = read_weekday(g, m, "date_")
    parts = Parts(
        weekday=read_weekday(g, m, "date_a") if weekday is None else weekday,
        rel=read_relation(g, m.group("date_mb")),
    )
    if not read_day_month(g, m, "date_", parts):
        return None
    if parts.year is None and (y := m.group("date_y2")) is not None:
        parts.year = int(y)  # "Wed Oct 26 15:50:06 2016"
    if (pod := m.group("date_pod")) is not None:
        parts.part = g.parts.get(key(pod))  # "jeudi 28 novembre au soir"
    read_clock(g, m, "date_t", parts, _text)
    return parts


def _podtime(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    """Read "l'après-midi 7:00", "dans la soirée à 8 h": a clock moved by its part of day."""
    pod = m.group("podtime_pod") or m.group("podtime_pod2")
    parts = Parts(part=g.parts.get(key(pod)))
    if (h := m.group("podtime_hb")) is not None:
        parts.hour, parts.hour_only = read_number(g, h), True
    elif not read_clock(g, m, "podtime_", parts, text, suffix=False):
        return None
    if parts.hour is None or parts.part is None or parts.part == "NI":
        return None
    return parts


def _podof(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    """Read "dans la soirée de mercredi", "la matinée du 28 novembre": that day's part."""
    part = g.parts.get(key(m.group("podof_pod")))
    after = read_next(g, text, m.end())
    if part is None or part == "NI" or after is None:
        return None
    day_match, day = after
    named = day.weekday is not None or day.day is not None or day.offset_days is not None
    if day.kind != "day" or not named or day.part is not None or day.hour is not None:
        return None
    day.part, day.end = part, day.end or day_match.end()
    return day


def _dom(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    if (spelled := m.group("dom_sw")) is not None:
        parts = Parts(day=g.day_words.get(key(spelled)), weekday=read_weekday(g, m, "dom_sa"))
        clock = read_clock(g, m, "dom_w", parts, text, suffix=False)
        if not clock and parts.weekday is None:
            return None  # "le quinze" alone is refused: "le Premier ministre" rules
        return parts
    parts = Parts(day=read_day(g, m, "dom_"), weekday=read_weekday(g, m, "dom_a"))
    if (pod := m.group("dom_pod")) is not None:
        parts.part = g.parts.get(key(pod))  # "le 28 au soir"
    read_clock(g, m, "dom_t", parts, text)
    # "le 18 et le 19 juin": the month comes with the next day.
    joined = _JOINED.match(text, m.end())
    after = read_next(g, text, joined.end()) if joined is not None else None
    if after is not None and after[1].kind == "day" and after[1].month and after[1].day:
        parts.month, parts.year = after[1].month, after[1].year
    return parts


def _wday(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    parts = Parts(weekday=read_weekday(g, m, "wday_"))
    parts.rel = read_relation(g, m.group("wday_mb")) or read_relation(g, m.group("wday_ma"))
    if parts.rel is None and (op := m.group("wday_op")) is not None:
        parts.rel = (
            "this" if key(op) in g.this_words else "since" if key(op) in g.since_words else None
        )
    if m.group("wday_an") is not None:
        parts.rel = "afternext"
    if m.group("wday_nw") is not None:
        parts.rel = "next"
    elif m.group("wday_lw") is not None:
        parts.rel = "last"
    this = parts.rel == "this" or (m.group("wday_op") and key(m.group("wday_op")) in g.this_words)
    after = read_relation(g, m.group("wday_ma")) if m.group("wday_ma") is not None else None
    if this and after in ("coming", "last"):
        parts.rel = "coming" if after == "coming" else "recent"  # "ce mercredi passé"
    parts.day = read_day(g, m, "wday_")
    if m.group("wday_end") is not None:
        parts.hour, parts.minute, parts.second = 23, 59, 59
    if (pod := m.group("wday_pod")) is not None:
        parts.part = g.parts.get(key(pod))
    read_clock(g, m, "wday_t", parts, text)
    return parts


def _deictic(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    word = key(m.group("deictic_dx"))
    parts = Parts(offset_days=g.deictic_days.get(word))
    if word in g.relative_days and (base := _base_after(g, text, m.end("deictic_dx"))):
        # "le lendemain du 13 février", "the day after Christmas": counted from that day.
        base_match, base_parts = base
        end = base_parts.end or base_match.end()
        return Parts(kind="shift", amount=parts.offset_days or 0, base=base_parts, end=end)
    if word in g.relative_days:
        named = _names_base(g, text, m.group("deictic_dx"), m.end("deictic_dx"))
        parts.base_from = "anchor" if named else "narrative"
    if (pod := m.group("deictic_pod")) is not None:
        parts.part = g.parts.get(key(pod))
    if m.group("deictic_end") is not None:
        parts.hour, parts.minute, parts.second = 23, 59, 59
    read_clock(g, m, "deictic_t", parts, text)
    return parts


_CLAUSE_END = re.compile(r"[ \t]{0,3}(?:[.,;:!?)\n]|\Z)")
_WORD_NEXT = re.compile(r"[ \t]{1,3}\w")


def _names_base(g: Grammar, text: str, phrase: str, pos: int) -> bool:
    """Tell whether words after a relative day name what it counts from, dated or not.

    "la veille du scrutin" (a base link), "the day before the vote" (a phrase that ends
    in a shift word, then a word) do; "le lendemain, il..." and "le lendemain matin" do not.
    """
    link = g.base_link.match(text, pos)
    if link is not None and link.group().strip():
        return True
    words = phrase.split()
    last = key(words[-1]) if words else ""
    shift_words = {key(w) for w in g.data.shift_before + g.data.shift_after}
    return last in shift_words and _WORD_NEXT.match(text, pos) is not None


def _base_after(g: Grammar, text: str, pos: int) -> tuple[re.Match[str], Parts] | None:
    """Find the dated expression a relative day word counts from, if one follows."""
    link = g.base_link.match(text, pos)
    if link is None:
        return None
    found = read_next(g, text, link.end())
    if found is None or found[1].kind not in ("day", "holiday") or found[1].offset_days is not None:
        return None
    has_day = (
        found[1].month is not None or found[1].weekday is not None or found[1].kind == "holiday"
    )
    return found if has_day else None


def _dpart(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    offset, part = g.deictic_parts.get(key(m.group("dpart_dp")), (0, ""))
    parts = Parts(offset_days=offset, part=part or None)
    if not read_clock(g, m, "dpart_t", parts, text) and part == "NI":
        return Parts(kind="night", offset_days=offset)
    if part == "NI" and parts.hour is not None and 6 <= parts.hour < 12:
        parts.hour += 12  # "last night at 8"
    return parts


def _thispart(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    part = g.parts.get(key(m.group("thispart_pod")))
    if part == "NI":
        return Parts(kind="night", night_latest=True)
    parts = Parts(offset_days=0, part=part)
    read_clock(g, m, "thispart_t", parts, text)
    return parts


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


def _offset(g: Grammar, m: re.Match[str], text: str, p: str = "offset_") -> Parts | None:
    """Read "il y a trois jours", "in 2 weeks", "un mois et 21 jours": each amount and unit.

    "dans 2 jours à partir de demain" counts from its base, like a shift.
    """
    pairs = _amounts(g, m.group(p + "n"))
    if pairs is None:
        return None
    link = g.shift_link.match(text, m.end()) if p == "offset_" else None
    if link is not None and len(pairs) == 1 and (base := read_next(g, text, link.end())):
        base_match, base_parts = base
        if base_parts.kind not in ("block", "shift", "offset"):
            sign = -1 if link.group("before") is not None else 1
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
    sign = -1 if m.group(p + "ago") is not None else 1
    if months and not minutes:
        total.unit, total.amount = "month", sign * months
    elif minutes % 1440 == 0 and not months and not clock:
        total.unit, total.amount = "day", sign * minutes // 1440
    else:
        total.amount, total.month = sign * minutes, sign * months
    if m.group(p + "tclk") is not None:
        # "in 7 days at 5pm": that day at that time. An offset in hours keeps its own
        # minute and leaves the clock to be read on its own.
        timed = total.copy()
        if total.unit in ("day", "month") and read_clock(g, m, p + "t", timed, text):
            return timed
        total.end = m.start(p + "tclk")
    return total


def _offset2(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    return _offset(g, m, text, "offset2_")


def _offsetf(g: Grammar, m: re.Match[str], _text: str, p: str = "offsetf_") -> Parts | None:
    """Read an offset of hours with a fraction ("in half an hour", "2.5 hours ago").

    The value keeps the minute, as any offset in hours does.
    """
    if (word := m.group(p + "w")) is not None:
        minutes = 15 * g.fractions[key(word)]
    elif (digits := m.group(p + "d")) is not None:
        if "/" in digits:
            top, bottom = int(digits[0]), int(digits[2])
            if bottom == 0:
                return None
            minutes = round(60 * top / bottom)
        else:
            minutes = round(60 * float(digits.replace(",", ".")))
    else:
        whole = read_number(g, m.group(p + "n") or m.group(p + "n2"))
        tail = m.group(p + "t") or m.group(p + "t2")
        if whole is None or tail is None:
            return None
        minutes = 60 * whole + 15 * g.fraction_tails[key(tail)]
    sign = -1 if m.group(p + "ago") is not None else 1
    return Parts(kind="offset", unit="minute", amount=sign * minutes)


def _closest(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    """Read "the 3rd closest xmas to today": what is counted, its rank, and its base."""
    rank = g.ordinals.get(key(m.group("closest_o") or "first"), 1)
    target = read_next(g, text, m.end() - 1)
    if target is None or rank < 1:
        return None
    link = g.closest_link.match(text, target[1].end or target[0].end())
    base = None if link is None else read_next(g, text, link.end())
    if base is None or base[1].kind in ("block", "closest"):
        return None
    end = base[1].end or base[0].end()
    return Parts(kind="closest", target=target[1], base=base[1], amount=rank, end=end)


def _offsetf2(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    return _offsetf(g, m, text, "offsetf2_")


def _period(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    rel = read_relation(g, m.group("period_mb")) or read_relation(g, m.group("period_ma"))
    whole = m.group().lower()
    if rel is None and not _PERIOD_SUFFIX.search(whole):
        return None
    unit = {"semaine": "week", "week": "week", "mois": "month", "month": "month"}.get(
        key(m.group("period_u")), "year"
    )
    if unit == "week":
        # "la semaine prochaine mardi", "next week Sunday": the weekday of that week.
        after = read_next(g, text, m.end()) or _abbreviated_day(g, text, m.end())
        if after is not None and after[1].weekday is not None and after[1].rel is None:
            day = after[1]
            if day.kind == "day" and day.day is None and day.month is None:
                day.rel = {"next": "next", "last": "last"}.get(rel or "", "this")
                day.end = day.end or after[0].end()
                clock = read_next(g, text, day.end) if day.hour is None else None
                if clock is not None and _is_clock(clock[1]):
                    _set_clock(day, clock[1])  # "next week Mon 9 am"
                    day.end = clock[1].end or clock[0].end()
                return day
    return Parts(kind="period", unit=unit, rel=rel)


def _time(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    parts = Parts()
    if not read_clock(g, m, "time_", parts, text, suffix=False):
        return None
    # A day after the time ("8 heures ce soir", "7:00 on next Sunday afternoon") dates it.
    after = read_next(g, text, m.end()) or _abbreviated_day(g, text, m.end())
    if after is not None:
        day_match, day = after
        dated = day.kind == "day" and day.hour is None
        if dated and (
            day.day is not None or day.weekday is not None or day.offset_days is not None
        ):
            _set_clock(day, parts)
            day.end = day.end or day_match.end()
            return day
    if m.group("time_hb") is not None:
        return None
    cued = m.group("time_to") is not None or m.group("time_ap") is not None
    cued = cued or m.group("time_mq") is not None
    if m.group("time_hw") is not None and m.group("time_mw") is None and not cued:
        return None  # "une heure", "deux heures": a duration more often than a time
    hh = m.group("time_hh")
    spaced = hh is not None and len(hh) == 1 and text[m.end("time_hh")].isspace()
    if spaced and m.group("time_mh") is None and not cued:
        return None  # "3 h" alone reads as a duration as often as a time: keep "15 h", "à 3 h"
    return parts


def _is_clock(parts: Parts) -> bool:
    """Tell whether ``parts`` is a clock time alone, with no day of its own."""
    return (
        parts.kind == "day"
        and parts.hour is not None
        and parts.day is None
        and parts.weekday is None
        and parts.offset_days is None
    )


def _set_clock(day: Parts, clock: Parts) -> None:
    """Give ``day`` the clock time read into ``clock``."""
    day.hour, day.minute, day.second = clock.hour, clock.minute, clock.second
    day.hour_only, day.zone, day.meridiem = clock.hour_only, clock.zone, clock.meridiem


def _abbreviated_day(g: Grammar, text: str, pos: int) -> tuple[re.Match[str], Parts] | None:
    """Read a weekday abbreviation at ``pos`` ("on Fri"), where a clock or a week precedes it."""
    m = g.weekday_abbreviation.match(text, pos)
    return None if m is None else (m, Parts(weekday=g.weekdays.get(key(m.group("wd")))))


def _shift(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    amount = read_number(g, m.group("shift_n"))
    unit = g.units.get(key(m.group("shift_u")))
    if amount is None or unit is None:
        return None
    sign = -1 if m.group("shift_before") is not None else 1
    after = read_next(g, text, m.end())
    if after is None and _CLAUSE_END.match(text, m.end()):
        # "deux jours après.", "two days before,": no base named, the narrative's day.
        return Parts(kind="shift", amount=sign * amount, unit=unit, base_from="narrative")
    if after is None or after[1].kind in ("block", "shift"):
        return None
    base_match, base = after
    amount, unit = _in_units(amount, unit)
    return Parts(
        kind="shift", amount=sign * amount, unit=unit, base=base, end=base.end or base_match.end()
    )


def _block(_g: Grammar, _m: re.Match[str], _text: str) -> Parts | None:
    return _BLOCK


READERS: dict[str, Callable[[Grammar, re.Match[str], str], Parts | None]] = {
    "dur": _block,
    "set": _block,
    "nightb": read_nightb,
    "range": read_range,
    "date": _date,
    "iso": read_iso,
    "num": read_numeric,
    "wday": _wday,
    "deictic": _deictic,
    "podtime": _podtime,
    "podof": _podof,
    "nth": read_nth,
    "dom2": read_dom2,
    "wdcount": read_wdcount,
    "dom": _dom,
    "dpart": _dpart,
    "thispart": _thispart,
    "nightw": read_nightw,
    "offset": _offset,
    "offset2": _offset2,
    "closest": _closest,
    "offsetf": _offsetf,
    "offsetf2": _offsetf2,
    "shift": _shift,
    "period": _period,
    "month": read_month_rule,
    "year": read_year_rule,
    "holiday": read_holiday,
    "now": read_now,
    "time": _time,
}


def read_next(g: Grammar, text: str, pos: int) -> tuple[re.Match[str], Parts] | None:
    """Read the expression that starts at the next word after ``pos`` (a few blanks away)."""
    word = _NEXT_WORD.match(text, pos)
    if word is None:
        return None
    token = word.group(1)
    entry = g.dispatch[DIGIT] if token[0].isdigit() else g.dispatch.get(token.lower())
    return None if entry is None else read_rules(g, text, word.start(1), entry)


def read_rules(
    g: Grammar, text: str, start: int, names: tuple[str, ...]
) -> tuple[re.Match[str], Parts] | None:
    """Match the rules ``names`` at ``start``, in order, and read the first match accepted.

    A reader that rejects its match ("novembre" alone, "07.19" with no time cue) lets
    the next rule try.
    """
    compiled = g.compiled  # read directly: a method call per rule tried costs as much
    for name in names:
        m = (compiled.get(name) or g.pattern(name)).match(text, start)
        if m is not None and (parts := READERS[name](g, m, text)) is not None:
            return m, parts
    return None
