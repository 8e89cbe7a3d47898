"""zone_for: the zone labels pages print, as tzinfo."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from liveblog.times import zone_for


class TestZoneFor:
    @pytest.mark.parametrize(
        ("label", "hours"),
        [
            ("CEST", 2),
            ("CET", 1),
            ("BST", 1),
            ("GMT", 0),
            ("UTC", 0),
            ("Z", 0),
            ("IST", 5.5),
            ("EST", -5),
            ("EDT", -4),
            ("PST", -8),
            ("PDT", -7),
            ("GMT+2", 2),
            ("UTC-05:00", -5),
            ("+02:00", 2),
            ("(CEST)", 2),
        ],
    )
    def test_fixed_offsets(self, label: str, hours: float) -> None:
        """Abbreviations and offsets give a fixed offset named as written."""
        zone = zone_for(label)
        assert zone is not None
        assert timedelta(hours=hours) == zone.utcoffset(None)
        assert label.strip("()") == zone.tzname(None)

    def test_iana_name(self) -> None:
        """An IANA name gives a ZoneInfo whose offset follows the date."""
        zone = zone_for("Europe/Paris")
        assert ZoneInfo("Europe/Paris") == zone
        assert timedelta(hours=1) == datetime(2024, 1, 15, tzinfo=zone).utcoffset()

    @pytest.mark.parametrize("label", ["", "XYZ", "GMT+99", "Mars/Olympus", "heure", "../etc"])
    def test_unknown_is_none(self, label: str) -> None:
        """A label that names no zone gives None, not an error."""
        assert zone_for(label) is None
