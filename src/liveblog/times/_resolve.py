"""Resolve what a mention says (``Parts``) against an anchor into a ``TimeValue`` and TIMEX3.

``_which_day`` chooses the day (the news conventions); this module builds the value at the
mention's granularity (a clock, a part of the day, a night, a range, a week, a month...) and
its TIMEX3 string.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta, tzinfo

from liveblog.model import Granularity, TimeValue
from liveblog.times._calendar import (
    DAYS,
    days_in_month,
    nth_weekday,
    shift_month,
    valid_day,
)
from liveblog.times._feasts import closest_days, holiday_in, holidays_near
from liveblog.times._parts import Parts
from liveblog.times._which_day import (
    CENTURY,
    Context,
    full_year,
    narrative_base,
    nearest_holiday,
    pick,
    which_day,
)

__all__ = ["resolve"]

#: Hours each part of the day covers (end may pass midnight).
PART_HOURS = {"MO": (6, 12), "AF": (12, 18), "EV": (18, 24), "NI": (20, 30), "MI": (11, 14)}
_NIGHT = (20, 30)
_DAY = timedelta(1)
_HOUR = timedelta(hours=1)
_MINUTE = timedelta(minutes=1)
_SECOND = timedelta(seconds=1)
_MIDNIGHT = time()
#: Every minute of the day, made once: ``datetime.combine`` with one of them costs a third
#: of building the datetime from its fields.
_CLOCK = tuple(time(hour, minute) for hour in range(24) for minute in range(60))
#: The TIMEX3 suffix of each of those minutes ("T09:30"): a day's value and one of these
#: make a clock's value at a fraction of the cost of formatting its datetime.
_CLOCK_TIMEX = tuple(f"T{hour:02d}:{minute:02d}" for hour in range(24) for minute in range(60))


Result = tuple[TimeValue, str, tuple[str, ...]]

#: Values built here are aware, ordered and of a known granularity by construction.
_value = TimeValue._unchecked  # noqa: SLF001 (the engine's trusted constructor)


def _at(day: date, tz: tzinfo, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    extra = 0
    if hour >= 24:  # a night's hours run past midnight
        extra, hour = divmod(hour, 24)
    if hour >= 0 and 0 <= minute < 60 and not second:
        moment = datetime.combine(day, _CLOCK[hour * 60 + minute], tz)
    else:
        moment = datetime.combine(day, time(hour, minute, second), tz)  # checks its fields
    return moment + extra * _DAY if extra else moment


def _whole_day(day: date, tz: tzinfo) -> TimeValue:
    """Build the day ``[00:00, next 00:00)`` in ``tz`` from one datetime."""
    start = datetime.combine(day, _MIDNIGHT, tz)
    return _value(start, start + _DAY, "day")


def _iso_minute(moment: datetime, *, second: bool = False) -> str:
    """Write the TIMEX3 value of a clock time; formatted from its fields (strftime is slower)."""
    if second:
        return "%04d-%02d-%02dT%02d:%02d:%02d" % (  # noqa: UP031 (a third faster here)
            moment.year,
            moment.month,
            moment.day,
            moment.hour,
            moment.minute,
            moment.second,
        )
    return "%04d-%02d-%02dT%02d:%02d" % (  # noqa: UP031 (a third faster here)
        moment.year,
        moment.month,
        moment.day,
        moment.hour,
        moment.minute,
    )


def _clock(parts: Parts, day: date, ctx: Context) -> Result | None:
    hour = parts.hour if parts.hour is not None else 0
    if parts.part in ("AF", "EV") and hour < 12 and not parts.meridiem:
        hour += 12
    if hour > 23:
        return None
    tz = parts.zone or ctx.tz
    minute, second = parts.minute, parts.second
    if second is None and hour >= 0 and 0 <= minute < 60:
        # Its start and TIMEX3 value from the tables of the day's minutes.
        clock = hour * 60 + minute
        start = datetime.combine(day, _CLOCK[clock], tz)
        timex = day.isoformat() + _CLOCK_TIMEX[clock]
        if parts.hour_only:
            return _value(start, start + _HOUR, "hour"), timex, ()
        return _value(start, start + _MINUTE, "minute"), timex, ()
    start = _at(day, tz, hour, minute, second or 0)  # raises for a field out of range
    return _value(start, start + _SECOND, "second"), _iso_minute(start, second=True), ()


def _span(day: date, hours: tuple[int, int], tz: tzinfo, granularity: Granularity) -> TimeValue:
    return _value(_at(day, tz, hours[0]), _at(day, tz, hours[1]), granularity)


def _offset(parts: Parts, ctx: Context) -> Result | None:
    moment = ctx.local
    if moment is None:
        return None
    amount = parts.amount
    if parts.unit in ("hour", "minute"):
        if parts.month:
            year, month = shift_month(moment.year, moment.month, parts.month)
            moment = moment.replace(
                year=year, month=month, day=min(moment.day, days_in_month(year, month))
            )
        delta = timedelta(hours=amount) if parts.unit == "hour" else timedelta(minutes=amount)
        start = (moment + delta).replace(second=0, microsecond=0)
        return _value(start, start + _MINUTE, "minute"), _iso_minute(start), ()
    day = moment.date()
    if parts.unit in ("day", "week"):
        day += DAYS[amount * (7 if parts.unit == "week" else 1)]
    else:
        year, month = shift_month(day.year, day.month, amount * (12 if parts.unit == "year" else 1))
        day = date(year, month, min(day.day, days_in_month(year, month)))
    if parts.weekday is not None:  # "in 3 days on Friday": the Friday of that week
        day += DAYS[parts.weekday - day.weekday()]
    if parts.hour is not None:
        found = _clock(parts, day, ctx)
        return None if found is None else (found[0], found[1], ())
    return _whole_day(day, ctx.tz), day.isoformat(), ()


def _period(parts: Parts, ctx: Context) -> Result | None:
    anchor = ctx.day
    if anchor is None:
        return None
    step = {"last": -1, "next": 1}.get(parts.rel or "", 0)
    tz = ctx.tz
    if parts.unit == "week":
        monday = anchor - DAYS[anchor.weekday()] + DAYS[7 * step]
        iso = monday.isocalendar()
        value = _value(_at(monday, tz), _at(monday + DAYS[7], tz), "week")
        return value, f"{iso[0]}-W{iso[1]:02d}", ()
    if parts.unit == "month":
        year, month = shift_month(anchor.year, anchor.month, step)
        return _month_value(year, month, None, tz)
    year = anchor.year + step
    return (
        _value(_at(date(year, 1, 1), tz), _at(date(year + 1, 1, 1), tz), "year"),
        str(year),
        (),
    )


def _month_value(year: int, month: int, part: str | None, tz: tzinfo) -> Result:
    last = days_in_month(year, month)
    first, end = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}.get(part or "", (1, last))
    start = _at(date(year, month, first), tz)
    stop = _at(date(year, month, end), tz) + _DAY
    return _value(start, stop, "month"), f"{year}-{month:02d}", ()


def _month(parts: Parts, ctx: Context) -> Result | None:
    month = parts.month or 1
    if parts.year is not None:
        return _month_value(parts.year, month, parts.month_part, ctx.tz)
    anchor = ctx.day
    if anchor is None:
        return None
    candidates = [date(y, month, 15) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if anchor.month == month:
        chosen = date(anchor.year, month, 15)
    else:
        chosen = pick(candidates, anchor, ctx.cue)
    return _month_value(chosen.year, month, parts.month_part, ctx.tz)


def _year(parts: Parts, ctx: Context) -> Result | None:
    year = parts.year or 1
    months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}.get(parts.month_part or "", (1, 12))
    start = _at(date(year, months[0], 1), ctx.tz)
    ny, nm = shift_month(year, months[1], 1)
    return _value(start, _at(date(ny, nm, 1), ctx.tz), "year"), str(year), ()


def _night(parts: Parts, ctx: Context) -> Result | None:
    notes: tuple[str, ...] = ()
    if parts.night_latest or parts.offset_days is not None:
        moment = ctx.local
        if moment is None:
            return None
        evening = moment.date() + DAYS[parts.offset_days or 0]
        if parts.night_latest and moment.hour < 18:
            evening -= _DAY
    elif parts.day is not None or parts.weekday is not None:
        # A night named by its two days ("de samedi à dimanche") is resolved by its second
        # day ("pair"), the evening being the day before; one day names the evening.
        found, notes = which_day(parts.copy(kind="day", rel=None), ctx)
        if found is None:
            return None
        evening = found - _DAY if parts.rel == "pair" else found
    else:
        return None
    value = _span(evening, _NIGHT, ctx.tz, "night")
    return value, f"{evening.isoformat()}TNI", notes


def _nth(parts: Parts, ctx: Context) -> Result | None:
    anchor = ctx.day
    if parts.amount < 0 and parts.month is None and parts.rel is None:
        return None
    if parts.month is not None and parts.year is not None:
        year, month = parts.year, parts.month
    elif anchor is None:
        return None
    elif parts.month is not None:
        year, month = anchor.year, parts.month
    else:
        step = {"last": -1, "next": 1}.get(parts.rel or "", 0)
        year, month = shift_month(anchor.year, anchor.month, step)
    found = nth_weekday(year, month, parts.weekday or 0, parts.amount)
    if found is None:
        return None
    return _whole_day(found, ctx.tz), found.isoformat(), ()


def _wdcount(parts: Parts, ctx: Context) -> Result | None:
    anchor = ctx.day
    if anchor is None:
        return None
    weekday = parts.weekday or 0
    if parts.amount > 0:
        first = anchor + DAYS[(weekday - anchor.weekday() - 1) % 7 + 1]
        found = first + DAYS[7 * (parts.amount - 1)]
    else:
        last = anchor - DAYS[(anchor.weekday() - weekday - 1) % 7 + 1]
        found = last - DAYS[7 * (-parts.amount - 1)]
    return _whole_day(found, ctx.tz), found.isoformat(), ()


def _dom2(parts: Parts, ctx: Context) -> Result | None:
    anchor = ctx.day
    if anchor is None:
        return None
    step = {"last": -1, "next": 1}.get(parts.rel or "", 0)
    year, month = shift_month(anchor.year, anchor.month, step)
    found = valid_day(year, month, parts.day or 1)
    if found is None:
        return None
    return _whole_day(found, ctx.tz), found.isoformat(), ()


def _holiday(parts: Parts, ctx: Context) -> Result | None:
    anchor = ctx.day
    if parts.year is not None:
        found = holiday_in(parts, parts.year)
    elif anchor is None:
        return None
    elif parts.end_day is not None:
        found = holiday_in(parts, anchor.year + parts.end_day)
    elif parts.months_on is not None:
        found = holiday_in(parts, shift_month(anchor.year, anchor.month, parts.months_on)[0])
    elif parts.rel == "next":
        found = min((c for c in holidays_near(parts, anchor) if c > anchor), default=None)
    elif parts.rel == "last":
        found = max((c for c in holidays_near(parts, anchor) if c < anchor), default=None)
    elif parts.rel == "this":
        found = holiday_in(parts, anchor.year)
    else:
        found = nearest_holiday(parts, anchor, ctx.cue)
    if found is None:
        return None
    return _whole_day(found, ctx.tz), found.isoformat(), ()


def _closest(parts: Parts, ctx: Context) -> Result | None:
    """Resolve "the second closest xmas to today": the n-th such day nearest the base."""
    if parts.base is None or parts.target is None:
        return None
    base = resolve(parts.base, ctx)
    if base is None:
        return None
    found = closest_days(parts.target, base[0].start.date(), parts.amount)
    if found is None:
        return None
    return _whole_day(found, ctx.tz), found.isoformat(), ()


def _now(_parts: Parts, ctx: Context) -> Result | None:
    if ctx.local is None:
        return None
    start = ctx.local.replace(second=0, microsecond=0)
    # Noted: "maintenant" in prose rarely dates an event; a caller may skip it.
    return _value(start, start + _MINUTE, "minute"), _iso_minute(start), ("now",)


def _shift(parts: Parts, ctx: Context) -> Result | None:
    notes: tuple[str, ...] = ()
    if parts.base is not None:
        base = resolve(parts.base, ctx)
        if base is None:
            return None
        start = base[0].start
    elif parts.base_from is not None and parts.unit not in ("hour", "minute"):
        # "deux jours après.": counted from the narrative's day.
        day, notes = narrative_base(parts, ctx)
        if day is None:
            return None
        start = _at(day, ctx.tz)
    else:
        return None
    if parts.unit in ("hour", "minute"):
        step = timedelta(hours=1) if parts.unit == "hour" else timedelta(minutes=1)
        moment = (start + parts.amount * step).replace(second=0, microsecond=0)
        return _value(moment, moment + _MINUTE, "minute"), _iso_minute(moment), ()
    day = start.date()
    if parts.unit in ("day", "week"):
        day += DAYS[parts.amount * (7 if parts.unit == "week" else 1)]
    else:
        months = parts.amount * (12 if parts.unit == "year" else 1)
        year, month = shift_month(day.year, day.month, months)
        day = date(year, month, min(day.day, days_in_month(year, month)))
    if parts.weekday is not None:  # "Monday two weeks from now": the Monday of that week
        day += DAYS[parts.weekday - day.weekday()]
    tz = start.tzinfo or ctx.tz
    return _whole_day(day, tz), day.isoformat(), notes


def resolve(parts: Parts, ctx: Context) -> Result | None:
    """Resolve ``parts`` in ``ctx``; None when nothing dates it (a relative with no anchor)."""
    kind = parts.kind
    if parts.year is not None and parts.year < CENTURY:
        parts.year = full_year(parts.year, ctx)
    other = _OTHER_KINDS.get(kind)
    if other is not None:
        return other(parts, ctx)
    day, notes = which_day(parts, ctx)
    if day is None:
        return None
    if ctx.day is not None and day > ctx.day:
        notes = (*notes, "future")
    if kind == "range" and parts.end_day is not None:
        end_month = parts.end_month or day.month
        end_year = day.year + (1 if end_month < day.month else 0)
        end = valid_day(end_year, end_month, parts.end_day)
        if end is None or end < day:
            return None
        value = _value(_at(day, ctx.tz), _at(end, ctx.tz) + _DAY, "day")
        return value, day.isoformat(), (*notes, "range")
    if parts.hour is not None:
        found = _clock(parts, day, ctx)
        return None if found is None else (found[0], found[1], notes)
    if parts.part:
        if parts.part == "NI":
            return _span(day, _NIGHT, ctx.tz, "night"), f"{day.isoformat()}TNI", notes
        hours = PART_HOURS.get(parts.part)
        if hours:
            value = _span(day, hours, ctx.tz, "part-of-day")
            return value, f"{day.isoformat()}T{parts.part}", notes
    return _whole_day(day, ctx.tz), day.isoformat(), notes


#: The resolvers of the kinds other than a day (with or without a clock, part or range).
_OTHER_KINDS: dict[str, Callable[[Parts, Context], Result | None]] = {
    "shift": _shift,
    "closest": _closest,
    "holiday": _holiday,
    "nth": _nth,
    "dom2": _dom2,
    "wdcount": _wdcount,
    "now": _now,
    "offset": _offset,
    "period": _period,
    "month": _month,
    "year": _year,
    "night": _night,
}
