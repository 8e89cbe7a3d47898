"""Write every export of the bundled example pages into a folder.

    python examples/export_all.py [OUTPUT_DIR]     (default: ./liveblog-out)

Parses examples/data/*.txt, merges them into one timeline and writes it as JSON
(lossless), JSON Lines, Markdown, TimelineJS3 JSON and spreadsheet CSV, schema.org
JSON-LD, a static HTML page, iCalendar and (with pandas) a CSV of the DataFrame.
"""

from __future__ import annotations

import sys
from pathlib import Path

from liveblog import Timeline, merge, parse
from liveblog.export import (
    MissingExtraError,
    to_dataframe,
    to_html,
    to_ical,
    to_json,
    to_jsonl,
    to_markdown,
    to_schemaorg,
    to_text,
    to_timelinejs,
    to_timelinejs_csv,
)

DATA = Path(__file__).resolve().parent / "data"


def main(output: Path) -> None:
    pages = [parse(path.read_bytes()) for path in sorted(DATA.glob("*.txt"))]
    timeline = merge(pages)
    output.mkdir(parents=True, exist_ok=True)
    files = {
        "timeline.json": to_json(timeline, indent=2),
        "timeline.jsonl": to_jsonl(timeline),
        "timeline.md": to_markdown(timeline, title="Russie – Corée du Nord"),
        "timeline.txt": to_text(timeline),
        "timelinejs.json": to_timelinejs(timeline, title="Russie – Corée du Nord"),
        "timelinejs.csv": to_timelinejs_csv(timeline, title="Russie – Corée du Nord"),
        "liveblogposting.jsonld": to_schemaorg(timeline),
        "timeline.html": to_html(timeline, title="Russie – Corée du Nord"),
    }
    try:
        files["timeline.ics"] = to_ical(timeline)
        files["timeline.csv"] = to_dataframe(timeline).to_csv(index=False)
    except MissingExtraError as error:
        print(f"skipped: {error}")
    for name, text in files.items():
        (output / name).write_text(text, encoding="utf-8", newline="")
        print(f"wrote {output / name}")
    # The JSON is lossless: reading it back gives the same timeline.
    back = Timeline.from_json((output / "timeline.json").read_text(encoding="utf-8"))
    print(f"{len(timeline)} entries from {len(pages)} pages; JSON round trip: {back == timeline}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("liveblog-out"))
