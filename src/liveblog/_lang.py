"""Which language a page is written in, when neither the caller nor the page says."""

from __future__ import annotations

import re

from liveblog._locale import STOPWORDS

__all__ = ["detect_language", "normalise_code", "regional_tag"]

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 20_000
_MIN_HITS = 5


def normalise_code(code: str | None) -> str | None:
    """Reduce "fr-FR", "en_GB" or "FR" to the primary subtag "fr" (None stays None)."""
    if not code:
        return None
    primary = re.split(r"[-_]", code.strip(), maxsplit=1)[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def regional_tag(code: object, lang: str) -> str | None:
    """Give "en-GB" for ("en_gb", "en"): a tag's region when its language is ``lang``.

    The time engine reads a region's date order and holidays ("03/04" is 3 April in
    en-GB); ``Page.lang`` keeps the primary subtag.
    """
    if not isinstance(code, str):
        return None
    match = _REGIONAL.fullmatch(code.strip())
    if match is None or match.group(1).lower() != lang:
        return None
    return f"{lang}-{match.group(2).upper()}"


_REGIONAL = re.compile(r"([A-Za-z]{2,3})[-_]([A-Za-z]{2}|\d{3})(?:[-_].*)?", re.DOTALL)


def detect_language(text: str) -> str | None:
    """Guess the language by counting stopwords in the first 20,000 characters.

    Returns None when fewer than five stopwords of any language are found: a short or
    foreign text is better left undetected than mislabelled.
    """
    counts = dict.fromkeys(STOPWORDS, 0)
    for match in _WORD.finditer(text[:_SAMPLE]):
        word = match.group(0).lower()
        for code, words in STOPWORDS.items():
            if word in words:
                counts[code] += 1
    best = max(counts, key=lambda code: counts[code])
    return best if counts[best] >= _MIN_HITS else None
