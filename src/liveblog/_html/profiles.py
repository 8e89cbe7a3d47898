"""What is not content, as data: tag sets, class-name words, and per-site selector profiles.

The algorithms in ``text`` and ``stream`` read these tables; none of them branches on a
site. A site whose markup no general rule covers gets a ``SiteProfile`` here: a host
suffix and a few XPath selectors, nothing else.
"""

from __future__ import annotations

from typing import Final

import attrs

__all__ = [
    "BLOCK_TAGS",
    "BOILERPLATE_WORDS",
    "HEADLINE_TAGS",
    "KEY_POINTS_WORDS",
    "NOT_STREAM_TAGS",
    "NOT_STREAM_WORDS",
    "PROFILES",
    "SKIP_TAGS",
    "SiteProfile",
]

#: Tags whose start and end break a line in the visible text.
BLOCK_TAGS: Final[frozenset[str]] = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
        "fieldset", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "ol", "p", "pre", "section", "table", "tbody", "td", "th",
        "tr", "ul",
    }
)  # fmt: skip

#: Tags whose content is never visible text of an entry.
SKIP_TAGS: Final[frozenset[str]] = frozenset(
    {
        "audio", "button", "canvas", "embed", "figcaption", "form", "head", "iframe",
        "input", "link", "map", "meta", "nav", "noscript", "object", "script", "select",
        "style", "svg", "template", "textarea", "title", "video",
    }
)  # fmt: skip

#: Tags that start a headline inside an entry.
HEADLINE_TAGS: Final[frozenset[str]] = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

#: Class or id words of boilerplate inside an entry: share bars, ads, image credits,
#: visually hidden helper text, author boxes (the author is no part of the entry's text).
#: A class or id matches when one of its parts (split at spaces, "_" and "-") or two
#: adjacent parts joined by "-" ("sr-only") is in the set: a set lookup per part costs
#: far less than a regex alternation per element.
BOILERPLATE_WORDS: Final[frozenset[str]] = frozenset(
    {
        "share", "sharing", "social", "advert", "ad", "ads", "adslot", "dfp", "promo",
        "newsletter", "subscribe", "outbrain", "taboola", "credit", "credits", "copyright",
        "caption", "cookie", "paywall", "sr-only", "visually-hidden", "vh", "toolbar",
        "reaction", "reactions", "avatar", "creator", "author", "byline",
    }
)  # fmt: skip

#: Tags under which no entry stream lives (page chrome, sidebars).
NOT_STREAM_TAGS: Final[frozenset[str]] = frozenset({"aside", "footer", "head", "nav"})

#: Class or id words of containers that repeat timestamped blocks but are not the page's
#: own entries: sidebars and widgets of other pages, comments, key-event indexes,
#: pinned copies, related and most-read lists (matched like ``BOILERPLATE_WORDS``).
NOT_STREAM_WORDS: Final[frozenset[str]] = frozenset(
    {
        "sidebar", "side", "widget", "related", "recommended", "most", "popular",
        "trending", "comment", "comments", "reactions", "replies", "nav", "navigation",
        "menu", "footer", "breadcrumb", "breadcrumbs", "index", "key-event", "key-events",
        "keyevent", "keyevents", "summary", "pinned", "highlight", "highlights",
        "timeline-widget", "streamshort", "ticker", "carousel", "teaser", "outbrain",
        "taboola",
    }
)  # fmt: skip

#: Class or id words of key-event indexes and summary boxes, whose items become
#: ``key_points`` (matched like ``BOILERPLATE_WORDS``).
KEY_POINTS_WORDS: Final[frozenset[str]] = frozenset(
    {
        "key-event", "key-events", "keyevent", "keyevents", "key-point", "key-points",
        "keypoint", "keypoints", "summary", "highlight", "highlights", "essentiel",
        "index", "recap",
    }
)  # fmt: skip


@attrs.frozen
class SiteProfile:
    """Selectors for one site where no general rule is enough.

    ``drop`` removes subtrees before anything is read (XPath, relative to the document).
    """

    host: str
    drop: tuple[str, ...] = ()


#: Known site profiles. Empty on purpose while the general rules cover every page we
#: measure; add one here rather than a condition in the code.
PROFILES: Final[tuple[SiteProfile, ...]] = ()
