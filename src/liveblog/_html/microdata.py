"""schema.org microdata: ``itemscope``/``itemprop`` LiveBlogPosting and its updates."""

from __future__ import annotations

import lxml.etree
import lxml.html

from liveblog._html.items import Update
from liveblog._html.stamps import parse_machine
from liveblog._html.text import fragments_text, normalise, text_of, visible_text

__all__ = ["Scopes", "find_blogs", "props_by_scope", "updates_from"]

_ITEMTYPES = lxml.etree.XPath("//@itemtype")  # an attribute scan is cheaper than a predicate
_PROPS = lxml.etree.XPath("descendant-or-self::*[@itemprop]")
_MAX_SCOPE_DEPTH = 64  # ancestors searched for a property's item scope


def find_blogs(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Find the elements that open a LiveBlogPosting item scope."""
    blogs = []
    for found in _ITEMTYPES(root):
        element = found.getparent()
        if "LiveBlogPosting" in found and element.get("itemscope") is not None:
            blogs.append(element)
    return blogs


def _scope_of(element: lxml.html.HtmlElement, table: Scopes) -> lxml.html.HtmlElement | None:
    """Find the item scope a property belongs to: its nearest scoped ancestor."""
    for level, ancestor in enumerate(element.iterancestors()):
        if level >= _MAX_SCOPE_DEPTH:
            return None
        if ancestor in table or ancestor.get("itemscope") is not None:
            return ancestor
    return None


def _value(element: lxml.html.HtmlElement) -> str:
    """Read a property's value as microdata does (content, datetime, href, text)."""
    for attribute in ("content", "datetime"):
        value = element.get(attribute)
        if value is not None:
            return str(value)
    if element.tag in {"a", "link", "area"}:
        return str(element.get("href", ""))
    return normalise(text_of(element))


Scopes = dict[lxml.html.HtmlElement, dict[str, lxml.html.HtmlElement]]


def props_by_scope(container: lxml.html.HtmlElement) -> Scopes:
    """Map each item scope under ``container`` to its first element per property.

    One query for the whole container, then each property goes to its nearest enclosing
    item scope (an element that has both ``itemscope`` and ``itemprop`` is a property of
    the scope above it), so nested items' properties never leak into their parent.
    """
    table: Scopes = {}
    for element in _PROPS(container):
        scope = None
        for level, ancestor in enumerate(element.iterancestors()):
            if level >= _MAX_SCOPE_DEPTH:
                break
            if ancestor.get("itemscope") is not None:
                scope = ancestor
                break
        if scope is None:
            continue
        props = table.setdefault(scope, {})
        for name in (element.get("itemprop") or "").split():
            props.setdefault(name, element)
    return table


def updates_from(blog: lxml.html.HtmlElement, table: Scopes) -> tuple[Update, ...]:
    """Read the ``liveBlogUpdate`` items of a LiveBlogPosting scope, in page order.

    ``table`` is ``props_by_scope`` of the page (or of the blog).
    """
    own = table.get(blog, {})
    if "liveBlogUpdate" not in own:
        return ()
    found: list[tuple[lxml.html.HtmlElement, dict[str, lxml.html.HtmlElement]]] = []
    for element, props in table.items():
        itemprop = element.get("itemprop")
        if itemprop is None or "liveBlogUpdate" not in itemprop.split():
            continue
        if _scope_of(element, table) is blog:
            found.append((element, props))
    # Structured strings are cleaned in one batch; rendered bodies are read as shown.
    headlines = fragments_text([_prop(props, "headline") or "" for _e, props in found])
    metas = fragments_text(
        [
            _value(props["articleBody"])
            if "articleBody" in props and props["articleBody"].tag == "meta"
            else ""
            for _e, props in found
        ]
    )
    updates: list[Update] = []
    for (element, props), headline, meta_body in zip(found, headlines, metas, strict=True):
        body_element = props.get("articleBody")
        if body_element is None:
            body = visible_text(element)
        elif body_element.tag == "meta":
            body = meta_body
        else:
            body = visible_text(body_element)
        published = _prop(props, "datePublished")
        modified = _prop(props, "dateModified")
        updates.append(
            Update(
                headline=headline or None,
                text=body,
                posted=parse_machine(published) if published else None,
                updated=parse_machine(modified) if modified else None,
                id=_prop(props, "url") or element.get("id"),
                source="microdata",
                element=element,
            )
        )
    return tuple(updates)


def _prop(props: dict[str, lxml.html.HtmlElement], name: str) -> str | None:
    """Return the value of property ``name``, if the item has it."""
    element = props.get(name)
    return _value(element) if element is not None else None
