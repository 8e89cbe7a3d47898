"""Timeline: chronological order, undated posts apart, filters and day grouping."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import attrs
import pytest

from builders import BIDEN, DRONES, KIM, PARIS, UTC, day, minute, page, post
from liveblog import Timeline, merge
from liveblog.errors import ArgumentError, NaiveDatetimeError
from liveblog.model import TimeValue

NIGHT_POST = post("Explosions entendues à Kiev dans la nuit.", minute(2024, 11, 28, 0, 30))
MORNING = post(DRONES, minute(2024, 11, 28, 7, 42))
DAY_POST = post(BIDEN, day(2024, 11, 28), headline="Biden")
UNDATED = post("Un texte que rien ne date dans cette page.")


class TestOrder:
    def test_entries_are_chronological(self) -> None:
        """Posts come out oldest first, whatever the page order (live blogs list newest first)."""
        timeline = merge([page(MORNING, NIGHT_POST)])
        expected = [NIGHT_POST.text, MORNING.text]
        assert expected == [item.text for item in timeline]

    def test_day_precise_post_heads_its_day(self) -> None:
        """A day-precise post sits before the timed posts of its day, not among them at 00:00."""
        midnight = post("Minuit pile, un communiqué.", minute(2024, 11, 28, 0, 0))
        timeline = merge([page(MORNING, midnight, DAY_POST)])
        expected = [BIDEN, midnight.text, DRONES]
        assert expected == [item.text for item in timeline]

    def test_month_precise_post_heads_its_month(self) -> None:
        """Coarser values head the stretch they start, coarsest first."""
        start = datetime(2024, 11, 1, tzinfo=PARIS)
        month = post(
            "En novembre, la guerre a continué.",
            TimeValue(start, start + timedelta(days=30), "month"),
        )
        first_day = post("Le 1er novembre, un discours.", day(2024, 11, 1))
        timeline = merge([page(first_day, month)])
        expected = [month.text, first_day.text]
        assert expected == [item.text for item in timeline]

    def test_undated_posts_are_kept_apart(self) -> None:
        """An undated post is not guessed into place: it is in ``undated``, not ``entries``."""
        timeline = merge([page(MORNING, UNDATED)])
        assert [MORNING.text] == [item.text for item in timeline.entries]
        assert [UNDATED.text] == [item.text for item in timeline.undated]
        assert 1 == len(timeline)

    def test_same_time_keeps_page_order(self) -> None:
        """Posts of the same minute keep their order in the page."""
        first = post("Premier texte de la même minute, assez long.", minute(2024, 11, 28, 9, 0))
        second = post("Second texte, tout autre chose encore ici.", minute(2024, 11, 28, 9, 0))
        timeline = merge([page(first, second)])
        assert [first.text, second.text] == [item.text for item in timeline]

    def test_every_time_is_aware(self) -> None:
        timeline = merge([page(MORNING, DAY_POST, NIGHT_POST)])
        assert all(item.time and item.time.start.utcoffset() is not None for item in timeline)


class TestEntryView:
    def test_item_shows_text_headline_time_and_source(self) -> None:
        """What a journalist reads off an entry: text, headline, time, source URL."""
        item = merge([page(DAY_POST, url="https://example.org/a")]).entries[0]
        assert (BIDEN, "Biden", DAY_POST.time, "https://example.org/a") == (
            item.text,
            item.headline,
            item.time,
            item.url,
        )
        assert "fr" == item.lang
        assert 0 == item.latest.position


class TestBetween:
    def test_within_range(self) -> None:
        """Only posts whose whole time lies inside the range are returned."""
        timeline = merge([page(MORNING, NIGHT_POST, DAY_POST)])
        found = timeline.between(
            datetime(2024, 11, 28, 7, 0, tzinfo=PARIS), datetime(2024, 11, 28, 8, 0, tzinfo=PARIS)
        )
        assert [DRONES] == [item.text for item in found]

    def test_overlap_includes_day_precise_posts(self) -> None:
        """With overlap=True the day-precise post counts for any range within its day."""
        timeline = merge([page(MORNING, NIGHT_POST, DAY_POST)])
        found = timeline.between(
            datetime(2024, 11, 28, 7, 0, tzinfo=PARIS),
            datetime(2024, 11, 28, 8, 0, tzinfo=PARIS),
            overlap=True,
        )
        assert [BIDEN, DRONES] == [item.text for item in found]

    def test_naive_bounds_are_refused(self) -> None:
        with pytest.raises(NaiveDatetimeError):
            merge([page(MORNING)]).between(datetime(2024, 1, 1), datetime(2025, 1, 1, tzinfo=UTC))  # noqa: DTZ001

    def test_reversed_bounds_are_refused(self) -> None:
        moment = datetime(2024, 1, 1, tzinfo=UTC)
        with pytest.raises(ArgumentError, match="start before end"):
            merge([page(MORNING)]).between(moment, moment)


class TestFilters:
    def test_search_ignores_case_and_accents(self) -> None:
        timeline = merge([page(MORNING, DAY_POST, UNDATED)])
        assert [DRONES] == [item.text for item in timeline.search("DEFENSE aerienne")]

    def test_search_looks_at_undated_posts_too(self) -> None:
        timeline = merge([page(MORNING, UNDATED)])
        assert [UNDATED.text] == [item.text for item in timeline.search("rien ne date")]

    def test_search_needs_words(self) -> None:
        with pytest.raises(ArgumentError):
            merge([page(MORNING)]).search("  ")

    def test_from_page_by_url_and_by_page(self) -> None:
        first = page(MORNING, url="https://a.example/live")
        second = page(post(KIM, minute(2024, 11, 28, 8, 0)), url="https://b.example/live")
        timeline = merge([first, second])
        assert [DRONES] == [item.text for item in timeline.from_page("https://a.example/live")]
        assert [KIM] == [item.text for item in timeline.from_page(second)]

    def test_in_language_matches_regional_codes(self) -> None:
        french = page(MORNING, url="https://a.example/live", lang="fr-FR")
        english = page(post(KIM, minute(2024, 11, 28, 8, 0)), url="https://b.example", lang="en")
        timeline = merge([french, english])
        assert [DRONES] == [item.text for item in timeline.in_language("fr")]
        assert [KIM] == [item.text for item in timeline.in_language("EN")]

    def test_get_by_key(self) -> None:
        timeline = merge([page(MORNING)])
        item = timeline.entries[0]
        assert item == timeline.get(item.key)
        with pytest.raises(KeyError):
            timeline.get("nope")


class TestByDay:
    def test_groups_in_page_zone_by_default(self) -> None:
        """00:30 in Paris is the 28th in Paris."""
        days = merge([page(NIGHT_POST, MORNING)]).by_day()
        assert [date(2024, 11, 28)] == [group.date for group in days]

    def test_chosen_zone_moves_timed_posts(self) -> None:
        """00:30 in Paris is 23:30 UTC on the 27th: read in UTC it moves to the 27th."""
        days = merge([page(NIGHT_POST, MORNING)]).by_day("UTC")
        assert [(date(2024, 11, 27), 1), (date(2024, 11, 28), 1)] == [
            (group.date, len(group.entries)) for group in days
        ]
        assert "UTC" == days[0].zone

    def test_day_precise_post_keeps_its_day_in_any_zone(self) -> None:
        """'jeudi 28 novembre' stays on the 28th even when read in New York."""
        days = merge([page(DAY_POST)]).by_day("America/New_York")
        assert [date(2024, 11, 28)] == [group.date for group in days]

    @pytest.mark.parametrize("zone", ["UTC+02:00", "+0530", "-05", "Europe/Paris", UTC])
    def test_zone_spellings(self, zone: object) -> None:
        assert 1 == len(merge([page(MORNING)]).by_day(zone))  # type: ignore[arg-type]

    @pytest.mark.parametrize("zone", ["Mars/Olympus", "UTC+25:00", ""])
    def test_unknown_zone_is_refused(self, zone: str) -> None:
        with pytest.raises(ArgumentError):
            merge([page(MORNING)]).by_day(zone)


class TestMergeArguments:
    def test_single_page_must_be_wrapped(self) -> None:
        with pytest.raises(ArgumentError, match=r"merge\(\[page\]\)"):
            merge(page(MORNING))  # type: ignore[arg-type]

    def test_other_values_are_refused(self) -> None:
        with pytest.raises(ArgumentError, match="Page and Timeline"):
            merge(["not a page"])  # type: ignore[list-item]

    def test_empty_merge_is_an_empty_timeline(self) -> None:
        assert Timeline() == merge([])

    def test_page_without_entries_is_kept_in_pages(self) -> None:
        """A page that yielded nothing still appears in ``pages`` (with its reason)."""
        empty = attrs.evolve(page(), reason="no entries found")
        timeline = merge([empty])
        assert (empty,) == timeline.pages
        assert 0 == len(timeline)
