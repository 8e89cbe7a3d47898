"""liveblog._warm: what the forkserver imports so pool workers start warm."""

from __future__ import annotations

import importlib

from liveblog import times


class TestWarm:
    def test_leaves_every_time_grammar_rule_compiled(self):
        """After warming, no rule of the fr or en time grammar is left to compile."""
        warm = importlib.import_module("liveblog._warm")
        warm.warm()
        for lang in ("fr", "en"):
            grammar = times._grammar(lang)
            assert set(grammar.rule_sources) == set(grammar.compiled)

    def test_samples_parse(self):
        """Each warm-up sample parses (a failure there would be swallowed quietly)."""
        warm = importlib.import_module("liveblog._warm")
        for sample in warm._SAMPLES:
            assert warm.parse(sample).kind in {"html", "text"}
