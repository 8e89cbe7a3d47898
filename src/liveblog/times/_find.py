"""Scan a text for time expressions: cheap trigger words first, the grammar only there.

Every word of the text is looked up in the grammar's set of first words (a set look-up
per word); only where one starts is the compiled grammar tried, anchored. A match that
the rule's reader rejects ("novembre" alone, "07.19" with no time cue) is retried with
the later rules alone. Durations and sets match too, so that "chaque lundi" hides its
"lundi", but give no mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, tzinfo

from liveblog.model import Mention
from liveblog.times._grammar import DIGIT, Grammar, key
from liveblog.times._resolve import Context, Parts, resolve
from liveblog.times._zones import zone_for

__all__ = ["scan"]

_WORD = re.compile(r"\w+")
_SENTENCE_MARKS = ".!?\n;:"
_CUE_WINDOW = 60
#: Opening words are tried from at most this many characters, and this many words, back.
_RUN_REACH = 40
#: Zone abbreviations after a clock time, matched on the original text: only upper case
#: counts, so "est" (is) never reads as US Eastern time.
_ZONE_AFTER = re.compile(
    r"""[ \t]{0,3}\(?[ \t]{0,2}
    (CEST|CET|BST|IST|WEST|WET|EEST|EET|MSK|EST|EDT|CST|CDT|PST|PDT|MST|MDT|HKT|JST|AEST|AEDT)
    \)?(?!\w)""",
    re.VERBOSE,
)
_RUN_LENGTH = 6
_NEXT_WORD = re.compile(r"[\s,]{0,3}(\w+)")
_BLOCK = Parts(kind="block")


_SPLIT = re.compile(r"[-\s]+")


def _num(g: Grammar, text: str | None) -> int | None:
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


def _clock(
    g: Grammar, m: re.Match[str], p: str, parts: Parts, text: str, *, suffix: bool = True
) -> bool:
    """Read the clock groups of prefix ``p`` into ``parts``; False when there is no clock.

    ``suffix`` says the groups come from a time suffix after a day (group ``clk``), which
    may hold a bare hour ("à 7"); the time rule has its own bare hour before a day word.
    """
    if suffix and m.group(p + "clk") is None:
        return False
    if (h := m.group(p + "hb")) is not None:
        bare_hour = _num(g, h)
        if bare_hour is None or bare_hour > 23:
            return False
        parts.hour, parts.hour_only = bare_hour, True
        return True
    hour = _digit_clock(m, p, parts, text)
    if hour is None:
        hour = _word_clock(g, m, p, parts)
    if hour is None or not 0 <= hour <= 24 or parts.minute > 59:
        return False
    if (q := m.group(p + "mq")) is not None:
        extra = g.minute_words.get(key(q), 0)
        if extra < 0:
            hour, parts.minute = hour - 1, 60 + extra
        else:
            parts.minute = extra
        parts.hour_only = False
    if (ap := m.group(p + "ap")) is not None and m.group(p + "cw") is None:
        shift = g.meridiems.get(key(ap), 0)
        parts.meridiem = True
        if shift == 12 and hour < 12:
            hour += 12
        elif shift == 0 and hour == 12:
            hour = 0
    parts.hour = hour % 24
    if m.group(p + "z") is not None:
        parts.zone = zone_for(text[m.start(p + "z") : m.end(p + "z")].replace(" ", ""))
    elif (zw := m.group(p + "zw")) is not None and (label := g.zone_phrases.get(key(zw))):
        parts.zone = zone_for(label)
    return True


def _digit_clock(m: re.Match[str], p: str, parts: Parts, text: str) -> int | None:
    """Read "14:05:30", "14h05", "07.19" (at a line start or after "à"), or None."""
    if (h := m.group(p + "hc")) is not None:
        parts.minute = int(m.group(p + "mc"))
        if (s := m.group(p + "sc")) is not None:
            parts.second = int(s)
        return int(h)
    if (h := m.group(p + "hh")) is not None:
        minute = m.group(p + "mh")
        parts.minute = int(minute) if minute else 0
        parts.hour_only = minute is None
        return int(h)
    if (h := m.group(p + "hd")) is not None:
        parts.minute = int(m.group(p + "md"))
        start = m.start(p + "hd")
        line_start = start == 0 or text[start - 1] == "\n"
        opener = m.group("time_to") if p == "time_" else "x"
        return int(h) if line_start or opener or m.group(p + "ap") else -99
    return None


def _word_clock(g: Grammar, m: re.Match[str], p: str, parts: Parts) -> int | None:
    """Read "2 pm", "sept heures moins dix", "eight forty", "a quarter past eight", "midi"."""
    if (h := m.group(p + "hm")) is not None:
        parts.hour_only = True
        return _num(g, h)
    if (h := m.group(p + "hg")) is not None:
        # "9p", "7a": glued letters, read only after "at"/"à" or a day (else "article 5a").
        glued = int(h) % 12 + (12 if m.group(p + "apg") == "p" else 0)
        parts.hour_only, parts.meridiem = True, True
        return glued if p != "time_" or m.group("time_to") is not None else None
    if (h := m.group(p + "hw")) is not None:
        hour = _num(g, h)
        minute = _num(g, m.group(p + "mw"))
        parts.minute = minute or 0
        if minute is not None and m.group(p + "neg") is not None and hour is not None:
            hour, parts.minute = hour - 1, 60 - minute
        parts.hour_only = minute is None
        return hour
    if (h := m.group(p + "hx")) is not None:
        minute = _num(g, m.group(p + "mx"))
        parts.minute = minute if minute is not None else 99
        return _num(g, h)
    if (h := m.group(p + "hq")) is not None:
        return _num(g, h)
    if (h := m.group(p + "rh")) is not None:
        return _relative_clock(g, m, p, parts, h)
    if (h := m.group(p + "cw")) is not None:
        return g.clock_words.get(key(h))
    if (h := m.group(p + "hi")) is not None:
        parts.hour_only = True
        return int(h)
    return None


def _relative_clock(g: Grammar, m: re.Match[str], p: str, parts: Parts, h: str) -> int | None:
    """Read "a quarter past eight", "20 minutes to nine"."""
    hour = _num(g, h)
    word = m.group(p + "rm")
    minute = g.quarter_words.get(key(word))
    minute = _num(g, word) if minute is None else minute
    if hour is None or minute is None or minute > 59:
        return None
    if m.group(p + "rp") is None:
        # "ten to nine" is rare next to "two to four people": want a quarter or "minutes".
        if key(word) not in g.quarter_words and m.group(p + "rmin") is None:
            return None
        hour, minute = hour - 1, 60 - minute
    parts.minute = minute
    return hour


def _month(g: Grammar, m: re.Match[str], p: str) -> int | None:
    word = m.group(p + "mon")
    return None if word is None else g.months.get(key(word))


def _weekday(g: Grammar, m: re.Match[str], p: str) -> int | None:
    word = m.group(p + "wd")
    return None if word is None else g.weekdays.get(key(word))


def _rel(g: Grammar, word: str | None) -> str | None:
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


def _day(g: Grammar, m: re.Match[str], p: str) -> int | None:
    if (d := m.group(p + "d")) is not None:
        return int(d)
    if (w := m.group(p + "dw")) is not None:
        return g.day_words.get(key(w))
    return None


def _day_month(g: Grammar, m: re.Match[str], p: str, parts: Parts) -> bool:
    if (day := _day(g, m, p)) is not None:
        parts.day, parts.month = day, _month(g, m, p)
    elif (day := _day(g, m, p + "x")) is not None:
        parts.day, parts.month = day, _month(g, m, p + "x")
    else:
        return False
    if (y := m.group(p + "y")) is not None:
        parts.year = int(y)
    return parts.month is not None


def _date(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    parts = Parts(weekday=_weekday(g, m, "date_"), rel=_rel(g, m.group("date_mb")))
    if not _day_month(g, m, "date_", parts):
        return None
    if parts.year is None and (y := m.group("date_y2")) is not None:
        parts.year = int(y)  # "Wed Oct 26 15:50:06 2016"
    _clock(g, m, "date_t", parts, _text)
    return parts


def _nth(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    rank = g.ordinals.get(key(m.group("nth_n")))
    parts = Parts(kind="nth", weekday=_weekday(g, m, "nth_"), amount=rank or 1)
    parts.month = _month(g, m, "nth_")
    if (y := m.group("nth_y")) is not None:
        parts.year = int(y)
    parts.rel = _rel(g, m.group("nth_mb")) or _rel(g, m.group("nth_ma"))
    if parts.amount < 0 and parts.month is None and parts.rel is None:
        return None  # "dernier mercredi" is last week's, not the month's last
    return parts


def _wdcount(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    """Read "2 sundays from now", "2 thursdays ago": the n-th such day from the anchor."""
    count = _num(g, m.group("wdcount_n"))
    if count is None or not 0 < count < 1000:
        return None
    sign = -1 if m.group("wdcount_ago") is not None else 1
    return Parts(kind="wdcount", weekday=_weekday(g, m, "wdcount_"), amount=sign * count)


def _dom2(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    rel = _rel(g, m.group("dom2_mb")) or _rel(g, m.group("dom2_ma"))
    return Parts(kind="dom2", day=_day(g, m, "dom2_"), rel=rel)


def _podtime(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    """Read "l'après-midi 7:00", "dans la soirée à 8 h": a clock moved by its part of day."""
    pod = m.group("podtime_pod") or m.group("podtime_pod2")
    parts = Parts(part=g.parts.get(key(pod)))
    if (h := m.group("podtime_hb")) is not None:
        parts.hour, parts.hour_only = _num(g, h), True
    elif not _clock(g, m, "podtime_", parts, text, suffix=False):
        return None
    if parts.hour is None or parts.part is None or parts.part == "NI":
        return None
    return parts


def _dom(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    parts = Parts(day=_day(g, m, "dom_"))
    _clock(g, m, "dom_t", parts, text)
    # "le 18 et le 19 juin": the month comes with the next day.
    joined = _JOINED.match(text, m.end())
    after = _read_at(g, text, joined.end()) if joined is not None else None
    if after is not None and after[1].kind == "day" and after[1].month and after[1].day:
        parts.month, parts.year = after[1].month, after[1].year
    return parts


def _iso(_g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    parts = Parts(
        year=int(m.group("iso_y")), month=int(m.group("iso_m")), day=int(m.group("iso_d"))
    )
    if m.group("iso_h") is not None:
        parts.hour, parts.minute = int(m.group("iso_h")), int(m.group("iso_mi"))
        if parts.hour > 23:
            return None
        if (z := m.group("iso_z")) is not None:
            parts.zone = zone_for("UTC" if z == "z" else z)
    return parts


def _numeric(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    a, b = int(m.group("num_a")), int(m.group("num_b"))
    year = m.group("num_y")
    if m.group("num_sep") in ".- " and year is None and m.group("num_y2") is None:
        return None
    if b > 12 or (g.data.numeric_order == "mdy" and a <= 12):
        a, b = b, a
    if a < 1 or a > 31 or b < 1 or b > 12:
        return None
    parts = Parts(weekday=_weekday(g, m, "num_"), day=a, month=b)
    year = year or m.group("num_y2")
    if year is not None:
        parts.year = (
            int(year)
            if len(year) == 4
            else (2000 + int(year) if int(year) < 50 else 1900 + int(year))
        )
    _clock(g, m, "num_t", parts, text)
    return parts


def _wday(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    parts = Parts(weekday=_weekday(g, m, "wday_"))
    parts.rel = _rel(g, m.group("wday_mb")) or _rel(g, m.group("wday_ma"))
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
    after = _rel(g, m.group("wday_ma")) if m.group("wday_ma") is not None else None
    if this and after in ("coming", "last"):
        parts.rel = "coming" if after == "coming" else "recent"  # "ce mercredi passé"
    parts.day = _day(g, m, "wday_")
    if m.group("wday_end") is not None:
        parts.hour, parts.minute, parts.second = 23, 59, 59
    if (pod := m.group("wday_pod")) is not None:
        parts.part = g.parts.get(key(pod))
    _clock(g, m, "wday_t", parts, text)
    return parts


def _deictic(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    word = key(m.group("deictic_dx"))
    parts = Parts(offset_days=g.deictic_days.get(word))
    if word in g.relative_days and (base := _base_after(g, text, m.end("deictic_dx"))):
        # "le lendemain du 13 février", "the day after Christmas": counted from that day.
        base_match, base_parts = base
        end = base_parts.end or base_match.end()
        return Parts(kind="shift", amount=parts.offset_days or 0, base=base_parts, end=end)
    if (pod := m.group("deictic_pod")) is not None:
        parts.part = g.parts.get(key(pod))
    if m.group("deictic_end") is not None:
        parts.hour, parts.minute, parts.second = 23, 59, 59
    _clock(g, m, "deictic_t", parts, text)
    return parts


def _base_after(g: Grammar, text: str, pos: int) -> tuple[re.Match[str], Parts] | None:
    """Find the dated expression a relative day word counts from, if one follows."""
    link = g.base_link.match(text, pos)
    if link is None:
        return None
    found = _read_at(g, text, link.end())
    if found is None or found[1].kind not in ("day", "holiday") or found[1].offset_days is not None:
        return None
    has_day = (
        found[1].month is not None or found[1].weekday is not None or found[1].kind == "holiday"
    )
    return found if has_day else None


def _dpart(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    offset, part = g.deictic_parts.get(key(m.group("dpart_dp")), (0, ""))
    parts = Parts(offset_days=offset, part=part or None)
    if not _clock(g, m, "dpart_t", parts, text) and part == "NI":
        return Parts(kind="night", offset_days=offset)
    if part == "NI" and parts.hour is not None and 6 <= parts.hour < 12:
        parts.hour += 12  # "last night at 8"
    return parts


def _thispart(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    part = g.parts.get(key(m.group("thispart_pod")))
    if part == "NI":
        return Parts(kind="night", night_latest=True)
    parts = Parts(offset_days=0, part=part)
    _clock(g, m, "thispart_t", parts, text)
    return parts


def _nightw(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    offset = g.night_words.get(key(m.group("nightw_nw")), 99)
    if offset == 99:
        return Parts(kind="night", night_latest=True)
    return Parts(kind="night", offset_days=offset)


def _nightb(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    parts = Parts(kind="night", month=_month(g, m, "nightb_"))
    if (y := m.group("nightb_y")) is not None:
        parts.year = int(y)
    second_wd = _weekday(g, m, "nightb_b")
    second_day = _day(g, m, "nightb_b") or _day(g, m, "nightb_bx")
    if second_wd is not None or second_day is not None:
        parts.rel = "pair"
        parts.weekday, parts.day = second_wd, second_day
    else:
        parts.weekday = _weekday(g, m, "nightb_a")
        parts.day = _day(g, m, "nightb_a") or _day(g, m, "nightb_ax")
    if parts.day is not None and parts.month is None and parts.weekday is None:
        return None
    return parts


def _range(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    end_month = _month(g, m, "range_b")
    parts = Parts(kind="range", day=_day(g, m, "range_a"), end_day=_day(g, m, "range_b"))
    parts.month = _month(g, m, "range_a") or end_month
    parts.end_month = end_month
    if (y := m.group("range_by")) is not None:
        parts.year = int(y)
    return parts


_BODY_WORDS = re.compile(r"\w+(?:-\w+)*")
_CONNECTORS = frozenset({"et", "and", "plus", "d"})


def _amounts(g: Grammar, body: str) -> list[tuple[int, str]] | None:
    """Split "un mois et 21 jours", "2 years 1 month 21 days" into (amount, unit) pairs."""
    pairs: list[tuple[int, str]] = []
    number: list[str] = []
    for word in _BODY_WORDS.findall(body):
        unit = g.units.get(key(word))
        if unit is not None and number:
            amount = _num(g, " ".join(number))
            if amount is None:
                return None
            pairs.append((amount, unit))
            number = []
        elif word not in _CONNECTORS:
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
    if link is not None and len(pairs) == 1 and (base := _read_at(g, text, link.end())):
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
    return total


def _offset2(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    return _offset(g, m, text, "offset2_")


def _period(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    rel = _rel(g, m.group("period_mb")) or _rel(g, m.group("period_ma"))
    whole = m.group("period").lower()
    if rel is None and not re.search(r"-?(?:ci|là)\b", whole):
        return None
    unit = {"semaine": "week", "week": "week", "mois": "month", "month": "month"}.get(
        key(m.group("period_u")), "year"
    )
    if unit == "week":
        # "la semaine prochaine mardi", "next week Sunday": the weekday of that week.
        after = _read_at(g, text, m.end())
        if after is not None and after[1].weekday is not None and after[1].rel is None:
            day = after[1]
            if day.kind == "day" and day.day is None and day.month is None:
                day.rel = {"next": "next", "last": "last"}.get(rel or "", "this")
                day.end = day.end or after[0].end()
                return day
    return Parts(kind="period", unit=unit, rel=rel)


def _month_rule(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    month = _month(g, m, "month_")
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


def _holiday(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    name = key(m.group("holiday_h"))
    parts = Parts(kind="holiday", rel=_rel(g, m.group("holiday_mb")))
    if name in g.holidays:
        parts.month, parts.day = g.holidays[name]
    elif name in g.floating_holidays:
        parts.month, parts.weekday, parts.amount, parts.offset_days = g.floating_holidays[name]
    else:
        parts.amount, parts.unit = g.easter_holidays[name], "easter"
    if (year := m.group("holiday_y")) is not None:
        parts.year = int(year)
    elif (word := m.group("holiday_yb") or m.group("holiday_ya")) is not None:
        parts.end_day = {"last": -1, "next": 1, "this": 0}.get(_rel(g, word) or "", 0)
    elif (count := _num(g, m.group("holiday_n"))) is not None:
        # "thanksgiving in 3 years", "tax day two years ago": a year counted from the anchor's
        if m.group("holiday_in") is None and m.group("holiday_ago") is None:
            return None if m.group("holiday_n").isdigit() else parts
        parts.end_day = -count if m.group("holiday_ago") is not None else count
    return parts


def _now(_g: Grammar, _m: re.Match[str], _text: str) -> Parts | None:
    return Parts(kind="now")


def _time(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    parts = Parts()
    if not _clock(g, m, "time_", parts, text, suffix=False):
        return None
    # A day after the time ("8 heures ce soir", "7:00 on next Sunday afternoon") dates it.
    after = _read_at(g, text, m.end())
    if after is not None:
        day_match, day = after
        dated = day.kind == "day" and day.hour is None
        if dated and (
            day.day is not None or day.weekday is not None or day.offset_days is not None
        ):
            day.hour, day.minute, day.second = parts.hour, parts.minute, parts.second
            day.hour_only, day.zone, day.meridiem = parts.hour_only, parts.zone, parts.meridiem
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


def _shift(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    amount = _num(g, m.group("shift_n"))
    unit = g.units.get(key(m.group("shift_u")))
    after = _read_at(g, text, m.end())
    if amount is None or unit is None or after is None or after[1].kind in ("block", "shift"):
        return None
    sign = -1 if m.group("shift_before") is not None else 1
    base_match, base = after
    return Parts(
        kind="shift", amount=sign * amount, unit=unit, base=base, end=base.end or base_match.end()
    )


def _block(_g: Grammar, _m: re.Match[str], _text: str) -> Parts | None:
    return _BLOCK


_READERS: dict[str, Callable[[Grammar, re.Match[str], str], Parts | None]] = {
    "dur": _block,
    "set": _block,
    "nightb": _nightb,
    "range": _range,
    "date": _date,
    "iso": _iso,
    "num": _numeric,
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
    "offset": _offset,
    "offset2": _offset2,
    "shift": _shift,
    "period": _period,
    "month": _month_rule,
    "year": _year_rule,
    "holiday": _holiday,
    "now": _now,
    "time": _time,
}


def _needs_cue(parts: Parts) -> bool:
    """Tell whether the tense around the mention can change its value.

    It can for a bare weekday, a date or month without its year, a day of the month alone.
    """
    if parts.kind == "month":
        return parts.year is None
    if parts.kind not in ("day", "night") or parts.offset_days is not None:
        return False
    if parts.month is not None or parts.day is not None:
        return parts.year is None
    return parts.weekday is not None


def _cue(g: Grammar, text: str, start: int) -> str | None:
    """Whether the words before ``start`` in its sentence speak of the future or the past."""
    window = text[max(0, start - _CUE_WINDOW) : start]
    cut = -1
    for mark in _SENTENCE_MARKS:
        at = window.rfind(mark)
        cut = max(cut, at)
    if cut >= 0:
        window = window[cut + 1 :]
    if not window.strip():
        return None
    if g.future.search(window):
        return "future"
    if g.past.search(window):
        return "past"
    return None


def _read_at(g: Grammar, text: str, pos: int) -> tuple[re.Match[str], Parts] | None:
    """Read the expression that starts at the next word after ``pos`` (a few blanks away)."""
    word = _NEXT_WORD.match(text, pos)
    if word is None:
        return None
    token = word.group(1)
    entry = g.dispatch[DIGIT] if token[0].isdigit() else g.dispatch.get(token.lower())
    return None if entry is None else _read(g, text, word.start(1), entry)


def _read(
    g: Grammar, text: str, start: int, names: tuple[str, ...]
) -> tuple[re.Match[str], Parts] | None:
    """Match the rules ``names`` at ``start`` and read the match.

    When a reader rejects its match, the rules after it are tried (one alternation of
    them, compiled on first need).
    """
    while True:
        m = g.pattern(names).match(text, start)
        if m is None:
            return None
        rule = m.lastgroup or ""
        parts = _READERS[rule](g, m, text)
        if parts is not None:
            return m, parts
        names = names[names.index(rule) + 1 :]
        if not names:
            return None


_JOINED = re.compile(r"[ \t]{0,3}(?:et|and|ou|or|,|-|–|à|au|to)[ \t]{1,3}")
_AFTER_NUMBER = re.compile(r"[ \t\u00a0]{0,2}(\w+)")


def _may_follow(g: Grammar, text: str, end: int) -> bool:
    """Tell whether what follows a bare number can belong to a date or time.

    Glued marks ("14:05", "13/09", "1er", "2pm") can; a space then a word only when the
    word is in the grammar's vocabulary ("3 jours", "15 avril"), not "3 000" or "12 soldats".
    """
    if end >= len(text):
        return False
    char = text[end]
    if not char.isspace():
        return char in ":./-,'’\"" or char.isalpha()
    after = _AFTER_NUMBER.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return word.isdigit() or word in g.core or word in g.chain or word in g.dispatch


def _lower(text: str) -> str:
    """Lower-case ``text`` keeping its offsets.

    A character whose lower case is longer, such as "İ", is kept as it is.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def scan(
    g: Grammar, text: str, anchor: datetime | None, tz: tzinfo, reference: datetime
) -> list[Mention]:
    """Every mention of ``text`` in order, resolved against ``anchor``.

    Opening words ("le", "il y a", "dans la nuit de") are only remembered; a match is
    tried where a core token comes (a number, a month, a weekday, "hier", "semaine"...),
    from the earliest remembered opening word of the same run of words, then from the
    core itself.
    """
    found: list[Mention] = []
    ctx = Context(anchor, tz, reference)
    source, text = text, _lower(text)
    dispatch, core, chain = g.dispatch, g.core, g.chain
    digit = dispatch[DIGIT]
    done = 0
    run: list[tuple[int, tuple[str, ...]]] = []
    for word in _WORD.finditer(text):
        start = word.start()
        if start < done:
            continue
        lower = word.group()
        entry: tuple[str, ...] | None
        if lower[0].isdigit():
            if start > 1 and text[start - 1] in "-/.:," and text[start - 2].isdigit():
                run.clear()
                continue  # inside "133-03-03", "0.8/15": not the start of a date
            if not run and lower.isdigit() and not _may_follow(g, text, word.end()):
                continue  # "3 000 soldats", "12 %": a number, not a date
            lower, entry = DIGIT, digit
        else:
            entry = dispatch.get(lower)
            if lower not in core:
                if entry is not None:
                    run.append((start, entry))
                    if len(run) > _RUN_LENGTH:
                        del run[0]
                elif lower not in chain:
                    run.clear()
                continue
        read = None
        for at, opener in run:
            if at < start - _RUN_REACH or at < done:
                continue
            if (read := _read(g, text, at, opener)) is not None:
                if read[0].end() > start:
                    break
                read = None
        if read is None and entry is not None:
            read = _read(g, text, start, entry)
        if entry is not None:
            run.append((start, entry))
        if read is None:
            continue
        run.clear()
        done = _emit(g, (text, source), read, ctx, found)
    return found


def _emit(
    g: Grammar,
    texts: tuple[str, str],
    read: tuple[re.Match[str], Parts],
    ctx: Context,
    found: list[Mention],
) -> int:
    """Resolve one match into a mention (appended to ``found``); return where it ends.

    ``texts`` is the lower-cased text the grammar read and the caller's original.
    """
    text, source = texts
    m, parts = read
    begin, end = m.start(), parts.end or m.end()
    while end > begin and text[end - 1] in " \t\n,":
        end -= 1
    if parts.hour is not None and parts.zone is None:
        zone = _ZONE_AFTER.match(source, end)
        if zone is not None:
            parts.zone = zone_for(zone.group(1))
            end = zone.end()
    if parts.kind == "block":
        return end
    ctx.cue = _cue(g, text, begin) if parts.rel is None and _needs_cue(parts) else None
    try:
        result = resolve(parts, ctx)
    except (OverflowError, ValueError):
        result = None  # a value before year 1 or after 9999: no date to give
    if result is not None:
        value, timex, notes = result
        mention = Mention(
            text=source[begin:end], start=begin, end=end, value=value, timex=timex, notes=notes
        )
        found.append(mention)
    return end
