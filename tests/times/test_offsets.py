"""Offsets with fractions of an hour, fortnights and pairs: the minute or the day they name."""

from datetime import datetime, timezone

import pytest

from liveblog.times import find_times

ANCHOR = datetime(2013, 2, 12, 4, 30, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("text", "expected", "granularity"),
    [
        ("in half an hour", "2013-02-12T05:00", "minute"),
        ("half an hour later", "2013-02-12T05:00", "minute"),
        ("about half an hour ago", "2013-02-12T04:00", "minute"),
        ("in an hour and a half", "2013-02-12T06:00", "minute"),
        ("an hour and a half ago", "2013-02-12T03:00", "minute"),
        ("in 2 and a half hours", "2013-02-12T07:00", "minute"),
        ("in 2 hours and a half", "2013-02-12T07:00", "minute"),
        ("2.5 hours later", "2013-02-12T07:00", "minute"),
        ("in 1/2h", "2013-02-12T05:00", "minute"),
        ("in 3/4 hour", "2013-02-12T05:15", "minute"),
        ("in a quarter of an hour", "2013-02-12T04:45", "minute"),
        ("in three-quarters of an hour", "2013-02-12T05:15", "minute"),
        ("in a pair of minutes", "2013-02-12T04:32", "minute"),
        ("in 2 more minutes", "2013-02-12T04:32", "minute"),
        ("in two more weeks", "2013-02-26", "day"),
        ("a fortnight ago", "2013-01-29", "day"),
        ("two fortnights later", "2013-03-12", "day"),
        ("a fortnight after Christmas", "2013-01-08", "day"),
        ("in 7 days at 5pm", "2013-02-19T17:00", "hour"),
        ("three days ago at 10pm", "2013-02-09T22:00", "hour"),
        ("two weeks ago at noon", "2013-01-29T12:00", "minute"),
    ],
)
def test_offset(text: str, expected: str, granularity: str) -> None:
    """The offset counts from the anchor and keeps the grain of its unit (or its clock)."""
    mentions = find_times(text, anchor=ANCHOR, lang="en")
    assert [(text, expected, granularity)] == [
        (m.text, m.timex, m.value.granularity) for m in mentions
    ]


@pytest.mark.parametrize("text", ["in 2 hours", "on 1/2", "2 hours later"])
def test_whole_numbers_keep_their_rules(text: str) -> None:
    """A whole number of hours, or a date like 1/2, is not read as a fraction."""
    mentions = find_times(text, anchor=ANCHOR, lang="en")
    assert len(mentions) == 1
    assert mentions[0].text == text
    assert mentions[0].timex in ("2013-02-12T06:30", "2013-01-02")


def test_an_offset_in_hours_leaves_the_clock_alone() -> None:
    """ "in 2 hours at 5pm" contradicts itself: the offset and the clock stay apart."""
    mentions = find_times("in 2 hours at 5pm", anchor=ANCHOR, lang="en")
    assert [("in 2 hours", "2013-02-12T06:30"), ("at 5pm", "2013-02-12T17:00")] == [
        (m.text, m.timex) for m in mentions
    ]


def test_french_offset_takes_its_clock() -> None:
    """ "il y a trois jours à 17 h": that day at 17:00."""
    mentions = find_times("il y a trois jours à 17 h", anchor=ANCHOR, lang="fr")
    assert ["2013-02-09T17:00"] == [m.timex for m in mentions]
