"""Coverage-guided fuzzing of ``liveblog.find_times`` in French, English and via dateparser.

Any exception other than ``LiveblogError`` is a finding, as is a mention whose span does
not match its text or whose value is naive. See fuzz/README.md.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from _shared import LiveblogError, atheris, run

import liveblog

_LANGS = ("fr", "en", "de", "es")
_ANCHORS = (
    None,
    datetime(2024, 11, 29, 10, 11, 29, tzinfo=ZoneInfo("Europe/Paris")),
    datetime(2022, 3, 27, 1, 30, tzinfo=ZoneInfo("Europe/London")),  # the spring-forward gap
    datetime(1, 1, 1, 0, 0, tzinfo=timezone.utc),
    datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-12))),
)


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    lang = _LANGS[provider.ConsumeIntInRange(0, len(_LANGS) - 1)]
    anchor = _ANCHORS[provider.ConsumeIntInRange(0, len(_ANCHORS) - 1)]
    text = provider.ConsumeUnicodeNoSurrogates(atheris.ALL_REMAINING)
    try:
        mentions = liveblog.find_times(text, anchor=anchor, lang=lang)
    except LiveblogError:
        return
    for mention in mentions:
        if text[mention.start : mention.end] != mention.text:
            raise AssertionError(f"span {mention.start}:{mention.end} is not {mention.text!r}")
        if mention.value is not None and mention.value.start.tzinfo is None:
            raise AssertionError(f"naive value in {mention!r}")


if __name__ == "__main__":
    run(test_one_input)
