"""Any markup gives an Extraction or the library's own error, and invents no text."""

from __future__ import annotations

import html
import re
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from liveblog._draft import Extraction
from liveblog._html import extract_html
from liveblog._options import Options
from liveblog.errors import LiveblogError

_NOT_ALNUM = re.compile(r"[\W_]+")

tags = st.sampled_from(
    ["div", "p", "article", "section", "li", "ul", "span", "time", "h2", "aside", "script"]
)
attributes = st.sampled_from(
    [
        "",
        ' class="post"',
        ' class="share"',
        ' datetime="2024-06-19T10:15:00+02:00"',
        ' data-post-time="1718784000000"',
        ' itemprop="liveBlogUpdate" itemscope',
        ' itemscope itemtype="https://schema.org/LiveBlogPosting"',
        ' datetime="garbage"',
    ]
)
texts = st.one_of(
    st.sampled_from(["Posted at 15:05", "12.50 BST", "le 19 juin à 23h28", "4m ago", "14h"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
)


@st.composite
def markup(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(tags)
        choice = draw(st.integers(0, 3))
        if choice == 0:
            parts.append(f"<{tag}{draw(attributes)}>")
        elif choice == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(html.escape(draw(texts)))
    if draw(st.booleans()):
        parts.insert(0, '<script type="application/ld+json">' + draw(st.text(max_size=60)))
    return "<html><body>" + "".join(parts)


def _key(text: str) -> str:
    return _NOT_ALNUM.sub("", text.lower())


class TestAnyMarkup:
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(markup())
    def test_extraction_or_own_error(self, page: str) -> None:
        """Random tag soup never raises anything but a LiveblogError."""
        try:
            result = extract_html(page, options=Options())
        except LiveblogError:
            return
        assert isinstance(result, Extraction)

    @settings(max_examples=100, deadline=None)
    @given(markup())
    def test_no_invented_text(self, page: str) -> None:
        """Every line of every entry, letters and digits only, is in the page's own text."""
        result = extract_html(page, options=Options())
        visible = re.sub(r"(?is)<(script|style)\b.*?(</\1\s*>|$)", " ", page)
        source = _key(html.unescape(re.sub(r"<[^>]*>", " ", visible)))
        for draft in result.drafts:
            for line in draft.text.splitlines():
                assert _key(line) in source


class TestHostileInput:
    def test_long_runs_do_not_backtrack(self) -> None:
        """100k characters of digits, clocks and spaces are read in bounded time."""
        hostile = "<p>" + "1:2" * 30_000 + " " * 20_000 + "12.50 BST " * 5_000 + "</p>"
        started = time.perf_counter()
        extract_html(f"<html><body>{hostile}</body></html>", options=Options())
        assert time.perf_counter() - started < 5

    def test_many_timed_blocks(self) -> None:
        """Thousands of timed blocks are read in bounded time."""
        blocks = "".join(
            f'<div class="p"><time datetime="2024-06-19T{n // 60 % 24:02d}:{n % 60:02d}:00Z">'
            f"{n // 60 % 24:02d}:{n % 60:02d}</time><p>x</p></div>"
            for n in range(3000)
        )
        started = time.perf_counter()
        result = extract_html(f"<html><body><div>{blocks}</div></body></html>", options=Options())
        assert time.perf_counter() - started < 10
        assert 3000 == len(result.drafts)
