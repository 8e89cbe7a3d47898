"""Hostile input: 100k+ characters through every text entry point, within a time bound."""

from __future__ import annotations

import time

import pytest

from builders import day, minute, page, post
from liveblog import Timeline, merge
from liveblog.errors import TimelineFormatError
from liveblog.export import to_html, to_jsonl, to_markdown, to_text, to_timelinejs_csv

BOUND = 5.0  # seconds, generous for a shared machine; linear code takes far less
HOSTILE = [
    "a" * 200_000,
    "é" * 150_000,
    " " * 200_000,
    "\n" * 150_000,
    "ab " * 70_000,
    "*_[]<>#|`\\" * 20_000,
    '{"format": "liveblog-timeline", "version": 1, "pages": [' + "{}," * 60_000 + "{}]}",
]


@pytest.mark.slow
class TestHostile:
    @pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
    def test_from_json(self, text: str) -> None:
        began = time.perf_counter()
        with pytest.raises(TimelineFormatError):
            Timeline.from_json(text)
        assert time.perf_counter() - began < BOUND

    @pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
    def test_merge_search_and_exports(self, text: str) -> None:
        """A post of 100k+ characters, seen twice, goes through merge and every export."""
        began = time.perf_counter()
        early = page(post(text[:50_000], minute(2024, 6, 19, 7, 0)))
        timeline = merge(
            [early, page(post(text, minute(2024, 6, 19, 7, 0)), post(text, day(2024, 6, 19)))]
        )
        timeline.search("ab a")
        for export in (to_html, to_jsonl, to_markdown, to_text, to_timelinejs_csv):
            assert export(timeline)
        assert timeline == Timeline.from_json(timeline.to_json())
        assert time.perf_counter() - began < BOUND
