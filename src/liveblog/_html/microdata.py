"""schema.org microdata: ``itemscope``/``itemprop`` LiveBlogPosting and its updates."""

from __future__ import annotations

import lxml.etree
import lxml.html

from liveblog._html.items import Update
from liveblog._html.stamps import parse_machine
from liveblog._html.text import fragment_text, normalise, visible_text

__all__ = ["find_blogs", "item_props", "updates_from"]

_BLOGS = ".//*[@itemscope][contains(@itemtype, 'LiveBlogPosting')]"  # the blog's own scope
_UPDATES = (  # elements whose itemprop list holds the word liveBlogUpdate
    ".//*[@itemprop][contains(concat(' ', normalize-space(@itemprop), ' '), ' liveBlogUpdate ')]"
)
_OWN_PROPS = lxml.etree.XPath(  # properties whose nearest item scope is $item itself
    ".//*[@itemprop][count(ancestor::*[@itemscope][1] | $item) = 1]"
)


def find_blogs(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Elements that open a LiveBlogPosting item scope."""
    return list(root.xpath(_BLOGS))


def _value(element: lxml.html.HtmlElement) -> str:
    """Read a property's value as microdata does (content, datetime, href, text)."""
    for attribute in ("content", "datetime"):
        value = element.get(attribute)
        if value is not None:
            return str(value)
    if element.tag in {"a", "link", "area"}:
        return str(element.get("href", ""))
    return normalise(element.text_content())


def item_props(item: lxml.html.HtmlElement) -> dict[str, lxml.html.HtmlElement]:
    """Map each property of ``item`` to its first element, nested items left out."""
    props: dict[str, lxml.html.HtmlElement] = {}
    for element in _OWN_PROPS(item, item=item):
        for name in (element.get("itemprop") or "").split():
            props.setdefault(name, element)
    return props


def updates_from(blog: lxml.html.HtmlElement) -> tuple[Update, ...]:
    """Read the ``liveBlogUpdate`` items inside a LiveBlogPosting scope, in page order."""
    updates: list[Update] = []
    for element in blog.xpath(_UPDATES):
        props = item_props(element)
        headline = _value(props["headline"]) if "headline" in props else None
        body_element = props.get("articleBody")
        if body_element is None:
            body = visible_text(element)
        elif body_element.tag == "meta":
            body = fragment_text(_value(body_element))
        else:
            body = visible_text(body_element)
        published = _value(props["datePublished"]) if "datePublished" in props else None
        modified = _value(props["dateModified"]) if "dateModified" in props else None
        url = _value(props["url"]) if "url" in props else None
        updates.append(
            Update(
                headline=fragment_text(headline) or None if headline else None,
                text=body,
                posted=parse_machine(published) if published else None,
                updated=parse_machine(modified) if modified else None,
                id=url or element.get("id"),
                source="microdata",
                element=element,
            )
        )
    return tuple(updates)
