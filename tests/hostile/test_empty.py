"""A page with nothing to find is an empty Page with a reason, never None or an error."""

from __future__ import annotations

import pytest

import liveblog


class TestNothingToFind:
    @pytest.mark.parametrize(
        ("source", "reason"),
        [
            ("", "empty input"),
            (b"", "empty input"),
            (" \n\t\n ", "empty input"),
            ("\x00\x00\x00", "empty input"),
            ("<html></html>", "no entries"),
            ("<html><body><script>var a = 1;</script></body></html>", "no entries"),
            ("<!doctype html><html><head><title>t</title></head><body></body></html>", "no"),
            ("12345", "no text"),
        ],
    )
    def test_empty_page_says_why(self, source: str | bytes, reason: str) -> None:
        """No entries, and ``reason`` says why."""
        page = liveblog.parse(source)
        assert () == page.entries
        assert page.reason is not None
        assert reason in page.reason

    def test_entries_mean_no_reason(self) -> None:
        """A page with entries has no ``reason``: it is only for empty results."""
        page = liveblog.parse("Le président a parlé jeudi. Il a dit que tout irait bien.")
        assert page.entries
        assert page.reason is None

    @pytest.mark.parametrize("text", ["", "   ", "\n\n", "sans date ici", "12345"])
    def test_find_times_finds_nothing(self, text: str) -> None:
        """``find_times`` returns an empty tuple, not None."""
        assert () == liveblog.find_times(text, anchor=None)
