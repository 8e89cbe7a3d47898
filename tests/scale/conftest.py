"""Fixtures for the scale tests: WARC files written by hand, byte by byte."""

from __future__ import annotations

import gzip
import os
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

# parse_many's pool forks its workers from a forkserver that imports liveblog._warm first.
# Python 3.11's forkserver ignores the parent's sys.path, where pytest put src/, so that
# import would fail quietly and every worker would warm itself up again, slowly: give
# child processes the source tree on PYTHONPATH, as an installed liveblog would be found.
_SRC = str(Path(__file__).resolve().parents[2] / "src")
os.environ["PYTHONPATH"] = os.pathsep.join(
    [_SRC, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
)


def warc_record(
    url: str,
    body: bytes,
    *,
    content_type: str = "text/html; charset=utf-8",
    status: int = 200,
    date: str = "2024-06-19T10:00:00Z",
    warc_type: str = "response",
    http_headers: str = "",
) -> bytes:
    """One WARC/1.0 record holding an HTTP response, as a crawler writes it."""
    http = (
        f"HTTP/1.1 {status} OK\r\nContent-Type: {content_type}\r\n{http_headers}"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    head = (
        f"WARC/1.0\r\nWARC-Type: {warc_type}\r\nWARC-Target-URI: {url}\r\n"
        f"WARC-Date: {date}\r\nWARC-Record-ID: <urn:uuid:{abs(hash(url)):032x}>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


WarcMaker = Callable[[str, Sequence[bytes]], Path]


@pytest.fixture
def make_warc(tmp_path: Path) -> WarcMaker:
    """Write records to ``tmp_path/name``; a ``.gz`` name gzips each record on its own."""

    def make(name: str, records: Sequence[bytes]) -> Path:
        path = tmp_path / name
        if name.endswith(".gz"):
            path.write_bytes(b"".join(gzip.compress(record) for record in records))
        else:
            path.write_bytes(b"".join(records))
        return path

    return make


@pytest.fixture
def record() -> Callable[..., bytes]:
    """The ``warc_record`` builder, for tests that write their own archives."""
    return warc_record
