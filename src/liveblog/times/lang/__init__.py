"""Language data for the temporal engine: one frozen ``LanguageData`` per language.

A language module holds words and conventions only, never functions: the grammar in
``liveblog.times._grammar`` turns any ``LanguageData`` into compiled patterns, so a new
language is added by writing data (or, with no module at all, from dateparser's locale
vocabulary, see ``liveblog.times._vocab``).

Word lists are lower case; an apostrophe matches both ``'`` and ``’``, a space any run of
spaces, and a hyphen a hyphen or a space.
"""

from __future__ import annotations

import attrs

__all__ = ["LanguageData", "Region"]


@attrs.frozen
class Region:
    """What a regional tag ("en-AU", "en-CA") changes in its language's conventions.

    Holidays listed here replace the language's holidays of the same name (Labour Day is
    the first Monday of September in the US and Canada, 1 May in India, the fourth Monday
    of October in New Zealand); the other fields keep their meaning in ``LanguageData``.
    """

    code: str
    numeric_order: str = "dmy"
    holidays: tuple[tuple[str, int, int], ...] = ()
    floating_holidays: tuple[tuple[str, int, int, int, int], ...] = ()
    easter_holidays: tuple[tuple[str, int], ...] = ()
    table_holidays: tuple[tuple[str, str, int], ...] = ()


@attrs.frozen
class LanguageData:
    """Words and conventions of one language, as the grammar needs them.

    Pairs are ``(word, value)``. ``months`` and ``weekdays`` hold the names of each month
    (January first) and weekday (Monday first); abbreviations that need a trailing dot or
    a day number to count sit in ``month_abbreviations`` / ``weekday_abbreviations``.
    ``risky_months`` are month names that are also common words ("mars", "may") and only
    count next to a day number, a year or a month preposition.
    """

    code: str
    months: tuple[tuple[str, ...], ...]
    weekdays: tuple[tuple[str, ...], ...]
    month_abbreviations: tuple[tuple[str, ...], ...] = ()
    weekday_abbreviations: tuple[tuple[str, ...], ...] = ()
    risky_months: tuple[str, ...] = ()
    #: "dmy" or "mdy": how 03/04 reads.
    numeric_order: str = "dmy"
    #: Openers after which a day and month joined by "." or "-" with no year are a date
    #: ("on 4.22"); elsewhere they read as a score or a decimal ("by 3-1", "4.5").
    numeric_date_openers: tuple[str, ...] = ()
    ordinal_suffixes: tuple[str, ...] = ()
    #: Day offsets from the anchor: ("hier", -1).
    deictic_days: tuple[tuple[str, int], ...] = ()
    #: Deictic day plus part of day in one word: ("tonight", 0, "EV").
    deictic_parts: tuple[tuple[str, int, str], ...] = ()
    #: Parts of the day and their TIMEX3 code: ("matin", "MO").
    parts_of_day: tuple[tuple[str, str], ...] = ()
    #: Words put between a day and its part: "samedi (dans la) soirée", "Monday (in the) morning".
    part_links: tuple[str, ...] = ()
    this_words: tuple[str, ...] = ()
    last_before: tuple[str, ...] = ()
    last_after: tuple[str, ...] = ()
    next_before: tuple[str, ...] = ()
    next_after: tuple[str, ...] = ()
    #: Articles and prepositions that open a date and belong to its span: "le", "on".
    date_openers: tuple[str, ...] = ()
    #: "depuis lundi": the day still resolves, the opener is kept in the span.
    since_words: tuple[str, ...] = ()
    #: Before a clock time: "à", "vers", "at".
    time_openers: tuple[str, ...] = ()
    #: Between a date and its time: "à", "at", ",".
    date_time_links: tuple[str, ...] = ()
    #: Those of them that need a written clock after them, not a bare hour: "for".
    date_time_clock_links: tuple[str, ...] = ()
    #: Words for "hours" after a number: "h", "heures", "o'clock".
    hour_words: tuple[str, ...] = ()
    #: Minutes written as words after the hour: ("et quart", 15), ("et demie", 30).
    minute_words: tuple[tuple[str, int], ...] = ()
    #: Tens that read as minutes after an hour word: "sept (trente)", "eight (forty)".
    minute_tens: tuple[str, ...] = ()
    #: "(quarter) (past) eight", "ten (to) nine".
    past_words: tuple[str, ...] = ()
    to_words: tuple[str, ...] = ()
    quarter_words: tuple[tuple[str, int], ...] = ()
    #: Days of the month written as words: ("premier", 1), ("twenty-first", 21).
    day_words: tuple[tuple[str, int], ...] = ()
    #: Whether a spelled day may follow its month ("May first"); French puts it first.
    spelled_day_after_month: bool = False
    #: Words between a month and its day: "September (the) 21st".
    month_day_links: tuple[str, ...] = ()
    #: Years in words after a date: "nineteen (hundred) ninety three", "two (thousand)
    #: (and) five", "nineteen (oh) one"; the numbers come from ``numbers``.
    year_hundreds: tuple[str, ...] = ()
    year_thousands: tuple[str, ...] = ()
    year_zeros: tuple[str, ...] = ()
    year_links: tuple[str, ...] = ()
    #: "this past Wednesday": the latest such day before the anchor (yesterday included).
    recent_words: tuple[str, ...] = ()
    #: Day words that may count from the expression after them ("le lendemain du 13
    #: février", "the day after Christmas"), and the links allowed in between ("du", "of").
    relative_days: tuple[str, ...] = ()
    base_links: tuple[str, ...] = ()
    #: "friday after next": the weekday after the coming one.
    after_next_words: tuple[str, ...] = ()
    #: "la fin de demain", "the end of today": the day's last second.
    end_of_words: tuple[str, ...] = ()
    #: "vendredi à venir", "this coming Friday": the next such day after the anchor.
    coming_words: tuple[str, ...] = ()
    #: Named clock times: ("midi", 12).
    clock_words: tuple[tuple[str, int], ...] = ()
    #: Those that name their hour only roughly ("milieu d'après-midi"): hour granularity,
    #: where "midi" is the minute.
    rough_clock_words: tuple[str, ...] = ()
    #: After a clock time: ("pm", 12) adds 12 to hours below 12, ("am", 0) maps 12 to 0;
    #: ("at night", 24) maps 12 to 0 and adds 12 to 6 to 11, leaving the small hours.
    meridiems: tuple[tuple[str, int], ...] = ()
    #: Zone phrases after a time: ("heure de paris", "Europe/Paris"), ("heure locale", "").
    zone_phrases: tuple[tuple[str, str], ...] = ()
    #: Numbers written as words: ("trois", 3).
    numbers: tuple[tuple[str, int], ...] = ()
    #: Units of offsets and durations: ("semaines", "week").
    units: tuple[tuple[str, str], ...] = ()
    #: Fractions of an hour in an offset, in quarters: ("half an", 2) before the unit,
    #: ("and a half", 2) after a number or the unit ("2 and a half hours", "an hour and a
    #: half"); ``fraction_units`` are the hour words they may go with ("1/2 h", "2.5 hours").
    fractions: tuple[tuple[str, int], ...] = ()
    #: Words between an amount and its unit that change nothing: "in 2 (more) minutes".
    amount_fillers: tuple[str, ...] = ()
    fraction_tails: tuple[tuple[str, int], ...] = ()
    fraction_units: tuple[str, ...] = ()
    #: Before an offset into the past ("il y a") or future ("dans"); after one ("ago").
    ago_before: tuple[str, ...] = ()
    ago_after: tuple[str, ...] = ()
    later_before: tuple[str, ...] = ()
    later_after: tuple[str, ...] = ()
    #: Hedges inside an offset: "il y a (environ) trois jours".
    hedges: tuple[str, ...] = ()
    #: Words opening a duration ("pendant trois jours") or a set ("chaque lundi").
    duration_openers: tuple[str, ...] = ()
    set_openers: tuple[str, ...] = ()
    #: Openers that make a plural weekday a set: "les lundis", "on Mondays".
    plural_openers: tuple[str, ...] = ()
    #: Month position words: ("début", "early"), ("mi", "mid"), ("fin", "late").
    month_parts: tuple[tuple[str, str], ...] = ()
    #: Prepositions that make a bare month or year a date: "en octobre", "in 2023".
    month_openers: tuple[str, ...] = ()
    #: Night phrases: "dans la nuit de" X "à" Y.
    night_of: tuple[str, ...] = ()
    night_to: tuple[str, ...] = ()
    #: "la nuit dernière": (phrase, day offset of the night's evening, or 99 for "the latest").
    night_words: tuple[tuple[str, int], ...] = ()
    #: Range connectors: "du 3 au 5 juin", "between 2 and 4 pm".
    range_from: tuple[str, ...] = ()
    range_to: tuple[str, ...] = ()
    #: Fixed-date holidays: ("noël", 12, 25).
    holidays: tuple[tuple[str, int, int], ...] = ()
    #: Holidays set by a weekday: ("thanksgiving", 11, 3, 4, 0) is the 4th Thursday of
    #: November (weekday 0 is Monday; rank -1 is the month's last), plus a day offset
    #: ("black friday", 11, 3, 4, 1).
    floating_holidays: tuple[tuple[str, int, int, int, int], ...] = ()
    #: Ranks of a weekday in its month: ("first", 1), ("last", -1).
    ordinals: tuple[tuple[str, int], ...] = ()
    #: Holidays set from Easter Sunday: ("pâques", 0), ("lundi de pâques", 1).
    easter_holidays: tuple[tuple[str, int], ...] = ()
    #: "the (second) closest xmas to today": the word, and the link to the base.
    closest_words: tuple[str, ...] = ()
    closest_links: tuple[str, ...] = ()
    #: Feasts of lunar and lunisolar calendars, read from the year tables of
    #: ``liveblog.times._calendar_tables``: ("diwali", "diwali", 0); ("dhanteras", "diwali",
    #: -2) is two days before.
    table_holidays: tuple[tuple[str, str, int], ...] = ()
    #: Regional variants, by region subtag ("AU"): what "en-AU" changes.
    regions: tuple[Region, ...] = ()
    #: The anchor's own minute: "maintenant", "right now".
    now_words: tuple[str, ...] = ()
    #: After a weekday, the week it belongs to: "mardi de la semaine prochaine".
    next_week_words: tuple[str, ...] = ()
    last_week_words: tuple[str, ...] = ()
    #: "trois jours (après) Noël", "two weeks (before) May 13": a shift from the expression after.
    shift_before: tuple[str, ...] = ()
    shift_after: tuple[str, ...] = ()
    #: Regular-expression fragments (re.VERBOSE off, case-insensitive) that mark the future
    #: or the past in the words around a mention: "aura lieu", "will".
    future_cues: tuple[str, ...] = ()
    past_cues: tuple[str, ...] = ()
