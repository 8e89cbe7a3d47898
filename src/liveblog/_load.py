"""First stage: turn the caller's ``str`` or ``bytes`` into clean text and say what it is.

Bytes are decoded by the byte-order mark, then strict UTF-8, then BeautifulSoup's
detector (which honours a ``<meta charset>`` in HTML), so a page saved in Windows-1252 reads
right. Text that decodes to mostly control characters is refused as binary rather than
split into nonsense entries.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

import attrs
from bs4.dammit import EncodingDetector, UnicodeDammit

from liveblog._options import Options
from liveblog.errors import ArgumentError, EncodingError, LimitError, shorten

__all__ = ["Loaded", "load", "looks_like_html", "normalise"]

Kind = Literal["html", "text"]

# Markup that only HTML documents open with (looked for in the first few kilobytes).
_HTML_START = re.compile(
    r"""<!doctype\s+html          # a doctype
      | <html[\s>]                # or the root element
      | <head[\s>] | <body[\s>]   # or its two children
      | <meta\s | <script[\s>]    # or head-only elements
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Block tags: a fragment with several of these is HTML even without <html>.
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|article|section|span|li|ul|h[1-6]|br|a)\b[^<>]{0,200}>", re.IGNORECASE
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_SNIFF = 4096
# One well-formed UTF-8 multi-byte sequence (two, three or four bytes). The alternatives
# start with disjoint bytes, so a run of them never backtracks.
_SEQUENCE = rb"""
    [\xc2-\xdf][\x80-\xbf]          # two bytes
    | [\xe0-\xef][\x80-\xbf]{2}     # three bytes
    | [\xf0-\xf4][\x80-\xbf]{3}     # four bytes
"""
_UTF8_SEQUENCE = re.compile(_SEQUENCE, re.VERBOSE)
_UTF8_RUN = re.compile(rb"(?: [\x00-\x7f] | " + _SEQUENCE + rb")+", re.VERBOSE)
_ASCII = bytes(range(128))


@attrs.frozen
class Loaded:
    """Decoded, normalised source text and what kind of page it is."""

    text: str
    kind: Kind
    encoding: str | None = None
    notes: tuple[str, ...] = ()


def load(source: str | bytes, options: Options) -> Loaded:
    """Decode and normalise ``source``; raise an ``InputError`` subclass when unreadable."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        raw = bytes(source)
        if len(raw) > options.max_bytes:
            raise LimitError(
                f"source is {len(raw):,} bytes, over Options.max_bytes={options.max_bytes:,}; "
                "raise the cap with Options(max_bytes=...) to read it"
            )
        text, encoding = _decode(raw)
    elif isinstance(source, str):
        text, encoding = source, None
    else:
        raise ArgumentError(
            f"source must be str or bytes, got {type(source).__name__} {shorten(source)}; "
            "read the file first (Path.read_bytes())"
        )
    if len(text) > options.max_text_chars:
        raise LimitError(
            f"source is {len(text):,} characters, over "
            f"Options.max_text_chars={options.max_text_chars:,}; raise the cap with "
            "Options(max_text_chars=...) to read it"
        )
    notes: list[str] = []
    if encoding:
        notes.append(f"decoded as {encoding}")
    _refuse_binary(text)
    if "\x00" in text:
        notes.append("NUL characters removed")
    text = normalise(text)
    kind: Kind = "html" if looks_like_html(text) else "text"
    return Loaded(text=text, kind=kind, encoding=encoding, notes=tuple(notes))


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is markup: an HTML opening, or a fragment dense in block tags."""
    head = text[:_SNIFF].lstrip()
    if _HTML_START.search(head):
        return True
    return len(_BLOCK_TAG.findall(head)) >= 3


def _decode(raw: bytes) -> tuple[str, str]:
    boms = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
    for bom, name in boms:
        if raw.startswith(bom):
            try:
                return raw.decode(name), name
            except UnicodeDecodeError:
                break
    wide = _utf16_without_bom(raw)
    if wide is not None:
        return wide
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(raw):  # UTF-8 with Windows-1252 pasted in: read each run by its own
        return _decode_mixed(raw), "utf-8 with windows-1252 mixed in"
    head = raw[: _SNIFF * 4]
    declared = EncodingDetector.find_declared_encoding(head, is_html=b"<" in head)
    if declared:
        try:
            return raw.decode(declared, errors="replace"), declared
        except LookupError:
            pass
    # Undeclared: Windows-1252 reads Western European pages right and refuses only five
    # bytes; failing that, let the detector guess.
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    dammit = UnicodeDammit(raw[: 8 * 1024 * 1024], is_html=b"<" in head)
    encoding = dammit.original_encoding or "cp1252"
    try:
        return raw.decode(encoding, errors="replace"), encoding
    except LookupError:
        return raw.decode("cp1252", errors="replace"), "cp1252"


def _decode_mixed(raw: bytes) -> str:
    """Decode runs of valid UTF-8 as UTF-8 and the bytes between them as Windows-1252."""
    parts: list[str] = []
    position = 0
    for run in _UTF8_RUN.finditer(raw):
        if run.start() > position:
            parts.append(raw[position : run.start()].decode("cp1252", errors="replace"))
        parts.append(run.group().decode("utf-8", errors="replace"))
        position = run.end()
    parts.append(raw[position:].decode("cp1252", errors="replace"))
    return "".join(parts)


def _mostly_utf8(raw: bytes) -> bool:
    """Whether most non-ASCII bytes of the first megabyte form valid UTF-8 sequences."""
    sample = raw[: 1024 * 1024]
    high = len(sample.translate(None, _ASCII))
    in_sequences = sum(len(match) for match in _UTF8_SEQUENCE.findall(sample))
    return high > 0 and in_sequences >= 0.5 * high


def _utf16_without_bom(raw: bytes) -> tuple[str, str] | None:
    """Read UTF-16 that has no byte-order mark: Latin text puts a NUL in every other byte."""
    head = raw[:_SNIFF]
    if len(head) < 16:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd > 0.6 * half and even < 0.05 * half:
        name = "utf-16-le"
    elif even > 0.6 * half and odd < 0.05 * half:
        name = "utf-16-be"
    else:
        return None
    try:
        return raw.decode(name), name
    except UnicodeDecodeError:
        return None


def _refuse_binary(text: str) -> None:
    sample = text[: _SNIFF * 4]
    if not sample:
        return
    bad = len(_CONTROL.findall(sample))
    if bad > 0.1 * len(sample) and bad > 8:
        raise EncodingError(
            f"source looks binary ({bad} control or undecodable characters in the first "
            f"{len(sample)}): {shorten(sample, 60)}; pass the page's HTML or text"
        )


def normalise(text: str) -> str:
    """Unify line ends, drop NUL characters and compose accents (NFC)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return unicodedata.normalize("NFC", text)
