"""Per-language and per-domain facts the pipeline needs: data only, no logic.

``STOPWORDS`` tells languages apart by their commonest words. ``LANGUAGE_ZONES`` and
``DOMAIN_ZONES`` give the zone to assume when a page names none and the caller passed no
``tz``: the publisher's home zone is far likelier than UTC for a French or Italian page.
English is spoken in too many zones to pick one, so it falls back to UTC.
"""

from __future__ import annotations

from typing import Final

__all__ = ["DOMAIN_ZONES", "FALLBACK_ZONE", "LANGUAGE_ZONES", "STOPWORDS"]

STOPWORDS: Final[dict[str, frozenset[str]]] = {
    "fr": frozenset(
        "le la les des du un une et est dans pour que qui sur au aux avec par pas ce cette "
        "ont été sont il elle ils nous vous mais ou son ses leur a à en".split()
    ),
    "en": frozenset(
        "the of and to in is that for on with as was were by at from it this be are have has "
        "said an which not but they his her".split()
    ),
    "de": frozenset(
        "der die das und ist nicht mit den dem ein eine zu von auf für sich auch im des wird "
        "wurde bei".split()
    ),
    "es": frozenset(
        "el la los las de que y en un una por con para del se es al lo como más pero sus".split()
    ),
    "it": frozenset(
        "il lo la gli le di che e è un una per con del della dei non sono alla nel ha".split()
    ),
    "pt": frozenset("o os as de que e em um uma para com não do da dos das por se foi".split()),
    "nl": frozenset("de het een en van in is dat op te zijn met voor niet aan er ook".split()),
    "pl": frozenset("i w na z się nie do to że jest o jak po co ale za od".split()),
}

LANGUAGE_ZONES: Final[dict[str, str]] = {
    "fr": "Europe/Paris",
    "de": "Europe/Berlin",
    "it": "Europe/Rome",
    "es": "Europe/Madrid",
    "pt": "Europe/Lisbon",
    "nl": "Europe/Amsterdam",
    "pl": "Europe/Warsaw",
}

#: Domain endings whose publishers keep one home zone (checked before the language).
DOMAIN_ZONES: Final[dict[str, str]] = {
    ".fr": "Europe/Paris",
    ".be": "Europe/Brussels",
    ".ch": "Europe/Zurich",
    ".co.uk": "Europe/London",
    ".uk": "Europe/London",
    ".ie": "Europe/Dublin",
    ".de": "Europe/Berlin",
    ".it": "Europe/Rome",
    ".es": "Europe/Madrid",
    ".pl": "Europe/Warsaw",
    ".nl": "Europe/Amsterdam",
    ".in": "Asia/Kolkata",
    ".co.il": "Asia/Jerusalem",
    ".com.au": "Australia/Sydney",
    ".ca": "America/Toronto",
}

FALLBACK_ZONE: Final = "UTC"
