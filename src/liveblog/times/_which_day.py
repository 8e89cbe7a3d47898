"""Choose the day a mention means: the news conventions (docs/times.md gives examples).

* a bare weekday is the latest such day on or before the anchor's day, unless the words
  before it speak of the future ("aura lieu samedi"), then the next one on or after it;
* "ce vendredi" / "this Friday" is the Friday of the anchor's week (Monday to Sunday);
  "vendredi prochain" / "next Friday" the Friday of the next week, "vendredi dernier" /
  "last Friday" the Friday of the previous week;
* a date without a year takes the year that puts it nearest the anchor, or the latest one
  not after it in past-tense context, the first one not before it in future context; with
  a weekday, the year in which the weekday fits; with no anchor, the year nearest the
  reference in which the weekday fits ("jeudi 31 octobre" → 2024);
* a weekday that contradicts its date keeps the date and says so (note "weekday-mismatch");
* a time of day alone takes the anchor's day;
* a narrative "le lendemain" counts from the text's previous dated mention.
"""

from __future__ import annotations

from datetime import MAXYEAR, MINYEAR, date, datetime, tzinfo

from liveblog.times._calendar import DAYS, shift_month, valid_day, year_from_weekday
from liveblog.times._feasts import holiday_in, holidays_near
from liveblog.times._parts import Parts

__all__ = [
    "CENTURY",
    "Context",
    "full_year",
    "narrative_base",
    "nearest_holiday",
    "nearest_year_day",
    "pick",
    "which_day",
]

#: A tense decides between readings only within half a year of the anchor.
_CUE_REACH = 183
#: A date this near the anchor in the anchor's year is chosen whatever the tense: the
#: same date in another year is at least 365 days from it, so more than ``_CUE_REACH``
#: from the anchor and further than the anchor's year's.
_SAME_YEAR = 365 - _CUE_REACH - 1
#: The same for a holiday kept by a rule: its days in two years are at least 331 days
#: apart (Easter moves within 35 days; a fixed or n-th weekday's day within 7).
_SAME_YEAR_FEAST = 331 - _CUE_REACH - 1


class Context:
    """The anchor, its local day, and the tense of the words around the current mention.

    Made once per text: the anchor's local time is computed once, not per mention.
    """

    __slots__ = ("anchor", "cue", "day", "local", "previous_day", "reference", "tz")

    def __init__(self, anchor: datetime | None, tz: tzinfo, reference: datetime) -> None:
        """Keep the anchor and read its local time in ``tz`` once."""
        self.anchor = anchor
        self.tz = tz
        self.reference = reference
        # astimezone to the anchor's own zone changes nothing (documented): skipped.
        self.local = (
            None if anchor is None else anchor if anchor.tzinfo is tz else anchor.astimezone(tz)
        )
        self.day = self.local.date() if self.local is not None else None
        self.cue: str | None = None  # "future", "past" or None, read from the sentence
        #: The day of the text's latest mention precise to the day or finer: the base of a
        #: narrative "le lendemain" ("Le 3 mars, ... Le lendemain, ..." is 4 March).
        self.previous_day: date | None = None


def pick(candidates: list[date], anchor: date, cue: str | None) -> date:
    """Among candidate days, the one the context points to (see the module docstring)."""
    # A tense only decides between readings within half a year of the anchor.
    if cue == "future":
        after = [c for c in candidates if 0 <= (c - anchor).days <= _CUE_REACH]
        if after:
            return min(after)
    if cue == "past":
        before = [c for c in candidates if 0 <= (anchor - c).days <= _CUE_REACH]
        if before:
            return max(before)
    return min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor))


def _weekday_day(parts: Parts, anchor: date, cue: str | None) -> date:
    weekday = parts.weekday if parts.weekday is not None else 0
    rel = parts.rel
    if rel is None or rel == "since":
        if cue == "future" and rel is None:
            return anchor + DAYS[(weekday - anchor.weekday()) % 7]
        return anchor - DAYS[(anchor.weekday() - weekday) % 7]
    monday = anchor - DAYS[anchor.weekday()]
    if parts.rel == "this":
        return monday + DAYS[weekday]
    if parts.rel == "next":
        return monday + DAYS[7 + weekday]
    if parts.rel == "last":
        return monday + DAYS[weekday - 7]
    if parts.rel == "recent":
        return anchor - DAYS[(anchor.weekday() - weekday - 1) % 7 + 1]
    if parts.rel == "afternext":
        return anchor + DAYS[(weekday - anchor.weekday() - 1) % 7 + 8]
    if parts.rel == "coming":
        return anchor + DAYS[(weekday - anchor.weekday() - 1) % 7 + 1]
    if cue == "future" and parts.rel != "since":
        return anchor + DAYS[(weekday - anchor.weekday()) % 7]
    return anchor - DAYS[(anchor.weekday() - weekday) % 7]


def _calendar_day(parts: Parts, ctx: Context) -> tuple[date | None, tuple[str, ...]]:
    """Find the day a date with a month names, and the notes that came with choosing it."""
    month, day = parts.month or 1, parts.day or 1
    anchor = ctx.day
    if parts.year is not None:
        found = valid_day(parts.year, month, day)
        if found and parts.weekday is not None and found.weekday() != parts.weekday:
            return found, ("weekday-mismatch",)
        return found, ()
    if anchor is None:
        if parts.weekday is None:
            return None, ()
        year = year_from_weekday(month, day, parts.weekday, ctx.reference.year)
        return (valid_day(year, month, day), ("year-from-weekday",)) if year else (None, ())
    # The day in the anchor's year, when near it, is every cue's choice: the other years'
    # are a year from it, too far to be nearer or within a tense's reach. (In 9999 the
    # next year's day cannot be built: the slow path's error stands.)
    found = None
    if parts.rel not in ("next", "last") and anchor.year < MAXYEAR:
        found = valid_day(anchor.year, month, day)
    if found is None or abs(found.toordinal() - anchor.toordinal()) > _SAME_YEAR:
        found = nearest_year_day(parts, anchor, ctx.cue)
        if found is None:
            return None, ()
    if parts.weekday is not None and found.weekday() != parts.weekday:
        return found, ("weekday-mismatch",)
    return found, ()


def nearest_year_day(parts: Parts, anchor: date, cue: str | None) -> date | None:
    """Choose a yearless date among the anchor's year and the two beside it (the rule itself).

    "next"/"last" take the first one after or before the anchor; otherwise ``pick``.
    """
    month, day = parts.month or 1, parts.day or 1
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    candidates = [c for y in years if (c := valid_day(y, month, day))]
    if not candidates:
        return None
    if parts.rel in ("next", "last"):
        side = [c for c in candidates if (c > anchor if parts.rel == "next" else c < anchor)]
        if side:
            return min(side) if parts.rel == "next" else max(side)
    return pick(candidates, anchor, cue)


def nearest_holiday(parts: Parts, anchor: date, cue: str | None) -> date | None:
    """Choose the holiday's day the context points to among those near the anchor (``pick``).

    A rule's day in the anchor's year, when near it, is every cue's choice (as in
    ``_calendar_day``): one rule day instead of three and ``pick``. (Near years 1 and 9999 a
    year beside the anchor's cannot be built: the slow path's error stands.)
    """
    if parts.table is None and MINYEAR + 1 < anchor.year < MAXYEAR - 1:
        found = holiday_in(parts, anchor.year)
        if found is not None and abs(found.toordinal() - anchor.toordinal()) <= _SAME_YEAR_FEAST:
            return found
    candidates = holidays_near(parts, anchor)
    return pick(candidates, anchor, cue) if candidates else None


def _day_of_month(parts: Parts, anchor: date) -> tuple[date | None, tuple[str, ...]]:
    """Find the day of "mardi 4": the 4th of a month near the anchor that is a Tuesday."""
    day = parts.day or 1
    candidates = []
    for delta in range(-12, 13):
        year, month = shift_month(anchor.year, anchor.month, delta)
        if found := valid_day(year, month, day):
            candidates.append(found)
    if not candidates:
        return None, ()
    fitting = [c for c in candidates if c.weekday() == parts.weekday]
    if fitting:
        return pick(fitting, anchor, None), ()
    near = [c for c in candidates if abs((c - anchor).days) < 45]
    return pick(near or candidates, anchor, "past"), ("weekday-mismatch",)


def narrative_base(parts: Parts, ctx: Context) -> tuple[date | None, tuple[str, ...]]:
    """Find the day a narrative relative counts from, and the note that says which it is.

    The previous mention's day when the text has one and the words name no other base,
    else the anchor's day.
    """
    if parts.base_from == "narrative" and ctx.previous_day is not None:
        return ctx.previous_day, ("base-previous-mention",)
    return ctx.day, ("base-anchor",)


def which_day(parts: Parts, ctx: Context) -> tuple[date | None, tuple[str, ...]]:
    anchor = ctx.day
    if parts.month is not None and parts.day is not None:
        return _calendar_day(parts, ctx)
    if parts.base_from is not None and parts.offset_days is not None:
        base, notes = narrative_base(parts, ctx)
        return (None, ()) if base is None else (base + DAYS[parts.offset_days], notes)
    if anchor is None:
        return None, ()
    if parts.offset_days is not None:
        return anchor + DAYS[parts.offset_days], ()
    if parts.day is not None and parts.weekday is not None:
        return _day_of_month(parts, anchor)
    if parts.day is not None:
        candidates = []
        for delta in (-1, 0, 1):
            year, month = shift_month(anchor.year, anchor.month, delta)
            if found := valid_day(year, month, parts.day):
                candidates.append(found)
        return (pick(candidates, anchor, ctx.cue) if candidates else None), ()
    if parts.weekday is not None:
        return _weekday_day(parts, anchor, ctx.cue), ()
    if parts.hour is not None:
        return anchor, ()
    return None, ()


CENTURY = 100


#: A two-digit year takes the century that puts it at most this many years after the
#: anchor's year: "03/18/40" written in 2016 is 1940, "13/04/21" written in 2018 is 2021.
_TWO_DIGIT_AHEAD = 20


def full_year(short: int, ctx: Context) -> int:
    """Expand a two-digit year around the anchor's year (the reference's with no anchor)."""
    near = ctx.day.year if ctx.day is not None else ctx.reference.year
    year = near - near % CENTURY + short
    return year - CENTURY if year > near + _TWO_DIGIT_AHEAD else year
