"""Lead-character guards: computed from the pattern, and they never change a match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from liveblog.times import _rules
from liveblog.times._lead import guarded, lead_class
from liveblog.times._vocab import language_data

from .test_narrow import LANGS, SEEDS, mixes

_WORD = re.compile(r"\w+")


class TestLeadClass:
    def test_literals_and_alternatives(self) -> None:
        assert lead_class("midi|minuit|noon") == "[mn]"
        assert lead_class(r"(?P<h>2[0-3]|[01]?\d)h") == r"[012\d]"

    def test_optional_parts_add_what_follows(self) -> None:
        lead = lead_class(r"(?:à\s+)?\d")
        assert lead is not None
        assert re.fullmatch(lead, "à")
        assert re.fullmatch(lead, "7")
        assert not re.fullmatch(lead, " ")

    def test_zero_width_parts_are_skipped(self) -> None:
        assert lead_class(r"(?<!-)(?!\w\w\w)midi") == "[m]"

    def test_a_branch_that_never_matches_adds_nothing(self) -> None:
        assert lead_class("(?:(?!)|midi)") == "[m]"

    def test_ranges_and_classes(self) -> None:
        lead = lead_class(r"[a-c\s]x")
        assert lead is not None
        assert all(re.fullmatch(lead, ch) for ch in "abc \t")
        assert not re.fullmatch(lead, "d")

    @pytest.mark.parametrize(
        "fragment",
        [
            "a?",  # may match nothing: needs no first character
            "(?:a|)",
            r"[^a]b",  # a negated set
            ".b",
            r"(?i)mai",  # a case flag
            r"(?i:mai)",
            r"(a)?\1",  # a back-reference first
            "(",  # not a pattern
        ],
    )
    def test_no_guard_where_it_cannot_tell(self, fragment: str) -> None:
        assert lead_class(fragment) is None
        assert guarded(fragment) == fragment

    def test_guarded_prefixes_a_lookahead(self) -> None:
        assert guarded("(?:midi|minuit)") == "(?=[m])(?:midi|minuit)"


def _sources(lang: str, *, guards: bool, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Every rule's pattern text, with or without its guards."""
    with monkeypatch.context() as patch:
        if not guards:
            patch.setattr(_rules, "guarded", lambda fragment: fragment)
        rules = _rules.Rules(language_data(lang))
        sources = rules.rules()
        sources["suffix"] = rules.time_suffix(_rules.SUFFIX)
    return sources


_COMPILED: dict[tuple[str, bool], dict[str, re.Pattern[str]]] = {}


def _compiled(
    lang: str, *, guards: bool, monkeypatch: pytest.MonkeyPatch
) -> dict[str, re.Pattern[str]]:
    if (lang, guards) not in _COMPILED:
        sources = _sources(lang, guards=guards, monkeypatch=monkeypatch)
        _COMPILED[lang, guards] = {name: re.compile(text) for name, text in sources.items()}
    return _COMPILED[lang, guards]


def check_same(lang: str, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """At each word and word end, every rule matches the same with guards as without."""
    with_guards = _compiled(lang, guards=True, monkeypatch=monkeypatch)
    without = _compiled(lang, guards=False, monkeypatch=monkeypatch)
    lower = text.lower()
    starts = sorted({p for w in _WORD.finditer(lower) for p in (w.start(), w.end())})
    for start in starts:
        for name, pattern in with_guards.items():
            got = pattern.match(lower, start)
            want = without[name].match(lower, start)
            assert (got and (got.span(), got.groupdict())) == (
                want and (want.span(), want.groupdict())
            ), (lang, name, lower[start : start + 40])


def test_the_grammar_is_guarded(monkeypatch: pytest.MonkeyPatch) -> None:
    """The guards are there (the test below would pass vacuously without them)."""
    guarded_rules = _sources("fr", guards=True, monkeypatch=monkeypatch)
    plain = _sources("fr", guards=False, monkeypatch=monkeypatch)
    assert guarded_rules["time"] != plain["time"]
    assert guarded_rules["date"].count("(?=[") > plain["date"].count("(?=[")


@pytest.mark.parametrize("lang", LANGS)
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_guards_never_change_a_match(
    lang: str, data: st.DataObject, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On mixes of the grammar's words, numbers and separators."""
    check_same(lang, data.draw(mixes(lang)), monkeypatch)


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_guards_never_change_a_match_on_the_seed_pages(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = path.read_text(encoding="utf-8")
    for lang in ("fr", "en"):
        check_same(lang, text, monkeypatch)
