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

    def test_unreadable_input_is_named(self, tmp_path: Path) -> None:
        bad = tmp_path / "broken.json"
        bad.write_text('{"format": "something else"}')
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
        assert "   05:42\n" in out
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
