"""Zones, dating, loading and language detection, each stage on its own."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

import liveblog
from liveblog._dating import date_entry
from liveblog._draft import Draft, Extraction, PageMeta, Stamp
from liveblog._lang import detect_language, normalise_code
from liveblog._load import load
from liveblog._options import Options
from liveblog._zone import choose_zone, place_stamps
from liveblog.errors import (
    ArgumentError,
    EncodingError,
    LimitError,
    NaiveDatetimeError,
    UnknownLanguageError,
)
from liveblog.model import Mention, TimeValue

PARIS = ZoneInfo("Europe/Paris")
CEST = timezone(timedelta(hours=2), "CEST")
PUBLISHED = datetime(2024, 11, 10, 14, 1, tzinfo=PARIS)


def _extraction(*stamps: Stamp | None, meta: PageMeta | None = None) -> Extraction:
    drafts = tuple(Draft(None, "x", "post", "test", posted=s) for s in stamps)
    return Extraction(meta=meta or PageMeta(), drafts=drafts)


def _clock_time(hour: int, minute: int, zone: timezone | None = CEST) -> Stamp:
    return Stamp(datetime(2000, 1, 1, hour, minute), has_date=False, zone=zone)  # noqa: DTZ001


class TestChooseZone:
    def test_zone_named_by_stamps_wins(self) -> None:
        clock = choose_zone(
            _extraction(_clock_time(7, 42)), tz=ZoneInfo("UTC"), url="https://a.fr", lang="fr"
        )
        assert not clock.assumed
        assert CEST == clock.zone

    def test_caller_tz_before_domain_rule(self) -> None:
        clock = choose_zone(_extraction(), tz=ZoneInfo("Asia/Tokyo"), url="https://a.fr", lang="fr")
        assert "Asia/Tokyo" == clock.name
        assert clock.assumed

    @pytest.mark.parametrize(
        ("url", "lang", "expected"),
        [
            ("https://www.lexpress.fr/x", None, "Europe/Paris"),
            ("https://www.bbc.co.uk/x", "en", "Europe/London"),
            (None, "it", "Europe/Rome"),
            ("https://example.com", "en", "UTC"),
        ],
    )
    def test_assumed_zone_rule(self, url: str | None, lang: str | None, expected: str) -> None:
        """Domain, then language, then UTC; always flagged as assumed."""
        clock = choose_zone(_extraction(), tz=None, url=url, lang=lang)
        assert expected == clock.name
        assert clock.assumed


class TestPlaceStamps:
    def test_newest_first_crossing_midnight(self) -> None:
        clock = choose_zone(_extraction(_clock_time(0, 5)), tz=None, url=None, lang=None)
        latest = datetime(2024, 6, 20, 0, 30, tzinfo=CEST)
        stamps: list[Stamp | None] = [_clock_time(0, 5), _clock_time(23, 55), _clock_time(22, 0)]
        placed = place_stamps(stamps, clock, latest)
        assert ["2024-06-20T00:05", "2024-06-19T23:55", "2024-06-19T22:00"] == [
            p.isoformat()[:16] for p in placed if p
        ]

    def test_oldest_first_is_read_backwards(self) -> None:
        clock = choose_zone(_extraction(_clock_time(0, 5)), tz=None, url=None, lang=None)
        latest = datetime(2024, 6, 20, 0, 30, tzinfo=CEST)
        stamps: list[Stamp | None] = [_clock_time(22, 0), _clock_time(23, 55), _clock_time(0, 5)]
        placed = place_stamps(stamps, clock, latest)
        assert ["2024-06-19", "2024-06-19", "2024-06-20"] == [
            p.date().isoformat() for p in placed if p
        ]

    def test_first_stamp_after_publication_is_the_day_before(self) -> None:
        clock = choose_zone(_extraction(_clock_time(23, 50)), tz=None, url=None, lang=None)
        latest = datetime(2024, 6, 20, 0, 10, tzinfo=CEST)
        placed = place_stamps([_clock_time(23, 50)], clock, latest)
        assert placed[0] is not None
        assert "2024-06-19" == placed[0].date().isoformat()

    def test_without_a_page_day_time_only_stamps_stay_unplaced(self) -> None:
        clock = choose_zone(_extraction(_clock_time(7, 0)), tz=None, url=None, lang=None)
        assert [None] == place_stamps([_clock_time(7, 0)], clock, None)


def _mention(text: str, start: int, day: int, granularity: str = "day") -> Mention:
    begin = datetime(2024, 11, day, tzinfo=PARIS)
    value = TimeValue(begin, begin + timedelta(days=1), granularity)  # type: ignore[arg-type]
    return Mention(text, start, start + len(text), value, begin.date().isoformat())


class TestDateEntry:
    def test_own_timestamp_first(self) -> None:
        posted = datetime(2024, 11, 10, 7, 42, tzinfo=CEST)
        time, source, _ = date_entry(
            "x", (), posted=posted, published=PUBLISHED, published_has_time=True
        )
        assert "timestamp" == source
        assert time is not None
        assert ("minute", posted) == (time.granularity, time.start)

    def test_latest_day_mention_not_after_publication(self) -> None:
        """ "samedi soir" (the 9th) beats the pluperfect "le 8 novembre"; the 12th is future."""
        text = "avait ratifié le 8 novembre, publié samedi, prévu le 12 novembre"
        mentions = (
            _mention("le 8 novembre", 14, 8),
            _mention("samedi", 36, 9),
            _mention("le 12 novembre", 50, 12),
        )
        time, source, index = date_entry(
            text, mentions, posted=None, published=PUBLISHED, published_has_time=True
        )
        assert ("text", 1) == (source, index)
        assert time is not None
        assert 9 == time.start.day

    def test_quoted_mentions_do_not_date(self) -> None:
        """A quoted "aujourd'hui" is the speaker's day, not the reporter's."""
        text = "Il a parlé jeudi : « aujourd'hui est un grand jour »"
        mentions = (_mention("jeudi", 11, 7), _mention("aujourd'hui", 20, 10))
        _, _, index = date_entry(
            text, mentions, posted=None, published=PUBLISHED, published_has_time=True
        )
        assert 0 == index

    def test_now_does_not_date(self) -> None:
        """ "maintenant" restates the anchor; "jeudi" is the event."""
        now = Mention(
            "maintenant",
            0,
            10,
            TimeValue(PUBLISHED, PUBLISHED + timedelta(minutes=1), "minute"),
            "PRESENT_REF",
            ("now",),
        )
        mentions = (now, _mention("jeudi", 20, 7))
        _, source, index = date_entry(
            "maintenant il a dit jeudi",
            mentions,
            posted=None,
            published=PUBLISHED,
            published_has_time=True,
        )
        assert ("text", 1) == (source, index)

    def test_coarse_mentions_do_not_date(self) -> None:
        begin = datetime(2024, 11, 1, tzinfo=PARIS)
        month = Mention(
            "en novembre", 0, 11, TimeValue(begin, begin + timedelta(30), "month"), "2024-11"
        )
        time, source, _ = date_entry(
            "en novembre", (month,), posted=None, published=PUBLISHED, published_has_time=False
        )
        assert "page" == source
        assert time is not None
        assert "day" == time.granularity

    def test_nothing_dates_it(self) -> None:
        assert (None, "none", None) == date_entry(
            "x", (), posted=None, published=None, published_has_time=False
        )


class TestLoad:
    def test_windows_1252_bytes(self) -> None:
        loaded = load("Publié à Besançon, été".encode("cp1252"), Options())
        assert "Publié à Besançon, été" == loaded.text

    def test_meta_charset_is_honoured(self) -> None:
        html = '<html><head><meta charset="iso-8859-1"></head><body><p>été</p></body></html>'
        loaded = load(html.encode("latin-1"), Options())
        assert "html" == loaded.kind
        assert "été" in loaded.text

    def test_binary_is_refused(self) -> None:
        with pytest.raises(EncodingError, match="binary"):
            load(bytes(range(32)) * 100, Options())

    def test_size_cap(self) -> None:
        with pytest.raises(LimitError, match="max_bytes"):
            load(b"x" * 101, Options(max_bytes=100))

    def test_wrong_type(self) -> None:
        with pytest.raises(ArgumentError, match="str or bytes"):
            load(12, Options())  # type: ignore[arg-type]


class TestLanguage:
    @pytest.mark.parametrize(
        ("code", "expected"), [("fr-FR", "fr"), ("EN_gb", "en"), ("", None), ("12", None)]
    )
    def test_normalise_code(self, code: str, expected: str | None) -> None:
        assert expected == normalise_code(code)

    def test_detects_french_and_english(self) -> None:
        assert "fr" == detect_language("Le président a dit que la guerre est dans une phase")
        assert "en" == detect_language("The president said that the war is in a new phase of it")

    def test_short_text_is_undetected(self) -> None:
        assert detect_language("Kyiv") is None


class TestParseArguments:
    def test_naive_published_datetime_is_refused(self) -> None:
        with pytest.raises(NaiveDatetimeError, match="published"):
            liveblog.parse("x", published=datetime(2024, 1, 1))  # noqa: DTZ001

    def test_unknown_tz(self) -> None:
        with pytest.raises(ArgumentError, match="IANA"):
            liveblog.parse("x", tz="Mars/Olympus")

    def test_unknown_lang(self) -> None:
        with pytest.raises(UnknownLanguageError):
            liveblog.parse("x", lang="zz")

    @pytest.mark.parametrize(
        ("lang", "html_lang", "expected"),
        [
            (None, "en", "2013-03-04"),
            (None, "en-US", "2013-03-04"),
            (None, "en-GB", "2013-04-03"),
            ("en_GB", "en", "2013-04-03"),
            ("en-US", "en-GB", "2013-03-04"),
        ],
    )
    def test_regional_tag_reaches_the_time_engine(
        self, lang: str | None, html_lang: str, expected: str
    ) -> None:
        """The caller's or the page's region sets the date order; Page.lang stays "en"."""
        html = (
            f'<html lang="{html_lang}"><body><article><p>The vote was held on 03/04/2013 '
            "and the results were announced on the same day.</p></article></body></html>"
        )
        page = liveblog.parse(html, lang=lang, published="2013-05-01T10:00:00+00:00")
        assert "en" == page.lang
        days = [m.timex for e in page.entries for m in e.mentions]
        assert [expected] == days

    def test_published_text_is_read_in_the_page_zone(self) -> None:
        page = liveblog.parse(
            "Un texte. Encore un texte.", published="2024-11-29T10:00:00", tz="Europe/Paris"
        )
        assert page.published is not None
        assert "2024-11-29T10:00:00+01:00" == page.published.isoformat()
        assert page.zone_assumed


class TestCaptured:
    DUMP = "Le ministre est arrivé lundi à Kiev, puis il partira le 30 novembre. " * 3

    def test_capture_bounds_text_dates_without_becoming_published(self) -> None:
        """A mention after the capture cannot date an entry; published stays unknown."""
        captured = datetime(2024, 11, 29, 10, 0, tzinfo=PARIS)
        page = liveblog.parse(
            self.DUMP, url="https://a.fr/x", lang="fr", options=Options(captured=captured)
        )
        assert page.published is None
        assert all(e.time is None or e.time.start <= captured for e in page.entries)

    def test_capture_is_the_reference_for_dateless_pages(self) -> None:
        """ "jeudi 31 octobre" takes the year nearest the capture, not the default."""
        text = "La Corée du Nord a lancé jeudi 31 octobre un missile. Le lancement a eu lieu."
        captured = datetime(2019, 11, 2, tzinfo=PARIS)
        page = liveblog.parse(text, lang="fr", options=Options(captured=captured))
        entry = page.entries[0]
        assert entry.time is not None
        assert 2019 == entry.time.start.year

    def test_naive_capture_is_refused(self) -> None:
        with pytest.raises(NaiveDatetimeError):
            Options(captured=datetime(2024, 1, 1))  # noqa: DTZ001
