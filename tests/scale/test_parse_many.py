"""parse_many: one Result per page, in input order, never stopped by one bad page."""

from __future__ import annotations

import importlib
import sys
import textwrap
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builders import live_html
from liveblog import Item, Options, Result, parse, parse_many, warc
from liveblog import _batch as batch
from liveblog.errors import ArgumentError, LimitError, LiveblogError

SEEDS = sorted((Path(__file__).resolve().parents[1] / "data" / "seeds").glob("*.txt"))
TEXTS = [path.read_text(encoding="utf-8") for path in SEEDS]
PARIS = datetime(2024, 11, 29, 8, 0, tzinfo=timezone.utc)


HTML = live_html(1, 29).encode()


def summary(results: list[Result]) -> list[tuple[int, str, bool]]:
    return [(r.index, r.origin, r.ok) for r in results]


class TestParseMany:
    @pytest.mark.parametrize("jobs", [1, 2])
    def test_same_pages_as_parse_in_input_order(self, jobs):
        """Each result holds what parse gives for that page, in input order."""
        items = TEXTS * 3
        expected = [parse(text) for text in items]
        results = list(parse_many(items, jobs=jobs))
        assert expected == [r.page for r in results]
        assert list(range(len(items))) == [r.index for r in results]

    @pytest.mark.parametrize("jobs", [1, 2])
    def test_one_bad_item_does_not_stop_the_others(self, jobs):
        """A failing page is reported with its item; the pages after it are parsed."""
        items = [TEXTS[0], Item(TEXTS[0], tz="Mars/Olympus"), 42, TEXTS[1]]
        results = list(parse_many(items, jobs=jobs))
        expected = [True, False, False, True]
        assert expected == [r.ok for r in results]
        assert isinstance(results[1].error, ArgumentError)
        assert "Mars/Olympus" in str(results[1].error)
        assert isinstance(results[2].error, ArgumentError)
        assert results[1].page is None
        expected_item = (42, "item 2")
        assert expected_item == (results[2].item, results[2].origin)

    def test_item_passes_its_fields_to_parse(self):
        """An Item's url, published, tz and lang reach parse; captured bounds the page."""
        captured = datetime(2024, 11, 30, tzinfo=timezone.utc)
        item = Item(
            TEXTS[0],
            url="https://example.org/live",
            published=PARIS,
            captured=captured,
            tz="America/Montreal",
            lang="fr",
        )
        (result,) = parse_many([item])
        expected = parse(
            TEXTS[0],
            url="https://example.org/live",
            published=PARIS,
            tz="America/Montreal",
            lang="fr",
            options=Options(captured=captured),
        )
        assert expected == result.page
        assert ("https://example.org/live", captured) == (result.origin, result.captured)

    @pytest.mark.parametrize("jobs", [1, 2])
    def test_paths_are_read_by_the_parser(self, jobs):
        """Paths, as PathLike or as a one-line str naming a file, are read and parsed."""
        items = [SEEDS[0], str(SEEDS[1])]
        results = list(parse_many(items, jobs=jobs))
        assert [parse(SEEDS[0].read_bytes()), parse(SEEDS[1].read_bytes())] == [
            r.page for r in results
        ]
        assert [str(SEEDS[0]), str(SEEDS[1])] == [r.origin for r in results]

    def test_text_that_names_no_file_is_text(self):
        """A one-line str that is no file name is parsed as page text."""
        (result,) = parse_many(["12h30 Le Premier ministre prend la parole."])
        assert parse("12h30 Le Premier ministre prend la parole.") == result.page

    def test_text_too_long_for_a_file_name_is_text(self):
        """A one-line str over 255 bytes once encoded is text, not an OSError (found by
        hypothesis: ``Path.is_file`` raises ENAMETOOLONG rather than saying no)."""
        text = "12h30 Le Premier ministre prend la parole à Paris, " + "İ" * 200
        assert len(text) <= 4096
        assert len(text.encode()) > 255
        (result,) = parse_many([text])
        assert result.error is None
        assert parse(text) == result.page

    def test_missing_path_is_a_failed_result(self, tmp_path):
        """A PathLike naming no file gives a failed result naming it."""
        (result,) = parse_many([tmp_path / "absent.html"])
        assert isinstance(result.error, ArgumentError)
        assert "absent.html" in str(result.error)

    def test_file_over_the_cap_is_not_read(self, tmp_path):
        """A file larger than Options.max_bytes fails with LimitError."""
        path = tmp_path / "big.html"
        path.write_bytes(HTML * 10)
        (result,) = parse_many([path], options=Options(max_bytes=len(HTML)))
        assert isinstance(result.error, LimitError)

    def test_is_lazy(self):
        """Nothing is read before the first result is asked for, and only what is needed."""
        seen: list[int] = []

        def items():
            for number, text in enumerate(TEXTS):
                seen.append(number)
                yield text

        results = parse_many(items())
        assert not seen
        next(results)
        expected = [0]
        assert expected == seen

    def test_pool_reads_a_bounded_window_ahead(self):
        """With a pool, the input is read at most 2 * jobs chunks ahead of the output."""
        seen: list[int] = []

        def items():
            for number in range(200):
                seen.append(number)
                yield TEXTS[number % len(TEXTS)]

        results = parse_many(items(), jobs=2)
        next(results)
        assert len(seen) <= 2 * 2 * batch.CHUNK + 1
        results.close()

    @pytest.mark.parametrize(
        "items", ["one page", b"one page", Item("one page")], ids=["str", "bytes", "Item"]
    )
    def test_one_page_instead_of_many_is_refused(self, items):
        """Passing a single page raises ArgumentError pointing to parse()."""
        with pytest.raises(ArgumentError, match="parse"):
            parse_many(items)

    @pytest.mark.parametrize("jobs", [0, -1, 1.5, True, "2"])
    def test_jobs_must_be_a_positive_int(self, jobs):
        """A jobs value that is not a positive int raises ArgumentError."""
        with pytest.raises(ArgumentError, match="jobs"):
            parse_many(TEXTS, jobs=jobs)


class TestItem:
    def test_naive_published_is_refused(self):
        """A naive datetime is rejected with a fix-it message."""
        with pytest.raises(ArgumentError, match="tzinfo"):
            Item("x", published=datetime(2024, 1, 1))  # noqa: DTZ001 (the point of the test)

    def test_repr_is_short(self):
        """A large source does not flood the repr."""
        assert len(repr(Item("x" * 100_000))) < 200


@pytest.mark.skipif(warc.backend() is None, reason="needs the warc extra (warcio)")
class TestWarcPaths:
    def test_warc_path_gives_one_result_per_html_record(self, make_warc, record):
        """A .warc.gz path expands into its HTML pages, with url and capture date."""
        path = make_warc(
            "crawl.warc.gz",
            [
                record("https://example.org/a", HTML),
                record("https://example.org/img", b"GIF89a", content_type="image/gif"),
                record("https://example.org/b", HTML, date="2024-11-29T12:00:00Z"),
            ],
        )
        results = list(parse_many([path, TEXTS[0]], jobs=1))
        expected = ["https://example.org/a", "https://example.org/b", None]
        assert expected == [r.url for r in results]
        captured = datetime(2024, 6, 19, 10, tzinfo=timezone.utc)
        options = Options(captured=captured)
        assert parse(HTML, url="https://example.org/a", options=options) == results[0].page
        assert datetime(2024, 11, 29, 12, tzinfo=timezone.utc) == results[1].captured
        assert (path, path) == (results[0].item, results[1].item)
        assert results[1].origin.startswith(f"{path}#")

    def test_oversized_record_is_a_failed_result(self, make_warc, record):
        """A record over Options.max_bytes fails with LimitError; the next one is parsed."""
        path = make_warc(
            "big.warc",
            [record("https://example.org/big", HTML * 50), record("https://example.org/a", HTML)],
        )
        results = list(parse_many([path], options=Options(max_bytes=len(HTML) * 2)))
        expected = [False, True]
        assert expected == [r.ok for r in results]
        assert isinstance(results[0].error, LimitError)

    def test_unreadable_warc_is_a_failed_result(self, tmp_path):
        """A damaged archive gives a failed result; the items after it are parsed."""
        path = tmp_path / "broken.warc.gz"
        path.write_bytes(b"\x1f\x8b\x08\x00garbage" * 10)
        results = list(parse_many([path, TEXTS[0]]))
        expected = [False, True]
        assert expected == [r.ok for r in results]
        assert isinstance(results[0].error, LiveblogError)


CRASHER = '''
import os
from liveblog import parse


def crashing_parse(unit, options):
    """Kill the worker on a page saying CRASH, as a segfault or the OOM killer would."""
    if isinstance(unit.source, str) and "CRASH" in unit.source:
        os._exit(3)
    if isinstance(unit.source, str) and "UNPICKLABLE" in unit.source:
        return lambda: None
    return parse(unit.source, options=options)
'''


@pytest.fixture
def crashing_parse(tmp_path, monkeypatch):
    """A parse function in an importable module, so pool workers can load it."""
    (tmp_path / "liveblog_crasher.py").write_text(textwrap.dedent(CRASHER))
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("liveblog_crasher")
    yield module.crashing_parse
    sys.modules.pop("liveblog_crasher", None)


class TestDeadWorker:
    def test_a_page_that_kills_its_worker_fails_alone(self, crashing_parse):
        """Only the page that kills a worker fails; every other page, before or after, is parsed."""
        items = [*TEXTS, "CRASH", *TEXTS]
        options = Options()
        pending = batch._pending(items, options)
        results = list(batch._pooled(pending, options, crashing_parse, jobs=2, chunk=2))
        expected = [True] * len(TEXTS) + [False] + [True] * len(TEXTS)
        assert expected == [r.ok for r in results]
        assert "worker process died" in str(results[len(TEXTS)].error)
        assert [parse(text) for text in TEXTS] == [r.page for r in results[-len(TEXTS) :]]

    def test_a_result_that_cannot_travel_back_fails_alone(self, crashing_parse):
        """A page whose result cannot be sent back fails; the rest of its chunk is parsed."""
        items = [TEXTS[0], "UNPICKLABLE", TEXTS[1], TEXTS[2]]
        options = Options()
        pending = batch._pending(items, options)
        results = list(batch._pooled(pending, options, crashing_parse, jobs=2, chunk=4))
        expected = [True, False, True, True]
        assert expected == [r.ok for r in results]
        assert isinstance(results[1].error, Exception)
        assert parse(TEXTS[1]) == results[2].page


def outcome(source: str | bytes) -> tuple[str, object]:
    """What parse does with one source: its Page, or the type of its error."""
    try:
        return "page", parse(source)
    except LiveblogError as error:
        return "error", type(error)


class TestProperties:
    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        st.lists(
            st.one_of(
                st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=300),
                st.binary(max_size=300),
                st.sampled_from(TEXTS),
            ),
            max_size=6,
        )
    )
    def test_each_result_is_what_parse_gives(self, items):
        """Any pages in, one result each in order: parse's Page, or parse's error."""
        results = list(parse_many(items))
        assert [outcome(item) for item in items] == [
            ("page", r.page) if r.ok else ("error", type(r.error)) for r in results
        ]
