"""Measure the HTML reader on the shared real pages; prints figures, asserts nothing.

Usage: python benchmarks/bench_pages.py [--repeat N] [--stamps] [PAGES_DIR]

Per page and in total: entries against the rendered entries and the structured updates,
time accuracy where the page gives day and zone, is_live, and milliseconds per page
beside a bare ``lxml.html.document_fromstring`` of the same text in the same run.

* Entry precision/recall against rendered entries compares counts: entries marked
  ``rendered`` against ``html_entry_count`` (the index gives no per-entry identity for
  every page). Against structured updates it compares the number of entries taken from
  structured data with ``jsonld_update_count`` (JSON-LD) or the microdata count.
* Time accuracy: an entry time is right when it names the gold instant to the minute
  with the gold UTC offset; gold times and entry times are matched as multisets.
* Times come from ``liveblog.parse`` when the pipeline exists, else from the stamps
  of ``extract_html`` (``--stamps`` forces that), which only count when they carry
  day and zone themselves.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import lxml.html
from bs4 import UnicodeDammit

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import liveblog  # noqa: E402
from liveblog._html import extract_html  # noqa: E402
from liveblog._options import Options  # noqa: E402


def shared_pages() -> Path | None:
    env = os.environ.get("LIVEBLOG_SHARED")
    candidates = [Path(env) / "pages"] if env else []
    root = Path(__file__).resolve().parents[1]
    candidates += [parent / "shared" / "pages" for parent in (root.parent, *root.parents)]
    return next((path for path in candidates if (path / "index.jsonl").is_file()), None)


def decode(raw: bytes) -> str:
    loader = getattr(liveblog, "_load", None)
    decoder = getattr(loader, "decode", None)
    if decoder is not None:
        return str(decoder(raw))
    return str(UnicodeDammit(raw, is_html=True).unicode_markup)


def key(moment: datetime) -> tuple[datetime, timedelta | None]:
    return (
        moment.astimezone(timezone.utc).replace(second=0, microsecond=0),
        moment.utcoffset(),
    )


def gold_key(text: str) -> tuple[datetime, timedelta | None]:
    return key(datetime.fromisoformat(text.replace("Z", "+00:00")))


def run_entries(markup: str, url: str | None, use_stamps: bool) -> dict[str, object]:
    """Entries as (rendered, structured, instant or None), and is_live."""
    parse = getattr(liveblog, "parse", None)
    if parse is not None and not use_stamps:
        page = parse(markup, url=url)
        rows = [
            (entry.rendered, entry.strategy in {"jsonld", "microdata"}, entry.posted, entry.role)
            for entry in page.entries
        ]
        return {"rows": rows, "is_live": page.is_live}
    extraction = extract_html(markup, options=Options(), url=url)
    rows = []
    for draft in extraction.drafts:
        stamp = draft.posted
        moment = None
        if stamp is not None and stamp.zone is not None and stamp.has_date and stamp.has_time:
            moment = stamp.wall.replace(tzinfo=stamp.zone)
        rows.append(
            (draft.rendered, draft.strategy in {"jsonld", "microdata"}, moment, draft.role)
        )
    return {"rows": rows, "is_live": extraction.is_live}


def timed(function: object, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()  # type: ignore[operator]
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def ratio(hit: int, total: int) -> str:
    return f"{hit}/{total}={hit / total:.0%}" if total else "n/a"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pages", nargs="?", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--stamps", action="store_true")
    args = parser.parse_args()
    folder = args.pages or shared_pages()
    if folder is None:
        print("no shared pages found (set LIVEBLOG_SHARED)")
        return
    totals: Counter[str] = Counter()
    ratios = []
    print(
        f"{'page':44} live  rend P/R        struct R (text)   times            "
        "ms   lxml  x"
    )
    for line in (folder / "index.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        markup = decode((folder / gold["file"]).read_bytes())
        url = gold.get("url")
        result = run_entries(markup, url, args.stamps)
        rows: list[tuple[bool, bool, datetime | None, str]] = result["rows"]  # type: ignore[assignment]
        ms = timed(lambda: extract_html(markup, options=Options(), url=url), args.repeat)
        bare = timed(lambda: lxml.html.document_fromstring(markup), args.repeat)
        ratios.append(ms / bare)
        live_ok = result["is_live"] == gold["is_liveblog"]
        totals["live_ok"] += live_ok
        totals["pages"] += 1
        name = Path(gold["file"]).stem[:44]
        if not gold["is_liveblog"]:
            split = sum(1 for row in rows if row[3] == "post")
            totals["articles"] += 1
            totals["articles_split"] += split > 0
            print(
                f"{name:44} {'ok' if live_ok else 'BAD':4}  article: {len(rows)} entry,"
                f" {split} posts{'':24} {ms:6.1f} {bare:5.1f} {ms / bare:4.1f}"
            )
            continue
        rendered = sum(1 for row in rows if row[0] and row[3] == "post")
        gold_rendered = gold["html_entry_count"] or 0
        hit = min(rendered, gold_rendered)
        totals["r_hit"] += hit
        totals["r_found"] += rendered
        totals["r_gold"] += gold_rendered
        structured = sum(1 for row in rows if row[1])
        gold_structured = gold["jsonld_update_count"] or (
            gold["entry_count_gold"] if gold["has_microdata_liveblog"] else 0
        )
        if gold_structured:
            totals["s_hit"] += min(structured, gold_structured)
            totals["s_gold"] += gold_structured
        struct_text = f"{ratio(min(structured, gold_structured), gold_structured):15}"
        times_text = "no day+zone"
        if gold.get("entry_times_gold"):
            wanted = Counter(gold_key(text) for text in gold["entry_times_gold"])
            got = Counter(key(row[2]) for row in rows if row[2] is not None)
            right = sum((wanted & got).values())
            total = sum(wanted.values())
            totals["t_right"] += right
            totals["t_total"] += total
            times_text = ratio(right, total)
        print(
            f"{name:44} {'ok' if live_ok else 'BAD':4}  {hit}/{rendered} {hit}/{gold_rendered:<5}"
            f"  {struct_text}  {times_text:15} {ms:6.1f} {bare:5.1f} {ms / bare:4.1f}"
        )
    print("---")
    print(
        "rendered entries: precision",
        ratio(totals["r_hit"], totals["r_found"]),
        "recall",
        ratio(totals["r_hit"], totals["r_gold"]),
    )
    print("structured updates recall:", ratio(totals["s_hit"], totals["s_gold"]))
    print("times right (day and zone given):", ratio(totals["t_right"], totals["t_total"]))
    print("is_live accuracy:", ratio(totals["live_ok"], totals["pages"]))
    print("ordinary articles split into posts:", totals["articles_split"], "of", totals["articles"])
    print(
        f"time per page / bare lxml parse: median {statistics.median(ratios):.2f}x,"
        f" max {max(ratios):.2f}x"
    )


if __name__ == "__main__":
    main()
