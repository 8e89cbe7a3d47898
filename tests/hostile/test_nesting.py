"""Deep nesting: HTML 200,000 levels deep and JSON-LD 10,000 levels, no RecursionError."""

from __future__ import annotations

import json
from collections.abc import Callable
from contextlib import AbstractContextManager

import pytest

import liveblog

Bounded = Callable[[float], AbstractContextManager[None]]


def nested_page(depth: int, tag: str = "div") -> str:
    return (
        "<html><body>"
        + f"<{tag}>" * depth
        + "<p>Au fond, jeudi à 14h30.</p>"
        + f"</{tag}>" * depth
        + "<p>Après le nid, vendredi à 9h.</p></body></html>"
    )


def jsonld_page(block: str) -> str:
    return (
        '<html><head><script type="application/ld+json">'
        + block
        + "</script></head><body><p>Le président a parlé jeudi à Paris.</p></body></html>"
    )


class TestDeepHtml:
    @pytest.mark.parametrize("tag", ["div", "span", "b", "table"])
    def test_200k_levels(self, bounded: Bounded, tag: str) -> None:
        """200,000 nested tags parse within the bound and say the result is partial."""
        with bounded(10):
            page = liveblog.parse(nested_page(200_000, tag))
        assert any(note.startswith("partial:") for note in page.notes)

    def test_unclosed_200k_levels(self, bounded: Bounded) -> None:
        """200,000 opening tags never closed parse within the bound."""
        with bounded(10):
            page = liveblog.parse("<html><body>" + "<div>" * 200_000)
        assert isinstance(page, liveblog.Page)

    def test_300_levels_keep_what_follows(self) -> None:
        """Nesting past libxml2's default 256 levels loses no text (regression)."""
        page = liveblog.parse(nested_page(300))
        text = " ".join(entry.text for entry in page.entries)
        assert "Au fond" in text
        assert "Après le nid" in text
        assert not any(note.startswith("partial:") for note in page.notes)

    def test_200k_levels_as_bytes(self, bounded: Bounded) -> None:
        """The same through the bytes path (decoding, then parsing)."""
        with bounded(10):
            page = liveblog.parse(nested_page(200_000).encode())
        assert isinstance(page, liveblog.Page)


class TestDeepJsonLd:
    @pytest.mark.parametrize(
        "block",
        [
            '{"@graph":' * 10_000 + '{"@type":"LiveBlogPosting"}' + "}" * 10_000,
            "[" * 10_000 + "]" * 10_000,
            "{a:" * 10_000 + "1" + "}" * 10_000 + ",",  # needs repair first
            '{"@type":"LiveBlogPosting","liveBlogUpdate":' + "[" * 10_000 + "]" * 10_000 + "}",
        ],
        ids=["objects", "arrays", "broken", "updates"],
    )
    def test_10k_levels(self, bounded: Bounded, block: str) -> None:
        """JSON-LD nested 10,000 deep is skipped with a note; the page still reads."""
        with bounded(5):
            page = liveblog.parse(jsonld_page(block))
        assert any("nested too deep" in note for note in page.notes)
        assert page.entries

    def test_deep_but_readable(self) -> None:
        """JSON-LD nested 500 deep (within the decoder's reach) is read, not refused."""
        block = '{"x":' * 500 + "1" + "}" * 500
        page = liveblog.parse(jsonld_page(block))
        assert not any("nested too deep" in note for note in page.notes)

    def test_10mb_block(self, bounded: Bounded) -> None:
        """A 10 MB JSON-LD block is read whole (libxml2 would cut its text at 10 MB)."""
        update = {
            "@type": "BlogPosting",
            "headline": "Titre",
            "articleBody": "Lorem ipsum dolor sit amet. " * 70,  # no language: no time search
            "datePublished": "2024-11-29T10:00:00+01:00",
        }
        count = 10 * 1024 * 1024 // len(json.dumps(update)) + 1
        block = json.dumps({"@type": "LiveBlogPosting", "liveBlogUpdate": [update] * count})
        assert len(block) > 10 * 1024 * 1024
        with bounded(40):
            page = liveblog.parse(jsonld_page(block), options=liveblog.Options(max_entries=count))
        assert count == len(page.entries)
        assert not any("not valid JSON" in note for note in page.notes)
