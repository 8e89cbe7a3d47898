"""Scale benchmark: pages/s and MB/s on one and two processes, peak memory when streaming.

Run from the repository root (two cores, quiet machine if you can)::

    python benchmarks/bench_scale.py            # full run: 10,000 pages for memory
    python benchmarks/bench_scale.py --quick    # smaller numbers, for a smoke run

Pages are made here: plain-text pages by varying the seed dumps of tests/data/seeds
(paragraph order, a page-specific title line) and small HTML live blogs written from a
template (JSON-LD or not, French or English, 4 to 24 posts). They are generated lazily,
so streaming N pages never holds N pages. Peak memory is measured in a fresh child process
per configuration (its own peak RSS, and for a pool the sum of the peaks of the whole
process tree: parent, forkserver and workers). trafilatura.extract and
htmldate.find_date run on the same pages for comparison (install the ``bench`` extra).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
# Child processes find liveblog as if it were installed: Python 3.11's forkserver ignores
# the parent's sys.path, so without this it could not preload liveblog._warm and every
# pool worker would warm itself up (seconds of CPU each).
os.environ["PYTHONPATH"] = os.pathsep.join(
    [str(ROOT / "src"), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
)

from liveblog import Item, parse_many  # noqa: E402

SEEDS = sorted((ROOT / "tests" / "data" / "seeds").glob("*.txt"))
SENTENCE = re.compile(r"(?<=[.!?»])\s+(?=[A-ZÀ-Ý«])")

# --- pages -------------------------------------------------------------------------------


def _seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in SEEDS]


def _sentences(texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        for paragraph in text.split("\n"):
            found.extend(s.strip() for s in SENTENCE.split(paragraph) if 40 < len(s.strip()) < 400)
    return found


def _text_page(rng: random.Random, texts: list[str], number: int) -> str:
    """A seed dump with its middle paragraphs shuffled and its own first line."""
    lines = rng.choice(texts).split("\n")
    head, middle, tail = lines[:3], lines[3:-8], lines[-8:]
    rng.shuffle(middle)
    return "\n".join([f"Direct n°{number}", *head, *middle, *tail])


def _html_page(rng: random.Random, sentences: list[str], number: int) -> str:
    """A small live blog: posts with <time>, headlines, maybe JSON-LD, fr or en."""
    english = rng.random() < 0.4
    start = datetime(2024, 11, 1, 7, 0, tzinfo=timezone.utc) + timedelta(
        days=rng.randrange(300), minutes=rng.randrange(600)
    )
    zone = timezone(timedelta(hours=0 if english else 1))
    posts = []
    updates = []
    moment = start
    for index in range(rng.randint(4, 24)):
        moment += timedelta(minutes=rng.randint(3, 40))
        local = moment.astimezone(zone)
        clock = local.strftime("%H.%M GMT" if english else "%Hh%M")
        headline = rng.choice(sentences)[:90]
        body = " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 4)))
        posts.append(
            f'<article class="post" id="post-{index}"><time datetime="{local.isoformat()}">'
            f"{clock}</time><h2>{headline}</h2><p>{body}</p></article>"
        )
        updates.append(
            {
                "@type": "BlogPosting",
                "headline": headline,
                "datePublished": local.isoformat(),
                "articleBody": body,
            }
        )
    posts.reverse()
    title = rng.choice(sentences)[:80]
    jsonld = ""
    if rng.random() < 0.5:
        data = {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": title,
            "datePublished": start.astimezone(zone).isoformat(),
            "coverageStartTime": start.astimezone(zone).isoformat(),
            "liveBlogUpdate": updates[::-1],
        }
        jsonld = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    lang = "en" if english else "fr"
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="article:published_time" content="{start.isoformat()}">{jsonld}'
        f'</head><body><nav><a href="/">Home</a></nav><main><h1>{title}</h1>'
        f'<div class="live">{"".join(posts)}</div></main><footer>© {number}</footer></body></html>'
    )


def pages(count: int, seed: int = 7) -> Iterator[Item]:
    """``count`` pages, half text and half HTML, made one at a time."""
    rng = random.Random(seed)
    texts = _seed_texts()
    sentences = _sentences(texts)
    for number in range(count):
        url = f"https://news.example/live/{number}"
        if number % 2:
            yield Item(_html_page(rng, sentences, number), url=url)
        else:
            yield Item(_text_page(rng, texts, number), url=url)


def _size(item: Item) -> int:
    source = item.source
    return len(source.encode("utf-8")) if isinstance(source, str) else len(source)


# --- measurements ------------------------------------------------------------------------


def throughput(items: list[Item], jobs: int) -> dict[str, float]:
    """Pages/s and MB/s of parse_many over ``items``, with and without pool start-up.

    "steady" counts from the first result on, so the seconds spent starting workers
    (and their first imports) are left out; "wall" counts them.
    """
    size = sum(_size(item) for item in items)
    cpu_before = _tree_cpu_seconds(os.getpid())
    started = time.perf_counter()
    first = None
    failed = 0
    results = parse_many(items, jobs=jobs)
    for _ in items:
        failed += not next(results).ok
        if first is None:
            first = time.perf_counter()
    ended = time.perf_counter()
    # Read the CPU the workers spent while they are still alive, then stop them.
    cpu = _tree_cpu_seconds(os.getpid()) - cpu_before
    results.close()
    assert first is not None
    return {
        "wall": len(items) / (ended - started),
        "wall_mb": size / (ended - started) / 1e6,
        "steady": (len(items) - 1) / (ended - first),
        "start": first - started,
        "failed": failed,
        "cpu": cpu,
        "cores": cpu / (ended - started),
        "per_cpu": len(items) / cpu,
    }


def compare(items: list[Item]) -> list[tuple[str, float, float]]:
    """The same pages through trafilatura.extract and htmldate.find_date, one core."""
    rows = []
    size = sum(_size(item) for item in items)
    try:
        import htmldate  # noqa: PLC0415
        import trafilatura  # noqa: PLC0415
    except ImportError:
        return rows
    for name, call in (
        ("trafilatura.extract", trafilatura.extract),
        ("htmldate.find_date", htmldate.find_date),
    ):
        started = time.perf_counter()
        for item in items:
            call(item.source)
        elapsed = time.perf_counter() - started
        rows.append((name, len(items) / elapsed, size / elapsed / 1e6))
    return rows


def _processes() -> dict[int, tuple[int, str, str]]:
    """Every live process: pid -> (parent pid, stat line, status text), from /proc."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        found[int(entry.name)] = (int(fields[1]), stat, status)
    return found


def _descends(pid: int, root: int, parents: dict[int, int]) -> bool:
    while pid in parents and pid not in (root, 0, 1):
        pid = parents[pid]
    return pid == root


def _tree_cpu_seconds(root: int) -> float:
    """CPU time (user + system) of ``root`` and its live descendants (workers included)."""
    processes = _processes()
    parents = {pid: info[0] for pid, info in processes.items()}
    ticks = 0
    for pid, (_, stat, _) in processes.items():
        if _descends(pid, root, parents):
            fields = stat.rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def _status_kib(status: str, field: str) -> int:
    match = re.search(rf"^{field}:\s+(\d+)", status, re.MULTILINE)
    return int(match.group(1)) if match else 0


def _tree_peak_kib(root: int) -> int:
    """Sum of the peak RSS (VmHWM) of ``root`` and its live descendants: an upper bound."""
    processes = _processes()
    parents = {pid: info[0] for pid, info in processes.items()}
    return sum(
        _status_kib(status, "VmHWM")
        for pid, (_, _, status) in processes.items()
        if _descends(pid, root, parents)
    )


def child_memory(count: int, jobs: int) -> None:
    """Stream ``count`` pages and print peak memory as JSON (runs in a fresh process).

    Peak RSS is read from /proc (VmHWM), not from getrusage: on Linux ``ru_maxrss``
    survives exec, so a child would report its parent's peak when that is larger.
    """
    started = time.perf_counter()
    parsed = entries = 0
    results = parse_many(pages(count), jobs=jobs)
    for _ in range(count):
        result = next(results)
        if result.page is not None:
            parsed += 1
            entries += len(result.page.entries)
    elapsed = time.perf_counter() - started
    # Read the workers' peaks while they are alive, then stop them.
    tree = _tree_peak_kib(os.getpid())
    results.close()
    own = _status_kib(Path("/proc/self/status").read_text(), "VmHWM")
    print(
        json.dumps(
            {
                "pages": count,
                "jobs": jobs,
                "parsed": parsed,
                "entries": entries,
                "seconds": elapsed,
                "peak_rss_mib": own / 1024,
                "peak_tree_mib": max(tree, own) / 1024,
            }
        )
    )


def memory(count: int, jobs: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child-memory", str(count), str(jobs)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small numbers, a smoke run")
    parser.add_argument("--pages", type=int, help="pages for the throughput runs")
    parser.add_argument(
        "--only", choices=("throughput", "memory"), help="run one half of the benchmark"
    )
    parser.add_argument("--child-memory", nargs=2, type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_memory:
        child_memory(*args.child_memory)
        return
    count = args.pages or (200 if args.quick else 1500)
    small, large = (100, 1000) if args.quick else (1000, 10_000)
    items = list(pages(count))
    size = sum(_size(item) for item in items)
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}")
    print(f"pages: {count} ({size / 1e6:.1f} MB, half text from seeds, half HTML)")

    if args.only != "memory":
        _throughput_report(items)
    if args.only != "throughput":
        _memory_report(small, large)
    print(f"load average after: {os.getloadavg()[0]:.2f}")


def _throughput_report(items: list[Item]) -> None:
    # One-off costs, paid once per program: this process's first pages (language data,
    # compiled patterns) and the forkserver's start with its warm-up import.
    for jobs in (1, 2):
        started = time.perf_counter()
        list(parse_many(items[:4], jobs=jobs))
        print(f"start-up, jobs={jobs}: {time.perf_counter() - started:.2f} s for the first 4 pages")
    rates = {}
    for jobs in (1, 2):
        rate = rates[jobs] = throughput(items, jobs)
        print(
            f"liveblog.parse_many jobs={jobs}: {rate['wall']:7.1f} pages/s "
            f"{rate['wall_mb']:6.2f} MB/s wall; steady {rate['steady']:7.1f} pages/s "
            f"after {rate['start']:.2f} s to first result ({rate['failed']:.0f} failed); "
            f"{rate['per_cpu']:.1f} pages per CPU-second, {rate['cores']:.2f} cores obtained"
        )
    print(
        f"speed-up two processes vs one: {rates[2]['wall'] / rates[1]['wall']:.2f}x wall, "
        f"{rates[2]['steady'] / rates[1]['steady']:.2f}x steady (target >= 1.7x)"
    )
    print(
        "pool overhead: jobs=2 spends "
        f"{rates[1]['per_cpu'] / rates[2]['per_cpu']:.2f}x the CPU per page of jobs=1; "
        f"on two free cores that gives at most {2 * rates[2]['per_cpu'] / rates[1]['per_cpu']:.2f}x"
    )
    for name, per_second, mb_per_second in compare(items):
        print(f"{name} (one core): {per_second:7.1f} pages/s {mb_per_second:6.2f} MB/s")


def _memory_report(small: int, large: int) -> None:
    for jobs in (1, 2):
        low, high = memory(small, jobs), memory(large, jobs)
        key = "peak_rss_mib" if jobs == 1 else "peak_tree_mib"
        print(
            f"peak memory jobs={jobs} ({key}): {small} pages {low[key]:.1f} MiB, "
            f"{large} pages {high[key]:.1f} MiB, ratio {high[key] / low[key]:.2f} "
            f"(target <= 1.5); {large} pages in {high['seconds']:.1f} s"
        )


if __name__ == "__main__":
    main()
