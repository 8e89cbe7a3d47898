"""Lossless JSON for a Timeline: every page in full, then the items pointing into them.

The codec works on a timeline's three parts (pages, dated items, undated items), so it
sits below ``Timeline``, whose ``to_json`` and ``from_json`` call it.

Layout (version 1)::

    {"format": "liveblog-timeline", "version": 1,
     "pages": [{...every Page field, entries included...}],
     "entries": [{"key": ..., "sightings": [{"page": 0, "position": 3}], "related": [...],
                  "view": {...latest headline, text, time, url: for readers, not read back}}],
     "undated": [...same shape...]}

Datetimes are ISO 8601 with their offset; a datetime in an IANA zone carries the zone's
name in brackets (RFC 9557), ``2024-06-19T07:42:00+02:00[Europe/Paris]``, so the zone
survives the round trip, not just the offset.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any, Final
from zoneinfo import ZoneInfo

from liveblog.errors import LiveblogError, TimelineFormatError, shorten
from liveblog.model import Entry, Mention, Page, TimeValue
from liveblog.timeline._fingerprint import fingerprint
from liveblog.timeline._items import Sighting, TimelineEntry

__all__ = [
    "FORMAT",
    "VERSION",
    "Parts",
    "dumps",
    "encode_datetime",
    "loads",
    "page_index",
    "time_json",
]

FORMAT: Final = "liveblog-timeline"
VERSION: Final = 1

#: What a timeline is made of: its pages, its dated items, its undated items.
Parts = tuple[tuple[Page, ...], tuple[TimelineEntry, ...], tuple[TimelineEntry, ...]]

_ZONED: Final = re.compile(
    r"""
    \A (?P<stamp>[^\[\]]{1,64})     # the ISO 8601 date-time with its offset
    \[ (?P<zone>[^\[\]]{1,64}) \]   # the IANA zone name in brackets
    \Z
    """,
    re.VERBOSE,
)


# --- writing -------------------------------------------------------------------------


def page_index(pages: tuple[Page, ...]) -> Callable[[Page], int]:
    """Return a function giving a page's position in ``pages`` (by identity, else content)."""
    by_id = {id(page): number for number, page in enumerate(pages)}
    by_content: dict[str, int] = {}

    def find(page: Page) -> int:
        number = by_id.get(id(page))
        if number is not None:
            return number
        if not by_content:
            by_content.update((fingerprint(each), n) for n, each in enumerate(pages))
        try:
            return by_content[fingerprint(page)]
        except KeyError:
            raise TimelineFormatError(
                f"a sighting points to a page missing from Timeline.pages: {shorten(page.url)}"
            ) from None

    return find


def encode_datetime(moment: datetime | None) -> str | None:
    """ISO 8601 with offset, plus ``[Zone/Name]`` when the datetime is in an IANA zone."""
    if moment is None:
        return None
    text = moment.isoformat()
    key = getattr(moment.tzinfo, "key", None)
    return f"{text}[{key}]" if isinstance(key, str) else text


def time_json(time: TimeValue | None) -> dict[str, Any] | None:
    """Return a TimeValue as a JSON object (None stays None)."""
    if time is None:
        return None
    return {
        "start": encode_datetime(time.start),
        "end": encode_datetime(time.end),
        "granularity": time.granularity,
    }


def _mention(mention: Mention) -> dict[str, Any]:
    return {
        "text": mention.text,
        "start": mention.start,
        "end": mention.end,
        "value": time_json(mention.value),
        "timex": mention.timex,
        "notes": list(mention.notes),
    }


def _entry(entry: Entry) -> dict[str, Any]:
    return {
        "headline": entry.headline,
        "text": entry.text,
        "role": entry.role,
        "posted": encode_datetime(entry.posted),
        "updated": encode_datetime(entry.updated),
        "time": time_json(entry.time),
        "time_source": entry.time_source,
        "mentions": [_mention(mention) for mention in entry.mentions],
        "time_mention": entry.time_mention,
        "strategy": entry.strategy,
        "id": entry.id,
        "rendered": entry.rendered,
    }


def _page(page: Page) -> dict[str, Any]:
    return {
        "url": page.url,
        "title": page.title,
        "published": encode_datetime(page.published),
        "lang": page.lang,
        "is_live": page.is_live,
        "key_points": list(page.key_points),
        "entries": [_entry(entry) for entry in page.entries],
        "modified": encode_datetime(page.modified),
        "zone": page.zone,
        "zone_assumed": page.zone_assumed,
        "kind": page.kind,
        "reason": page.reason,
        "notes": list(page.notes),
    }


def dumps(parts: Parts, *, indent: int | None = None) -> str:
    """Write a timeline's ``parts`` as lossless JSON (see the module docstring)."""
    pages, entries, undated = parts
    index = page_index(pages)

    def item(entry: TimelineEntry) -> dict[str, Any]:
        return {
            "key": entry.key,
            "sightings": [
                {"page": index(sighting.page), "position": sighting.position}
                for sighting in entry.sightings
            ],
            "related": list(entry.related),
            "view": {
                "headline": entry.headline,
                "text": entry.text,
                "time": time_json(entry.time),
                "url": entry.url,
            },
        }

    document = {
        "format": FORMAT,
        "version": VERSION,
        "pages": [_page(page) for page in pages],
        "entries": [item(entry) for entry in entries],
        "undated": [item(entry) for entry in undated],
    }
    return json.dumps(document, ensure_ascii=False, indent=indent)


# --- reading -------------------------------------------------------------------------


class _Reader:
    """Typed accessors that name the JSON path of whatever is wrong."""

    @staticmethod
    def fail(where: str, what: str, value: object) -> TimelineFormatError:
        return TimelineFormatError(
            f"not a liveblog timeline: {where} should be {what}, got {shorten(value)}; "
            "pass text written by Timeline.to_json()"
        )

    def obj(self, value: object, where: str, keys: tuple[str, ...]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "an object", value)
        missing = [key for key in keys if key not in value]
        extra = [key for key in value if key not in keys]
        if missing or extra:
            raise self.fail(where, f"an object with keys {list(keys)}", sorted(value))
        return value

    def text(self, value: object, where: str) -> str:
        if not isinstance(value, str):
            raise self.fail(where, "a string", value)
        return value

    def opt_text(self, value: object, where: str) -> str | None:
        return None if value is None else self.text(value, where)

    def integer(self, value: object, where: str) -> int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail(where, "an integer", value)
        return value

    def flag(self, value: object, where: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(where, "true or false", value)
        return value

    def array(self, value: object, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, "an array", value)
        return value

    def texts(self, value: object, where: str) -> tuple[str, ...]:
        items = self.array(value, where)
        return tuple(self.text(item, f"{where}[{n}]") for n, item in enumerate(items))

    def moment(self, value: object, where: str) -> datetime | None:
        if value is None:
            return None
        raw = self.text(value, where)
        match = _ZONED.match(raw)
        try:
            if match is None:
                parsed = datetime.fromisoformat(raw)
            else:
                parsed = self._zoned(match["stamp"], ZoneInfo(match["zone"]))
        except (ValueError, KeyError, OSError) as error:
            raise self.fail(where, "an ISO 8601 date-time", raw) from error
        if parsed.tzinfo is None:
            raise self.fail(where, "a date-time with an offset", raw)
        return parsed

    @staticmethod
    def _zoned(stamp: str, zone: tzinfo) -> datetime:
        written = datetime.fromisoformat(stamp)
        if written.tzinfo is None:
            raise ValueError(stamp)
        offset = written.utcoffset()
        for fold in (0, 1):
            candidate = written.replace(tzinfo=zone, fold=fold)
            if candidate.utcoffset() == offset:
                return candidate
        raise ValueError(stamp)

    def time(self, value: object, where: str) -> TimeValue | None:
        if value is None:
            return None
        data = self.obj(value, where, ("start", "end", "granularity"))
        start = self.moment(data["start"], f"{where}.start")
        end = self.moment(data["end"], f"{where}.end")
        granularity = self.text(data["granularity"], f"{where}.granularity")
        if start is None or end is None:
            raise self.fail(where, "a time with a start and an end", data)
        return TimeValue(start, end, granularity)  # type: ignore[arg-type]

    def mention(self, value: object, where: str) -> Mention:
        data = self.obj(value, where, ("text", "start", "end", "value", "timex", "notes"))
        time = self.time(data["value"], f"{where}.value")
        if time is None:
            raise self.fail(f"{where}.value", "a time", None)
        return Mention(
            text=self.text(data["text"], f"{where}.text"),
            start=self.integer(data["start"], f"{where}.start"),
            end=self.integer(data["end"], f"{where}.end"),
            value=time,
            timex=self.text(data["timex"], f"{where}.timex"),
            notes=self.texts(data["notes"], f"{where}.notes"),
        )

    def entry(self, value: object, where: str) -> Entry:
        keys = (
            "headline", "text", "role", "posted", "updated", "time", "time_source",
            "mentions", "time_mention", "strategy", "id", "rendered",
        )  # fmt: skip
        data = self.obj(value, where, keys)
        mentions = self.array(data["mentions"], f"{where}.mentions")
        time_mention = data["time_mention"]
        return Entry(
            headline=self.opt_text(data["headline"], f"{where}.headline"),
            text=self.text(data["text"], f"{where}.text"),
            role=self.text(data["role"], f"{where}.role"),  # type: ignore[arg-type]
            posted=self.moment(data["posted"], f"{where}.posted"),
            updated=self.moment(data["updated"], f"{where}.updated"),
            time=self.time(data["time"], f"{where}.time"),
            time_source=self.text(data["time_source"], f"{where}.time_source"),  # type: ignore[arg-type]
            mentions=tuple(
                self.mention(item, f"{where}.mentions[{n}]") for n, item in enumerate(mentions)
            ),
            time_mention=None
            if time_mention is None
            else self.integer(time_mention, f"{where}.time_mention"),
            strategy=self.text(data["strategy"], f"{where}.strategy"),
            id=self.opt_text(data["id"], f"{where}.id"),
            rendered=self.flag(data["rendered"], f"{where}.rendered"),
        )

    def page(self, value: object, where: str) -> Page:
        keys = (
            "url", "title", "published", "lang", "is_live", "key_points", "entries",
            "modified", "zone", "zone_assumed", "kind", "reason", "notes",
        )  # fmt: skip
        data = self.obj(value, where, keys)
        entries = self.array(data["entries"], f"{where}.entries")
        kind = self.text(data["kind"], f"{where}.kind")
        if kind not in {"html", "text"}:
            raise self.fail(f"{where}.kind", '"html" or "text"', kind)
        return Page(
            url=self.opt_text(data["url"], f"{where}.url"),
            title=self.opt_text(data["title"], f"{where}.title"),
            published=self.moment(data["published"], f"{where}.published"),
            lang=self.opt_text(data["lang"], f"{where}.lang"),
            is_live=self.flag(data["is_live"], f"{where}.is_live"),
            key_points=self.texts(data["key_points"], f"{where}.key_points"),
            entries=tuple(
                self.entry(item, f"{where}.entries[{n}]") for n, item in enumerate(entries)
            ),
            modified=self.moment(data["modified"], f"{where}.modified"),
            zone=self.opt_text(data["zone"], f"{where}.zone"),
            zone_assumed=self.flag(data["zone_assumed"], f"{where}.zone_assumed"),
            kind="html" if kind == "html" else "text",
            reason=self.opt_text(data["reason"], f"{where}.reason"),
            notes=self.texts(data["notes"], f"{where}.notes"),
        )

    def item(self, value: object, where: str, pages: tuple[Page, ...]) -> TimelineEntry:
        data = self.obj(value, where, ("key", "sightings", "related", "view"))
        sightings = []
        for n, raw in enumerate(self.array(data["sightings"], f"{where}.sightings")):
            spot = f"{where}.sightings[{n}]"
            ref = self.obj(raw, spot, ("page", "position"))
            page_index = self.integer(ref["page"], f"{spot}.page")
            if not 0 <= page_index < len(pages):
                raise self.fail(f"{spot}.page", f"a page index below {len(pages)}", page_index)
            position = self.integer(ref["position"], f"{spot}.position")
            sightings.append(Sighting(pages[page_index], position))
        return TimelineEntry(
            key=self.text(data["key"], f"{where}.key"),
            sightings=tuple(sightings),
            related=self.texts(data["related"], f"{where}.related"),
        )


def _check_consistent(
    pages: tuple[Page, ...], dated: tuple[TimelineEntry, ...], undated: tuple[TimelineEntry, ...]
) -> None:
    """Every post seen exactly once, dated items dated, keys unique and resolvable."""
    reader = _Reader()
    seen: set[tuple[int, int]] = set()
    index = page_index(pages)
    for item in dated + undated:
        for sighting in item.sightings:
            spot = (index(sighting.page), sighting.position)
            if spot in seen:
                raise reader.fail("sightings", "each post listed once", spot)
            seen.add(spot)
    expected = {
        (n, position) for n, page in enumerate(pages) for position in range(len(page.entries))
    }
    if seen != expected:
        raise reader.fail("sightings", "every post of every page", sorted(expected - seen)[:3])
    if any(item.time is None for item in dated):
        raise reader.fail("entries", "dated posts only", "an undated post")
    if any(item.time is not None for item in undated):
        raise reader.fail("undated", "undated posts only", "a dated post")
    keys = [item.key for item in dated + undated]
    if len(set(keys)) != len(keys):
        raise reader.fail("entries", "unique keys", keys)
    known = set(keys)
    for item in dated + undated:
        if not known.issuperset(item.related):
            raise reader.fail(f"{item.key}.related", "keys of this timeline", item.related)


def loads(text: str | bytes) -> Parts:
    """Read the parts of a timeline written by ``dumps``; TimelineFormatError otherwise."""
    reader = _Reader()
    try:
        document = json.loads(text)
        data = reader.obj(
            document, "document", ("format", "version", "pages", "entries", "undated")
        )
        if data["format"] != FORMAT or data["version"] != VERSION:
            raise reader.fail(
                "format/version", f"{FORMAT!r} version {VERSION}", (data["format"], data["version"])
            )
        raw_pages = reader.array(data["pages"], "pages")
        pages = tuple(reader.page(page, f"pages[{n}]") for n, page in enumerate(raw_pages))
        dated = tuple(
            reader.item(item, f"entries[{n}]", pages)
            for n, item in enumerate(reader.array(data["entries"], "entries"))
        )
        undated = tuple(
            reader.item(item, f"undated[{n}]", pages)
            for n, item in enumerate(reader.array(data["undated"], "undated"))
        )
        _check_consistent(pages, dated, undated)
    except TimelineFormatError:
        raise
    except LiveblogError as error:
        raise TimelineFormatError(f"not a liveblog timeline: {error}") from error
    except (ValueError, TypeError, RecursionError) as error:
        raise TimelineFormatError(
            f"not a liveblog timeline ({type(error).__name__}: {shorten(str(error))}); "
            "pass text written by Timeline.to_json()"
        ) from error
    return pages, dated, undated
