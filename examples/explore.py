"""Filter a timeline: a time range, words, a page, a language; group it by day.

python examples/explore.py
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from liveblog import merge, parse

DATA = Path(__file__).resolve().parent / "data"
PARIS = ZoneInfo("Europe/Paris")


def main() -> None:
    timeline = merge(parse(path.read_bytes()) for path in sorted(DATA.glob("*.txt")))
    print(
        f"{len(timeline)} dated posts, {len(timeline.undated)} undated, {len(timeline.pages)} pages"
    )

    morning = timeline.between(
        datetime(2024, 6, 19, 6, 0, tzinfo=PARIS), datetime(2024, 6, 19, 7, 0, tzinfo=PARIS)
    )
    print(f"\n19 June, 06:00-07:00 Paris: {len(morning)} posts")
    for item in morning:
        print(f"  {item.time.start:%H:%M} {item.text[:70]}…")  # type: ignore[union-attr]

    print(f"\nposts mentioning 'drones': {len(timeline.search('drones'))}")
    print(f"posts in French: {len(timeline.in_language('fr'))}")

    print("\nby day, in UTC:")
    for day in timeline.by_day("UTC"):
        print(f"  {day.date}  {len(day.entries)} posts")


if __name__ == "__main__":
    main()
