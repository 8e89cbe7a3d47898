"""Page metadata: where each fact comes from, and the rule when sources disagree."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from liveblog._draft import Stamp
from liveblog._html import extract_html
from liveblog._options import Options

UTC = timezone.utc


def page(body: str, *, head: str = "", lang: str = "en", title: str = "A page") -> str:
    """Wrap ``body`` in a minimal document."""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{title}</title>{head}</head><body>{body}</body></html>"
    )


def jsonld(obj: object) -> str:
    """A JSON-LD script block holding ``obj``."""
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def meta_of(markup: str, url: str | None = None):
    return extract_html(markup, options=Options(), url=url).meta


ARTICLE = (
    "<article>"
    + "<p>Words of the article body, long enough to be the article.</p>" * 5
    + "</article>"
)


class TestPublished:
    def test_jsonld_is_trusted_first(self) -> None:
        """JSON-LD datePublished wins over meta tags when they differ."""
        head = jsonld({"@type": "NewsArticle", "datePublished": "2024-06-19T06:00:00Z"}) + (
            '<meta property="article:published_time" content="2024-06-19T07:00:00Z">'
        )
        meta = meta_of(page(ARTICLE, head=head))
        assert Stamp(datetime(2024, 6, 19, 6, 0), zone=UTC) == meta.published  # noqa: DTZ001
        assert "published from jsonld datePublished" in meta.notes

    def test_published_equal_to_last_update_gives_way_to_an_earlier_one(self) -> None:
        """A published time that is really the last modification yields to an earlier source."""
        head = (
            '<meta property="article:published_time" content="2024-08-05T19:49:50Z">'
            '<meta property="article:modified_time" content="2024-08-05T19:49:50Z">'
        )
        body = '<header><time datetime="2024-08-04T13:23:00Z">4 Aug</time></header>' + ARTICLE
        meta = meta_of(page(body, head=head))
        assert Stamp(datetime(2024, 8, 4, 13, 23), zone=UTC) == meta.published  # noqa: DTZ001
        assert any("equals the last modification" in note for note in meta.notes)

    def test_visible_byline_when_nothing_machine_readable(self) -> None:
        """ "Publié le 26 février 2020 à 18h00" dates a page that has nothing else."""
        body = '<p class="meta">Publié le 26 février 2020 à 18h00</p>' + ARTICLE
        meta = meta_of(page(body, lang="fr"))
        assert Stamp(datetime(2020, 2, 26, 18, 0)) == meta.published  # noqa: DTZ001

    def test_date_in_title_as_last_resort(self) -> None:
        """A day in the title ("28.09.2020") dates a page with no other date."""
        meta = meta_of(page(ARTICLE, title="Match report - 28.09.2020 - Sports"))
        assert Stamp(datetime(2020, 9, 28), has_time=False) == meta.published  # noqa: DTZ001


class TestOtherFacts:
    def test_url_title_lang(self) -> None:
        """Canonical link over og:url over the given url; <title>; <html lang>."""
        head = (
            '<link rel="canonical" href="https://news.example/a">'
            '<meta property="og:url" content="https://news.example/b">'
        )
        meta = meta_of(page(ARTICLE, head=head, lang="fr-FR", title=" Le titre "), "https://x/c")
        assert meta.url == "https://news.example/a"
        assert meta.title == "Le titre"
        assert meta.lang == "fr-FR"

    def test_locale_when_no_lang_attribute(self) -> None:
        """og:locale "en_GB" reads as "en-GB"."""
        markup = page(ARTICLE, head='<meta property="og:locale" content="en_GB">').replace(
            ' lang="en"', ""
        )
        assert meta_of(markup).lang == "en-GB"

    def test_zone_named_by_offsets(self) -> None:
        """The non-UTC offset the page's times carry is the page's zone."""
        head = jsonld({"@type": "NewsArticle", "datePublished": "2024-06-19T06:00:00+02:00"})
        meta = meta_of(page(ARTICLE, head=head))
        assert timedelta(hours=2) == meta.zone.utcoffset(None)
