"""Every language goes through the same checks: its data is well formed and it finds dates."""

from __future__ import annotations

from datetime import datetime, timezone

import attrs
import pytest

from liveblog import times
from liveblog.times import find_times
from liveblog.times._grammar import grammar_for
from liveblog.times._vocab import language_data
from liveblog.times.lang import LanguageData
from liveblog.times.lang import en as lang_en
from liveblog.times.lang import fr as lang_fr

ANCHOR = datetime(2024, 9, 14, 10, 39, tzinfo=timezone.utc)  # a Saturday

#: For each language: a sentence with a full date, and the date it names.
SAMPLES = {
    "fr": ("Le sommet s'est tenu le vendredi 13 septembre 2024 à Paris.", "2024-09-13"),
    "en": ("The summit was held on Friday, September 13, 2024 in Paris.", "2024-09-13"),
    "de": ("Der Gipfel fand am Freitag, 13. September 2024 in Paris statt.", "2024-09-13"),
    "es": ("La cumbre se celebró el viernes 13 septiembre 2024 en París.", "2024-09-13"),
}
OURS = {"fr": lang_fr.DATA, "en": lang_en.DATA}


class TestLanguageData:
    @pytest.mark.parametrize("code", sorted(OURS))
    def test_is_frozen_data(self, code: str) -> None:
        """A language module exports one frozen LanguageData whose fields are tuples."""
        data = OURS[code]
        assert isinstance(data, LanguageData)
        assert code == data.code
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            data.code = "xx"  # type: ignore[misc]
        for field in attrs.fields(LanguageData):
            value = getattr(data, field.name)
            assert isinstance(value, (str, bool, tuple)), field.name

    @pytest.mark.parametrize("code", sorted(OURS))
    def test_calendar_names_are_complete(self, code: str) -> None:
        """Twelve months and seven weekdays, each named at least once, all in lower case."""
        data = OURS[code]
        assert (12, 7) == (len(data.months), len(data.weekdays))
        words = [w for names in data.months + data.weekdays for w in names]
        assert all(names for names in data.months + data.weekdays)
        assert [w.lower() for w in words] == words

    @pytest.mark.parametrize("code", sorted(OURS))
    def test_cues_compile(self, code: str) -> None:
        """The tense cue fragments are valid regular expressions (the grammar compiles)."""
        assert grammar_for(OURS[code]).future.pattern


class TestEveryLanguage:
    @pytest.mark.parametrize("code", sorted(SAMPLES))
    def test_full_date_is_found(self, code: str) -> None:
        """Each language, ours or from dateparser's vocabulary, finds a written-out date."""
        text, expected = SAMPLES[code]
        days = [m.timex[:10] for m in find_times(text, anchor=ANCHOR, lang=code)]
        assert expected in days

    @pytest.mark.parametrize("code", sorted(SAMPLES))
    def test_arbitrary_words_find_nothing(self, code: str) -> None:
        """Plain prose without dates gives nothing in any language."""
        assert () == find_times("Paris Londres Berlin 42 %", anchor=ANCHOR, lang=code)

    def test_region_suffix_is_accepted(self) -> None:
        """ "fr-FR" uses the base language's data; "en_GB" the English words, its own ways."""
        assert language_data("fr-FR") is language_data("fr")
        assert language_data("en-ZZ") is language_data("en")
        regional = language_data("en_GB")
        assert regional.months == language_data("en").months
        assert regional.numeric_order == "dmy"
        assert language_data("en-gb") is regional


class TestGrammarsKept:
    def test_the_oldest_grammar_is_dropped_past_the_bound(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Memory stays bounded over many languages; a dropped one is built again on use."""
        monkeypatch.setattr(times, "_GRAMMARS", {})
        monkeypatch.setattr(times, "_GRAMMARS_KEPT", 2)
        for code in ("fr", "en", "de"):
            text, day = SAMPLES[code]
            assert [m.timex for m in find_times(text, anchor=ANCHOR, lang=code)] == [day]
        assert list(times._GRAMMARS) == ["en", "de"]
        text, day = SAMPLES["fr"]
        assert [m.timex for m in find_times(text, anchor=ANCHOR, lang="fr")] == [day]
        assert list(times._GRAMMARS) == ["de", "fr"]
