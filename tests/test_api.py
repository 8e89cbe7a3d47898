"""The public surface is small and deliberate: names, frozen values, one error base."""

from __future__ import annotations

import attrs
import pytest

import liveblog
from liveblog import errors

PUBLIC = [
    "Entry",
    "Item",
    "LiveblogError",
    "Mention",
    "Options",
    "Page",
    "Result",
    "TimeValue",
    "Timeline",
    "find_times",
    "merge",
    "parse",
    "parse_many",
]


class TestSurface:
    def test_all_is_exactly_the_public_names(self) -> None:
        """Adding a public name is a decision: this list changes with it."""
        assert PUBLIC == liveblog.__all__

    @pytest.mark.parametrize(
        "cls",
        [liveblog.Page, liveblog.Entry, liveblog.TimeValue, liveblog.Mention, liveblog.Timeline],
    )
    def test_values_are_frozen_attrs(self, cls: type) -> None:
        assert attrs.has(cls)
        assert cls.__setattr__ is not object.__setattr__

    def test_every_error_derives_from_the_base(self) -> None:
        for name in errors.__all__:
            obj = getattr(errors, name)
            if isinstance(obj, type):
                assert issubclass(obj, errors.LiveblogError)

    def test_py_typed_marker_ships(self) -> None:
        from importlib.resources import files  # noqa: PLC0415

        assert files("liveblog").joinpath("py.typed").is_file()
