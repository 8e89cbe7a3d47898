"""Merge laws and the JSON round trip, as properties over generated pages."""

from __future__ import annotations

import contextlib
import json

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from liveblog import Timeline, merge
from liveblog.errors import TimelineFormatError
from liveblog.model import Page, TimeValue
from strategies import WORDS, aware_datetimes, pages, snapshots

LAWS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class TestMergeLaws:
    @LAWS
    @given(pages())
    def test_idempotent(self, page: Page) -> None:
        """merge([p, p]) == merge([p]), and merging a timeline again changes nothing."""
        once = merge([page])
        assert once == merge([page, page])
        assert once == merge([once])
        assert once == merge([once, page])

    @LAWS
    @given(st.lists(pages(), max_size=4), st.randoms(use_true_random=False))
    def test_commutative(self, given_pages: list[Page], random: object) -> None:
        """The order of the pages does not matter."""
        shuffled = list(given_pages)
        random.shuffle(shuffled)  # type: ignore[attr-defined]
        assert merge(given_pages) == merge(shuffled)

    @LAWS
    @given(pages(), pages(), pages())
    def test_associative(self, a: Page, b: Page, c: Page) -> None:
        """A merge of merges equals the merge of all."""
        everything = merge([a, b, c])
        assert everything == merge([merge([a, b]), c])
        assert everything == merge([a, merge([b, c])])
        assert everything == merge([merge([a]), merge([b]), merge([c])])

    @LAWS
    @given(st.lists(pages(), max_size=4))
    def test_sorted_and_aware(self, given_pages: list[Page]) -> None:
        """Entries are in chronological order and every time is aware; undated ones apart."""
        timeline = merge(given_pages)
        starts = [item.time.start for item in timeline.entries if item.time]
        assert len(starts) == len(timeline.entries)
        assert starts == sorted(starts)
        assert all(start.utcoffset() is not None for start in starts)
        assert all(item.time is None for item in timeline.undated)

    @LAWS
    @given(st.lists(pages(), max_size=4))
    def test_no_post_lost_or_doubled(self, given_pages: list[Page]) -> None:
        """Every post of every page is in exactly one item."""
        timeline = merge(given_pages)
        seen = [
            (id(sighting.page), sighting.position)
            for item in timeline.all_entries
            for sighting in item.sightings
        ]
        expected = sum(len(page.entries) for page in timeline.pages)
        assert expected == len(seen) == len(set(seen))


def _distinct_posts(draw: st.DrawFn) -> tuple[Page, Page]:
    """Snapshots whose posts have their own minute and their own words."""
    _early, later = draw(snapshots())
    assume(later.entries)
    stamps = draw(
        st.lists(aware_datetimes(), min_size=len(later.entries), max_size=len(later.entries),
                 unique_by=lambda moment: moment.timestamp())
    )  # fmt: skip
    entries = []
    for number, (entry, stamp) in enumerate(zip(later.entries, stamps, strict=True)):
        words = " ".join(f"{word}{number}" for word in WORDS[: 6 + number % 5])
        time = TimeValue(stamp, stamp.replace(second=59), "minute")
        entries.append(
            attrs.evolve(entry, text=words, posted=stamp, time=time, time_source="timestamp",
                         id=None)
        )  # fmt: skip
    full = attrs.evolve(later, url="https://example.org/live", entries=tuple(entries))
    kept = draw(st.lists(st.booleans(), min_size=len(entries), max_size=len(entries)))
    early_entries = [
        attrs.evolve(entry, text=" ".join(entry.text.split()[:4]), updated=None)
        for entry, keep in zip(entries, kept, strict=True)
        if keep
    ]
    return attrs.evolve(full, entries=tuple(early_entries), modified=None), full


class TestSnapshotProperty:
    @LAWS
    @given(st.data())
    def test_snapshot_posts_become_one_item_each(self, data: st.DataObject) -> None:
        """Each post of the full snapshot is one item showing its full text."""
        early, full = _distinct_posts(data.draw)
        timeline = merge([early, full])
        assert len(full.entries) == len(timeline.all_entries)
        assert sorted(entry.text for entry in full.entries) == sorted(
            item.text for item in timeline.all_entries
        )


class TestJsonRoundTrip:
    @LAWS
    @given(st.lists(pages(), max_size=3))
    def test_round_trip(self, given_pages: list[Page]) -> None:
        """from_json(to_json(t)) == t, zones and provenance included."""
        timeline = merge(given_pages)
        back = Timeline.from_json(timeline.to_json())
        assert timeline == back
        assert [page.entries for page in timeline.pages] == [page.entries for page in back.pages]
        assert [repr(page) for page in timeline.pages] == [repr(page) for page in back.pages]

    @LAWS
    @given(st.text(max_size=200) | st.binary(max_size=200))
    def test_any_text_is_a_timeline_or_a_format_error(self, text: str | bytes) -> None:
        """from_json never raises anything but TimelineFormatError."""
        with contextlib.suppress(TimelineFormatError):
            Timeline.from_json(text)

    @LAWS
    @given(st.data())
    def test_corrupted_document_gives_format_error(self, data: st.DataObject) -> None:
        """Changing any one value of a valid document gives a timeline or a format error."""
        timeline = merge([data.draw(pages())])
        document = json.loads(timeline.to_json())
        paths = list(_paths(document))
        path = data.draw(st.sampled_from(paths))
        replacement = data.draw(
            st.sampled_from([None, -1, 10**6, "x", "2024-13-45T00:00", [], {}, True, 1.5])
        )
        _set(document, path, replacement)
        with contextlib.suppress(TimelineFormatError):
            Timeline.from_json(json.dumps(document))

    def test_deep_nesting_is_a_format_error(self) -> None:
        with pytest.raises(TimelineFormatError):
            Timeline.from_json("[" * 100_000 + "]" * 100_000)


def _paths(node: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found: list[tuple[object, ...]] = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_paths(value, (*prefix, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_paths(value, (*prefix, index)))
    return found


def _set(document: object, path: tuple[object, ...], value: object) -> None:
    node = document
    for step in path[:-1]:
        node = node[step]  # type: ignore[index]
    node[path[-1]] = value  # type: ignore[index]


class TestJsonFormat:
    def test_unknown_version_is_refused(self) -> None:
        document = json.loads(merge([]).to_json())
        document["version"] = 99
        with pytest.raises(TimelineFormatError, match="version"):
            Timeline.from_json(json.dumps(document))

    def test_pages_are_written_once_and_referenced(self) -> None:
        """Sightings point into the page list by index; the page itself is written once."""
        from builders import DRONES, minute, page, post  # noqa: PLC0415

        first = page(post(DRONES[:50], minute(2024, 6, 19, 7, 0)))
        second = page(post(DRONES, minute(2024, 6, 19, 7, 0)), post("Autre chose", None))
        document = json.loads(merge([first, second]).to_json())
        assert 2 == len(document["pages"])
        (dated,), (undated,) = document["entries"], document["undated"]
        texts = [
            document["pages"][spot["page"]]["entries"][spot["position"]]["text"]
            for spot in dated["sightings"]
        ]
        assert [DRONES[:50], DRONES] == texts
        assert 1 == len(undated["sightings"])
        assert "minute" == document["entries"][0]["view"]["time"]["granularity"]
