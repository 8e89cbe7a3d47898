"""Merge two snapshots of one live blog and see each post's provenance.

    python examples/snapshots.py

The Guardian example page (translated) is cut into an early snapshot (the seven
oldest posts, each reduced to its first paragraph) and merged with the full page:
the result has the page's ten posts, each showing its latest text and every page
it was seen in.
"""

from __future__ import annotations

import re
from pathlib import Path

from liveblog import merge, parse

PAGE = Path(__file__).resolve().parent / "data" / "002_6cc489036926f0d6.txt"
STAMP = re.compile(r"^\d\d[h.]\d\d CEST$")


def early_snapshot(text: str) -> str:
    """Drop the three newest posts and keep one paragraph of each of the others."""
    lines = text.split("\n")
    starts = [n for n, line in enumerate(lines) if STAMP.match(line)]
    out = lines[: starts[0]]
    for first, following in zip(starts[3:], [*starts[4:], len(lines)], strict=True):
        block = lines[first:following]
        body = [line for line in block[1:] if line.strip() and not line.startswith("Mis à")]
        out += [block[0], "", body[0], ""]
    return "\n".join(out)


def main() -> None:
    full_text = PAGE.read_text(encoding="utf-8")
    early, full = parse(early_snapshot(full_text)), parse(full_text)
    timeline = merge([early, full])
    print(f"early snapshot: {len(early.entries)} posts; full page: {len(full.entries)} posts")
    print(f"merged: {len(timeline)} posts\n")
    for item in timeline:
        versions = ", ".join(
            f"{len(sighting.entry.text)} chars at position {sighting.position}"
            for sighting in item.sightings
        )
        when = item.time.start.strftime("%H:%M") if item.time else "?"
        print(f"{when}  seen {len(item.sightings)}x ({versions})")
        print(f"       {item.text[:90]}…")


if __name__ == "__main__":
    main()
