"""Read an HTML page into an ``Extraction``: metadata, entries as drafts, key points.

Entries come from the most trusted source the page offers: (1) schema.org
LiveBlogPosting updates (JSON-LD, then microdata), cross-checked against (2) the rendered
post stream found by structure, which stands alone when there is no structured data, and
(3) the plain-text path (``liveblog._text``) on the page's visible text when a page
declares itself live but renders no stream we can see. A page that is not live gives
one "article" draft.

The page is parsed once, with lxml; every walk over it is iterative.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta, timezone, tzinfo

import attrs
import lxml.etree
import lxml.html

from liveblog._draft import Draft, Extraction, PageMeta, Stamp
from liveblog._html import microdata
from liveblog._html.article import article_text, key_points
from liveblog._html.combine import drafts_from_stream, drafts_from_updates
from liveblog._html.jsonld import JsonLd, find_type, read_jsonld, updates_from
from liveblog._html.live import MIN_LIVE_BLOCKS, decide
from liveblog._html.meta import read_meta
from liveblog._html.profiles import PROFILES
from liveblog._html.stream import MIN_BLOCKS, Stream, find_stream, label_zone
from liveblog._html.text import fragment_text, new_parser, visible_text
from liveblog._options import Options
from liveblog._text import extract_text
from liveblog.errors import LimitError

__all__ = ["extract_html"]


def _parse(markup: str) -> tuple[lxml.html.HtmlElement | None, list[str]]:
    """Parse the document (None when nothing parses), noting when the parser cut it.

    ``huge_tree`` lifts libxml2's 256-level depth and 10 MB text-node limits, which
    otherwise drop the rest of a page silently; past its own 2,048 levels the parser still
    stops, and the note says the result is partial.
    """
    if not markup or markup.isspace():  # no copy of the page, unlike strip()
        return None, []
    root, parser = _parse_once(markup)
    if root is None:  # a str with an XML encoding declaration: lxml wants bytes
        root, parser = _parse_once(markup.encode("utf-8", "surrogatepass"))
    if root is None:
        return None, []
    cut = any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log)
    notes = ["partial: markup nested too deep, the parser dropped what follows"] if cut else []
    return root, notes


def _parse_once(source: str | bytes) -> tuple[lxml.html.HtmlElement | None, lxml.etree.HTMLParser]:
    parser = new_parser()
    try:
        return lxml.etree.fromstring(source, parser), parser
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError):
        return None, parser


def _drop(element: lxml.html.HtmlElement) -> None:
    """Remove an element and its subtree, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _apply_profiles(root: lxml.html.HtmlElement, url: str | None) -> list[str]:
    notes = []
    host = (url or "").split("/")[2] if url and "//" in url else ""
    for profile in PROFILES:
        if not host.endswith(profile.host):
            continue
        for selector in profile.drop:
            for element in root.xpath(selector):
                _drop(element)
        notes.append(f"profile {profile.host} applied")
    return notes


_LEAD_PROBE = 30  # characters of the introduction looked for in the page's text
_BODY_TEXTS = lxml.etree.XPath("//body//text()", smart_strings=False)


def _page_zone(meta: PageMeta, drafts: list[Draft]) -> tzinfo | None:
    """Pick the offset the page names most often, other than UTC (machine time)."""
    offsets: Counter[timedelta] = Counter()
    stamps: list[Stamp | None] = [meta.published, meta.modified]
    stamps.extend(draft.posted for draft in drafts)
    for stamp in stamps:
        if stamp is not None and stamp.zone is not None:
            offset = stamp.zone.utcoffset(None)
            if offset is not None and offset != timedelta(0):
                offsets[offset] += 1
    if not offsets:
        return None
    return timezone(offsets.most_common(1)[0][0])


def _text_path(
    root: lxml.html.HtmlElement, options: Options
) -> tuple[list[Draft], tuple[str, ...], list[str]]:
    """Run the plain-text path on the page's visible text, block boundaries kept."""
    body = root.find("body")
    text = visible_text(body) if body is not None else ""
    if not text:
        return [], (), ["text: the page has no visible text"]
    extraction = extract_text(text, options=options)
    notes = [
        "text: no structured updates and no rendered stream; plain-text path on visible text",
        *extraction.notes,
    ]
    return list(extraction.drafts), extraction.key_points, notes


def _live_entries(
    root: lxml.html.HtmlElement,
    jsonld: JsonLd,
    microdata_blog: tuple[lxml.html.HtmlElement | None, microdata.Scopes],
    stream: Stream | None,
    options: Options,
) -> tuple[list[Draft], tuple[str, ...], list[str]]:
    """Read a live page's entries from the most trusted source it offers, and key points."""
    blog_ld = find_type(jsonld.objects, "liveblogposting")
    blog_md, scopes = microdata_blog
    ld_updates = updates_from(blog_ld) if blog_ld is not None else ()
    md_updates = microdata.updates_from(blog_md, scopes) if blog_md is not None else ()
    points: tuple[str, ...] = ()
    if ld_updates:
        drafts, notes = drafts_from_updates(ld_updates, stream, "jsonld")
    elif md_updates:
        drafts, notes = drafts_from_updates(md_updates, stream, "microdata")
    elif stream is not None:
        drafts, notes = drafts_from_stream(stream), []
    else:
        drafts, points, notes = _text_path(root, options)
        return drafts, points or key_points(root, ()), notes
    lead = _lead(blog_ld, root) if blog_ld is not None else None
    if lead is not None:
        drafts.insert(0, lead)
    entries = [element for block in stream.blocks for element in block.elements] if stream else []
    return drafts, points or key_points(root, entries), notes


def _lead(blog: dict[str, object], root: lxml.html.HtmlElement) -> Draft | None:
    """Read the live page's introduction from its LiveBlogPosting ``description``.

    Rendered when its opening words are in a text node of the body other than a script's
    JSON (``<meta>`` descriptions do not count); else kept with ``rendered=False``.
    """
    raw = blog.get("description")
    if not isinstance(raw, str):
        return None
    text = fragment_text(raw)
    if not text:
        return None
    opening = text.split("\n", 1)[0][:_LEAD_PROBE]
    shown = any(
        opening in node and node.lstrip()[:1] not in {"{", "["} for node in _BODY_TEXTS(root)
    )
    return Draft(headline=None, text=text, role="lead", strategy="jsonld", rendered=shown)


def _with_zone(meta: PageMeta, drafts: list[Draft], stream: Stream | None) -> PageMeta:
    """Name the page's zone: its entries' visible labels', else its times' usual offset."""
    zone = label_zone(stream) if stream is not None else None
    why = "the zone the entries' visible labels name"
    if zone is None:
        zone = _page_zone(meta, drafts)
        why = "the offset the page's times name most"
    if zone is None:
        return meta
    return attrs.evolve(meta, zone=zone, notes=(*meta.notes, f"zone {zone}: {why}"))


def extract_html(markup: str, *, options: Options, url: str | None = None) -> Extraction:
    """Read an HTML page: metadata, entries as drafts, key points, and whether it is live."""
    if len(markup) > options.max_text_chars:
        raise LimitError(
            f"page of {len(markup)} characters is over Options.max_text_chars="
            f"{options.max_text_chars}; raise the cap to read it"
        )
    root, notes = _parse(markup)
    if root is None:
        return Extraction(meta=PageMeta(url=url), drafts=(), reason="the markup holds no document")
    notes.extend(_apply_profiles(root, url))
    jsonld = read_jsonld(root)
    notes.extend(jsonld.notes)
    blogs = microdata.find_blogs(root) if "LiveBlogPosting" in markup else []
    blog_md = blogs[0] if blogs else None
    scopes = microdata.props_by_scope(blog_md) if blog_md is not None else {}
    meta = read_meta(root, jsonld, scopes.get(blog_md, {}) if blog_md is not None else {}, url)
    dated = meta.published or meta.modified
    year = dated.wall.year if dated is not None and dated.has_date else None
    blog_ld = find_type(jsonld.objects, "liveblogposting")
    declared = "JSON-LD" if blog_ld is not None else "microdata" if blog_md is not None else None
    # An undeclared page is live only with MIN_LIVE_BLOCKS timed blocks: fewer labels
    # are not worth looking for.
    least = MIN_BLOCKS if declared else MIN_LIVE_BLOCKS
    stream: Stream | None = None
    if blog_md is not None:
        stream = find_stream(root, year=year, scope=blog_md, least=least)
    stream = stream or find_stream(root, year=year, least=least)
    live = decide(declared=declared, stream=stream)
    notes.append(("live: " if live.is_live else "not live: ") + live.reason)
    if stream is not None:
        notes.append(f"stream: {len(stream.blocks)} blocks, {stream.timed} timed, via {stream.via}")

    if live.is_live:
        drafts, points, more = _live_entries(root, jsonld, (blog_md, scopes), stream, options)
        notes.extend(more)
    else:
        text = article_text(root, with_microdata="articleBody" in markup)
        drafts = [Draft(headline=meta.title, text=text, role="article", strategy="text")]
        drafts, points = (drafts if text else []), ()
    if len(drafts) > options.max_entries:
        raise LimitError(
            f"page holds {len(drafts)} entries, over Options.max_entries={options.max_entries};"
            " raise the cap to read it"
        )
    meta = _with_zone(meta, drafts, stream if live.is_live else None)
    return Extraction(
        meta=meta,
        drafts=tuple(drafts),
        key_points=points,
        is_live=live.is_live,
        reason=None if drafts else "no entries: " + live.reason,
        notes=tuple(notes),
    )
