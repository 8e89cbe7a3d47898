"""The caps of ``Options``: reached with a LimitError naming the cap, never a silent cut."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime

import pytest

import liveblog
from liveblog.errors import ArgumentError, LimitError, NaiveDatetimeError

Bounded = Callable[[float], AbstractContextManager[None]]

POSTS = "".join(f"{8 + i // 60:02d}h{i % 60:02d}\nLe texte numéro {i}.\n\n" for i in range(30))
ARTICLES = (
    '<html><body><div class="live">'
    + "".join(
        f'<article><time datetime="2024-11-29T10:{i:02d}:00+01:00">10h{i:02d}</time>'
        f"<p>Texte {i}</p></article>"
        for i in range(30)
    )
    + "</div></body></html>"
)


class TestSizeCaps:
    def test_bytes_over_cap(self, bounded: Bounded) -> None:
        """Bytes over ``max_bytes`` are refused before any decoding."""
        with bounded(1), pytest.raises(LimitError, match="max_bytes"):
            liveblog.parse(b"a" * 1001, options=liveblog.Options(max_bytes=1000))

    def test_bytes_at_cap(self) -> None:
        """Exactly ``max_bytes`` is allowed."""
        page = liveblog.parse(b"a " * 500, options=liveblog.Options(max_bytes=1000))
        assert isinstance(page, liveblog.Page)

    def test_text_over_cap(self, bounded: Bounded) -> None:
        """A str over ``max_text_chars`` is refused before any work."""
        with bounded(1), pytest.raises(LimitError, match="max_text_chars"):
            liveblog.parse("a" * 1001, options=liveblog.Options(max_text_chars=1000))

    def test_decoded_bytes_over_text_cap(self) -> None:
        """Bytes that decode to more characters than ``max_text_chars`` are refused too."""
        options = liveblog.Options(max_bytes=10_000, max_text_chars=1000)
        with pytest.raises(LimitError, match="max_text_chars"):
            liveblog.parse(b"a " * 1000, options=options)

    def test_default_cap_refuses_huge_bytes_fast(self, bounded: Bounded) -> None:
        """Over 64 MiB is refused by default, at once."""
        with bounded(2), pytest.raises(LimitError, match="max_bytes"):
            liveblog.parse(bytes(65 * 1024 * 1024))


class TestEntryCap:
    @pytest.mark.parametrize("source", [POSTS, ARTICLES], ids=["text", "html"])
    def test_over_max_entries(self, source: str) -> None:
        """More entries than ``max_entries`` raise, naming the cap and the count."""
        with pytest.raises(LimitError, match=r"30 entries.*max_entries=10"):
            liveblog.parse(source, options=liveblog.Options(max_entries=10))

    @pytest.mark.parametrize("source", [POSTS, ARTICLES], ids=["text", "html"])
    def test_under_max_entries(self, source: str) -> None:
        """At the cap every entry is returned: nothing is cut."""
        page = liveblog.parse(source, options=liveblog.Options(max_entries=30))
        assert len(page.entries) >= 30


class TestOptionsValidation:
    @pytest.mark.parametrize("name", ["max_bytes", "max_entries", "max_text_chars"])
    @pytest.mark.parametrize("value", [0, -1])
    def test_caps_must_be_positive(self, name: str, value: int) -> None:
        """A cap of zero or less is a mistake in the call, said at construction."""
        with pytest.raises(ArgumentError, match=name):
            liveblog.Options(**{name: value})

    @pytest.mark.parametrize("value", ["1000", 1.5, True, None])
    def test_caps_must_be_ints(self, value: object) -> None:
        """A cap of another type is refused with the library's error, not a TypeError."""
        with pytest.raises(ArgumentError, match="must be an int"):
            liveblog.Options(max_bytes=value)  # type: ignore[arg-type]

    def test_reference_must_be_aware(self) -> None:
        """A naive reference instant is refused like a naive anchor."""
        with pytest.raises(NaiveDatetimeError, match="reference"):
            liveblog.Options(reference=datetime(2026, 1, 1))  # noqa: DTZ001

    def test_reference_must_be_a_datetime(self) -> None:
        """A reference given as text is refused, naming the attribute."""
        with pytest.raises(ArgumentError, match="reference"):
            liveblog.Options(reference="2026-01-01")  # type: ignore[arg-type]
