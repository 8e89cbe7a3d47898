"""Words the exports print, per language: data only, no code.

French first, English close behind; any other language is shown with the English words.
Month and weekday names are written here rather than read from the machine's locale,
so an export looks the same on every machine.
"""

from __future__ import annotations

from typing import Final

import attrs

__all__ = ["EN", "FR", "Words", "words_for"]


@attrs.frozen
class Words:
    """The vocabulary of one display language."""

    code: str
    weekdays: tuple[str, ...]  # Monday first, as datetime.weekday()
    months: tuple[str, ...]  # January first
    first_of_month: str  # "1er" in French, "1" in English
    parts_of_day: tuple[str, str, str, str]  # night, morning, afternoon, evening
    night_of: str  # "{a}" and "{b}" are the two days
    weekend_of: str
    week_of: str
    quarter: str  # "{n}" quarter number, "{year}"
    seasons: tuple[str, str, str, str]  # winter, spring, summer, autumn
    decade: str  # "{year}" the decade's first year
    century: str  # "{n}" the century as an ordinal ("21e", "21st")
    undated: str
    zone_assumed: str
    page_date: str
    from_text: str
    source: str
    no_url: str
    seen_in: str
    related: str
    read_more: str
    updated: str
    timeline: str
    entries: str
    generated_note: str


FR: Final = Words(
    code="fr",
    weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    months=(
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    first_of_month="1er",
    parts_of_day=("nuit", "matin", "après-midi", "soir"),
    night_of="nuit du {a} au {b}",
    weekend_of="week-end du {a}",
    week_of="semaine du {a}",
    quarter="T{n} {year}",
    seasons=("hiver", "printemps", "été", "automne"),
    decade="années {year}",
    century="{n} siècle",
    undated="Sans date",
    zone_assumed="fuseau supposé",
    page_date="date de la page",
    from_text="date lue dans le texte",
    source="source",
    no_url="page sans adresse",
    seen_in="vu dans {n} versions",
    related="voir aussi",
    read_more="Lire la suite",
    updated="mis à jour",
    timeline="Chronologie",
    entries="{n} entrées",
    generated_note="Produit par liveblog, hors ligne, à partir des pages citées.",
)

EN: Final = Words(
    code="en",
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    first_of_month="1",
    parts_of_day=("night", "morning", "afternoon", "evening"),
    night_of="night of {a} to {b}",
    weekend_of="weekend of {a}",
    week_of="week of {a}",
    quarter="Q{n} {year}",
    seasons=("winter", "spring", "summer", "autumn"),
    decade="the {year}s",
    century="{n} century",
    undated="Undated",
    zone_assumed="zone assumed",
    page_date="page date",
    from_text="date read in the text",
    source="source",
    no_url="page without URL",
    seen_in="seen in {n} versions",
    related="see also",
    read_more="Read more",
    updated="updated",
    timeline="Timeline",
    entries="{n} entries",
    generated_note="Made by liveblog, offline, from the pages cited.",
)

_BY_CODE: Final = {"fr": FR, "en": EN}


def words_for(lang: str | None) -> Words:
    """Return the words for ``lang`` ("fr", "fr-FR", "en"...); English for anything else."""
    code = (lang or "en").lower().replace("_", "-").split("-")[0]
    return _BY_CODE.get(code, EN)
