"""The intermediate records the HTML readers hand to the decision step."""

from __future__ import annotations

import attrs
import lxml.html

from liveblog._draft import Stamp

__all__ = ["Block", "Update"]


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


@attrs.frozen
class Block:
    """One repeated block of the rendered post stream."""

    element: lxml.html.HtmlElement = attrs.field(eq=False)
    headline: str | None
    text: str
    stamp: Stamp | None
    ids: tuple[str, ...]
    key: str
