"""docs/scale.md: its Python examples are valid Python and use names liveblog has."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import liveblog
from liveblog import warc

DOC = Path(__file__).resolve().parents[2] / "docs" / "scale.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)
PUBLIC = {
    "liveblog": set(liveblog.__all__),
    "liveblog.warc": set(warc.__all__),
    "liveblog.dask": {"parse_bag", "timeline"},
    "liveblog.timeline": {"merge", "Timeline"},
}


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{n}" for n in range(len(BLOCKS))])
class TestScaleDoc:
    def test_block_compiles(self, code):
        """Each Python block of the page is valid Python."""
        compile(code, str(DOC), "exec")

    def test_block_imports_public_names(self, code):
        """Names imported from liveblog in the page are public names of their module."""
        for node in ast.walk(ast.parse(code)):
            if isinstance(node, ast.ImportFrom) and node.module in PUBLIC:
                missing = {alias.name for alias in node.names} - PUBLIC[node.module] - {"warc"}
                assert not missing, f"{node.module} has no {missing}"
