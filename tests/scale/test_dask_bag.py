"""liveblog.dask: parse over a Dask bag and merge as a tree, same Timeline as in process."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

pytest.importorskip("dask.bag", reason="needs the dask extra")
pytest.importorskip("liveblog.timeline", reason="needs merge (liveblog.timeline)")

import dask.bag as db

from builders import live_html
from liveblog import Item, Options, parse, warc
from liveblog.dask import parse_bag, timeline
from liveblog.errors import ArgumentError
from liveblog.timeline import merge

SEEDS = sorted((Path(__file__).resolve().parents[1] / "data" / "seeds").glob("*.txt"))
TEXTS = [path.read_text(encoding="utf-8") for path in SEEDS]


PAGES = [
    *TEXTS,
    *(Item(live_html(n, 10 + n), url=f"https://example.org/{n}") for n in range(6)),
]


def in_process(items):
    """The timeline the plain, one-process way."""
    return merge(
        parse(item.source, url=item.url) if isinstance(item, Item) else parse(item)
        for item in items
    )


class TestTimeline:
    @pytest.mark.parametrize("npartitions", [1, 3, len(PAGES)])
    def test_sync_scheduler_gives_the_in_process_timeline(self, npartitions):
        """Whatever the partitioning, the tree merge equals the in-process merge."""
        bag = db.from_sequence(PAGES, npartitions=npartitions)
        merged = timeline(bag, split_every=2).compute(scheduler="sync")
        assert in_process(PAGES) == merged

    def test_two_processes_give_the_in_process_timeline(self):
        """Two local worker processes give the same Timeline as the in-process merge."""
        bag = db.from_sequence(PAGES, npartitions=4)
        merged = timeline(bag, split_every=2).compute(scheduler="processes", num_workers=2)
        assert in_process(PAGES) == merged

    def test_failed_pages_are_left_out(self):
        """A page that fails does not stop the merge; it is simply not in the timeline."""
        bag = db.from_sequence([*TEXTS, Item(TEXTS[0], tz="Mars/Olympus")], npartitions=2)
        assert in_process(TEXTS) == timeline(bag).compute(scheduler="sync")

    def test_empty_bag_gives_an_empty_timeline(self):
        """No pages, an empty timeline (merge of nothing)."""
        bag = db.from_sequence([], npartitions=1)
        assert merge([]) == timeline(bag).compute(scheduler="sync")

    @pytest.mark.parametrize("split_every", [1, 0, True, 2.5])
    def test_split_every_must_be_at_least_two(self, split_every):
        """A tree needs fan-in of two or more."""
        with pytest.raises(ArgumentError, match="split_every"):
            timeline(db.from_sequence(TEXTS), split_every=split_every)


@pytest.mark.skipif(warc.backend() is None, reason="needs the warc extra (warcio)")
class TestWarcBag:
    def test_bag_of_warc_paths(self, make_warc, record):
        """A bag of WARC paths gives the timeline of their HTML pages."""
        pages = [live_html(n, 10 + n).encode() for n in range(4)]
        paths = [
            make_warc("a.warc.gz", [record(f"https://example.org/{n}", pages[n]) for n in (0, 1)]),
            make_warc("b.warc", [record(f"https://example.org/{n}", pages[n]) for n in (2, 3)]),
        ]
        merged = timeline(db.from_sequence(paths, npartitions=2)).compute(scheduler="sync")
        options = Options(captured=datetime(2024, 6, 19, 10, tzinfo=timezone.utc))
        expected = merge(
            parse(pages[n], url=f"https://example.org/{n}", options=options) for n in range(4)
        )
        assert expected == merged


class TestParseBag:
    def test_results_keep_failures(self):
        """parse_bag keeps every page's Result, failed ones with their error."""
        bag = db.from_sequence([TEXTS[0], 42, TEXTS[1]], npartitions=1)
        results = parse_bag(bag).compute(scheduler="sync")
        expected = [True, False, True]
        assert expected == [result.ok for result in results]
        assert parse(TEXTS[1]) == results[2].page

    def test_refuses_what_is_not_a_bag(self):
        """A list instead of a bag raises ArgumentError saying how to build one."""
        with pytest.raises(ArgumentError, match="from_sequence"):
            parse_bag(TEXTS)
