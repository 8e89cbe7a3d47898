"""find_times: the French and English forms news text uses, resolved against an anchor."""

from datetime import datetime, timedelta, timezone
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from liveblog import Mention
from liveblog.errors import ArgumentError, NaiveDatetimeError, UnknownLanguageError
from liveblog.times import find_times

PARIS = ZoneInfo("Europe/Paris")
FRI = datetime(2024, 11, 29, 10, 11, 29, tzinfo=PARIS)  # a Friday
SUN = datetime(2024, 11, 10, 14, 1, 43, tzinfo=PARIS)  # a Sunday
SAT = datetime(2024, 9, 14, 10, 39, 19, tzinfo=PARIS)  # a Saturday
UTC = timezone.utc


def only(text: str, anchor: datetime | None, lang: str = "fr") -> Mention:
    mentions = find_times(text, anchor=anchor, lang=lang)
    assert len(mentions) == 1, mentions
    return mentions[0]


def timexes(text: str, anchor: datetime | None, lang: str = "fr") -> list[tuple[str, str]]:
    return [(m.text, m.timex) for m in find_times(text, anchor=anchor, lang=lang)]


class TestFrenchDays:
    @pytest.mark.parametrize(
        ("text", "anchor", "expected"),
        [
            ("Jeudi, Poutine a menacé Kiev.", FRI, "2024-11-28"),
            ("Ce vendredi 29 novembre, la Russie salue", FRI, "2024-11-29"),
            ("Les frappes continuent depuis lundi.", FRI, "2024-11-25"),
            ("Il a parlé mardi à Kiev.", SUN, "2024-11-05"),
            ("Elle est arrivée le 8 novembre.", SUN, "2024-11-08"),
            ("Il est arrivé ce dimanche 10 novembre.", SUN, "2024-11-10"),
            ("Vendredi 13 septembre, il pleuvait.", SAT, "2024-09-13"),
            ("Il pleuvait vendredi.", SAT, "2024-09-13"),
            ("Il a appelé hier.", FRI, "2024-11-28"),
            ("Il viendra demain.", FRI, "2024-11-30"),
            ("Il est parti avant-hier.", FRI, "2024-11-27"),
            ("Aujourd'hui, il pleut.", FRI, "2024-11-29"),
            ("Le 1er mai 2024 fut calme.", FRI, "2024-05-01"),
            ("Publié le 13/09/2024.", FRI, "2024-09-13"),
            ("Publié le 13.09.2024.", FRI, "2024-09-13"),
            ("C'était il y a trois jours.", FRI, "2024-11-26"),
            ("Il reviendra dans deux semaines.", FRI, "2024-12-13"),
        ],
    )
    def test_day(self, text: str, anchor: datetime, expected: str) -> None:
        """Each French day expression resolves to the listed calendar day."""
        assert expected == only(text, anchor).timex

    def test_future_tense_sends_a_weekday_forward(self) -> None:
        """ "aura lieu samedi" is the coming Saturday, not the last one."""
        assert "2024-11-30" == only("Le vote aura lieu samedi.", FRI).timex

    def test_prochain_is_next_week(self) -> None:
        """ "mardi prochain" is the Tuesday of the next week."""
        assert "2024-12-03" == only("Il partira mardi prochain.", FRI).timex

    def test_dernier_is_previous_week(self) -> None:
        """ "lundi dernier" is the Monday of the previous week."""
        assert "2024-11-18" == only("Il est venu lundi dernier.", FRI).timex

    def test_weekday_mismatch_is_noted(self) -> None:
        """A weekday that contradicts its explicit date keeps the date and says so."""
        mention = only("jeudi 30 octobre 2024", FRI)
        assert ("2024-10-30", ("weekday-mismatch",)) == (mention.timex, mention.notes)

    def test_year_from_weekday_without_anchor(self) -> None:
        """With no anchor, the weekday picks the year (31 Oct was a Thursday in 2024)."""
        mention = only("jeudi 31 octobre", None)
        assert ("2024-10-31", ("year-from-weekday",)) == (mention.timex, mention.notes)

    def test_relative_without_anchor_gives_nothing(self) -> None:
        """ "hier" with no anchor names no day."""
        assert () == find_times("hier soir", anchor=None)


class TestFrenchTimes:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("à 9 h 30", "2024-11-10T09:30"),
            ("14h05", "2024-11-10T14:05"),
            ("à 14 h 05", "2024-11-10T14:05"),
            ("à midi", "2024-11-10T12:00"),
            ("vers minuit", "2024-11-10T00:00"),
            ("à 18 heures", "2024-11-10T18:00"),
        ],
    )
    def test_time_alone_takes_the_anchor_day(self, text: str, expected: str) -> None:
        """A clock time alone falls on the anchor's day."""
        assert expected == only(text, SUN).timex

    def test_named_zone_is_used(self) -> None:
        """ "14h05 CEST" is 14:05 at UTC+02:00, whatever the anchor's zone."""
        mention = only("14h05 CEST", SUN)
        assert (timedelta(hours=2), "CEST") == (
            mention.value.start.utcoffset(),
            mention.value.start.tzname(),
        )

    def test_date_with_time(self) -> None:
        """ "le 8 novembre à 9 h 30" is a minute on that day."""
        mention = only("le 8 novembre à 9 h 30", SUN)
        assert ("2024-11-08T09:30", "minute") == (mention.timex, mention.value.granularity)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("à 14 h 05", "0900-03-04T14:05"), ("le 4 mars", "0900-03-04")],
    )
    def test_timex_year_has_four_digits(self, text: str, expected: str) -> None:
        """A clock time's TIMEX3 writes a year before 1000 on four digits, like a day's."""
        assert expected == only(text, datetime(900, 3, 4, 10, tzinfo=timezone.utc)).timex


class TestFrenchParts:
    @pytest.mark.parametrize(
        ("text", "timex", "granularity"),
        [
            ("samedi soir", "2024-11-09TEV", "part-of-day"),
            ("ce matin", "2024-11-10TMO", "part-of-day"),
            ("hier soir", "2024-11-09TEV", "part-of-day"),
            ("dans la nuit de samedi à dimanche", "2024-11-09TNI", "night"),
            ("la semaine dernière", "2024-W44", "week"),
            ("cette semaine", "2024-W45", "week"),
            ("le mois dernier", "2024-10", "month"),
            ("en octobre", "2024-10", "month"),
            ("début novembre", "2024-11", "month"),
            ("l'an dernier", "2023", "year"),
            ("fin 2023", "2023", "year"),
        ],
    )
    def test_granularity(self, text: str, timex: str, granularity: str) -> None:
        """Parts of day, nights, weeks, months and years keep their own granularity."""
        mention = only(text, SUN)
        assert (timex, granularity) == (mention.timex, mention.value.granularity)


class TestNotDates:
    @pytest.mark.parametrize(
        "text",
        [
            "je pense que sa femme est partie",
            "La sonde a atteint mars.",
            "pendant trois jours",
            "chaque lundi",
            "tous les lundis",
            "Il a couru en 65.06 sek.",
            "Un score de 3.5 sur 10",
        ],
    )
    def test_nothing_found_fr(self, text: str) -> None:
        """Words that only look like dates, durations and sets give no mention."""
        assert () == find_times(text, anchor=SUN)

    @pytest.mark.parametrize(
        "text",
        [
            "Theresa May said so.",
            "They will march to the square.",
            "for three days",
            "every Monday",
        ],
    )
    def test_nothing_found_en(self, text: str) -> None:
        """English look-alikes, durations and sets give no mention."""
        assert () == find_times(text, anchor=SUN, lang="en")


class TestNewsForms:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Le lendemain du 13 février, il est parti.", "2025-02-14"),
            ("la veille de Noël", "2024-12-24"),
            ("trois jours après Noël", "2024-12-28"),
            ("Il est arrivé il y a à peu près un mois.", "2024-10-29"),
            ("ce mercredi passé", "2024-11-27"),
            ("Il viendra jeudi à venir.", "2024-12-05"),
            ("le premier lundi de décembre", "2024-12-02"),
            ("le 15 du mois prochain", "2024-12-15"),
            ("8 heures ce soir", "2024-11-29T20:00"),
            ("samedi dans la soirée", "2024-11-23TEV"),
        ],
    )
    def test_french_news_forms(self, text: str, expected: str) -> None:
        """Relative days with a base, hedged offsets, 'passé'/'à venir', nth weekdays."""
        assert expected == only(text, FRI).timex

    @pytest.mark.parametrize(
        "text",
        [
            "Le Premier ministre a parlé.",
            "une heure de débat",
            "3 h de route",
            "Les taux sont à 6.45 %.",
            "quelques heures après l'attaque",
        ],
    )
    def test_not_dates_in_news(self, text: str) -> None:
        """News phrasing that only looks like a time gives nothing."""
        assert () == find_times(text, anchor=FRI)


class TestEnglish:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Putin spoke on Thursday.", "2024-11-28"),
            ("Nov. 29, 2024", "2024-11-29"),
            ("29th November", "2024-11-29"),
            ("yesterday", "2024-11-28"),
            ("three days ago", "2024-11-26"),
            ("He will arrive next Tuesday.", "2024-12-03"),
            ("at 2:15 pm", "2024-11-29T14:15"),
            ("at 2.15pm", "2024-11-29T14:15"),
            ("at noon", "2024-11-29T12:00"),
            ("yesterday morning", "2024-11-28TMO"),
            ("tonight", "2024-11-29TEV"),
            ("last week", "2024-W47"),
            ("earlier this month", "2024-11"),
        ],
    )
    def test_english(self, text: str, expected: str) -> None:
        """English forms resolve like their French twins."""
        assert expected == only(text, FRI, "en").timex


class TestContract:
    def test_naive_anchor_is_refused(self) -> None:
        with pytest.raises(NaiveDatetimeError, match="no timezone"):
            find_times("hier", anchor=datetime(2024, 1, 1))  # noqa: DTZ001

    def test_unknown_language_is_refused(self) -> None:
        with pytest.raises(UnknownLanguageError):
            find_times("hier", anchor=FRI, lang="xx")

    def test_language_must_be_a_code(self) -> None:
        with pytest.raises(UnknownLanguageError):
            find_times("hier", anchor=FRI, lang=["fr"])  # type: ignore[arg-type]

    def test_text_must_be_str(self) -> None:
        with pytest.raises(ArgumentError):
            find_times(b"hier", anchor=FRI)  # type: ignore[arg-type]

    def test_results_sorted_and_exact(self) -> None:
        """Spans are exact substrings, sorted, not overlapping."""
        text = "Jeudi, puis vendredi 29 novembre à 14h05, et hier soir."
        mentions = find_times(text, anchor=FRI)
        assert [m.text for m in mentions] == [text[m.start : m.end] for m in mentions]
        assert all(a.end <= b.start for a, b in pairwise(mentions))

    def test_datetimes_in_anchor_zone(self) -> None:
        """Every datetime carries the anchor's tzinfo when the text names no zone."""
        anchor = datetime(2024, 11, 29, 10, tzinfo=UTC)
        mention = only("hier à 9 h", anchor)
        assert UTC == mention.value.start.tzinfo

    def test_third_language_from_dateparser_data(self) -> None:
        """German, which has no module of ours, works from dateparser's vocabulary."""
        mention = only("am Freitag, 13. September 2024", SAT, "de")
        assert "2024-09-13" == mention.timex


class TestLongerLowerCase:
    def test_a_text_whose_lower_case_is_longer_keeps_its_offsets(self) -> None:
        # "İ" lowers to two characters: the spans still point into the caller's text.
        text = "İstanbul, İzmir : le 8 novembre, les électeurs ont voté."
        assert len(text.lower()) != len(text)
        mention = only(text, SUN)
        assert (mention.text, mention.timex) == ("le 8 novembre", "2024-11-08")
        assert text[mention.start : mention.end] == mention.text
