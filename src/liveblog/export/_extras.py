"""Optional dependencies of some exports, imported only when those exports are used."""

from __future__ import annotations

import importlib
from types import ModuleType

from liveblog.errors import MissingExtraError

__all__ = ["MissingExtraError", "require"]


def require(module: str, extra: str, feature: str) -> ModuleType:
    """Import ``module`` or say which extra to install for ``feature``."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise MissingExtraError(
            f"{feature} needs {module}: pip install 'liveblog[{extra}]'"
        ) from error
