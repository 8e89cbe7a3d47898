"""Page metadata: url, title, language, published and modified times, with their sources.

Each fact is read from several places in a fixed order of trust, and the note says which
one gave it. Published time, where the sources disagree:

1. Take the most trusted source that gives one: JSON-LD main object ``datePublished``,
   then microdata, then ``article:published_time`` and the other meta tags, then a
   ``<time>`` in the page header, then a visible element of class "date" holding a
   full date or a byline ("Publié le 26 février 2020 à 18h00"), then a numeric day in
   the title ("28.09.2020").
2. Unless that value is the page's last modification (sites stamp
   ``article:published_time`` with the last update): then the earliest value another
   source gives is taken instead, since a first publication is never after an update.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any

import lxml.etree
import lxml.html

from liveblog._draft import PageMeta, Stamp
from liveblog._html.jsonld import JsonLd, find_type
from liveblog._html.stamps import LABEL_MAX, find_day, parse_label, parse_machine
from liveblog._html.text import fix_mojibake, normalise, text_of, texts_matching

__all__ = ["MAIN_TYPES", "instant", "main_object", "read_meta"]

#: JSON-LD types that describe the page itself, most specific first.
MAIN_TYPES = (
    "liveblogposting",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "article",
    "blogposting",
    "webpage",
)

_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "og:pubdate",
    "pubdate",
    "publish-date",
    "date:published_time",
    "dc.date.issued",
    "parsely-pub-date",
    "sailthru.date",
)
_MODIFIED_META = (
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dc.date.modified",
)
_META = lxml.etree.XPath("//meta[@content]")
_META_NO_BODY_ITEMS = lxml.etree.XPath(
    "//head//meta[@content] | //body//meta[@content][not(@itemprop)]"
)
_WANTED = frozenset(
    (
        *_PUBLISHED_META,
        *_MODIFIED_META,
        "og:url",
        "og:title",
        "og:locale",
        "content-language",
        "language",
    )
)
_SCOPE_LEVELS = 4  # ancestors searched for the item scope a microdata meta belongs to
_HEADER_TIME = lxml.etree.XPath("(//header//time[@datetime] | //time[@pubdate][@datetime])[1]")
_TEXTS = lxml.etree.XPath("//body//text()", smart_strings=False)
_DATED_CLASSES = lxml.etree.XPath("//body//@class[contains(., 'date') or contains(., 'byline')]")
_DATED_CLASS = re.compile(r"(?:^|[\s_-]|pub)(?:date|byline)", re.IGNORECASE)
_BYLINE_START = re.compile(
    r"\x00\s*(?:publié|published|posted|mis\ à\ jour|updated)",  # words opening a text
    re.IGNORECASE,
)


def instant(stamp: Stamp | None) -> datetime | None:
    """Return the stamp as an aware instant, when it names day, time and zone."""
    if stamp is None or stamp.zone is None or not stamp.has_date:
        return None
    return stamp.wall.replace(tzinfo=stamp.zone).astimezone(timezone.utc)


def main_object(jsonld: JsonLd) -> dict[str, Any] | None:
    """Return the JSON-LD object that describes the page itself."""
    for name in MAIN_TYPES:
        found = find_type(jsonld.objects, name)
        if found is not None:
            return found
    return None


def _str(value: object) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    return value if isinstance(value, str) and value.strip() else None


def _in_update(meta: lxml.html.HtmlElement) -> bool:
    """Whether a microdata meta belongs to a live update rather than to the page."""
    for level, ancestor in enumerate(meta.iterancestors()):
        if level >= _SCOPE_LEVELS:
            return False
        if ancestor.get("itemscope") is not None:
            return "liveBlogUpdate" in (ancestor.get("itemprop") or "")
    return False


def _metas(root: lxml.html.HtmlElement, *, body_items: bool = True) -> dict[str, str]:
    """Meta tags read here, by lower-case key, first one kept, live updates' left out.

    ``body_items=False`` skips microdata metas in the body: a page whose microdata
    LiveBlogPosting is read separately holds hundreds of them, one set per update.
    """
    found: dict[str, str] = {}
    for meta in (_META if body_items else _META_NO_BODY_ITEMS)(root):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        key = key or meta.get("http-equiv")
        name = key.strip().lower() if key else ""
        if name not in _WANTED or name in found:
            continue
        if meta.get("itemprop") and _in_update(meta):
            continue
        found[name] = meta.get("content", "").strip()
    return found


def _visible_published(root: lxml.html.HtmlElement) -> list[tuple[str, Stamp]]:
    """Read an element of class "date" or "byline", else a byline text ("Publié le …").

    The classed element is looked for first: one attribute scan costs less than reading
    every text node of the page.
    """
    for value in _DATED_CLASSES(root):
        if _DATED_CLASS.search(value) is None:  # "update" is no date
            continue
        element = value.getparent()
        text = normalise(text_of(element))
        stamp = parse_label(text) if len(text) <= LABEL_MAX else None
        if stamp is not None and stamp.has_date:
            return [(f"visible <{element.tag} class={element.get('class')!r}>", stamp)]
    short = [text for text in _TEXTS(root) if len(text) <= 100]  # not scripts
    for text in texts_matching(short, _BYLINE_START):
        stamp = parse_label(normalise(text))
        if stamp is not None and stamp.has_date:
            return [("visible byline", stamp)]
    return []


def _choose_published(
    candidates: list[tuple[str, Stamp]], modified: Stamp | None
) -> tuple[str, Stamp] | None:
    if not candidates:
        return None
    first = candidates[0]
    last = instant(modified)
    if last is None or instant(first[1]) != last:
        return first
    earlier = [
        (source, stamp)
        for source, stamp in candidates[1:]
        if (moment := instant(stamp)) is not None and moment < last
    ]
    if not earlier:
        return first
    return min(earlier, key=lambda item: instant(item[1]) or last)


def read_meta(
    root: lxml.html.HtmlElement,
    jsonld: JsonLd,
    props: dict[str, lxml.html.HtmlElement],
    url: str | None,
) -> PageMeta:
    """Read the page's own facts; ``props`` are its microdata LiveBlogPosting's, if any."""
    notes: list[str] = []
    metas = _metas(root, body_items=not props)
    main = main_object(jsonld) or {}

    def prop(name: str) -> str | None:
        element = props.get(name)
        if element is None:
            return None
        return str(element.get("content") or element.get("datetime") or text_of(element))

    published: list[tuple[str, Stamp]] = []
    modified: list[tuple[str, Stamp]] = []
    for source, value, into in (
        ("jsonld datePublished", _str(main.get("datePublished")), published),
        ("microdata datePublished", prop("datePublished"), published),
        ("jsonld dateModified", _str(main.get("dateModified")), modified),
        ("microdata dateModified", prop("dateModified"), modified),
    ):
        stamp = parse_machine(value) if value else None
        if stamp is not None:
            into.append((source, stamp))
    for keys, into in ((_PUBLISHED_META, published), (_MODIFIED_META, modified)):
        for key in keys:
            stamp = parse_machine(metas[key]) if metas.get(key) else None
            if stamp is not None:
                into.append((f"meta {key}", stamp))
    for element in _HEADER_TIME(root):
        stamp = parse_machine(element.get("datetime", ""))
        if stamp is not None:
            published.append(("header <time datetime>", stamp))
    if not published:
        published.extend(_visible_published(root))
    title = normalise(root.findtext(".//title") or "") or metas.get("og:title")
    title = title or _str(main.get("headline"))
    if not published and title and (day := find_day(title)) is not None:
        published.append(("day in the title", day))
    chosen_modified = modified[0] if modified else None
    chosen = _choose_published(published, chosen_modified[1] if chosen_modified else None)
    if chosen is not None:
        notes.append(f"published from {chosen[0]}")
        if chosen is not published[0]:
            notes.append(f"{published[0][0]} equals the last modification; earlier value kept")
    if chosen_modified is not None:
        notes.append(f"modified from {chosen_modified[0]}")
    if main.get("coverageStartTime"):
        notes.append(f"jsonld coverageStartTime {main['coverageStartTime']}")

    canonical = root.xpath("string(//link[@rel='canonical']/@href)").strip()
    page_url = canonical or metas.get("og:url") or _str(main.get("url")) or url
    lang = (
        root.get("lang")
        or metas.get("content-language")
        or metas.get("language")
        or _str(main.get("inLanguage"))
        or metas.get("og:locale")
    )
    return PageMeta(
        url=page_url or None,
        title=fix_mojibake(title) if title else None,
        published=chosen[1] if chosen else None,
        modified=chosen_modified[1] if chosen_modified else None,
        lang=lang.strip().replace("_", "-") if lang and lang.strip() else None,
        notes=tuple(notes),
    )
