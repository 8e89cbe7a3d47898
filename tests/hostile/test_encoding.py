"""Bytes from the wild: binary junk, invalid UTF-8, mixed encodings, NUL bytes, BOMs."""

from __future__ import annotations

import random
from collections.abc import Callable
from contextlib import AbstractContextManager

import pytest

import liveblog
from liveblog.errors import EncodingError

Bounded = Callable[[float], AbstractContextManager[None]]

POST = "07h42 CEST\nÉté à Paris : le président a parlé jeudi à 14h30.\n\n"


def junk(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)  # noqa: S311 (reproducible junk, not secrets)


class TestBinary:
    @pytest.mark.parametrize("seed", range(5))
    def test_random_bytes_refused(self, bounded: Bounded, seed: int) -> None:
        """A megabyte of random bytes is refused as binary, fast."""
        with bounded(3), pytest.raises(EncodingError, match="binary"):
            liveblog.parse(junk(1_000_000, seed))

    @pytest.mark.parametrize(
        "magic",
        [b"\x89PNG\r\n\x1a\n", b"%PDF-1.7\n", b"PK\x03\x04", b"\x1f\x8b\x08\x00", b"\x7fELF"],
        ids=["png", "pdf", "zip", "gzip", "elf"],
    )
    def test_files_that_are_not_pages(self, magic: bytes) -> None:
        """Common binary formats are refused with an EncodingError, not split into entries."""
        with pytest.raises(EncodingError):
            liveblog.parse(magic + junk(20_000, 1))

    def test_binary_after_a_text_head(self, bounded: Bounded) -> None:
        """Text followed by junk reads or is refused, within the bound and by our errors."""
        with bounded(5):
            try:
                page = liveblog.parse(POST.encode() * 10 + junk(500_000, 2))
            except EncodingError:
                return
        assert isinstance(page, liveblog.Page)


class TestBrokenText:
    def test_invalid_utf8(self, bounded: Bounded) -> None:
        """Invalid UTF-8 sequences decode to a page, with the encoding in a note."""
        source = POST.encode() * 100 + b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc" * 100
        with bounded(5):
            page = liveblog.parse(source)
        assert page.entries
        assert any(note.startswith("decoded as") for note in page.notes)

    def test_mixed_utf8_and_cp1252(self) -> None:
        """UTF-8 with Windows-1252 lines mixed in still yields the posts."""
        source = (POST.encode() + POST.encode("cp1252")) * 50
        page = liveblog.parse(source)
        assert 100 == len(page.entries)
        assert all("Été à Paris" in entry.text for entry in page.entries)
        assert "decoded as utf-8 with windows-1252 mixed in" in page.notes

    def test_cp1252_alone_is_not_mixed(self) -> None:
        """A page wholly in a single-byte encoding is not read as mixed UTF-8."""
        page = liveblog.parse((POST * 5).encode("cp1252"))
        assert not any("mixed in" in note for note in page.notes)

    def test_nul_bytes(self) -> None:
        """NUL characters are removed, and a note says so."""
        page = liveblog.parse(POST.replace("\n", "\x00\n") * 20)
        assert 20 == len(page.entries)
        assert all("\x00" not in entry.text for entry in page.entries)
        assert "NUL characters removed" in page.notes

    @pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
    def test_byte_order_marks(self, codec: str) -> None:
        """A page with a byte-order mark decodes by it."""
        bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(codec, b"")
        page = liveblog.parse(bom + (POST * 5).encode(codec))
        assert 5 == len(page.entries)

    @pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
    def test_utf16_without_bom(self, codec: str) -> None:
        """UTF-16 with no byte-order mark is recognised by its NUL bytes, not refused."""
        page = liveblog.parse((POST * 5).encode(codec))
        assert 5 == len(page.entries)
        assert f"decoded as {codec}" in page.notes

    @pytest.mark.parametrize("tail", [b"\xff\xfe\x00", b"\xfe\xff\xd8", b"\xef\xbb\xbf\xff"])
    def test_truncated_bom(self, tail: bytes) -> None:
        """A byte-order mark followed by a broken sequence does not raise."""
        try:
            page = liveblog.parse(tail)
        except EncodingError:
            return
        assert isinstance(page, liveblog.Page)

    def test_lone_surrogates(self) -> None:
        """A str holding lone surrogates (from ``surrogateescape``) reads, HTML or text."""
        text = POST.replace("Paris", "Pa\udcffris") * 5
        assert 5 == len(liveblog.parse(text).entries)
        html = "<html><body><p>\ud800 jeudi</p></body></html>"
        assert isinstance(liveblog.parse(html), liveblog.Page)

    @pytest.mark.parametrize("kind", [bytearray, memoryview])
    def test_bytes_like(self, kind: type) -> None:
        """``bytearray`` and ``memoryview`` are read like bytes."""
        assert 5 == len(liveblog.parse(kind((POST * 5).encode())).entries)

    def test_declared_charset_wins(self) -> None:
        """An HTML page in Windows-1252 declaring its charset reads right."""
        html = (
            '<html><head><meta charset="windows-1252"></head><body>'
            "<p>Été à Paris, jeudi.</p></body></html>"
        )
        page = liveblog.parse(html.encode("cp1252"))
        assert "Été à Paris" in page.entries[0].text
