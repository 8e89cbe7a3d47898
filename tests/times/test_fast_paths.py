"""The resolver's fast paths choose as the rules they shortcut: each against its slow form."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog.times._calendar import DAYS
from liveblog.times._feasts import holiday_in, holidays_near
from liveblog.times._find import _LAST_SENTENCE, _SENTENCE_MARKS
from liveblog.times._parts import Parts
from liveblog.times._resolve import _iso_minute, resolve
from liveblog.times._which_day import Context, nearest_holiday, nearest_year_day, pick, which_day

UTC = timezone.utc
REFERENCE = datetime(2024, 1, 1, tzinfo=UTC)
cues = st.sampled_from([None, "past", "future"])
zones = st.sampled_from([UTC, timezone(timedelta(hours=-5, minutes=-30)), ZoneInfo("Europe/Paris")])
#: Days from the anchor around half a year, where the fast path stops.
EDGES = [sign * days for sign in (-1, 1) for days in range(179, 187)]


def _context(anchor: date, cue: str | None) -> Context:
    ctx = Context(datetime(anchor.year, anchor.month, anchor.day, 12, tzinfo=UTC), UTC, REFERENCE)
    ctx.cue = cue
    return ctx


def _calendar_day_slowly(
    parts: Parts, anchor: date, cue: str | None
) -> tuple[date | None, tuple[str, ...]]:
    """A date without a year by the rule itself: every candidate year, then the cue."""
    found = nearest_year_day(parts, anchor, cue)
    if found is not None and parts.weekday is not None and found.weekday() != parts.weekday:
        return found, ("weekday-mismatch",)
    return found, ()


class TestCalendarDay:
    @settings(max_examples=1000)
    @given(
        anchor=st.dates(date(2, 1, 1), date(9998, 12, 31)),
        distance=st.none() | st.integers(-370, 370) | st.sampled_from(EDGES),
        month=st.integers(1, 12),
        day=st.integers(1, 31),
        weekday=st.none() | st.integers(0, 6),
        rel=st.sampled_from([None, "next", "last", "this"]),
        cue=cues,
    )
    def test_the_anchor_years_day_when_near(
        self,
        *,
        anchor: date,
        distance: int | None,
        month: int,
        day: int,
        weekday: int | None,
        rel: str | None,
        cue: str | None,
    ) -> None:
        """Taking the date in the anchor's year when it is within half a year of the anchor
        chooses as comparing the three years' dates does, whatever the cue or relative."""
        if distance is not None:  # a date that far from the anchor: the fast path's edges
            target = anchor + timedelta(distance)
            month, day = target.month, target.day
        parts = Parts(month=month, day=day, weekday=weekday, rel=rel)
        assert which_day(parts, _context(anchor, cue)) == _calendar_day_slowly(parts, anchor, cue)


class TestClock:
    @given(
        day=st.dates(date(1, 1, 2), date(9999, 12, 30)),
        hour=st.integers(0, 23),
        minute=st.integers(0, 59),
        hour_only=st.booleans(),
        zone=zones,
    )
    def test_read_from_the_tables_of_minutes(
        self, *, day: date, hour: int, minute: int, hour_only: bool, zone: tzinfo
    ) -> None:
        """A clock's start and TIMEX3 value read from the tables of the day's minutes are
        the datetime built from its fields and that datetime's value."""
        anchor = datetime.combine(day, time(12), zone)
        parts = Parts(month=day.month, day=day.day, year=day.year, hour=hour, minute=minute)
        parts.hour_only = hour_only
        found = resolve(parts, Context(anchor, zone, REFERENCE))
        assert found is not None
        start = datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)
        value, timex, _ = found
        assert (value.start, value.end - value.start, value.granularity) == (
            start,
            timedelta(hours=1) if hour_only else timedelta(minutes=1),
            "hour" if hour_only else "minute",
        )
        assert value.start.tzinfo is zone
        assert timex == _iso_minute(start)


def _holiday_parts(data: st.DataObject) -> Parts:
    """A holiday kept by a rule: a fixed day, the n-th weekday of a month, or Easter's."""
    rule = data.draw(st.sampled_from(["fixed", "weekday", "easter"]))
    if rule == "fixed":
        return Parts(
            kind="holiday", month=data.draw(st.integers(1, 12)), day=data.draw(st.integers(1, 29))
        )
    if rule == "weekday":
        parts = Parts(
            kind="holiday",
            month=data.draw(st.integers(1, 12)),
            weekday=data.draw(st.integers(0, 6)),
        )
        parts.amount = data.draw(st.sampled_from([1, 2, 3, 4, 5, -1]))
        parts.offset_days = data.draw(st.integers(-10, 10))
        return parts
    parts = Parts(kind="holiday", unit="easter")
    parts.amount = data.draw(st.integers(-60, 60))
    return parts


class TestNearestHoliday:
    @settings(max_examples=1000)
    @given(
        data=st.data(),
        year=st.integers(5, 9995),
        distance=st.integers(-370, 370)
        | st.sampled_from([*EDGES, *range(-150, -144), *range(145, 151)]),
        cue=cues,
    )
    def test_the_anchor_years_day_when_near(
        self, *, data: st.DataObject, year: int, distance: int, cue: str | None
    ) -> None:
        """Taking a rule holiday's day in the anchor's year when near the anchor chooses as
        ``pick`` among the days of the three years does, whatever the cue."""
        parts = _holiday_parts(data)
        day = holiday_in(parts, year)
        if day is None:  # a fifth weekday the month lacks
            day = date(year, parts.month or 1, 15)
        anchor = day + timedelta(distance)
        candidates = holidays_near(parts, anchor)
        slow = pick(candidates, anchor, cue) if candidates else None
        assert nearest_holiday(parts, anchor, cue) == slow


class TestDays:
    @given(days=st.integers(-1200, 1200) | st.integers(-999_999_999, 999_999_999))
    def test_the_timedelta_of_that_many_days(self, days: int) -> None:
        """``DAYS[n]`` is ``timedelta(n)``, prebuilt or not."""
        assert DAYS[days] == timedelta(days)

    def test_out_of_range_as_timedelta(self) -> None:
        """A count timedelta refuses is refused alike."""
        with pytest.raises(OverflowError):
            DAYS[10**10]


@given(st.text(alphabet="ab .!?\n;:,", max_size=70))
def test_the_last_sentence_mark_is_found_by_one_search(window: str) -> None:
    """The cue window's cut: one search finds the mark an ``rfind`` per mark finds."""
    found = _LAST_SENTENCE.search(window)
    assert (found.start() if found else -1) == max(map(window.rfind, _SENTENCE_MARKS))
