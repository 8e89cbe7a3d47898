"""Readers of named calendar expressions: ranks, nights, ranges, months, years, holidays.

None of them looks past its own match, so they need nothing from the rule dispatch.
"""

from __future__ import annotations

import re

from liveblog.times._grammar import Grammar, key
from liveblog.times._groups import read_day, read_month, read_number, read_relation, read_weekday
from liveblog.times._parts import Parts

__all__ = [
    "read_dom2",
    "read_holiday",
    "read_month_rule",
    "read_nightb",
    "read_nightw",
    "read_now",
    "read_nth",
    "read_range",
    "read_wdcount",
    "read_year_rule",
]


def read_nth(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    rank = g.ordinals.get(key(m["nth_n"]))
    parts = Parts(kind="nth", weekday=read_weekday(g, m, "nth_"), amount=rank or 1)
    parts.month = read_month(g, m, "nth_")
    if (y := m["nth_y"]) is not None:
        parts.year = int(y)
    parts.rel = read_relation(g, m["nth_mb"]) or read_relation(g, m["nth_ma"])
    if parts.amount < 0 and parts.month is None and parts.rel is None:
        return None  # "dernier mercredi" is last week's, not the month's last
    return parts


def read_wdcount(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    """Read "2 sundays from now", "2 thursdays ago": the n-th such day from the anchor."""
    count = read_number(g, m["wdcount_n"])
    if count is None or not 0 < count < 1000:
        return None
    sign = -1 if m["wdcount_ago"] is not None else 1
    return Parts(kind="wdcount", weekday=read_weekday(g, m, "wdcount_"), amount=sign * count)


def read_dom2(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    rel = read_relation(g, m["dom2_mb"]) or read_relation(g, m["dom2_ma"])
    return Parts(kind="dom2", day=read_day(g, m, "dom2_"), rel=rel)


def read_nightw(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    offset = g.night_words.get(key(m["nightw_nw"]), 99)
    if offset == 99:
        return Parts(kind="night", night_latest=True)
    return Parts(kind="night", offset_days=offset)


def read_nightb(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    parts = Parts(kind="night", month=read_month(g, m, "nightb_"))
    if (y := m["nightb_y"]) is not None:
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


def read_range(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    end_month = read_month(g, m, "range_b")
    parts = Parts(kind="range", day=read_day(g, m, "range_a"), end_day=read_day(g, m, "range_b"))
    parts.month = read_month(g, m, "range_a") or end_month
    parts.end_month = end_month
    if (y := m["range_by"]) is not None:
        parts.year = int(y)
    return parts


def read_month_rule(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    month = read_month(g, m, "month_")
    op = m["month_op"]
    year = m["month_y"]
    if month is None or (op is None and year is None):
        return None
    if op is None and key(m["month_mon"]) in g.risky_months and year is None:
        return None
    parts = Parts(kind="month", month=month, year=int(year) if year else None)
    if op is not None:
        parts.month_part = g.month_parts.get(key(op))
    return parts


def read_year_rule(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    return Parts(
        kind="year",
        year=int(m["year_y"]),
        month_part=g.month_parts.get(key(m["year_op"])),
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


def read_holiday(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    name = key(m["holiday_h"])
    if m.start() == m.start("holiday_h") and _names_a_thing(g, text, m.start()):
        return None
    parts = Parts(kind="holiday", rel=read_relation(g, m["holiday_mb"] or m["holiday_ma"]))
    if name in g.holidays:
        parts.month, parts.day = g.holidays[name]
    elif name in g.floating_holidays:
        parts.month, parts.weekday, parts.amount, parts.offset_days = g.floating_holidays[name]
    elif name in g.table_holidays:
        parts.table, parts.amount = g.table_holidays[name]
    else:
        parts.amount, parts.unit = g.easter_holidays[name], "easter"
    if (year := m["holiday_y"]) is not None:
        parts.year = int(year)
    elif (word := m["holiday_yb"] or m["holiday_ya"]) is not None:
        parts.end_day = {"last": -1, "next": 1, "this": 0}.get(read_relation(g, word) or "", 0)
    elif (count := read_number(g, m["holiday_n"])) is not None:
        # "thanksgiving in 3 years", "tax day two years ago": a year counted from the anchor's;
        # "thanksgiving in 9 months": the year that holds the anchor moved by 9 months.
        ago, on = m["holiday_ago"], m["holiday_on"]
        if m["holiday_in"] is None and ago is None and on is None:
            return None if m["holiday_n"].isdigit() else parts
        count = -count if ago is not None else count
        if m["holiday_mo"] is not None:
            parts.months_on = count
        else:
            parts.end_day = count
    return parts


def read_now(_g: Grammar, _m: re.Match[str], _text: str) -> Parts | None:
    return Parts(kind="now")
