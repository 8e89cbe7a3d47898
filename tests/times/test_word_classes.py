"""The scan's one look-up per word (``Grammar.classes``) agrees with the grammar's sets."""

from __future__ import annotations

import pytest

from liveblog.times import _grammar


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_classes_agree_with_the_sets(lang: str) -> None:
    g = _grammar(lang)
    plain = {w for w in g.known if not w[0].isdigit() and not w[-1].isdigit()}
    assert set(g.classes) == plain
    for word, (entry, is_core) in g.classes.items():
        assert entry == g.dispatch.get(word)
        assert is_core == (word in g.core)
        assert entry is not None or is_core or word in g.chain
