"""The real pages of the shared corpus: read from ../shared/pages, skipped when absent.

The pages are the publishers' and are never copied into the repository; the index
gives, per page, what it renders, what its structured data lists and its traps.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

import liveblog
from liveblog._html import extract_html
from liveblog._load import load
from liveblog._options import Options


def _pages_dir() -> Path | None:
    env = os.environ.get("LIVEBLOG_SHARED")
    candidates = [Path(env) / "pages"] if env else []
    root = Path(__file__).resolve().parents[2]
    candidates += [parent / "shared" / "pages" for parent in (root, *root.parents)]
    return next((path for path in candidates if (path / "index.jsonl").is_file()), None)


PAGES = _pages_dir()
pytestmark = pytest.mark.skipif(PAGES is None, reason="shared pages not found")


def _index() -> list[dict[str, Any]]:
    if PAGES is None:
        return []
    lines = (PAGES / "index.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


INDEX = _index()
LIVE = [gold for gold in INDEX if gold["is_liveblog"]]
ARTICLES = [gold for gold in INDEX if not gold["is_liveblog"]]


def _markup(gold: dict[str, Any]) -> str:
    assert PAGES is not None
    return load((PAGES / gold["file"]).read_bytes(), Options()).text


def _minute(moment: datetime) -> tuple[datetime, object]:
    return moment.astimezone(timezone.utc).replace(second=0, microsecond=0), moment.utcoffset()


@pytest.mark.parametrize("gold", ARTICLES, ids=lambda gold: gold["site"])
def test_ordinary_article_is_one_entry(gold: dict[str, Any]) -> None:
    """Pages that only look live give one "article" entry and is_live False."""
    result = extract_html(_markup(gold), options=Options(), url=gold["url"])
    assert result.is_live is False
    assert ["article"] == [draft.role for draft in result.drafts]


@pytest.mark.parametrize("gold", LIVE, ids=lambda gold: gold["site"])
def test_live_page_renders_its_entries(gold: dict[str, Any]) -> None:
    """Every rendered entry is found, and nothing else is marked rendered."""
    result = extract_html(_markup(gold), options=Options(), url=gold["url"])
    assert result.is_live is True
    rendered = [draft for draft in result.drafts if draft.rendered and draft.role == "post"]
    assert gold["html_entry_count"] == len(rendered)


@pytest.mark.parametrize(
    "gold",
    [gold for gold in LIVE if (gold["jsonld_update_count"] or 0) > (gold["html_entry_count"] or 0)],
    ids=lambda gold: gold["site"],
)
def test_updates_behind_load_more_are_kept(gold: dict[str, Any]) -> None:
    """Structured updates the page does not render are kept, marked not rendered."""
    result = extract_html(_markup(gold), options=Options(), url=gold["url"])
    hidden = [draft for draft in result.drafts if not draft.rendered]
    # A few updates carry neither text nor headline (an embed only) and are left out.
    assert 0.95 * (gold["jsonld_update_count"] - gold["html_entry_count"]) <= len(hidden)
    assert all(draft.text or draft.headline for draft in hidden)


def test_times_where_the_page_gives_day_and_zone() -> None:
    """At least 95% of entry times are right to the minute, with the page's offset."""
    right = total = 0
    for gold in LIVE:
        if not gold.get("entry_times_gold"):
            continue
        page = liveblog.parse(_markup(gold), url=gold["url"])
        wanted = Counter(
            _minute(datetime.fromisoformat(text.replace("Z", "+00:00")))
            for text in gold["entry_times_gold"]
        )
        got = Counter(_minute(entry.posted) for entry in page.entries if entry.posted)
        right += sum((wanted & got).values())
        total += sum(wanted.values())
    assert total > 0
    assert right >= 0.95 * total
