"""Optional dependencies of some exports, imported only when those exports are used."""

from __future__ import annotations

import importlib
from types import ModuleType

from liveblog.errors import LiveblogError

__all__ = ["MissingExtraError", "require"]


class MissingExtraError(LiveblogError, ImportError):
    """An export needs an optional dependency that is not installed.

    .. versionadded:: 0.1
    """


def require(module: str, extra: str, feature: str) -> ModuleType:
    """Import ``module`` or say which extra to install for ``feature``."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise MissingExtraError(
            f"{feature} needs {module}: pip install 'liveblog[{extra}]'"
        ) from error
