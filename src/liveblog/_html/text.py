"""Visible text of an element: block boundaries kept as newlines, boilerplate left out.

The walk is iterative (``lxml.etree.iterwalk``), so deep nesting costs no Python stack.
"""

from __future__ import annotations

import bisect
import html
import itertools
import re
from collections.abc import Collection

import lxml.etree
import lxml.html

from liveblog._html.profiles import BLOCK_TAGS, BOILERPLATE_CLASS, SKIP_TAGS

__all__ = [
    "fix_mojibake",
    "fragment_text",
    "fragments_text",
    "is_boilerplate",
    "match_key",
    "texts_matching",
    "visible_text",
]

_MARKUP = re.compile(r"<[a-zA-Z/!]")  # text that holds HTML tags
_EMBED_CODE = re.compile(r"\[\[[^\[\]\n]{1,200}\]\]")  # CMS embed codes: [[ge:rep:419430007]]
_MOJIBAKE = re.compile(r"[ÂÃâ][\x80-\xbf]")  # UTF-8 read as Latin-1: C1 controls follow
_SEPARATOR = "\u2063\u2063liveblog-fragment\u2063\u2063"  # invisible, never in a page
_NOT_ALNUM = re.compile(r"[\W_]+")  # everything but letters and digits


def normalise(text: str) -> str:
    """Collapse blanks inside lines, drop empty lines, strip."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def is_boilerplate(element: lxml.html.HtmlElement) -> bool:
    """Whether an element is chrome inside content (share bar, ad, credit, hidden text)."""
    tag = element.tag
    if not isinstance(tag, str) or tag in SKIP_TAGS:
        return True
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    names = (element.get("class") or "") + " " + (element.get("id") or "")
    return BOILERPLATE_CLASS.search(names) is not None


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
        root = lxml.html.fragment_fromstring(joined, create_parent="div")
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
        root = lxml.html.fragment_fromstring(value, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return normalise(html.unescape(value))
    return visible_text(root)


def texts_matching(texts: list[str], pattern: re.Pattern[str]) -> list[str]:
    """Keep the strings of ``texts`` in which ``pattern`` matches, in one regex pass.

    Searching the strings joined (NUL between them) runs the regex engine once instead
    of once per text node; match offsets map back to their strings by bisection.
    """
    joined = "\x00".join(texts)
    starts = list(itertools.accumulate((len(text) + 1 for text in texts), initial=0))
    found: list[str] = []
    last = -1
    for match in pattern.finditer(joined):
        index = bisect.bisect_right(starts, match.start()) - 1
        if index != last:
            found.append(texts[index])
            last = index
    return found


def match_key(text: str) -> str:
    """Letters and digits only, lower case: text compared across markup and entities."""
    return _NOT_ALNUM.sub("", html.unescape(text).lower())
