"""What the three harnesses share: the rule that only LiveblogError may escape."""

from __future__ import annotations

import sys
from pathlib import Path

# Run from a checkout without installing: the harnesses read the repository's src/.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import atheris

with atheris.instrument_imports(include=["liveblog"]):
    import liveblog  # noqa: F401
    from liveblog.errors import LiveblogError

__all__ = ["LiveblogError", "atheris", "run"]


def run(test_one_input: object) -> None:
    """Start libFuzzer on ``test_one_input`` with the command line's options."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
