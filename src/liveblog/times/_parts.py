"""What one match says before resolution: the contract between the readers and the resolver."""

from __future__ import annotations

from datetime import tzinfo

__all__ = ["Parts"]


class Parts:
    """What one match says, before resolution. Fields left None were not said.

    A plain class: a reader sets only what it read. Each instance starts with a copy of
    every default in its own dict, since a default read through the instance from the
    class costs three times as much, and the resolver reads its parts dozens of times.
    """

    kind: str = "day"  # day, offset, period, month, year, night, range, holiday, now
    weekday: int | None = None
    day: int | None = None
    month: int | None = None  # for a mixed offset ("un mois et 21 jours"), months to add
    year: int | None = None
    rel: str | None = None  # this, last, next, since
    offset_days: int | None = None
    part: str | None = None
    hour: int | None = None
    minute: int = 0
    second: int | None = None
    hour_only: bool = False
    zone: tzinfo | None = None
    amount: int = 0
    unit: str = "day"
    month_part: str | None = None
    night_latest: bool = False
    #: Last day of a range ("du 3 au 5 juin"), and its month when it has its own.
    end_day: int | None = None
    #: The clock named am or pm itself, so a part of day must not move it.
    meridiem: bool = False
    #: For a shift ("trois jours après Noël"): the expression it counts from.
    base: Parts | None = None
    #: Where the expression ends when it reaches past its own match (a time and its day).
    end: int | None = None
    end_month: int | None = None
    #: A feast read from a year table of ``_calendar_tables`` ("eid_al_fitr"); ``amount``
    #: then holds the days counted from it.
    table: str | None = None
    #: "thanksgiving in 9 months": the holiday of the year that holds the anchor moved by
    #: that many months.
    months_on: int | None = None
    #: "the closest Monday to Oct 5th": what is counted (Monday); ``base`` is what it is
    #: near and ``amount`` the rank.
    target: Parts | None = None
    #: A narrative relative ("le lendemain", "deux jours après") with no base of its own:
    #: "narrative" counts from the day of the text's previous mention (the anchor's day
    #: when there is none); "anchor" when the words name a base that is no date ("la
    #: veille du scrutin") and the anchor is the best guess.
    base_from: str | None = None

    def __init__(self, **fields: object) -> None:
        """Set the fields given; the others take the class defaults."""
        self.__dict__ = {**_DEFAULTS, **fields} if fields else _DEFAULTS.copy()

    def copy(self, **changes: object) -> Parts:
        """Return a copy with ``changes`` applied."""
        twin = Parts(**self.__dict__)
        twin.__dict__.update(changes)
        return twin


#: Every field's default, copied into each new instance.
_DEFAULTS: dict[str, object] = {name: getattr(Parts, name) for name in Parts.__annotations__}
