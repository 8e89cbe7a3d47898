"""The library's exceptions: one base, each leaf also the builtin a caller would expect.

::

    LiveblogError(Exception)
    ├── InputError(LiveblogError, ValueError)          the source cannot be read as a page
    │   ├── EncodingError(InputError, UnicodeError)    bytes that decode to nothing sensible
    │   └── LimitError(InputError)                     input or work beyond a configured cap
    ├── ArgumentError(LiveblogError, ValueError)       a call's own argument is wrong
    │   └── NaiveDatetimeError(ArgumentError)          a datetime without a zone
    ├── UnknownLanguageError(LiveblogError, LookupError)
    ├── MissingExtraError(LiveblogError, ImportError)  an optional dependency is not installed
    └── TimelineFormatError(LiveblogError, ValueError) JSON that is not a serialised Timeline

Finding nothing is not an error: ``parse`` returns a ``Page`` with no entries and a
``reason``. Messages show the offending value, shortened, and how to fix the call.
Caps, partial results and what to catch: docs/errors.md.
"""

from __future__ import annotations

__all__ = [
    "ArgumentError",
    "EncodingError",
    "InputError",
    "LimitError",
    "LiveblogError",
    "MissingExtraError",
    "NaiveDatetimeError",
    "TimelineFormatError",
    "UnknownLanguageError",
    "shorten",
]


def shorten(value: object, limit: int = 80) -> str:
    """Return ``repr(value)`` cut to ``limit`` characters, for error messages."""
    text = repr(value)
    if len(text) <= limit:
        return text
    return text[: limit - 1] + "…"


class LiveblogError(Exception):
    """Base of every exception the library raises on purpose."""


class InputError(LiveblogError, ValueError):
    """The source given to ``parse`` cannot be read as a page."""


class EncodingError(InputError, UnicodeError):
    """Bytes that no encoding turns into readable text."""


class LimitError(InputError):
    """Input or work beyond a cap of ``Options``; raise the cap to go on."""


class ArgumentError(LiveblogError, ValueError):
    """An argument of the call itself is malformed (not the page's content)."""


class NaiveDatetimeError(ArgumentError):
    """A datetime without a timezone where the library needs an instant."""


class UnknownLanguageError(LiveblogError, LookupError):
    """A language code the library has no data for, not even through dateparser."""


class MissingExtraError(LiveblogError, ImportError):
    """A feature needs an optional dependency; the message names the extra to install."""


class TimelineFormatError(LiveblogError, ValueError):
    """Text given to ``Timeline.from_json`` that is not a serialised timeline."""
