"""``parse``: the one place that knows the order of the stages and assembles a Page.

load → extract (HTML or text) → language → zone → stamps made aware → mentions found
and resolved per entry → each entry dated → Page.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

import attrs

from liveblog._bounds import MAX_YEAR, MIN_YEAR, in_range, stamp_in_range
from liveblog._dating import date_entry
from liveblog._draft import Draft, Extraction, PageMeta, Stamp
from liveblog._isotime import parse_iso
from liveblog._lang import detect_language, normalise_code, regional_tag
from liveblog._load import load
from liveblog._options import Options
from liveblog._text import extract_text
from liveblog._zone import PageClock, after, aware, choose_zone, place_stamps, zone_argument
from liveblog.errors import ArgumentError, NaiveDatetimeError, UnknownLanguageError, shorten
from liveblog.model import Entry, Page
from liveblog.times import find_times

__all__ = ["parse"]


def parse(
    source: str | bytes,
    *,
    url: str | None = None,
    published: datetime | str | None = None,
    tz: str | None = None,
    lang: str | None = None,
    options: Options | None = None,
) -> Page:
    """Read one page (HTML or a plain-text dump) into its entries, each dated.

    Args:
        source: the page, as ``str`` or as ``bytes`` in any encoding.
        url: overrides the URL the page gives.
        published: overrides the page's publish time: an aware datetime, or ISO text
            (naive ISO text is read in the page's zone).
        tz: IANA zone to assume when the page names none.
        lang: language code overriding detection ("fr", "en", …).
        options: caps and defaults (``Options``).

    Returns:
        A ``Page``. A page with nothing to find has no entries and says why in ``reason``.

    Raises:
        InputError: the source cannot be read (binary, over a cap).
        ArgumentError: an argument is malformed (naive ``published``, unknown ``tz``).
        UnknownLanguageError: ``lang`` names a language the library cannot read.

    """
    options = _options_argument(options)
    url = _url_argument(url)
    zone_arg = zone_argument(tz)
    published_arg = _published_argument(published)
    lang_arg = _lang_argument(lang)
    loaded = load(source, options)
    if loaded.text.strip():
        extraction = in_range(_extract(loaded.text, loaded.kind, options, url))
    else:
        extraction = Extraction(meta=PageMeta(), drafts=(), reason="empty input")
    meta = extraction.meta
    page_url = url or meta.url
    page_lang = (
        lang_arg
        or normalise_code(meta.lang)
        or detect_language(" ".join(d.text for d in extraction.drafts[:50]))
    )
    clock = choose_zone(extraction, tz=zone_arg, url=page_url, lang=page_lang)
    page_published, has_time = _page_published(published_arg, meta.published, clock)
    modified = aware(meta.modified, clock) if meta.modified and meta.modified.has_date else None
    posted = place_stamps([d.posted for d in extraction.drafts], clock, modified or page_published)
    notes = [*loaded.notes, *meta.notes, *extraction.notes, f"zone: {clock.name} ({clock.why})"]
    readable = page_lang is not None and supported_language(page_lang)
    if not readable:
        notes.append(f"no time mentions: language {page_lang or 'unknown'} has no time data")
    captured = options.captured
    bounds = [moment for moment in (page_published, captured) if moment is not None]
    time_lang = None
    if readable and page_lang is not None:
        time_lang = regional_tag(lang, page_lang) or regional_tag(meta.lang, page_lang)
        time_lang = time_lang or page_lang
    context = _Context(
        clock,
        page_published,
        has_time,
        time_lang,
        captured or options.reference,
        min(bounds) if bounds else None,
    )
    entries = tuple(
        _entry(draft, moment, context)
        for draft, moment in zip(extraction.drafts, posted, strict=True)
    )
    if captured is not None:
        late = sum(1 for e in entries if e.posted is not None and e.posted > captured)
        if late:
            notes.append(
                f"{late} entry stamp(s) later than the capture time {captured.isoformat()}"
            )
    return Page(
        url=page_url,
        title=meta.title,
        published=page_published,
        lang=page_lang,
        is_live=extraction.is_live,
        key_points=extraction.key_points,
        entries=entries,
        modified=modified,
        zone=clock.name,
        zone_assumed=clock.assumed,
        kind=loaded.kind,
        reason=None if entries else (extraction.reason or "no text that reads as an entry"),
        notes=tuple(notes),
    )


def _extract(text: str, kind: str, options: Options, url: str | None) -> Extraction:
    if kind == "html":
        from liveblog._html import extract_html  # noqa: PLC0415 (only HTML pages need lxml)

        return extract_html(text, options=options, url=url)
    return extract_text(text, options=options)


@attrs.frozen
class _Context:
    """Page-level facts every entry of the page is dated against."""

    clock: PageClock
    published: datetime | None
    published_has_time: bool
    #: The tag the time engine reads: the page's language, with its region when the caller
    #: or the page gives one ("en-GB"), for the date order and holidays.
    lang: str | None
    #: Where a dateless page's years are chosen near: the capture time, else
    #: ``Options.reference``.
    reference: datetime
    #: The latest instant a mention may date an entry at: publication or capture.
    not_after: datetime | None


def _entry(draft: Draft, posted: datetime | None, page: _Context) -> Entry:
    anchor = posted or page.published
    mentions = (
        find_times(draft.text, anchor=anchor, lang=page.lang, reference=page.reference)
        if page.lang
        else ()
    )
    updated = after(draft.updated, posted, page.clock) if draft.updated and posted else None
    if draft.updated and draft.updated.has_date and updated is None:
        updated = aware(draft.updated, page.clock)
    time, source, index = date_entry(
        draft.text,
        mentions,
        posted=posted,
        published=page.published,
        published_has_time=page.published_has_time,
        not_after=page.not_after,
    )
    return Entry(
        headline=draft.headline,
        text=draft.text,
        role=draft.role,
        posted=posted,
        updated=updated,
        time=time,
        time_source=source,
        mentions=mentions,
        time_mention=index,
        strategy=draft.strategy,
        id=draft.id,
        rendered=draft.rendered,
    )


def _page_published(
    argument: datetime | Stamp | None, found: Stamp | None, clock: PageClock
) -> tuple[datetime | None, bool]:
    if isinstance(argument, datetime):
        return argument, True
    stamp = argument or found
    if stamp is None or not stamp.has_date:
        return None, False
    return aware(stamp, clock), stamp.has_time


def _options_argument(options: Options | None) -> Options:
    if options is None:
        return Options()
    if not isinstance(options, Options):
        raise ArgumentError(
            f"options must be a liveblog.Options, got {shorten(options)}; "
            "build one with liveblog.Options(max_bytes=...)"
        )
    return options


def _url_argument(url: str | None) -> str | None:
    if url is not None and not isinstance(url, str):
        raise ArgumentError(f"url must be a str or None, got {shorten(url)}")
    return url


def _published_argument(value: datetime | str | None) -> datetime | Stamp | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise NaiveDatetimeError(
                f"published={value.isoformat()} has no timezone; pass an aware datetime, "
                "or ISO text to have it read in the page's zone"
            )
        stamp: Stamp | None = Stamp.from_aware(value)
    elif isinstance(value, str):
        stamp = parse_iso(value)
        if stamp is None:
            raise ArgumentError(
                f"published={shorten(value)} is not ISO 8601; use e.g. '2024-11-29T10:11:29+01:00'"
            )
    else:
        raise ArgumentError(f"published must be a datetime or ISO text, got {shorten(value)}")
    if not stamp_in_range(stamp):
        raise ArgumentError(
            f"published={shorten(value)} is outside years {MIN_YEAR}..{MAX_YEAR}, "
            "where liveblog can count days; pass the page's real publish time"
        )
    return value if isinstance(value, datetime) else stamp


def _lang_argument(lang: str | None) -> str | None:
    if lang is None:
        return None
    code = normalise_code(lang) if isinstance(lang, str) else None
    if code is None or not supported_language(code):
        raise UnknownLanguageError(
            f"lang={shorten(lang)} is not a language liveblog can read; "
            "use a code such as 'fr' or 'en'"
        )
    return code


@lru_cache(maxsize=64)
def supported_language(code: str) -> bool:
    """Whether the time engine has words for ``code`` (its own data or dateparser's)."""
    try:
        find_times("", anchor=None, lang=code)
    except UnknownLanguageError:
        return False
    return True
