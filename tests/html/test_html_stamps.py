"""Times as pages write them: ISO attributes, epochs, and short visible labels."""

from datetime import datetime, timedelta, timezone

import pytest

from liveblog._draft import Stamp
from liveblog._html.stamps import parse_label, parse_machine
from liveblog._isotime import parse_epoch, parse_iso

UTC = timezone.utc
BST = timezone(timedelta(hours=1))
IST = timezone(timedelta(hours=5, minutes=30))


def clock(hour: int, minute: int, zone: timezone | None = None) -> Stamp:
    return Stamp(wall=datetime(1970, 1, 1, hour, minute), has_date=False, zone=zone)  # noqa: DTZ001


class TestParseIso:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("2023-05-15T11:50:54.000Z", Stamp(datetime(2023, 5, 15, 11, 50, 54), zone=UTC)),  # noqa: DTZ001
            (
                "2024-08-05T21:00:18.921+01:00",
                Stamp(datetime(2024, 8, 5, 21, 0, 18), zone=BST),  # noqa: DTZ001
            ),
            ("2023-11-02T16:56Z", Stamp(datetime(2023, 11, 2, 16, 56), zone=UTC)),  # noqa: DTZ001
            ("2020-01-20T06:05:18+0000", Stamp(datetime(2020, 1, 20, 6, 5, 18), zone=UTC)),  # noqa: DTZ001
            ("2024-06-19T14:05", Stamp(datetime(2024, 6, 19, 14, 5))),  # noqa: DTZ001
            ("2020-09-28", Stamp(datetime(2020, 9, 28), has_time=False)),  # noqa: DTZ001
        ],
    )
    def test_reads_iso(self, text: str, expected: Stamp) -> None:
        """Offsets are kept as written, fractions dropped, a bare day has no time."""
        assert expected == parse_iso(text)

    @pytest.mark.parametrize("text", ["", "yesterday", "2023-13-45", "15:05", "2023-05-15T25:00"])
    def test_refuses_non_iso(self, text: str) -> None:
        """Anything else is not read as ISO."""
        assert parse_iso(text) is None


class TestParseEpoch:
    def test_milliseconds(self) -> None:
        """Thirteen digits are milliseconds since the epoch, in UTC."""
        expected = Stamp(datetime(2024, 8, 5, 20, 0, 18), zone=UTC)  # noqa: DTZ001
        assert expected == parse_epoch("1722888018921")

    def test_seconds(self) -> None:
        """Ten digits are seconds."""
        expected = Stamp(datetime(2024, 8, 5, 20, 0, 18), zone=UTC)  # noqa: DTZ001
        assert expected == parse_epoch("1722888018")

    @pytest.mark.parametrize("text", ["12345", "0000000000", "17228880189210"])
    def test_refuses_other_numbers(self, text: str) -> None:
        """Other lengths and implausible years are no epoch."""
        assert parse_epoch(text) is None


class TestParseLabel:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Posted at 15:05", clock(15, 5)),
            ("Posted at 15:05 15:05", clock(15, 5)),
            ("12.50\xa0BST", clock(12, 50, BST)),
            ("Updated at 12.08 BST", clock(12, 8, BST)),
            ("12.31 Uhr:", clock(12, 31)),
            ("9.31am:", clock(9, 31)),
            ("3:51 pm", clock(15, 51)),
            ("21 mins ago 11:48", clock(11, 48)),
            ("07h42", clock(7, 42)),
        ],
    )
    def test_reads_clock_labels(self, text: str, expected: Stamp) -> None:
        """A clock with filler words, a zone abbreviation or a relative label beside it."""
        assert expected == parse_label(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("le 26 février à 23h28", Stamp(datetime(2020, 2, 26, 23, 28))),  # noqa: DTZ001
            ("19:02 (IST), Oct 02", Stamp(datetime(2020, 10, 2, 19, 2), zone=IST)),  # noqa: DTZ001
            (
                "November 02 2023 21:06 (IST)",
                Stamp(datetime(2023, 11, 2, 21, 6), zone=IST),  # noqa: DTZ001
            ),
            ("8 January 2020, 3:51 pm", Stamp(datetime(2020, 1, 8, 15, 51))),  # noqa: DTZ001
            ("Mon 20 Jan 2020 06.05 GMT", Stamp(datetime(2020, 1, 20, 6, 5), zone=UTC)),  # noqa: DTZ001
            ("Publié le 26 février 2020 à 18h00", Stamp(datetime(2020, 2, 26, 18, 0))),  # noqa: DTZ001
            ("28.09.2020", Stamp(datetime(2020, 9, 28), has_time=False)),  # noqa: DTZ001
        ],
    )
    def test_reads_dated_labels(self, text: str, expected: Stamp) -> None:
        """A day without a year takes the year given (the page's)."""
        assert expected == parse_label(text, year=2020)

    def test_day_without_year_and_no_hint_keeps_only_the_clock(self) -> None:
        """Without a year the day cannot be placed: only the clock is kept."""
        assert clock(23, 28) == parse_label("le 26 février à 23h28")

    @pytest.mark.parametrize(
        "text",
        [
            "4m ago",
            "1h ago",
            "65.06 sek.",
            "57 1 : 5 33",
            "Koniec 19:30",
            "The meeting starts at 14:00 in the town hall",
            "Video 1 minute 18 seconds1:18",
            "score 3-1",
            "x" * 1000,
        ],
    )
    def test_refuses_prose_and_durations(self, text: str) -> None:
        """Relative labels, race times, scores and sentences are no stamp."""
        assert parse_label(text) is None


class TestParseMachine:
    def test_tries_iso_then_epoch_then_label(self) -> None:
        """One entry point for attribute values of any shape."""
        assert parse_machine("2023-05-15T11:50:54Z") == parse_iso("2023-05-15T11:50:54Z")
        assert parse_machine("1722888018921") == parse_epoch("1722888018921")
        assert clock(15, 5) == parse_machine("15:05")
