"""liveblog.warc: the HTML responses of a WARC file, with their URL and capture date."""

from __future__ import annotations

import gzip
import importlib.util
from datetime import datetime, timezone
from io import BytesIO

import pytest

from liveblog import warc
from liveblog.errors import ArgumentError, InputError

READERS = [
    pytest.param(
        name,
        marks=pytest.mark.skipif(
            importlib.util.find_spec(name) is None, reason=f"{name} is not installed"
        ),
    )
    for name in ("warcio", "fastwarc")
]
CAPTURED = datetime(2024, 6, 19, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def mixed(record):
    """An archive with two HTML pages among records that are not pages."""
    return [
        record("https://example.org/live", b"<html><p>direct</p></html>"),
        record("https://example.org/logo.png", b"\x89PNG", content_type="image/png"),
        record("https://example.org/gone", b"<html>404</html>", status=404),
        record("https://example.org/req", b"", warc_type="request"),
        record(
            "https://example.org/zipped",
            gzip.compress(b"<html><p>zipped</p></html>"),
            http_headers="Content-Encoding: gzip\r\n",
            content_type="application/xhtml+xml",
            date="2024-06-19T10:00:00.5Z",
        ),
    ]


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("name", ["pages.warc", "pages.warc.gz"])
class TestIterRecords:
    def test_yields_only_html_responses_with_url(self, make_warc, mixed, reader, name):
        """Only status-200 HTML responses come out, in file order, with their target URI."""
        path = make_warc(name, mixed)
        expected = ["https://example.org/live", "https://example.org/zipped"]
        assert expected == [r.url for r in warc.iter_records(path, reader=reader)]

    def test_payload_is_decoded(self, make_warc, mixed, reader, name):
        """A gzip content-encoded payload comes out as the page's own bytes."""
        path = make_warc(name, mixed)
        bodies = [r.body for r in warc.iter_records(path, reader=reader)]
        expected = [b"<html><p>direct</p></html>", b"<html><p>zipped</p></html>"]
        assert expected == bodies

    def test_capture_date_is_aware_utc(self, make_warc, mixed, reader, name):
        """WARC-Date becomes an aware UTC datetime, fractions of a second kept."""
        path = make_warc(name, mixed)
        dates = [r.date for r in warc.iter_records(path, reader=reader)]
        assert [CAPTURED, CAPTURED.replace(microsecond=500_000)] == dates

    def test_offsets_find_the_record_again(self, make_warc, mixed, reader, name):
        """Each record's offset is where it starts in the file, as both readers count it."""
        path = make_warc(name, mixed)
        offsets = [r.offset for r in warc.iter_records(path, reader=reader)]
        data = path.read_bytes()
        heads = [
            gzip.decompress(data[o:])[:8] if name.endswith("gz") else data[o : o + 8]
            for o in offsets
        ]
        expected = [b"WARC/1.0", b"WARC/1.0"]
        assert expected == heads
        assert offsets[0] == 0

    def test_too_large_payload_is_flagged_not_read(self, make_warc, record, reader, name):
        """A payload over max_bytes comes out empty with too_large set."""
        path = make_warc(name, [record("https://example.org/big", b"<html>" + b"x" * 500)])
        (big,) = warc.iter_records(path, max_bytes=100, reader=reader)
        expected = (True, b"")
        assert expected == (big.too_large, big.body)


@pytest.mark.parametrize("reader", READERS)
class TestIterRecordsInput:
    def test_reads_a_stream(self, record, reader):
        """A binary stream works as well as a path."""
        stream = BytesIO(record("https://example.org/a", b"<html>a</html>"))
        expected = ["https://example.org/a"]
        assert expected == [r.url for r in warc.iter_records(stream, reader=reader)]

    def test_missing_file_is_an_argument_error(self, tmp_path, reader):
        """A path that does not exist raises ArgumentError naming it."""
        with pytest.raises(ArgumentError, match=r"nope\.warc"):
            list(warc.iter_records(tmp_path / "nope.warc", reader=reader))

    def test_corrupt_gzip_is_an_input_error(self, make_warc, record, reader):
        """A damaged compressed archive raises InputError, not the reader's own exception."""
        data = gzip.compress(record("https://example.org/a", b"<html>a</html>"))
        path = make_warc("bad.warc", [data[:40] + b"\x00" * 40 + data[80:]])
        with pytest.raises(InputError, match=r"bad\.warc"):
            list(warc.iter_records(path, reader=reader))


class TestHelpers:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("2024-06-19T10:00:00Z", CAPTURED),
            ("2024-06-19T10:00:00.123Z", CAPTURED.replace(microsecond=123_000)),
            ("2024-06-19T10:00:00.1234567Z", CAPTURED.replace(microsecond=123_456)),
            ("2024-06-19T12:00:00+02:00", CAPTURED),
            ("2024-06-19T10:00:00", CAPTURED),
            ("yesterday", None),
            ("", None),
            (None, None),
        ],
    )
    def test_warc_date(self, text, expected):
        """WARC dates read as aware UTC; malformed ones as None."""
        assert expected == warc._warc_date(text)

    @pytest.mark.parametrize(
        ("header", "expected"),
        [
            ("text/html; charset=UTF-8", ("text/html", "utf-8")),
            ('Text/HTML;charset="iso-8859-1"', ("text/html", "iso-8859-1")),
            ("application/xhtml+xml", ("application/xhtml+xml", None)),
            (None, ("", None)),
        ],
    )
    def test_content_type(self, header, expected):
        """Content-Type splits into a lower-case type and charset."""
        assert expected == warc._content_type(header)

    @pytest.mark.parametrize(
        ("uri", "expected"),
        [
            ("<https://a.example/>", "https://a.example/"),
            (" https://a/ ", "https://a/"),
            ("", None),
            (None, None),
        ],
    )
    def test_clean_uri(self, uri, expected):
        """Angle brackets and blanks around a target URI are dropped."""
        assert expected == warc._clean_uri(uri)


@pytest.mark.skipif(importlib.util.find_spec("warcio") is None, reason="warcio is not installed")
class TestArc:
    @pytest.mark.parametrize("name", ["old.arc", "old.arc.gz"])
    def test_arc_records_are_read(self, tmp_path, name):
        """An ARC file (the format before WARC) gives its HTML pages too."""
        body = b"<html><p>arc page</p></html>"
        http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
        header = b"1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n"
        records = [
            b"filedesc://old.arc 0.0.0.0 20240619100000 text/plain %d\n%b\n"
            % (len(header), header),
            b"http://example.org/arc 1.2.3.4 20240619100000 text/html %d\n%b\n" % (len(http), http),
        ]
        path = tmp_path / name
        if name.endswith(".gz"):
            path.write_bytes(b"".join(gzip.compress(record) for record in records))
        else:
            path.write_bytes(b"".join(records))
        (page,) = warc.iter_records(path)
        expected = ("http://example.org/arc", CAPTURED, body)
        assert expected == (page.url, page.date, page.body)
