"""Holidays: regional variants chosen by a regional tag, and feasts read from year tables."""

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from liveblog.model import Mention
from liveblog.times import find_times
from liveblog.times._calendar import table_days
from liveblog.times._calendar_tables import TABLES
from liveblog.times._feasts import holidays_near
from liveblog.times._parts import Parts
from liveblog.times._which_day import pick
from liveblog.times.lang.en_holidays import TABLE_HOLIDAYS

UTC = timezone.utc
WINTER = datetime(2013, 2, 12, 4, 30, tzinfo=UTC)  # a Tuesday
SPRING = datetime(2024, 4, 20, 9, 0, tzinfo=UTC)  # a Saturday


def only(text: str, anchor: datetime, lang: str = "en") -> Mention:
    mentions = find_times(text, anchor=anchor, lang=lang)
    assert len(mentions) == 1, mentions
    return mentions[0]


class TestRegions:
    @pytest.mark.parametrize(
        ("text", "lang", "expected"),
        [
            ("Labour Day 2012", "en", "2012-09-03"),
            ("Labour Day 2012", "en-US", "2012-09-03"),
            ("Labour Day 2012", "en-AU", "2012-10-01"),
            ("Labour Day 2012", "en-NZ", "2012-10-22"),
            ("Labour Day 2012", "en-IE", "2012-05-07"),
            ("Labour Day 2012", "en-IN", "2012-05-01"),
            ("Labour Day 2012", "en_za", "2012-05-01"),
            ("thanksgiving 2012", "en", "2012-11-22"),
            ("thanksgiving 2012", "en-CA", "2012-10-08"),
            ("thanksgiving 2012", "en-GB", "2012-11-22"),
            ("mothers day 2012", "en-US", "2012-05-13"),
            ("mothers day 2012", "en-GB", "2012-03-18"),
            ("fathers day 1996", "en-AU", "1996-09-01"),
            ("fathers day 1996", "en-NZ", "1996-09-01"),
            ("fathers day 1996", "en-CA", "1996-06-16"),
            ("memorial day 2013", "en", "2013-05-27"),
            ("memorial day 2013", "en-CA", "2013-07-01"),
            ("independence day 2013", "en-IN", "2013-08-15"),
            ("independence day 2013", "en-PH", "2013-06-12"),
            ("august bank holiday 2018", "en-GB", "2018-08-27"),
            ("august bank holiday 2018", "en-IE", "2018-08-06"),
            ("emancipation day 2012", "en-JM", "2012-08-01"),
        ],
    )
    def test_regional_holiday(self, text: str, lang: str, expected: str) -> None:
        """A regional tag picks that country's day for a name countries share."""
        found = only(text, WINTER, lang)
        assert (expected, "day") == (found.timex, found.value.granularity)

    @pytest.mark.parametrize(
        ("text", "lang", "expected"),
        [
            ("It happened on 03/04/2013.", "en", "2013-03-04"),
            ("It happened on 03/04/2013.", "en-US", "2013-03-04"),
            ("It happened on 03/04/2013.", "en-GB", "2013-04-03"),
            ("It happened on 03/04/2013.", "en-AU", "2013-04-03"),
            ("It happened on 13/09/2012.", "en", "2012-09-13"),
            ("It happened on 10/31/2012.", "en-GB", "2012-10-31"),
        ],
    )
    def test_numeric_order(self, text: str, lang: str, expected: str) -> None:
        """en and en-US read 03/04 month first, en-GB and en-AU day first; 13/09 is 13/09."""
        assert expected == only(text, WINTER, lang).timex

    def test_names_unique_to_a_country_need_no_tag(self) -> None:
        """ "Canada Day" and "ANZAC Day" are read with plain "en"."""
        assert "2012-07-01" == only("Canada Day 2012", WINTER).timex
        assert "2012-04-25" == only("anzac day 2012", WINTER).timex


class TestTableFeasts:
    @pytest.mark.parametrize(
        ("text", "anchor", "expected"),
        [
            ("Eid al-Fitr 1950", WINTER, "1950-07-16"),
            ("eid ul-fitr 2024", WINTER, "2024-04-10"),
            ("Eid al-Adha 1974", WINTER, "1974-01-03"),  # the year's first of two
            ("Bakr Id 1980", WINTER, "1980-10-19"),
            ("last chinese new year", WINTER, "2013-02-10"),
            ("next lunar new year", WINTER, "2014-01-31"),
            ("Deepavali in 2019", WINTER, "2019-10-27"),
            ("dhanteras 2019", WINTER, "2019-10-25"),
            ("vijayadashami in five years", WINTER, "2018-10-19"),
            ("karva chauth in 2018", WINTER, "2018-10-27"),
            ("Lakshmi Puja six years hence", WINTER, "2019-10-27"),
            ("diwali 2017", WINTER, "2017-10-19"),
            ("thanksgiving in 9 months", WINTER, "2013-11-28"),
            ("thanksgiving 9 months from now", WINTER, "2013-11-28"),
            ("thanksgiving 3 months ago", WINTER, "2012-11-22"),
            ("last super tuesday", WINTER, "2012-03-06"),
            ("next super tuesday", WINTER, "2016-03-01"),
            ("super tuesday 2008", WINTER, "2008-02-05"),
            ("giga Tuesday", WINTER, "2008-02-05"),  # a table of one day: that day
            ("mini tuesday nine yrs ago", WINTER, "2004-02-03"),
            ("tax day 2011", WINTER, "2011-04-18"),  # Emancipation Day observed on the 15th
            ("tax day 2020", WINTER, "2020-07-15"),
            ("next tax day", WINTER, "2013-04-15"),
            ("emancipation day 2012", WINTER, "2012-04-16"),
            ("Orthodox Easter 2024", WINTER, "2024-05-05"),
            ("Victoria Day 2018", WINTER, "2018-05-21"),
            ("Muslims celebrated Eid al-Fitr.", SPRING, "2024-04-10"),
        ],
    )
    def test_feast(self, text: str, anchor: datetime, expected: str) -> None:
        """A lunar or lunisolar feast resolves from its year table, as a day."""
        found = only(text, anchor)
        assert (expected, "day") == (found.timex, found.value.granularity)

    @pytest.mark.parametrize("text", ["a spring festival", "she tied a rakhi on his wrist"])
    def test_common_words_are_not_feasts(self, text: str) -> None:
        """A name that is also a common phrase or object is left out of the tables."""
        assert () == find_times(text, anchor=WINTER, lang="en")

    def test_year_outside_the_table_gives_nothing(self) -> None:
        """No table day that year: no mention rather than a guess."""
        assert () == find_times("Holi 1950", anchor=WINTER, lang="en")

    def test_every_name_points_to_a_table(self) -> None:
        """Each table feast of the English data names a table that holds days, in order."""
        for name, table, _ in TABLE_HOLIDAYS:
            days = table_days(table)
            assert days, (name, table)
            assert list(days) == sorted(set(days))  # in order, each day once
        assert set(TABLES) >= {table for _, table, _ in TABLE_HOLIDAYS}

    @given(
        table=st.sampled_from(sorted(TABLES)),
        day=st.dates(date(1890, 1, 1), date(2110, 12, 31)),
        amount=st.integers(-2, 2),
        cue=st.sampled_from([None, "past", "future"]),
    )
    def test_neighbours_choose_as_the_whole_table(
        self, table: str, day: date, amount: int, cue: str | None
    ) -> None:
        """The nearest, next and last feast from a day, read from its few neighbours, are
        those of the whole table (a sparse one too: Super Tuesday comes every four years)."""
        parts = Parts(kind="holiday", table=table, amount=amount)
        every = [d + timedelta(amount) for d in table_days(table)]
        near = holidays_near(parts, day)
        assert set(near) <= set(every)
        assert pick(near, day, cue) == pick(every, day, cue)
        assert min((c for c in near if c > day), default=None) == min(
            (c for c in every if c > day), default=None
        )
        assert max((c for c in near if c < day), default=None) == max(
            (c for c in every if c < day), default=None
        )


class TestClosest:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("the closest xmas to today", "2012-12-25"),
            ("the second closest xmas to today", "2013-12-25"),
            ("the 3rd closest xmas to today", "2011-12-25"),
            ("the closest super tuesday to mini-tuesday", "2004-03-02"),
            ("the nearest Monday to 2 October 2013", "2013-09-30"),
        ],
    )
    def test_closest(self, text: str, expected: str) -> None:
        """The n-th occurrence nearest the base, as one mention spanning both."""
        found = only(text, WINTER)
        assert (text, expected, "day") == (found.text, found.timex, found.value.granularity)

    @pytest.mark.parametrize("text", ["the closest hospital to the city", "the nearest town"])
    def test_closest_without_a_date_is_nothing(self, text: str) -> None:
        """ "closest" alone dates nothing."""
        assert () == find_times(text, anchor=WINTER, lang="en")
