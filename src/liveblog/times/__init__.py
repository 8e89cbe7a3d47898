"""The temporal engine: find time expressions in a text and resolve them against an anchor.

``find_times`` is the entry point the pipeline (and callers) use; ``zone_for`` reads the
zone labels pages print. The grammar is built from per-language data
(``liveblog.times.lang``), compiled once per language, and tried only where a trigger
word starts, so the cost stays linear in the text.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import attrs

from liveblog._checks import require_aware
from liveblog._options import DEFAULT_REFERENCE
from liveblog.errors import ArgumentError, UnknownLanguageError, shorten
from liveblog.model import Mention
from liveblog.times._find import scan
from liveblog.times._grammar import Grammar, grammar_for
from liveblog.times._vocab import language_data
from liveblog.times._zones import zone_for

__all__ = ["find_times", "zone_for"]


#: Zones whose offset is never None: an anchor in one is aware without asking it.
_ALWAYS_AWARE = frozenset({timezone, ZoneInfo})


#: Grammars kept at once; past this the oldest is dropped, so memory stays bounded when
#: a caller goes through many languages.
_GRAMMARS_KEPT = 64
#: The grammars built so far, by language code: ``find_times`` reads this dict first, as
#: a look-up costs a fifth of a function call, on every call.
_GRAMMARS: dict[str, Grammar] = {}


def _grammar(lang: str) -> Grammar:
    """Get the compiled grammar of ``lang``, built on first use and kept."""
    grammar = _GRAMMARS.get(lang)
    if grammar is None:
        grammar = grammar_for(language_data(lang))
        if len(_GRAMMARS) >= _GRAMMARS_KEPT:
            del _GRAMMARS[next(iter(_GRAMMARS))]
        _GRAMMARS[lang] = grammar
    return grammar


def find_times(
    text: str,
    *,
    anchor: datetime | None,
    lang: str = "fr",
    reference: datetime | None = None,
) -> tuple[Mention, ...]:
    """Find the time expressions of ``text`` and resolve them against ``anchor``.

    Args:
        text: the text to search.
        anchor: the aware instant relative expressions count from (the page's or the
            entry's publish time), or None: then absolute dates still resolve and pure
            relatives ("hier") give nothing.
        lang: a language code; "fr" and "en" have their own data, others use
            dateparser's locale vocabulary.
        reference: with no anchor, the instant a year is chosen near when only a weekday
            fixes it ("jeudi 31 octobre"); defaults to ``DEFAULT_REFERENCE``.

    Returns:
        The mentions, sorted by start and not overlapping; each datetime is in the
        anchor's zone (or the zone the text names).

    Raises:
        ArgumentError: ``text`` is not a string or ``anchor`` not a datetime.
        NaiveDatetimeError: ``anchor`` or ``reference`` has no timezone.
        UnknownLanguageError: ``lang`` names no language we or dateparser know.

    .. versionadded:: 0.1

    """
    if not isinstance(text, str):
        raise ArgumentError(f"text must be a str, got {shorten(text)}")
    if anchor is None or (type(anchor) is datetime and type(anchor.tzinfo) in _ALWAYS_AWARE):
        checked = anchor  # the common case, checked without a call
    else:
        checked = require_aware("anchor", anchor)
    ref = DEFAULT_REFERENCE if reference is None else require_aware("reference", reference)
    if not isinstance(lang, str):
        raise UnknownLanguageError(
            f"lang must be a language code such as 'fr', got {shorten(lang)}"
        )
    grammar = _GRAMMARS.get(lang) or _grammar(lang)
    tz = (checked or ref).tzinfo
    assert tz is not None  # noqa: S101 (checked by _aware)
    view = blank_view(text)
    mentions = scan(grammar, view, checked, tz, ref)
    if view is text:
        return tuple(mentions)
    return tuple(attrs.evolve(m, text=text[m.start : m.end]) for m in mentions)


# A run of blanks longer than any time expression holds between two of its words.
_LONG_BLANKS = re.compile(r"\s{9,}")


def blank_view(text: str) -> str:
    """Return ``text`` with long runs of blanks masked, offsets unchanged.

    The grammar's optional separators (blank, optional comma, blank) split a long run
    of blanks every way, so one anchored match cost grew with the cube of the run. Each
    run of nine or more blanks keeps its last character (a newline still starts a line)
    and the rest become NULs, which no rule matches; mentions are read back from the
    original text.
    """
    # Nine blanks in a row hold two spaces or another blank, and every blank but the
    # space is unprintable: this check costs a fraction of a regex search.
    if "  " not in text and text.isprintable():
        return text
    return mask_long_blanks(text)


def mask_long_blanks(text: str) -> str:
    """Mask each run of nine or more blanks of ``text`` but its last character (NULs)."""
    if _LONG_BLANKS.search(text) is None:
        return text
    return _LONG_BLANKS.sub(lambda run: "\x00" * (len(run[0]) - 1) + run[0][-1], text)
