"""Big input: 50 MB of text, 100,000 ``<time>`` elements, within time and memory bounds."""

from __future__ import annotations

import resource
from collections.abc import Callable
from contextlib import AbstractContextManager

import pytest

import liveblog

Bounded = Callable[[float], AbstractContextManager[None]]
MB = 1024 * 1024

# Words of no language liveblog reads, so this measures loading and splitting; the cost
# of time search per MB is measured by benchmarks/bench_hostile.py.
_WORDS = "zorb klim vatu plenx orrim tesk gavu morlin dask quib sorn plaxa velum trin"


def _posts(size: int) -> str:
    body = " ".join([_WORDS.capitalize() + "."] * 10)  # about 800 characters a post
    parts, total, number = [], 0, 0
    while total < size:
        minute = 24 * 60 - 1 - number % (24 * 60)
        post = f"{minute // 60:02d}h{minute % 60:02d}\nPost {number}. {body}\n\n"
        parts.append(post)
        total += len(post)
        number += 1
    return "".join(parts)


def _stream(count: int) -> str:
    blocks = "".join(
        f'<article><time datetime="2024-11-29T{i // 60 % 24:02d}:{i % 60:02d}:00Z">'
        f"x</time><p>Post {i}</p></article>"
        for i in range(count)
    )
    return f'<html><body><div id="live">{blocks}</div></body></html>'


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class TestBigText:
    @pytest.mark.slow
    def test_50_mb(self, bounded: Bounded) -> None:
        """50 MB of timestamped posts: every post read, bounded time, memory under 10x."""
        source = _posts(50 * MB)
        count = source.count("\n\n")
        before = _peak_mb()
        with bounded(240):
            page = liveblog.parse(source, options=liveblog.Options(max_entries=count))
        assert count == len(page.entries)
        assert _peak_mb() - before < 10 * 50

    def test_over_the_default_cap(self, bounded: Bounded) -> None:
        """Text past the default 64 Mi-character cap is refused at once, not read slowly."""
        with bounded(5), pytest.raises(liveblog.errors.LimitError, match="max_text_chars"):
            liveblog.parse("a" * (64 * MB + 1))

    def test_5_mb_single_paragraph(self, bounded: Bounded) -> None:
        """5 MB of prose with no line break: one article, within the bound."""
        with bounded(60):
            page = liveblog.parse((_WORDS + ". ") * (5 * MB // (len(_WORDS) + 2)))
        assert 1 == len(page.entries)


class TestManyElements:
    @pytest.mark.slow
    def test_100k_time_elements(self, bounded: Bounded) -> None:
        """100,000 timed blocks in a stream: refused by the default max_entries, in bounds."""
        with bounded(90), pytest.raises(liveblog.errors.LimitError, match="max_entries"):
            liveblog.parse(_stream(100_000))

    def test_30k_time_elements_read(self, bounded: Bounded) -> None:
        """With the cap raised, 30,000 entries are all read, each with its time."""
        with bounded(60):
            result = liveblog.parse(_stream(30_000), options=liveblog.Options(max_entries=30_000))
        assert 30_000 == len(result.entries)
        assert all(entry.posted is not None for entry in result.entries)

    def test_100k_bare_time_elements(self, bounded: Bounded) -> None:
        """100,000 ``<time>`` elements side by side in one paragraph, within the bound."""
        times = '<time datetime="2024-11-29T10:00:00+01:00">10h</time> ' * 100_000
        with bounded(60):
            page = liveblog.parse(f"<html><body><p>{times}</p></body></html>")
        assert isinstance(page, liveblog.Page)
