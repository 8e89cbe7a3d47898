"""Dates at the edges of ``datetime``: years 1 and 9999 give no mention, never an overflow."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import liveblog

FIRST = datetime(1, 1, 1, 1, 0, tzinfo=timezone.utc)
LAST = datetime(9999, 12, 31, 23, 0, tzinfo=timezone(timedelta(hours=-12)))
TEXTS = {
    "fr": "hier, demain, il y a 3 ans, dans 3 ans, l'an dernier, l'an prochain, "
    "le 31 décembre 9999, le 1er janvier 1, jeudi 31 octobre, la semaine prochaine",
    "en": "yesterday, tomorrow, 3 years ago, in 3 years, last year, next year, "
    "next week, next month, last night, on Thursday 31 October",
    "de": "gestern, morgen, vor 3 Jahren, nächstes Jahr, letztes Jahr",
}


class TestFindTimesAtTheEdges:
    @pytest.mark.parametrize("lang", sorted(TEXTS))
    @pytest.mark.parametrize("anchor", [FIRST, LAST], ids=["year1", "year9999"])
    def test_no_overflow(self, lang: str, anchor: datetime) -> None:
        """Expressions that land outside years 1..9999 are dropped, the rest resolve."""
        for mention in liveblog.find_times(TEXTS[lang], anchor=anchor, lang=lang):
            assert mention.value is None or mention.value.start.tzinfo is not None

    @pytest.mark.parametrize("reference", [FIRST, LAST], ids=["year1", "year9999"])
    def test_reference_at_the_edges(self, reference: datetime) -> None:
        """A weekday-fixed year chosen near year 1 or 9999 never overflows."""
        mentions = liveblog.find_times("jeudi 31 octobre", anchor=None, reference=reference)
        assert len(mentions) <= 1

    def test_huge_numbers(self) -> None:
        """Counts too big for any date give no mention, not an OverflowError."""
        text = "il y a 99999999999999999999 ans, dans 999999999 jours, le 99999999999 mars"
        assert () == liveblog.find_times(text, anchor=FIRST)


def live_page(head: str) -> str:
    posts = "".join(
        f"<article><time>0{i}h00</time><p>Texte {i}, hier à 14h, puis demain.</p></article>"
        for i in range(5)
    )
    return f'<html lang="fr"><head>{head}</head><body><div class="live">{posts}</div></body></html>'


class TestParseAtTheEdges:
    @pytest.mark.parametrize("stamp", ["0001-01-01T00:10:00+05:00", "9999-12-31T23:10:00-05:00"])
    def test_page_dates_out_of_range(self, stamp: str) -> None:
        """A page dated year 1 or 9999 reads, the date ignored with a note."""
        head = f'<meta property="article:published_time" content="{stamp}">'
        page = liveblog.parse(live_page(head))
        assert page.published is None
        assert 5 == len(page.entries)
        assert any("outside years" in note for note in page.notes)

    @pytest.mark.parametrize("url", ["http://[::1", "http://[", "//:99999999"])
    def test_page_url_that_does_not_parse(self, url: str) -> None:
        """A canonical URL that ``urllib`` refuses is kept as text, not raised."""
        page = liveblog.parse(live_page(f'<link rel="canonical" href="{url}">'))
        assert url == page.url

    def test_caller_url_that_does_not_parse(self) -> None:
        """The same URL passed by the caller is accepted too."""
        assert "http://[::1" == liveblog.parse("texte", url="http://[::1").url

    @pytest.mark.parametrize("published", [FIRST, LAST, "0001-01-01", "9999-12-31T12:00Z"])
    def test_caller_published_out_of_range(self, published: datetime | str) -> None:
        """A publish time the library cannot count days from is refused with the reason."""
        with pytest.raises(liveblog.errors.ArgumentError, match="outside years"):
            liveblog.parse("texte", published=published)
