"""The value objects reject what no page can produce: naive datetimes, reversed spans."""

from datetime import datetime, timedelta, timezone

import attrs
import pytest

from liveblog import Mention, TimeValue
from liveblog.errors import ArgumentError, LiveblogError, NaiveDatetimeError

UTC = timezone.utc
DAY = TimeValue(datetime(2024, 11, 28, tzinfo=UTC), datetime(2024, 11, 29, tzinfo=UTC), "day")


class TestTimeValue:
    def test_naive_start_is_refused(self) -> None:
        """A naive datetime names no instant, so it cannot start a TimeValue."""
        with pytest.raises(NaiveDatetimeError, match="no timezone"):
            TimeValue(datetime(2024, 1, 1), datetime(2024, 1, 2, tzinfo=UTC), "day")  # noqa: DTZ001

    def test_empty_stretch_is_refused(self) -> None:
        """end is exclusive, so end == start would hold nothing."""
        with pytest.raises(ArgumentError):
            TimeValue(DAY.start, DAY.start, "minute")

    def test_unknown_granularity_is_refused(self) -> None:
        with pytest.raises(ArgumentError, match="granularity"):
            TimeValue(DAY.start, DAY.end, "fortnight")  # type: ignore[arg-type]

    def test_errors_are_also_builtins(self) -> None:
        """Callers catching ValueError keep working."""
        with pytest.raises(ValueError):
            TimeValue(DAY.start, DAY.start - timedelta(1), "day")
        assert issubclass(NaiveDatetimeError, LiveblogError)

    def test_frozen(self) -> None:
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            DAY.granularity = "minute"  # type: ignore[misc]

    def test_contains_is_end_exclusive(self) -> None:
        assert DAY.contains(DAY.start)
        assert not DAY.contains(DAY.end)


class TestMention:
    def test_span_must_match_text(self) -> None:
        with pytest.raises(ArgumentError):
            Mention("jeudi", 0, 3, DAY, "2024-11-28")

    def test_well_formed(self) -> None:
        assert Mention("jeudi", 4, 9, DAY, "2024-11-28").end == 9
