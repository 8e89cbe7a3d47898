"""Coverage-guided fuzzing of ``Timeline.from_json`` on raw and tampered timelines.

Any exception other than ``LiveblogError`` is a finding, as is a timeline that reads but
does not write back to JSON that reads to the same timeline. See fuzz/README.md.
"""

from __future__ import annotations

from _shared import LiveblogError, atheris, run

from liveblog.timeline import Timeline


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    source: str | bytes
    if provider.ConsumeBool():
        source = provider.ConsumeBytes(atheris.ALL_REMAINING)
    else:
        source = provider.ConsumeUnicodeNoSurrogates(atheris.ALL_REMAINING)
    try:
        timeline = Timeline.from_json(source)
    except LiveblogError:
        return
    if Timeline.from_json(timeline.to_json()) != timeline:
        raise AssertionError("from_json(to_json(t)) != t")


if __name__ == "__main__":
    run(test_one_input)
