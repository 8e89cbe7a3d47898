"""The command line at scale: --jobs, WARC inputs, JSON Lines written as pages come."""

from __future__ import annotations

import io
import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from builders import live_html
from liveblog import Options, export, parse
from liveblog.cli import EXIT_FAILED_SOME, EXIT_OK, EXIT_USAGE, main
from liveblog.timeline import merge

SEEDS = sorted((Path(__file__).resolve().parents[1] / "data" / "seeds").glob("*.txt"))


def run(*argv: str) -> tuple[int, str, str]:
    """Run the command; return its exit code, standard output and standard error."""
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdin=io.BytesIO(b""), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def archive(make_warc, record):
    """A WARC with two live pages and an image."""
    return make_warc(
        "crawl.warc.gz",
        [
            record("https://example.org/1", live_html(1, 11).encode()),
            record("https://example.org/logo", b"GIF89a", content_type="image/gif"),
            record("https://example.org/2", live_html(2, 12).encode()),
        ],
    )


class TestJobs:
    def test_two_processes_write_what_one_writes(self):
        """--jobs 2 gives the same timeline as --jobs 1."""
        paths = [str(path) for path in SEEDS]
        one = run(*paths, "--format", "json", "-q")
        two = run(*paths, "--format", "json", "-q", "--jobs", "2")
        assert (EXIT_OK, one[1]) == (two[0], two[1])

    @pytest.mark.parametrize("jobs", ["0", "-2", "two"])
    def test_jobs_must_be_positive(self, jobs):
        """A jobs count that is not a positive number is a usage error."""
        assert EXIT_USAGE == run(str(SEEDS[0]), "--jobs", jobs)[0]


class TestWarcInput:
    def test_warc_pages_join_the_timeline(self, archive):
        """Each HTML response of a .warc.gz is a page of the timeline, with its URL."""
        code, out, _ = run(str(archive), "--format", "jsonl")
        urls = {json.loads(line)["url"] for line in out.splitlines()}
        assert (EXIT_OK, {"https://example.org/1", "https://example.org/2"}) == (code, urls)

    def test_directory_includes_archives(self, archive):
        """A directory argument picks up the WARC files in it."""
        code, out, _ = run(str(archive.parent), "--format", "jsonl")
        expected = 10
        assert (EXIT_OK, expected) == (code, len(out.splitlines()))

    def test_unreadable_archive_fails_alone(self, tmp_path):
        """A damaged archive is reported; the other inputs are still written."""
        broken = tmp_path / "broken.warc.gz"
        broken.write_bytes(b"\x1f\x8b\x08\x00garbage" * 10)
        code, out, err = run(str(broken), str(SEEDS[0]), "--format", "jsonl")
        assert EXIT_FAILED_SOME == code
        assert "broken.warc.gz" in err
        assert out


class TestStream:
    def test_writes_each_page_as_it_comes(self, archive):
        """--stream writes every page's posts in input order, no merge across pages."""
        code, out, _ = run(str(SEEDS[0]), str(archive), "--format", "jsonl", "--stream", "-q")
        fetched = Options(captured=datetime(2024, 6, 19, 10, tzinfo=timezone.utc))  # WARC-Date
        pages = [
            parse(SEEDS[0].read_bytes()),
            parse(live_html(1, 11).encode(), url="https://example.org/1", options=fetched),
            parse(live_html(2, 12).encode(), url="https://example.org/2", options=fetched),
        ]
        expected = "".join(export.to_jsonl(merge([page])) for page in pages)
        assert (EXIT_OK, expected) == (code, out)

    def test_writes_to_a_file(self, tmp_path):
        """--stream with -o writes the lines to that file."""
        target = tmp_path / "posts.jsonl"
        code, _, _ = run(str(SEEDS[0]), "--format", "jsonl", "--stream", "-o", str(target))
        expected = export.to_jsonl(merge([parse(SEEDS[0].read_bytes())]))
        assert (EXIT_OK, expected) == (code, target.read_text(encoding="utf-8"))

    def test_needs_jsonl(self):
        """--stream with another format is a usage error."""
        assert EXIT_USAGE == run(str(SEEDS[0]), "--stream")[0]
