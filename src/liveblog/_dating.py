"""Which time an entry is filed under, and where that time came from.

The rule, first match wins:

1. ``"timestamp"``: the entry's own stamp ("07h42 CEST"), to the minute (or second).
2. ``"text"``: the latest mention in the entry's text that is precise to the day or finer
   (minute, hour, part of day, day, night) and does not start after the page's publication.
   News reports the latest development last-known at publication, while older dates in the
   same post are background: "Le Kremlin a publié samedi soir la loi" wins over the
   pluperfect "avait ratifié le 8 novembre". Mentions inside direct quotations
   (« … », “ … ”) are skipped: a quoted "aujourd'hui" is the speaker's day, not the
   reporter's. "Maintenant" / "now" is skipped too: it restates the anchor and says
   nothing of when the reported event happened. Weeks, months and years are too coarse
   to place an entry.
3. ``"page"``: the page's publish time, at the precision the page gave it.
4. ``"none"``: nothing dates the entry; it stays undated rather than guessed.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from liveblog.model import Mention, TimeSource, TimeValue

__all__ = ["DATING_GRANULARITIES", "date_entry", "instant"]

#: Granularities precise enough to place an entry on a day.
DATING_GRANULARITIES = frozenset({"second", "minute", "hour", "part-of-day", "day", "night"})
_QUOTE = re.compile(r"«[^«»]{0,2000}»|“[^“”]{0,2000}”")


def instant(moment: datetime) -> TimeValue:
    """Turn a stamp into a TimeValue: to the second when it has seconds, else the minute."""
    if moment.second or moment.microsecond:
        start = moment.replace(microsecond=0)
        return TimeValue(start, start + timedelta(seconds=1), "second")
    return TimeValue(moment, moment + timedelta(minutes=1), "minute")


def date_entry(
    text: str,
    mentions: tuple[Mention, ...],
    *,
    posted: datetime | None,
    published: datetime | None,
    published_has_time: bool,
    not_after: datetime | None = None,
) -> tuple[TimeValue | None, TimeSource, int | None]:
    """Return the entry's time, its source and the index of the mention used, if any.

    ``not_after`` is the latest instant a dating mention may start at; it defaults to
    ``published`` (the pipeline passes the earlier of publication and capture).
    """
    limit = published if not_after is None else not_after
    if posted is not None:
        return instant(posted), "timestamp", None
    quoted = [match.span() for match in _QUOTE.finditer(text)]
    best: int | None = None
    for index, mention in enumerate(mentions):
        value = mention.value
        if value.granularity not in DATING_GRANULARITIES or "now" in mention.notes:
            continue
        if limit is not None and value.start > limit:
            continue
        if any(start <= mention.start and mention.end <= end for start, end in quoted):
            continue
        if best is None or value.start > mentions[best].value.start:
            best = index
    if best is not None:
        return mentions[best].value, "text", best
    if published is not None:
        if published_has_time:
            return instant(published), "page", None
        day = published.replace(hour=0, minute=0, second=0, microsecond=0)
        return TimeValue(day, day + timedelta(days=1), "day"), "page", None
    return None, "none", None
