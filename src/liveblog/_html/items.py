"""The intermediate records the HTML readers hand to the decision step."""

from __future__ import annotations

from functools import cached_property

import attrs
import lxml.html

from liveblog._draft import Stamp
from liveblog._html.profiles import HEADLINE_TAGS
from liveblog._html.stamps import LABEL_MAX
from liveblog._html.text import is_boilerplate, match_key, normalise, text_of, visible_text

__all__ = ["Block", "Update"]

_MAX_IDS = 40  # ids and fragments read per block for matching structured updates
_KEY_SPAN = 1000  # characters of a block searched for an update's opening words


@attrs.frozen
class Update:
    """One update as structured data (JSON-LD or microdata) lists it."""

    headline: str | None
    text: str
    posted: Stamp | None
    updated: Stamp | None
    id: str | None
    source: str
    element: lxml.html.HtmlElement | None = attrs.field(default=None, eq=False)


class Block:
    """One entry of the rendered post stream; its text is read only when asked.

    Usually one element. In a "flat" stream, where a time label is a sibling of its
    own (``<p>14h05</p><p>text</p><p>text</p><p>13h40</p>…``), the entry is the label's
    element and the siblings that follow it: ``followers``.

    Structured updates usually match their block by element or id, so most blocks'
    text is never needed: reading it lazily keeps the common path near parse cost.
    """

    def __init__(
        self,
        element: lxml.html.HtmlElement,
        markers: list[tuple[lxml.html.HtmlElement, Stamp]],
        followers: tuple[lxml.html.HtmlElement, ...] = (),
    ) -> None:
        """Hold the block, the time markers found in it (page order) and its followers."""
        self.element = element
        self.markers = markers
        self.followers = followers
        self.stamp: Stamp | None = markers[0][1] if markers else None

    @property
    def elements(self) -> tuple[lxml.html.HtmlElement, ...]:
        """The block's element and its followers, in page order."""
        return (self.element, *self.followers)

    @cached_property
    def _head(self) -> lxml.html.HtmlElement | None:
        for element in self.elements:
            for heading in element.iter(*HEADLINE_TAGS):
                if not is_boilerplate(heading) and normalise(text_of(heading)):
                    return heading
        return None

    @cached_property
    def headline(self) -> str | None:
        """The block's first heading, if any."""
        head = self._head
        return normalise(text_of(head)) or None if head is not None else None

    @cached_property
    def own_text(self) -> str:
        """Visible text of the block's own element, without heading and short time labels."""
        skip = {
            marker
            for marker, _stamp in self.markers
            if len(normalise(text_of(marker))) <= LABEL_MAX
        }
        if self._head is not None:
            skip.add(self._head)
        if self.element in skip:
            return ""
        return visible_text(self.element, skip=skip)

    @cached_property
    def text(self) -> str:
        """Visible text without the heading and the short time labels."""
        parts = [self.own_text]
        skip = {self._head} if self._head is not None else set()
        parts.extend(
            visible_text(element, skip=skip)
            for element in self.followers
            if element not in skip and not is_boilerplate(element)
        )
        return "\n".join(part for part in parts if part)

    @cached_property
    def key(self) -> str:
        """All the block's text as letters and digits, for matching structured updates.

        Read as the XPath string value (no boilerplate removal): it only has to
        contain an update's opening words, and it costs a fraction of ``text``.
        """
        raw = " ".join(text_of(element) for element in self.elements)
        return match_key(raw[:_KEY_SPAN])

    @property
    def first_id(self) -> str | None:
        """The block's own id, else the first id or link fragment inside it."""
        own = self.element.get("id") or self.element.get("data-id")
        return own or (self.ids[0] if self.ids else None)

    @cached_property
    def ids(self) -> tuple[str, ...]:
        """The block's id, its descendants' ids, and fragments its links point to."""
        element = self.element
        found = [element.get("id") or "", element.get("data-id") or ""]
        found.extend(str(value) for value in element.xpath(".//@id")[:_MAX_IDS])
        found.extend(
            str(href).rsplit("#", 1)[1]
            for href in element.xpath(".//a/@href")[:_MAX_IDS]
            if "#" in href
        )
        return tuple(dict.fromkeys(value for value in found if value))
