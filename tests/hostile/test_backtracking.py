"""Strings built to make regular expressions backtrack: every pattern stays linear.

Each compiled pattern of the library (module level, and each language's grammar) is run
over long strings made of the characters such patterns repeat; then the public entry
points get the same strings, and 1 MB lines with no whitespace.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from datetime import datetime, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

import liveblog
from liveblog.times import blank_view, mask_long_blanks
from liveblog.times._grammar import grammar_for
from liveblog.times._vocab import language_data

Bounded = Callable[[float], AbstractContextManager[None]]
ANCHOR = datetime(2024, 11, 29, 10, 0, tzinfo=timezone.utc)

# Each unit repeated to 20,000 characters: runs that regexes with ``\s*``, ``\d+``,
# ``[^<>]*``, optional separators or alternations sharing a prefix loop on.
UNITS = [
    "a",
    " ",
    "1",
    "\n",
    "é",
    "<",
    ">",
    "<a ",
    "</",
    "1 ",
    "1:",
    "1h",
    "14h",
    "14h30 ",
    "1.",
    "1/",
    "1-",
    "le ",
    "le 1 ",
    "jeudi ",
    "mis à jour ",
    "à ",
    "il y a ",
    "de 1 à ",
    "du 1 au ",
    "1er ",
    "mardi 1 ",
    "at ",
    "on ",
    "1 pm ",
    "1st ",
    "ago ",
    "[",
    "{",
    '"',
    "{a:",
    ",",
    ",]",
    "<!--",
    "&#",
    "»",
    "…",
    "⇒",
    ". ",
    "\t\n",
    "a\u00a0",
    "jan ",
    "10 nov. ",
    "2024-",
    "2024-11-",
    "T10:",
    "+01:",
    "CEST ",
    "Europe/",
]
LENGTH = 20_000


def _hostile(unit: str, length: int = LENGTH) -> str:
    text = unit * (length // len(unit) + 1)
    return text[:length] + "!"  # a last character that no pattern expects


# A word a pattern keys on, then a long run of one kind of blank: patterns with two
# adjacent ``\s*`` (or ``\s*`` before an optional part) split such runs every way.
HEADS = [".", "»", ":", ",", "1", "14h", "le", "infos", "à retenir", "<!--", "//", "UTC", "a"]
BLANKS = [" ", "\n", "\u2029", "\u00a0", "\t"]
RUNS = [head + blank * LENGTH for head in HEADS for blank in BLANKS]
HOSTILE = [_hostile(unit) for unit in UNITS] + [_hostile(run) for run in RUNS]
# For the entry points: every shape once, 1,500 characters each (about 180,000 in all).
MIXED = "".join(_hostile(unit, 1500) for unit in [*UNITS, *RUNS])

# Patterns only ever applied to short, bounded text, tested the way they are used.
BOUNDED_USE: dict[str, Callable[[re.Pattern[str], str], object]] = {
    # matched against dateparser's own word lists, at import
    "liveblog.times._vocab._PLAIN": lambda pattern, text: pattern.match(text[:100]),
    # zone labels, matched whole
    "liveblog.times._zones._IANA": lambda pattern, text: pattern.fullmatch(text),
    "liveblog.times._zones._OFFSET": lambda pattern, text: pattern.fullmatch(text),
}


def _module_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    seen: set[int] = set()  # a pattern imported elsewhere is tested once, where defined
    for info in pkgutil.walk_packages(liveblog.__path__, "liveblog."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and id(value) not in seen:
                seen.add(id(value))
                if isinstance(value.pattern, str):
                    yield f"{info.name}.{name}", value


def _grammar_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    for lang in ("fr", "en"):
        grammar = grammar_for(language_data(lang))
        for rule in grammar.rule_sources:
            yield f"grammar[{lang}].{rule}", grammar.pattern(rule)
        yield f"grammar[{lang}].time_suffix", grammar.time_suffix


MODULE_PATTERNS = dict(_module_patterns())
GRAMMAR_PATTERNS = dict(_grammar_patterns())


class TestPatterns:
    def test_patterns_found(self) -> None:
        """The sweep sees the library's patterns (a guard against an empty parametrize)."""
        assert len(MODULE_PATTERNS) > 30
        assert len(GRAMMAR_PATTERNS) > 10

    @pytest.mark.parametrize("name", sorted(MODULE_PATTERNS))
    def test_linear_on_hostile_strings(self, bounded: Bounded, name: str) -> None:
        """``search`` and ``finditer`` over every hostile string take well under a second."""
        pattern = MODULE_PATTERNS[name]
        use = BOUNDED_USE.get(name)
        with bounded(4):
            for text in HOSTILE:
                if use is not None:
                    use(pattern, text)
                    continue
                pattern.search(text)
                for _ in pattern.finditer(text):
                    pass

    def test_bounded_use_names_exist(self) -> None:
        """Every pattern excused from the full sweep still exists (no stale excuses)."""
        assert set(BOUNDED_USE) <= set(MODULE_PATTERNS)

    @pytest.mark.parametrize("name", sorted(GRAMMAR_PATTERNS))
    def test_grammar_match_is_local(self, bounded: Bounded, name: str) -> None:
        """A grammar, tried anchored at a trigger as ``find_times`` does, never runs far.

        200 anchored attempts into each 20,000-character string: a match whose cost grew
        with the rest of the text would take seconds here.
        """
        pattern = GRAMMAR_PATTERNS[name]
        with bounded(4):
            for text in HOSTILE:
                view = blank_view(text)  # what find_times hands the grammar
                for start in range(200):
                    pattern.match(view, start)


class TestBlankView:
    def test_every_blank_but_the_space_is_unprintable(self) -> None:
        """The quick check holds: a printable text has no blank ``\\s`` matches but the space."""
        blanks = {c for c in map(chr, range(0x110000)) if re.fullmatch(r"\s", c)}
        assert len(blanks) > 20
        assert {c for c in blanks if c.isprintable()} == {" "}

    @given(
        st.lists(st.sampled_from([" ", " ", " ", "a", "\n", "\u2003", "\t"]), max_size=80).map(
            "".join
        )
    )
    def test_quick_check_masks_as_the_regex_does(self, text: str) -> None:
        """Skipping the regex when no run can hold changes nothing."""
        assert mask_long_blanks(text) == blank_view(text)


class TestEntryPoints:
    @pytest.mark.parametrize("lang", ["fr", "en", "de"])
    def test_find_times(self, bounded: Bounded, lang: str) -> None:
        """``find_times`` over every hostile shape (180,000 characters), within the bound."""
        with bounded(20):
            liveblog.find_times(MIXED, anchor=ANCHOR, lang=lang)

    @pytest.mark.parametrize("blank", BLANKS)
    def test_find_times_blank_runs(self, bounded: Bounded, blank: str) -> None:
        """100,000 blanks between time words, within the bound."""
        text = "jeudi 14h30" + blank * 100_000 + "hier à 9h" + blank * 100_000 + "."
        with bounded(5):
            liveblog.find_times(text, anchor=ANCHOR)

    def test_parse_text(self, bounded: Bounded) -> None:
        """``parse`` over every hostile shape as plain text, within the bound."""
        with bounded(20):
            liveblog.parse(MIXED)

    @pytest.mark.parametrize("blank", BLANKS)
    def test_parse_blank_runs(self, bounded: Bounded, blank: str) -> None:
        """A post, 100,000 blanks, a key-point header and a sentence end (regressions)."""
        run = blank * 100_000
        text = f"Les infos à retenir{run}x\n\n07h42\nLe texte.{run}x\n⇒{run}Un point."
        with bounded(10):
            liveblog.parse(text)

    def test_parse_html(self, bounded: Bounded) -> None:
        """The same shapes inside an HTML page: a paragraph, an attribute, a time element."""
        escaped = MIXED.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
        page = (
            f'<html><body><div class="live"><p title="{escaped}">{MIXED}</p>'
            f"<time>{escaped}</time></div></body></html>"
        )
        with bounded(20):
            liveblog.parse(page)

    @pytest.mark.parametrize("blank", BLANKS)
    def test_jsonld_blank_runs(self, bounded: Bounded, blank: str) -> None:
        """A JSON-LD block padded with 100,000 blanks, readable or not (regression)."""
        run = blank * 100_000
        for block in (f'//<!--{run}{{"a": 1{run}}}{run}//-->', f'{{"a": 1{run}}}x{run}'):
            page = (
                f'<html><head><script type="application/ld+json">{block}</script></head>'
                "<body><p>a</p></body></html>"
            )
            with bounded(5):
                liveblog.parse(page)


class TestLongLines:
    """One megabyte in a single line, no whitespace, through each entry point."""

    @pytest.mark.parametrize("unit", ["a", "1", "é", "14h30", "<b>", "x/"])
    def test_parse(self, bounded: Bounded, unit: str) -> None:
        """A 1 MB line parses within the bound, as text and inside HTML."""
        line = unit * (1_000_000 // len(unit))
        with bounded(10):
            liveblog.parse(line)
            liveblog.parse(f"<html><body><p>{line}</p></body></html>")

    @pytest.mark.parametrize("unit", ["a", "1", "14h30", "jeudi"])
    def test_find_times(self, bounded: Bounded, unit: str) -> None:
        """A 1 MB line goes through ``find_times`` within the bound."""
        with bounded(20):
            liveblog.find_times(unit * (1_000_000 // len(unit)), anchor=ANCHOR)
