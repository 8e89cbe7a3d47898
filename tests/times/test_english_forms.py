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
