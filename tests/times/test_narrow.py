"""The narrowing never drops a rule that matches: results are the same with it as without it."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from liveblog.times._narrow import Narrowing
from liveblog.times._rules import SUFFIX
from liveblog.times._vocab import language_data

# ``liveblog.times`` exports a function named ``_grammar`` too; the module is meant here.
_grammar = importlib.import_module("liveblog.times._grammar")
Grammar = _grammar.Grammar
SUFFIX_RULE = _grammar.SUFFIX_RULE

SEEDS = Path(__file__).resolve().parents[1] / "data" / "seeds"
_WORD = re.compile(r"\w+")
LANGS = ("fr", "en", "de")


def grammar(lang: str) -> Grammar:
    """The compiled grammar of ``lang``, as find_times uses it."""
    return _grammar.grammar_for(language_data(lang))


def check_positions(g: Grammar, text: str) -> None:
    """At each word and each word's end, every rule that matches is among those kept."""
    lower = text.lower()
    for word in _WORD.finditer(lower):
        token = word.group()
        entry = g.dispatch.get(_grammar.DIGIT if token[0].isdigit() else token)
        if entry:
            kept = g.narrowing.rules_at(entry, lower, word.start())
            assert [name for name in entry if name in kept] == list(kept)  # order kept
            for name in entry:
                if g.pattern(name).match(lower, word.start()):
                    assert name in kept, (name, lower[word.start() : word.start() + 40])
        suffix = g.time_suffix.match(lower, word.end())
        if suffix is not None and suffix.group(SUFFIX + "clk") is not None:
            assert g.narrowing.rules_at((SUFFIX_RULE,), lower, word.end()) == (SUFFIX_RULE,)


def vocabulary(lang: str) -> list[str]:
    """Words the grammar acts on, numbers in the shapes dates take, and separators."""
    g = grammar(lang)
    words = sorted(g.known)
    numbers = ["1", "03", "12", "13", "24", "31", "2024", "1999", "5pm", "14h05", "1er", "3rd"]
    return words + numbers


SEPARATORS = [" ", " ", " ", ", ", "-", "/", ":", ".", "", "\n", " (", ") ", "h", "'"]


def mixes(lang: str) -> st.SearchStrategy[str]:
    words = st.sampled_from(vocabulary(lang))
    pieces = st.lists(st.tuples(words, st.sampled_from(SEPARATORS)), min_size=1, max_size=8)
    return pieces.map(lambda items: "".join(w + s for w, s in items))


class TestSound:
    @pytest.mark.parametrize("lang", LANGS)
    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(data=st.data())
    def test_every_matching_rule_is_kept(self, lang: str, data: st.DataObject) -> None:
        """On mixes of the grammar's words, numbers and separators."""
        check_positions(grammar(lang), data.draw(mixes(lang)))

    @pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
    def test_on_the_seed_pages(self, path: Path) -> None:
        """On real pages, in both languages' grammars."""
        text = path.read_text(encoding="utf-8")
        for lang in ("fr", "en"):
            check_positions(grammar(lang), text)


def kept(pattern: str, text: str) -> bool:
    """Tell whether a one-rule narrowing keeps ``pattern`` at the start of ``text``."""
    return Narrowing({"r": pattern}).rules_at(("r",), text, 0) == ("r",)


class TestReading:
    @pytest.fixture(autouse=True)
    def read_every_rule(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Read on while any rule is undecided (by default one left undecided is run)."""
        monkeypatch.setattr("liveblog.times._narrow.DECIDED_AT", 0)

    def test_a_lone_undecided_rule_is_run_by_default(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr("liveblog.times._narrow.DECIDED_AT", 1)
        assert kept(r"\d{1,2}\s+(?:mai|juin)", "12 soldats")

    def test_drops_a_rule_that_cannot_match(self) -> None:
        assert not kept(r"\d{1,2}\s+(?:mai|juin)", "12 soldats")
        assert kept(r"\d{1,2}\s+(?:mai|juin)", "12 mai")

    def test_a_lookahead_that_ends_the_rule_is_read(self) -> None:
        assert not kept(r"\d+(?=\s*[.,])", "12 soldats")
        assert kept(r"\d+(?=\s*[.,])", "12 .")

    def test_the_end_of_the_text_is_read(self) -> None:
        r"""``\Z`` holds only where the text ends."""
        assert not kept(r"\d+(?=\s*(?:,|\Z))", "12 mai")
        assert kept(r"\d+(?=\s*(?:,|\Z))", "12 ")
        assert kept(r"\d+(?=\s*(?:,|\Z))", "12 , x")

    def test_a_one_character_negative_lookahead_tests_the_next(self) -> None:
        assert not kept(r"(?:20|2018)(?!\w)\s*h", "2018")  # "20" then "1": refused
        assert not kept(r"\d\d(?!\w)", "2018")
        assert kept(r"\d\d(?!\w)", "20 18")
        assert kept(r"\d\d(?!\w)", "20")

    def test_what_it_cannot_read_is_taken_as_true(self) -> None:
        """Lookbehinds, negative lookaheads, boundaries, back-references, conditionals."""
        assert kept(r"(?<=x)\d", "1")
        assert kept(r"\d(?!\d\d)\b", "123")
        assert kept(r"(a)\1b", "aXYZ")
        assert kept(r"(\()?a(?(1)\))", "a")

    def test_a_rule_with_inline_case_flags_is_always_kept(self) -> None:
        assert kept(r"(?i)mai", "xyz")
        assert kept(r"(?i:mai)", "xyz")

    def test_repeats_count(self) -> None:
        assert not kept(r"a{3}b", "aab")
        assert kept(r"a{2,3}b", "aab")
        assert kept(r"(?:ab)*c", "ababc")
        assert not kept(r"(?:ab)+c", "c")

    def test_at_the_end_of_the_text_only_what_may_end_there(self) -> None:
        assert not kept(r"\d+\s+mai", "12")
        assert kept(r"\d+(?:\s+mai)?", "12")

    def test_past_the_window_what_is_alive_is_kept(self) -> None:
        long = "a" * 100
        assert kept(f"{long}b", long + "b")
        assert kept(f"{long}b", long + "c")  # only the first characters are read

    def test_rules_out_of_order_are_refused(self) -> None:
        narrowing = Narrowing({"a": "a", "b": "b"})
        with pytest.raises(ValueError, match="order"):
            narrowing.rules_at(("b", "a"), "a", 0)

    def test_the_table_starts_afresh_at_its_bound(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr("liveblog.times._narrow.MAX_STATES", 3)
        narrowing = Narrowing({"r": r"\d{1,2}\s+(?:mai|juin)"})
        for text in ["1 mai", "12 juin", "3 x", "31 mai", "7 juillet"] * 3:
            found = narrowing.rules_at(("r",), text, 0)
            assert (found == ("r",)) == (text.split()[1] in ("mai", "juin"))
        assert len(narrowing._states) <= 3 + 8


class TestTable:
    """The table's rows: the fast reading (known transitions) agrees with the building one."""

    @pytest.mark.parametrize("lang", LANGS)
    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(data=st.data())
    def test_a_known_reading_gives_what_building_it_gave(
        self, lang: str, data: st.DataObject
    ) -> None:
        """The second reading of a position follows only transitions the first one built."""
        g = grammar(lang)
        text = data.draw(mixes(lang)).lower()
        for word in _WORD.finditer(text):
            token = word.group()
            entry = g.dispatch.get(_grammar.DIGIT if token[0].isdigit() else token)
            if entry:
                built = g.narrowing.rules_at(entry, text, word.start())
                assert g.narrowing.rules_at(entry, text, word.start()) == built

    def test_an_undecided_state_is_read_before_it_has_transitions(self) -> None:
        """Its row holds the placeholder "", so the loop does not take it as decided."""
        narrowing = Narrowing({"a": r"\d+\s+mai", "b": r"\d+\s+juin"})
        assert narrowing._start(("a", "b")) == {"": {}}  # built, no transition yet
        assert narrowing.rules_at(("a", "b"), "12 soldats", 0) == ()
        assert narrowing.rules_at(("a", "b"), "12 juin", 0) == ("b",)

    def test_a_decided_state_stops_the_reading(self) -> None:
        """One rule left undecided: its row is empty, and what follows is not read."""
        narrowing = Narrowing({"a": r"\d+\s+mai", "b": r"x\d+"})
        assert narrowing.rules_at(("a", "b"), "12 soldats", 0) == ("a",)
        assert [dict(row) for row in narrowing._states.values()] == [{"": {}, "1": {}}, {}]
