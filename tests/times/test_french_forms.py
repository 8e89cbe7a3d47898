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
        ("text", "expected"),
        [
            ("en milieu d'après-midi", ("milieu d'après-midi", "2024-11-29T14:00", "hour")),
            ("en milieu d'apres-midi", ("milieu d'apres-midi", "2024-11-29T14:00", "hour")),
            ("au milieu du jour", ("milieu du jour", "2024-11-29T12:00", "hour")),
            ("à la mi-journée", ("mi-journée", "2024-11-29T12:00", "hour")),
            ("à midi", ("à midi", "2024-11-29T12:00", "minute")),
            ("vers minuit", ("vers minuit", "2024-11-29T00:00", "minute")),
        ],
    )
    def test_named_clocks(self, text: str, expected: tuple[str, str, str]) -> None:
        """ "midi" is a minute; "milieu d'après-midi" (any spelling) only names its hour."""
        assert expected == _one(text)

    def test_grammar_tables_agree(self) -> None:
        """The compiled tables read "vingt-et-un" and "vingt et un" alike."""
        grammar = grammar_for(lang_fr.DATA)
        assert 21 == grammar.day_words["vingtetun"] == grammar.numbers["vingtetun"]


class TestNarrativeBase:
    @pytest.mark.parametrize(
        ("text", "anchor", "expected"),
        [
            (
                "Le 3 mars 2024, il a parlé. Le lendemain, il est parti.",
                FRI,
                ("Le lendemain", "2024-03-04", "day", ("base-previous-mention",)),
            ),
            (
                "Le 3 mars 2024, il a parlé. La veille au soir, rien.",
                None,
                ("La veille au soir", "2024-03-02TEV", "part-of-day", ("base-previous-mention",)),
            ),
            (
                "Le 3 mars 2024 à 9 h, il a parlé. Deux jours après, il partait.",
                FRI,
                ("Deux jours après", "2024-03-05", "day", ("base-previous-mention",)),
            ),
            (
                "Le 3 mars 2024, vote. Le surlendemain à 8 h, résultats.",
                FRI,
                ("Le surlendemain à 8 h", "2024-03-05T08:00", "hour", ("base-previous-mention",)),
            ),
            (
                "Le 3 mars 2024, vote. Le jour suivant, rien.",
                FRI,
                ("Le jour suivant", "2024-03-04", "day", ("base-previous-mention",)),
            ),
            (
                "Le 3 mars 2024, vote. L'avant-veille, rien.",
                FRI,
                ("L'avant-veille", "2024-03-01", "day", ("base-previous-mention",)),
            ),
            (
                "Le lendemain, il est parti.",
                FRI,
                ("Le lendemain", "2024-11-30", "day", ("base-anchor", "future")),
            ),
            (
                "Le 3 mars 2024, il a parlé. La veille du scrutin, il pleuvait.",
                FRI,
                ("La veille", "2024-11-28", "day", ("base-anchor",)),
            ),
            (
                "Le lendemain du 13 février 2024, il est parti.",
                FRI,
                ("Le lendemain du 13 février 2024", "2024-02-14", "day", ()),
            ),
        ],
    )
    def test_base(
        self, text: str, anchor: datetime | None, expected: tuple[str, str, str, tuple[str, ...]]
    ) -> None:
        """A relative day with no base of its own counts from the text's previous mention.

        With none, or when its words name a base that is no date ("la veille du
        scrutin"), it counts from the anchor; the notes say which.
        """
        mention = find_times(text, anchor=anchor, lang="fr")[-1]
        got = (mention.text, mention.timex, mention.value.granularity, mention.notes)
        assert expected == got

    def test_no_base_no_anchor(self) -> None:
        """With no anchor and no earlier mention, "le lendemain" names no day."""
        assert () == find_times("Le lendemain, il est parti.", anchor=None)

    @pytest.mark.parametrize(
        "text",
        ["quelques heures après l'attaque", "deux heures après.", "trois jours après le vote"],
    )
    def test_shift_without_day_base(self, text: str) -> None:
        """An offset whose base is an event, or in hours with no clock to count from, is no day."""
        assert () == find_times(text, anchor=FRI)


class TestTenseAfter:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Samedi, les électeurs iront voter.", ("Samedi", "2024-11-30", "day")),
            ("Samedi, les électeurs ont voté.", ("Samedi", "2024-11-23", "day")),
            ("Le 30, il ira à Kiev.", ("Le 30", "2024-11-30", "day")),
            ("Mardi. Il ira à Kiev.", ("Mardi", "2024-11-26", "day")),
        ],
    )
    def test_verb_after_an_opening_date(self, text: str, expected: tuple[str, str, str]) -> None:
        """A date that opens its sentence takes the tense of the verb after it, not the next
        sentence's."""
        assert expected == _one(text)

    def test_first_verb_after_decides(self) -> None:
        """After the date, the nearest cue wins: "a annoncé" before "prochaine"."""
        text = "Mardi, il a annoncé le sommet de la semaine prochaine."
        assert ("Mardi", "2024-11-26") == (
            find_times(text, anchor=FRI)[0].text,
            find_times(text, anchor=FRI)[0].timex,
        )


class TestYearsAndLookAlikes:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Il est né le 31 octobre 74.", ("le 31 octobre 74", "1974-10-31", "day")),
            ("le 14 juillet 89, la foule", ("le 14 juillet 89", "1989-07-14", "day")),
            ("Elle est partie le 1er avril 08", ("le 1er avril 08", "2008-04-01", "day")),
            ("Ils ont fêté le jour de Noël.", ("le jour de Noël", "2024-12-25", "day")),
            ("Il viendra à Noël.", ("à Noël", "2024-12-25", "day")),
        ],
    )
    def test_found(self, text: str, expected: tuple[str, str, str]) -> None:
        """A two-digit year after day and month counts only where its clause ends."""
        assert expected == _one(text)

    def test_count_after_date_is_no_year(self) -> None:
        """ "le 3 mai 12 morts": 12 counts the dead, the date keeps no year."""
        assert "le 3 mai" == _one("le 3 mai 12 morts")[0]

    @pytest.mark.parametrize(
        "text",
        [
            "Le rapport 8/1,5 ressemble à une formule.",
            "Des chants de Noël ont retenti.",
            "Le marché de Noël a ouvert.",
            "les vacances de Pâques",
        ],
    )
    def test_not_dates(self, text: str) -> None:
        """A decimal after a slash, a holiday that only qualifies a noun: no date."""
        assert () == find_times(text, anchor=FRI)


class TestDateAndClock:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Il rentre le 14/10 environ 8 heures.",
                ("le 14/10 environ 8 heures", "2024-10-14T08:00", "hour"),
            ),
            (
                "le 14 octobre aux alentours de 8 h",
                ("le 14 octobre aux alentours de 8 h", "2024-10-14T08:00", "hour"),
            ),
            (
                "samedi à environ 20 h 30",
                ("samedi à environ 20 h 30", "2024-11-23T20:30", "minute"),
            ),
            ("le 3 mai environ 12.", ("le 3 mai", "2025-05-03", "day")),
        ],
    )
    def test_rough_links(self, text: str, expected: tuple[str, str, str]) -> None:
        """ "environ", "aux alentours de" join a date and a written clock, not a bare number."""
        assert expected == _one(text)


class TestPartsOfNamedDays:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "jeudi 28 novembre au soir",
                ("jeudi 28 novembre au soir", "2024-11-28TEV", "part-of-day"),
            ),
            ("le 28 au soir, il a parlé", ("le 28 au soir", "2024-11-28TEV", "part-of-day")),
            (
                "le 28 novembre 2024 dans la nuit",
                ("le 28 novembre 2024 dans la nuit", "2024-11-28TNI", "night"),
            ),
            (
                "dans la soirée de mercredi",
                ("dans la soirée de mercredi", "2024-11-27TEV", "part-of-day"),
            ),
            (
                "dans la matinée du 28 novembre",
                ("dans la matinée du 28 novembre", "2024-11-28TMO", "part-of-day"),
            ),
            (
                "dans l'après-midi de lundi",
                ("dans l'après-midi de lundi", "2024-11-25TAF", "part-of-day"),
            ),
            ("dans la soirée d'hier", ("dans la soirée d'hier", "2024-11-28TEV", "part-of-day")),
            (
                "le 28 novembre dans la soirée, à 21 h",
                ("le 28 novembre dans la soirée, à 21 h", "2024-11-28T21:00", "hour"),
            ),
        ],
    )
    def test_part_of_a_day(self, text: str, expected: tuple[str, str, str]) -> None:
        """A part of the day before or after a named day ("de mercredi", "au soir") narrows it."""
        assert expected == _one(text)

    def test_part_of_an_event_is_no_date(self) -> None:
        """ "la soirée de gala" names no day."""
        assert () == find_times("la soirée de gala", anchor=FRI)

    @pytest.mark.parametrize(
        "text", ["vers 17 heures, heure de Paris", "à 17 heures (heure de Paris)"]
    )
    def test_zone_phrase_after_a_comma(self, text: str) -> None:
        """ "heure de Paris" after a comma or in brackets still belongs to the clock."""
        mention = find_times(text, anchor=FRI.astimezone(ZoneInfo("UTC")))[0]
        assert (text, "Europe/Paris") == (mention.text, str(mention.value.start.tzinfo))


class TestLastFrenchPoints:
    """Holidays with a relation, spelled days before a clock, spelled minutes."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Noël dernier, il a neigé.", ("Noël dernier", "2023-12-25", "day")),
            ("Noël prochain", ("Noël prochain", "2024-12-25", "day")),
            ("la Pâques suivante", ("la Pâques suivante", "2025-04-20", "day")),
            (
                "le jour de l'indépendance de cette année",
                ("le jour de l'indépendance de cette année", "2024-07-04", "day"),
            ),
            ("le jour de la Terre 2010", ("le jour de la Terre 2010", "2010-04-22", "day")),
            (
                "la fête nationale américaine",
                ("la fête nationale américaine", "2024-07-04", "day"),
            ),
        ],
    )
    def test_holiday_with_relation_or_year(self, text: str, expected: tuple[str, str, str]) -> None:
        """A relation or a year after a holiday's name is part of it; feasts abroad by name."""
        assert expected == _one(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Il est rentré le quinze à 8 heures.",
                ("le quinze à 8 heures", "2024-11-15T08:00", "hour"),
            ),
            (
                "Il est rentré le vingt-deux à 20 h 30.",
                ("le vingt-deux à 20 h 30", "2024-11-22T20:30", "minute"),
            ),
        ],
    )
    def test_spelled_day_before_a_clock(self, text: str, expected: tuple[str, str, str]) -> None:
        """A cardinal day in words composes with the clock after it."""
        assert expected == _one(text)

    @pytest.mark.parametrize(
        "text", ["le quinze", "le Premier ministre", "le premier à 20 heures, le second"]
    )
    def test_spelled_day_alone_or_ordinal(self, text: str) -> None:
        """Alone, "le quinze" is a number; "le premier à 20 heures" is a ranking."""
        assert all(
            "T" not in m.timex or m.text.startswith("à") for m in find_times(text, anchor=FRI)
        )
        assert not any(m.text.startswith("le ") for m in find_times(text, anchor=FRI))

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("à 8 h et vingt minutes", ("à 8 h et vingt minutes", "2024-11-29T08:20", "minute")),
            (
                "à 8 h et vingt minute dans la soirée",
                ("à 8 h et vingt minute dans la soirée", "2024-11-29T20:20", "minute"),
            ),
            (
                "à huit heures et quart du soir",
                ("à huit heures et quart du soir", "2024-11-29T20:15", "minute"),
            ),
            ("à 8 h 20 du soir", ("à 8 h 20 du soir", "2024-11-29T20:20", "minute")),
            (
                "aujourd'hui à minuit trois",
                ("aujourd'hui à minuit trois", "2024-11-29T00:03", "minute"),
            ),
            ("à midi dix", ("à midi dix", "2024-11-29T12:10", "minute")),
            ("à midi trente, il a parlé", ("à midi trente", "2024-11-29T12:30", "minute")),
            ("à midi trois personnes sont venues", ("à midi", "2024-11-29T12:00", "minute")),
        ],
    )
    def test_spelled_minutes(self, text: str, expected: tuple[str, str, str]) -> None:
        """Minutes in words after "h et" or after "midi"/"minuit", not before a noun."""
        assert expected == _one(text)

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Il est parti le 17 pour trois heures.", ("le 17", "2024-11-17", "day")),
            ("Il est parti le 17 pendant 3 jours.", ("le 17", "2024-11-17", "day")),
        ],
    )
    def test_day_before_a_duration(self, text: str, expected: tuple[str, str, str]) -> None:
        """A duration after a bare day of the month leaves the day a date."""
        assert expected == _one(text)


class TestWeekdayBesideItsDate:
    """A weekday in brackets or after a dash next to its date is one mention; the date wins."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Il a parlé ce vendredi (15 novembre).",
                ("ce vendredi (15 novembre)", "2024-11-15", "day"),
            ),
            (
                "Il est parti le 22 novembre (vendredi).",
                ("le 22 novembre (vendredi)", "2024-11-22", "day"),
            ),
            (
                "Il est parti le 22 novembre - vendredi.",
                ("le 22 novembre - vendredi", "2024-11-22", "day"),
            ),
            (
                "Il est parti le 22 novembre (vendredi)-11:30.",
                ("le 22 novembre (vendredi)-11:30", "2024-11-22T11:30", "minute"),
            ),
            ("Son salaire est arrivé le 25 lundi.", ("le 25 lundi", "2024-11-25", "day")),
            ("Son salaire est arrivé le 25 (lundi).", ("le 25 (lundi)", "2024-11-25", "day")),
            (
                "Son salaire est arrivé le vingt-cinq lundi.",
                ("le vingt-cinq lundi", "2024-11-25", "day"),
            ),
        ],
    )
    def test_one_mention(self, text: str, expected: tuple[str, str, str]) -> None:
        """The weekday, and a clock after a dash, join the date."""
        assert expected == _one(text)

    def test_contradicting_weekday_is_noted(self) -> None:
        """ "le 22 novembre (mardi)": the date stays, the mismatch is noted."""
        (mention,) = find_times("Il est parti le 22 novembre (mardi).", anchor=FRI)
        assert ("2024-11-22", ("weekday-mismatch",)) == (mention.timex, mention.notes)


class TestCountsAndDayOfMonth:
    """ "le premier jour d'août"; counts "à partir d'aujourd'hui"."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Il est rentré le deuxième jour d'août.",
                ("le deuxième jour d'août", "2024-08-02", "day"),
            ),
            (
                "Il sera libre deux dimanches à partir d'aujourd'hui.",
                ("deux dimanches à partir d'aujourd'hui", "2024-12-08", "day"),
            ),
            (
                "Il part 2 jours à partir d'aujourd'hui.",
                ("2 jours à partir d'aujourd'hui", "2024-12-01", "day"),
            ),
        ],
    )
    def test_found(self, text: str, expected: tuple[str, str, str]) -> None:
        """The day of "jour d'août"; "à partir d'aujourd'hui" counts forward like "plus tard"."""
        assert expected == _one(text)


class TestNightAfterAClock:
    """ "dans la nuit" after a clock places its hour; before "de samedi" it is its own night."""

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "vers 3 h dans la nuit, un incendie",
                ("vers 3 h dans la nuit", "2024-11-29T03:00", "hour"),
            ),
            ("à 7:30 dans la nuit", ("à 7:30 dans la nuit", "2024-11-29T19:30", "minute")),
            ("à 23 h dans la nuit", ("à 23 h dans la nuit", "2024-11-29T23:00", "hour")),
        ],
    )
    def test_night_places_the_hour(self, text: str, expected: tuple[str, str, str]) -> None:
        """1 to 5 are the small hours, 6 to 11 the evening, as for "at night"."""
        assert expected == _one(text)

    def test_night_of_two_days_stays(self) -> None:
        """ "vers 3 h dans la nuit de samedi à dimanche": the night keeps its days."""
        texts = [
            m.text for m in find_times("vers 3 h dans la nuit de samedi à dimanche", anchor=FRI)
        ]
        assert ["vers 3 h", "dans la nuit de samedi à dimanche"] == texts
