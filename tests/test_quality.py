"""The code stays typed and linted: mypy --strict and ruff run as part of the suite."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 (fixed commands on our own tree)
        command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=600
    )


class TestQuality:
    def test_mypy_strict(self) -> None:
        """Every module of src/ type-checks under mypy --strict (settings in pyproject)."""
        pytest.importorskip("mypy")
        result = _run(sys.executable, "-m", "mypy", "src")
        assert 0 == result.returncode, result.stdout + result.stderr

    def test_ruff(self) -> None:
        """ruff (rule set ALL, each ignore with its reason in pyproject) finds nothing."""
        ruff = shutil.which("ruff") or shutil.which("ruff", path=str(Path(sys.executable).parent))
        if ruff is None:
            pytest.skip("ruff is not installed (pip install -e '.[test]')")
        result = _run(ruff, "check", "src", "tests", "benchmarks", "examples", "fuzz")
        assert 0 == result.returncode, result.stdout + result.stderr
