"""Measure merge identity and speed; prints figures, asserts nothing.

Usage: python benchmarks/bench_merge.py [--quick] [SHARED_PAGES_DIR]

1. Identity on snapshot series. Each real page (the five seeds, plus the shared HTML
   pages when found) is cut into snapshots as a live blog grows: snapshot k holds the
   oldest posts only, the newest of them cut to their first words. Merging the
   snapshots should give one item per post of the full page. Pairwise precision and
   recall compare the items with the truth (post identity is known by construction);
   "latest text" counts items that show the full page's text.
2. Speed: one growing blog in many snapshots; many distinct pages (cross-page linking);
   JSON round trip and exports of the result.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import datetime, timedelta, timezone
from itertools import combinations
from pathlib import Path

import attrs

from liveblog import Timeline, merge, parse
from liveblog.export import to_html, to_jsonl
from liveblog.model import Entry, Page, TimeValue

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "examples" / "data").glob("*.txt"))
VOCABULARY = (
    "Kiev Moscou Pyongyang drones missiles président accord frappe région armée talks "
    "ceasefire minister Zelensky Poutine Kim sanctions défense nuit attack convoy border "
    "Kharkiv Odessa energy grid blackout shelling casualties rescue statement envoy summit"
).split()


def shared_pages(argument: str | None) -> list[Path]:
    candidates = [Path(argument)] if argument else []
    if os.environ.get("LIVEBLOG_SHARED"):
        candidates.append(Path(os.environ["LIVEBLOG_SHARED"]) / "pages")
    candidates.append(ROOT.parent / "shared" / "pages")
    candidates.append(Path("/work/shared/pages"))
    for folder in candidates:
        html = folder / "html"
        if html.is_dir():
            return sorted(html.glob("*.html"))
    return []


def snapshot_series(page: Page, count: int) -> tuple[list[Page], dict[tuple[int, int], int]]:
    """Snapshots of a growing page and the truth: (snapshot, position) -> post number.

    Posts are listed newest first; post number n counts from the oldest (0).
    """
    total = len(page.entries)
    oldest_first = list(reversed(page.entries))
    series: list[Page] = []
    truth: dict[tuple[int, int], int] = {}
    for index in range(count):
        size = max(1, round(total * (index + 1) / count))
        posts = []
        for number in range(size):
            entry = oldest_first[number]
            if number >= size - 2 and index < count - 1:
                words = entry.text.split()
                entry = attrs.evolve(entry, text=" ".join(words[: max(8, len(words) // 3)]))
            posts.append(entry)
        posts.reverse()
        if series and len(series[-1].entries) == size:
            continue  # too few posts for this many snapshots: keep each size once
        for position in range(size):
            truth[(len(series), position)] = size - 1 - position
        series.append(attrs.evolve(page, entries=tuple(posts)))
    return series, truth


def identity_scores(page: Page, count: int) -> tuple[int, int, int, int, int]:
    """Return (true pairs found, pairs found, true pairs, items, items with latest text)."""
    series, truth = snapshot_series(page, count)
    timeline = merge(series)
    index_of = {id(snapshot): number for number, snapshot in enumerate(series)}
    found, true_found = 0, 0
    for item in timeline.all_entries:
        posts = [truth[(index_of[id(s.page)], s.position)] for s in item.sightings]
        for first, second in combinations(posts, 2):
            found += 1
            true_found += first == second
    per_post: dict[int, int] = {}
    for key in truth.values():
        per_post[key] = per_post.get(key, 0) + 1
    true_pairs = sum(n * (n - 1) // 2 for n in per_post.values())
    latest = {entry.text for entry in series[-1].entries}
    shows_latest = sum(item.text in latest for item in timeline.all_entries)
    return true_found, found, true_pairs, len(timeline.all_entries), shows_latest


def lexicon(rng: random.Random, size: int = 20_000) -> tuple[list[str], list[float]]:
    """News-like words: a few very common ones, a long tail of rare ones (Zipf weights)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    made = ["".join(rng.choice(letters) for _ in range(rng.randint(4, 10))) for _ in range(size)]
    vocabulary = VOCABULARY + made
    return vocabulary, [1 / rank for rank in range(1, len(vocabulary) + 1)]


def synthetic_blog(
    posts: int, rng: random.Random, url: str, lex: tuple[list[str], list[float]]
) -> Page:
    start = datetime(2024, 11, 28, 6, 0, tzinfo=timezone.utc)
    entries = []
    vocabulary, weights = lex
    for number in range(posts):
        moment = start + timedelta(minutes=3 * number)
        text = " ".join(rng.choices(vocabulary, weights, k=rng.randint(20, 80)))
        entries.append(
            Entry(
                headline=None,
                text=f"{text} n{number}",
                role="post",
                posted=moment,
                time=TimeValue(moment, moment + timedelta(minutes=1), "minute"),
                time_source="timestamp",
            )
        )
    entries.reverse()
    return Page(
        url=url,
        title="Synthetic live",
        published=start,
        lang="fr",
        is_live=True,
        key_points=(),
        entries=tuple(entries),
        zone="UTC",
    )


def timed(label: str, action, repeat: int = 1) -> object:
    best = float("inf")
    result = None
    for _ in range(repeat):
        began = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - began)
    print(f"  {label:<52} {best * 1000:9.1f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="?", help="folder holding html/*.html (shared/pages)")
    parser.add_argument("--quick", action="store_true", help="smaller speed runs")
    args = parser.parse_args()

    print("identity on snapshot series (5 snapshots per page)")
    sources = [(path.name, path.read_bytes()) for path in SEEDS]
    sources += [(path.name, path.read_bytes()) for path in shared_pages(args.pages)]
    totals = [0, 0, 0, 0, 0, 0]
    for name, data in sources:
        page = parse(data)
        if len(page.entries) < 2:
            continue
        true_found, found, true_pairs, items, latest = identity_scores(page, 5)
        posts = len(page.entries)
        totals = [
            a + b
            for a, b in zip(
                totals, (true_found, found, true_pairs, items, latest, posts), strict=True
            )
        ]
        print(f"  {name[:52]:<52} posts {posts:4d} items {items:4d} latest {latest:4d}")
    true_found, found, true_pairs, items, latest, posts = totals
    precision = true_found / found if found else 1.0
    recall = true_found / true_pairs if true_pairs else 1.0
    print(f"  pairwise precision {precision:.3f}  recall {recall:.3f}")
    print(f"  items {items} for {posts} posts; showing latest text {latest}/{items}")

    print("speed")
    rng = random.Random(20241128)
    size, snapshots, pages = (300, 10, 100) if args.quick else (1000, 20, 400)
    lex = lexicon(rng)
    blog = synthetic_blog(size, rng, "https://example.org/live", lex)
    series, _truth = snapshot_series(blog, snapshots)
    timeline = timed(f"merge {snapshots} snapshots of a {size}-post blog", lambda: merge(series))
    assert isinstance(timeline, Timeline)
    print(f"  -> {len(timeline)} items")
    distinct = [synthetic_blog(20, rng, f"https://site{n}.example/live", lex) for n in range(pages)]
    wide = timed(f"merge {pages} distinct pages of 20 posts", lambda: merge(distinct))
    assert isinstance(wide, Timeline)
    text = timed("to_json of the snapshot merge", timeline.to_json)
    assert isinstance(text, str)
    timed("Timeline.from_json of it", lambda: Timeline.from_json(text))
    timed("to_html of the snapshot merge", lambda: to_html(timeline))
    timed("to_jsonl of the snapshot merge", lambda: to_jsonl(timeline))
    print(f"python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
