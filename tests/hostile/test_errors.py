"""The exception tree: one base, each class also its builtin, drawn in the docstring."""

from __future__ import annotations

import importlib
import pkgutil
import re
from datetime import datetime, timezone

import pytest

import liveblog
from liveblog import errors
from liveblog.errors import (
    ArgumentError,
    EncodingError,
    InputError,
    LimitError,
    LiveblogError,
    MissingExtraError,
    NaiveDatetimeError,
    TimelineFormatError,
    UnknownLanguageError,
)

CLASSES = [
    value
    for value in vars(errors).values()
    if isinstance(value, type) and issubclass(value, LiveblogError)
]


class TestTree:
    @pytest.mark.parametrize(
        ("cls", "builtin"),
        [
            (InputError, ValueError),
            (EncodingError, UnicodeError),
            (LimitError, ValueError),
            (ArgumentError, ValueError),
            (NaiveDatetimeError, ValueError),
            (UnknownLanguageError, LookupError),
            (TimelineFormatError, ValueError),
            (MissingExtraError, ImportError),
        ],
    )
    def test_each_class_is_its_builtin(self, cls: type, builtin: type) -> None:
        """Callers catching the builtin catch the library's error too."""
        assert issubclass(cls, LiveblogError)
        assert issubclass(cls, builtin)

    def test_docstring_draws_every_class(self) -> None:
        """The tree in the module docstring names exactly the classes the module defines."""
        drawn = set(re.findall(r"(\w+Error)\(", errors.__doc__ or ""))
        assert {cls.__name__ for cls in CLASSES} == drawn

    @pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
    def test_docstring_draws_each_parent(self, cls: type) -> None:
        """Each class is drawn with the bases it really has."""
        bases = ", ".join(base.__name__ for base in cls.__bases__)
        assert f"{cls.__name__}({bases})" in (errors.__doc__ or "")

    def test_no_error_class_outside_the_tree(self) -> None:
        """Every LiveblogError subclass in the package is defined in liveblog.errors."""
        for info in pkgutil.walk_packages(liveblog.__path__, "liveblog."):
            if info.name.endswith("__main__"):
                continue
            try:
                module = importlib.import_module(info.name)
            except ImportError:  # an optional extra that is not installed
                continue
            for value in vars(module).values():
                if isinstance(value, type) and issubclass(value, LiveblogError):
                    assert "liveblog.errors" == value.__module__, value

    @pytest.mark.parametrize("cls", CLASSES, ids=lambda cls: cls.__name__)
    def test_every_class_is_exported(self, cls: type) -> None:
        """``liveblog.errors.__all__`` lists every class."""
        assert cls.__name__ in errors.__all__


class TestMessages:
    """Messages show the offending value and say how to fix the call."""

    @pytest.mark.parametrize(
        ("call", "error", "words"),
        [
            (lambda: liveblog.parse(42), ArgumentError, ["int", "42", "read_bytes"]),
            (lambda: liveblog.parse("x", url=3), ArgumentError, ["url", "3"]),
            (lambda: liveblog.parse("x", options={}), ArgumentError, ["Options", "{}"]),
            (lambda: liveblog.parse("x", tz="Mars/Olympus"), ArgumentError, ["Mars/Olympus"]),
            (lambda: liveblog.parse("x", lang="zz"), UnknownLanguageError, ["'zz'", "'fr'"]),
            (
                lambda: liveblog.parse("x", published=datetime(2024, 1, 1)),  # noqa: DTZ001
                NaiveDatetimeError,
                ["2024-01-01", "aware"],
            ),
            (lambda: liveblog.parse("x", published="soon"), ArgumentError, ["'soon'", "ISO"]),
            (
                lambda: liveblog.parse("x", published="0001-01-01T00:00:00+00:00"),
                ArgumentError,
                ["0001-01-01", "years"],
            ),
            (
                lambda: liveblog.parse(b"x" * 11, options=liveblog.Options(max_bytes=10)),
                LimitError,
                ["11 bytes", "max_bytes=10", "Options(max_bytes="],
            ),
            (
                lambda: liveblog.parse("x" * 11, options=liveblog.Options(max_text_chars=10)),
                LimitError,
                ["11 characters", "max_text_chars=10"],
            ),
            (lambda: liveblog.parse(bytes(range(32)) * 100), EncodingError, ["binary", "\\x00"]),
            (lambda: liveblog.find_times(b"x", anchor=None), ArgumentError, ["str", "b'x'"]),
            (
                lambda: liveblog.find_times("x", anchor="2024-01-01"),
                ArgumentError,
                ["anchor", "'2024-01-01'"],
            ),
            (
                lambda: liveblog.find_times("x", anchor=None, lang="zz"),
                UnknownLanguageError,
                ["'zz'", "'fr'"],
            ),
            (lambda: liveblog.Options(max_entries=0), ArgumentError, ["max_entries", "0"]),
        ],
    )
    def test_message_names_input_and_fix(
        self, call: object, error: type[Exception], words: list[str]
    ) -> None:
        """The error is the documented class and its message holds the listed words."""
        with pytest.raises(error) as caught:
            call()  # type: ignore[operator]
        for word in words:
            assert word in str(caught.value)

    def test_long_input_is_shortened(self) -> None:
        """A huge offending value is cut in the message, not copied whole."""
        with pytest.raises(ArgumentError) as caught:
            liveblog.parse("x", published="z" * 100_000)
        assert len(str(caught.value)) < 300

    def test_naive_anchor(self) -> None:
        """A naive anchor is refused with the fix (attach a zone)."""
        with pytest.raises(NaiveDatetimeError, match="tzinfo"):
            liveblog.find_times("hier", anchor=datetime(2024, 1, 1))  # noqa: DTZ001

    def test_aware_anchor_is_accepted(self) -> None:
        """The same call with a zone works: the message's fix is right."""
        anchor = datetime(2024, 1, 2, tzinfo=timezone.utc)
        assert "2024-01-01" == liveblog.find_times("hier", anchor=anchor)[0].timex
