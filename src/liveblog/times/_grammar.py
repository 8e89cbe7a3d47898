"""Compile a language's data into one anchored grammar and the word tables it reads back.

The grammar is one alternation of rules, each wrapped in a group named after the rule,
tried with ``pattern.match`` only where a trigger word starts (see ``_find``). Rules come
from the most specific to the least, because the first alternative that matches wins:
durations and sets first (they block what looks like a date inside them), then full
dates, clock times, weekdays, deictics, offsets, periods. Every quantifier is bounded or
applies to a single character class, so a failed match costs a few steps.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

import attrs

from liveblog.times.lang import LanguageData

__all__ = ["RULES", "Grammar", "grammar_for", "key"]

_KEY_DROP = re.compile(r"[\s\-‑–.]+")


def key(word: str) -> str:
    """Normalise a matched word for table look-up: lower case, straight quote, no gaps."""
    return _KEY_DROP.sub("", word.lower().replace("’", "'"))


def _phrase(word: str) -> str:
    """Regex for one phrase of the data: apostrophes, spaces and hyphens written loosely."""
    out = []
    for char in word.lower():
        if char == "'":
            out.append(r"['’]\s?")
        elif char == " ":
            out.append(r"\s+")
        elif char == "-":
            out.append(r"[-‑\s]?")
        else:
            out.append(re.escape(char))
    return "".join(out)


def _alt(words: tuple[str, ...] | list[str]) -> str:
    """Alternation of phrases, longest first so that the longest one wins."""
    unique = sorted({w.lower() for w in words if w}, key=lambda w: (-len(w), w))
    if not unique:
        return "(?!)"
    return "(?:" + "|".join(_phrase(w) for w in unique) + ")"


_B: Final = r"(?!\w)"  # end of a word
#: Zone labels written after a time; offsets need a sign and digits.
_ZONE: Final = (
    r"(?:(?:UTC|GMT)(?:\s?[+−-]\s?\d{1,2}(?::?[0-5]\d)?)?"
    r"|[+−-](?:0\d|1[0-4]):?[0-5]\d"
    r"|CEST|CET|BST|IST|WEST|WET|EEST|EET|MSK|EST|EDT|CDT|PST|PDT|MST|MDT|HKT|JST|AEST|AEDT)"
    r"(?!\w)"
)

#: The rules, in the order they are tried at a position.
RULES: Final = (
    "dur", "set", "nightb", "range", "date", "iso", "num", "wday", "deictic",
    "dpart", "thispart", "nightw", "offset", "offset2", "period", "month", "year",
    "holiday", "time",
)  # fmt: skip


@attrs.frozen
class Grammar:
    """A language's compiled grammar and the tables that turn matched words into values."""

    data: LanguageData
    pattern: re.Pattern[str]
    #: Each rule compiled alone, to retry the later rules when a match is rejected.
    rule_patterns: tuple[tuple[str, re.Pattern[str]], ...]
    first_words: frozenset[str]
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, str]
    parts: dict[str, str]
    deictic_days: dict[str, int]
    deictic_parts: dict[str, tuple[int, str]]
    clock_words: dict[str, int]
    meridiems: dict[str, int]
    minute_words: dict[str, int]
    zone_phrases: dict[str, str]
    month_parts: dict[str, str]
    night_words: dict[str, int]
    holidays: dict[str, tuple[int, int]]
    this_words: frozenset[str]
    last_words: frozenset[str]
    next_words: frozenset[str]
    since_words: frozenset[str]
    time_openers: frozenset[str]
    risky_months: frozenset[str]
    future: re.Pattern[str]
    past: re.Pattern[str]


class _Rules:
    """Builds the pattern text of each rule from one language's words."""

    def __init__(self, d: LanguageData) -> None:
        self.d = d
        months = [w for names in d.months for w in names]
        abbrevs = [w for names in d.month_abbreviations for w in names]
        self.mon_alt = f"(?:{_alt(months)}{_B}|{_alt(abbrevs)}(?:\\.|{_B}))"
        wd_full = [w for names in d.weekdays for w in names]
        wd_abbr = [w for names in d.weekday_abbreviations for w in names]
        self.wd_alt = f"(?:{_alt(wd_full)}{_B}|{_alt(wd_abbr)}\\.)"
        self.wd_plural = f"(?:{_alt(wd_full)}s{_B})"
        self.ord = _alt(d.ordinal_suffixes)
        self.num_words = _alt([w for w, _ in d.numbers])
        self.units = _alt([w for w, _ in d.units])
        self.pods = _alt([w for w, _ in d.parts_of_day])
        self.this = _alt(d.this_words)
        self.last_b = _alt(d.last_before)
        self.next_b = _alt(d.next_before)
        self.mod_after = _alt(d.last_after + d.next_after)
        self.openers = _alt(d.date_openers + d.since_words)
        self.links = _alt(d.part_links)
        self.deictic = _alt([w for w, _ in d.deictic_days])
        self.meridiem = _alt([w for w, _ in d.meridiems])
        self.hour_words = _alt(d.hour_words)
        self.zone_words = _alt([w for w, _ in d.zone_phrases])
        self.dt_links = _alt([w for w in d.date_time_links if w != ","])
        self.time_openers = _alt(d.time_openers)
        self.minute_words = _alt([w for w, _ in d.minute_words])
        self.hedges = _alt(d.hedges)

    # Fragments. Each takes the group-name prefix of the rule that uses it.
    def wd(self, p: str) -> str:
        return f"(?P<{p}wd>{self.wd_alt})"

    def mon(self, p: str) -> str:
        return f"(?P<{p}mon>{self.mon_alt})"

    def day(self, p: str) -> str:
        return f"(?P<{p}d>3[01]|[12]\\d|0?[1-9])(?:{self.ord})?{_B}"

    def year(self, p: str) -> str:
        return f"(?P<{p}y>(?:1[6-9]|20)\\d\\d){_B}"

    def day_month(self, p: str) -> str:
        """ "8 novembre 2024", "29th of November", "Nov. 29, 2024"."""
        of = r"(?:\s+(?:de|of|d['’]))?"
        dm = f"{self.day(p)}{of}\\s+{self.mon(p)}"
        md = f"{self.mon(p + 'x')}\\s*{self.day(p + 'x')}"
        return f"(?:{dm}|{md})(?:\\s*,?\\s+{self.year(p)})?"

    def pod(self, p: str) -> str:
        return f"(?:\\s+(?:{self.links}\\s*)?(?P<{p}pod>{self.pods}){_B})"

    def zone(self, p: str) -> str:
        words = f"(?P<{p}zw>{self.zone_words}){_B}"
        return f"(?:\\s*\\(?(?:(?P<{p}z>{_ZONE})|{words})\\)?)?"

    def clock(self, p: str) -> str:
        """A clock time: "14h05", "9 h 30", "14:05:30", "2.15pm", "2 pm", "midi"."""
        nw = self.num_words
        hour = r"2[0-3]|[01]?\d"
        alts = (
            f"(?P<{p}hc>{hour}):(?P<{p}mc>[0-5]\\d)(?::(?P<{p}sc>[0-5]\\d))?(?![\\d:])",
            f"(?P<{p}hh>{hour})\\s?(?:{self.hour_words}|h)(?:\\s?(?P<{p}mh>[0-5]\\d)(?!\\d)"
            f"(?:\\s?(?:min|mn){_B})?|{_B})",
            f"(?P<{p}hd>{hour})\\.(?P<{p}md>[0-5]\\d)(?![\\d.,])",
            f"(?P<{p}hm>1[0-2]|0?\\d)(?=\\s?{self.meridiem}(?:{_B}|(?<=\\.)))",
            f"(?P<{p}hw>{nw})\\s+(?:{self.hour_words}){_B}"
            f"(?:\\s+(?P<{p}mw>[0-5]?\\d(?!\\d)|{nw}{_B}))?",
            f"(?P<{p}cw>{_alt([w for w, _ in self.d.clock_words])}){_B}",
        )
        tail = (
            f"(?:\\s+(?P<{p}mq>{self.minute_words}){_B})?"
            f"(?:\\s?(?P<{p}ap>{self.meridiem})(?:{_B}|(?<=\\.)))?"
        )
        return "(?:" + "|".join(alts) + ")" + tail + self.zone(p)

    def time_suffix(self, p: str) -> str:
        """An optional clock time after a date: ", à 9 h 30", " at 2pm"."""
        return f"(?:\\s*,?\\s*(?:{self.dt_links}\\s+)?{self.clock(p)})?"

    def rules(self) -> dict[str, str]:
        d = self.d
        n = f"(?:\\d{{1,3}}|{self.num_words}{_B})"
        opener = f"(?:(?P<{{p}}op>{self.openers}){_B}\\s*)?"
        mods_b = f"(?:(?P<{{p}}mb>{self.this}|{self.last_b}|{self.next_b}){_B}\\s*)?"
        mods_a = f"(?:\\s+(?P<{{p}}ma>{self.mod_after}){_B})?"
        ago_b = _alt(d.ago_before)
        later_b = _alt(d.later_before)
        rules = {
            "dur": f"{_alt(d.duration_openers)}\\s+(?:{self.hedges}\\s+)?{n}\\s+{self.units}{_B}",
            "set": f"(?:{_alt(d.set_openers)}\\s+(?:{self.wd_alt}|{self.units}{_B}|{self.pods}{_B})"
            f"|{_alt(d.plural_openers)}\\s+{self.wd_plural})",
            "nightb": f"(?P<nightb_of>{_alt(d.night_of)})\\s+"
            f"(?:{self.wd('nightb_a')}|{self.day('nightb_a')})(?:\\s+{self.day('nightb_ax')})?"
            f"(?:\\s+{_alt(d.night_to)}\\s+(?:{self.wd('nightb_b')}(?:\\s+{self.day('nightb_bx')})?"
            f"|{self.day('nightb_b')}))?(?:\\s+{self.mon('nightb_')})?(?:\\s+{self.year('nightb_')})?",
            "range": f"{_alt(d.range_from)}\\s+(?:{self.wd('range_a')}\\s+)?{self.day('range_a')}"
            f"(?:\\s+{self.mon('range_a')})?\\s*(?:{_alt(d.range_to)})\\s*(?:{self.wd('range_b')}\\s+)?"
            f"{self.day('range_b')}\\s+{self.mon('range_b')}(?:\\s+{self.year('range_b')})?",
            "date": opener.format(p="date_")
            + mods_b.format(p="date_")
            + f"(?:{self.wd('date_')}\\s*,?\\s*(?:(?:{self.openers})\\s+)?)?"
            + self.day_month("date_")
            + self.time_suffix("date_t"),
            "iso": f"(?P<iso_y>(?:1[6-9]|20)\\d\\d)-(?P<iso_m>[01]\\d)-(?P<iso_d>[0-3]\\d)"
            f"(?:[T\\s](?P<iso_h>[0-2]\\d):(?P<iso_mi>[0-5]\\d)(?::(?P<iso_s>[0-5]\\d)(?:\\.\\d{{1,6}})?)?"
            f"(?P<iso_z>Z|[+-][01]\\d:?[0-5]\\d)?)?(?![\\d:])",
            "num": opener.format(p="num_") + f"(?:{self.wd('num_')}\\s*,?\\s*)?"
            f"(?P<num_a>[0-3]?\\d)(?P<num_sep>[/.])(?P<num_b>[01]?\\d)"
            f"(?:(?P=num_sep)(?P<num_y>\\d{{4}}|\\d\\d))?(?![\\d/]|\\.\\d)"
            + self.time_suffix("num_t"),
            "wday": opener.format(p="wday_")
            + mods_b.format(p="wday_")
            + self.wd("wday_")
            + mods_a.format(p="wday_")
            + f"(?:\\s+(?:{_alt(d.date_openers)}\\s+)?{self.day('wday_')}"
            f"(?!\\s?(?:[/.:]\\d|h(?:\\d|{_B})|heure|[ap]\\.?m)))?"
            + f"{self.pod('wday_')}?"
            + self.time_suffix("wday_t"),
            "deictic": opener.format(p="deictic_")
            + f"(?P<deictic_dx>{self.deictic}){_B}{self.pod('deictic_')}?"
            + self.time_suffix("deictic_t"),
            "dpart": f"(?P<dpart_dp>{_alt([w for w, _, _ in d.deictic_parts])}){_B}"
            + self.time_suffix("dpart_t"),
            "thispart": f"(?P<thispart_tw>{self.this})\\s+(?P<thispart_pod>{self.pods})"
            f"(?:-?(?:ci|là){_B}|{_B})" + self.time_suffix("thispart_t"),
            "nightw": f"(?P<nightw_nw>{_alt([w for w, _ in d.night_words])}){_B}",
            "offset": f"(?:(?P<offset_ago>{ago_b})|(?P<offset_in>{later_b}))\\s+"
            f"(?:{self.hedges}\\s+)?(?P<offset_n>{n})\\s+(?P<offset_u>{self.units}){_B}",
            "offset2": f"(?:{self.hedges}\\s+)?(?P<offset2_n>{n})\\s+(?P<offset2_u>{self.units})\\s+"
            f"(?:(?P<offset2_ago>{_alt(d.ago_after)})|(?P<offset2_in>{_alt(d.later_after)})){_B}",
            "period": f"(?:(?:earlier|later)\\s+)?(?:(?:le|la|les|l['’]\\s?|the)\\s*)?"
            + mods_b.format(p="period_")
            + f"(?P<period_u>{_alt(('semaine', 'mois', 'an', 'année', 'week', 'month', 'year'))})"
            + f"(?:-?(?:ci|là){_B}|{_B})"
            + mods_a.format(p="period_"),
            "month": f"(?:(?P<month_op>{_alt(d.month_openers + tuple(w for w, _ in d.month_parts))})"
            f"(?:\\s*-\\s*|\\s+)(?:(?:de|d['’]|of|du\\s+mois\\s+de)\\s*)?)?"
            + self.mon("month_")
            + f"(?:\\s+{self.year('month_')})?",
            "year": f"(?P<year_op>{_alt(d.month_openers + tuple(w for w, _ in d.month_parts))})"
            f"(?:\\s*-\\s*|\\s+)(?:(?:l['’]\\s?an|l['’]\\s?année|the\\s+year|year)\\s+)?"
            + self.year("year_"),
            "holiday": f"(?:(?:{self.openers}|à|la|at)\\s+)?(?P<holiday_h>"
            f"{_alt([w for w, _, _ in d.holidays])}){_B}(?:\\s+{self.year('holiday_')})?",
            "time": f"(?:(?P<time_to>{self.time_openers})\\s+)?"
            + self.clock("time_")
            + f"(?:\\s*,?\\s+(?:(?:{self.openers})\\s+)?(?:{self.day_month('time_d')}"
            f"|(?P<time_dx>{self.deictic}){_B}|{self.wd('time_')}))?",
        }
        return rules


def _first_words(d: LanguageData) -> frozenset[str]:
    """Lower-case first tokens (``\\w+``) of every phrase a rule can start with."""
    phrases: list[str] = []
    phrases += [w for names in d.months + d.month_abbreviations for w in names]
    phrases += [w for names in d.weekdays + d.weekday_abbreviations for w in names]
    phrases += [w for w, _ in d.deictic_days] + [w for w, _, _ in d.deictic_parts]
    phrases += [w for w, _ in d.numbers] + [w for w, _ in d.clock_words]
    phrases += [w for w, _ in d.night_words] + [w for w, _, _ in d.holidays]
    phrases += [w for w, _ in d.month_parts]
    phrases += list(
        d.this_words
        + d.last_before
        + d.next_before
        + d.date_openers
        + d.since_words
        + d.time_openers
        + d.ago_before
        + d.later_before
        + d.hedges
        + d.duration_openers
        + d.set_openers
        + d.plural_openers
        + d.month_openers
        + d.night_of
        + d.range_from
    )
    phrases += ["le", "la", "les", "l", "the", "earlier", "later", "à", "at"]
    words = set()
    for phrase in phrases:
        tokens = re.findall(r"\w+", phrase.lower())
        if tokens:
            words.add(tokens[0])
    return frozenset(words)


@lru_cache(maxsize=16)
def grammar_for(data: LanguageData) -> Grammar:
    """Compile (once per language) the grammar of ``data``."""
    rules = _Rules(data).rules()
    source = "|".join(f"(?P<{name}>{rules[name]})" for name in RULES)
    pattern = re.compile(source, re.IGNORECASE)
    months = {key(w): i + 1 for i, names in enumerate(data.months) for w in names}
    months.update(
        {key(w): i + 1 for i, names in enumerate(data.month_abbreviations) for w in names}
    )
    weekdays = {key(w): i for i, names in enumerate(data.weekdays) for w in names}
    weekdays.update(
        {key(w): i for i, names in enumerate(data.weekday_abbreviations) for w in names}
    )
    cues = "|".join(data.future_cues) or "(?!)"
    past = "|".join(data.past_cues) or "(?!)"
    return Grammar(
        data=data,
        pattern=pattern,
        rule_patterns=tuple(
            (name, re.compile(f"(?P<{name}>{rules[name]})", re.IGNORECASE)) for name in RULES
        ),
        first_words=_first_words(data),
        months=months,
        weekdays=weekdays,
        numbers={key(w): v for w, v in data.numbers},
        units={key(w): v for w, v in data.units},
        parts={key(w): v for w, v in data.parts_of_day},
        deictic_days={key(w): v for w, v in data.deictic_days},
        deictic_parts={key(w): (o, c) for w, o, c in data.deictic_parts},
        clock_words={key(w): v for w, v in data.clock_words},
        meridiems={key(w): v for w, v in data.meridiems},
        minute_words={key(w): v for w, v in data.minute_words},
        zone_phrases={key(w): v for w, v in data.zone_phrases},
        month_parts={key(w): v for w, v in data.month_parts},
        night_words={key(w): v for w, v in data.night_words},
        holidays={key(w): (m, dd) for w, m, dd in data.holidays},
        this_words=frozenset(key(w) for w in data.this_words),
        last_words=frozenset(key(w) for w in data.last_before + data.last_after),
        next_words=frozenset(key(w) for w in data.next_before + data.next_after),
        since_words=frozenset(key(w) for w in data.since_words),
        time_openers=frozenset(key(w) for w in data.time_openers),
        risky_months=frozenset(key(w) for w in data.risky_months),
        future=re.compile(cues, re.IGNORECASE),
        past=re.compile(past, re.IGNORECASE),
    )
