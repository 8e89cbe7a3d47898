"""The scripts in examples/ run and produce every export from the bundled pages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = sorted((ROOT / "examples").glob("*.py"))


def _run(script: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(  # noqa: S603
        [sys.executable, str(script), *args],
        capture_output=True,
        check=False,
        env=env,
        text=True,
        timeout=300,
    )


class TestExamples:
    @pytest.mark.parametrize("script", SCRIPTS, ids=[script.name for script in SCRIPTS])
    def test_script_runs(self, script: Path, tmp_path: Path) -> None:
        done = _run(script, str(tmp_path / "out"))
        assert 0 == done.returncode, done.stderr

    def test_every_export_is_written(self, tmp_path: Path) -> None:
        done = _run(ROOT / "examples" / "export_all.py", str(tmp_path))
        assert 0 == done.returncode, done.stderr
        expected = {
            "timeline.json", "timeline.jsonl", "timeline.md", "timeline.txt",
            "timelinejs.json", "timelinejs.csv", "liveblogposting.jsonld", "timeline.html",
            "timeline.ics", "timeline.csv",
        }  # fmt: skip
        assert expected == {path.name for path in tmp_path.iterdir()}
        assert "26 entries from 5 pages; JSON round trip: True" in done.stdout

    def test_snapshot_example_has_ten_posts(self) -> None:
        done = _run(ROOT / "examples" / "snapshots.py")
        assert "merged: 10 posts" in done.stdout
