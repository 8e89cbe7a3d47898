"""Timeline JSON that was tampered with, merge on bad values, and the command line."""

from __future__ import annotations

import copy
import io
import json
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import liveblog
from liveblog import Timeline, merge
from liveblog.cli import main
from liveblog.errors import ArgumentError, LiveblogError, TimelineFormatError

Bounded = Callable[[float], AbstractContextManager[None]]

DUMP = (
    "Guerre en Ukraine : la journée du 29 novembre\n\n"
    "07h42 CEST\nLe Kremlin a publié samedi soir la loi. Il y a deux jours, Kiev a dit non.\n\n"
    "07h31 CEST\nHier à 14h30, le président a parlé. Les frappes continuent depuis lundi.\n\n"
    "07h12 CEST\nLe 8 novembre, la Russie avait menacé. Jeudi, Poutine a répondu.\n"
)
PAGE = liveblog.parse(DUMP, published="2024-11-29T08:00:00+01:00", url="https://ex.fr/live")
TIMELINE = merge([PAGE])
DOCUMENT = json.loads(TIMELINE.to_json())

HOSTILE_VALUES: list[Any] = [
    None, True, 0, -1, 2**64, 1e308, float("nan"), "", "x" * 10_000, "\x00", "\ud800",
    "2024-13-45T99:99:99+99:00", "0001-01-01T00:00:00+00:00", "9999-12-31T23:59:59-23:59",
    [], {}, [None], {"": None}, [[[[]]]],
]  # fmt: skip


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every path to a value in the JSON tree (keys and indexes), depth first."""
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:3]):  # the first items show every shape
            yield from _paths(item, (*path, index))


PATHS = [path for path in _paths(DOCUMENT) if path]


def _replace(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    tampered = copy.deepcopy(document)
    holder = tampered
    for step in path[:-1]:
        holder = holder[step]
    holder[path[-1]] = value
    return tampered


def _delete(document: Any, path: tuple[Any, ...]) -> Any:
    tampered = copy.deepcopy(document)
    holder = tampered
    for step in path[:-1]:
        holder = holder[step]
    del holder[path[-1]]
    return tampered


def _read(text: str | bytes) -> None:
    """Read back, or refuse with TimelineFormatError; a read value must round-trip."""
    try:
        timeline = Timeline.from_json(text)
    except TimelineFormatError:
        return
    assert timeline == Timeline.from_json(timeline.to_json())


class TestTamperedJson:
    def test_document_has_content(self) -> None:
        """The document tampered with holds pages, entries and mentions (a real target)."""
        assert len(PATHS) > 50
        assert PAGE.entries
        assert any(entry.mentions for entry in PAGE.entries)

    @pytest.mark.parametrize("path", PATHS, ids=lambda path: "/".join(map(str, path)))
    def test_each_value_replaced(self, path: tuple[Any, ...]) -> None:
        """Any one value replaced by any hostile value: read back or TimelineFormatError."""
        for value in HOSTILE_VALUES:
            _read(json.dumps(_replace(DOCUMENT, path, value)))

    @pytest.mark.parametrize("path", PATHS, ids=lambda path: "/".join(map(str, path)))
    def test_each_value_deleted(self, path: tuple[Any, ...]) -> None:
        """Any one key or item removed: read back or TimelineFormatError."""
        _read(json.dumps(_delete(DOCUMENT, path)))

    @pytest.mark.parametrize(
        "text",
        [
            "",
            "null",
            "[]",
            "{",
            TIMELINE.to_json()[:-1],
            TIMELINE.to_json()[: len(TIMELINE.to_json()) // 2],
            TIMELINE.to_json().replace('"', "'"),
            TIMELINE.to_json() + "x",
            "[" * 100_000 + "]" * 100_000,
            '{"a":' * 100_000 + "1" + "}" * 100_000,
            '{"format": "liveblog-timeline", "version": 1, "pages": '
            + "[" * 50_000
            + "]" * 50_000
            + "}",
            "\ufeff" + TIMELINE.to_json(),
            "1" * 100_000,
            "NaN",
        ],
        ids=range(14),
    )
    def test_broken_documents(self, bounded: Bounded, text: str) -> None:
        """Cut, nested, mis-quoted or junk documents: TimelineFormatError, fast."""
        with bounded(5):
            _read(text)

    @pytest.mark.parametrize(
        "source", [b"\xff\xfe\x00", b"\x80\x81", bytes(range(256)), "x".encode("utf-16")]
    )
    def test_bytes_that_do_not_decode(self, source: bytes) -> None:
        """Bytes that are not UTF-8 JSON give TimelineFormatError."""
        _read(source)

    @pytest.mark.parametrize("value", [None, 1, [], Path("x"), PAGE])
    def test_not_text(self, value: object) -> None:
        """Something other than str or bytes is the library's error, not a TypeError."""
        with pytest.raises(LiveblogError):
            Timeline.from_json(value)  # type: ignore[arg-type]

    @given(st.data())
    def test_random_tampering(self, data: st.DataObject) -> None:
        """Several values replaced at random paths at once: read back or refused."""
        document = DOCUMENT
        for _ in range(data.draw(st.integers(1, 4))):
            path = data.draw(st.sampled_from(PATHS))
            try:
                document = _replace(document, path, data.draw(st.sampled_from(HOSTILE_VALUES)))
            except (KeyError, IndexError, TypeError):  # an earlier change removed the path
                continue
        _read(json.dumps(document))

    @given(st.binary(max_size=2000) | st.text(max_size=2000))
    def test_random_text(self, text: str | bytes) -> None:
        """Any str or bytes: a Timeline or TimelineFormatError."""
        _read(text)


class TestMerge:
    @pytest.mark.parametrize("value", [PAGE, TIMELINE, "page", b"page", None, 3])
    def test_not_an_iterable_of_pages(self, value: object) -> None:
        """A single value or a non-iterable is an ArgumentError naming the fix."""
        with pytest.raises(LiveblogError):
            merge(value)  # type: ignore[arg-type]

    @pytest.mark.parametrize("value", [None, "page", DOCUMENT, 3])
    def test_foreign_items(self, value: object) -> None:
        """An item that is not a Page or Timeline is an ArgumentError."""
        with pytest.raises(ArgumentError):
            merge([PAGE, value])  # type: ignore[list-item]

    def test_many_copies(self, bounded: Bounded) -> None:
        """The same page 2,000 times merges to the page alone, within the bound."""
        with bounded(20):
            assert merge([PAGE]) == merge([PAGE] * 2000)

    def test_empty(self) -> None:
        """Nothing to merge is an empty timeline, not an error."""
        assert 0 == len(merge([]))


class TestCommandLine:
    def run(self, argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = main(argv, stdin=io.BytesIO(stdin), stdout=out, stderr=err)
        return code, out.getvalue(), err.getvalue()

    @pytest.mark.parametrize(
        "stdin",
        [b"", bytes(range(256)) * 100, b"\xff\xfe\x00", b"<div>" * 200_000, b"\x00" * 1000],
        ids=["empty", "binary", "bom", "deep", "nul"],
    )
    def test_hostile_stdin(self, bounded: Bounded, stdin: bytes) -> None:
        """Junk on stdin ends with an exit code and a message, never a traceback."""
        with bounded(10):
            code, _out, err = self.run(["-"], stdin)
        assert "Traceback" not in err
        assert isinstance(code, int)

    def test_tampered_timeline_file(self, tmp_path: Path) -> None:
        """A tampered timeline file is reported and the run goes on with the rest."""
        bad = tmp_path / "bad.json"
        bad.write_text(TIMELINE.to_json()[:-20], encoding="utf-8")
        good = tmp_path / "good.txt"
        good.write_text(DUMP, encoding="utf-8")
        _code, out, err = self.run([str(bad), str(good), "--format", "json"])
        assert "Traceback" not in err
        assert "bad.json" in err
        assert out

    @pytest.mark.parametrize(
        "argv",
        [["--format", "nope", "-"], ["--tz", "Mars/Olympus", "-"], ["--lang", "zz", "-"],
         ["/nonexistent/page.html"], ["--published", "soon", "-"]],
    )  # fmt: skip
    def test_bad_arguments(self, argv: list[str]) -> None:
        """Bad options or paths give a usage code and a message, never a traceback."""
        code, _out, err = self.run(argv, DUMP.encode())
        assert 0 != code
        assert "Traceback" not in err
        assert err
