"""The Timeline: pages and snapshots merged into one chronological list of posts.

``merge`` and ``Timeline`` are the public face (``_timeline``); below them, post
identity across snapshots (``_identity``, with ``_text_similarity`` and
``_fingerprint``), the items a timeline holds (``_items``) and its lossless JSON
(``_codec``). See docs/timeline.md.
"""

from liveblog.timeline._items import Sighting, TimelineEntry
from liveblog.timeline._timeline import Day, Timeline, merge

__all__ = ["Day", "Sighting", "Timeline", "TimelineEntry", "merge"]
