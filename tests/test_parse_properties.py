"""Properties of ``parse`` on any input: a Page or the library's own error, no invented text."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import liveblog
from liveblog._load import normalise
from liveblog.errors import LiveblogError

SEEDS = sorted((Path(__file__).parent / "data" / "seeds").glob("*.txt"))
FRAGMENTS = [line for path in SEEDS for line in path.read_text(encoding="utf-8").splitlines()]
_WS = re.compile(r"\s+")

# Text that looks like the dumps: real seed lines, timestamp lines, markers, junk.
dump_lines = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.sampled_from(
        [
            "07h42 CEST",
            "Mis à jour à 07h31 CEST",
            "[ad_1]",
            "Les infos à retenir :⇒ A⇒ B",
            "Publish date : 2024-11-29 10:11:29",
            "Leave a Comment",
            "",
            "1718775858",
        ]
    ),
    st.text(max_size=80),
)
dumps = st.lists(dump_lines, max_size=30).map("\n".join)


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip()


class TestParseProperties:
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.one_of(dumps, st.text(), st.binary()))
    def test_page_or_own_error(self, source: str | bytes) -> None:
        """Any str or bytes gives a Page or a LiveblogError, never another exception."""
        try:
            page = liveblog.parse(source)
        except LiveblogError:
            return
        assert isinstance(page, liveblog.Page)
        if not page.entries:
            assert page.reason

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(dumps)
    def test_no_invented_text(self, source: str) -> None:
        """Every paragraph of every entry, and every headline, was in the input."""
        try:
            page = liveblog.parse(source)
        except LiveblogError:
            return
        haystack = _norm(normalise(source))
        for entry in page.entries:
            for paragraph in entry.text.split("\n\n"):
                assert _norm(paragraph) in haystack
            if entry.headline:
                assert _norm(entry.headline) in haystack

    @settings(max_examples=60, deadline=None)
    @given(dumps)
    def test_datetimes_are_aware(self, source: str) -> None:
        """Every datetime the library returns carries a zone."""
        try:
            page = liveblog.parse(source, published="2024-11-29T10:00:00")
        except LiveblogError:
            return
        assert page.published is not None
        assert page.published.tzinfo is not None
        for entry in page.entries:
            for moment in (entry.posted, entry.updated):
                assert moment is None or moment.tzinfo is not None
            if entry.time is not None:
                assert entry.time.start.tzinfo is not None
