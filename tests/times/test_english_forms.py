"""English forms: a date and a clock composed into one mention, glued clocks, numeric days."""

from datetime import datetime, timezone

import pytest

from liveblog.times import find_times

UTC = timezone.utc
MON = datetime(2016, 11, 7, 9, 0, tzinfo=UTC)  # a Monday
WED = datetime(2019, 5, 22, 9, 0, tzinfo=UTC)  # a Wednesday


def one(text: str, anchor: datetime) -> tuple[str, str, str]:
    """The only mention of ``text``: its span, TIMEX and granularity."""
    mentions = find_times(text, anchor=anchor, lang="en")
    assert len(mentions) == 1, mentions
    m = mentions[0]
    return m.text, m.timex, m.value.granularity


class TestComposition:
    """A date and a clock next to each other give one mention spanning both."""

    @pytest.mark.parametrize(
        ("text", "span", "value"),
        [
            ("Talks resume March 3 for 9:30am.", "March 3 for 9:30am", "2017-03-03T09:30 minute"),
            ("Met on Friday for 3 in the afternoon.", "on Friday for 3 in the afternoon",
             "2016-11-04T15:00 hour"),
            ("Lunch at 12:30 PM on Fri.", "at 12:30 PM on Fri.", "2016-11-04T12:30 minute"),
            ("Doors open 9 am Sat, then close.", "9 am Sat", "2016-11-05T09:00 hour"),
            ("It ended 8pm in the evening, Sunday.", "8pm in the evening, Sunday",
             "2016-11-06T20:00 hour"),
            ("She left at five-thirty yesterday evening.", "at five-thirty yesterday evening",
             "2016-11-06T17:30 minute"),
            ("The vote is due next week Tue 9 am.", "next week Tue 9 am", "2016-11-15T09:00 hour"),
        ],
    )  # fmt: skip
    def test_one_mention(self, text: str, span: str, value: str) -> None:
        """Date and time in either order, joined by "for", "on", a comma or nothing."""
        timex, granularity = value.split()
        assert (span, timex, granularity) == one(text, MON)

    def test_for_needs_a_written_clock(self) -> None:
        """ "on Monday for 2." is a count, not 2 o'clock: the day stays alone."""
        assert ("on Monday", "2016-11-07", "day") == one("He was banned on Monday for 2.", MON)

    def test_abbreviation_alone_is_not_a_day(self) -> None:
        """ "sat" after a clock counts only as a weekday of that clock, never alone."""
        assert [] == [m.text for m in find_times("He sat down.", anchor=MON, lang="en")]


class TestClocks:
    @pytest.mark.parametrize(
        ("text", "timex", "granularity"),
        [
            ("back by 340pm", "2016-11-07T15:40", "minute"),
            ("back by 1140 a.m.", "2016-11-07T11:40", "minute"),
            ("back at 9.am", "2016-11-07T09:00", "hour"),
            ("back at 715ampm", "2016-11-07T07:15", "minute"),
            ("back noonish", "2016-11-07T12:00", "minute"),
            ("back at mid-night", "2016-11-07T00:00", "minute"),
            ("it was 8 in the night", "2016-11-07T20:00", "hour"),
            ("it was 12 at night", "2016-11-07T00:00", "hour"),
            ("it was 3 at night", "2016-11-07T03:00", "hour"),
        ],
    )
    def test_clock(self, text: str, timex: str, granularity: str) -> None:
        """Glued hours and minutes, a dotted meridiem, night hours (12 is midnight)."""
        _, got, grain = one(text, MON)
        assert (timex, granularity) == (got, grain)

    def test_dot_then_a_sentence_is_not_a_meridiem(self) -> None:
        """ "at 9. Am I late" ends a sentence: no clock."""
        assert [] == list(find_times("He left at 9. Am I late?", anchor=MON, lang="en"))


class TestDays:
    @pytest.mark.parametrize(
        ("text", "anchor", "timex"),
        [
            ("It happened Oct2.", MON, "2016-10-02"),
            ("Filed on Dec31 , 1994.", MON, "1994-12-31"),
            ("Due on 4.22", WED, "2019-04-22"),
            ("Due on 4-22", WED, "2019-04-22"),
            ("Files dated 20161016.", MON, "2016-10-16"),
            ("On 2016 10 16, it began.", MON, "2016-10-16"),
            ("Born 03/18/40.", MON, "1940-03-18"),
            ("Born 03/18/21.", MON, "2021-03-18"),
            ("It is due next 5/12", WED, "2020-05-12"),
            ("It was bought for $12 December 27", WED, "2018-12-27"),
        ],
    )
    def test_day(self, text: str, anchor: datetime, timex: str) -> None:
        """Glued months, numeric days after "on", compact ISO, two-digit years near the anchor."""
        _, got, grain = one(text, anchor)
        assert (timex, "day") == (got, grain)

    @pytest.mark.parametrize(
        "text",
        [
            "They won by 3-1.",
            "They spent on 4.5 million.",
            "It rose 4.22 points on the day.",
        ],
    )
    def test_not_a_day(self, text: str) -> None:
        """Scores and decimals are not days."""
        assert [] == [m.text for m in find_times(text, anchor=WED, lang="en")]


class TestYears:
    @pytest.mark.parametrize(
        ("text", "timex"),
        [
            ("She was born on January twenty five nineteen eighty six", "1986-01-25"),
            ("On fifteen August nineteen hundred ninety three, it opened.", "1993-08-15"),
            ("It sailed on 6 April seventeen hundred thirty three", "1733-04-06"),
            ("on September the twenty-first nineteen seventy eight", "1978-09-21"),
            ("on September 10, nineteen oh one", "1901-09-10"),
            ("on the tenth of September, two thousand", "2000-09-10"),
            ("born 6 April nineteen eighty six in London", "1986-04-06"),
            ("I was born on 15 April of 87", "1987-04-15"),
        ],
    )
    def test_year(self, text: str, timex: str) -> None:
        """Years in words after a date, and two digits after "of"."""
        assert timex == find_times(text, anchor=WED, lang="en")[0].timex

    @pytest.mark.parametrize(
        ("text", "span"),
        [
            ("on 6 April two thousand people marched", "on 6 April"),
            ("on 6 April twenty five people came", "on 6 April"),
            ("on 6 April eleven hundred troops left", "on 6 April"),
        ],
    )
    def test_count_is_not_a_year(self, text: str, span: str) -> None:
        """A count after a date stays out of it: the day keeps the anchor's year."""
        assert (span, "2019-04-06") == one(text, WED)[:2]


class TestOffsetsAndWeekdays:
    @pytest.mark.parametrize(
        ("text", "span", "timex"),
        [
            ("Back Monday two weeks from now.", "Monday two weeks from now", "2019-06-03"),
            ("Back in 3 days on Friday.", "in 3 days on Friday", "2019-05-24"),
            ("Back Saturday 3 days from now.", "Saturday 3 days from now", "2019-05-25"),
            ("It reopened a fortnight later.", "a fortnight later", "2019-06-05"),
            ("Back in a fortnight.", "in a fortnight", "2019-06-05"),
            ("It happened a few months ago.", "a few months ago", "2019-02-22"),
            ("He left the next day.", "the next day", "2019-05-23"),
            ("Back the day after tmrw.", "the day after tmrw", "2019-05-24"),
        ],
    )
    def test_offset(self, text: str, span: str, timex: str) -> None:
        """A weekday next to an offset is that weekday in the week the offset lands in."""
        assert (span, timex) == one(text, WED)[:2]


class TestDayNumbers:
    def test_month_shared_with_the_next_day(self) -> None:
        """ "18 and 19 June": the bare 18 takes June from the day after it."""
        found = find_times("It rained 18 and 19 June.", anchor=WED, lang="en")
        assert ["18", "19 June"] == [m.text for m in found]
        assert ["2019-06-18", "2019-06-19"] == [m.timex for m in found]

    def test_ordinal_day_with_its_clock(self) -> None:
        """ "5th at 4 a.m.": an ordinal day number with a clock is a day, no opener needed."""
        assert ("5th at 4 a.m", "2019-06-05T04:00", "hour") == one("Back 5th at 4 a.m", WED)

    @pytest.mark.parametrize("text", ["5 and 6 soldiers died.", "He scored 5, at 4pm."])
    def test_bare_number_is_not_a_day(self, text: str) -> None:
        """A bare number with no ordinal and no month after it is no day."""
        assert all(
            len(m.timex) != len("2019-06-05") for m in find_times(text, anchor=WED, lang="en")
        )

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Open from 9:30 to 11:00.", ("from 9:30", "2019-05-22T09:30", "minute")),
            ("Back on the 5th: rally at noon", ("on the 5th", "2019-06-05", "day")),
        ],
    )
    def test_colon_then_digit_is_a_clock(self, text: str, expected: tuple[str, ...]) -> None:
        """ "from 9:30" is half past nine, not the 9th; a colon before words ends a day."""
        first = find_times(text, anchor=WED, lang="en")[0]
        assert expected == (first.text, first.timex, first.value.granularity)

    def test_week_dash_weekday(self) -> None:
        """ "previous week - Monday" is the Monday of the previous week."""
        assert ("previous week - Monday", "2019-05-13") == one(
            "It was previous week - Monday", WED
        )[:2]


class TestSpansUpToNow:
    @pytest.mark.parametrize(
        "text",
        ["Prices rose over the past three months.", "In the last 24 hours, 12 people died."],
    )
    def test_span_is_no_day(self, text: str) -> None:
        """ "over the past three months" is a span up to now: no day."""
        assert [] == list(find_times(text, anchor=WED, lang="en"))

    def test_offset_after_a_span(self) -> None:
        """The span does not swallow the offset after it."""
        text = "They worked for the last 3 months and 2 days ago they found it."
        assert [("2 days ago", "2019-05-20")] == [
            (m.text, m.timex) for m in find_times(text, anchor=WED, lang="en")
        ]


class TestDayBeforeDuration:
    """The shared engine: a duration after a bare day, minutes after "noon"."""

    def test_day_before_a_duration(self) -> None:
        assert ("on the 17th", "2016-10-17", "day") == one(
            "We met on the 17th for three hours.", MON
        )

    def test_noon_and_minutes(self) -> None:
        assert ("at noon", "2016-11-07T12:00", "minute") == one("at noon five people came", MON)


class TestWeekdayBesideItsDate:
    """The shared engine: a weekday in brackets or after a dash next to its date."""

    @pytest.mark.parametrize(
        ("text", "span", "value"),
        [
            ("We met this Friday (Nov-4).", "this Friday (Nov-4)", "2016-11-04 day"),
            ("We met this Friday-Nov-4.", "this Friday-Nov-4", "2016-11-04 day"),
            (
                "We met on Nov 4 (Friday)-11:30.",
                "on Nov 4 (Friday)-11:30",
                "2016-11-04T11:30 minute",
            ),
        ],
    )
    def test_one_mention(self, text: str, span: str, value: str) -> None:
        found, timex, granularity = one(text, MON)
        assert (span, value) == (found, f"{timex} {granularity}")
