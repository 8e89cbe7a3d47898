"""The scan skips rules whose closing word is nowhere in the text; it finds the same."""

from __future__ import annotations

from datetime import datetime, timezone
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from liveblog.times import _grammar, find_times
from liveblog.times._grammar import Grammar

ANCHOR = datetime(2024, 11, 8, 14, 30, tzinfo=timezone.utc)

#: The gated forms ("3 days ago", "the 1st of the month", "two fridays back") whole and
#: in pieces, so that texts hold a closing word or miss it.
PIECES = [
    "3 days ago", "2.5 hours later", "two fridays back", "the 1st of the month",
    "3 days before christmas", "2 weeks from now", "the closest monday to", "1/2 hour earlier",
    "trois jours plus tard", "deux heures plus tôt", "le 1er du mois", "deux jours avant noël",
    "3", "two", "days", "hours", "ago", "later", "before", "after", "from now", "back", "hence",
    "prior to", "following", "the", "1st", "of", "month", "christmas", "nearest", "monday",
    "at 5pm", "trois", "jours", "plus tard", "auparavant", "après", "le", "du", "mois", "à 17 h",
]  # fmt: skip


def _ungated(self: Grammar, _text: str) -> dict[str, tuple[str, ...]]:
    return self.dispatch


class TestGates:
    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        words=st.lists(st.sampled_from(PIECES), min_size=1, max_size=12),
        lang=st.sampled_from(["fr", "en"]),
    )
    def test_same_mentions_as_every_rule(self, words: list[str], lang: str) -> None:
        """Skipping a rule whose closing word is missing never changes what is found."""
        text = " ".join(words)
        found = find_times(text, anchor=ANCHOR, lang=lang)
        with mock.patch.object(Grammar, "dispatch_for", _ungated):
            assert find_times(text, anchor=ANCHOR, lang=lang) == found

    @pytest.mark.parametrize(
        ("lang", "text", "rule", "kept"),
        [
            ("en", "3 days ago", "offset2", True),
            ("en", "on 3 may", "offset2", False),
            ("en", "two fridays back", "wdcount", True),
            ("en", "the 1st of the month", "dom2", True),
            ("en", "the 1st of may", "dom2", False),
            ("en", "2 days from now", "shift", True),
            ("fr", "trois jours plus tard", "offset2", True),
            ("fr", "le 1er du mois", "dom2", True),
            ("fr", "le 1er mai", "dom2", False),
        ],
    )
    def test_closing_word_keeps_the_rule(self, lang: str, text: str, rule: str, kept: bool) -> None:
        """A rule stays in the digit dispatch exactly when one of its closing words is there."""
        assert (rule in _grammar(lang).dispatch_for(text)["0"]) is kept
