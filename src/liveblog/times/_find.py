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
from liveblog.times._grammar import RULES, Grammar, key
from liveblog.times._resolve import Context, Parts, resolve
from liveblog.times._zones import zone_for

__all__ = ["scan"]

_WORD = re.compile(r"\w+")
_SENTENCE_START = re.compile(r"[.!?\n;:]\s*(?=[^.!?\n;:]*\Z)")
_CUE_WINDOW = 60
_BLOCK = Parts(kind="block")


def _num(g: Grammar, text: str | None) -> int | None:
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    return g.numbers.get(key(text))


def _clock(g: Grammar, m: re.Match[str], p: str, parts: Parts, text: str) -> bool:
    """Read the clock groups of prefix ``p`` into ``parts``; False when there is no clock."""
    hour: int | None
    if (h := m.group(p + "hc")) is not None:
        hour, parts.minute = int(h), int(m.group(p + "mc"))
        if (s := m.group(p + "sc")) is not None:
            parts.second = int(s)
    elif (h := m.group(p + "hh")) is not None:
        hour = int(h)
        minute = m.group(p + "mh")
        parts.minute = int(minute) if minute else 0
        parts.hour_only = minute is None
    elif (h := m.group(p + "hd")) is not None:
        hour, parts.minute = int(h), int(m.group(p + "md"))
        start = m.start(p + "hd")
        line_start = start == 0 or text[start - 1] == "\n"
        opener = m.group("time_to") if p == "time_" else "x"
        if not (line_start or opener or m.group(p + "ap")):
            return False
    elif (h := m.group(p + "hm")) is not None:
        hour = int(h)
        parts.hour_only = True
    elif (h := m.group(p + "hw")) is not None:
        hour = _num(g, h)
        minute = _num(g, m.group(p + "mw"))
        parts.minute = minute or 0
        parts.hour_only = minute is None
    elif (h := m.group(p + "cw")) is not None:
        hour = g.clock_words.get(key(h))
    else:
        return False
    if hour is None or hour > 24 or parts.minute > 59:
        return False
    if (q := m.group(p + "mq")) is not None:
        extra = g.minute_words.get(key(q), 0)
        if extra < 0:
            hour, parts.minute = hour - 1, 60 + extra
        else:
            parts.minute = extra
        parts.hour_only = False
    if (ap := m.group(p + "ap")) is not None:
        shift = g.meridiems.get(key(ap), 0)
        if hour > 12:
            return shift == 12 or hour <= 23
        if shift == 12 and hour < 12:
            hour += 12
        elif shift == 0 and hour == 12:
            hour = 0
    parts.hour = hour % 24
    if (z := m.group(p + "z")) is not None:
        parts.zone = zone_for(z.replace(" ", ""))
    elif (zw := m.group(p + "zw")) is not None and (label := g.zone_phrases.get(key(zw))):
        parts.zone = zone_for(label)
    return True


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
    if k in g.this_words:
        return "this"
    if k in g.next_words:
        return "next"
    if k in g.last_words:
        return "last"
    return None


def _day_month(g: Grammar, m: re.Match[str], p: str, parts: Parts) -> bool:
    if m.group(p + "d") is not None:
        parts.day, parts.month = int(m.group(p + "d")), _month(g, m, p)
    elif m.group(p + "xd") is not None:
        parts.day, parts.month = int(m.group(p + "xd")), _month(g, m, p + "x")
    else:
        return False
    if (y := m.group(p + "y")) is not None:
        parts.year = int(y)
    return parts.month is not None


def _date(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    parts = Parts(weekday=_weekday(g, m, "date_"))
    if not _day_month(g, m, "date_", parts):
        return None
    _clock(g, m, "date_t", parts, _text)
    return parts


def _iso(_g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    parts = Parts(year=int(m.group("iso_y")), month=int(m.group("iso_m")), day=int(m.group("iso_d")))
    if m.group("iso_h") is not None:
        parts.hour, parts.minute = int(m.group("iso_h")), int(m.group("iso_mi"))
        if parts.hour > 23:
            return None
        if (z := m.group("iso_z")) is not None:
            parts.zone = zone_for("UTC" if z == "Z" else z)
    return parts


def _numeric(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    a, b = int(m.group("num_a")), int(m.group("num_b"))
    year = m.group("num_y")
    if m.group("num_sep") == "." and year is None:
        return None
    if b > 12 or (g.data.numeric_order == "mdy" and a <= 12):
        a, b = b, a
    if a < 1 or a > 31 or b < 1 or b > 12:
        return None
    parts = Parts(weekday=_weekday(g, m, "num_"), day=a, month=b)
    if year is not None:
        parts.year = int(year) if len(year) == 4 else (2000 + int(year) if int(year) < 50 else 1900 + int(year))
    _clock(g, m, "num_t", parts, text)
    return parts


def _wday(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    parts = Parts(weekday=_weekday(g, m, "wday_"))
    parts.rel = _rel(g, m.group("wday_mb")) or _rel(g, m.group("wday_ma"))
    if parts.rel is None and (op := m.group("wday_op")) is not None:
        parts.rel = "this" if key(op) in g.this_words else "since" if key(op) in g.since_words else None
    if (d := m.group("wday_d")) is not None:
        parts.day = int(d)
    if (pod := m.group("wday_pod")) is not None:
        parts.part = g.parts.get(key(pod))
    _clock(g, m, "wday_t", parts, text)
    return parts


def _deictic(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    parts = Parts(offset_days=g.deictic_days.get(key(m.group("deictic_dx"))))
    if (pod := m.group("deictic_pod")) is not None:
        parts.part = g.parts.get(key(pod))
    _clock(g, m, "deictic_t", parts, text)
    return parts


def _dpart(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    offset, part = g.deictic_parts.get(key(m.group("dpart_dp")), (0, ""))
    parts = Parts(offset_days=offset, part=part or None)
    if part == "NI":
        return Parts(kind="night", offset_days=offset)
    _clock(g, m, "dpart_t", parts, text)
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
    second_wd, second_day = _weekday(g, m, "nightb_b"), m.group("nightb_bd") or m.group("nightb_bxd")
    first_wd, first_day = _weekday(g, m, "nightb_a"), m.group("nightb_ad") or m.group("nightb_axd")
    if second_wd is not None or second_day is not None:
        parts.rel = "pair"
        parts.weekday = second_wd
        parts.day = int(second_day) if second_day else None
    else:
        parts.weekday = first_wd
        parts.day = int(first_day) if first_day else None
    if parts.day is not None and parts.month is None and parts.weekday is None:
        return None
    return parts


def _range(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    end_month = _month(g, m, "range_b")
    parts = Parts(kind="range", day=int(m.group("range_ad")), end_day=int(m.group("range_bd")))
    parts.month = _month(g, m, "range_a") or end_month
    parts.end_month = end_month
    if (y := m.group("range_by")) is not None:
        parts.year = int(y)
    return parts


def _offset(g: Grammar, m: re.Match[str], _text: str, p: str = "offset_") -> Parts | None:
    amount = _num(g, m.group(p + "n"))
    unit = g.units.get(key(m.group(p + "u")))
    if amount is None or unit is None:
        return None
    sign = -1 if m.group(p + "ago") is not None else 1
    return Parts(kind="offset", amount=sign * amount, unit=unit)


def _offset2(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    return _offset(g, m, text, "offset2_")


def _period(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    rel = _rel(g, m.group("period_mb")) or _rel(g, m.group("period_ma"))
    whole = m.group("period").lower()
    if rel is None and not re.search(r"-?(?:ci|là)\b", whole):
        return None
    unit = {"semaine": "week", "week": "week", "mois": "month", "month": "month"}.get(
        key(m.group("period_u")), "year"
    )
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
    return Parts(kind="year", year=int(m.group("year_y")), month_part=g.month_parts.get(key(m.group("year_op"))))


def _holiday(g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    month, day = g.holidays[key(m.group("holiday_h"))]
    year = m.group("holiday_y")
    return Parts(month=month, day=day, year=int(year) if year else None)


def _time(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    parts = Parts()
    if not _clock(g, m, "time_", parts, text):
        return None
    if m.group("time_hh") is not None and m.group("time_mh") is None and m.group("time_to") is None:
        # "3 h" alone reads as a duration as often as a time: keep only "15h", "à 3 h".
        if re.match(r"\d\s", m.group("time_hh") + text[m.end("time_hh") : m.end("time_hh") + 1]):
            return None
    _day_month(g, m, "time_d", parts)
    if (dx := m.group("time_dx")) is not None:
        parts.offset_days = g.deictic_days.get(key(dx))
    parts.weekday = _weekday(g, m, "time_")
    return parts


def _block(_g: Grammar, _m: re.Match[str], _text: str) -> Parts | None:
    return _BLOCK


_READERS: dict[str, Callable[[Grammar, re.Match[str], str], Parts | None]] = {
    "dur": _block, "set": _block, "nightb": _nightb, "range": _range, "date": _date,
    "iso": _iso, "num": _numeric, "wday": _wday, "deictic": _deictic, "dpart": _dpart,
    "thispart": _thispart, "nightw": _nightw, "offset": _offset, "offset2": _offset2,
    "period": _period, "month": _month_rule, "year": _year_rule, "holiday": _holiday,
    "time": _time,
}  # fmt: skip


def _cue(g: Grammar, text: str, start: int) -> str | None:
    """Whether the words before ``start`` in its sentence speak of the future or the past."""
    window = text[max(0, start - _CUE_WINDOW) : start]
    cut = _SENTENCE_START.search(window)
    if cut:
        window = window[cut.end() :]
    if g.future.search(window):
        return "future"
    if g.past.search(window):
        return "past"
    return None


def _read(g: Grammar, text: str, start: int) -> tuple[re.Match[str], Parts] | None:
    m = g.pattern.match(text, start)
    if m is None:
        return None
    rule = m.lastgroup or ""
    parts = _READERS[rule](g, m, text)
    if parts is not None:
        return m, parts
    for name, pattern in g.rule_patterns[RULES.index(rule) + 1 :]:
        m = pattern.match(text, start)
        if m is not None and (parts := _READERS[name](g, m, text)) is not None:
            return m, parts
    return None


def scan(g: Grammar, text: str, anchor: datetime | None, tz: tzinfo, reference: datetime) -> list[Mention]:
    """Every mention of ``text`` in order, resolved against ``anchor``."""
    found: list[Mention] = []
    first = g.first_words
    done = 0
    for word in _WORD.finditer(text):
        start = word.start()
        if start < done:
            continue
        token = word.group()
        if not (token[0].isdigit() or token.lower() in first):
            continue
        read = _read(g, text, start)
        if read is None:
            continue
        m, parts = read
        end = m.end()
        while end > start and text[end - 1] in " \t\n,":
            end -= 1
        done = end
        if parts.kind == "block":
            continue
        ctx = Context(anchor=anchor, tz=tz, reference=reference)
        if parts.kind in ("day", "month", "night") and parts.rel is None:
            ctx.cue = _cue(g, text, start)
        try:
            result = resolve(parts, ctx)
        except (OverflowError, ValueError):  # the date falls outside years 1..9999
            continue
        if result is None:
            continue
        value, timex, notes = result
        found.append(Mention(text=text[start:end], start=start, end=end, value=value, timex=timex, notes=notes))
    return found
