"""The command line: inputs of every kind, formats, errors that name the file, exit codes."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from liveblog import Timeline
from liveblog.cli import (
    EXIT_FAILED_SOME,
    EXIT_NOTHING_READ,
    EXIT_OK,
    EXIT_OUTPUT,
    EXIT_USAGE,
    FORMATS,
    main,
)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples" / "data").glob("*.txt"))
GUARDIAN = ROOT / "tests" / "data" / "seeds" / "002_6cc489036926f0d6.txt"


def run(*argv: str, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdin=io.BytesIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


class TestInputs:
    def test_seed_files_give_26_entries(self) -> None:
        """The README's first command: the five example pages, 26 posts in time order."""
        code, out, err = run(*map(str, EXAMPLES), "--format", "jsonl")
        assert (EXIT_OK, "") == (code, err)
        records = [json.loads(line) for line in out.splitlines()]
        assert 26 == len(records)
        starts = [record["time"]["start"] for record in records]
        assert all(starts)

    def test_default_text_is_readable(self) -> None:
        code, out, _err = run(*map(str, EXAMPLES))
        assert EXIT_OK == code
        assert out.startswith("== mercredi 19 juin 2024 ==")
        assert "-- 26 entrées, 5 pages" in out

    def test_directory(self, tmp_path: Path) -> None:
        for path in EXAMPLES[:2]:
            (tmp_path / path.name).write_bytes(path.read_bytes())
        (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
        code, out, _err = run(str(tmp_path), "-f", "jsonl")
        assert EXIT_OK == code
        assert 11 == len(out.splitlines())

    def test_glob(self) -> None:
        """Globs are expanded by the command too (for shells that do not)."""
        code, out, _err = run(str(ROOT / "examples" / "data" / "00[01]_*.txt"), "-f", "jsonl")
        assert (EXIT_OK, 11) == (code, len(out.splitlines()))

    def test_stdin(self) -> None:
        code, out, _err = run("-", "-f", "jsonl", stdin=GUARDIAN.read_bytes())
        assert (EXIT_OK, 10) == (code, len(out.splitlines()))

    def test_timeline_json_merges_with_pages(self, tmp_path: Path) -> None:
        """A timeline written with --format json is read back and merged, without doubles."""
        saved = tmp_path / "t.json"
        assert EXIT_OK == run(str(GUARDIAN), "-f", "json", "-o", str(saved))[0]
        code, out, _err = run(str(saved), str(GUARDIAN), str(EXAMPLES[0]), "-f", "jsonl")
        assert (EXIT_OK, 14) == (code, len(out.splitlines()))


class TestErrors:
    def test_missing_file_is_named_and_others_go_on(self) -> None:
        code, out, err = run("nope.txt", str(GUARDIAN), "-f", "jsonl")
        assert EXIT_FAILED_SOME == code
        assert "nope.txt: no such file or directory" in err
        assert 10 == len(out.splitlines())

    def test_name_too_long_is_named_and_others_go_on(self) -> None:
        """The system refuses a name over 255 bytes: an error line, not a traceback."""
        code, out, err = run("x" * 300, str(GUARDIAN), "-f", "jsonl")
        assert EXIT_FAILED_SOME == code
        assert "x" * 300 + ": file name too long" in err
        assert 10 == len(out.splitlines())

    def test_unreadable_input_is_named(self, tmp_path: Path) -> None:
        bad = tmp_path / "broken.json"
        bad.write_text('{"format": "liveblog-timeline", "version": 7}')
        code, _out, err = run(str(bad), str(GUARDIAN))
        assert EXIT_FAILED_SOME == code
        assert "broken.json" in err

    def test_nothing_readable(self) -> None:
        code, out, err = run("nope.txt", "nada.html")
        assert (EXIT_NOTHING_READ, "") == (code, out)
        assert 2 == err.count("error:")

    @pytest.mark.parametrize(
        "argv",
        [
            ["--tz", "Mars/Olympus", "x.txt"],
            ["--published", "yesterday", "x.txt"],
            ["--zone", "UTC+99", "x.txt"],
            ["--format", "pdf", "x.txt"],
        ],
    )
    def test_bad_arguments_are_usage_errors(self, argv: list[str]) -> None:
        code, _out, err = run(*argv)
        assert EXIT_USAGE == code
        assert "usage:" in err

    def test_unwritable_output(self, tmp_path: Path) -> None:
        target = tmp_path / "missing-dir" / "out.html"
        code, _out, err = run(str(GUARDIAN), "-o", str(target))
        assert EXIT_OUTPUT == code
        assert "cannot write" in err

    def test_help_has_examples(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert EXIT_OK == main(["--help"])
        assert "examples:" in capsys.readouterr().out


class TestFormats:
    @pytest.mark.parametrize("name", FORMATS)
    def test_every_format_writes_something(self, name: str, tmp_path: Path) -> None:
        target = tmp_path / f"out.{name}"
        code, out, err = run(str(GUARDIAN), "--format", name, "-o", str(target))
        assert (EXIT_OK, "", "") == (code, out, err)
        assert target.stat().st_size > 500

    def test_json_output_reads_back(self) -> None:
        code, out, _err = run(str(GUARDIAN), "-f", "json")
        assert EXIT_OK == code
        assert 10 == len(Timeline.from_json(out))

    def test_display_zone(self) -> None:
        _code, out, _err = run(str(GUARDIAN), "--zone", "UTC")
        assert "\n05:42 UTC\n" in out
        assert "07:42" not in out


class TestModule:
    def test_python_dash_m(self) -> None:
        """``python -m liveblog`` runs the same command."""
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        done = subprocess.run(  # noqa: S603
            [sys.executable, "-m", "liveblog", str(GUARDIAN), "-f", "jsonl"],
            capture_output=True,
            check=False,
            env=env,
            timeout=120,
        )
        assert (0, 10) == (done.returncode, len(done.stdout.splitlines()))


class TestProgress:
    def test_bar_on_many_inputs_at_a_terminal(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """tqdm wraps the inputs when there are many and stderr is a terminal."""
        tqdm = pytest.importorskip("tqdm")
        terminal = io.StringIO()
        monkeypatch.setattr(terminal, "isatty", lambda: True)
        monkeypatch.setattr(sys, "stderr", terminal)
        from liveblog.cli import _progress  # noqa: PLC0415

        names = [str(path) for path in EXAMPLES]
        assert isinstance(_progress(names, quiet=False), tqdm.tqdm)
        assert names == _progress(names, quiet=True)
        assert names[:2] == _progress(names[:2], quiet=False)


def _warc_response(url: str, body: bytes) -> bytes:
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
        "WARC-Date: 2024-06-19T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:0000000000000001>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


class TestArchives:
    def test_warc_records_are_pages(self, tmp_path: Path) -> None:
        """Each HTML response of a .warc file is read as a page and merged with the rest."""
        pytest.importorskip("warcio")
        body = (
            "<html><head><title>Live</title></head><body><article>"
            "<p>12h05 : Le Kremlin a répondu aux questions des journalistes sur le traité.</p>"
            "</article></body></html>"
        ).encode()
        archive = tmp_path / "crawl.warc"
        archive.write_bytes(_warc_response("https://example.org/live", body))
        code, out, err = run(str(archive), str(GUARDIAN), "-f", "json", "-q")
        assert (EXIT_OK, "") == (code, err)
        timeline = Timeline.from_json(out)
        assert ["https://example.org/live"] == [page.url for page in timeline.pages if page.url]


class TestRobustness:
    def test_a_crash_on_one_page_does_not_stop_the_others(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """An unexpected exception is reported with the file's name; the rest is written."""
        from liveblog import _batch  # noqa: PLC0415 (the command parses through parse_many)

        real = _batch.parse

        def flaky(data: bytes, **kwargs: object) -> object:
            if b"Guardian" not in data and b"Poutine en Cor" in data[:200]:
                raise OverflowError("boom")
            return real(data, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(_batch, "parse", flaky)
        code, out, err = run(str(GUARDIAN), str(EXAMPLES[0]), "-f", "jsonl")
        assert EXIT_FAILED_SOME == code
        assert f"{GUARDIAN}: internal error OverflowError: boom" in err
        assert 4 == len(out.splitlines())
