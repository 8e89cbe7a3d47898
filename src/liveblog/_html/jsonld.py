"""schema.org objects in ``<script type="application/ld+json">`` blocks.

Real blocks are often broken: unquoted keys, trailing commas, HTML or JavaScript
comments, raw control characters. ``read_jsonld`` repairs what it safely can and notes
every block it could not read, so the caller can say why structured data was not used.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import attrs
import lxml.html

from liveblog._html.items import Update
from liveblog._html.stamps import parse_machine
from liveblog._html.text import fix_mojibake, fragments_text

__all__ = ["JsonLd", "find_type", "read_jsonld", "type_names", "updates_from"]

_MAX_OBJECTS = 100_000  # objects visited per page, a bound on hostile nesting

_UNQUOTED_KEY = re.compile(
    r"""
    (?P<lead>[{,]\s*)              # an object opens, or a member ends
    (?P<key>[A-Za-z_@$][\w@$]*)    # a bare identifier
    (?P<colon>\s*:)                # used as a key
    """,
    re.VERBOSE,
)
_TRAILING_COMMA = re.compile(r",(?P<close>\s*[}\]])")  # ",}" and ",]"
_LINE_COMMENT = re.compile(r"^[ \t]*//[^\n]*$", re.MULTILINE)  # a JS comment on its own line
_OPENERS = ("<![CDATA[", "<!--")  # wrappers CMSs put around a script's text
_CLOSERS = ("]]>", "-->")


@attrs.frozen
class JsonLd:
    """Every schema.org object found, flattened, and a note per unreadable block."""

    objects: tuple[dict[str, Any], ...]
    notes: tuple[str, ...]


def _load(text: str) -> object:
    """Parse JSON, repairing the common breakages; None when still unreadable."""
    try:
        return json.loads(text, strict=False)
    except ValueError:
        pass
    try:
        return json.loads(_repair(text), strict=False)
    except ValueError:
        return None


def _repair(text: str) -> str:
    text = _unwrap(text)
    text = _LINE_COMMENT.sub("", text)
    text = _TRAILING_COMMA.sub(r"\g<close>", text)
    return _UNQUOTED_KEY.sub(r'\g<lead>"\g<key>"\g<colon>', text)


def _unwrap(text: str) -> str:
    """Drop a ``//<![CDATA[ … //]]>`` or ``<!-- … -->`` wrapper around a block.

    String methods, not a regex: blanks on both sides of an optional ``//`` made the
    regex split long runs of blanks every way (quadratic).
    """
    text = text.strip()
    head = text.removeprefix("//").lstrip()
    for opener in _OPENERS:
        if head.startswith(opener):
            text = head[len(opener) :]
            break
    text = text.rstrip()
    for closer in _CLOSERS:
        if text.endswith(closer):
            text = text[: -len(closer)].rstrip().removesuffix("//")
            break
    return text


def _walk(value: object) -> Iterator[dict[str, Any]]:
    """Yield every dict holding an ``@type``, depth first, without recursion."""
    stack: list[object] = [value]
    seen = 0
    while stack and seen < _MAX_OBJECTS:
        item = stack.pop()
        seen += 1
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            if "@type" in item:
                yield item
            stack.extend(
                item[key]
                for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement")
                if isinstance(item.get(key), (list, dict))
            )


def read_jsonld(root: lxml.html.HtmlElement) -> JsonLd:
    """Find, parse and flatten every JSON-LD block of the page."""
    objects: list[dict[str, Any]] = []
    notes: list[str] = []
    for number, script in enumerate(root.iterfind(".//script[@type]"), start=1):
        if script.get("type", "").strip().lower() != "application/ld+json":
            continue
        text = script.text or ""
        try:
            data = _load(text)
        except RecursionError:  # the C decoder guards its own depth; nothing half-read
            notes.append(f"jsonld: block {number} is nested too deep to read; skipped")
            continue
        if data is None:
            notes.append(f"jsonld: block {number} is not valid JSON even after repair; skipped")
            continue
        try:
            json.loads(text, strict=False)
        except ValueError:
            notes.append(f"jsonld: block {number} was invalid JSON, read after repair")
        objects.extend(_walk(data))
    return JsonLd(objects=tuple(objects), notes=tuple(notes))


def type_names(obj: dict[str, Any]) -> tuple[str, ...]:
    """Return the object's ``@type`` values without vocabulary prefix, lower case."""
    raw = obj.get("@type")
    names = raw if isinstance(raw, list) else [raw]
    return tuple(str(name).rsplit("/", 1)[-1].lower() for name in names if name)


def find_type(objects: tuple[dict[str, Any], ...], *names: str) -> dict[str, Any] | None:
    """Return the first object whose type is one of ``names`` (lower case)."""
    for obj in objects:
        if any(name in names for name in type_names(obj)):
            return obj
    return None


def _text(value: object) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, str):
        return fix_mojibake(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def updates_from(blog: dict[str, Any]) -> tuple[Update, ...]:
    """Read the ``liveBlogUpdate`` items of a LiveBlogPosting, in the order listed."""
    raw = blog.get("liveBlogUpdate")
    items = raw if isinstance(raw, list) else [raw] if isinstance(raw, dict) else []
    items = [item for item in items if isinstance(item, dict)]
    headlines = fragments_text([_text(item.get("headline")) or "" for item in items])
    bodies = fragments_text(
        [_text(item.get("articleBody")) or _text(item.get("text")) or "" for item in items]
    )
    updates: list[Update] = []
    for item, headline, body in zip(items, headlines, bodies, strict=True):
        published = _text(item.get("datePublished"))
        modified = _text(item.get("dateModified"))
        updates.append(
            Update(
                headline=headline or None,
                text=body,
                posted=parse_machine(published) if published else None,
                updated=parse_machine(modified) if modified else None,
                id=_text(item.get("url")) or _text(item.get("@id")),
                source="jsonld",
            )
        )
    return tuple(updates)
