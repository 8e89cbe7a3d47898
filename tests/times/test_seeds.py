"""Every mention the hand-read seed gold lists resolves to its value against the page's date."""

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from liveblog.times import find_times

DATA = Path(__file__).resolve().parents[1] / "data"
GOLD = json.loads((DATA / "seeds_gold.json").read_text(encoding="utf-8"))
PARIS = ZoneInfo("Europe/Paris")

CASES = [
    pytest.param(name, page, mention, id=f"{name[:3]}-{mention['text']}")
    for name, page in GOLD["pages"].items()
    for mention in page.get("mentions", [])
]


@pytest.mark.parametrize(("name", "page", "gold"), CASES)
def test_seed_mention_resolves_as_listed(name: str, page: dict, gold: dict) -> None:
    """The seed page's mention is found (its text inside a mention) with the listed value."""
    text = (DATA / "seeds" / name).read_text(encoding="utf-8")
    published = page["published"]
    anchor = datetime.fromisoformat(published).replace(tzinfo=PARIS) if published else None
    mentions = find_times(text, anchor=anchor, lang=page["lang"])
    values = {
        m.timex[: len(gold["value"])] for m in mentions if gold["text"].lower() in m.text.lower()
    }
    assert gold["value"] in values
