"""Cross-check structured updates against the rendered stream and make drafts.

Rules, in order:

* An update is matched to a rendered block by id (the url fragment or ``@id`` is the
  block's id, or a link inside it), then by text (its opening words appear in the
  block), then by time (the same minute).
* Structured times are trusted over rendered ones (sites print local times with a
  "Z" suffix) unless they are unusable: all updates stamped with one instant, or only
  with bare days. Then each matched block's own time is used. Disagreements are noted.
* Every update carrying text or a headline is kept, and every rendered one (an entry
  that is only an embed has empty text); those matched to no rendered block are
  ``rendered=False`` when a stream was found. Rendered blocks matched to no update
  are kept too, as "stream" drafts, placed after the entry rendered before them.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta, timezone

from liveblog._draft import Draft, Stamp
from liveblog._html.items import Block, Update
from liveblog._html.meta import instant
from liveblog._html.stream import Stream
from liveblog._html.text import match_key

__all__ = ["drafts_from_stream", "drafts_from_updates"]

_ID_PREFIX = re.compile(r"^(?:block|post|entry|update|item|event)[-_]?", re.IGNORECASE)
_KEY_CHARS = 40  # opening letters of an update compared with block text
_MIN_KEY = 12  # shorter openings match too much


def _id_key(value: str) -> str:
    fragment = value.rsplit("#", 1)[-1] if "#" in value else value.rstrip("/").rsplit("/", 1)[-1]
    return _ID_PREFIX.sub("", fragment)


def _times_usable(updates: tuple[Update, ...]) -> str | None:
    """None when the structured times can be trusted, else why not."""
    stamps = [update.posted for update in updates if update.posted is not None]
    if not stamps:
        return "no update carries a time"
    if all(not stamp.has_time for stamp in stamps):
        return "every update carries a bare day"
    if len(stamps) >= 2 and len({(stamp.wall, stamp.zone) for stamp in stamps}) == 1:
        return "every update carries the same instant"
    return None


def _match(updates: tuple[Update, ...], blocks: tuple[Block, ...]) -> dict[int, int]:
    """Update index to block index."""
    by_id: dict[str, int] | None = None  # built on first need: element matches are free
    by_element = {block.element: index for index, block in enumerate(blocks)}
    matched: dict[int, int] = {}
    taken: set[int] = set()
    for number, update in enumerate(updates):
        if update.element is not None:
            for element in (update.element, *update.element.iterancestors()):
                holder = by_element.get(element)
                if holder is not None and holder not in taken:
                    matched[number] = holder
                    break
        if number in matched:
            taken.add(matched[number])
            continue
        if update.id and by_id is None:
            by_id = {}
            for index, block in enumerate(blocks):
                for ident in block.ids:
                    by_id.setdefault(_id_key(ident), index)
        found = by_id.get(_id_key(update.id)) if update.id and by_id else None
        if found is not None and found not in taken:
            matched[number] = found
            taken.add(found)
            continue
        if len(taken) == len(blocks):
            break
        key = match_key((update.text or update.headline or "")[: _KEY_CHARS * 4])[:_KEY_CHARS]
        if len(key) >= _MIN_KEY:
            # Updates and blocks mostly come in the same order: look after the last match.
            start = (max(matched.values()) + 1) if matched else 0
            for offset in range(len(blocks)):
                index = (start + offset) % len(blocks)
                if index not in taken and key in blocks[index].key:
                    matched[number] = index
                    taken.add(index)
                    break
    _match_by_time(updates, blocks, matched, taken)
    return matched


def _match_by_time(
    updates: tuple[Update, ...],
    blocks: tuple[Block, ...],
    matched: dict[int, int],
    taken: set[int],
) -> None:
    for number, update in enumerate(updates):
        if len(taken) == len(blocks):
            return
        if number in matched or update.posted is None:
            continue
        wanted = update.posted.wall.replace(second=0)
        for index, block in enumerate(blocks):
            stamp = block.stamp
            if index in taken or stamp is None:
                continue
            if stamp.wall.time().replace(second=0) == wanted.time() and stamp.zone == (
                update.posted.zone
            ):
                matched[number] = index
                taken.add(index)
                break


def _disagreement(structured: Stamp, rendered: Stamp) -> timedelta | None:
    """How far a rendered time is from the structured one, when both name instants."""
    first, second = instant(structured), instant(rendered)
    if first is None or second is None:
        return None
    return second.replace(second=0, microsecond=0) - first.replace(second=0, microsecond=0)


def drafts_from_updates(
    updates: tuple[Update, ...],
    stream: Stream | None,
    strategy: str,
) -> tuple[list[Draft], list[str]]:
    """Drafts from structured updates, cross-checked against the rendered stream."""
    notes: list[str] = []
    blocks = stream.blocks if stream is not None else ()
    matched = _match(updates, blocks)
    unusable = _times_usable(updates)
    headlines = {update.headline for update in updates}
    shared_headline = len(updates) >= 2 and len(headlines) == 1
    if shared_headline and None not in headlines:
        notes.append(f"{strategy}: every update carries the page headline; rendered ones used")
    if unusable:
        notes.append(f"{strategy}: structured times unusable ({unusable}); rendered times used")
    shifts: Counter[int] = Counter()
    rendered_utc = bool(blocks) and all(
        block.stamp is None or block.stamp.zone == timezone.utc for block in blocks
    )
    by_block: dict[int, list[Draft]] = {}
    drafts: list[Draft] = []
    dropped = 0
    for number, update in enumerate(updates):
        index = matched.get(number)
        block = blocks[index] if index is not None else None
        posted = update.posted
        if block is not None and block.stamp is not None:
            if unusable or posted is None:
                posted = block.stamp
            else:
                gap = _disagreement(posted, block.stamp)
                if gap is not None and abs(gap) >= timedelta(minutes=2):
                    shifts[round(gap.total_seconds() / 60)] += 1
        elif unusable:
            posted = None
        text = update.text or (block.text if block is not None else "")
        headline = None if shared_headline else update.headline
        headline = headline or (block.headline if block is not None else None)
        if not text and not headline and block is None:
            dropped += 1  # listed only, and nothing to read: an embed the page did not render
            continue
        updated = update.updated if update.updated != posted and not unusable else None
        draft = Draft(
            headline=headline,
            text=text,
            role="post",
            strategy=strategy,
            posted=posted,
            updated=updated,
            id=update.id or (block.first_id if block is not None else None),
            rendered=block is not None or stream is None,
        )
        drafts.append(draft)
        if index is not None:
            by_block[index] = [draft]
    if dropped:
        notes.append(f"{strategy}: {dropped} updates without text or headline left out")
    if shifts:
        (shift, count), *_ = shifts.most_common(1)
        notes.append(
            f"{strategy}: {sum(shifts.values())} rendered times disagree with structured ones"
            f" (most by {shift:+d} min, {count} times); structured times kept"
        )
        if shift % 60 == 0 and rendered_utc:
            notes.append(
                f"{strategy}: rendered times look like local times wrongly suffixed Z"
                f" ({shift // 60:+d} h)"
            )
    if stream is not None:
        notes.append(
            f"{strategy}: {len(matched)} of {len(updates)} updates rendered in the stream"
            f" of {len(blocks)} blocks"
        )
        drafts = _insert_unmatched(drafts, blocks, by_block, notes)
    return drafts, notes


def _insert_unmatched(
    drafts: list[Draft],
    blocks: tuple[Block, ...],
    by_block: dict[int, list[Draft]],
    notes: list[str],
) -> list[Draft]:
    extra = 0
    anchor: Draft | None = None
    after: dict[int, list[Draft]] = {}
    for index, block in enumerate(blocks):
        if index in by_block:
            anchor = by_block[index][0]
            continue
        if not block.text and not block.headline:
            continue
        extra += 1
        after.setdefault(id(anchor) if anchor is not None else 0, []).append(_block_draft(block))
    if not extra:
        return drafts
    notes.append(f"stream: {extra} rendered blocks missing from structured data kept")
    result = after.get(0, [])
    for draft in drafts:
        result.append(draft)
        result.extend(after.get(id(draft), []))
    return result


def _block_draft(block: Block) -> Draft:
    return Draft(
        headline=block.headline,
        text=block.text,
        role="post",
        strategy="stream",
        posted=block.stamp,
        id=block.first_id,
    )


def drafts_from_stream(stream: Stream) -> list[Draft]:
    """Drafts from the rendered stream alone, in page order."""
    return [_block_draft(block) for block in stream.blocks if block.text or block.headline]
