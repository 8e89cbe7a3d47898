"""Identity: one post across snapshots keeps its latest text and every sighting; the same
story in two outlets is linked, not dropped."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import attrs
import pytest

from builders import BIDEN, DRONES, KIM, PARIS, day, minute, page, post
from liveblog import merge, parse

SEED = Path(__file__).parent / "data" / "seeds" / "002_6cc489036926f0d6.txt"
LIVE = "https://example.org/live"


class TestSnapshots:
    def test_grown_post_is_one_entry_with_latest_text(self) -> None:
        """An early, shorter version and the full one are one post showing the full text."""
        at = minute(2024, 6, 19, 7, 25)
        early = page(post(KIM[:60], at), modified=datetime(2024, 6, 19, 7, 30, tzinfo=PARIS))
        later = page(
            post(DRONES, minute(2024, 6, 19, 7, 42)),
            post(KIM, at),
            modified=datetime(2024, 6, 19, 7, 50, tzinfo=PARIS),
        )
        timeline = merge([later, early])
        assert 2 == len(timeline)
        item = timeline.search("prospérité")[0]
        assert KIM == item.text
        assert [0, 1] == [sighting.position for sighting in item.sightings]
        assert [early, later] == [sighting.page for sighting in item.sightings]

    def test_updated_stamp_moved(self) -> None:
        """A post whose 'updated' stamp moved is the same post; the latest stamp wins."""
        at = minute(2024, 6, 19, 6, 33)
        first = post(DRONES, at, updated=at.start)
        second = attrs.evolve(first, updated=datetime(2024, 6, 19, 6, 35, tzinfo=PARIS))
        timeline = merge([page(first), page(second, post(KIM, minute(2024, 6, 19, 7, 0)))])
        item = timeline.search("drones")[0]
        assert 2 == len(item.sightings)
        assert second.updated == item.updated

    def test_posts_without_stamps_match_by_text(self) -> None:
        """Without stamps, mostly the same words in the same blog are one post."""
        early = page(post(BIDEN[:80] + " …", day(2024, 11, 28), stamped=False))
        later = page(post(BIDEN, day(2024, 11, 28), stamped=False), post(KIM, day(2024, 11, 28)))
        timeline = merge([early, later])
        assert 2 == len(timeline)
        assert BIDEN == timeline.search("Biden")[0].text

    def test_same_minute_different_posts_stay_apart(self) -> None:
        """Two posts sharing a minute but not their words are two posts."""
        at = minute(2024, 6, 19, 7, 0)
        timeline = merge([page(post(DRONES, at)), page(post(DRONES, at), post(KIM, at))])
        assert 2 == len(timeline)

    def test_same_id_is_same_post_whatever_the_text(self) -> None:
        """A post id from structured data identifies the post even after a rewrite."""
        at = minute(2024, 6, 19, 7, 0)
        timeline = merge([page(post(DRONES, at, id="p-1")), page(post(KIM, at, id="p-1"))])
        assert 1 == len(timeline)

    def test_different_ids_are_different_posts(self) -> None:
        at = minute(2024, 6, 19, 7, 0)
        timeline = merge([page(post(DRONES, at, id="p-1")), page(post(DRONES, at, id="p-2"))])
        assert 2 == len(timeline)

    def test_page_without_url_matches_by_title_and_day(self) -> None:
        """Snapshots without a URL are one blog when title and publish day agree."""
        at = minute(2024, 6, 19, 7, 25)
        early = page(post(KIM[:70], at), url=None)
        later = page(post(KIM, at), post(DRONES, minute(2024, 6, 19, 7, 42)), url=None)
        assert 2 == len(merge([early, later]))

    @pytest.mark.parametrize(
        "other",
        [
            "http://www.example.org/live/",
            "https://EXAMPLE.org/live#post-3",
            "https://example.org/live?utm_source=twitter&fbclid=x",
        ],
    )
    def test_url_spellings_are_one_blog(self, other: str) -> None:
        """Scheme, www., case of the host, fragment, trailing slash and trackers aside."""
        at = minute(2024, 6, 19, 7, 25)
        early = page(post(KIM[:70], at), url=other)
        later = page(post(KIM, at), url="https://example.org/live")
        timeline = merge([early, later])
        assert 1 == len(timeline)
        assert 2 == len(timeline.entries[0].sightings)

    def test_other_path_is_another_blog(self) -> None:
        at = minute(2024, 6, 19, 7, 25)
        one, other = page(post(KIM, at)), page(post(KIM, at), url="https://example.org/other")
        assert 2 == len(merge([one, other]))

    def test_other_title_is_another_blog(self) -> None:
        """A page without URL and with another title is not a snapshot of this blog."""
        at = minute(2024, 6, 19, 7, 25)
        one = page(post(KIM, at), url=None, title="Live A")
        other = page(post(KIM, at), url=None, title="Live B")
        timeline = merge([one, other])
        assert 2 == len(timeline)
        first, second = timeline.entries
        assert (second.key,) == first.related


class TestRelated:
    def test_wire_story_in_two_outlets_is_linked(self) -> None:
        """The same AFP text in two outlets stays twice, each pointing to the other."""
        one = page(post(BIDEN, day(2024, 11, 28)), url="https://a.example/live")
        two = page(post(BIDEN, minute(2024, 11, 28, 18, 5)), url="https://b.example/live")
        timeline = merge([one, two])
        assert 2 == len(timeline)
        first, second = timeline.entries
        assert ((second.key,), (first.key,)) == (first.related, second.related)

    def test_unrelated_posts_are_not_linked(self) -> None:
        one = page(post(BIDEN, day(2024, 11, 28)), url="https://a.example/live")
        two = page(post(DRONES, day(2024, 11, 28)), url="https://b.example/live")
        assert all(not item.related for item in merge([one, two]))

    def test_far_apart_in_time_are_not_linked(self) -> None:
        """The same words a month apart are a repeat, not the same story."""
        one = page(post(BIDEN, day(2024, 11, 28)), url="https://a.example/live")
        two = page(post(BIDEN, day(2024, 12, 28)), url="https://b.example/live")
        assert all(not item.related for item in merge([one, two]))


def _early_snapshot(text: str) -> str:
    """The seed as it stood around 06:40: the three newest posts missing, others cut short."""
    lines = text.split("\n")
    stamp = re.compile(r"^\d\d[h.]\d\d CEST$")
    starts = [n for n, line in enumerate(lines) if stamp.match(line)]
    header, posts = lines[: starts[0]], []
    for first, nxt in zip(starts, [*starts[1:], None], strict=True):
        posts.append(lines[first:nxt])
    # The last post runs into the page footer: keep the footer apart.
    last = posts[-1]
    cut = next(n for n, line in enumerate(last) if line.startswith("Mis à jour")) + 1
    posts[-1], footer = last[:cut], last[cut:]
    kept = []
    for block in posts[3:]:
        paragraphs = [line for line in block[1:] if line.strip() and not line.startswith("Mis à")]
        kept.append([block[0], "", paragraphs[0], "", f"Mis à jour à {block[0]}", ""])
    return "\n".join(header + [line for block in kept for line in block] + footer)


class TestGuardianSnapshots:
    def test_two_snapshots_merge_into_ten_posts_with_latest_text(self) -> None:
        """Acceptance: the translated Guardian seed, early and full, gives its ten posts."""
        text = SEED.read_text(encoding="utf-8")
        full = parse(text)
        early = parse(_early_snapshot(text))
        assert 10 == len(full.entries)
        assert 7 == len(early.entries)
        assert any(
            len(short.text) < len(long.text)
            for short, long in zip(early.entries, full.entries[3:], strict=True)
        )
        timeline = merge([early, full])
        assert 10 == len(timeline.all_entries)
        assert sorted(entry.text for entry in full.entries) == sorted(
            item.text for item in timeline.all_entries
        )
        assert [1] * 3 + [2] * 7 == sorted(len(item.sightings) for item in timeline.all_entries)
        assert merge([full, early]) == timeline
