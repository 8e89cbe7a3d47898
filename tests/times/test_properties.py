"""Properties of find_times on any input: deterministic, anchored, exact spans, own errors."""

from __future__ import annotations

import contextlib
import time
from datetime import datetime, timedelta, timezone
from itertools import pairwise
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from liveblog.errors import LiveblogError
from liveblog.model import Mention, TimeValue
from liveblog.times import find_times

WORDS = [
    "hier", "demain", "lundi", "jeudi 31 octobre", "le 8 novembre", "à 9 h 30", "14h05",
    "CEST", "ce matin", "samedi soir", "la semaine dernière", "il y a trois jours", "2024",
    "13/09/2024", "yesterday", "next Friday", "at 2:15 pm", "le", "h", " ", ",", ".", "\n",
    "dans la nuit de samedi à dimanche", "pendant", "chaque", "mars", "May", "1er", "07.19",
]  # fmt: skip
texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join),
)
zones = st.sampled_from(
    [timezone.utc, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5, minutes=-30))]
)
anchors = st.builds(
    lambda moment, zone: moment.replace(tzinfo=zone),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2200, 10, 1)),  # noqa: DTZ001
    zones,
)
langs = st.sampled_from(["fr", "en"])
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class TestProperties:
    @PROPERTY
    @given(text=texts, anchor=anchors, lang=langs)
    def test_deterministic(self, text: str, anchor: datetime, lang: str) -> None:
        """The same call gives the same mentions."""
        assert find_times(text, anchor=anchor, lang=lang) == find_times(
            text, anchor=anchor, lang=lang
        )

    @PROPERTY
    @given(text=texts, anchor=anchors, lang=langs)
    def test_never_reads_the_clock(self, text: str, anchor: datetime, lang: str) -> None:
        """Resolution uses the anchor only: a clock that fails when read changes nothing."""
        with (
            mock.patch.object(time, "time", side_effect=AssertionError("clock read")),
            mock.patch.object(time, "time_ns", side_effect=AssertionError("clock read")),
        ):
            find_times(text, anchor=anchor, lang=lang)

    @PROPERTY
    @given(text=texts, anchor=st.one_of(st.none(), anchors), lang=langs)
    def test_spans_are_substrings_sorted_and_aware(
        self, text: str, anchor: datetime | None, lang: str
    ) -> None:
        """Every span is the exact substring, mentions are sorted and disjoint, times aware."""
        mentions = find_times(text, anchor=anchor, lang=lang)
        assert [text[m.start : m.end] for m in mentions] == [m.text for m in mentions]
        assert all(a.end <= b.start for a, b in pairwise(mentions))
        assert all(m.value.start.utcoffset() is not None for m in mentions)

    @PROPERTY
    @given(text=texts, anchor=st.one_of(st.none(), anchors), lang=langs)
    def test_values_pass_the_checks_they_skip(
        self, text: str, anchor: datetime | None, lang: str
    ) -> None:
        """The engine builds values and mentions unchecked: the checked constructors accept each."""
        for mention in find_times(text, anchor=anchor, lang=lang):
            value = mention.value
            assert value == TimeValue(value.start, value.end, value.granularity)
            checked = Mention(
                text=mention.text,
                start=mention.start,
                end=mention.end,
                value=value,
                timex=mention.timex,
                notes=mention.notes,
            )
            assert mention == checked

    @PROPERTY
    @given(text=st.text(max_size=300), anchor=st.one_of(st.none(), anchors), lang=langs)
    def test_only_own_errors(self, text: str, anchor: datetime | None, lang: str) -> None:
        """Arbitrary text gives mentions or a LiveblogError, never another exception."""
        with contextlib.suppress(LiveblogError):
            find_times(text, anchor=anchor, lang=lang)

    @PROPERTY
    @given(anchor=anchors)
    def test_hier_and_demain(self, anchor: datetime) -> None:
        """ "hier" is the anchor's previous day and "demain" the next, in the anchor's zone."""
        day = anchor.date()
        hier, demain = find_times("hier puis demain", anchor=anchor)
        assert (day - timedelta(days=1), day + timedelta(days=1)) == (
            hier.value.start.date(),
            demain.value.start.date(),
        )

    @PROPERTY
    @given(anchor=anchors)
    def test_yesterday_and_tomorrow(self, anchor: datetime) -> None:
        """The English twins behave the same."""
        day = anchor.date()
        yesterday, tomorrow = find_times("yesterday and tomorrow", anchor=anchor, lang="en")
        assert (day - timedelta(days=1), day + timedelta(days=1)) == (
            yesterday.value.start.date(),
            tomorrow.value.start.date(),
        )


HOSTILE = {
    "digits": "1234567890" * 100_000,
    "weekdays": "lundi mardi mercredi jeudi " * 40_000,
    "h": "h" * 1_000_000,
    "le": "le " * 340_000,
    "numbers with h": "12 h " * 200_000,
    "dates": "le 8 novembre à 9 h 30, " * 40_000,
}


@pytest.mark.slow
class TestLinearTime:
    @pytest.mark.parametrize("name", sorted(HOSTILE))
    def test_one_megabyte_stays_linear(self, name: str) -> None:
        """1 MB of hostile text costs about ten times 100 kB: no backtracking blow-up."""
        anchor = datetime(2024, 11, 29, tzinfo=timezone.utc)
        find_times("lundi", anchor=anchor)  # compile the grammar outside the timing
        text = HOSTILE[name]
        costs = []
        for size in (100_000, 1_000_000):
            start = time.process_time()
            find_times(text[:size], anchor=anchor)
            costs.append(time.process_time() - start)
        small, big = costs
        assert big < 30
        assert big < 20 * small + 0.5
