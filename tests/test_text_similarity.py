"""Word overlap: containment, and the index that finds candidates without missing any."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from liveblog.timeline._text_similarity import OverlapIndex, containment, normalise, rarity, words

VOCABULARY = [f"w{number}" for number in range(12)]
SETS = st.lists(st.frozensets(st.sampled_from(VOCABULARY), max_size=10), min_size=1, max_size=12)


class TestWords:
    def test_case_and_accents_are_folded(self) -> None:
        assert "emeute a kyiv" == normalise("  Émeute   à KYIV ")
        assert frozenset({"emeute", "kyiv"}) == words("Émeute à Kyiv !")

    def test_containment_of_a_cut_text_is_one(self) -> None:
        """An early, shorter version is wholly contained in the grown one."""
        early, later = words("Kim parle à Poutine"), words("Kim parle à Poutine de la guerre")
        assert 1.0 == containment(early, later)
        assert 0.0 == containment(frozenset(), later)


class TestOverlapIndex:
    @settings(max_examples=300, deadline=None)
    @given(SETS, st.sampled_from([0.5, 0.7, 0.8, 1.0]), st.integers(1, 3))
    def test_never_misses_a_match(
        self, sets: list[frozenset[str]], threshold: float, hits: int
    ) -> None:
        """Every pair at or above the threshold is among the candidates (brute force check)."""
        index = OverlapIndex(threshold, rarity(sets), hits)
        for number, query in enumerate(sets):
            found = index.candidates(query)
            for other in range(number):
                if sets[other] and query and containment(query, sets[other]) >= threshold:
                    assert other in found
            index.add(number, query)

    @settings(max_examples=200, deadline=None)
    @given(SETS, SETS)
    def test_grown_sets_are_found_by_their_latest_words(
        self, first: list[frozenset[str]], second: list[frozenset[str]]
    ) -> None:
        """A key stored again with other words is found for what it holds now."""
        latest = [old | new for old, new in zip(first, second, strict=False)]
        index = OverlapIndex(0.8, rarity(first + latest))
        for number, stored in enumerate(first):
            index.add(number, stored)
        for number, stored in enumerate(latest):
            index.add(number, stored)
        for query in second:
            found = index.candidates(query)
            for number, stored in enumerate(latest):
                if stored and query and containment(query, stored) >= 0.8:
                    assert number in found
