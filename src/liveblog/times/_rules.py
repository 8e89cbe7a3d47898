"""The pattern text of each grammar rule, built from one language's words.

Word lists become prefix trees (``alt``), so a failed alternation costs one pass. The
patterns read the lower-cased text; every quantifier is bounded or applies to a single
character class, so a failed match costs a few steps (tests/hostile sweeps each rule).
"""

from __future__ import annotations

import re
from typing import Any, Final

from liveblog.times._lead import guarded, lead_class
from liveblog.times.lang import LanguageData

__all__ = ["SUFFIX", "Rules", "alt"]


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


def alt(words: tuple[str, ...] | list[str]) -> str:
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
#: Group prefix of the time suffix compiled on its own (``Grammar.time_suffix``).
SUFFIX: Final = "t_"
_TONIGHT: Final = 99  # the night words that name the night around the anchor
#: Zone labels written after a time; offsets need a sign and digits.
_ZONE: Final = (
    r"(?:(?:utc|gmt)(?:\s?[+−-]\s?\d{1,2}(?::?[0-5]\d)?)?"
    r"|[+−-](?:0\d|1[0-4]):?[0-5]\d"
    r")"
    r"(?!\w)"
)


class Rules:
    """Builds the pattern text of each rule from one language's words."""

    def __init__(self, d: LanguageData) -> None:
        self.d = d
        months = [w for names in d.months for w in names]
        abbrevs = [w for names in d.month_abbreviations for w in names]
        # A month may touch its day ("Dec31", "October2").
        self.mon_alt = f"(?:{alt(months)}(?:{_B}|(?=\\d))|{alt(abbrevs)}(?:\\.|{_B}|(?=\\d)))"
        wd_full = [w for names in d.weekdays for w in names]
        wd_abbr = [w for names in d.weekday_abbreviations for w in names]
        ordinal = f"(?=\\s+\\d{{1,2}}{alt(d.ordinal_suffixes)}{_B})"
        # An abbreviation counts only before a day number ("jeu. 13", "Thu. 5", "Thu 5th"):
        # alone, "jeu." is "the game." and "sat."/"wed." are verbs.
        self.wd_alt = f"(?:{alt(wd_full)}{_B}|{alt(wd_abbr)}(?:\\.(?=\\s*\\d)|{ordinal}))"
        self.wd_plural = f"(?:{alt(wd_full)}s{_B})"
        self.ord = alt(d.ordinal_suffixes)
        self.num_words = alt([w for w, _ in d.numbers])
        cardinals = {w for w, _ in d.numbers}
        self.cardinal_days = alt([w for w, _ in d.day_words if w in cardinals])
        self.units = alt([w for w, _ in d.units])
        self.pods = alt([w for w, _ in d.parts_of_day])
        self.this = alt(d.this_words)
        self.last_b = alt(d.last_before)
        self.next_b = alt(d.next_before)
        self.mod_after = alt(d.last_after + d.next_after + d.coming_words)
        self.openers = alt(d.date_openers + d.since_words)
        self.links = alt(d.part_links)
        self.deictic = alt([w for w, _ in d.deictic_days])
        self.meridiem = alt([w for w, _ in d.meridiems])
        self.night_after = alt([w for w, n in d.night_words if n == _TONIGHT])
        self.base_links = alt(d.base_links)
        # "8pm in the evening": a phrase meridiem may repeat a short one.
        self.day_part_meridiem = alt([w for w, _ in d.meridiems if w.count(" ") > 1])
        self.hour_words = alt(d.hour_words)
        self.zone_words = alt([w for w, _ in d.zone_phrases])
        self.dt_links = alt([w for w in d.date_time_links if w != ","])
        # "Friday for 3 pm" is a time, "Friday for 3" is not.
        self.bare_links = alt(
            [w for w in d.date_time_links if w not in (",", *d.date_time_clock_links)]
        )
        self.time_openers = alt(d.time_openers)
        self.minute_words = alt([w for w, _ in d.minute_words])
        self.hedges = alt(d.hedges)
        self.tens = alt(d.minute_tens)
        self.past = alt(d.past_words)
        self.to = alt(d.to_words)
        self.quarters = alt([w for w, _ in d.quarter_words])
        self.coming = alt(d.coming_words)
        self.recent = alt(d.recent_words)

    # Fragments. Each takes the group-name prefix of the rule that uses it.
    def fraction(self, p: str, n: str) -> str:
        """Match an amount of hours with a fraction, never a whole number alone.

        "half an hour", "1/2 h", "2.5 hours", "2 and a half hours", "an hour and a half".
        """
        d = self.d
        unit = f"(?:{alt(d.fraction_units)}){_B}"
        tails = alt([w for w, _ in d.fraction_tails])
        return (
            f"(?:(?P<{p}w>{alt([w for w, _ in d.fractions])})\\s*{unit}"
            f"|(?P<{p}d>\\d{{1,2}}[.,]\\d{{1,2}}|\\d/\\d)\\s*{unit}"
            f"|(?P<{p}n>{n})\\s+(?P<{p}t>{tails}){_B}\\s*{unit}"
            f"|(?P<{p}n2>{n})\\s+{unit}\\s+(?P<{p}t2>{tails}){_B})"
        )

    def wd(self, p: str) -> str:
        return f"(?P<{p}wd>{self.wd_alt})"

    def wd_plural_or_one(self, p: str) -> str:
        """Match a weekday name, singular or plural ("2 thursdays ago")."""
        full = alt([w for names in self.d.weekdays for w in names])
        return f"(?P<{p}wd>{full})s?{_B}"

    def mon(self, p: str) -> str:
        return f"(?P<{p}mon>{self.mon_alt})"

    def day(self, p: str, words: bool = True) -> str:
        """Match a day of the month.

        Spelled days ("premier", "twenty-first") count only next to a month, since "le
        Premier ministre" must not read as the 1st.
        """
        spelled = alt([w for w, _ in self.d.day_words]) if words else "(?!)"
        return f"(?:(?P<{p}d>3[01]|[12]\\d|0?[1-9])(?:{self.ord})?|(?P<{p}dw>{spelled})){_B}"

    def year(self, p: str) -> str:
        return f"(?P<{p}y>(?:1[6-9]|20)\\d\\d){_B}"

    def day_month(self, p: str) -> str:
        """Match a day and its month: "8 novembre 2024", "29th of November", "Nov. 29, 2024"."""
        of = r"(?:\s+(?:de|of|d['’]))?"
        # "le premier jour d'août": "d'" glued to the month after "jour".
        dm = (
            f"{self.day(p)}(?:\\s+(?:day|jour)(?:\\s+d['’]\\s?(?=\\w))?)?"
            f"(?:(?<=['’])|(?<=['’]\\s)|{of}\\s+|(?<=\\d)\\s*[-/]\\s*){self.mon(p)}"
        )
        spelled = self.d.spelled_day_after_month
        links = alt(self.d.month_day_links)
        md = (
            f"{self.mon(p + 'x')}(?:\\s*[-/,]?\\s*|\\s+{links}\\s+)"
            f"{self.day(p + 'x', words=spelled)}"
        )
        year = f"(?:\\s*,?\\s+(?:de\\s+|of\\s+|in\\s+|en\\s+)?|[-/]){self.year(p)}"
        # "15 April of 87", "April '87": two digits that only a year can be there.
        of_year = f"(?:\\s+of\\s+|\\s*['’])(?P<{p}ys>\\d\\d)(?!\\w|[ \\t]*\\w)"
        # "31 octobre 74": a two-digit year only where the clause ends, not "le 3 mai 12 morts".
        short = f"[ \\t](?P<{p}yy>\\d\\d)(?=[ \\t]{{0,3}}(?:[.;!?)\\n]|,\\s|\\Z))"
        return f"(?:{dm}|{md})(?:{year}|{short}|{of_year}|\\s*,?\\s+{self.spelled_year(p)})?"

    def spelled_year(self, p: str) -> str:
        """Match a year in words: "nineteen eighty six", "seventeen hundred thirty three".

        The reader checks the numbers ("twenty five people" is no year).
        """
        d = self.d
        if not d.year_hundreds:
            return f"(?P<{p}yw>(?!))"
        nw = self.num_words
        # A year opens with its century ("nineteen") or its thousands ("two thousand"),
        # and a century is followed by a tens word ("eighty"), not "nine a m".
        centuries = alt([w for w, v in d.numbers if 10 <= v <= 20])
        thousands = alt([w for w, v in d.numbers if v in (1, 2)])
        tens = alt([w for w, v in d.numbers if 10 <= v < 100])
        pair = f"{nw}(?:[-\\s]{nw})?"
        rest = f"(?:\\s+(?:{alt(d.year_links)}\\s+)?{pair})?"
        return (
            f"(?P<{p}yw>{thousands}\\s+{alt(d.year_thousands)}{_B}{rest}"
            f"|{centuries}\\s+(?:{alt(d.year_hundreds)}{_B}{rest}"
            f"|{alt(d.year_zeros)}\\s+{nw}|{tens}(?:[-\\s]{nw})?)){_B}"
        )

    def pod(self, p: str) -> str:
        pod = guarded(f"(?:{self.links}\\s*)?(?P<{p}pod>{self.pods})")
        return f"(?:\\s+{pod}{_B})"

    def zone(self, p: str) -> str:
        words = guarded(f"(?P<{p}zw>{self.zone_words})") + _B
        offset = guarded(f"(?P<{p}z>{_ZONE})")
        # Blanks, a comma or a bracket, then what a zone starts with: most clocks have none.
        lead = lead_class(f"(?:{offset}|{words})")
        ahead = "" if lead is None else f"(?=[\\s,(]*{lead})"
        # "à 17 heures, heure de Paris": a zone phrase may follow a comma, an offset not.
        return f"(?:{ahead}(?:\\s*\\(?{offset}\\)?|\\s*,?\\s*\\(?{words}\\)?))?"

    def clock(self, p: str) -> str:
        """Match a clock time: "14h05", "9 h 30", "14:05:30", "2.15pm", "2 pm", "midi"."""
        nw = self.num_words
        clock_words = alt([w for w, _ in self.d.clock_words])
        hour = r"2[0-3]|[01]?\d"
        # "9.am": a dot may glue the meridiem's letter to the hour.
        glue = r"(?:\.(?=[ap]\.?\s?m)|\s?)"
        alts = (
            f"(?P<{p}hc>{hour}):(?P<{p}mc>[0-5]\\d)(?::(?P<{p}sc>[0-5]\\d))?(?![\\d:])",
            (
                f"(?P<{p}hh>{hour})\\s?(?:{self.hour_words}|h)(?:\\s?(?P<{p}mh>[0-5]?\\d)(?!\\d)"
                f"(?:\\s?(?:min|mn){_B})?"
                # "8 h et vingt minutes": the minutes spelled, and named.
                f"|\\s+et\\s+(?P<{p}mhw>[0-5]?\\d|{nw}(?:[-\\s]{nw})?){_B}\\s*minutes?{_B}|{_B})"
            ),
            f"(?P<{p}hd>{hour})\\.(?P<{p}md>[0-5]\\d)(?![\\d.,]|\\s*(?:%|per\\s?cent|pour\\s?cent))",
            # "340pm", "1140 a.m.": hour and minutes glued, then the meridiem.
            f"(?P<{p}hn>1[0-2]|0?[1-9])(?P<{p}mn>[0-5]\\d)(?={glue}{self.meridiem}(?:{_B}|(?<=\\.)))",
            f"(?P<{p}hm>1[0-2]|0?\\d|{nw})(?={glue}{self.meridiem}(?:{_B}|(?<=\\.)))",
            f"(?P<{p}hg>1[0-2]|0?\\d)(?P<{p}apg>[ap]){_B}",
            (
                f"(?P<{p}hw>{nw})\\s+(?:{self.hour_words}){_B}"
                f"(?:\\s+(?:(?P<{p}neg>moins)\\s+|et\\s+)?"
                f"(?P<{p}mw>[0-5]?\\d(?!\\d)|{nw}(?:[-\\s]{nw})?{_B})(?:\\s+minutes?{_B})?)?"
            ),
            f"(?P<{p}hx>{hour}|{nw})(?:\\s+|-)(?P<{p}mx>{self.tens}(?:[-\\s]{nw})?){_B}",
            f"(?P<{p}hq>{hour}|{nw})(?=\\s+{self.minute_words}{_B})",
            (
                f"(?P<{p}rm>{self.quarters}|[0-5]?\\d|{nw}(?:[-\\s]{nw})?)"
                f"(?:\\s+(?P<{p}rmin>minutes?|mins?){_B})?\\s+"
                f"(?:(?P<{p}rp>{self.past})|{self.to})\\s+(?P<{p}rh>{hour}|{nw})"
                f"(?:{_B}|(?=\\s?{self.meridiem}))"
            ),
            # "midi" alone, not the end of "après-midi" / "après midi".
            # "minuit trois", "midi vingt": minutes in words, then the clause's end or "minutes".
            (
                f"(?<![-‑])(?<!après )(?<!apres )(?P<{p}cw>{clock_words})(?:-?ish)?{_B}"
                f"(?:\\s+(?P<{p}cwm>{nw}(?:[-\\s]{nw})?){_B}"
                f"(?:\\s+minutes?{_B}|(?!\\s*[^\\W\\d_])))?"
            ),
            f"(?P<{p}hi>1[0-2]|0?\\d)-?ish{_B}",
        )
        minutes = guarded(f"(?P<{p}mq>{self.minute_words})")
        meridiem = guarded(f"(?P<{p}ap>{self.meridiem})")
        night = guarded(f"(?P<{p}apn>{self.night_after})")
        tail = (
            f"(?:\\s+{minutes}{_B})?"
            f"(?:{glue}{meridiem}(?:{_B}|(?<=\\.))"
            f"(?:\\s+{self.day_part_meridiem}{_B})?"
            # "vers 3 h dans la nuit", "à 11 h dans la nuit": the night places the hour,
            # but "dans la nuit de samedi à dimanche" is a night of its own.
            f"|\\s+{night}{_B}(?!\\s+{self.base_links}{_B}))?"
        )
        # Guarded: after a date, the clock is tried at every word that follows it.
        return guarded("(?:" + "|".join(map(guarded, alts)) + ")") + tail + self.zone(p)

    def weekday_after(self, p: str, *, spaced: bool = False) -> str:
        """Match a weekday after its date: "(mardi)", "- mardi", and a dash before a clock.

        ``spaced`` also takes a weekday after a blank alone ("le 25 mardi").
        """
        blank = "|(?=\\s)" if spaced else ""
        weekday = guarded(f"(?P<{p}awd>{self.wd_alt})")
        return (
            f"(?:\\s*(?:(?P<{p}abr>\\()|[-–]{blank})\\s*{weekday}"
            f"(?({p}abr)\\s*\\))(?:\\s*[-–](?=\\s*\\d))?)?"
        )

    def time_suffix(self, p: str, *, optional: bool = True) -> str:
        """Match an optional clock time after a date: ", à 9 h 30", " at 2pm", " à 7".

        It holds most of the grammar's text (the clock, with many copies of the number
        words), so a rule that ends with it leaves it out: the grammar compiles it once
        (``Grammar.time_suffix``) and the reader matches it where the rule's match ends
        (``_clocks.read_suffix``). Only "date" (a year may follow) and "dom" (a lookahead
        follows) keep a copy inside. Not ``optional``, it is what must follow for a clock
        to be there (what ``_narrow`` reads to skip the match).
        """
        bare = f"(?P<{p}hb>2[0-3]|1\\d|0?\\d|{self.num_words})(?![\\d:/]|[.,]\\d|\\s*(?:%|\\w))"
        return (
            f"(?P<{p}clk>\\s*(?:,\\s*)?(?:{self.dt_links}\\s+)?{self.clock(p)}"
            f"|\\s+(?:{self.bare_links})\\s+{bare})" + ("?" if optional else "")
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
        ago_b = alt(d.ago_before)
        end_of = alt(d.end_of_words)

        month_ops = alt(d.month_openers + tuple(w for w, _ in d.month_parts))

        def digits(p: str) -> str:
            return self.day(p, words=False)

        # "in 2 more minutes": a word between the amount and its unit that changes nothing.
        fill = f"(?:{alt(d.amount_fillers)}\\s+)?" if d.amount_fillers else ""
        more = f"(?:(?:\\s*(?:,|et|and|plus)\\s*|\\s+)(?:d['’]\\s?)?{n}\\s+{self.units}{_B}){{0,4}}"
        dparts = alt([w for w, _, _ in d.deictic_parts])
        holidays = [w for w, _, _ in d.holidays] + [w for w, *_ in d.floating_holidays]
        holidays += [w for w, _ in d.easter_holidays] + [w for w, _, _ in d.table_holidays]
        later_b = alt(d.later_before)
        dur = f"{alt(d.duration_openers)}\\s+(?:{self.hedges}\\s+)?{n}\\s+{self.units}{_B}"
        return {
            "dur": dur,
            "set": f"(?:{alt(d.set_openers)}\\s+(?:{self.wd_alt}|{self.units}{_B}|{self.pods}{_B})"
            f"|{alt(d.plural_openers)}\\s+{self.wd_plural})",
            "nightb": f"(?P<nightb_of>{alt(d.night_of)})\\s+"
            f"(?:{self.wd('nightb_a')}|{digits('nightb_a')})(?:\\s+{digits('nightb_ax')})?"
            f"(?:\\s+{alt(d.night_to)}\\s+(?:{self.wd('nightb_b')}(?:\\s+{digits('nightb_bx')})?"
            f"|{digits('nightb_b')}))?(?:\\s+{self.mon('nightb_')})?"
            f"(?:\\s+{self.year('nightb_')})?",
            "range": f"{alt(d.range_from)}\\s+(?:{self.wd('range_a')}\\s+)?{digits('range_a')}"
            f"(?:\\s+{self.mon('range_a')})?\\s*(?:{alt(d.range_to)})\\s*"
            f"(?:{self.wd('range_b')}\\s+)?{digits('range_b')}\\s+{self.mon('range_b')}"
            f"(?:\\s+{self.year('range_b')})?",
            "date": opener.format(p="date_")
            + mods_b.format(p="date_")
            # "ce vendredi (15 juin)", "this Friday-Jun-15", "le 22 mai (mardi)-11:30": a
            # weekday next to its date in brackets or after a dash is the same day.
            + f"(?:{self.wd('date_')}(?:\\s*(?P<date_wbr>\\()\\s*|\\s*[-–‑]\\s*"
            f"|\\s*,?\\s*(?:(?:{self.openers})\\s+)?))?"
            + self.day_month("date_")
            + "(?(date_wbr)\\s*\\))"
            + self.weekday_after("date_")
            + f"{self.pod('date_')}?"
            + self.time_suffix("date_t")
            + f"(?:\\s+(?P<date_y2>(?:1[6-9]|20)\\d\\d){_B})?",
            "iso": "(?P<iso_y>(?:1[6-9]|20)\\d\\d)(?P<iso_sep>[-/.])(?P<iso_m>[01]?\\d)(?P=iso_sep)"
            "(?P<iso_d>[0-3]?\\d)(?!\\d)"
            "(?:[T\\s](?P<iso_h>[0-2]\\d):(?P<iso_mi>[0-5]\\d)(?::(?P<iso_s>[0-5]\\d)(?:\\.\\d{1,6})?)?"
            "(?P<iso_z>z|[+-][01]\\d:?[0-5]\\d)?)?(?![\\d:])"
            # "20161016", "2016 10 16": two digits each for the month and the day.
            "|(?P<iso_y8>(?:19|20)\\d\\d)(?P<iso_sep8>[ ]?)(?P<iso_m8>0[1-9]|1[0-2])(?P=iso_sep8)"
            "(?P<iso_d8>0[1-9]|[12]\\d|3[01])(?![\\d‑-]|\\s*\\w)",
            "num": opener.format(p="num_")
            + mods_b.format(p="num_")
            + f"(?:{self.wd('num_')}\\s*,?\\s*)?"
            f"(?P<num_a>[0-3]?\\d)(?P<num_sep>[/.-]|\\s(?=[0-3]?\\d\\s(?:1[6-9]|20)\\d\\d{_B}))"
            f"(?P<num_b>[0-3]?\\d)"
            f"(?:(?P=num_sep)(?P<num_y>\\d{{4}}|\\d\\d)|,\\s?(?P<num_y2>(?:1[6-9]|20)\\d\\d))?(?![\\d/]|[.,]\\d|\\s*(?:h|hours?|heures?){_B})",
            "wday": f"(?:(?P<wday_end>{end_of}){_B}\\s*)?"
            + opener.format(p="wday_")
            + mods_b.format(p="wday_")
            + self.wd("wday_")
            + mods_a.format(p="wday_")
            + f"(?:\\s+(?P<wday_an>{alt(d.after_next_words)}){_B})?"
            + f"(?:\\s*,?\\s+(?:(?P<wday_nw>{alt(d.next_week_words)})|"
            f"(?P<wday_lw>{alt(d.last_week_words)})){_B})?"
            + f"(?:\\s+(?:{alt(d.date_openers)}\\s+)?{self.day('wday_', words=False)}"
            f"(?!\\s?(?:[/.:]\\d|h(?:\\d|{_B})|heure|{self.hour_words}|[ap]\\.?m)"
            f"|\\s+{self.units}{_B}))?" + f"{self.pod('wday_')}?",
            "deictic": f"(?:(?P<deictic_end>{end_of}){_B}\\s*)?"
            + opener.format(p="deictic_")
            + f"(?P<deictic_dx>{self.deictic}){_B}{self.pod('deictic_')}?",
            # "le 18 juin", "5th at 4 a.m."; "le quinze à 8 heures", "le vingt-cinq mardi": a day
            # in words (a cardinal, never "premier") only after an opener and before its clock
            # or weekday; "le quinze" alone is a number.
            "dom": f"(?:(?:(?P<dom_op>{alt(d.date_openers)})\\s+)?{self.day('dom_', words=False)}"
            + self.weekday_after("dom_", spaced=True)
            + f"{self.pod('dom_')}?"
            + self.time_suffix("dom_t")
            + f"|(?:{alt(d.date_openers)})\\s+(?P<dom_sw>{self.cardinal_days}){_B}"
            + self.weekday_after("dom_s", spaced=True)
            + f"(?P<dom_wclk>\\s+(?:{self.dt_links})\\s+"
            + self.clock("dom_w")
            + ")?)"
            # "le 17 pour trois heures": a duration after the day leaves it a day; a colon
            # before a digit makes the number a clock's hour ("from 9:30").
            + f"(?=\\s*(?:[.,](?!\\d)|[;!?)]|:(?!\\d)|\\Z"
            f"|(?:{self.dt_links}|et|and)\\s|[-–]\\s|{dur}))",
            "nth": f"(?:(?:the|le|la)\\s+)?(?P<nth_n>{alt([w for w, _ in d.ordinals])})\\s+"
            + self.wd("nth_")
            + f"(?:\\s+(?:of|in|de|du|en|d['’])\\s*(?:the\\s+|ce\\s+)?"
            f"(?:{self.mon('nth_')}(?:\\s+{self.year('nth_')})?"
            f"|(?P<nth_mb>{self.this}|{self.last_b}|{self.next_b})?\\s*(?:mois|month){_B}"
            f"(?:-?ci|\\s+(?P<nth_ma>{self.mod_after}))?))?",
            "wdcount": f"(?P<wdcount_n>{n})\\s+{self.wd_plural_or_one('wdcount_')}\\s+"
            f"(?:(?P<wdcount_ago>{alt((*d.ago_after, 'back'))})|{alt(d.later_after)}){_B}",
            "dom2": f"(?:(?:{self.openers})\\s+)?{self.day('dom2_')}(?:\\s+(?:day|jour))?\\s+"
            f"(?:of\\s+(?:the\\s+)?|du\\s+|de\\s+(?:ce\\s+)?)"
            f"(?P<dom2_mb>{self.this}|{self.last_b}|{self.next_b})?"
            f"\\s*(?:mois|month){_B}(?:-?ci|\\s+(?P<dom2_ma>{self.mod_after}))?",
            "podtime": f"(?:l['’]\\s?|(?:{self.links})\\s*)?(?P<podtime_pod>{self.pods}){_B}"
            f"\\s*,?\\s+(?:(?:{self.dt_links})\\s+)?{self.clock('podtime_')}"
            f"|(?:l['’]\\s?|(?:{self.links})\\s*)?(?P<podtime_pod2>{self.pods}){_B}\\s+"
            f"(?:{self.dt_links})\\s+(?P<podtime_hb>1[0-2]|0?\\d|{self.num_words}){_B}",
            # "dans la soirée de mercredi", "the morning of May 5": the day is read after it.
            "podof": f"(?:l['’]\\s?|(?:{self.links})\\s*)?(?P<podof_pod>{self.pods}){_B}\\s+"
            f"(?:{alt(d.base_links)})(?:(?<=['’])|{_B})",
            "dpart": f"(?P<dpart_dp>{alt([w for w, _, _ in d.deictic_parts])}){_B}",
            "thispart": f"(?P<thispart_tw>{self.this})\\s+(?P<thispart_pod>{self.pods})"
            f"(?:-?(?:ci|là){_B}|{_B})",
            "nightw": f"(?P<nightw_nw>{alt([w for w, _ in d.night_words])}){_B}",
            "offset": f"(?:(?P<offset_ago>{ago_b})|(?P<offset_in>{later_b}))\\s+"
            f"(?:{self.hedges}\\s+)?(?P<offset_n>{n}\\s+{fill}{self.units}{_B}{more})",
            "closest": f"(?:the\\s+)?(?:(?P<closest_o>{alt([w for w, _ in d.ordinals])})\\s+)?"
            f"{alt(d.closest_words)}\\s+",
            "offsetf": f"(?:(?P<offsetf_ago>{ago_b})|(?P<offsetf_in>{later_b}))\\s+"
            f"(?:{self.hedges}\\s+)?{self.fraction('offsetf_', n)}",
            "offsetf2": f"(?:{self.hedges}\\s+)?{self.fraction('offsetf2_', n)}\\s+"
            f"(?:(?P<offsetf2_ago>{alt(d.ago_after)})|{alt(d.later_after)}){_B}",
            "offset2": f"(?:{self.hedges}\\s+)?(?P<offset2_n>{n}\\s+{fill}{self.units}{more})\\s+"
            f"(?:(?P<offset2_ago>{alt(d.ago_after)})|(?P<offset2_in>{alt(d.later_after)})){_B}",
            "period": "(?:(?:earlier|later)\\s+)?(?:(?:le|la|les|l['’]\\s?|the)\\s*)?"
            + mods_b.format(p="period_")
            + f"(?P<period_u>{alt(('semaine', 'mois', 'an', 'année', 'week', 'month', 'year'))})"
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
            f"(?:(?:{self.openers}|à|la|at)\\s+)?(?P<holiday_h>{alt(holidays)}){_B}"
            f"(?:\\s+(?:of\\s+|de\\s+|in\\s+|en\\s+)?{self.year('holiday_')}"
            f"|\\s+(?:of\\s+|de\\s+)?(?P<holiday_yb>{self.this}|{self.last_b}|{self.next_b})\\s+"
            f"(?:year|année|annee|an){_B}"
            # "Noël dernier", "la Pâques suivante": the relation after the name.
            f"|\\s+(?P<holiday_ma>{self.mod_after}){_B}"
            f"|\\s+(?:(?P<holiday_in>{later_b})\\s+)?(?P<holiday_n>{n})\\s+"
            f"(?:(?P<holiday_mo>months?|mois)|years?|yrs|ans?|années?)"
            f"(?:\\s+(?P<holiday_ago>{alt(d.ago_after)})|\\s+(?P<holiday_on>{alt(d.later_after)}))?{_B}"
            f"|\\s+de\\s+l['’]\\s?(?:année|an)\\s+(?P<holiday_ya>{self.mod_after}){_B})?",
            "now": f"(?P<now_w>{alt(d.now_words)}){_B}",
            "time": f"(?:(?P<time_to>{self.time_openers})\\s+)?(?:"
            + self.clock("time_")
            + f"|(?P<time_hb>2[0-3]|1\\d|0?\\d|{self.num_words})"
            f"(?=\\s*,?\\s+(?:{self.deictic}|{dparts}"
            f"|{self.this}\\s+{self.pods}){_B}))",
            "shift": f"(?:{self.hedges}\\s+)?(?P<shift_n>{n})\\s+(?P<shift_u>{self.units})\\s+"
            f"(?:(?P<shift_before>{alt(d.shift_before)})|{alt(d.shift_after)}){_B}",
        }
