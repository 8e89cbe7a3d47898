"""Keep page-given dates inside the range date arithmetic can work in.

A page may print any year ("0001-01-01", "9999-12-31"); one day either side of those
overflows ``datetime``. Stamps outside years 2 to 9998 are dropped before times are
resolved, each with a note, so the rest of the page still reads.
"""

from __future__ import annotations

import attrs

from liveblog._draft import Draft, Extraction, Stamp

__all__ = ["MAX_YEAR", "MIN_YEAR", "in_range", "stamp_in_range"]

MIN_YEAR = 2
MAX_YEAR = 9998


def stamp_in_range(stamp: Stamp | None) -> bool:
    """Whether a stamp (None counts as fine) lies in years ``MIN_YEAR`` to ``MAX_YEAR``."""
    return stamp is None or not stamp.has_date or MIN_YEAR <= stamp.wall.year <= MAX_YEAR


def in_range(extraction: Extraction) -> Extraction:
    """Remove every out-of-range stamp of ``extraction``, with a note when one goes."""
    meta = extraction.meta
    dropped = sum(not stamp_in_range(s) for s in (meta.published, meta.modified))
    meta = attrs.evolve(
        meta,
        published=meta.published if stamp_in_range(meta.published) else None,
        modified=meta.modified if stamp_in_range(meta.modified) else None,
    )
    drafts: list[Draft] = []
    for draft in extraction.drafts:
        good = stamp_in_range(draft.posted), stamp_in_range(draft.updated)
        dropped += good.count(False)
        drafts.append(
            draft
            if all(good)
            else attrs.evolve(
                draft,
                posted=draft.posted if good[0] else None,
                updated=draft.updated if good[1] else None,
            )
        )
    if not dropped:
        return extraction
    note = f"ignored {dropped} date(s) outside years {MIN_YEAR}..{MAX_YEAR}"
    return attrs.evolve(
        extraction, meta=meta, drafts=tuple(drafts), notes=(*extraction.notes, note)
    )
