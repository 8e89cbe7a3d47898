"""One reader per grammar rule: it turns the rule's match into ``Parts``, or rejects it.

A reader may look past its match ("le 18 et le 19 juin", "8 heures ce soir") with
``read_next``; ``read_rules`` tries the rules that may start at a word and, when a reader
rejects its match, the rules after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from liveblog.times._clocks import clock_after, read_clock, read_suffix
from liveblog.times._compose import (
    is_clock,
    lone_weekday,
    set_clock,
    weekday_at,
)
from liveblog.times._grammar import DIGIT, Grammar, key
from liveblog.times._groups import (
    read_day,
    read_day_month,
    read_number,
    read_relation,
    read_spelled_year,
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
from liveblog.times._offsets import is_day_offset, offset_readers
from liveblog.times._parts import Parts

__all__ = ["READERS", "read_next", "read_rules"]


_NEXT_WORD = re.compile(r"[\s,]{0,3}(\w+)")


_BLOCK = Parts(kind="block")


_JOINED = re.compile(r"[ \t]{0,3}(?:et|and|ou|or|,|-|–|à|au|to)[ \t]{1,3}")


#: Offsets a weekday may pick its week from ("Monday two weeks from now").
_OFFSETS = frozenset({"offset", "offset2"})
#: Dates that may lend their month to a day before them ("18 and 19 June").
_DATES = frozenset({"date"})
#: A word in letters after a year in words ("two thousand people").
_LETTER_NEXT = re.compile(r"[ \t]{1,3}[^\W\d]")


#: "cette semaine-ci", "ce mois-là": a period the suffix points to.
_PERIOD_SUFFIX = re.compile(r"-?(?:ci|là)\b")


def _date(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    weekday = read_weekday(g, m, "date_")
    parts = Parts(
        weekday=read_weekday(g, m, "date_a") if weekday is None else weekday,
        rel=read_relation(g, m["date_mb"]),
    )
    if not read_day_month(g, m, "date_", parts):
        return None
    if (y := m["date_ys"]) is not None:
        parts.year = int(y)  # two digits: the resolver picks the century
    elif (words := m["date_yw"]) is not None:
        after = _LETTER_NEXT.match(text, m.end("date_yw")) is not None
        parts.year = read_spelled_year(g, words, word_after=after)
        if parts.year is None:
            parts.end = m.start("date_yw")  # "on 6 April twenty people": the day alone
            return parts
    if parts.year is None and (y := m["date_y2"]) is not None:
        parts.year = int(y)  # "Wed Oct 26 15:50:06 2016"
    if (pod := m["date_pod"]) is not None:
        parts.part = g.parts.get(key(pod))  # "jeudi 28 novembre au soir"
    read_clock(g, m, "date_t", parts, text)
    return parts


def _podtime(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    """Read "l'après-midi 7:00", "dans la soirée à 8 h": a clock moved by its part of day."""
    pod = m["podtime_pod"] or m["podtime_pod2"]
    parts = Parts(part=g.parts.get(key(pod)))
    if (h := m["podtime_hb"]) is not None:
        parts.hour, parts.hour_only = read_number(g, h), True
    elif not read_clock(g, m, "podtime_", parts, text, suffix=False):
        return None
    if parts.hour is None or parts.part is None or parts.part == "NI":
        return None
    return parts


def _podof(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    """Read "dans la soirée de mercredi", "la matinée du 28 novembre": that day's part."""
    part = g.parts.get(key(m["podof_pod"]))
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
    if (spelled := m["dom_sw"]) is not None:
        parts = Parts(day=g.day_words.get(key(spelled)), weekday=read_weekday(g, m, "dom_sa"))
        clock = read_clock(g, m, "dom_w", parts, text, suffix=False)
        if not clock and parts.weekday is None:
            return None  # "le quinze" alone is refused: "le Premier ministre" rules
        return parts
    parts = Parts(day=read_day(g, m, "dom_"), weekday=read_weekday(g, m, "dom_a"))
    if (pod := m["dom_pod"]) is not None:
        parts.part = g.parts.get(key(pod))  # "le 28 au soir"
    clock = read_clock(g, m, "dom_t", parts, text)
    # "le 18 et le 19 juin", "18 and 19 June": the month comes with the next day.
    joined = _JOINED.match(text, m.end())
    after = read_next(g, text, joined.end(), only=_DATES) if joined is not None else None
    if after is not None and after[1].kind == "day" and after[1].month and after[1].day:
        parts.month, parts.year = after[1].month, after[1].year
    elif m["dom_op"] is None and not (clock and text[m.end("dom_d")].isalpha()):
        return None  # a bare number is a day only before "and 19 June" or as "5th at 4 am"
    return parts


def _wday(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    parts = Parts(weekday=read_weekday(g, m, "wday_"))
    parts.rel = read_relation(g, m["wday_mb"]) or read_relation(g, m["wday_ma"])
    if parts.rel is None and (op := m["wday_op"]) is not None:
        parts.rel = (
            "this" if key(op) in g.this_words else "since" if key(op) in g.since_words else None
        )
    if m["wday_an"] is not None:
        parts.rel = "afternext"
    if m["wday_nw"] is not None:
        parts.rel = "next"
    elif m["wday_lw"] is not None:
        parts.rel = "last"
    this = parts.rel == "this" or (m["wday_op"] and key(m["wday_op"]) in g.this_words)
    after = read_relation(g, m["wday_ma"]) if m["wday_ma"] is not None else None
    if this and after in ("coming", "last"):
        parts.rel = "coming" if after == "coming" else "recent"  # "ce mercredi passé"
    parts.day = read_day(g, m, "wday_")
    if m["wday_end"] is not None:
        parts.hour, parts.minute, parts.second = 23, 59, 59
    if (pod := m["wday_pod"]) is not None:
        parts.part = g.parts.get(key(pod))
    read_suffix(g, m, parts, text)
    if lone_weekday(parts):
        # "Monday two weeks from now": that weekday in the week of the offset's day.
        offset = read_next(g, text, parts.end or m.end(), only=_OFFSETS)
        if offset is not None and is_day_offset(offset[1]):
            offset[1].weekday, offset[1].end = (
                parts.weekday,
                offset[1].end or offset[0].end(),
            )
            return offset[1]
    return parts


def _deictic(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    word = key(m["deictic_dx"])
    parts = Parts(offset_days=g.deictic_days.get(word))
    if word in g.relative_days and (base := _base_after(g, text, m.end("deictic_dx"))):
        # "le lendemain du 13 février", "the day after Christmas": counted from that day.
        base_match, base_parts = base
        end = base_parts.end or base_match.end()
        return Parts(kind="shift", amount=parts.offset_days or 0, base=base_parts, end=end)
    if word in g.relative_days:
        named = _names_base(g, text, m["deictic_dx"], m.end("deictic_dx"))
        parts.base_from = "anchor" if named else "narrative"
    if (pod := m["deictic_pod"]) is not None:
        parts.part = g.parts.get(key(pod))
    if m["deictic_end"] is not None:
        parts.hour, parts.minute, parts.second = 23, 59, 59
    read_suffix(g, m, parts, text)
    return parts


_WORD_NEXT = re.compile(r"[ \t]{1,3}\w")


def _names_base(g: Grammar, text: str, phrase: str, pos: int) -> bool:
    """Tell whether words after a relative day name what it counts from, dated or not.

    "la veille du scrutin" (a base link), "the day before the vote" (a phrase that ends
    in a shift word, then a word) do; "le lendemain, il..." and "le lendemain matin" do not.
    """
    link = g.base_link.match(text, pos)
    if link is not None and link[0].strip():
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
    if found is None or found[1].kind not in ("day", "holiday"):
        return None
    has_day = (
        found[1].month is not None
        or found[1].weekday is not None
        or found[1].kind == "holiday"
        or found[1].offset_days is not None  # "the day after tmrw"
    )
    return found if has_day else None


def _dpart(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    offset, part = g.deictic_parts.get(key(m["dpart_dp"]), (0, ""))
    parts = Parts(offset_days=offset, part=part or None)
    if not read_suffix(g, m, parts, text) and part == "NI":
        return Parts(kind="night", offset_days=offset, end=parts.end)
    if part == "NI" and parts.hour is not None and 6 <= parts.hour < 12:
        parts.hour += 12  # "last night at 8"
    return parts


def _thispart(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    part = g.parts.get(key(m["thispart_pod"]))
    if part == "NI":
        suffix = clock_after(g, m, text)  # "this night at 7": the clock stays in the mention
        return Parts(kind="night", night_latest=True, end=None if suffix is None else suffix.end())
    parts = Parts(offset_days=0, part=part)
    read_suffix(g, m, parts, text)
    return parts


def _closest(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    """Read "the 3rd closest xmas to today": what is counted, its rank, and its base."""
    rank = g.ordinals.get(key(m["closest_o"] or "first"), 1)
    target = read_next(g, text, m.end() - 1)
    if target is None or rank < 1:
        return None
    link = g.closest_link.match(text, target[1].end or target[0].end())
    base = None if link is None else read_next(g, text, link.end())
    if base is None or base[1].kind in ("block", "closest"):
        return None
    end = base[1].end or base[0].end()
    return Parts(kind="closest", target=target[1], base=base[1], amount=rank, end=end)


def _period(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    rel = read_relation(g, m["period_mb"]) or read_relation(g, m["period_ma"])
    whole = m[0].lower()
    if rel is None and not _PERIOD_SUFFIX.search(whole):
        return None
    unit = {"semaine": "week", "week": "week", "mois": "month", "month": "month"}.get(
        key(m["period_u"]), "year"
    )
    if unit == "week":
        # "la semaine prochaine mardi", "next week Sunday": the weekday of that week.
        after = read_next(g, text, m.end()) or weekday_at(g, text, m.end())
        if after is not None and after[1].weekday is not None and after[1].rel is None:
            day = after[1]
            if day.kind == "day" and day.day is None and day.month is None:
                day.rel = {"next": "next", "last": "last"}.get(rel or "", "this")
                day.end = day.end or after[0].end()
                clock = read_next(g, text, day.end) if day.hour is None else None
                if clock is not None and is_clock(clock[1]):
                    set_clock(day, clock[1])  # "next week Mon 9 am"
                    day.end = clock[1].end or clock[0].end()
                return day
    return Parts(kind="period", unit=unit, rel=rel)


def _time(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    parts = Parts()
    if not read_clock(g, m, "time_", parts, text, suffix=False):
        return None
    # A day after the time ("8 heures ce soir", "7:00 on next Sunday afternoon") dates it.
    after = read_next(g, text, m.end()) or weekday_at(g, text, m.end())
    if after is not None:
        day_match, day = after
        dated = day.kind == "day" and day.hour is None
        if dated and (
            day.day is not None or day.weekday is not None or day.offset_days is not None
        ):
            set_clock(day, parts)
            day.end = day.end or day_match.end()
            return day
    if m["time_hb"] is not None:
        return None
    cued = m["time_to"] is not None or m["time_ap"] is not None
    cued = cued or m["time_mq"] is not None
    if m["time_hw"] is not None and m["time_mw"] is None and not cued:
        return None  # "une heure", "deux heures": a duration more often than a time
    hh = m["time_hh"]
    spaced = hh is not None and len(hh) == 1 and text[m.end("time_hh")].isspace()
    if spaced and m["time_mh"] is None and not cued:
        return None  # "3 h" alone reads as a duration as often as a time: keep "15 h", "à 3 h"
    return parts


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
    "closest": _closest,
    "period": _period,
    "month": read_month_rule,
    "year": read_year_rule,
    "holiday": read_holiday,
    "now": read_now,
    "time": _time,
}


def read_next(
    g: Grammar, text: str, pos: int, only: frozenset[str] | None = None
) -> tuple[re.Match[str], Parts] | None:
    """Read the expression that starts at the next word after ``pos`` (a few blanks away).

    ``only`` limits the rules tried, so that a reader that reads on cannot chain through
    a whole text ("lundi mardi mercredi ...").
    """
    if pos >= len(text):
        return None  # the text ends: nothing to read (a match call saved)
    word = _NEXT_WORD.match(text, pos)
    if word is None:
        return None
    token = word[1]
    entry = g.dispatch[DIGIT] if token[0].isdigit() else g.dispatch.get(token.lower())
    if entry is not None and only is not None:
        entry = tuple(name for name in entry if name in only)
    return None if not entry else read_rules(g, text, word.start(1), entry)


def read_rules(
    g: Grammar, text: str, start: int, names: tuple[str, ...]
) -> tuple[re.Match[str], Parts] | None:
    """Match the rules ``names`` at ``start``, in order, and read the first match accepted.

    A reader that rejects its match ("novembre" alone, "07.19" with no time cue) lets
    the next rule try.
    """
    compiled = g.compiled  # read directly: a method call per rule tried costs as much
    for name in g.narrowing.rules_at(names, text, start):
        m = (compiled.get(name) or g.pattern(name)).match(text, start)
        if m is not None and (parts := READERS[name](g, m, text)) is not None:
            return m, parts
    return None


READERS.update(offset_readers(read_next))
