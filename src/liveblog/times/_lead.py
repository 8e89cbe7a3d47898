r"""Guard a costly pattern fragment with the characters its match may start with.

sre tries every alternative of a group before it gives up, and it skips an alternative
cheaply only when the alternative opens with a literal or a character set. The clock
alternatives open with a group, so the optional clock after a date ("29 novembre les
...") was tried alternative by alternative at " les", twice over (once per way to split
the blanks before it): about half the cost of matching the date. A lookahead of the
characters the fragment may start with (``(?=[\dcdhm...])``) rejects it in one step.

The guard is computed from the fragment's parsed structure, so it cannot drift from the
words: a construct it does not model leaves the fragment unguarded, and a guard never
changes what matches (its class holds every character a match may start with).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from liveblog.times._sre import ATOMIC as _ATOMIC
from liveblog.times._sre import CASE_FLAGS as _CASE_FLAGS
from liveblog.times._sre import REPEATS as _REPEATS
from liveblog.times._sre import const as _const
from liveblog.times._sre import parser as _parser

__all__ = ["guarded", "lead_class"]

_CATEGORIES = {
    _const.CATEGORY_DIGIT: r"\d",
    _const.CATEGORY_SPACE: r"\s",
    _const.CATEGORY_WORD: r"\w",
}


class _Open(Exception):  # noqa: N818 (internal signal, never raised to callers)
    """A construct whose first characters are not modelled: no guard."""


#: What a piece may start with (class items), and whether it may match the empty string.
_Lead = tuple[frozenset[str], bool]


def _sequence(items: Iterable[tuple[Any, Any]]) -> _Lead:
    chars: set[str] = set()
    for op, av in items:
        more, empty = _item(op, av)
        chars |= more
        if not empty:
            return frozenset(chars), False
    return frozenset(chars), True


def _item(op: Any, av: Any) -> _Lead:  # noqa: ANN401 (the parser's untyped items)
    c = _const
    if op is c.LITERAL:
        return frozenset({re.escape(chr(av))}), False
    if op is c.IN:
        return frozenset(_class_items(av)), False
    if op is c.BRANCH:
        leads = [_sequence(branch) for branch in av[1]]
        return frozenset().union(*(lead for lead, _ in leads)), any(e for _, e in leads)
    if op is c.SUBPATTERN:
        if (av[1] | av[2]) & _CASE_FLAGS:
            raise _Open(op)
        return _sequence(av[-1])
    if op is _ATOMIC:
        return _sequence(av)
    if op in _REPEATS:
        lo, hi, body = av
        if hi == 0:
            return frozenset(), True
        chars, empty = _sequence(body)
        return chars, empty or lo == 0
    if op is c.ASSERT_NOT and not av[1]:
        return frozenset(), False  # "(?!)" never matches: the branch adds nothing
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return frozenset(), True  # zero-width: what follows gives the first character
    raise _Open(op)


def _class_items(items: Iterable[tuple[Any, Any]]) -> Iterable[str]:
    for op, av in items:
        if op is _const.LITERAL:
            yield re.escape(chr(av))
        elif op is _const.RANGE:
            yield f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
        elif op is _const.CATEGORY and av in _CATEGORIES:
            yield _CATEGORIES[av]
        else:
            raise _Open(op)  # a negated set or class: no narrow lead


#: A group's name: it changes nothing of what a match starts with.
_GROUP_NAME = re.compile(r"\(\?P<\w+>")


def lead_class(fragment: str) -> str | None:
    r"""Return the character class a match of ``fragment`` must start with, or None.

    None when the fragment may match the empty string (it needs no first character) or
    uses a construct not modelled here (a negated set, a back-reference, a case flag).

    >>> lead_class(r"(?:\d{1,2}h|midi|minuit)")
    '[\\dm]'
    """
    # The same fragment comes once per rule that holds it, under each rule's group names:
    # without the names it is parsed once per grammar.
    return _lead_class(_GROUP_NAME.sub("(?:", fragment))


@lru_cache(maxsize=512)
def _lead_class(fragment: str) -> str | None:
    try:
        parsed = _parser.parse(fragment, 0)
        if parsed.state.flags & _CASE_FLAGS:
            return None
        chars, empty = _sequence(parsed)
    except (_Open, re.error, RecursionError):
        return None
    if empty or not chars:
        return None
    return "[" + "".join(sorted(chars)) + "]"


def guarded(fragment: str) -> str:
    """``fragment`` behind a lookahead of its lead class, or as it is when it has none."""
    lead = lead_class(fragment)
    return fragment if lead is None else f"(?={lead}){fragment}"
