"""Weekday abbreviations count only before a day number: alone they are ordinary words."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from liveblog import find_times

ANCHOR = datetime(2020, 2, 26, 22, 0, tzinfo=ZoneInfo("Europe/Paris"))


class TestWeekdayAbbreviations:
    @pytest.mark.parametrize(
        ("text", "lang"),
        [
            ("Lyon a dominé le jeu.", "fr"),
            ("Il a relancé le jeu. Puis la Juve a poussé.", "fr"),
            ("He sat. Then he left.", "en"),
            ("They were wed. The party went on.", "en"),
            ("He sat 3 rows behind the minister.", "en"),
        ],
    )
    def test_alone_they_are_words(self, text: str, lang: str) -> None:
        """ "le jeu." (the game) and "sat." (the verb) are not weekdays."""
        assert () == find_times(text, anchor=ANCHOR, lang=lang)

    @pytest.mark.parametrize(
        ("text", "lang", "day"),
        [
            ("Match prévu jeu. 27 février.", "fr", "2020-02-27"),
            ("On Thu. 27 Feb.", "en", "2020-02-27"),
        ],
    )
    def test_before_a_day_number_they_count(self, text: str, lang: str, day: str) -> None:
        mentions = find_times(text, anchor=ANCHOR, lang=lang)
        assert [day] == [m.value.start.date().isoformat() for m in mentions]
