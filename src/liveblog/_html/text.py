"""Visible text of an element: block boundaries kept as newlines, boilerplate left out.

The walk is iterative (``lxml.etree.iterwalk``), so deep nesting costs no Python stack.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Collection
from itertools import pairwise

import lxml.etree
import lxml.html

from liveblog._html.profiles import BLOCK_TAGS, BOILERPLATE_WORDS, SKIP_TAGS

__all__ = [
    "fix_mojibake",
    "fragment_text",
    "fragments_text",
    "is_boilerplate",
    "match_key",
    "names_match",
    "new_parser",
    "text_of",
    "texts_matching",
    "visible_text",
]

_MARKUP = re.compile(r"<[a-zA-Z/!]")  # text that holds HTML tags
_EMBED_CODE = re.compile(r"\[\[[^\[\]\n]{1,200}\]\]")  # CMS embed codes: [[ge:rep:419430007]]
_MOJIBAKE = re.compile(r"[ÂÃâ][\x80-\xbf]")  # UTF-8 read as Latin-1: C1 controls follow
_SEPARATOR = "\u2063\u2063liveblog-fragment\u2063\u2063"  # invisible, never in a page
_NOT_ALNUM = re.compile(r"[\W_]+")  # everything but letters and digits


_STRING = lxml.etree.XPath("string()")  # what lxml.html's text_content() computes


def text_of(element: lxml.html.HtmlElement) -> str:
    """Return all text under ``element`` (comments excluded), like ``text_content()``.

    Works on plain ``lxml.etree`` elements: the page is parsed without lxml.html's
    per-element Python class lookup, which costs more than the parse itself.
    """
    return str(_STRING(element))


def new_parser() -> lxml.etree.HTMLParser:
    """Make an HTML parser like lxml.html's, without its Python element-class lookup.

    One per call: lxml parsers must not be shared between threads. ``huge_tree`` lifts
    libxml2's 256-level depth and 10 MB text-node limits, which otherwise drop the rest
    of a page silently (past its own 2,048 levels the parser still stops).
    """
    return lxml.etree.HTMLParser(
        recover=True, no_network=True, default_doctype=True, huge_tree=True
    )


def normalise(text: str) -> str:
    """Collapse blanks inside lines, drop empty lines, strip."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def is_boilerplate(element: lxml.html.HtmlElement) -> bool:
    """Whether an element is chrome inside content (share bar, ad, credit, hidden text)."""
    tag = element.tag
    if not isinstance(tag, str) or tag in SKIP_TAGS:
        return True
    if not len(element.attrib):  # most elements: nothing more to look at
        return False
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    return names_match(f"{element.get('class') or ''} {element.get('id') or ''}", BOILERPLATE_WORDS)


@functools.lru_cache(maxsize=4096)
def names_match(names: str, words: frozenset[str]) -> bool:
    """Whether class and id ``names`` hold one of ``words``; memoised (pages repeat classes).

    Names split at spaces, "_" and "-"; a word matches one part, or two adjacent parts
    joined by "-" ("sr-only"). String methods and a set, not a regex: this runs for every
    element of every entry.
    """
    parts = names.lower().replace("-", " ").replace("_", " ").split()
    if not words.isdisjoint(parts):
        return True
    return any(f"{first}-{second}" in words for first, second in pairwise(parts))


def visible_text(
    element: lxml.html.HtmlElement,
    *,
    skip: Collection[lxml.html.HtmlElement] = (),
) -> str:
    """Text a reader sees in ``element``, one line per block, boilerplate and ``skip`` left out."""
    parts: list[str] = []
    walker = lxml.etree.iterwalk(element, events=("start", "end", "comment", "pi"))
    for event, node in walker:
        if event in {"comment", "pi"}:
            if node.tail:  # text after a comment belongs to the parent
                parts.append(node.tail)
            continue
        tag = node.tag
        block = isinstance(tag, str) and tag in BLOCK_TAGS
        if event == "start":
            if block:
                parts.append("\n")
            if node is not element and (is_boilerplate(node) or node in skip):
                # Removed content ends a line: text on either side is never glued.
                parts.append("\n")
                walker.skip_subtree()
                continue
            if isinstance(tag, str) and node.text:
                parts.append(node.text)
        else:
            if block:
                parts.append("\n")
            if node is not element and node.tail:
                parts.append(node.tail)
    return normalise("".join(parts))


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 read as Latin-1 (C1 controls after "â"), which no real text contains."""
    if "Ã" not in text and "Â" not in text and "â" not in text:
        return text  # the common case, checked at C speed
    if _MOJIBAKE.search(text) is None:
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return text


def _fragment(markup: str) -> lxml.html.HtmlElement:
    """Parse an HTML fragment into a ``<div>`` holding it."""
    document = lxml.etree.fromstring(f"<html><body><div>{markup}</div></body></html>", new_parser())
    if document is None:
        raise lxml.etree.ParserError("empty fragment")
    found = document.find("body/div")
    if found is None:
        raise lxml.etree.ParserError("fragment lost")
    return found


def fragments_text(values: list[str]) -> list[str]:
    """``fragment_text`` of many values, the HTML ones parsed together in one go.

    One parse of all fragments, with a separator paragraph between them, costs far less
    than one parse each. Markup that swallows a separator (an unclosed comment or
    script) makes the counts differ; then each fragment is parsed on its own.
    """
    results = [""] * len(values)
    marked: list[tuple[int, str]] = []
    for index, value in enumerate(values):
        cleaned = _EMBED_CODE.sub(" ", fix_mojibake(value))
        if _MARKUP.search(cleaned) is None:
            results[index] = normalise(html.unescape(cleaned))
        else:
            marked.append((index, cleaned))
    if not marked:
        return results
    joined = f"<p>{_SEPARATOR}</p>".join(value for _index, value in marked)
    try:
        root = _fragment(joined)
        parts = visible_text(root).split(_SEPARATOR)
    except (lxml.etree.ParserError, ValueError):
        parts = []
    if len(parts) != len(marked):
        parts = [fragment_text(value) for _index, value in marked]
    for (index, _value), part in zip(marked, parts, strict=True):
        results[index] = normalise(part)
    return results


def fragment_text(value: str) -> str:
    """Text of a structured-data field that may hold HTML, entities or embed codes."""
    value = _EMBED_CODE.sub(" ", fix_mojibake(value))
    if _MARKUP.search(value) is None:
        return normalise(html.unescape(value))
    try:
        root = _fragment(value)
    except (lxml.etree.ParserError, ValueError):
        return normalise(html.unescape(value))
    return visible_text(root)


def texts_matching(texts: list[str], pattern: re.Pattern[str]) -> list[str]:
    """Keep the strings of ``texts`` in which ``pattern`` matches, in one regex pass.

    Searching the strings joined runs the regex engine once instead of once per text
    node. Each string is preceded by a NUL, so a pattern may anchor on a string's start
    with a literal NUL; a match's string is found by counting the NULs up to it,
    from the previous match on, so the whole scan stays linear and in C.
    """
    joined = "\x00" + "\x00".join(texts)
    found: list[str] = []
    nuls = 0  # NULs in joined[:position + 1]
    position = -1
    last = -1
    for match in pattern.finditer(joined):
        nuls += joined.count("\x00", position + 1, match.start() + 1)
        position = match.start()
        index = nuls - 1
        if index != last:
            found.append(texts[index])
            last = index
    return found


def match_key(text: str) -> str:
    """Letters and digits only, lower case: text compared across markup and entities."""
    return _NOT_ALNUM.sub("", html.unescape(text).lower())
