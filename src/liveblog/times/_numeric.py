"""Read numeric dates: ISO stamps, "13/09/2024", "5/12", "on 4.22".

A two-digit year is kept as written; the resolver picks its century from the anchor.
"""

from __future__ import annotations

import re

from liveblog.times._clocks import read_suffix
from liveblog.times._grammar import Grammar, key
from liveblog.times._groups import read_relation, read_weekday
from liveblog.times._parts import Parts
from liveblog.times._zones import zone_for

__all__ = ["read_iso", "read_numeric"]

#: A word or a percent sign after a number: "4.22 points", "3-1 win", "4.5 %".
_WORD_AFTER = re.compile(r"[ \t]{0,3}[\w%]")


def read_iso(_g: Grammar, m: re.Match[str], _text: str) -> Parts | None:
    """Read "2024-11-08", "2024-11-08T14:05+01:00", "20161016", "2016 10 16"."""
    if (y := m["iso_y8"]) is not None:  # "20161016", "2016 10 16"
        return Parts(year=int(y), month=int(m["iso_m8"]), day=int(m["iso_d8"]))
    parts = Parts(year=int(m["iso_y"]), month=int(m["iso_m"]), day=int(m["iso_d"]))
    if m["iso_h"] is not None:
        parts.hour, parts.minute = int(m["iso_h"]), int(m["iso_mi"])
        if parts.hour > 23:
            return None
        if (z := m["iso_z"]) is not None:
            parts.zone = zone_for("UTC" if z == "z" else z)
    return parts


def read_numeric(g: Grammar, m: re.Match[str], text: str) -> Parts | None:
    """Read "13/09/2024", "13.09.24", "Friday 5/12", "on 4.22", in the language's order."""
    a, b = int(m["num_a"]), int(m["num_b"])
    year = m["num_y"]
    if m["num_sep"] == " " and year is None and m["num_y2"] is None:
        return None
    if b > 12 or (g.data.numeric_order == "mdy" and a <= 12):
        a, b = b, a
    if a < 1 or a > 31 or b < 1 or b > 12:
        return None
    parts = Parts(weekday=read_weekday(g, m, "num_"), day=a, month=b)
    if parts.weekday is None:  # "next 5/12"; in "next Friday 5/12" "next" is the Friday's
        parts.rel = read_relation(g, m["num_mb"])
    year = year or m["num_y2"]
    if year is not None:
        parts.year = int(year)  # two digits: the resolver picks the century
    clock = read_suffix(g, m, parts, text)
    if m["num_sep"] in ".-" and year is None:
        # "on 4.22", "on 4-22": only after an opener that makes it a day, and with no word
        # after it that would make it a score or an amount ("by 3-1", "on 4.5 million").
        op = m["num_op"]
        if op is None or key(op) not in g.numeric_date_openers:
            return None
        if not clock and _WORD_AFTER.match(text, parts.end or m.end()):
            return None
    return parts
