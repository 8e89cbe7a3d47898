"""French forms a newspaper writes, each with its value and granularity."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from liveblog.times import find_times
from liveblog.times._grammar import grammar_for
from liveblog.times.lang import fr as lang_fr

PARIS = ZoneInfo("Europe/Paris")
FRI = datetime(2024, 11, 29, 10, 11, 29, tzinfo=PARIS)  # a Friday


def _one(text: str, anchor: datetime | None = FRI) -> tuple[str, str, str]:
    mentions = find_times(text, anchor=anchor, lang="fr")
    assert len(mentions) == 1, mentions
    mention = mentions[0]
    return mention.text, mention.timex, mention.value.granularity


class TestNumberWords:
    def test_day_words_come_from_the_cardinals(self) -> None:
        """The days of the month in words are the cardinals two to thirty-one, one spelling."""
        numbers = dict(lang_fr.DATA.numbers)
        days = dict(lang_fr.DATA.day_words)
        assert all(numbers[word] == n for word, n in days.items() if word in numbers)
        assert set(range(1, 32)) == set(days.values())

    @pytest.mark.parametrize(
        ("text", "span", "timex", "granularity"),
        [
            (
                "Il est parti il y a vingt-cinq jours.",
                "il y a vingt-cinq jours",
                "2024-11-04",
                "day",
            ),
            (
                "Rendez-vous à vingt et une heures.",
                "à vingt et une heures",
                "2024-11-29T21:00",
                "hour",
            ),
            (
                "Le vote a eu lieu le vingt-deux novembre.",
                "le vingt-deux novembre",
                "2024-11-22",
                "day",
            ),
        ],
    )
    def test_spelled_numbers(self, text: str, span: str, timex: str, granularity: str) -> None:
        """Numbers written in words count in offsets, clocks and dates."""
        assert (span, timex, granularity) == _one(text)

    @pytest.mark.parametrize(
        ("text", "timex"),
        [("en milieu d'après-midi", "2024-11-29T14:00"), ("au milieu du jour", "2024-11-29T12:00")],
    )
    def test_middle_of_the_day(self, text: str, timex: str) -> None:
        """ "milieu d'après-midi" (any spelling) and "milieu du jour" name a clock hour."""
        assert timex == _one(text)[1]

    def test_grammar_tables_agree(self) -> None:
        """The compiled tables read "vingt-et-un" and "vingt et un" alike."""
        grammar = grammar_for(lang_fr.DATA)
        assert 21 == grammar.day_words["vingtetun"] == grammar.numbers["vingtetun"]
