"""extract_html on small pages: which source gives the entries, and what is not an entry."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone

import pytest

from liveblog._draft import Extraction, Stamp
from liveblog._html import extract_html
from liveblog._html.profiles import SiteProfile
from liveblog._options import Options
from liveblog.errors import LimitError

UTC = timezone.utc
CEST = timezone(timedelta(hours=2))
OPTIONS = Options()


def page(body: str, *, head: str = "", lang: str = "en", title: str = "A page") -> str:
    """Wrap ``body`` in a minimal document."""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{title}</title>{head}</head><body>{body}</body></html>"
    )


def jsonld(obj: object) -> str:
    """A JSON-LD script block holding ``obj``."""
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def blog(updates: Iterable[dict[str, object]], **extra: object) -> dict[str, object]:
    """A schema.org LiveBlogPosting with the given updates."""
    return {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Storm live",
        "datePublished": "2024-06-19T06:00:00+02:00",
        "liveBlogUpdate": [{"@type": "BlogPosting", **update} for update in updates],
        **extra,
    }


def post(ident: str, time_html: str, headline: str, text: str, cls: str = "post") -> str:
    """One rendered post block."""
    return (
        f'<article class="{cls}" id="{ident}"><header>{time_html}'
        f'<div class="share-bar"><a href="#">Share</a></div></header>'
        f"<h2>{headline}</h2><p>{text}</p></article>"
    )


WORDS = (
    "The river rose overnight and the bridge was closed to traffic",
    "Rescue teams reached the village after the road reopened this morning",
    "The mayor said schools would stay shut until the water level falls",
    "Power was restored to most homes in the northern districts by noon",
    "Forecasters expect the rain to ease during the afternoon and evening",
    "Volunteers handed out sandbags at the town hall to worried residents",
)


def extract(markup: str) -> Extraction:
    return extract_html(markup, options=OPTIONS, url="https://news.example/live/storm")


def stream_page(count: int = 4, *, head: str = "", cls: str = "post") -> str:
    posts = "".join(
        post(
            f"post-{n}",
            f'<time datetime="2024-06-19T{10 + n:02d}:15:00+02:00">{10 + n}h15</time>',
            f"Headline {n}",
            WORDS[n],
            cls,
        )
        for n in range(count)
    )
    return page(f'<main><div class="live-feed">{posts}</div></main>', head=head)


class TestOrdinaryArticle:
    def test_article_is_one_entry(self) -> None:
        """A page with no live structure gives one "article" entry and is not live."""
        body = (
            "<article><h1>Budget vote</h1>" + "".join(f"<p>{w}.</p>" for w in WORDS) + "</article>"
        )
        result = extract(page(body))
        assert result.is_live is False
        assert [draft.role for draft in result.drafts] == ["article"]
        assert WORDS[0] in result.drafts[0].text

    def test_live_words_in_css_and_app_state_do_not_make_it_live(self) -> None:
        """ "liveblog" in styles and "live" in embedded JSON are not live markers."""
        head = "<style>.liveblog .block-time{color:red}</style>"
        state = '<script>window.__STATE__={"subtype":"live","items":["live-timestamp"]}</script>'
        body = "<article>" + "".join(f"<p>{w}.</p>" for w in WORDS) + f"</article>{state}"
        result = extract(page(body, head=head))
        assert result.is_live is False
        assert len(result.drafts) == 1

    def test_live_widget_of_another_page_is_not_a_stream(self) -> None:
        """A sidebar of timed items from another live page does not split the article."""
        items = "".join(
            f'<div class="liveblog-item"><span class="liveblog-date">{h}:00</span>'
            f"<a href='/other'>{WORDS[h - 10]}</a></div>"
            for h in range(10, 16)
        )
        body = (
            "<article>" + "".join(f"<p>{w}.</p>" for w in WORDS) + "</article>"
            f'<aside class="sidebar"><div class="liveblog-timeline">{items}</div></aside>'
        )
        result = extract(page(body))
        assert result.is_live is False
        assert [draft.role for draft in result.drafts] == ["article"]

    def test_timed_teaser_list_is_not_a_stream(self) -> None:
        """A "latest news" list of timed links to other pages does not make it live."""
        teasers = "".join(
            f'<li class="item"><time datetime="2024-06-19T1{n}:0{n}:00Z">1{n}:0{n}</time>'
            f'<a href="/news/{n}">{WORDS[n]}</a></li>'
            for n in range(6)
        )
        body = (
            "<article>" + "".join(f"<p>{w}.</p>" for w in WORDS) + "</article>"
            f'<div class="more-news"><ul>{teasers}</ul></div>'
        )
        result = extract(page(body))
        assert result.is_live is False
        assert any("links to elsewhere" in note for note in result.notes)

    def test_listicle_sections_without_times_are_not_entries(self) -> None:
        """Repeated headed sections with no time stay one article."""
        sections = "".join(
            f"<section class='item'><h2>{n}.</h2><p>{w}</p></section>" for n, w in enumerate(WORDS)
        )
        result = extract(page(f"<article>{sections}</article>"))
        assert result.is_live is False
        assert len(result.drafts) == 1


class TestRenderedStream:
    def test_blocks_with_time_datetime(self) -> None:
        """Repeated sibling blocks carrying <time datetime> are the entries, in page order."""
        result = extract(stream_page())
        assert result.is_live is False  # four timed blocks and no schema.org: too weak alone
        result = extract(stream_page(6))
        assert result.is_live is True
        assert [f"Headline {n}" for n in range(6)] == [d.headline for d in result.drafts]
        assert {"stream"} == {draft.strategy for draft in result.drafts}
        first = result.drafts[0]
        assert Stamp(datetime(2024, 6, 19, 10, 15), zone=CEST) == first.posted  # noqa: DTZ001
        assert WORDS[0] == first.text
        assert "Share" not in first.text

    def test_epoch_milliseconds_in_data_attributes(self) -> None:
        """data-post-time in epoch milliseconds dates each block."""
        posts = "".join(
            f'<div class="entry" data-post-time="{1718784000000 + n * 60_000}">'
            f"<time>21:0{n}</time><p>{WORDS[n]}</p></div>"
            for n in range(6)
        )
        result = extract(page(f'<div class="entries">{posts}</div>'))
        assert len(result.drafts) == 6
        assert Stamp(datetime(2024, 6, 19, 8, 1), zone=UTC) == result.drafts[1].posted  # noqa: DTZ001

    @pytest.mark.parametrize(
        "label",
        ["Posted at 15:0{n}", "15.0{n} BST", "le 19 juin à 15h0{n}", "15.0{n} Uhr:", "3.0{n}pm:"],
    )
    def test_visible_labels(self, label: str) -> None:
        """Blocks dated only by a visible label are found too."""
        posts = "".join(
            f'<div class="c"><span class="when">{label.format(n=n)}</span><p>{WORDS[n]}</p></div>'
            for n in range(6)
        )
        result = extract(page(f"<div>{posts}</div>"))
        assert result.is_live is True
        assert len(result.drafts) == 6
        assert result.drafts[1].posted.wall.minute == 1
        assert not any("15" in draft.text for draft in result.drafts)

    def test_untimed_blocks_of_the_stream_are_kept(self) -> None:
        """Blocks like their timed siblings but without a time are entries too."""
        blocks = "".join(
            f'<div class="c"><time>1{n}:00</time><p>{WORDS[n]}</p></div>'
            if n % 2
            else f'<div class="c"><p>{WORDS[n]}</p></div>'
            for n in range(6)
        )
        body = f'<div itemscope itemtype="https://schema.org/LiveBlogPosting">{blocks}</div>'
        result = extract(page(body))
        assert result.is_live is True
        assert len(result.drafts) == 6
        assert [d.posted.wall.hour if d.posted else None for d in result.drafts] == [
            None,
            11,
            None,
            13,
            None,
            15,
        ]

    def test_key_events_index_becomes_key_points(self) -> None:
        """A key-events list is not a stream of entries; its items become key points."""
        index = "".join(
            f'<li><time datetime="2024-06-19T1{n}:15:00+02:00">1{n}h15</time> {WORDS[n][:20]}</li>'
            for n in range(3)
        )
        markup = stream_page(6).replace(
            "<main>", f'<main><div class="key-events"><ul>{index}</ul></div>'
        )
        result = extract(markup)
        assert len(result.drafts) == 6
        assert len(result.key_points) == 3
        assert WORDS[0][:20] in result.key_points[0]


def structured_page(updates: list[dict[str, object]], rendered: str = "", **extra: object) -> str:
    return page(f"<main>{rendered}</main>", head=jsonld(blog(updates, **extra)))


class TestStructuredData:
    def test_jsonld_updates_are_entries(self) -> None:
        """liveBlogUpdate items give the entries, their times and ids."""
        updates = [
            {
                "headline": f"Headline {n}",
                "articleBody": WORDS[n],
                "datePublished": f"2024-06-19T1{n}:15:00+02:00",
                "url": f"https://news.example/live/storm#post-{n}",
            }
            for n in range(3)
        ]
        result = extract(structured_page(updates))
        assert result.is_live is True
        assert [draft.strategy for draft in result.drafts] == ["jsonld"] * 3
        assert WORDS[:3] == tuple(draft.text for draft in result.drafts)
        assert Stamp(datetime(2024, 6, 19, 11, 15), zone=CEST) == result.drafts[1].posted  # noqa: DTZ001

    def test_description_is_the_lead(self) -> None:
        """The LiveBlogPosting description is a "lead" entry, rendered when the body shows it."""
        updates = [
            {"articleBody": WORDS[n], "datePublished": f"2024-06-19T1{n}:15:00Z"} for n in range(2)
        ]
        intro = "Storm Ciaran hits the coast: all the news of the day"
        shown = extract(
            structured_page(updates, f"<p class='standfirst'>{intro}</p>", description=intro)
        )
        hidden = extract(structured_page(updates, "", description=intro))
        assert ["lead", "post", "post"] == [draft.role for draft in shown.drafts]
        assert (intro, True) == (shown.drafts[0].text, shown.drafts[0].rendered)
        assert hidden.drafts[0].rendered is False

    def test_more_updates_than_rendered(self) -> None:
        """Every update with text is kept; those not rendered say so."""
        updates = [
            {
                "headline": f"Headline {n}",
                "articleBody": f"<p>{WORDS[n]}</p>",
                "datePublished": f"2024-06-19T1{n}:15:00+02:00",
                "url": f"https://news.example/live/storm#post-{n}",
            }
            for n in range(6)
        ]
        updates.append({"datePublished": "2024-06-19T09:00:00+02:00", "articleBody": "<div></div>"})
        rendered = stream_page(3).split("<main>")[1].split("</main>")[0]
        result = extract(structured_page(updates, rendered))
        assert [d.rendered for d in result.drafts] == [True, True, True, False, False, False]
        assert any("without text" in note for note in result.notes)

    def test_rendered_blocks_missing_from_structured_data_are_kept(self) -> None:
        """Blocks the structured data does not list are entries too, in page order."""
        updates = [
            {"headline": f"Headline {n}", "articleBody": WORDS[n], "@id": f"post-{n}"}
            for n in (0, 2)
        ]
        rendered = stream_page(4).split("<main>")[1].split("</main>")[0]
        result = extract(structured_page(updates, rendered))
        assert [f"Headline {n}" for n in range(4)] == [d.headline for d in result.drafts]
        assert ["jsonld", "stream", "jsonld", "stream"] == [d.strategy for d in result.drafts]

    def test_same_instant_everywhere_falls_back_to_rendered_times(self) -> None:
        """Updates all stamped with one instant take the time of their rendered block."""
        updates = [
            {
                "headline": "Live",
                "articleBody": WORDS[n],
                "datePublished": "2024-06-19T13:50:00Z",
                "@id": f"post-{n}",
            }
            for n in range(4)
        ]
        result = extract(
            structured_page(updates, stream_page(4).split("<main>")[1].split("</main>")[0])
        )
        assert [draft.posted.wall.hour for draft in result.drafts] == [10, 11, 12, 13]
        assert [f"Headline {n}" for n in range(4)] == [d.headline for d in result.drafts]
        assert any("same instant" in note for note in result.notes)

    def test_local_time_suffixed_z_in_rendered_html_is_noted(self) -> None:
        """Structured times win over rendered ones an hour off, and the page says so."""
        updates = [
            {"articleBody": WORDS[n], "datePublished": f"2024-06-19T1{n}:15:00Z"} for n in range(4)
        ]
        rendered = "".join(
            f'<section class="p"><time datetime="2024-06-19T1{n + 1}:15Z">1{n + 1}:15</time>'
            f"<p>{WORDS[n]}</p></section>"
            for n in range(4)
        )
        result = extract(structured_page(updates, f"<div>{rendered}</div>"))
        assert [draft.posted.wall.hour for draft in result.drafts] == [10, 11, 12, 13]
        assert any("disagree" in note and "+60 min" in note for note in result.notes)
        assert any("wrongly suffixed Z" in note for note in result.notes)

    def test_invalid_json_is_repaired_or_noted(self) -> None:
        """A block with an unquoted key is read after repair; garbage is skipped with a note."""
        broken = (
            '<script type="application/ld+json">{"@type": "NewsArticle", headline: "x",\n'
            '  // "url": "commented out",\n}</script>'
        )
        garbage = '<script type="application/ld+json">{{{ not json</script>'
        body = "<article>" + "".join(f"<p>{w}.</p>" for w in WORDS) + "</article>"
        result = extract(page(body, head=broken + garbage))
        assert any("after repair" in note for note in result.notes)
        assert any("skipped" in note for note in result.notes)

    def test_microdata_updates(self) -> None:
        """itemprop=liveBlogUpdate items inside a microdata LiveBlogPosting are entries."""
        items = "".join(
            f'<li class="u"><div itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting">'
            f'<meta itemprop="datePublished" content="2024-06-19T1{n}:00:00+05:30">'
            f'<meta itemprop="headline" content="Over {n}">'
            f'<div itemprop="articleBody"><p>{WORDS[n]}</p></div></div></li>'
            for n in range(4)
        )
        body = (
            '<div itemscope itemtype="https://schema.org/LiveBlogPosting">'
            '<meta itemprop="datePublished" content="2024-06-19T09:00:00+05:30">'
            f"<ul>{items}</ul></div>"
        )
        result = extract(page(body))
        assert [draft.strategy for draft in result.drafts] == ["microdata"] * 4
        assert [f"Over {n}" for n in range(4)] == [draft.headline for draft in result.drafts]
        assert all(draft.rendered for draft in result.drafts)
        assert timedelta(hours=5, minutes=30) == result.meta.zone.utcoffset(None)


class TestRobustness:
    def test_empty_markup(self) -> None:
        """Nothing to read is not an error: no entries, and a reason."""
        result = extract("   ")
        assert result.drafts == ()
        assert result.reason

    def test_deep_nesting_does_not_crash(self) -> None:
        """Thousands of nested elements are read without recursion."""
        markup = page("<div>" * 5000 + "<p>deep text</p>" + "</div>" * 5000)
        result = extract(markup)
        assert isinstance(result, Extraction)

    def test_invalid_markup(self) -> None:
        """Broken tags and stray bytes do not crash."""
        result = extract("<html><body><div><p>unclosed <b>bold <i></div></span>\x00 text</p>")
        assert isinstance(result, Extraction)

    def test_text_cap(self) -> None:
        """Markup beyond Options.max_text_chars is refused, naming the cap."""
        with pytest.raises(LimitError, match="max_text_chars"):
            extract_html("<p>x</p>" * 10, options=Options(max_text_chars=20))

    def test_entry_cap(self) -> None:
        """More entries than Options.max_entries is refused, naming the cap."""
        with pytest.raises(LimitError, match="max_entries"):
            extract_html(stream_page(6), options=Options(max_entries=3))


class TestFlatStreamAndTextPath:
    def test_flat_stream_groups_followers_under_each_label(self) -> None:
        """A bare time paragraph owns the paragraphs that follow it, up to the next one."""
        times = [(14, 5), (13, 40), (13, 2), (12, 15), (11, 30)]
        body = "".join(
            f"<p>{h:02d}h{m:02d}</p><p>{WORDS[n]}.</p><p>More on this.</p>"
            for n, (h, m) in enumerate(times)
        )
        result = extract(page(f"<div class='content'><p>Intro.</p>{body}</div>", lang="fr"))
        assert result.is_live is True
        assert [f"{WORDS[n]}.\nMore on this." for n in range(5)] == [d.text for d in result.drafts]
        assert [(h, m) for h, m in times] == [
            (d.posted.wall.hour, d.posted.wall.minute) for d in result.drafts
        ]

    def test_inline_labels_in_plain_paragraphs_keep_their_continuations(self) -> None:
        """Untimed plain paragraphs continue the timed paragraph above them."""
        times = [(14, 5), (13, 40), (13, 2), (12, 15), (11, 30)]
        body = "".join(
            f"<p><strong>{h:02d}h{m:02d}</strong> {WORDS[n]}.</p><p>More on this.</p>"
            for n, (h, m) in enumerate(times)
        )
        result = extract(page(f"<div>{body}</div>", lang="fr"))
        assert [f"{WORDS[n]}.\nMore on this." for n in range(5)] == [d.text for d in result.drafts]

    def test_declared_live_without_stream_uses_the_text_path(self) -> None:
        """A LiveBlogPosting page with no updates and no timed blocks goes to the text path."""
        head = jsonld({"@type": "LiveBlogPosting", "headline": "Storm live"})
        body = "<div>" + "".join(f"<p>{w}.</p>" for w in WORDS) + "</div>"
        result = extract(page(body, head=head))
        assert result.is_live is True
        assert result.drafts
        assert all(not draft.strategy.startswith(("jsonld", "stream")) for draft in result.drafts)
        assert any("plain-text path" in note for note in result.notes)


class TestZone:
    def test_visible_zone_labels_name_the_page_zone(self) -> None:
        """Machine times in UTC, labels in BST: the page's zone is the labels' one."""
        posts = "".join(
            f'<article class="block"><time datetime="2024-06-19T1{n}:50:00Z">4m ago</time>'
            f"<span>1{n + 1}.50 BST</span><p>{WORDS[n]}</p></article>"
            for n in range(5)
        )
        result = extract(page(f"<div>{posts}</div>", head=jsonld(blog([]))))
        assert timedelta(hours=1) == result.meta.zone.utcoffset(None)
        assert Stamp(datetime(2024, 6, 19, 10, 50), zone=UTC) == result.drafts[0].posted  # noqa: DTZ001


class TestNotEntries:
    def test_pinned_copy_is_not_counted(self) -> None:
        """A pinned copy of a post, outside the stream's container, is no extra entry."""
        pinned = (
            '<div class="pinned-post">'
            + post(
                "",
                '<time datetime="2024-06-19T12:15:00+02:00">12h15</time>',
                "Headline 2",
                WORDS[2],
            ).replace(' id=""', "")
            + "</div>"
        )
        markup = stream_page(6).replace("<main>", f"<main>{pinned}")
        result = extract(markup)
        assert [f"Headline {n}" for n in range(6)] == [d.headline for d in result.drafts]

    def test_reader_comments_do_not_make_an_article_live(self) -> None:
        """Timestamped reader comments under an article are neither a stream nor entries."""
        comments = "".join(
            f'<li class="comment"><time datetime="2024-06-19T1{n}:0{n}:00Z">1{n}:0{n}</time>'
            f"<p>{WORDS[n]}</p></li>"
            for n in range(6)
        )
        body = (
            "<article>" + "".join(f"<p>{w}.</p>" for w in WORDS) + "</article>"
            f'<section id="comments"><ul>{comments}</ul></section>'
        )
        result = extract(page(body))
        assert result.is_live is False
        assert ["article"] == [draft.role for draft in result.drafts]


class TestProfiles:
    def test_site_profile_drops_its_selectors(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A site profile is data: its XPath selectors are dropped before reading."""
        import liveblog._html as html_module  # noqa: PLC0415

        profile = SiteProfile(host="news.example", drop=("//div[@class='promo-box']",))
        monkeypatch.setattr(html_module, "PROFILES", (profile,))
        body = (
            "<article>" + "".join(f"<p>{w}.</p>" for w in WORDS) + "</article>"
            '<div class="promo-box"><article>'
            + "<p>Subscribe now to read the rest of the news about everything that happens "
            "in the world, every single day of the year, with our premium offer.</p>"
            * 5
            + "</article></div>"
        )
        result = extract(page(body))
        assert "Subscribe" not in result.drafts[0].text
        assert "profile news.example applied" in result.notes
