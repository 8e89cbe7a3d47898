"""Exports: each format carries text, source, granularity and zone honestly."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta

import pytest
from lxml import html as lxml_html

from builders import BIDEN, DRONES, KIM, PARIS, UTC, day, minute, page, post
from liveblog import merge
from liveblog.export import (
    SHEET_COLUMNS,
    to_dataframe,
    to_html,
    to_ical,
    to_jsonl,
    to_markdown,
    to_schemaorg,
    to_text,
    to_timelinejs,
    to_timelinejs_csv,
)
from liveblog.model import TimeValue

MORNING = post(DRONES, minute(2024, 11, 28, 7, 42), headline="Drones abattus")
DAY_POST = post(BIDEN, day(2024, 11, 28), headline="Biden")
NEXT_DAY = post(KIM, minute(2024, 11, 29, 9, 5))
UNDATED = post("Un texte que rien ne date.")
TIMELINE = merge(
    [
        page(MORNING, DAY_POST, UNDATED, url="https://example.org/live"),
        page(NEXT_DAY, url=None, title="Snapshot sans adresse", zone_assumed=True),
    ]
)


class TestJsonLines:
    def test_one_line_per_post_with_page_fields(self) -> None:
        """Every post, dated then undated, one JSON object a line with its page's fields."""
        lines = to_jsonl(TIMELINE).splitlines()
        records = [json.loads(line) for line in lines]
        assert [BIDEN, DRONES, KIM, UNDATED.text] == [record["text"] for record in records]
        assert ["day", "minute", "minute", None] == [record["granularity"] for record in records]
        assert "https://example.org/live" == records[0]["url"]
        assert "Europe/Paris" == records[0]["page_zone"]
        assert records[2]["page_zone_assumed"]
        assert "2024-11-28T00:00:00+01:00[Europe/Paris]" == records[0]["time"]["start"]


class TestMarkdown:
    def test_heading_per_day_and_labels_at_their_precision(self) -> None:
        text = to_markdown(TIMELINE)
        assert "## jeudi 28 novembre 2024" in text
        assert "## vendredi 29 novembre 2024" in text
        assert "- **jeudi 28 novembre** **Biden**" in text
        assert "- **07:42 CET** **Drones abattus**" in text
        assert "## Sans date" in text
        assert "[source](<https://example.org/live>)" in text

    def test_english_words_on_request(self) -> None:
        text = to_markdown(TIMELINE, lang="en", title="Story")
        assert text.startswith("# Story\n")
        assert "## Thursday 28 November 2024" in text
        assert "## Undated" in text

    def test_markup_in_text_is_escaped(self) -> None:
        tricky = merge([page(post("Un *faux* [lien](x) # titre", day(2024, 11, 28)))])
        assert r"Un \*faux\* \[lien\](x) \# titre" in to_markdown(tricky)


class TestTimelineJS:
    def test_dates_keep_their_precision(self) -> None:
        """A day-precise post has no hour; a minute-precise one has hour and minute."""
        document = json.loads(to_timelinejs(TIMELINE))
        starts = [event["start_date"] for event in document["events"]]
        assert {"year": 2024, "month": 11, "day": 28} == {
            key: value for key, value in starts[0].items() if key != "display_date"
        }
        assert (7, 42) == (starts[1]["hour"], starts[1]["minute"])
        assert 3 == len(document["events"])

    def test_display_date_names_the_zone(self) -> None:
        document = json.loads(to_timelinejs(TIMELINE))
        assert "jeudi 28 novembre 2024, 07:42 CET" == document["events"][1]["display_date"]

    def test_display_zone_moves_clock(self) -> None:
        document = json.loads(to_timelinejs(TIMELINE, zone="UTC"))
        assert 6 == document["events"][1]["start_date"]["hour"]
        assert document["events"][1]["display_date"].endswith("06:42 UTC")

    def test_spans_get_an_end(self) -> None:
        start = datetime(2024, 11, 25, tzinfo=PARIS)
        week = post("Une semaine de combats.", TimeValue(start, start + timedelta(days=7), "week"))
        event = json.loads(to_timelinejs(merge([page(week)])))["events"][0]
        assert {"year": 2024, "month": 12, "day": 1} == event["end_date"]

    def test_sheet_has_template_columns_and_title_row(self) -> None:
        rows = list(csv.reader(io.StringIO(to_timelinejs_csv(TIMELINE))))
        assert list(SHEET_COLUMNS) == rows[0]
        assert "title" == rows[1][SHEET_COLUMNS.index("Type")]
        assert ["2024", "11", "28", ""] == rows[2][:4]
        assert ["2024", "11", "28", "07:42"] == rows[3][:4]
        assert 5 == len(rows)


class TestSchemaOrg:
    def test_live_blog_posting_with_honest_dates(self) -> None:
        document = json.loads(to_schemaorg(TIMELINE))
        updates = document["liveBlogUpdate"]
        assert "LiveBlogPosting" == document["@type"]
        assert 4 == len(updates)
        assert "2024-11-28" == updates[0]["temporalCoverage"]
        assert "datePublished" not in updates[0]
        assert "2024-11-28T07:42+01:00" == updates[1]["temporalCoverage"]
        assert "2024-11-28T07:42:00+01:00" == updates[1]["datePublished"]
        assert ["https://example.org/live"] == document["isBasedOn"]


class TestHtml:
    def test_day_sections_and_entries(self) -> None:
        tree = lxml_html.fromstring(to_html(TIMELINE))
        days = tree.xpath('//section[contains(@class, "day")]')
        assert ["2024-11-28", "2024-11-29", None] == [section.get("data-date") for section in days]
        assert [2, 1, 1] == [len(section.xpath(".//article")) for section in days]

    def test_times_at_their_real_precision(self) -> None:
        tree = lxml_html.fromstring(to_html(TIMELINE))
        labels = [time.text for time in tree.xpath('//article//p[@class="when"]/time')]
        assert ["jeudi 28 novembre", "07:42", "09:05"] == labels
        machine = tree.xpath('//article//p[@class="when"]/time/@datetime')
        assert ["2024-11-28", "2024-11-28T07:42+01:00", "2024-11-29T09:05+01:00"] == machine

    def test_each_entry_links_to_its_source(self) -> None:
        tree = lxml_html.fromstring(to_html(TIMELINE))
        links = tree.xpath('//p[@class="src"]/a[@href]/@href')
        assert ["https://example.org/live"] * 3 == links
        no_url = tree.xpath('//article[.//text()[contains(., "prospérité")]]//p[@class="src"]')
        assert "Snapshot sans adresse" in no_url[0].text_content()

    def test_self_contained(self) -> None:
        """Nothing is fetched: no scripts, no external stylesheets, images or fonts."""
        text = to_html(TIMELINE)
        tree = lxml_html.fromstring(text)
        assert not tree.xpath("//script | //link | //img | //iframe | //@src")
        assert "url(" not in text
        assert tree.xpath('//meta[@name="viewport"]')

    def test_hostile_text_is_escaped_and_unsafe_urls_not_linked(self) -> None:
        hostile = post('<script>alert("x")</script>', day(2024, 11, 28))
        text = to_html(merge([page(hostile, url="javascript:alert(1)")]))
        assert "<script>" not in text
        assert 'href="javascript' not in text

    def test_zone_assumed_is_said(self) -> None:
        assert "fuseau supposé" in to_html(TIMELINE)


class TestText:
    def test_readable_timeline(self) -> None:
        text = to_text(TIMELINE)
        assert text.index("== jeudi 28 novembre 2024 ==") < text.index("07:42 CET · Drones abattus")
        assert "jeudi 28 novembre · Biden" in text
        assert "== Sans date ==" in text
        assert "↳ https://example.org/live" in text
        assert text.rstrip().endswith("-- 4 entrées, 2 pages")

    def test_limit_cuts_long_texts(self) -> None:
        long = merge([page(post("mot " * 500, day(2024, 11, 28)))])
        assert "…" in to_text(long, limit=100)
        assert "…" not in to_text(long, limit=None)


class TestDataFrame:
    def test_rows_and_utc_columns(self) -> None:
        frame = to_dataframe(TIMELINE)
        assert 4 == len(frame)
        assert ["day", "minute", "minute"] == list(frame["granularity"][:3])
        assert "UTC" == str(frame["start"].dt.tz)
        assert datetime(2024, 11, 27, 23, 0, tzinfo=UTC) == frame["start"][0].to_pydatetime()
        assert "Europe/Paris" == frame["zone"][0]


class TestICal:
    def test_day_is_all_day_and_minute_is_timed(self) -> None:
        icalendar = pytest.importorskip("icalendar")
        calendar = icalendar.Calendar.from_ical(to_ical(TIMELINE))
        events = calendar.walk("VEVENT")
        assert 3 == len(events)
        first, second = events[0], events[1]
        assert "20241128" == first["DTSTART"].to_ical().decode()
        assert "DATE" == first["DTSTART"].params.get("VALUE")
        assert datetime(2024, 11, 28, 7, 42, tzinfo=PARIS) == second["DTSTART"].dt
        assert "Europe/Paris" == second["DTSTART"].params["TZID"]
        assert "https://example.org/live" == str(second["URL"])

    def test_no_clock_in_dtstamp(self) -> None:
        """DTSTAMP comes from the page's dates, so the file is the same every run."""
        assert to_ical(TIMELINE) == to_ical(TIMELINE)
        assert "DTSTAMP:20241128T050000Z" in to_ical(TIMELINE)
