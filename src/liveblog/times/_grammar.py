"""Compile a language's data into anchored rules and the word tables they are read back with.

Patterns are matched against the lower-cased text (same offsets), so they are compiled
without IGNORECASE, which halves the cost of a failed match. Each rule is compiled on
its own and tried with ``pattern.match`` only where a trigger word starts (see
``_find``), the rules that may start there one after the other: the first that matches
and that its reader accepts wins. One alternation of them would give the same first
match but cost more: with hundreds of groups, sre saves every group mark at each
branch it backtracks over, so a failed alternation cost about three times its rules
tried one by one. Rules come from the most specific to the least: durations and sets
first (they block what looks like a date inside them), then full dates, clock times,
weekdays, deictics, offsets, periods. Every quantifier is bounded or applies to a single
character class, so a failed match costs a few steps.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

import attrs

from liveblog.times._narrow import Narrowing
from liveblog.times._rules import SUFFIX, Rules, alt
from liveblog.times.lang import LanguageData

__all__ = ["DIGIT", "RULES", "SUFFIX_RULE", "Grammar", "grammar_for", "key"]

_KEY_DROP = re.compile(r"[\s\-‑–.]+")


@lru_cache(maxsize=4096)
def key(word: str) -> str:
    """Normalise a matched word for table look-up: lower case, straight quote, no gaps."""
    return _KEY_DROP.sub("", word.lower().replace("’", "'"))


RULES: Final = (
    "dur",
    "set",
    "nightb",
    "range",
    "offsetf",
    "offsetf2",
    "closest",
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
    "podof",
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
    #: there, in the order they are tried; ``pattern`` compiles each on first use.
    dispatch: dict[str, tuple[str, ...]]
    #: Tokens where a match is tried, and tokens allowed between opening words and them.
    core: frozenset[str]
    chain: frozenset[str]
    #: Every token the scan acts on (core, chain or first words): any other word only
    #: breaks a run of opening words.
    known: frozenset[str]
    #: The known words with no digit at either end → their dispatch entry (None for a
    #: word that opens no rule) and whether a match is tried there (a core token): one
    #: look-up per word of the text instead of three.
    classes: dict[str, tuple[tuple[str, ...] | None, bool]]
    #: The rule texts by rule name, compiled on first use by ``pattern``.
    rule_sources: dict[str, str]
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, str]
    parts: dict[str, str]
    deictic_days: dict[str, int]
    deictic_parts: dict[str, tuple[int, str]]
    clock_words: dict[str, int]
    rough_clock_words: frozenset[str]
    meridiems: dict[str, int]
    minute_words: dict[str, int]
    zone_phrases: dict[str, str]
    month_parts: dict[str, str]
    night_words: dict[str, int]
    holidays: dict[str, tuple[int, int]]
    floating_holidays: dict[str, tuple[int, int, int, int]]
    ordinals: dict[str, int]
    easter_holidays: dict[str, int]
    table_holidays: dict[str, tuple[str, int]]
    fractions: dict[str, int]
    closest_link: re.Pattern[str]
    amount_fillers: frozenset[str]
    fraction_tails: dict[str, int]
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
    numeric_date_openers: frozenset[str]
    year_hundreds: frozenset[str]
    year_thousands: frozenset[str]
    year_zeros: frozenset[str]
    year_links: frozenset[str]
    #: A weekday, abbreviated or not, right after a clock, a week or an offset ("9 am on
    #: Fri", "next week Mon", "in 3 days on Friday"), where "sat" cannot be the verb.
    weekday_word: re.Pattern[str]
    #: The optional clock after a day ("demain à 9 h", "in 3 days at 5pm"), groups prefixed
    #: ``SUFFIX``: the rules it ends leave it out and their readers match it on its own.
    time_suffix: re.Pattern[str]
    #: Which rules may match at a position, read from the next characters (``_narrow``).
    narrowing: Narrowing = attrs.field(eq=False)

    #: Compiled rules by name (pure memoisation: the key is the whole input).
    compiled: dict[str, re.Pattern[str]] = attrs.field(factory=dict, eq=False)

    def pattern(self, name: str) -> re.Pattern[str]:
        """Get the compiled rule ``name``, compiling it on first use.

        Compiling lazily keeps the first call of a language short: a text only needs the
        rules of the words it contains.
        """
        found = self.compiled.get(name)
        if found is None:
            found = self.compiled[name] = re.compile(self.rule_sources[name])
        return found


DIGIT: Final = "0"  # dispatch key of tokens that start with a digit
#: The name the time suffix (``Grammar.time_suffix``) has among the narrowed rules.
SUFFIX_RULE: Final = "suffix"
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
        "num": (*openers, *mods, *weekdays, DIGIT),
        "wday": (*openers, *mods, *weekdays, *d.end_of_words),
        "deictic": (*openers, *(w for w, _ in d.deictic_days), *d.end_of_words),
        "dpart": tuple(w for w, _, _ in d.deictic_parts),
        "podtime": ("l", *d.part_links, *(w for w, _ in d.parts_of_day)),
        "podof": ("l", *d.part_links, *(w for w, _ in d.parts_of_day)),
        "nth": ("the", "le", "la", *(w for w, _ in d.ordinals)),
        "dom2": (*openers, *day_words, DIGIT),
        "wdcount": (*numbers, DIGIT),
        "dom": (*d.date_openers, DIGIT),
        "thispart": d.this_words,
        "nightw": tuple(w for w, _ in d.night_words),
        "offset": d.ago_before + d.later_before,
        "offset2": (*d.hedges, *numbers, DIGIT),
        # Only where the language has fractions of hours: the rules cost a try per number.
        "closest": ("the", *(w for w, _ in d.ordinals), *d.closest_words)
        if d.closest_words
        else (),
        "offsetf": (d.ago_before + d.later_before) if d.fraction_units else (),
        "offsetf2": (*d.hedges, *numbers, *(w for w, _ in d.fractions), DIGIT)
        if d.fraction_units
        else (),
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
            *(w for w, _, _ in d.table_holidays),
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
    last_of += [w for w, _, _ in d.table_holidays]
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
    texts = Rules(data)
    rules = texts.rules()
    suffix = texts.time_suffix(SUFFIX, optional=False)
    core, chain = _core_and_chain(data)
    dispatch = _dispatch(data)
    months = {key(w): i + 1 for i, names in enumerate(data.months) for w in names}
    months.update(
        {key(w): i + 1 for i, names in enumerate(data.month_abbreviations) for w in names}
    )
    weekdays = {key(w): i for i, names in enumerate(data.weekdays) for w in names}
    weekdays.update(
        {key(w): i for i, names in enumerate(data.weekday_abbreviations) for w in names}
    )
    known = frozenset(core | chain | dispatch.keys())  # set | keys gives a set
    cues = "|".join(data.future_cues) or "(?!)"
    past = "|".join(data.past_cues) or "(?!)"
    return Grammar(
        data=data,
        dispatch=dispatch,
        core=core,
        chain=chain,
        known=known,
        classes={
            w: (dispatch.get(w), w in core)
            for w in sorted(known)
            if not w[0].isdigit() and not w[-1].isdigit()
        },
        rule_sources=rules,
        months=months,
        weekdays=weekdays,
        numbers={key(w): v for w, v in data.numbers},
        units={key(w): v for w, v in data.units},
        parts={key(w): v for w, v in data.parts_of_day},
        deictic_days={key(w): v for w, v in data.deictic_days},
        deictic_parts={key(w): (o, c) for w, o, c in data.deictic_parts},
        clock_words={key(w): v for w, v in data.clock_words},
        rough_clock_words=frozenset(key(w) for w in data.rough_clock_words),
        meridiems={key(w): v for w, v in data.meridiems},
        minute_words={key(w): v for w, v in data.minute_words},
        zone_phrases={key(w): v for w, v in data.zone_phrases},
        month_parts={key(w): v for w, v in data.month_parts},
        night_words={key(w): v for w, v in data.night_words},
        holidays={key(w): (m, dd) for w, m, dd in data.holidays},
        floating_holidays={key(w): (m, wd, n, off) for w, m, wd, n, off in data.floating_holidays},
        ordinals={key(w): n for w, n in data.ordinals},
        easter_holidays={key(w): n for w, n in data.easter_holidays},
        table_holidays={key(w): (t, off) for w, t, off in data.table_holidays},
        fractions={key(w): q for w, q in data.fractions},
        closest_link=re.compile(f"\\s+{alt(data.closest_links)}\\s+"),
        amount_fillers=frozenset(key(w) for w in data.amount_fillers),
        fraction_tails={key(w): q for w, q in data.fraction_tails},
        day_words={key(w): v for w, v in data.day_words},
        quarter_words={key(w): v for w, v in data.quarter_words},
        coming_words=frozenset(key(w) for w in data.coming_words),
        relative_days=frozenset(key(w) for w in data.relative_days),
        shift_link=re.compile(
            f"\\s+(?:(?P<before>{alt(data.shift_before)})|{alt(data.shift_after)})(?:(?<=['’])|(?!\\w))\\s*"
        ),
        base_link=re.compile(f"\\s+(?:{alt(data.base_links)}(?!\\w)\\s*)?"),
        recent_words=frozenset(key(w) for w in data.recent_words),
        this_words=frozenset(key(w) for w in data.this_words),
        last_words=frozenset(key(w) for w in data.last_before + data.last_after),
        next_words=frozenset(key(w) for w in data.next_before + data.next_after),
        since_words=frozenset(key(w) for w in data.since_words),
        time_openers=frozenset(key(w) for w in data.time_openers),
        risky_months=frozenset(key(w) for w in data.risky_months),
        numeric_date_openers=frozenset(key(w) for w in data.numeric_date_openers),
        year_hundreds=frozenset(key(w) for w in data.year_hundreds),
        year_thousands=frozenset(key(w) for w in data.year_thousands),
        year_zeros=frozenset(key(w) for w in data.year_zeros),
        year_links=frozenset(key(w) for w in data.year_links),
        future=re.compile(cues),
        past=re.compile(past),
        weekday_word=re.compile(
            f"[ \\t,]{{0,3}}(?:[-–][ \\t]{{1,2}})?(?:{alt(data.date_openers)}\\s+)?"
            f"(?P<wd>{alt([w for names in data.weekdays for w in names])}(?!\\w)"
            f"|{alt([w for names in data.weekday_abbreviations for w in names])}(?:\\.|(?!\\w)))"
        ),
        time_suffix=re.compile(texts.time_suffix(SUFFIX)),
        narrowing=Narrowing(
            {**{name: rules[name] for name in RULES if name in rules}, SUFFIX_RULE: suffix}
        ),
    )
