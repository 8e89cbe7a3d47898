"""Entry identity: which sightings are one post, and which posts tell the same story.

The rules, applied to a *set* of pages (so the result never depends on input order):

1. Pages are grouped into **families**, the snapshots of one live blog: same URL (scheme,
   "www.", fragment, trailing slash and tracking parameters aside), or, when one of them
   has no URL, the same title and a compatible publish day.
2. Within a family, snapshots are taken from the oldest to the latest (last activity:
   ``modified``, the newest post or update stamp, then ``published``; then the number
   of posts, then the length of their text, since live blogs grow).
   Each post of a snapshot is matched one-to-one to the best post of the earlier
   snapshots: the same ``id``; or the same "posted" stamp and overlapping words; or,
   without stamps, mostly the same words. Unmatched posts start new items.
3. Items of different families are **related** (never merged) when their words mostly
   overlap and their times lie within two days of each other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta, timezone
from typing import Final
from urllib.parse import urlsplit, urlunsplit

import attrs

from liveblog.model import GRANULARITIES, Page
from liveblog.timeline._fingerprint import fingerprint
from liveblog.timeline._items import Sighting, TimelineEntry
from liveblog.timeline._text_similarity import OverlapIndex, containment, normalise, rarity, words

__all__ = ["build_items", "canonical_pages", "entry_order"]

_EPOCH: Final = datetime(1970, 1, 1, tzinfo=timezone.utc)
#: Same "posted" stamp: this share of the shorter text's words must recur.
_SAME_STAMP_OVERLAP: Final = 0.5
#: No shared stamp: the texts must be this close, and at least this many words long.
_SAME_TEXT_OVERLAP: Final = 0.8
_MIN_WORDS: Final = 5
#: Two pages' posts are related when this close, this long, and this near in time.
_RELATED_OVERLAP: Final = 0.7
_RELATED_MIN_WORDS: Final = 8
_RELATED_WINDOW: Final = timedelta(days=2)
_STAMP_DRIFT: Final = timedelta(days=1)
#: A match by id or by "posted" stamp scores at least this; a match by words alone less.
_SURE: Final = 5.0
#: Query parameters that track the reader, not name the page.
_TRACKERS: Final = ("utm_", "fbclid=", "gclid=", "at_medium=", "at_campaign=", "xtor=")


def _instant_key(moment: datetime | None) -> timedelta:
    """Return an exact, zone-independent sort key for an aware datetime (None sorts first)."""
    return timedelta.min if moment is None else moment - _EPOCH


def canonical_pages(pages: Iterable[Page]) -> tuple[tuple[Page, ...], tuple[str, ...]]:
    """Drop repeated pages, order the rest by publish date, URL, title, fingerprint.

    Returns the pages and, aligned with them, their fingerprints.
    """
    chosen: dict[str, Page] = {}
    for page in pages:
        key = fingerprint(page)
        kept = chosen.get(key)
        # Equal pages may differ in how their datetimes name the zone; keep one of them
        # chosen by content so the choice does not depend on the input order.
        if kept is None or repr(page) < repr(kept):
            chosen[key] = page

    def order(item: tuple[str, Page]) -> tuple[bool, timedelta, str, str, str]:
        key, page = item
        return (
            page.published is None,
            _instant_key(page.published),
            page.url or "",
            page.title or "",
            key,
        )

    ordered = sorted(chosen.items(), key=order)
    return tuple(page for _key, page in ordered), tuple(key for key, _page in ordered)


def _normal_url(url: str | None) -> str | None:
    """Reduce a URL to the blog it names: no scheme, "www.", fragment, slash or trackers."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    query = "&".join(
        pair for pair in parts.query.split("&") if pair and not pair.lower().startswith(_TRACKERS)
    )
    return urlunsplit(("", host, parts.path.rstrip("/"), query, ""))


def _same_day(first: Page, second: Page) -> bool:
    """Whether two pages' publish days are compatible (equal, or one unknown)."""
    if first.published is None or second.published is None:
        return True
    return first.published.date() == second.published.date()


def _families(pages: Sequence[Page]) -> list[list[int]]:
    """Group page indices into families, the snapshots of one blog.

    Two pages are linked when their URLs agree, or when one has no URL and their titles
    agree with compatible publish days; families are the connected groups.
    """
    parent = list(range(len(pages)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    def join(first: int, second: int) -> None:
        low, high = sorted((root(first), root(second)))
        parent[high] = low

    urls = [_normal_url(page.url) for page in pages]
    by_url: dict[str, int] = {}
    by_title: dict[str, list[int]] = defaultdict(list)
    for index, page in enumerate(pages):
        url = urls[index]
        if url is not None:
            join(by_url.setdefault(url, index), index)
        if page.title:
            by_title[normalise(page.title)].append(index)
    for members in by_title.values():
        for place, first in enumerate(members):
            for second in members[place + 1 :]:
                one_lacks_url = urls[first] is None or urls[second] is None
                if one_lacks_url and _same_day(pages[first], pages[second]):
                    join(first, second)
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(len(pages)):
        groups[root(index)].append(index)
    return [groups[key] for key in sorted(groups)]


def _activity(page: Page) -> tuple[timedelta, int, int]:
    """When a snapshot was last active, then how many posts and how much text it holds.

    Live blogs grow: with equal stamps, the snapshot with more posts, then more text,
    is taken as the later one.
    """
    stamps = [page.modified, page.published]
    for entry in page.entries:
        stamps.extend((entry.posted, entry.updated))
    known = [_instant_key(stamp) for stamp in stamps if stamp is not None]
    size = sum(len(entry.text) + len(entry.headline or "") for entry in page.entries)
    return (max(known, default=timedelta.min), len(page.entries), size)


@attrs.frozen
class _Post:
    """A sighting with what matching needs, computed once."""

    sighting: Sighting
    words: frozenset[str]
    headline: str

    @classmethod
    def of(cls, page: Page, position: int, seen: dict[str, frozenset[str]]) -> _Post:
        """Describe one sighting; ``seen`` memoises word sets of texts met before."""
        entry = page.entries[position]
        text = f"{entry.headline or ''} {entry.text}"
        found = seen.get(text)
        if found is None:
            found = seen[text] = words(text)
        return cls(Sighting(page, position), found, normalise(entry.headline or ""))


def _match(old: _Post, new: _Post) -> float | None:
    """How surely ``new`` is a later version of ``old`` (None: it is not)."""
    old_entry, new_entry = old.sighting.entry, new.sighting.entry
    if old_entry.id is not None and new_entry.id is not None:
        return 10.0 if old_entry.id == new_entry.id else None
    overlap = containment(old.words, new.words)
    long_enough = min(len(old.words), len(new.words)) >= _MIN_WORDS
    same_headline = bool(old.headline) and old.headline == new.headline
    if old_entry.posted is not None and new_entry.posted is not None:
        if old_entry.posted == new_entry.posted:
            if overlap >= _SAME_STAMP_OVERLAP or same_headline:
                return 5.0 + overlap
            return None
        drift = abs(old_entry.posted - new_entry.posted)
        if drift <= _STAMP_DRIFT and long_enough and overlap >= _SAME_TEXT_OVERLAP:
            return 2.0 + overlap
        return None
    if long_enough and overlap >= _SAME_TEXT_OVERLAP:
        return 1.0 + overlap
    if same_headline and overlap >= _SAME_STAMP_OVERLAP:
        return 1.0 + overlap
    return None


class _FamilyIndex:
    """Where to look for earlier versions of a post: by id, stamp, headline or words.

    Every way ``_match`` can accept a pair is covered, so no match is missed, and
    only a few items are scored for each post instead of all of them.
    """

    def __init__(self, posts: Iterable[_Post]) -> None:
        self._exact: dict[object, list[int]] = defaultdict(list)
        self._words = OverlapIndex(_SAME_TEXT_OVERLAP, rarity(post.words for post in posts))

    def add(self, index: int, post: _Post) -> None:
        entry = post.sighting.entry
        if entry.id is not None:
            self._exact["id", entry.id].append(index)
        if entry.posted is not None:
            self._exact["posted", entry.posted].append(index)
        if post.headline:
            self._exact["headline", post.headline].append(index)
        self._words.add(index, post.words)

    def exact(self, post: _Post) -> list[int]:
        """Items sharing the post's id, "posted" stamp or headline."""
        entry = post.sighting.entry
        found: set[int] = set()
        if entry.id is not None:
            found.update(self._exact.get(("id", entry.id), ()))
        if entry.posted is not None:
            found.update(self._exact.get(("posted", entry.posted), ()))
        if post.headline:
            found.update(self._exact.get(("headline", post.headline), ()))
        return sorted(found)

    def by_words(self, post: _Post) -> list[int]:
        """Items whose words may overlap the post's enough to match without a stamp."""
        return sorted(self._words.candidates(post.words))


def _match_family(pages: list[Page], seen: dict[str, frozenset[str]]) -> list[list[_Post]]:
    """Fold a family's snapshots, oldest first, into items (lists of posts)."""
    all_posts = [
        [_Post.of(page, position, seen) for position in range(len(page.entries))] for page in pages
    ]
    if len(all_posts) == 1:  # one snapshot: every post is an item of its own
        return [[post] for post in all_posts[0]]
    index = _FamilyIndex(post for posts in all_posts for post in posts)
    items: list[list[_Post]] = []
    for posts in all_posts:
        scored: list[tuple[float, int, int]] = []
        for position, post in enumerate(posts):
            best = 0.0
            for number in index.exact(post):
                score = _match(items[number][-1], post)
                if score is not None:
                    scored.append((-score, number, position))
                    best = max(best, score)
            if best >= _SURE:
                continue  # a shared id or stamp with shared words: words alone score less
            for number in index.by_words(post):
                score = _match(items[number][-1], post)
                if score is not None:
                    scored.append((-score, number, position))
        scored.sort()
        taken: set[int] = set()
        placed: dict[int, int] = {}
        for _score, number, position in scored:
            if number not in taken and position not in placed:
                taken.add(number)
                placed[position] = number
        for position, post in enumerate(posts):
            if position in placed:
                items[placed[position]].append(post)
                index.add(placed[position], post)
            else:
                index.add(len(items), post)
                items.append([post])
    return items


def _key(post: _Post, prints: dict[int, str]) -> str:
    """Name the item by its first page's fingerprint and its position there."""
    return f"{prints[id(post.sighting.page)][:12]}:{post.sighting.position}"


def _near_in_time(first: _Post, second: _Post) -> bool:
    """Whether two posts are close enough in time to tell the same story."""
    one, other = first.sighting.entry.time, second.sighting.entry.time
    if one is None or other is None:
        return True
    return abs(one.start - other.start) <= _RELATED_WINDOW


def _related(families: list[int], items: list[list[_Post]]) -> dict[int, set[int]]:
    """Link items of different families that tell the same story."""
    latest = [posts[-1] for posts in items]
    index = OverlapIndex(_RELATED_OVERLAP, rarity(post.words for post in latest))
    links: dict[int, set[int]] = defaultdict(set)
    for number, post in enumerate(latest):
        if len(post.words) < _RELATED_MIN_WORDS:
            continue
        for other in sorted(index.candidates(post.words)):
            peer = latest[other]
            if (
                families[other] != families[number]
                and len(peer.words) >= _RELATED_MIN_WORDS
                and _near_in_time(post, peer)
                and containment(post.words, peer.words) >= _RELATED_OVERLAP
            ):
                links[number].add(other)
                links[other].add(number)
        index.add(number, post.words)
    return links


def entry_order(item: TimelineEntry, page_rank: dict[int, int]) -> tuple[object, ...]:
    """Chronological key: start, coarser before finer at the same start, end, then page order.

    A day-precise entry starts at midnight, so it heads its day, before the timed entries
    of that day; a month-precise one heads its month. Ties keep the pages' own order.
    """
    first = item.sightings[0]
    rank = page_rank[id(first.page)]
    if item.time is None:
        return (rank, first.position, item.key)
    return (
        _instant_key(item.time.start),
        -GRANULARITIES.index(item.time.granularity),
        _instant_key(item.time.end),
        rank,
        first.position,
        item.key,
    )


def build_items(pages: tuple[Page, ...], prints: tuple[str, ...]) -> tuple[TimelineEntry, ...]:
    """Turn canonical pages (and their fingerprints) into items with sightings and relations."""
    by_id = {id(page): key for page, key in zip(pages, prints, strict=True)}
    all_items: list[list[_Post]] = []
    item_family: list[int] = []
    seen: dict[str, frozenset[str]] = {}
    for family_index, members in enumerate(_families(pages)):
        ordered = sorted(
            (pages[index] for index in members),
            key=lambda page: (*_activity(page), by_id[id(page)]),
        )
        for posts in _match_family(ordered, seen):
            all_items.append(posts)
            item_family.append(family_index)
    links = _related(item_family, all_items)
    keys = [_key(posts[0], by_id) for posts in all_items]
    return tuple(
        TimelineEntry(
            key=keys[index],
            sightings=tuple(post.sighting for post in posts),
            related=tuple(sorted(keys[other] for other in links.get(index, ()))),
        )
        for index, posts in enumerate(all_items)
    )
