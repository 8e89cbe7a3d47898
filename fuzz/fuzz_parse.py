"""Coverage-guided fuzzing of ``liveblog.parse``: bytes, text, and text inside a page.

Any exception other than ``LiveblogError`` is a finding. See fuzz/README.md.
"""

from __future__ import annotations

from datetime import datetime, timezone

from _shared import LiveblogError, atheris, run

import liveblog

_PAGE = (
    '<html lang="fr"><head><script type="application/ld+json">{jsonld}</script></head>'
    '<body><div class="live">{body}</div></body></html>'
)
_PUBLISHED = datetime(2024, 11, 29, 10, 0, tzinfo=timezone.utc)
_OPTIONS = liveblog.Options(max_bytes=1 << 20, max_text_chars=1 << 20)


def _check(page: liveblog.Page) -> None:
    """Invariants of every page: a reason when empty, aware datetimes."""
    if not page.entries and not page.reason:
        raise AssertionError("a page without entries must say why")
    for entry in page.entries:
        for moment in (entry.posted, entry.updated, entry.time and entry.time.start):
            if moment is not None and moment.tzinfo is None:
                raise AssertionError(f"naive datetime {moment!r} in {entry!r}")


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    mode = provider.ConsumeIntInRange(0, 3)
    published = _PUBLISHED if provider.ConsumeBool() else None
    source: str | bytes
    if mode == 0:
        source = provider.ConsumeBytes(atheris.ALL_REMAINING)
    elif mode == 1:
        source = provider.ConsumeUnicodeNoSurrogates(atheris.ALL_REMAINING)
    elif mode == 2:
        half = provider.ConsumeIntInRange(0, max(0, provider.remaining_bytes()))
        jsonld = provider.ConsumeUnicodeNoSurrogates(half)
        body = provider.ConsumeUnicodeNoSurrogates(atheris.ALL_REMAINING)
        source = _PAGE.format(jsonld=jsonld, body=body)
    else:
        source = "<html><body>" + provider.ConsumeUnicode(atheris.ALL_REMAINING)
    try:
        page = liveblog.parse(source, published=published, options=_OPTIONS)
    except LiveblogError:
        return
    _check(page)


if __name__ == "__main__":
    run(test_one_input)
