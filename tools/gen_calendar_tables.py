"""Write ``src/liveblog/times/_calendar_tables.py`` from the ``holidays`` package's calendars.

    python tools/gen_calendar_tables.py && ruff format src/liveblog/times/_calendar_tables.py

Lunar and lunisolar feasts (Chinese New Year, the Eids, Diwali...) follow no Gregorian rule
the engine could compute exactly: the tabular Islamic calendar is often a day off the
observed one, and Hindu tithis need astronomy. The ``holidays`` package (MIT) keeps
documented, maintained tables of them; this script copies its dates as data, so liveblog
itself needs no new dependency. Run it again when ``holidays`` updates its tables.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from dateutil.easter import EASTER_ORTHODOX, easter
from holidays.calendars.chinese import _ChineseLunisolar
from holidays.calendars.hebrew import _HebrewLunisolar
from holidays.calendars.hindu import _HinduLunisolar
from holidays.calendars.islamic import _IslamicLunar
from holidays.version import __version__

OUT = Path(__file__).resolve().parents[1] / "src" / "liveblog" / "times" / "_calendar_tables.py"
YEARS = range(1925, 2101)  # where the Islamic tables start

_CHINESE = _ChineseLunisolar()
_HEBREW = _HebrewLunisolar()
_HINDU = _HinduLunisolar()
_ISLAMIC = _IslamicLunar()


def _one(method: Callable[[int], Any]) -> Callable[[int], Iterable[date]]:
    """Adapt a calendar method giving (date, estimated) or None for one year."""

    def dates(year: int) -> Iterable[date]:
        found = method(year)
        if isinstance(found, tuple):
            found = found[0]
        return [found] if isinstance(found, date) else []

    return dates


def _many(method: Callable[[int], Iterable[tuple[date, bool]]]) -> Callable[[int], Iterable[date]]:
    """Adapt an Islamic calendar method, which yields the dates of a Gregorian year."""
    return lambda year: [d for d, _ in method(year) if d.year == year]


def _hebrew(name: str) -> Callable[[int], Iterable[date]]:
    return lambda year: [d] if (d := _HEBREW._get_holiday(name, year)) else []  # noqa: SLF001


#: Table key: (what it is, how to get one year's dates).
TABLES: dict[str, tuple[str, Callable[[int], Iterable[date]]]] = {
    "lunar_new_year": ("Chinese (lunar) New Year", _one(_CHINESE.lunar_new_year_date)),
    "mid_autumn": ("Mid-Autumn Festival", _one(_CHINESE.mid_autumn_date)),
    "dragon_boat": ("Dragon Boat Festival", _one(_CHINESE.dragon_boat_date)),
    "eid_al_fitr": ("Eid al-Fitr", _many(_ISLAMIC.eid_al_fitr_dates)),
    "eid_al_adha": ("Eid al-Adha", _many(_ISLAMIC.eid_al_adha_dates)),
    "islamic_new_year": ("Islamic New Year (1 Muharram)", _many(_ISLAMIC.hijri_new_year_dates)),
    "ashura": ("Ashura", _many(_ISLAMIC.ashura_dates)),
    "mawlid": ("Mawlid (the Prophet's birthday)", _many(_ISLAMIC.mawlid_dates)),
    "diwali": ("Diwali (Lakshmi Puja)", _one(_HINDU.diwali_india_date)),
    "naraka_chaturdashi": (
        "Naraka Chaturdashi (Choti Diwali)",
        _one(_HINDU.naraka_chaturdashi_date),
    ),
    "govardhan_puja": ("Govardhan Puja", _one(_HINDU.govardhan_puja_date)),
    "dussehra": ("Dussehra (Vijayadashami)", _one(_HINDU.dussehra_date)),
    "holi": ("Holi", _one(_HINDU.holi_date)),
    "karwa_chauth": ("Karva Chauth", _one(_HINDU.karwa_chauth_date)),
    "vaisakhi": ("Vaisakhi", _one(_HINDU.vaisakhi_date)),
    "makar_sankranti": ("Makar Sankranti (Maghi)", _one(_HINDU.makar_sankranti_date)),
    "pongal": ("Thai Pongal", _one(_HINDU.pongal_date)),
    "basant_panchami": ("Vasant Panchami", _one(_HINDU.basant_panchami_date)),
    "chhath_puja": ("Chhath Puja (Surya Shashthi)", _one(_HINDU.chhath_puja_date)),
    "raksha_bandhan": ("Raksha Bandhan", _one(_HINDU.raksha_bandhan_date)),
    "janmashtami": ("Krishna Janmashtami", _one(_HINDU.janmashtami_date)),
    "ganesh_chaturthi": ("Ganesh Chaturthi", _one(_HINDU.ganesh_chaturthi_date)),
    "maha_shivaratri": ("Maha Shivaratri", _one(_HINDU.maha_shivaratri_date)),
    "onam": ("Onam", _one(_HINDU.onam_date)),
    "mahavir_jayanti": ("Mahavir Jayanti", _one(_HINDU.mahavir_jayanti_date)),
    "gudi_padwa": ("Gudi Padwa (Ugadi)", _one(_HINDU.gudi_padwa_date)),
    "buddha_purnima": ("Buddha Purnima (Vesak)", _one(_HINDU.buddha_purnima_date)),
    "guru_nanak_jayanti": ("Guru Nanak Jayanti", _one(_HINDU.guru_nanak_jayanti_date)),
    "ram_navami": ("Ram Navami", _one(_HINDU.ram_navami_date)),
    "yom_kippur": ("Yom Kippur", _hebrew("YOM_KIPPUR")),
    "purim": ("Purim", _hebrew("PURIM")),
}

#: Hand-kept tables of days that follow no calendar at all, with where they come from.
HAND_TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    # The US presidential primaries' Super Tuesday, as the parties' calendars set it.
    "super_tuesday": (
        "US presidential primaries' Super Tuesday",
        (
            "19880308 19920310 19960312 20000307 20040302 20080205 20120306 20160301 20200303",
            "20240305",
        ),
    ),
    # Nicknames of the 2008 one, the largest ever held (24 states).
    "super_tuesday_2008": ("US Super Tuesday of 2008 (Giga, Tsunami Tuesday)", ("20080205",)),
    # The smaller primaries day a month before Super Tuesday 2004.
    "mini_tuesday": ("US Mini-Tuesday of 2004", ("20040203",)),
}


def _emancipation_day(year: int) -> date:
    """Give Washington DC's Emancipation Day as observed (a DC holiday since 2005).

    16 April; a Saturday's moves to the Friday before, a Sunday's to the Monday after.
    """
    day = date(year, 4, 16)
    return day + timedelta(days={5: -1, 6: 1}.get(day.weekday(), 0))


def _tax_day(year: int) -> date:
    """Give the US federal tax deadline of ``year``.

    15 April, or the next working day: not a weekend, not the Emancipation Day observed in
    Washington since 2005. Congress moved it in 2020 and 2021.
    """
    moved = {2020: date(2020, 7, 15), 2021: date(2021, 5, 17)}
    if year in moved:
        return moved[year]
    day = date(year, 4, 15)
    while day.weekday() >= 5 or (year >= 2005 and day == _emancipation_day(year)):
        day += timedelta(days=1)
    return day


def _victoria_day(year: int) -> date:
    """Give Canada's Victoria Day: the last Monday before 25 May."""
    day = date(year, 5, 24)
    return day - timedelta(days=day.weekday())


def _orthodox_easter(year: int) -> date:
    """Give the Orthodox (Julian) Easter Sunday, in the Gregorian calendar (dateutil)."""
    return easter(year, EASTER_ORTHODOX)


#: Tables computed from a stated rule with its known exceptions (years 1955 to 2100).
RULE_TABLES: dict[str, tuple[str, Callable[[int], date], range]] = {
    "us_tax_day": ("US federal tax day", _tax_day, range(1955, 2101)),
    "dc_emancipation_day": (
        "Emancipation Day (Washington DC)",
        _emancipation_day,
        range(2005, 2101),
    ),
    "victoria_day": ("Victoria Day (Canada)", _victoria_day, range(1952, 2101)),
    "orthodox_easter": ("Orthodox Easter Sunday", _orthodox_easter, range(1925, 2101)),
}

HEADER = '''"""Days of feasts no Gregorian rule gives, by year, as data (generated: do not edit).

Written by ``tools/gen_calendar_tables.py``: lunar and lunisolar feasts from the calendars
of the ``holidays`` package {version} (MIT); Orthodox Easter from ``dateutil``; days set by
a rule with exceptions (US tax day) from the rule stated there; one-off or political days
(Super Tuesday) kept by hand there. Each table is a string of ``YYYYMMDD`` days, in order;
a year may hold two dates (the Islamic year is eleven days shorter than the Gregorian one)
or none. Islamic dates are the package's observed/estimated ones, not the tabular
calendar, which is often a day off.
"""

from __future__ import annotations

__all__ = ["TABLES"]

TABLES: dict[str, str] = {{
'''


def _chunks(days: list[str], width: int = 9) -> list[str]:
    return [" ".join(days[i : i + width]) for i in range(0, len(days), width)]


def _entry(name: str, days: list[str]) -> list[str]:
    """Write one table entry: its name, then its days in chunks of string literals."""
    chunks = _chunks(days)
    last = len(chunks) - 1
    body = [f'        "{chunk}{" " if i < last else ""}"\n' for i, chunk in enumerate(chunks)]
    return [f'    "{name}": (\n', *body, "    ),\n"]


def main() -> None:
    """Write the tables module."""
    lines = [HEADER.format(version=__version__)]
    for name, (label, dates) in TABLES.items():
        days = sorted({d.strftime("%Y%m%d") for y in YEARS for d in dates(y)})
        lines.append(f"    # {label}, years {days[0][:4]} to {days[-1][:4]}\n")
        lines.extend(_entry(name, days))
    for name, (label, rule, years) in RULE_TABLES.items():
        days = [rule(y).strftime("%Y%m%d") for y in years]
        lines.append(f"    # {label}, by the rule in tools/gen_calendar_tables.py\n")
        lines.extend(_entry(name, days))
    for name, (label, rows) in HAND_TABLES.items():
        days = " ".join(rows).split()
        lines.append(f"    # {label}, kept by hand in tools/gen_calendar_tables.py\n")
        lines.extend(_entry(name, days))
    lines.append("}\n")
    OUT.write_text("".join(lines), encoding="utf-8")
    sys.stdout.write(f"wrote {OUT}\n")


if __name__ == "__main__":
    main()
