"""The five seed pages parse as the hand-read gold in tests/data/seeds_gold.json says."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

import liveblog
from liveblog import Entry, Page

DATA = Path(__file__).parent / "data"
GOLD: dict[str, Any] = json.loads((DATA / "seeds_gold.json").read_text(encoding="utf-8"))["pages"]
NAMES = sorted(GOLD)


def _page(name: str) -> Page:
    return liveblog.parse((DATA / "seeds" / name).read_bytes())


PAGES = {name: _page(name) for name in NAMES}


def _options(value: object) -> list[object]:
    return value if isinstance(value, list) else [value]


def _gold_entries(name: str) -> list[tuple[int, Entry, dict[str, Any]]]:
    page = PAGES[name]
    return [(i, page.entries[i], g) for i, g in enumerate(GOLD[name]["entries"])]


ENTRY_CASES = [
    pytest.param(name, index, id=f"{name[:3]}-{index}")
    for name in NAMES
    for index in range(len(GOLD[name]["entries"]))
]


class TestPage:
    @pytest.mark.parametrize("name", NAMES)
    def test_entry_count(self, name: str) -> None:
        """Each page splits into exactly its posts (the lead counts, key points do not)."""
        gold = GOLD[name]
        expected = gold.get("entry_count", len(gold["entries"]))
        assert len(PAGES[name].entries) in _options(expected)

    @pytest.mark.parametrize("name", NAMES)
    def test_metadata(self, name: str) -> None:
        """Title, url and language come from the dump's own lines."""
        gold, page = GOLD[name], PAGES[name]
        assert gold["title"] == page.title
        assert gold["url"] == page.url
        assert gold["lang"] == page.lang

    @pytest.mark.parametrize("name", NAMES)
    def test_published(self, name: str) -> None:
        """The publish time is the one printed on the page, read in the page's zone."""
        gold, page = GOLD[name], PAGES[name]
        if gold["published"] is None:
            assert page.published is None
            return
        assert page.published is not None
        assert page.published.tzinfo is not None
        expected = gold["published"]
        if len(expected) == 10:
            assert date.fromisoformat(expected) == page.published.date()
        else:
            assert datetime.fromisoformat(expected) == page.published.replace(tzinfo=None)

    @pytest.mark.parametrize("name", NAMES)
    def test_key_points(self, name: str) -> None:
        """A "Les infos à retenir :⇒ A⇒ B" list becomes key_points, not entries."""
        assert tuple(GOLD[name]["key_points"]) == PAGES[name].key_points

    @pytest.mark.parametrize("name", NAMES)
    def test_no_boilerplate_in_entries(self, name: str) -> None:
        """Ads, embeds, credits, footers and teasers never reach an entry."""
        for entry in PAGES[name].entries:
            for junk in GOLD[name]["not_in_any_entry"]:
                assert junk not in entry.text
                assert junk not in (entry.headline or "")

    @pytest.mark.parametrize("name", NAMES)
    def test_is_live(self, name: str) -> None:
        """Live pages are live; the article with no live structure is not."""
        assert ("not a live blog" not in GOLD[name]["kind"]) == PAGES[name].is_live

    @pytest.mark.parametrize("name", NAMES)
    def test_every_entry_has_a_time(self, name: str) -> None:
        """Each entry is dated, and says where its time came from."""
        for entry in PAGES[name].entries:
            assert entry.time is not None
            assert entry.time_source in {"timestamp", "text", "page"}
            assert entry.time.start.tzinfo is not None


class TestEntry:
    @pytest.mark.parametrize(("name", "index"), ENTRY_CASES)
    def test_role(self, name: str, index: int) -> None:
        """The lead paragraph is role "lead"; posts are "post"; a plain article is "article"."""
        gold = GOLD[name]["entries"][index]
        default = "post" if PAGES[name].is_live else "article"
        assert gold.get("role", default) == PAGES[name].entries[index].role

    @pytest.mark.parametrize(("name", "index"), ENTRY_CASES)
    def test_headline(self, name: str, index: int) -> None:
        """Headlines glued to their bodies are recovered; a post without one has None."""
        gold = GOLD[name]["entries"][index]
        assert PAGES[name].entries[index].headline in _options(gold.get("headline"))

    @pytest.mark.parametrize(("name", "index"), ENTRY_CASES)
    def test_body_bounds(self, name: str, index: int) -> None:
        """The body starts and ends where the hand-read gold says."""
        gold = GOLD[name]["entries"][index]
        text = " ".join(PAGES[name].entries[index].text.split())
        assert any(text.startswith(s) for s in _options(gold["starts_with"]))  # type: ignore[arg-type]
        if "ends_with" in gold:
            assert text.endswith(gold["ends_with"])

    @pytest.mark.parametrize(("name", "index"), ENTRY_CASES)
    def test_time(self, name: str, index: int) -> None:
        """A timestamped entry keeps its stamp; others fall on one of the gold's days."""
        gold = GOLD[name]["entries"][index]
        entry = PAGES[name].entries[index]
        assert entry.time is not None
        if "time" in gold:
            expected = datetime.fromisoformat(gold["time"])
            assert expected == entry.posted
            assert entry.posted is not None
            assert expected.utcoffset() == entry.posted.utcoffset()
            assert entry.time_source == "timestamp"
            assert datetime.fromisoformat(gold["updated"]) == entry.updated
            assert entry.time.granularity == "minute"
        else:
            local = entry.time.start.date().isoformat()
            assert local in gold["dates"]


class TestMentions:
    @pytest.mark.parametrize(
        ("name", "text", "value"),
        [
            pytest.param(name, m["text"], m["value"], id=f"{name[:3]}-{m['text']}")
            for name in NAMES
            for m in GOLD[name]["mentions"]
        ],
    )
    def test_listed_mentions_resolve(self, name: str, text: str, value: str) -> None:
        """Every mention the gold lists is found, and each occurrence resolves as listed.

        A mention may run on past the gold's text when it takes a zone label with it
        ("à 9 h 30 (heure locale)").
        """
        mentions = [m for e in PAGES[name].entries for m in e.mentions]
        found = [m for m in mentions if m.text == text] or [
            m for m in mentions if m.text.startswith(text)
        ]
        assert found, f"{text!r} not found"
        for mention in found:
            if "T" in value:
                expected = datetime.fromisoformat(value)
                assert expected == mention.value.start.replace(tzinfo=None)
                assert mention.value.granularity == "minute"
            else:
                assert value == mention.value.start.date().isoformat()

    @pytest.mark.parametrize("name", NAMES)
    def test_spans_point_into_text(self, name: str) -> None:
        """Mention offsets index the entry's text."""
        for entry in PAGES[name].entries:
            for mention in entry.mentions:
                assert mention.text == entry.text[mention.start : mention.end]
