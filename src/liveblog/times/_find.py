"""Scan a text for time expressions: cheap trigger words first, the grammar only there.

Every word of the text is looked up in the grammar's set of first words (a set look-up
per word); only where one starts are the compiled rules tried, anchored, and at most once
per position. A match that the rule's reader rejects ("novembre" alone, "07.19" with no
time cue) lets the next rule try. Durations and sets match too, so that "chaque lundi" hides its
"lundi", but give no mention.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

from liveblog.model import Mention
from liveblog.times._grammar import DIGIT, Grammar
from liveblog.times._parts import Parts
from liveblog.times._readers import read_rules
from liveblog.times._resolve import resolve
from liveblog.times._which_day import Context
from liveblog.times._zones import zone_for

__all__ = ["scan"]

_WORD = re.compile(r"\w+")

#: Mentions built here are cut from the text at their own span: the engine's trusted
#: constructor skips the span check.
_mention = Mention._unchecked  # noqa: SLF001


_SENTENCE_MARKS = ".!?\n;:"
_SENTENCE_MARK = re.compile(f"[{_SENTENCE_MARKS}]")
#: The last sentence mark of a window and what follows it: one search, where an ``rfind``
#: per mark cost twice as much.
_LAST_SENTENCE = re.compile(f"[{_SENTENCE_MARKS}][^{_SENTENCE_MARKS}]*\\Z")


_CUE_WINDOW = 60


#: Opening words are tried from at most this many characters, and this many words, back.
_RUN_REACH = 40


#: Zone abbreviations after a clock time, matched on the original text: only upper case
#: counts, so "est" (is) never reads as US Eastern time.
_ZONE_AFTER = re.compile(
    r"""[ \t]{0,3}\(?[ \t]{0,2}
    (CEST|CET|BST|IST|WEST|WET|EEST|EET|MSK|EST|EDT|CST|CDT|PST|PDT|MST|MDT|HKT|JST|AEST|AEDT)
    \)?(?!\w)""",
    re.VERBOSE,
)


#: What a zone after a clock may start with: a blank, a bracket or a capital.
_ZONE_STARTS = frozenset(" \t(ABCDEFGHIJKLMNOPQRSTUVWXYZ")

_RUN_LENGTH = 6
#: A currency sign just before a number (one blank allowed): "$12", "€ 5".
#: Currency signs: a number right after one ("$12", "€ 5") is an amount, not a day.
_CURRENCY = frozenset("$€£¥")


#: Mentions precise enough to be the day a narrative "le lendemain" counts from.
_DAY_OR_FINER = frozenset({"day", "part-of-day", "night", "hour", "minute", "second"})


_AFTER_NUMBER = re.compile(r"[ \t\u00a0]{0,2}(\w+)")


def _needs_cue(parts: Parts) -> bool:
    """Tell whether the tense around the mention can change its value.

    It can for a bare weekday, a date or month without its year, a day of the month alone.
    """
    if parts.kind == "month":
        return parts.year is None
    if parts.kind not in ("day", "night") or parts.offset_days is not None:
        return False
    if parts.month is not None or parts.day is not None:
        return parts.year is None
    return parts.weekday is not None


def _cue(g: Grammar, text: str, start: int, end: int) -> str | None:
    """Whether the words of the mention's sentence speak of the future or the past.

    The words before it first; when they say nothing, the words after it, as a date that
    opens its sentence has its verb after ("Le 3 mars, il a annoncé...").
    """
    window = text[max(0, start - _CUE_WINDOW) : start]
    last = _LAST_SENTENCE.search(window)
    if last is not None:
        window = window[last.start() + 1 :]
    found = _tense(g, window)
    if found is None:
        after = text[end : end + _CUE_WINDOW]
        stop = _SENTENCE_MARK.search(after)
        found = _first_tense(g, after if stop is None else after[: stop.start()])
    return found


def _tense(g: Grammar, window: str) -> str | None:
    if not window.strip():
        return None
    if g.future.search(window):
        return "future"
    if g.past.search(window):
        return "past"
    return None


def _first_tense(g: Grammar, window: str) -> str | None:
    """Read the tense of the first cue in ``window``: the verb nearest the date after it."""
    future, past = g.future.search(window), g.past.search(window)
    if future is None or past is None:
        return "future" if future else "past" if past else None
    return "future" if future.start() < past.start() else "past"


def _may_follow(g: Grammar, text: str, end: int) -> bool:
    """Tell whether what follows a bare number can belong to a date or time.

    Glued marks ("14:05", "13/09", "1er", "2pm") can; a space then a word only when the
    word is in the grammar's vocabulary ("3 jours", "15 avril"), not "3 000" or "12 soldats".
    """
    if end >= len(text):
        return False
    char = text[end]
    if not char.isspace():
        return char in ":./-,'’\"" or char.isalpha()
    after = _AFTER_NUMBER.match(text, end)
    if after is None:
        return False
    word = after[1]
    return word.isdigit() or word in g.core or word in g.chain or word in g.dispatch


def _not_a_date(g: Grammar, text: str, word: re.Match[str], after_opener: bool) -> bool:
    """Tell whether the number ``word`` cannot start a date or a time.

    It cannot inside "133-03-03" or "0.8/15", after a currency sign ("$12 December 27"),
    nor, with no opening word before it, before a word foreign to the grammar ("3 000
    soldats", "12 %").
    """
    start = word.start()
    if start > 1 and text[start - 1] in "-/.:," and text[start - 2].isdigit():
        return True
    before = text[start - 1] if start else ""
    if before in _CURRENCY or (before.isspace() and start > 1 and text[start - 2] in _CURRENCY):
        return True
    number = word[0]
    return not after_opener and number.isdigit() and not _may_follow(g, text, word.end())


def _lower_each(text: str) -> str:
    """Lower-case ``text`` character by character, keeping its offsets.

    For the rare text whose lower case is longer: a character such as "İ", whose lower
    case is two, is kept as it is.
    """
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def scan(  # noqa: PLR0915 (one loop over every word: helpers would cost a call per word)
    g: Grammar, text: str, anchor: datetime | None, tz: tzinfo, reference: datetime
) -> list[Mention]:
    """Every mention of ``text`` in order, resolved against ``anchor``.

    Opening words ("le", "il y a", "dans la nuit de") are only remembered; a match is
    tried where a core token comes (a number, a month, a weekday, "hier", "semaine"...),
    from the earliest remembered opening word of the same run of words, then from the
    core itself. A position is tried once: what matches there does not depend on the
    core token that prompted the try, and a read that ended before one core token ends
    before the next too ("from 11 to 3pm" tries "from" at "11", not again at "3pm").
    """
    found: list[Mention] = []
    ctx: Context | None = None  # made at the first mention: most texts have none or one
    source, text = text, text.lower()
    if len(text) != len(source):
        text = _lower_each(source)  # offsets kept; inline: a call per text saved
    dispatch, core, chain, classes = g.dispatch, g.core, g.chain, g.classes
    digit = dispatch[DIGIT]
    done = 0
    run: list[tuple[int, tuple[str, ...]]] = []
    tried: set[int] = set()
    for word in _WORD.finditer(text):
        lower = word[0]
        entry: tuple[str, ...] | None
        known = classes.get(lower)
        if known is not None:  # a word of the grammar, with no digit at either end
            entry, is_core = known
            if not is_core:
                start = word.start()
                if entry is not None and start >= done:  # an opening word
                    run.append((start, entry))
                    if len(run) > _RUN_LENGTH:
                        del run[0]
                continue
            start = word.start()
            if start < done:
                continue
        elif not lower[0].isdigit() and not lower[-1].isdigit():
            run.clear()  # most words: they only break a run of opening words
            continue
        else:
            start = word.start()
            if start < done:
                continue
            if lower[0].isdigit():
                if _not_a_date(g, text, word, bool(run)):
                    run.clear()
                    continue
                entry = digit
            else:
                entry = dispatch.get(lower)
                if entry is None:
                    lower = lower.rstrip("0123456789")  # "Oct2", "Dec31": a month and its day
                    entry = dispatch.get(lower)
                if lower not in core:
                    if entry is not None:
                        run.append((start, entry))
                        if len(run) > _RUN_LENGTH:
                            del run[0]
                    elif lower not in chain:
                        run.clear()
                    continue
        read = _read_run(g, text, run, (start, done), tried) if run else None
        if read is None and entry is not None:
            tried.add(start)
            read = read_rules(g, text, start, entry)
        if entry is not None:
            run.append((start, entry))
        if read is None:
            continue
        run.clear()
        if ctx is None:
            ctx = Context(anchor, tz, reference)
        done = _emit(g, (text, source), read, ctx, found)
    return found


def _read_run(
    g: Grammar,
    text: str,
    run: list[tuple[int, tuple[str, ...]]],
    bounds: tuple[int, int],
    tried: set[int],
) -> tuple[re.Match[str], Parts] | None:
    """Read from the earliest opening word of ``run`` whose match reaches past a core token.

    ``bounds`` are the core token's start and the end of the last mention; an opening
    word out of reach, inside that mention or already tried is skipped.
    """
    start, done = bounds
    for at, opener in run:
        if at < start - _RUN_REACH or at < done or at in tried:
            continue
        tried.add(at)
        read = read_rules(g, text, at, opener)
        # It must reach the core word, by its match or by what it read after it.
        if read is not None and (read[1].end or read[0].end()) > start:
            return read
    return None


def _emit(
    g: Grammar,
    texts: tuple[str, str],
    read: tuple[re.Match[str], Parts],
    ctx: Context,
    found: list[Mention],
) -> int:
    """Resolve one match into a mention (appended to ``found``); return where it ends.

    ``texts`` is the lower-cased text the grammar read and the caller's original.
    """
    text, source = texts
    m, parts = read
    begin, end = m.start(), parts.end or m.end()
    while end > begin and text[end - 1] in " \t\n,":
        end -= 1
    if parts.hour is not None and parts.zone is None and source[end : end + 1] in _ZONE_STARTS:
        zone = _ZONE_AFTER.match(source, end)
        if zone is not None:
            parts.zone = zone_for(zone[1])
            end = zone.end()
    if parts.kind == "block":
        return end
    ctx.cue = _cue(g, text, begin, end) if parts.rel is None and _needs_cue(parts) else None
    try:
        result = resolve(parts, ctx)
    except (OverflowError, ValueError):
        result = None  # a value before year 1 or after 9999: no date to give
    if result is not None:
        value, timex, notes = result
        mention = _mention(source[begin:end], begin, end, value, timex, notes)
        found.append(mention)
        if value.granularity in _DAY_OR_FINER and "range" not in notes and "now" not in notes:
            ctx.previous_day = value.start.date()
    return end
