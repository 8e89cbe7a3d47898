"""Words that visible time labels and bylines use, as data: no functions here.

Month names, zone abbreviations and the filler words around a time ("Posted at",
"le … à", "Uhr") for the languages the pages come in. A label is read only when these
words and the time itself make up all of it, so prose is never mistaken for a label.
"""

from __future__ import annotations

from datetime import timedelta, timezone, tzinfo
from typing import Final

__all__ = ["FILLERS", "MONTHS", "RELATIVE_UNITS", "RELATIVE_WORDS", "WEEKDAYS", "ZONES"]

#: Month names and abbreviations (lower case, accents kept) to month numbers.
MONTHS: Final[dict[str, int]] = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
    # French
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "déc": 12,
    # German
    "januar": 1, "februar": 2, "märz": 3, "mai.": 5, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
    # Italian
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "dicembre": 12,
}  # fmt: skip


def _offset(hours: int, minutes: int = 0) -> tzinfo:
    sign = -1 if hours < 0 else 1
    return timezone(timedelta(hours=hours, minutes=sign * minutes))


#: Zone abbreviations news pages print after a time. "IST" is read as India, the only
#: sense on the pages we know of that print it beside a clock; a site that means Irish or
#: Israel time names it in a profile, not here.
ZONES: Final[dict[str, tzinfo]] = {
    "utc": timezone.utc, "gmt": timezone.utc, "z": timezone.utc,
    "bst": _offset(1), "ist": _offset(5, 30),
    "cet": _offset(1), "cest": _offset(2), "met": _offset(1), "mez": _offset(1),
    "mesz": _offset(2),
    "eet": _offset(2), "eest": _offset(3),
    "est": _offset(-5), "edt": _offset(-4), "cst": _offset(-6), "cdt": _offset(-5),
    "mst": _offset(-7), "mdt": _offset(-6), "pst": _offset(-8), "pdt": _offset(-7),
    "aest": _offset(10), "aedt": _offset(11), "jst": _offset(9),
}  # fmt: skip

#: Words that may surround a time in a label and carry no time themselves.
FILLERS: Final[frozenset[str]] = frozenset(
    {
        # English
        "posted", "updated", "published", "at", "on", "last", "first", "modified", "by",
        "local", "time",
        # French
        "publié", "publiée", "publie", "mis", "à", "a", "jour", "le", "la", "modifié",
        "actualisé", "dernière", "mise", "heure", "h",
        # German, Italian, Polish
        "uhr", "um", "am", "aktualisiert", "veröffentlicht", "ore", "alle", "aggiornato",
        "pubblicato", "il", "godz", "aktualizacja",
    }
)  # fmt: skip

#: Units of relative labels ("4m ago", "21 mins ago", "il y a 5 min"): such a label gives
#: no clock time, so it is recognised (and skipped) rather than read.
RELATIVE_UNITS: Final[frozenset[str]] = frozenset(
    {
        "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes",
        "h", "hr", "hrs", "hour", "hours", "d", "day", "days", "j", "jour", "jours",
        "heure", "heures", "seconde", "secondes",
    }
)  # fmt: skip

#: Words that make a label relative ("ago", "il y a").
RELATIVE_WORDS: Final[frozenset[str]] = frozenset({"ago", "il", "y", "a", "fa", "vor"})

#: Weekday names and abbreviations: a label may name the day ("Mon 20 Jan 2020 06.05").
WEEKDAYS: Final[frozenset[str]] = frozenset(
    {
        "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu",
        "thur", "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lun", "mer", "jeu", "ven", "sam", "dim",
    }
)  # fmt: skip
