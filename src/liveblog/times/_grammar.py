"""Compile a language's data into one anchored grammar and the word tables it reads back.

Patterns are matched against the lower-cased text (same offsets), so they are compiled
without IGNORECASE, which halves the cost of a failed match. The grammar is one
alternation of rules, each wrapped in a group named after the rule, tried with
``pattern.match`` only where a trigger word starts (see ``_find``). Rules come from the
most specific to the least, because the first alternative that matches wins:
durations and sets first (they block what looks like a date inside them), then full
dates, clock times, weekdays, deictics, offsets, periods. Every quantifier is bounded or
applies to a single character class, so a failed match costs a few steps.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Final

import attrs

from liveblog.times.lang import LanguageData

__all__ = ["DIGIT", "RULES", "Grammar", "grammar_for", "key"]

_KEY_DROP = re.compile(r"[\s\-‑–.]+")


@lru_cache(maxsize=4096)
def key(word: str) -> str:
    """Normalise a matched word for table look-up: lower case, straight quote, no gaps."""
    return _KEY_DROP.sub("", word.lower().replace("’", "'"))


def _atoms(word: str) -> list[str]:
    """Regex pieces of one phrase: apostrophes, spaces and hyphens written loosely."""
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
    return out


def _trie(node: dict[str, dict[str, Any]]) -> str:
    """Regex of a trie of atoms; a word ending here makes the rest optional (longest first)."""
    ends = "" in node
    branches = [atom + _trie(child) for atom, child in sorted(node.items()) if atom]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


def _alt(words: tuple[str, ...] | list[str]) -> str:
    """Alternation of phrases as a prefix tree, so a failed match costs one pass."""
    root: dict[str, dict[str, Any]] = {}
    for word in {w.lower() for w in words if w}:
        node = root
        for atom in _atoms(word):
            node = node.setdefault(atom, {})
        node[""] = {}
    if not root:
        return "(?!)"
    return "(?:" + _trie(root) + ")"


_B: Final = r"(?!\w)"  # end of a word
#: Zone labels written after a time; offsets need a sign and digits.
_ZONE: Final = (
    r"(?:(?:utc|gmt)(?:\s?[+−-]\s?\d{1,2}(?::?[0-5]\d)?)?"
    r"|[+−-](?:0\d|1[0-4]):?[0-5]\d"
    r")"
    r"(?!\w)"
)

#: The rules, in the order they are tried at a position.
RULES: Final = (
    "dur",
    "set",
    "nightb",
    "range",
    "holiday",
    "nth",
    "dom2",
    "wdcount",
    "date",
    "iso",
    "num",
    "wday",
    "deictic",
    "dom",
    "podtime",
    "dpart",
    "thispart",
    "nightw",
    "offset",
    "shift",
    "offset2",
    "period",
    "month",
    "year",
    "now",
    "time",
)


@attrs.frozen
class Grammar:
    """A language's compiled grammar and the tables that turn matched words into values."""

    data: LanguageData
    #: First token (lower case, "0" for a number) → the names of the rules that may start
    #: there, in order; ``pattern`` compiles their alternation on first use.
    dispatch: dict[str, tuple[str, ...]]
    #: Tokens where a match is tried, and tokens allowed between opening words and them.
    core: frozenset[str]
    chain: frozenset[str]
    #: The rule texts, to compile the alternation of the later rules when a match is
    #: rejected; ``rest`` memoises them (pure memoisation, keyed by the rule names).
    rule_sources: dict[str, str]
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
    floating_holidays: dict[str, tuple[int, int, int, int]]
    ordinals: dict[str, int]
    easter_holidays: dict[str, int]
    day_words: dict[str, int]
    quarter_words: dict[str, int]
    coming_words: frozenset[str]
    relative_days: frozenset[str]
    #: After an offset: a link to a base it counts from ("à partir de", "before").
    shift_link: re.Pattern[str]
    #: After a relative day word: an optional link to the expression it counts from.
    base_link: re.Pattern[str]
    recent_words: frozenset[str]
    this_words: frozenset[str]
    last_words: frozenset[str]
    next_words: frozenset[str]
    since_words: frozenset[str]
    time_openers: frozenset[str]
    risky_months: frozenset[str]
    future: re.Pattern[str]
    past: re.Pattern[str]

    #: Compiled alternations by rule names (pure memoisation: the key is the whole input).
    compiled: dict[tuple[str, ...], re.Pattern[str]] = attrs.field(factory=dict, eq=False)

    def pattern(self, names: tuple[str, ...]) -> re.Pattern[str]:
        """Get the alternation of the rules ``names``, in order, compiling it on first use.

        Compiling lazily keeps the first call of a language short: a text only needs the
        alternations of the words it contains.
        """
        found = self.compiled.get(names)
        if found is None:
            source = "|".join(f"(?P<{n}>{self.rule_sources[n]})" for n in names)
            found = self.compiled[names] = re.compile(source)
        return found


class _Rules:
    """Builds the pattern text of each rule from one language's words."""

    def __init__(self, d: LanguageData) -> None:
        self.d = d
        months = [w for names in d.months for w in names]
        abbrevs = [w for names in d.month_abbreviations for w in names]
        # A month may touch its day ("Dec31", "October2").
        self.mon_alt = f"(?:{_alt(months)}(?:{_B}|(?=\\d))|{_alt(abbrevs)}(?:\\.|{_B}|(?=\\d)))"
        wd_full = [w for names in d.weekdays for w in names]
        wd_abbr = [w for names in d.weekday_abbreviations for w in names]
        ordinal = f"(?=\\s+\\d{{1,2}}{_alt(d.ordinal_suffixes)}{_B})"
        # An abbreviation counts only before a day number ("jeu. 13", "Thu. 5", "Thu 5th"):
        # alone, "jeu." is "the game." and "sat."/"wed." are verbs.
        self.wd_alt = f"(?:{_alt(wd_full)}{_B}|{_alt(wd_abbr)}(?:\\.(?=\\s*\\d)|{ordinal}))"
        self.wd_plural = f"(?:{_alt(wd_full)}s{_B})"
        self.ord = _alt(d.ordinal_suffixes)
        self.num_words = _alt([w for w, _ in d.numbers])
        self.units = _alt([w for w, _ in d.units])
        self.pods = _alt([w for w, _ in d.parts_of_day])
        self.this = _alt(d.this_words)
        self.last_b = _alt(d.last_before)
        self.next_b = _alt(d.next_before)
        self.mod_after = _alt(d.last_after + d.next_after + d.coming_words)
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
        self.tens = _alt(d.minute_tens)
        self.past = _alt(d.past_words)
        self.to = _alt(d.to_words)
        self.quarters = _alt([w for w, _ in d.quarter_words])
        self.coming = _alt(d.coming_words)
        self.recent = _alt(d.recent_words)

    # Fragments. Each takes the group-name prefix of the rule that uses it.
    def wd(self, p: str) -> str:
        return f"(?P<{p}wd>{self.wd_alt})"

    def wd_plural_or_one(self, p: str) -> str:
        """Match a weekday name, singular or plural ("2 thursdays ago")."""
        full = _alt([w for names in self.d.weekdays for w in names])
        return f"(?P<{p}wd>{full})s?{_B}"

    def mon(self, p: str) -> str:
        return f"(?P<{p}mon>{self.mon_alt})"

    def day(self, p: str, words: bool = True) -> str:
        """Match a day of the month.

        Spelled days ("premier", "twenty-first") count only next to a month, since "le
        Premier ministre" must not read as the 1st.
        """
        spelled = _alt([w for w, _ in self.d.day_words]) if words else "(?!)"
        return f"(?:(?P<{p}d>3[01]|[12]\\d|0?[1-9])(?:{self.ord})?|(?P<{p}dw>{spelled})){_B}"

    def year(self, p: str) -> str:
        return f"(?P<{p}y>(?:1[6-9]|20)\\d\\d){_B}"

    def day_month(self, p: str) -> str:
        """Match a day and its month: "8 novembre 2024", "29th of November", "Nov. 29, 2024"."""
        of = r"(?:\s+(?:de|of|d['’]))?"
        dm = f"{self.day(p)}(?:\\s+(?:day|jour))?(?:{of}\\s+|(?<=\\d)\\s*[-/]\\s*){self.mon(p)}"
        spelled = self.d.spelled_day_after_month
        md = f"{self.mon(p + 'x')}(?:\\s*[-/,]?\\s*){self.day(p + 'x', words=spelled)}"
        year = f"(?:\\s*,?\\s+(?:de\\s+|of\\s+|in\\s+|en\\s+)?|[-/]){self.year(p)}"
        return f"(?:{dm}|{md})(?:{year})?"

    def pod(self, p: str) -> str:
        return f"(?:\\s+(?:{self.links}\\s*)?(?P<{p}pod>{self.pods}){_B})"

    def zone(self, p: str) -> str:
        words = f"(?P<{p}zw>{self.zone_words}){_B}"
        return f"(?:\\s*\\(?(?:(?P<{p}z>{_ZONE})|{words})\\)?)?"

    def clock(self, p: str) -> str:
        """Match a clock time: "14h05", "9 h 30", "14:05:30", "2.15pm", "2 pm", "midi"."""
        nw = self.num_words
        clock_words = _alt([w for w, _ in self.d.clock_words])
        hour = r"2[0-3]|[01]?\d"
        alts = (
            f"(?P<{p}hc>{hour}):(?P<{p}mc>[0-5]\\d)(?::(?P<{p}sc>[0-5]\\d))?(?![\\d:])",
            (
                f"(?P<{p}hh>{hour})\\s?(?:{self.hour_words}|h)(?:\\s?(?P<{p}mh>[0-5]?\\d)(?!\\d)"
                f"(?:\\s?(?:min|mn){_B})?|{_B})"
            ),
            f"(?P<{p}hd>{hour})\\.(?P<{p}md>[0-5]\\d)(?![\\d.,]|\\s*(?:%|per\\s?cent|pour\\s?cent))",
            f"(?P<{p}hm>1[0-2]|0?\\d|{nw})(?=\\s?{self.meridiem}(?:{_B}|(?<=\\.)))",
            f"(?P<{p}hg>1[0-2]|0?\\d)(?P<{p}apg>[ap]){_B}",
            (
                f"(?P<{p}hw>{nw})\\s+(?:{self.hour_words}){_B}"
                f"(?:\\s+(?:(?P<{p}neg>moins)\\s+|et\\s+)?"
                f"(?P<{p}mw>[0-5]?\\d(?!\\d)|{nw}(?:[-\\s]{nw})?{_B})(?:\\s+minutes?{_B})?)?"
            ),
            f"(?P<{p}hx>{hour}|{nw})\\s+(?P<{p}mx>{self.tens}(?:[-\\s]{nw})?){_B}",
            f"(?P<{p}hq>{hour}|{nw})(?=\\s+{self.minute_words}{_B})",
            (
                f"(?P<{p}rm>{self.quarters}|[0-5]?\\d|{nw}(?:[-\\s]{nw})?)"
                f"(?:\\s+(?P<{p}rmin>minutes?|mins?){_B})?\\s+"
                f"(?:(?P<{p}rp>{self.past})|{self.to})\\s+(?P<{p}rh>{hour}|{nw})"
                f"(?:{_B}|(?=\\s?{self.meridiem}))"
            ),
            # "midi" alone, not the end of "après-midi" / "après midi".
            f"(?<![-‑])(?<!après )(?<!apres )(?P<{p}cw>{clock_words})(?:-?ish)?{_B}",
            f"(?P<{p}hi>1[0-2]|0?\\d)-?ish{_B}",
        )
        tail = (
            f"(?:\\s+(?P<{p}mq>{self.minute_words}){_B})?"
            f"(?:\\s?(?P<{p}ap>{self.meridiem})(?:{_B}|(?<=\\.)))?"
        )
        return "(?:" + "|".join(alts) + ")" + tail + self.zone(p)

    def time_suffix(self, p: str) -> str:
        """Match an optional clock time after a date: ", à 9 h 30", " at 2pm", " à 7"."""
        bare = f"(?P<{p}hb>2[0-3]|1\\d|0?\\d|{self.num_words})(?![\\d:/]|[.,]\\d|\\s*(?:%|\\w))"
        return (
            f"(?P<{p}clk>\\s*,?\\s*(?:{self.dt_links}\\s+)?{self.clock(p)}"
            f"|\\s+(?:{self.dt_links})\\s+{bare})?"
        )

    def rules(self) -> dict[str, str]:
        d = self.d
        n = f"(?:\\d{{1,3}}|{self.num_words}{_B})"
        opener = f"(?:(?P<{{p}}op>{self.openers}){_B}\\s*)?"
        mods_b = (
            f"(?:(?P<{{p}}mb>{self.coming}|{self.recent}|{self.this}|{self.last_b}|{self.next_b})"
            f"{_B}\\s*)?"
        )
        mods_a = f"(?:\\s+(?P<{{p}}ma>{self.mod_after}){_B})?"
        ago_b = _alt(d.ago_before)
        end_of = _alt(d.end_of_words)

        month_ops = _alt(d.month_openers + tuple(w for w, _ in d.month_parts))

        def digits(p: str) -> str:
            return self.day(p, words=False)

        more = f"(?:(?:\\s*(?:,|et|and|plus)\\s*|\\s+)(?:d['’]\\s?)?{n}\\s+{self.units}{_B}){{0,4}}"
        dparts = _alt([w for w, _, _ in d.deictic_parts])
        holidays = [w for w, _, _ in d.holidays] + [w for w, *_ in d.floating_holidays]
        holidays += [w for w, _ in d.easter_holidays]
        later_b = _alt(d.later_before)
        return {
            "dur": f"{_alt(d.duration_openers)}\\s+(?:{self.hedges}\\s+)?{n}\\s+{self.units}{_B}",
            "set": f"(?:{_alt(d.set_openers)}\\s+(?:{self.wd_alt}|{self.units}{_B}|{self.pods}{_B})"
            f"|{_alt(d.plural_openers)}\\s+{self.wd_plural})",
            "nightb": f"(?P<nightb_of>{_alt(d.night_of)})\\s+"
            f"(?:{self.wd('nightb_a')}|{digits('nightb_a')})(?:\\s+{digits('nightb_ax')})?"
            f"(?:\\s+{_alt(d.night_to)}\\s+(?:{self.wd('nightb_b')}(?:\\s+{digits('nightb_bx')})?"
            f"|{digits('nightb_b')}))?(?:\\s+{self.mon('nightb_')})?"
            f"(?:\\s+{self.year('nightb_')})?",
            "range": f"{_alt(d.range_from)}\\s+(?:{self.wd('range_a')}\\s+)?{digits('range_a')}"
            f"(?:\\s+{self.mon('range_a')})?\\s*(?:{_alt(d.range_to)})\\s*"
            f"(?:{self.wd('range_b')}\\s+)?{digits('range_b')}\\s+{self.mon('range_b')}"
            f"(?:\\s+{self.year('range_b')})?",
            "date": opener.format(p="date_")
            + mods_b.format(p="date_")
            + f"(?:{self.wd('date_')}\\s*,?\\s*(?:(?:{self.openers})\\s+)?)?"
            + self.day_month("date_")
            + self.time_suffix("date_t")
            + f"(?:\\s+(?P<date_y2>(?:1[6-9]|20)\\d\\d){_B})?",
            "iso": "(?P<iso_y>(?:1[6-9]|20)\\d\\d)(?P<iso_sep>[-/.])(?P<iso_m>[01]?\\d)(?P=iso_sep)"
            "(?P<iso_d>[0-3]?\\d)(?!\\d)"
            "(?:[T\\s](?P<iso_h>[0-2]\\d):(?P<iso_mi>[0-5]\\d)(?::(?P<iso_s>[0-5]\\d)(?:\\.\\d{1,6})?)?"
            "(?P<iso_z>z|[+-][01]\\d:?[0-5]\\d)?)?(?![\\d:])",
            "num": opener.format(p="num_") + f"(?:{self.wd('num_')}\\s*,?\\s*)?"
            f"(?P<num_a>[0-3]?\\d)(?P<num_sep>[/.-]|\\s(?=[0-3]?\\d\\s(?:1[6-9]|20)\\d\\d{_B}))"
            f"(?P<num_b>[0-3]?\\d)"
            f"(?:(?P=num_sep)(?P<num_y>\\d{{4}}|\\d\\d)|,\\s?(?P<num_y2>(?:1[6-9]|20)\\d\\d))?(?![\\d/]|\\.\\d|\\s*(?:h|hours?|heures?){_B})"
            + self.time_suffix("num_t"),
            "wday": f"(?:(?P<wday_end>{end_of}){_B}\\s*)?"
            + opener.format(p="wday_")
            + mods_b.format(p="wday_")
            + self.wd("wday_")
            + mods_a.format(p="wday_")
            + f"(?:\\s+(?P<wday_an>{_alt(d.after_next_words)}){_B})?"
            + f"(?:\\s*,?\\s+(?:(?P<wday_nw>{_alt(d.next_week_words)})|"
            f"(?P<wday_lw>{_alt(d.last_week_words)})){_B})?"
            + f"(?:\\s+(?:{_alt(d.date_openers)}\\s+)?{self.day('wday_', words=False)}"
            f"(?!\\s?(?:[/.:]\\d|h(?:\\d|{_B})|heure|{self.hour_words}|[ap]\\.?m)))?"
            + f"{self.pod('wday_')}?"
            + self.time_suffix("wday_t"),
            "deictic": f"(?:(?P<deictic_end>{end_of}){_B}\\s*)?"
            + opener.format(p="deictic_")
            + f"(?P<deictic_dx>{self.deictic}){_B}{self.pod('deictic_')}?"
            + self.time_suffix("deictic_t"),
            "dom": f"(?P<dom_op>{_alt(d.date_openers)})\\s+{self.day('dom_', words=False)}"
            + self.time_suffix("dom_t")
            + f"(?=\\s*(?:[.,;:!?)]|\\Z|(?:{self.dt_links}|et|and)\\s))",
            "nth": f"(?:(?:the|le|la)\\s+)?(?P<nth_n>{_alt([w for w, _ in d.ordinals])})\\s+"
            + self.wd("nth_")
            + f"(?:\\s+(?:of|in|de|du|en|d['’])\\s*(?:the\\s+|ce\\s+)?"
            f"(?:{self.mon('nth_')}(?:\\s+{self.year('nth_')})?"
            f"|(?P<nth_mb>{self.this}|{self.last_b}|{self.next_b})?\\s*(?:mois|month){_B}"
            f"(?:-?ci|\\s+(?P<nth_ma>{self.mod_after}))?))?",
            "wdcount": f"(?P<wdcount_n>{n})\\s+{self.wd_plural_or_one('wdcount_')}\\s+"
            f"(?:(?P<wdcount_ago>{_alt((*d.ago_after, 'back'))})|{_alt(d.later_after)}){_B}",
            "dom2": f"(?:(?:{self.openers})\\s+)?{self.day('dom2_')}(?:\\s+(?:day|jour))?\\s+"
            f"(?:of\\s+(?:the\\s+)?|du\\s+|de\\s+(?:ce\\s+)?)"
            f"(?P<dom2_mb>{self.this}|{self.last_b}|{self.next_b})?"
            f"\\s*(?:mois|month){_B}(?:-?ci|\\s+(?P<dom2_ma>{self.mod_after}))?",
            "podtime": f"(?:l['’]\\s?|(?:{self.links})\\s*)?(?P<podtime_pod>{self.pods}){_B}"
            f"\\s*,?\\s+(?:(?:{self.dt_links})\\s+)?{self.clock('podtime_')}"
            f"|(?:l['’]\\s?|(?:{self.links})\\s*)?(?P<podtime_pod2>{self.pods}){_B}\\s+"
            f"(?:{self.dt_links})\\s+(?P<podtime_hb>1[0-2]|0?\\d|{self.num_words}){_B}",
            "dpart": f"(?P<dpart_dp>{_alt([w for w, _, _ in d.deictic_parts])}){_B}"
            + self.time_suffix("dpart_t"),
            "thispart": f"(?P<thispart_tw>{self.this})\\s+(?P<thispart_pod>{self.pods})"
            f"(?:-?(?:ci|là){_B}|{_B})" + self.time_suffix("thispart_t"),
            "nightw": f"(?P<nightw_nw>{_alt([w for w, _ in d.night_words])}){_B}",
            "offset": f"(?:(?P<offset_ago>{ago_b})|(?P<offset_in>{later_b}))\\s+"
            f"(?:{self.hedges}\\s+)?(?P<offset_n>{n}\\s+{self.units}{_B}{more})",
            "offset2": f"(?:{self.hedges}\\s+)?(?P<offset2_n>{n}\\s+{self.units}{more})\\s+"
            f"(?:(?P<offset2_ago>{_alt(d.ago_after)})|(?P<offset2_in>{_alt(d.later_after)})){_B}",
            "period": "(?:(?:earlier|later)\\s+)?(?:(?:le|la|les|l['’]\\s?|the)\\s*)?"
            + mods_b.format(p="period_")
            + f"(?P<period_u>{_alt(('semaine', 'mois', 'an', 'année', 'week', 'month', 'year'))})"
            + f"(?:-?(?:ci|là){_B}|{_B})"
            + mods_a.format(p="period_"),
            "month": f"(?:(?P<month_op>{month_ops})"
            f"(?:\\s*-\\s*|\\s+)(?:(?:de|d['’]|of|du\\s+mois\\s+de)\\s*)?)?"
            + self.mon("month_")
            + f"(?:\\s+{self.year('month_')})?",
            "year": f"(?P<year_op>{month_ops})"
            f"(?:\\s*-\\s*|\\s+)(?:(?:l['’]\\s?an|l['’]\\s?année|the\\s+year|year)\\s+)?"
            + self.year("year_"),
            "holiday": f"(?:(?P<holiday_mb>{self.this}|{self.last_b}|{self.next_b})\\s+)?"
            f"(?:(?:{self.openers}|à|la|at)\\s+)?(?P<holiday_h>{_alt(holidays)}){_B}"
            f"(?:\\s+(?:of\\s+|de\\s+|in\\s+|en\\s+)?{self.year('holiday_')}"
            f"|\\s+(?:of\\s+)?(?P<holiday_yb>{self.this}|{self.last_b}|{self.next_b})\\s+year{_B}"
            f"|\\s+(?:(?P<holiday_in>{later_b})\\s+)?(?P<holiday_n>{n})\\s+(?:years?|ans?|années?)"
            f"(?:\\s+(?P<holiday_ago>{_alt(d.ago_after)})|\\s+{_alt(d.later_after)})?{_B}"
            f"|\\s+de\\s+l['’]\\s?(?:année|an)\\s+(?P<holiday_ya>{self.mod_after}){_B})?",
            "now": f"(?P<now_w>{_alt(d.now_words)}){_B}",
            "time": f"(?:(?P<time_to>{self.time_openers})\\s+)?(?:"
            + self.clock("time_")
            + f"|(?P<time_hb>2[0-3]|1\\d|0?\\d|{self.num_words})"
            f"(?=\\s*,?\\s+(?:{self.deictic}|{dparts}"
            f"|{self.this}\\s+{self.pods}){_B}))",
            "shift": f"(?:{self.hedges}\\s+)?(?P<shift_n>{n})\\s+(?P<shift_u>{self.units})\\s+"
            f"(?:(?P<shift_before>{_alt(d.shift_before)})|{_alt(d.shift_after)}){_B}",
        }


DIGIT: Final = "0"  # dispatch key of tokens that start with a digit
_PERIOD_WORDS: Final = ("semaine", "mois", "an", "année", "week", "month", "year")
_ARTICLES: Final = ("le", "la", "les", "l'", "the", "earlier", "later")


def _starts(d: LanguageData) -> dict[str, tuple[str, ...]]:
    """List the phrases each rule can start with (``DIGIT`` for a number)."""
    months = tuple(w for names in d.months + d.month_abbreviations for w in names)
    weekdays = tuple(w for names in d.weekdays + d.weekday_abbreviations for w in names)
    openers = d.date_openers + d.since_words
    mods = d.this_words + d.last_before + d.next_before + d.coming_words + d.recent_words
    day_words = tuple(w for w, _ in d.day_words)
    month_ops = d.month_openers + tuple(w for w, _ in d.month_parts)
    numbers = tuple(w for w, _ in d.numbers)
    return {
        "dur": d.duration_openers,
        "set": d.set_openers + d.plural_openers,
        "nightb": d.night_of,
        "range": d.range_from,
        "date": (*openers, *mods, *weekdays, *months, *day_words, DIGIT),
        "iso": (DIGIT,),
        "num": (*openers, *weekdays, DIGIT),
        "wday": (*openers, *mods, *weekdays, *d.end_of_words),
        "deictic": (*openers, *(w for w, _ in d.deictic_days), *d.end_of_words),
        "dpart": tuple(w for w, _, _ in d.deictic_parts),
        "podtime": ("l", *d.part_links, *(w for w, _ in d.parts_of_day)),
        "nth": ("the", "le", "la", *(w for w, _ in d.ordinals)),
        "dom2": (*openers, *day_words, DIGIT),
        "wdcount": (*numbers, DIGIT),
        "dom": d.date_openers,
        "thispart": d.this_words,
        "nightw": tuple(w for w, _ in d.night_words),
        "offset": d.ago_before + d.later_before,
        "offset2": (*d.hedges, *numbers, DIGIT),
        "shift": (*d.hedges, *numbers, DIGIT),
        "period": (*_ARTICLES, *mods, *_PERIOD_WORDS),
        "month": (*month_ops, *months),
        "year": month_ops,
        "holiday": (
            *openers,
            *mods,
            "à",
            "la",
            "at",
            *(w for w, _, _ in d.holidays),
            *(w for w, *_ in d.floating_holidays),
            *(w for w, _ in d.easter_holidays),
        ),
        "now": d.now_words,
        "time": (
            *d.time_openers,
            *numbers,
            *(w for w, _ in d.clock_words),
            *(w for w, _ in d.quarter_words),
            DIGIT,
        ),
    }


def _tokens(phrase: str) -> list[str]:
    return re.findall(r"\w+", phrase.lower())


def _core_and_chain(d: LanguageData) -> tuple[frozenset[str], frozenset[str]]:
    """Split tokens into core ones and the ones that may sit before a core.

    A match is tried at a core token (a number, a month, "hier"); chain tokens may sit
    between an expression's opening words and its core ("il *y* a trois jours").
    """
    core: set[str] = set()
    for names in d.months + d.month_abbreviations + d.weekdays + d.weekday_abbreviations:
        core.update(_tokens(w)[0] for w in names if _tokens(w))
    last_of = [w for w, _ in d.deictic_days] + [w for w, _, _ in d.deictic_parts]
    last_of += [w for w, _, _ in d.holidays] + [w for w, _ in d.night_words]
    last_of += [w for w, *_ in d.floating_holidays] + [w for w, _ in d.easter_holidays]
    last_of += list(d.now_words)
    core.update(_tokens(w)[-1] for w in last_of if _tokens(w))
    for phrase in [w for w, _ in d.parts_of_day] + [w for w, _ in d.clock_words]:
        core.add(_tokens(phrase)[-1])
    core.update(_tokens(w)[0] for w, _ in d.units if _tokens(w))
    core.update(_PERIOD_WORDS)
    core.update(w + "s" for names in d.weekdays for w in names)  # "two sundays from now"
    # Clocks written in words ("a quarter past eight", "eight forty am") have no digit.
    tails = [w for w, _ in d.meridiems] + list(d.minute_tens + d.past_words + d.to_words)
    tails += [w for w, _ in d.minute_words] + list(d.hour_words)
    core.update(_tokens(w)[-1] for w in tails if _tokens(w))
    chain: set[str] = set()
    for field in attrs.fields(LanguageData):
        value = getattr(d, field.name)
        if not isinstance(value, tuple):
            continue
        for item in value:
            for phrase in item if isinstance(item, tuple) else (item,):
                if isinstance(phrase, str):
                    chain.update(_tokens(phrase))
    chain.update(t for p in _ARTICLES for t in _tokens(p))
    return frozenset(core), frozenset(chain)


def _dispatch(d: LanguageData) -> dict[str, tuple[str, ...]]:
    """First token (lower case) → the names of the rules that can start there, in order."""
    by_token: dict[str, list[str]] = {}
    for name, phrases in _starts(d).items():
        for phrase in phrases:
            tokens = re.findall(r"\w+", phrase.lower())
            token = DIGIT if phrase == DIGIT else (tokens[0] if tokens else "")
            if token and name not in by_token.setdefault(token, []):
                by_token[token].append(name)
    return {token: tuple(n for n in RULES if n in names) for token, names in by_token.items()}


@lru_cache(maxsize=16)
def grammar_for(data: LanguageData) -> Grammar:
    """Compile (once per language) the grammar of ``data``."""
    rules = _Rules(data).rules()
    core, chain = _core_and_chain(data)
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
        dispatch=_dispatch(data),
        core=core,
        chain=chain,
        rule_sources=rules,
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
        floating_holidays={key(w): (m, wd, n, off) for w, m, wd, n, off in data.floating_holidays},
        ordinals={key(w): n for w, n in data.ordinals},
        easter_holidays={key(w): n for w, n in data.easter_holidays},
        day_words={key(w): v for w, v in data.day_words},
        quarter_words={key(w): v for w, v in data.quarter_words},
        coming_words=frozenset(key(w) for w in data.coming_words),
        relative_days=frozenset(key(w) for w in data.relative_days),
        shift_link=re.compile(
            f"\\s+(?:(?P<before>{_alt(data.shift_before)})|{_alt(data.shift_after)})(?:(?<=['’])|(?!\\w))\\s*"
        ),
        base_link=re.compile(f"\\s+(?:{_alt(data.base_links)}(?!\\w)\\s*)?"),
        recent_words=frozenset(key(w) for w in data.recent_words),
        this_words=frozenset(key(w) for w in data.this_words),
        last_words=frozenset(key(w) for w in data.last_before + data.last_after),
        next_words=frozenset(key(w) for w in data.next_before + data.next_after),
        since_words=frozenset(key(w) for w in data.since_words),
        time_openers=frozenset(key(w) for w in data.time_openers),
        risky_months=frozenset(key(w) for w in data.risky_months),
        future=re.compile(cues),
        past=re.compile(past),
    )
