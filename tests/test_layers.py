"""Imports point down the pipeline's stack: no module reaches back to a later stage."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "liveblog"

#: The stack, bottom first: a unit may import its own layer and the layers below it.
LAYERS: tuple[frozenset[str], ...] = tuple(
    frozenset(names.split())
    for names in (
        "errors",
        "_checks",
        "model _options",
        "_draft _days _locale",
        "_isotime _bounds _load warc",
        "times",
        "_lang _zone",
        "_text",
        "_html",
        "_dating",
        "_pipeline",
        "_batch _warm",
        "timeline",
        "export dask",
        "cli __main__ __init__",
    )
)
LEVEL = {name: level for level, names in enumerate(LAYERS) for name in names}


def _unit(module: str) -> str:
    """Name the top-level unit of ``liveblog.x.y`` (x), or ``__init__`` for the package."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> set[str]:
    """Every liveblog unit ``path`` imports, at module level or inside functions."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "liveblog":  # from liveblog import warc
                found.update(alias.name for alias in node.names)
            elif node.module.startswith("liveblog."):
                found.add(_unit(node.module))
        elif isinstance(node, ast.Import):
            found.update(_unit(a.name) for a in node.names if a.name.startswith("liveblog."))
    return found


MODULES = sorted(SRC.rglob("*.py"))


def _own_unit(path: Path) -> str:
    relative = path.relative_to(SRC).with_suffix("").parts
    return relative[0] if len(relative) > 1 or relative[0] != "__init__" else "__init__"


def test_every_unit_has_a_layer() -> None:
    """A new module must be placed in the stack before it can import anything."""
    units = {_own_unit(path) for path in MODULES}
    assert set() == units - set(LEVEL)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_imports_point_down(path: Path) -> None:
    """A module imports only from its own layer or below."""
    own = LEVEL[_own_unit(path)]
    upward = {unit for unit in _imports(path) - {_own_unit(path)} if LEVEL.get(unit, -1) > own}
    assert set() == upward
