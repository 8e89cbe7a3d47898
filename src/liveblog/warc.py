"""Read the HTML pages of a web archive (``.warc``, ``.warc.gz``) one record at a time.

Needs the ``warc`` extra (warcio). When FastWARC is installed it is used instead: it
reads the same records several times faster. Older ``.arc`` files are read by warcio,
which turns their records into WARC ones. Either way only HTML responses come out
(``WARC-Type: response``, HTTP status 200, ``text/html`` or ``application/xhtml+xml``),
with their payload decoded (chunked transfer and gzip/brotli content encoding removed).

The record's ``WARC-Date`` is when the archive fetched the page: an upper bound for every
time on it, never its publish date. ``parse_many`` passes it along as ``Result.captured``.

Example::

    from liveblog import parse_many

    for result in parse_many(["CC-MAIN-2024-26-00000.warc.gz"], jobs=2):
        if result.ok:
            print(result.url, len(result.page.entries))
"""

from __future__ import annotations

import importlib
import importlib.util
import os
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any, Literal

import attrs

from liveblog.errors import ArgumentError, InputError, MissingExtraError, shorten

__all__ = ["HTML_TYPES", "Record", "backend", "iter_records"]

#: HTTP content types read as HTML pages.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

Backend = Literal["auto", "fastwarc", "warcio"]
Source = str | os.PathLike[str] | IO[bytes]


@attrs.frozen
class Record:
    """One archived HTML response.

    ``date`` is the capture time (``WARC-Date``, UTC), None only when the header is
    missing or malformed. ``offset`` is where the record starts in the (compressed) file,
    so ``path#offset`` finds it again. ``too_large`` is True when the payload is longer
    than the ``max_bytes`` given to ``iter_records``; ``body`` is then empty. ``truncated``
    is True when the crawler itself cut the payload (``WARC-Truncated``).

    .. versionadded:: 0.1
    """

    url: str | None
    date: datetime | None
    body: bytes = attrs.field(repr=lambda body: f"<{len(body)} bytes>")
    offset: int
    content_type: str
    charset: str | None = None
    too_large: bool = False
    truncated: bool = False


def backend() -> Literal["fastwarc", "warcio"] | None:
    """Name the reader ``iter_records`` uses by default, or None when neither is installed."""
    if importlib.util.find_spec("fastwarc") is not None:
        return "fastwarc"
    if importlib.util.find_spec("warcio") is not None:
        return "warcio"
    return None


def iter_records(
    source: Source,
    *,
    max_bytes: int = 64 * 1024 * 1024,
    reader: Backend = "auto",
) -> Iterator[Record]:
    """Yield the HTML responses of a WARC file (a path or a binary stream), in file order.

    At most ``max_bytes + 1`` bytes of a payload are read: a longer one is yielded with
    ``too_large=True`` and an empty body, so a huge or hostile record costs no memory.
    A file that is not a readable WARC raises ``InputError`` naming it.

    .. versionadded:: 0.1
    """
    if max_bytes <= 0:
        raise ArgumentError(f"max_bytes must be positive, got {max_bytes!r}")
    chosen = backend() if reader == "auto" else reader
    if reader == "auto" and _is_arc(source):
        chosen = "warcio"  # FastWARC reads WARC only; warcio converts ARC records
    if chosen is None or importlib.util.find_spec(chosen) is None:
        wanted = "warcio" if chosen is None else chosen
        msg = f"reading WARC files needs {wanted}: pip install 'liveblog[warc]'"
        raise MissingExtraError(msg, name=wanted)
    name = shorten(os.fspath(source) if isinstance(source, (str, os.PathLike)) else source)
    if isinstance(source, (str, os.PathLike)):
        try:
            stream: IO[bytes] = Path(source).open("rb")  # noqa: SIM115 (closed below)
        except OSError as error:
            raise ArgumentError(f"cannot open WARC file {name}: {error.strerror}") from error
        with stream:
            yield from _records(stream, name, max_bytes, chosen)
    else:
        yield from _records(source, name, max_bytes, chosen)


def _records(
    stream: IO[bytes], name: str, max_bytes: int, chosen: Literal["fastwarc", "warcio"]
) -> Iterator[Record]:
    read = _fastwarc if chosen == "fastwarc" else _warcio
    try:
        yield from read(stream, max_bytes)
    except (OSError, ValueError, EOFError) as error:
        raise InputError(f"{name} is not a readable WARC file: {error}") from error
    except Exception as error:
        # warcio raises its own ArchiveLoadFailed (an Exception) on a malformed record.
        if type(error).__name__ == "ArchiveLoadFailed":
            raise InputError(f"{name} is not a readable WARC file: {error}") from error
        raise


def _fastwarc(stream: IO[bytes], max_bytes: int) -> Iterator[Record]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType  # noqa: PLC0415 (optional)

    records = ArchiveIterator(
        stream, record_types=WarcRecordType.response, parse_http=True, auto_decode="all"
    )
    for record in records:
        http = record.http_headers
        content_type = (record.http_content_type or "").strip().lower()
        if http is None or http.status_code != 200 or content_type not in HTML_TYPES:
            continue
        body = record.reader.read(max_bytes + 1)
        date = record.record_date
        yield _record(
            url=record.headers.get("WARC-Target-URI"),
            date=None if date is None else date.astimezone(timezone.utc),
            body=body,
            offset=record.stream_pos,
            content_type=content_type,
            charset=record.http_charset,
            max_bytes=max_bytes,
            truncated=record.headers.get("WARC-Truncated") is not None,
        )


def _warcio(stream: IO[bytes], max_bytes: int) -> Iterator[Record]:
    # warcio has no type hints: reach it through import_module, typed Any.
    iterator = importlib.import_module("warcio.archiveiterator").ArchiveIterator
    records: Any = iterator(stream, arc2warc=True)
    for record in records:
        if record.rec_type != "response" or record.http_headers is None:
            continue
        content_type, charset = _content_type(record.http_headers.get_header("Content-Type"))
        if record.http_headers.get_statuscode() != "200" or content_type not in HTML_TYPES:
            continue
        body = record.content_stream().read(max_bytes + 1)
        headers: Any = record.rec_headers
        # The offset is known once the record has been read (warcio reads to its end).
        yield _record(
            url=headers.get_header("WARC-Target-URI"),
            date=_warc_date(headers.get_header("WARC-Date")),
            body=body,
            offset=records.get_record_offset(),
            content_type=content_type,
            charset=charset,
            max_bytes=max_bytes,
            truncated=headers.get_header("WARC-Truncated") is not None,
        )


def _is_arc(source: Source) -> bool:
    """Whether ``source`` names an ARC file (the format before WARC)."""
    if not isinstance(source, (str, os.PathLike)):
        return False
    return os.fspath(source).lower().endswith((".arc", ".arc.gz"))


def _record(
    *,
    url: str | None,
    date: datetime | None,
    body: bytes,
    offset: int,
    content_type: str,
    charset: str | None,
    max_bytes: int,
    truncated: bool,
) -> Record:
    too_large = len(body) > max_bytes
    return Record(
        url=_clean_uri(url),
        date=date,
        body=b"" if too_large else body,
        offset=offset,
        content_type=content_type,
        charset=charset,
        too_large=too_large,
        truncated=truncated,
    )


def _clean_uri(url: str | None) -> str | None:
    """Strip the angle brackets some WARC 1.0 writers put around the target URI."""
    if url is None:
        return None
    url = url.strip()
    if url.startswith("<") and url.endswith(">"):
        url = url[1:-1].strip()
    return url or None


def _content_type(header: str | None) -> tuple[str, str | None]:
    """Split ``text/html; charset=UTF-8`` into ``("text/html", "utf-8")``."""
    if not header:
        return "", None
    kind, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'").lower()
    return kind.strip().lower(), charset


def _warc_date(text: str | None) -> datetime | None:
    """Read a ``WARC-Date`` (ISO 8601 in UTC, maybe with a fraction), None if malformed."""
    if not text:
        return None
    text = text.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    head, dot, rest = text.partition(".")
    if dot:  # Python 3.10 reads only 3 or 6 fraction digits: pad or cut to 6
        digits = rest[: len(rest) - len(rest.lstrip("0123456789"))]
        text = head + "." + (digits + "000000")[:6] + rest[len(digits) :]
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.utcoffset() is None:
        moment = moment.replace(tzinfo=timezone.utc)  # the WARC standard says UTC
    return moment.astimezone(timezone.utc)
