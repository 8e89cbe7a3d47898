"""Time labels say what the source said, in French or English, no more precise."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from builders import CEST, PARIS, UTC
from liveblog.export._labels import day_header, full_label, time_label
from liveblog.export._words import EN, FR, words_for
from liveblog.model import TimeValue


def stretch(start: datetime, granularity: str, **length: float) -> TimeValue:
    return TimeValue(start, start + timedelta(**length), granularity)  # type: ignore[arg-type]


MIDNIGHT = datetime(2024, 11, 28, tzinfo=PARIS)
CASES = [
    (stretch(datetime(2024, 6, 19, 7, 42, tzinfo=CEST), "minute", minutes=1), "07:42", "07:42"),
    (
        stretch(datetime(2024, 6, 19, 7, 42, 5, tzinfo=CEST), "second", seconds=1),
        "07:42:05",
        "07:42:05",
    ),
    (stretch(datetime(2024, 6, 19, 7, tzinfo=CEST), "hour", hours=1), "7 h", "07:00"),
    (stretch(datetime(2024, 6, 19, 6, tzinfo=CEST), "part-of-day", hours=6), "matin", "morning"),
    (stretch(datetime(2024, 6, 19, 18, tzinfo=CEST), "part-of-day", hours=5), "soir", "evening"),
    (stretch(MIDNIGHT, "day", days=1), "jeudi 28 novembre", "Thursday 28 November"),
    (
        stretch(datetime(2024, 11, 1, tzinfo=PARIS), "day", days=1),
        "vendredi 1er novembre",
        "Friday 1 November",
    ),
    (
        stretch(datetime(2024, 11, 28, 20, tzinfo=PARIS), "night", hours=12),
        "nuit du 28 novembre au 29 novembre",
        "night of 28 November to 29 November",
    ),
    (stretch(MIDNIGHT, "week", days=7), "semaine du 28 novembre", "week of 28 November"),
    (
        stretch(datetime(2024, 11, 1, tzinfo=PARIS), "month", days=30),
        "novembre 2024",
        "November 2024",
    ),
    (stretch(datetime(2024, 10, 1, tzinfo=PARIS), "quarter", days=92), "T4 2024", "Q4 2024"),
    (
        stretch(datetime(2024, 9, 22, tzinfo=PARIS), "season", days=90),
        "automne 2024",
        "autumn 2024",
    ),
    (stretch(datetime(2024, 1, 1, tzinfo=PARIS), "year", days=366), "2024", "2024"),
    (stretch(datetime(2020, 1, 1, tzinfo=PARIS), "decade", days=3653), "années 2020", "the 2020s"),
    (
        stretch(datetime(2001, 1, 1, tzinfo=PARIS), "century", days=36525),
        "21e siècle",
        "21st century",
    ),
]


class TestTimeLabel:
    @pytest.mark.parametrize(("time", "french", "english"), CASES)
    def test_label_at_its_precision(self, time: TimeValue, french: str, english: str) -> None:
        assert (french, english) == (time_label(time, FR), time_label(time, EN))

    def test_day_is_never_shown_as_midnight(self) -> None:
        """A day-precise value has no clock time in any label."""
        label = full_label(stretch(MIDNIGHT, "day", days=1), FR)
        assert "00:00" not in label
        assert "jeudi 28 novembre 2024" == label

    def test_full_label_names_zone(self) -> None:
        time = stretch(datetime(2024, 6, 19, 7, 42, tzinfo=CEST), "minute", minutes=1)
        assert "mercredi 19 juin 2024, 07:42 UTC+02:00" == full_label(time, FR)
        assert "Wednesday 19 June 2024, 05:42 UTC" == full_label(time, EN, UTC)

    def test_iana_zone_shows_its_abbreviation(self) -> None:
        time = stretch(datetime(2024, 6, 19, 7, 42, tzinfo=PARIS), "minute", minutes=1)
        assert full_label(time, FR).endswith("07:42 CEST")


class TestWords:
    @pytest.mark.parametrize(
        ("code", "expected"), [("fr-FR", "fr"), ("en_GB", "en"), ("de", "en"), (None, "en")]
    )
    def test_language_fallback(self, code: str | None, expected: str) -> None:
        assert expected == words_for(code).code

    def test_day_header(self) -> None:
        assert "jeudi 28 novembre 2024" == day_header(date(2024, 11, 28), FR)
        assert "Thursday 28 November" == day_header(date(2024, 11, 28), EN, year=False)
