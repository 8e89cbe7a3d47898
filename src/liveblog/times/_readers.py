"""One reader per grammar rule: it turns the rule's match into ``Parts``, or rejects it.

A reader may look past its match ("le 18 et le 19 juin", "8 heures ce soir") with
``read_next``; ``read_rules`` tries the rules that may start at a word and, when a reader
rejects its match, the rules after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from liveblog.times._clocks import read_clock
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
    read_month,
    read_number,
    read_relation,
    read_spelled_year,
    read_weekday,
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


def _date(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    parts = Parts(weekday=read_weekday(g, m, "date_"), rel=read_relation(g, m.group("date_mb")))
    if not read_day_month(g, m, "date_", parts):
        return None
    if (y := m.group("date_ys")) is not None:
        parts.year = int(y)  # two digits: the resolver picks the century
    elif (words := m.group("date_yw")) is not None:
        after = _LETTER_NEXT.match(text, m.end("date_yw")) is not None
        parts.year = read_spelled_year(g, words, word_after=after)
        if parts.year is None:
            parts.end = m.start("date_yw")  # "on 6 April twenty people": the day alone
            return parts
    if parts.year is None and (y := m.group("date_y2")) is not None:
        parts.year = int(y)  # "Wed Oct 26 15:50:06 2016"
    read_clock(g, m, "date_t", parts, text)
    return parts


def _nth(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    rank = g.ordinals.get(key(m.group("nth_n")))
    parts = Parts(kind="nth", weekday=read_weekday(g, m, "nth_"), amount=rank or 1)
    parts.month = read_month(g, m, "nth_")
    if (y := m.group("nth_y")) is not None:
        parts.year = int(y)
    parts.rel = read_relation(g, m.group("nth_mb")) or read_relation(g, m.group("nth_ma"))
    if parts.amount < 0 and parts.month is None and parts.rel is None:
        return None  # "dernier mercredi" is last week's, not the month's last
    return parts


def _wdcount(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    """Read "2 sundays from now", "2 thursdays ago": the n-th such day from the anchor."""
    count = read_number(g, m.group("wdcount_n"))
    if count is None or not 0 < count < 1000:
        return None
    sign = -1 if m.group("wdcount_ago") is not None else 1
    return Parts(kind="wdcount", weekday=read_weekday(g, m, "wdcount_"), amount=sign * count)


def _dom2(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    rel = read_relation(g, m.group("dom2_mb")) or read_relation(g, m.group("dom2_ma"))
    return Parts(kind="dom2", day=read_day(g, m, "dom2_"), rel=rel)


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


def _dom(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    parts = Parts(day=read_day(g, m, "dom_"))
    clock = read_clock(g, m, "dom_t", parts, text)
    # "le 18 et le 19 juin", "18 and 19 June": the month comes with the next day.
    joined = _JOINED.match(text, m.end())
    after = read_next(g, text, joined.end(), only=_DATES) if joined is not None else None
    if after is not None and after[1].kind == "day" and after[1].month and after[1].day:
        parts.month, parts.year = after[1].month, after[1].year
    elif m.group("dom_op") is None and not (clock and text[m.end("dom_d")].isalpha()):
        return None  # a bare number is a day only before "and 19 June" or as "5th at 4 am"
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
    if lone_weekday(parts):
        # "Monday two weeks from now": that weekday in the week of the offset's day.
        offset = read_next(g, text, m.end(), only=_OFFSETS)
        if offset is not None and is_day_offset(offset[1]):
            offset[1].weekday, offset[1].end = (
                parts.weekday,
                offset[1].end or offset[0].end(),
            )
            return offset[1]
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


def _nightw(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    offset = g.night_words.get(key(m.group("nightw_nw")), 99)
    if offset == 99:
        return Parts(kind="night", night_latest=True)
    return Parts(kind="night", offset_days=offset)


def _nightb(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    parts = Parts(kind="night", month=read_month(g, m, "nightb_"))
    if (y := m.group("nightb_y")) is not None:
        parts.year = int(y)
    second_wd = read_weekday(g, m, "nightb_b")
    second_day = read_day(g, m, "nightb_b") or read_day(g, m, "nightb_bx")
    if second_wd is not None or second_day is not None:
        parts.rel = "pair"
        parts.weekday, parts.day = second_wd, second_day
    else:
        parts.weekday = read_weekday(g, m, "nightb_a")
        parts.day = read_day(g, m, "nightb_a") or read_day(g, m, "nightb_ax")
    if parts.day is not None and parts.month is None and parts.weekday is None:
        return None
    return parts


def _range(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    end_month = read_month(g, m, "range_b")
    parts = Parts(kind="range", day=read_day(g, m, "range_a"), end_day=read_day(g, m, "range_b"))
    parts.month = read_month(g, m, "range_a") or end_month
    parts.end_month = end_month
    if (y := m.group("range_by")) is not None:
        parts.year = int(y)
    return parts


def _period(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    rel = read_relation(g, m.group("period_mb")) or read_relation(g, m.group("period_ma"))
    whole = m.group().lower()
    if rel is None and not re.search(r"-?(?:ci|là)\b", whole):
        return None
    unit = {"semaine": "week", "week": "week", "mois": "month", "month": "month"}.get(
        key(m.group("period_u")), "year"
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


def _month_rule(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    month = read_month(g, m, "month_")
    op = m.group("month_op")
    year = m.group("month_y")
    if month is None or (op is None and year is None):
        return None
    if op is None and key(m.group("month_mon")) in g.risky_months and year is None:
        return None
    parts = Parts(kind="month", month=month, year=int(year) if year else None)
    if op is not None:
        parts.month_part = g.month_parts.get(key(op))
    return parts


def _year_rule(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    return Parts(
        kind="year",
        year=int(m.group("year_y")),
        month_part=g.month_parts.get(key(m.group("year_op"))),
    )


_TOKEN = re.compile(r"\w+['’]?")


def _names_a_thing(g: Grammar, text: str, start: int) -> bool:
    """Tell whether the holiday at ``start`` only qualifies the noun before it.

    "des chants de Noël", "le marché de Noël", "the spirit of Christmas": a base link
    ("de", "d'", "of") after a word that is no time word. "le jour de Noël", "la nuit de
    Noël" stay dates.
    """
    before = text[max(0, start - 40) : start]
    tokens = _TOKEN.findall(before)
    if len(tokens) < 2 or not before.rstrip().endswith(tokens[-1]):
        return False
    links = {key(w) for w in g.data.base_links if " " not in w}
    if key(tokens[-1]) not in links:
        return False
    head = tokens[-2].rstrip("'’")
    tail = before[before.rfind(tokens[-2]) + len(tokens[-2]) : before.rfind(tokens[-1])]
    return not tail.strip() and head not in g.core and head not in g.chain


def _holiday(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    name = key(m.group("holiday_h"))
    if m.start() == m.start("holiday_h") and _names_a_thing(g, text, m.start()):
        return None
    parts = Parts(kind="holiday", rel=read_relation(g, m.group("holiday_mb")))
    if name in g.holidays:
        parts.month, parts.day = g.holidays[name]
    elif name in g.floating_holidays:
        parts.month, parts.weekday, parts.amount, parts.offset_days = g.floating_holidays[name]
    elif name in g.table_holidays:
        parts.table, parts.amount = g.table_holidays[name]
    else:
        parts.amount, parts.unit = g.easter_holidays[name], "easter"
    if (year := m.group("holiday_y")) is not None:
        parts.year = int(year)
    elif (word := m.group("holiday_yb") or m.group("holiday_ya")) is not None:
        parts.end_day = {"last": -1, "next": 1, "this": 0}.get(read_relation(g, word) or "", 0)
    elif (count := read_number(g, m.group("holiday_n"))) is not None:
        # "thanksgiving in 3 years", "tax day two years ago": a year counted from the anchor's;
        # "thanksgiving in 9 months": the year that holds the anchor moved by 9 months.
        ago, on = m.group("holiday_ago"), m.group("holiday_on")
        if m.group("holiday_in") is None and ago is None and on is None:
            return None if m.group("holiday_n").isdigit() else parts
        count = -count if ago is not None else count
        if m.group("holiday_mo") is not None:
            parts.months_on = count
        else:
            parts.end_day = count
    return parts


def _now(_g: Grammar, _m: re.Match[str], _text: str) -> Parts | None:
    return Parts(kind="now")


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


def _block(_g: Grammar, _m: re.Match[str], _text: str) -> Parts | None:
    return _BLOCK


READERS: dict[str, Callable[[Grammar, re.Match[str], str], Parts | None]] = {
    "dur": _block,
    "set": _block,
    "nightb": _nightb,
    "range": _range,
    "date": _date,
    "iso": read_iso,
    "num": read_numeric,
    "wday": _wday,
    "deictic": _deictic,
    "podtime": _podtime,
    "nth": _nth,
    "dom2": _dom2,
    "wdcount": _wdcount,
    "dom": _dom,
    "dpart": _dpart,
    "thispart": _thispart,
    "nightw": _nightw,
    "period": _period,
    "month": _month_rule,
    "year": _year_rule,
    "holiday": _holiday,
    "now": _now,
    "time": _time,
}


def read_next(
    g: Grammar, text: str, pos: int, only: frozenset[str] | None = None
) -> tuple[re.Match[str], Parts] | None:
    """Read the expression that starts at the next word after ``pos`` (a few blanks away).

    ``only`` limits the rules tried, so that a reader that reads on cannot chain through
    a whole text ("lundi mardi mercredi ...").
    """
    word = _NEXT_WORD.match(text, pos)
    if word is None:
        return None
    token = word.group(1)
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
    for name in names:
        m = (compiled.get(name) or g.pattern(name)).match(text, start)
        if m is not None and (parts := READERS[name](g, m, text)) is not None:
            return m, parts
    return None


READERS.update(offset_readers(read_next))
