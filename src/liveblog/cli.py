"""The ``liveblog`` command: read pages, merge them, print or write the timeline.

Exit codes: 0 every input was read; 1 some inputs failed (the timeline of the others is
still written); 2 the command line itself is wrong; 3 no input could be read; 4 the
output could not be written.
"""

from __future__ import annotations

import argparse
import glob
import io
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Final, TextIO, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

from liveblog import export, warc
from liveblog._batch import Item, Result, parse_many
from liveblog._days import parse_zone
from liveblog.errors import LiveblogError
from liveblog.export._extras import MissingExtraError
from liveblog.model import Page
from liveblog.timeline import Timeline, merge

__all__ = ["EXIT_FAILED_SOME", "EXIT_NOTHING_READ", "EXIT_OK", "EXIT_OUTPUT", "EXIT_USAGE", "main"]

EXIT_OK: Final = 0
EXIT_FAILED_SOME: Final = 1
EXIT_USAGE: Final = 2
EXIT_NOTHING_READ: Final = 3
EXIT_OUTPUT: Final = 4

#: Files taken from a directory (other files there are skipped).
PAGE_SUFFIXES: Final = (".txt", ".html", ".htm", ".xhtml", ".json")
#: Web archives: each HTML response in them is a page (needs the ``warc`` extra).
ARCHIVE_SUFFIXES: Final = (".warc", ".warc.gz", ".arc", ".arc.gz")
#: Show a progress bar from this many inputs on (when tqdm is installed and stderr a tty).
PROGRESS_FROM: Final = 5

_EPILOG = """\
examples:
  liveblog examples/data/*.txt                 readable timeline on the terminal
  liveblog pages/ --format html -o story.html  one static page for a whole folder
  liveblog snapshot-*.html --format json -o t.json
  liveblog t.json new-snapshot.html --format markdown   (timelines merge with pages)
  liveblog - --published 2024-11-29T10:00+01:00 --tz Europe/Paris < page.html
  liveblog 'dumps/**/*.txt' --format jsonl | jq .headline
  liveblog crawl/*.warc.gz --jobs 2 --format jsonl --stream > posts.jsonl

formats:
  text (default), json (lossless, readable back), jsonl (one post a line),
  markdown, html (self-contained page), timelinejs (TimelineJS3 JSON),
  timelinejs-csv (TimelineJS3 spreadsheet columns), schemaorg (LiveBlogPosting
  JSON-LD), ical (needs the 'ical' extra)

exit codes:
  0 all inputs read, 1 some inputs failed (the rest is written), 2 bad command
  line, 3 no input could be read, 4 the output could not be written

"""


def _formatters(args: argparse.Namespace) -> dict[str, Callable[[Timeline], str]]:
    zone, lang, title = args.zone, args.lang, args.title
    return {
        "text": lambda t: export.to_text(t, zone=zone, lang=lang, limit=None if args.full else 280),
        "json": lambda t: export.to_json(t, indent=2),
        "jsonl": export.to_jsonl,
        "markdown": lambda t: export.to_markdown(t, zone=zone, lang=lang, title=title),
        "html": lambda t: export.to_html(t, zone=zone, lang=lang, title=title),
        "timelinejs": lambda t: export.to_timelinejs(t, zone=zone, lang=lang, title=title),
        "timelinejs-csv": lambda t: export.to_timelinejs_csv(t, zone=zone, lang=lang, title=title),
        "schemaorg": lambda t: export.to_schemaorg(t, title=title),
        "ical": export.to_ical,
    }


FORMATS: Final = (
    "text", "json", "jsonl", "markdown", "html", "timelinejs", "timelinejs-csv",
    "schemaorg", "ical",
)  # fmt: skip


class _Parser(argparse.ArgumentParser):
    """An argument parser that prints to the streams ``main`` was given."""

    out: TextIO = sys.stdout
    err: TextIO = sys.stderr

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        if message:
            (self.err if file is sys.stderr else self.out).write(message)


def build_parser(
    stdout: TextIO | None = None, stderr: TextIO | None = None
) -> argparse.ArgumentParser:
    """Return the argument parser (also used to document the command)."""
    parser = _Parser(
        prog="liveblog",
        description=(
            "Turn live blogs (HTML pages or plain-text dumps) into one chronological "
            "timeline. Reads files, directories, globs, or standard input ('-')."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="PATH",
        help="files, directories, globs, '-' for standard input, .warc files, timeline .json",
    )
    parser.add_argument(
        "-f", "--format", choices=FORMATS, default="text", help="output format (default: text)"
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parser.add_argument(
        "--published",
        metavar="ISO",
        help="publish time for pages that give none, e.g. 2024-11-29T10:11+01:00",
    )
    parser.add_argument(
        "--tz", metavar="ZONE", help="IANA zone for pages that name none, e.g. Europe/Paris"
    )
    parser.add_argument("--lang", metavar="CODE", help="language of the pages (fr, en ...)")
    parser.add_argument(
        "--zone",
        metavar="ZONE",
        help="show times in this zone (IANA name, UTC, UTC+02:00); default: each page's own",
    )
    parser.add_argument("--title", help="title of the timeline (markdown, html, timelinejs)")
    parser.add_argument(
        "--full", action="store_true", help="text format: print whole posts, not their start"
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no notes or progress bar on stderr"
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_positive_int,
        default=1,
        metavar="N",
        help="parse with N processes (default: 1)",
    )
    parser.add_argument(
        "--stream",
        action="store_true",
        help="jsonl only: write each page's posts as soon as it is read, in input order, "
        "without merging pages (flat memory for big archives)",
    )
    parser.out = stdout if stdout is not None else sys.stdout
    parser.err = stderr if stderr is not None else sys.stderr
    return parser


def _expand(spec: str) -> tuple[list[Path], str | None]:
    """Files named by one PATH argument, or an error message."""
    try:
        return _files_named(spec)
    except OSError as error:  # a name the system refuses, such as one over 255 bytes
        return [], f"{spec}: {(error.strerror or 'cannot be read').lower()}"


def _files_named(spec: str) -> tuple[list[Path], str | None]:
    path = Path(spec)
    if path.is_dir():
        found = sorted(
            child
            for child in path.rglob("*")
            if child.is_file()
            and (child.suffix.lower() in PAGE_SUFFIXES or _is_archive(child.name))
        )
        return (
            found,
            None if found else f"{spec}: no .txt, .html, .json or .warc files in directory",
        )
    if path.is_file():
        return [path], None
    matches = sorted(Path(match) for match in glob.glob(spec, recursive=True))  # noqa: PTH207
    files = [match for match in matches if match.is_file()]
    if files:
        return files, None
    if path.exists():
        return [], f"{spec}: not a regular file"
    return [], f"{spec}: no such file or directory"


def _progress(items: list[str], quiet: bool) -> Iterable[str]:
    if quiet or len(items) < PROGRESS_FROM or not sys.stderr.isatty():
        return items
    try:
        from tqdm import tqdm  # noqa: PLC0415 (optional, only for terminals)
    except ImportError:
        return items
    wrapped: Iterable[str] = tqdm(items, desc="liveblog", unit="page", file=sys.stderr)
    return wrapped


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        msg = f"{text!r} is not a positive whole number"
        raise argparse.ArgumentTypeError(msg)
    return value


def _is_archive(name: str) -> bool:
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def _is_timeline(data: bytes) -> bool:
    """Whether ``data`` is a timeline written by ``--format json`` (else: a page)."""
    head = data[:400].lstrip()
    return head[:1] == b"{" and b'"liveblog-timeline"' in head


def _timelines_ahead(queue: deque[str | Timeline]) -> Iterator[Timeline]:
    """Pop and yield the timelines at the head of ``queue`` (read before the next page)."""
    while queue and isinstance(head := queue[0], Timeline):
        queue.popleft()
        yield head


class _Run:
    """One invocation: reads inputs, remembers failures, writes the result."""

    def __init__(self, args: argparse.Namespace, stdin: IO[bytes], stderr: TextIO) -> None:
        self.args = args
        self.stdin = stdin
        self.stderr = stderr
        self.failures = 0

    def note(self, message: str) -> None:
        if not self.args.quiet:
            print(f"liveblog: {message}", file=self.stderr)

    def error(self, message: str) -> None:
        self.failures += 1
        print(f"liveblog: error: {message}", file=self.stderr)

    def pages(self, names: Iterable[str]) -> Iterator[Page | Timeline]:
        """Yield what the inputs hold, in input order; report and skip what fails.

        Pages go through ``parse_many`` (``--jobs`` processes); timelines are read here.
        ``queue`` holds, in input order, the label of each page sent to be parsed and
        each timeline read, so results and timelines come out in the order given.
        """
        queue: deque[str | Timeline] = deque()
        items = self._items(names, queue)
        for result in parse_many(items, jobs=self.args.jobs):
            yield from _timelines_ahead(queue)
            label = cast("str", queue.popleft())  # timelines ahead of it are gone
            page = self._page(label, result)
            if page is not None:
                yield page
        yield from _timelines_ahead(queue)

    def _page(self, label: str, result: Result) -> Page | None:
        if result.page is None:
            error = result.error
            if isinstance(error, LiveblogError):
                self.error(f"{label}: {error}")
            else:  # a bug on one page must not stop the others
                kind = type(error).__name__
                self.error(f"{label}: internal error {kind}: {error}; please report it")
            return None
        if not result.page.entries:
            self.note(f"{label}: no entries ({result.page.reason or 'nothing found'})")
        return result.page

    def _items(self, names: Iterable[str], queue: deque[str | Timeline]) -> Iterator[Item]:
        """Each input as pages to parse, read lazily; timelines go straight to ``queue``."""
        args = self.args
        for name in names:
            if name != "-" and _is_archive(name):
                yield from self._archive_items(name, queue)
                continue
            try:
                data = self.stdin.read() if name == "-" else Path(name).read_bytes()
            except OSError as error:
                self.error(f"{name}: {error.strerror or error}")
                continue
            label = "<stdin>" if name == "-" else name
            if _is_timeline(data):
                try:
                    queue.append(Timeline.from_json(data))
                except LiveblogError as error:
                    self.error(f"{label}: {error}")
                continue
            queue.append(label)
            yield Item(data, published=args.published, tz=args.tz, lang=args.lang)

    def _archive_items(self, name: str, queue: deque[str | Timeline]) -> Iterator[Item]:
        """Yield the HTML responses of a web archive, with their URL and capture date."""
        try:
            for record in warc.iter_records(name):
                label = f"{name}#{record.offset}"
                if record.too_large:
                    self.error(f"{label} ({record.url}): the page is too large to read")
                    continue
                queue.append(label)
                yield Item(record.body, url=record.url, captured=record.date)
        except LiveblogError as error:
            self.error(f"{name}: {error}")

    def inputs(self) -> list[str] | None:
        names: list[str] = []
        specs = self.args.inputs or ["-"]
        for spec in specs:
            if spec == "-":
                names.append("-")
                continue
            files, problem = _expand(spec)
            if problem:
                self.error(problem)
            names.extend(str(file) for file in files)
        return names


def _check_arguments(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse arguments that would make every input fail, before reading any."""
    if args.published is not None:
        try:
            datetime.fromisoformat(args.published)
        except ValueError:
            parser.error(f"--published {args.published!r} is not an ISO 8601 date-time")
    if args.tz is not None:
        try:
            ZoneInfo(args.tz)
        except (ZoneInfoNotFoundError, ValueError):
            parser.error(f"--tz {args.tz!r} is not an IANA zone name such as Europe/Paris")
    if args.zone is not None:
        try:
            parse_zone(args.zone)
        except LiveblogError as error:
            parser.error(f"--zone: {error}")
    if args.stream and args.format != "jsonl":
        parser.error("--stream writes JSON Lines: use it with --format jsonl")


def _write(text: str, output: str | None, stdout: TextIO) -> None:
    if output is None:
        stdout.write(text)
        stdout.flush()
        return
    with Path(output).open("w", encoding="utf-8", newline="") as handle:
        handle.write(text)


def _stream(run: _Run, pages: Iterable[Page | Timeline], output: str | None, stdout: TextIO) -> int:
    """Write each page's posts as JSON Lines as soon as it is read (``--stream``)."""
    try:
        if output is None:
            written = _write_lines(pages, stdout)
        else:
            with Path(output).open("w", encoding="utf-8", newline="") as sink:
                written = _write_lines(pages, sink)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as error:
        print(f"liveblog: error: cannot write {output}: {error}", file=run.stderr)
        return EXIT_OUTPUT
    if not written:
        if run.failures == 0:
            run.error("no input to read")
        return EXIT_NOTHING_READ
    return EXIT_FAILED_SOME if run.failures else EXIT_OK


def _write_lines(pages: Iterable[Page | Timeline], sink: TextIO) -> int:
    written = 0
    for page in pages:
        sink.write(export.to_jsonl(merge([page])))
        sink.flush()
        written += 1
    return written


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: IO[bytes] | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    for stream in (out, err):
        if isinstance(stream, io.TextIOWrapper):
            # A terminal that cannot show "é" gets "?" rather than a crash.
            stream.reconfigure(errors="replace")
    parser = build_parser(out, err)
    try:
        args = parser.parse_args(argv)
        _check_arguments(parser, args)
    except SystemExit as stop:
        return EXIT_OK if stop.code in (0, None) else EXIT_USAGE
    source = stdin if stdin is not None else sys.stdin.buffer
    if not args.inputs and stdin is None and sys.stdin.isatty():
        parser.print_usage(err)
        print("liveblog: error: give files, directories or globs, or pipe a page in", file=err)
        return EXIT_USAGE
    run = _Run(args, source, err)
    names = run.inputs() or []
    pages = run.pages(_progress(names, args.quiet))
    if args.stream:
        return _stream(run, pages, args.output, out)
    read = list(pages)
    if not read:
        if run.failures == 0:
            run.error("no input to read")
        return EXIT_NOTHING_READ
    timeline = merge(read)
    try:
        text = _formatters(args)[args.format](timeline)
    except MissingExtraError as error:
        print(f"liveblog: error: {error}", file=err)
        return EXIT_USAGE
    try:
        _write(text, args.output, out)
    except BrokenPipeError:
        # The reader went away (``liveblog ... | head``): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as error:
        print(f"liveblog: error: cannot write {args.output}: {error}", file=err)
        return EXIT_OUTPUT
    return EXIT_FAILED_SOME if run.failures else EXIT_OK
