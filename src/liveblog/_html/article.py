"""The main text of a page that is not live, and key points of one that is."""

from __future__ import annotations

import lxml.etree
import lxml.html

from liveblog._html.profiles import KEY_POINTS_CLASS, NOT_STREAM_TAGS
from liveblog._html.text import normalise, visible_text

__all__ = ["article_text", "key_points"]

_CANDIDATES = lxml.etree.XPath("//*[@itemprop='articleBody'] | //article | //main")
_KEY_BOXES = lxml.etree.XPath("//body//*[@class or @id]")
_MAX_KEY_POINTS = 50
_MIN_ARTICLE = 200  # characters: shorter candidates are teasers, not the article


def article_text(root: lxml.html.HtmlElement) -> str:
    """Visible text of the page's main content: the longest article-like element."""
    best = ""
    for element in _CANDIDATES(root):
        text = visible_text(element)
        if len(text) > len(best):
            best = text
    if len(best) >= _MIN_ARTICLE:
        return best
    body = root.find("body")
    return visible_text(body) if body is not None else best


def _inside(element: lxml.html.HtmlElement, container: lxml.html.HtmlElement | None) -> bool:
    if container is None:
        return False
    return element is container or any(a is container for a in element.iterancestors())


def key_points(
    root: lxml.html.HtmlElement, stream: lxml.html.HtmlElement | None
) -> tuple[str, ...]:
    """Items of key-event indexes and summary boxes outside the post stream."""
    points: list[str] = []
    for box in _KEY_BOXES(root):
        names = (box.get("class") or "") + " " + (box.get("id") or "")
        if KEY_POINTS_CLASS.search(names) is None or _inside(box, stream):
            continue
        if any(a.tag in NOT_STREAM_TAGS for a in box.iterancestors()):
            continue
        items = box.findall(".//li") or box.findall(".//a")
        for item in items:
            text = normalise(item.text_content()).replace("\n", " ")
            if text and text not in points:
                points.append(text)
        if len(points) >= _MAX_KEY_POINTS:
            break
    return tuple(points[:_MAX_KEY_POINTS])
