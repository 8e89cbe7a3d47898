"""Which ``LanguageData`` a language code gets: ours, or one built from dateparser's locales.

This is the only module of the engine that imports dateparser, and it reads only its
locale data (month and weekday names, relative words, number words): never its parser.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, TypeVar

import attrs

from liveblog.errors import UnknownLanguageError, shorten
from liveblog.times.lang import LanguageData, Region
from liveblog.times.lang import en as _en
from liveblog.times.lang import fr as _fr

__all__ = ["language_data"]

_OURS = {"fr": _fr.DATA, "en": _en.DATA}
_Entry = TypeVar("_Entry", bound=tuple[Any, ...])
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_UNITS = ("day", "week", "month", "year", "hour", "minute")
_PLAIN = re.compile(r"[^\W\d_][\w'’ .-]*\Z")


def _words(info: dict[str, Any], name: str) -> tuple[str, ...]:
    """List the plain words dateparser gives under ``name`` (its regex entries are skipped)."""
    values = info.get(name) or []
    return tuple(w.lower() for w in values if isinstance(w, str) and _PLAIN.match(w))


def _relative(info: dict[str, Any], name: str) -> tuple[str, ...]:
    return tuple(
        w.lower() for w in (info.get("relative-type") or {}).get(name, []) if _PLAIN.match(w)
    )


def _first_words(phrases: tuple[str, ...], units: set[str]) -> tuple[str, ...]:
    """Take the modifier word of relative phrases ("letzte woche" → "letzte")."""
    return tuple({p.split()[0] for p in phrases if " " in p and p.split()[-1] in units})


def _from_dateparser(code: str) -> LanguageData:
    from dateparser.languages.loader import default_loader  # noqa: PLC0415 (loaded on demand)

    try:
        info: dict[str, Any] = default_loader.get_locale(code).info
    except (ValueError, KeyError) as error:
        raise UnknownLanguageError(
            f"no time vocabulary for language {shorten(code)}; use an ISO 639-1 code such as "
            "'fr', 'en', 'de'"
        ) from error
    units = [(w, unit) for unit in _UNITS for w in _words(info, unit)]
    unit_words = {w for w, _ in units}
    deictic = [
        (w, n)
        for name, n in (
            ("0 day ago", 0),
            ("1 day ago", -1),
            ("2 day ago", -2),
            ("in 1 day", 1),
            ("in 2 day", 2),
        )
        for w in _relative(info, name)
    ]
    numbers = []
    for item in info.get("simplifications") or []:
        for word, value in item.items():
            if isinstance(value, str) and value.isdigit() and _PLAIN.match(word):
                numbers.append((word.lower(), int(value)))
    last = _first_words(sum((_relative(info, f"1 {u} ago") for u in _UNITS), ()), unit_words)
    nxt = _first_words(sum((_relative(info, f"in 1 {u}") for u in _UNITS), ()), unit_words)
    this = _first_words(sum((_relative(info, f"0 {u} ago") for u in _UNITS), ()), unit_words)
    order = str(info.get("date_order") or "DMY").upper()
    return LanguageData(
        code=code,
        months=tuple(tuple(w for w in _words(info, m) if len(w) > 3) or (m,) for m in _MONTHS),
        month_abbreviations=tuple(
            tuple(w for w in _words(info, m) if len(w) <= 3) for m in _MONTHS
        ),
        weekdays=tuple(tuple(w for w in _words(info, d) if len(w) > 3) or (d,) for d in _WEEKDAYS),
        weekday_abbreviations=tuple(
            tuple(w for w in _words(info, d) if len(w) <= 3) for d in _WEEKDAYS
        ),
        numeric_order="mdy" if order.startswith("M") else "dmy",
        ordinal_suffixes=(".",),
        deictic_days=tuple(deictic),
        this_words=this,
        last_before=last,
        next_before=nxt,
        meridiems=tuple((w, 0) for w in _words(info, "am"))
        + tuple((w, 12) for w in _words(info, "pm")),
        numbers=tuple(numbers),
        units=tuple(units),
        ago_before=_words(info, "ago"),
        ago_after=_words(info, "ago"),
        later_before=_words(info, "in"),
        hour_words=("h",),
    )


@lru_cache(maxsize=64)
def language_data(code: str) -> LanguageData:
    """Get the vocabulary for ``code`` ("fr", "en-GB", "de"), or raise UnknownLanguageError."""
    if not isinstance(code, str) or not code.strip():
        raise UnknownLanguageError(
            f"lang must be a language code such as 'fr', got {shorten(code)}"
        )
    normal = code.strip().replace("_", "-")
    base, _, region = normal.partition("-")
    return _data(base.lower(), region.partition("-")[0].upper())


@lru_cache(maxsize=64)
def _data(base: str, region: str) -> LanguageData:
    if base not in _OURS:
        return _from_dateparser(base)
    data = _OURS[base]
    chosen = next((r for r in data.regions if r.code == region), None)
    return data if chosen is None else _with_region(data, chosen)


def _with_region(data: LanguageData, region: Region) -> LanguageData:
    """Apply a region's conventions: its date order, its holidays over the same names."""
    names = {
        key
        for table in (
            region.holidays,
            region.floating_holidays,
            region.easter_holidays,
            region.table_holidays,
        )
        for key, *_ in table
    }
    return attrs.evolve(
        data,
        numeric_order=region.numeric_order,
        holidays=_keep(data.holidays, names) + region.holidays,
        floating_holidays=_keep(data.floating_holidays, names) + region.floating_holidays,
        easter_holidays=_keep(data.easter_holidays, names) + region.easter_holidays,
        table_holidays=_keep(data.table_holidays, names) + region.table_holidays,
    )


def _keep(entries: tuple[_Entry, ...], dropped: set[str]) -> tuple[_Entry, ...]:
    return tuple(e for e in entries if e[0] not in dropped)
