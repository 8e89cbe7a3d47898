"""Warm a process for parsing: the forkserver imports this before it forks pool workers.

The first page a process parses in a language costs more than a second of CPU (language
data loaded, patterns compiled); every later page reuses it. ``parse_many`` asks the
forkserver to import this module once, so each worker it forks starts warm instead of
paying that again. Importing it has that effect on purpose; nothing else imports it.
"""

from __future__ import annotations

from liveblog import times
from liveblog._pipeline import parse

__all__ = ["warm"]

#: The languages the library carries its own time grammar for.
_LANGUAGES = ("fr", "en")
#: One tiny page per language the library carries data for, HTML and text.
_SAMPLES = (
    (
        '<html lang="fr"><head><title>Direct</title></head><body><article>'
        '<time datetime="2024-11-29T09:05:00+01:00">09h05</time>'
        "<p>Le ministre parlera jeudi 31 octobre à 14 heures, a-t-il dit hier.</p>"
        "</article></body></html>"
    ),
    (
        '<html lang="en"><head><title>Live</title></head><body><article>'
        '<time datetime="2024-11-29T09:05:00Z">09.05 GMT</time>'
        "<p>The minister will speak on Thursday 31 October at 2pm, she said yesterday.</p>"
        "</article></body></html>"
    ),
    "Direct\n\n07h42 CEST\nLe président a parlé ce matin, lundi 4 novembre.\n",
    "Live\n\n7.42am BST\nThe president spoke this morning, Monday 4 November.\n",
)


def warm() -> None:
    """Parse one small page per language and compile each language's time patterns.

    The time grammar compiles its rules on first need, a few tenths of a second in
    all; compiled here, once, they are shared by every worker forked afterwards.

    Best effort: a failure here must not take the forkserver down (every pool would
    break); the same failure shows up, reported per page, when a worker parses.
    """
    for sample in _SAMPLES:
        try:
            parse(sample)
        except Exception:  # noqa: BLE001, S112, PERF203 (see the docstring)
            continue
    for lang in _LANGUAGES:
        try:
            grammar = times._grammar(lang)  # noqa: SLF001 (the cache to fill is there)
            for name in grammar.rule_sources:
                grammar.pattern(name)
        except Exception:  # noqa: BLE001, S112, PERF203 (see the docstring)
            continue


warm()
