"""The rendered post stream, found by structure rather than by site.

A live blog renders its entries as repeated sibling blocks, each carrying a time: a
``<time datetime>``, epoch seconds or milliseconds in a data attribute, a microdata
``datePublished`` meta, or a short visible label ("Posted at 15:05", "12.50 BST"). Each
time ("marker") votes for every (parent, child signature) pair on its way up the tree;
the pair holding the most distinct timed children is the stream, and its blocks are all
the parent's children with that signature, timed or not (some entries show no time).
Containers under page chrome, sidebars, comment threads and key-event indexes are left
out (``profiles.NOT_STREAM_*``), so a "live" widget of another page is not taken.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import tzinfo

import attrs
import lxml.etree
import lxml.html

from liveblog._draft import Stamp
from liveblog._html.items import Block
from liveblog._html.profiles import NOT_STREAM_TAGS, NOT_STREAM_WORDS
from liveblog._html.stamps import LABEL_MAX, parse_label, parse_machine
from liveblog._html.text import names_match, normalise, text_of, texts_matching
from liveblog._html.words import ZONES

__all__ = ["MIN_BLOCKS", "Stream", "find_stream", "label_zone"]

#: Fewest timed sibling blocks that make a stream.
MIN_BLOCKS = 3
_MAX_UP = 12  # ancestors a marker votes for: blocks sit a few levels above their time
_CLASS_LEVELS = 6  # ancestors whose class words can exclude a container
_LABEL_SLACK = 3  # characters beside a bare label ("14h05 :", "• 14h05")
_PLAIN_TAGS = frozenset({"p", "div", "span", "strong", "b"})  # text blocks, not entry boxes

_EPOCH_ATTRIBUTES = (
    "data-post-time",
    "data-sort-time",
    "data-timestamp",
    "data-published-time",
    "data-time",
)


_MARKERS = lxml.etree.XPath(  # plain scans in C; per-element predicates would cost more
    " | ".join(
        ["//time", "//meta[@itemprop='datePublished']", *(f"//@{a}" for a in _EPOCH_ATTRIBUTES)]
    )
)
_ALL_TEXTS = lxml.etree.XPath("//body//text()", smart_strings=False)
_ZONE_LABEL = re.compile(  # "12.50 BST", "19:02 (IST)": a clock, then a zone in capitals
    r"(?<![0-9.:])(?:[01]?[0-9]|2[0-3])[:.h][0-5][0-9]\s?\(?("
    + "|".join(sorted((name.upper() for name in ZONES if len(name) > 1), key=len, reverse=True))
    + r")(?![a-z])"  # text_content glues "BST" to what follows: "12.50 BSTJennifer"
)
_ZONE_SPAN = 600  # characters of a block searched for a zone label
_ZONE_BLOCKS = 12  # blocks searched
_CLOCKISH = re.compile(r"\d\s?[:.h]\s?\d\d|\d\s?[ap]\.?m\b", re.IGNORECASE)  # cheap filter


@attrs.frozen
class Stream:
    """The blocks of the rendered stream, and how many of them carried a time."""

    container: lxml.html.HtmlElement = attrs.field(eq=False)
    blocks: tuple[Block, ...]
    timed: int
    via: str


def _marker_stamp(element: lxml.html.HtmlElement, year: int | None) -> Stamp | None:
    if element.tag == "meta":
        return parse_machine(element.get("content", ""), year=year)
    for name in _EPOCH_ATTRIBUTES:
        value = element.get(name)
        if value:
            stamp = parse_machine(value, year=year)
            if stamp is not None:
                return stamp
    if element.tag == "time":
        value = element.get("datetime")
        stamp = parse_machine(value, year=year) if value else None
        if stamp is not None:
            return stamp
        return parse_label(" ".join(element.itertext()), year=year)
    return None


def _structural_markers(
    root: lxml.html.HtmlElement, year: int | None, least: int = MIN_BLOCKS
) -> list[tuple[lxml.html.HtmlElement, Stamp]]:
    """Elements carrying a machine-readable time; none when fewer than ``least``."""
    markers = []
    for found in _MARKERS(root):
        # Attribute hits are lxml "smart strings" that know their element.
        element = found.getparent() if isinstance(found, str) else found  # type: ignore[attr-defined]
        if element is None:
            continue
        stamp = _marker_stamp(element, year)
        if stamp is not None and stamp.has_time:
            markers.append((element, stamp))
    return markers if len(markers) >= least else []


def _label_markers(
    root: lxml.html.HtmlElement, year: int | None, least: int = MIN_BLOCKS
) -> list[tuple[lxml.html.HtmlElement, Stamp]]:
    """Elements whose own text is a visible time label.

    Plain strings first (no per-node proxies, a fraction of a full walk): only when
    enough of them read as labels is the tree walked to find their elements.
    """
    short = [text for text in _ALL_TEXTS(root) if 3 < len(text) < 120]  # not scripts
    wanted = {
        text
        for text in texts_matching(short, _CLOCKISH)
        if (stamp := parse_label(text, year=year)) is not None and stamp.has_time
    }
    if len(wanted) < least:
        return []
    body = root.find("body")
    markers = []
    for element in body.iter() if body is not None else ():
        if element.text not in wanted or not isinstance(element.tag, str):
            continue
        if element.tag in {"script", "style", "noscript", "textarea"}:
            continue
        whole = normalise(text_of(element))
        stamp = parse_label(whole, year=year) if len(whole) <= LABEL_MAX else None
        stamp = stamp or parse_label(element.text, year=year)
        if stamp is not None and stamp.has_time:
            markers.append((element, stamp))
    return markers


def _signature(element: lxml.html.HtmlElement) -> tuple[str, str]:
    classes = (element.get("class") or "").split()
    return (str(element.tag), classes[0] if classes else "")


def _excluded(container: lxml.html.HtmlElement) -> bool:
    """Whether the container sits in page chrome, a sidebar, comments or an index.

    Tags count all the way up; class words only for the nearest few levels, since page
    wrappers carry words such as "nav-trigger" on ``<body>`` itself.
    """
    for level, element in enumerate((container, *container.iterancestors())):
        if element.tag in {"body", "html"}:
            break
        if element.tag in NOT_STREAM_TAGS:
            return True
        names = (element.get("class") or "") + " " + (element.get("id") or "")
        if level < _CLASS_LEVELS and names_match(names, NOT_STREAM_WORDS):
            return True
    return False


Group = dict[lxml.html.HtmlElement, list[tuple[lxml.html.HtmlElement, Stamp]]]


def _vote(
    markers: Iterable[tuple[lxml.html.HtmlElement, Stamp]],
) -> dict[tuple[lxml.html.HtmlElement, tuple[str, str]], Group]:
    groups: dict[tuple[lxml.html.HtmlElement, tuple[str, str]], Group] = {}
    signatures: dict[lxml.html.HtmlElement, tuple[str, str]] = {}  # markers share ancestors
    for marker, stamp in markers:
        child = marker
        for _ in range(_MAX_UP):
            parent = child.getparent()
            if parent is None or parent.tag in {"body", "html"}:
                break
            signature = signatures.get(child)
            if signature is None:
                signature = signatures[child] = _signature(child)
            groups.setdefault((parent, signature), {}).setdefault(child, []).append((marker, stamp))
            child = parent
    return groups


def _best(
    groups: dict[tuple[lxml.html.HtmlElement, tuple[str, str]], Group],
    scope: lxml.html.HtmlElement | None,
) -> tuple[lxml.html.HtmlElement, tuple[str, str], Group] | None:
    ranked = sorted(groups.items(), key=lambda item: len(item[1]), reverse=True)
    for (parent, signature), group in ranked:
        if len(group) < MIN_BLOCKS:
            return None
        if scope is not None and parent is not scope and scope not in set(parent.iterancestors()):
            continue
        if _excluded(parent):
            continue
        return parent, signature, group
    return None


def find_stream(
    root: lxml.html.HtmlElement,
    *,
    year: int | None = None,
    scope: lxml.html.HtmlElement | None = None,
    least: int = MIN_BLOCKS,
) -> Stream | None:
    """Find the page's rendered post stream; None when no repeated timed blocks exist.

    ``scope`` limits the search to one subtree (a microdata LiveBlogPosting); ``year``
    completes labels that give a day without a year; ``least`` is the fewest distinct
    visible labels worth walking the tree for (a caller that will not trust fewer than
    five timed blocks says so, and pages with a handful of clocks cost nothing).
    """
    for via, finder in (("attribute", _structural_markers), ("label", _label_markers)):
        best = _best(_vote(finder(root, year, least)), scope)
        if best is None:
            continue
        parent, signature, group = best
        blocks = _flat_blocks(parent, signature, group) or _sibling_blocks(parent, signature, group)
        return Stream(container=parent, blocks=tuple(blocks), timed=len(group), via=via)
    return None


def _sibling_blocks(
    parent: lxml.html.HtmlElement, signature: tuple[str, str], group: Group
) -> list[Block]:
    """Every child with the stream's signature is an entry, timed or not."""
    blocks = []
    for child in parent:
        if not isinstance(child.tag, str) or _signature(child) != signature:
            continue
        block = Block(child, group.get(child, []))
        if block.markers or block.text:
            blocks.append(block)
    return blocks


def _only_label(
    child: lxml.html.HtmlElement, markers: list[tuple[lxml.html.HtmlElement, Stamp]]
) -> bool:
    """Whether a timed child holds its time label and nothing else ("<p>14h05</p>")."""
    whole = "".join(text_of(child).split())
    label = "".join(text_of(markers[0][0]).split())
    return len(whole) <= LABEL_MAX and len(whole) - len(label) <= _LABEL_SLACK


def _flat_blocks(
    parent: lxml.html.HtmlElement, signature: tuple[str, str], group: Group
) -> list[Block]:
    """Entries of a flat stream: a timed child and the siblings up to the next one.

    A stream is flat when most timed children hold nothing but their label
    (``<p>14h05</p><p>text</p>``), or when they are plain paragraphs without a class of
    their own (``<p><b>14h05</b> text</p><p>more text</p>``): untimed siblings then
    continue the entry above rather than start one. Returns [] for other streams.
    """
    bare = sum(1 for child, markers in group.items() if _only_label(child, markers))
    plain = signature[1] == "" and signature[0] in _PLAIN_TAGS
    if bare * 2 < len(group) and not plain:
        return []
    blocks: list[Block] = []
    current: list[lxml.html.HtmlElement] = []
    head: lxml.html.HtmlElement | None = None
    for child in parent:
        if not isinstance(child.tag, str):
            continue
        if child in group:
            if head is not None:
                blocks.append(Block(head, group[head], tuple(current)))
            head, current = child, []
        elif head is not None:
            current.append(child)
    if head is not None:
        blocks.append(Block(head, group[head], tuple(current)))
    return blocks


def label_zone(stream: Stream) -> tzinfo | None:
    """Return the zone the stream's visible labels name most ("12.50 BST"), if any.

    Machine times are often in UTC while the page shows readers local times with their
    zone: that zone is the page's, and the one its entries' text speaks in.
    """
    votes: Counter[str] = Counter()
    for block in stream.blocks[:_ZONE_BLOCKS]:
        for match in _ZONE_LABEL.finditer(text_of(block.element)[:_ZONE_SPAN]):
            votes[match.group(1).lower()] += 1
    if not votes:
        return None
    return ZONES[votes.most_common(1)[0][0]]
