"""Properties on generated input: only the library's errors escape, whatever comes in.

Run many more examples with ``HYPOTHESIS_PROFILE=fuzz`` (see tests/conftest.py).
"""

from __future__ import annotations

import contextlib
from datetime import datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

import liveblog
from liveblog.errors import LiveblogError

TAGS = ["div", "p", "article", "section", "time", "span", "script", "h2", "li", "ul", "meta"]
ATTRIBUTES = [
    'datetime="2024-11-29T10:00:00+01:00"',
    'datetime="junk"',
    'data-timestamp="1718775858"',
    'data-timestamp="-99999999999999"',
    'itemprop="datePublished" content="9999-12-31T23:59:59-23:00"',
    'type="application/ld+json"',
    'itemscope itemtype="https://schema.org/LiveBlogPosting"',
    'itemprop="liveBlogUpdate" itemscope',
    'class="live-post"',
    'lang="fr"',
]
TEXTS = [
    "07h42 CEST",
    "Mis à jour à 07h31",
    "hier à 14h30",
    "jeudi 31 octobre",
    "il y a 99999999999 ans",
    "yesterday at 3pm BST",
    '{"@type": "LiveBlogPosting", "liveBlogUpdate": [{"articleBody": "x"}]}',
    "{a:1,}",
    "<!--",
    "]]>",
    "\x00",
    "\ud800",
    "&#0;&#xD800;&#99999999;",
]


@st.composite
def markup(draw: st.DrawFn, depth: int = 0) -> str:
    """HTML-ish text: nested tags with live-blog attributes and time-ish text."""
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        choice = draw(st.integers(0, 3))
        if choice == 0 and depth < 6:
            tag = draw(st.sampled_from(TAGS))
            attribute = draw(st.sampled_from(["", *ATTRIBUTES]))
            inner = draw(markup(depth + 1))
            close = draw(st.booleans())
            parts.append(f"<{tag} {attribute}>{inner}" + (f"</{tag}>" if close else ""))
        elif choice == 1:
            parts.append(draw(st.sampled_from(TEXTS)))
        else:
            parts.append(draw(st.text(max_size=40)))
    return "".join(parts)


pages = st.builds("<html><body>{}</body></html>".format, markup())
anchors = st.none() | st.datetimes(
    min_value=datetime(1, 1, 2),  # noqa: DTZ001 (hypothesis attaches the zone)
    max_value=datetime(9999, 12, 30),  # noqa: DTZ001
    timezones=st.sampled_from(
        [timezone.utc, timezone(timedelta(hours=14)), timezone(timedelta(hours=-12))]
    ),
)


class TestParse:
    @given(pages | markup() | st.binary(max_size=3000))
    def test_page_or_own_error(self, source: str | bytes) -> None:
        """HTML-ish or random input gives a Page (with a reason when empty) or our error."""
        try:
            page = liveblog.parse(source)
        except LiveblogError:
            return
        assert page.entries or page.reason
        for entry in page.entries:
            for moment in (entry.posted, entry.updated):
                assert moment is None or moment.tzinfo is not None

    @given(
        st.text(max_size=200),
        st.one_of(st.none(), st.text(max_size=30), st.sampled_from(["Europe/Paris", "UTC"])),
        st.one_of(st.none(), st.text(max_size=30), anchors),
        st.sampled_from([None, "fr", "en", "de", "FR-fr", "zz", "", "x" * 50, "../fr", "\x00"]),
        st.one_of(st.none(), st.text(max_size=50)),
    )
    def test_any_arguments(
        self,
        source: str,
        tz: str | None,
        published: datetime | str | None,
        lang: str | None,
        url: str | None,
    ) -> None:
        """Any combination of keyword arguments gives a Page or our error."""
        with contextlib.suppress(LiveblogError):
            liveblog.parse(source, tz=tz, published=published, lang=lang, url=url)


class TestFindTimes:
    @given(st.text(max_size=300), anchors, st.sampled_from(["fr", "en", "de", "es", "it"]))
    def test_mentions_match_their_span(self, text: str, anchor: datetime | None, lang: str) -> None:
        """Every mention's text is its span of the input; values are aware; none overlap."""
        mentions = liveblog.find_times(text, anchor=anchor, lang=lang)
        end = 0
        for mention in mentions:
            assert text[mention.start : mention.end] == mention.text
            assert mention.start >= end
            end = mention.end
            if mention.value is not None:
                assert mention.value.start.tzinfo is not None
                assert mention.value.start <= mention.value.end

    @given(st.from_type(object), st.from_type(object))
    def test_wrong_types(self, text: object, anchor: object) -> None:
        """Arguments of any type give a tuple or our error."""
        with contextlib.suppress(LiveblogError):
            liveblog.find_times(text, anchor=anchor)  # type: ignore[arg-type]
