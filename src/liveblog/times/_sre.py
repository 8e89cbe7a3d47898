"""The standard library's regular-expression parser, for reading the rules' structure.

``re._parser`` from Python 3.11, ``sre_parse`` before: private, so the modules that read
parsed patterns (``_narrow``, ``_lead``) take it from here, and their tests check the
shapes they rely on.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["ATOMIC", "CASE_FLAGS", "REPEATS", "const", "parser"]

try:
    parser: Any = importlib.import_module("re._parser")
    const: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover (Python 3.10)
    parser = importlib.import_module("sre_parse")
    const = importlib.import_module("sre_constants")

#: Repeat operators: greedy, lazy and (from Python 3.11) possessive.
REPEATS = frozenset(
    op
    for op in (const.MAX_REPEAT, const.MIN_REPEAT, getattr(const, "POSSESSIVE_REPEAT", None))
    if op is not None
)
#: The atomic group operator (Python 3.11), or None.
ATOMIC = getattr(const, "ATOMIC_GROUP", None)
#: Flags that change which characters a literal matches.
CASE_FLAGS = const.SRE_FLAG_IGNORECASE | getattr(const, "SRE_FLAG_LOCALE", 0)
