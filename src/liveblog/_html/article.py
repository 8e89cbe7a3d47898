"""The main text of a page that is not live, and key points of one that is."""

from __future__ import annotations

from collections.abc import Collection

import lxml.etree
import lxml.html

from liveblog._html.profiles import KEY_POINTS_WORDS, NOT_STREAM_TAGS
from liveblog._html.text import names_match, text_of, visible_text

__all__ = ["article_text", "key_points"]

_CANDIDATES = lxml.etree.XPath("//article | //main")
_BODIES = lxml.etree.XPath("//*[@itemprop='articleBody']")
_LISTS = lxml.etree.XPath("//ul | //ol")
_KEY_LEVELS = 3  # a list, or one of its nearest ancestors, names itself a key-events box
_MAX_KEY_POINTS = 50
_MIN_ARTICLE = 200  # characters: shorter candidates are teasers, not the article


def article_text(root: lxml.html.HtmlElement, *, with_microdata: bool = True) -> str:
    """Visible text of the page's main content: the longest article-like element.

    ``with_microdata=False`` skips looking for ``itemprop=articleBody`` (a full scan)
    when the markup does not hold the word.
    """
    candidates = _CANDIDATES(root) + (_BODIES(root) if with_microdata else [])
    sized = sorted(
        ((len(text_of(element)), element) for element in candidates),
        key=lambda pair: pair[0],
        reverse=True,
    )
    best: lxml.html.HtmlElement | None = None
    best_size = 0
    for size, element in sized:
        # A nested candidate holding most of the text is the tighter choice.
        if best is None or (size * 2 >= best_size and _inside(element, best)):
            best, best_size = element, size
    text = visible_text(best) if best is not None else ""
    if len(text) >= _MIN_ARTICLE:
        return text
    body = root.find("body")
    return visible_text(body) if body is not None else text


def _inside(element: lxml.html.HtmlElement | None, container: lxml.html.HtmlElement | None) -> bool:
    if element is None or container is None:
        return False
    return element is container or any(a is container for a in element.iterancestors())


def _key_box(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """Find the list itself or the nearest ancestor named as a key-events box."""
    for level, candidate in enumerate((element, *element.iterancestors())):
        if level > _KEY_LEVELS or candidate.tag in {"body", "html"}:
            return None
        names = (candidate.get("class") or "") + " " + (candidate.get("id") or "")
        if names_match(names, KEY_POINTS_WORDS):
            return candidate
    return None


def key_points(
    root: lxml.html.HtmlElement, blocks: Collection[lxml.html.HtmlElement] = ()
) -> tuple[str, ...]:
    """Items of key-event indexes and summary boxes, outside the stream's entries.

    ``blocks`` are the stream's entry elements: a summary inside an entry is that
    entry's text. Each item's ``<time>`` is left out ("16:48", "30m ago").
    """
    inside_entry = set(blocks)
    points: list[str] = []
    for listing in _LISTS(root):
        box = _key_box(listing)
        if box is None:
            continue
        if any(a.tag in NOT_STREAM_TAGS or a in inside_entry for a in box.iterancestors()):
            continue
        for item in listing.iterchildren("li"):
            text = visible_text(item, skip=set(item.iter("time"))).replace("\n", " ")
            if text and text not in points:
                points.append(text)
        if len(points) >= _MAX_KEY_POINTS:
            break
    return tuple(points[:_MAX_KEY_POINTS])
