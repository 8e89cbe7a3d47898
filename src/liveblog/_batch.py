"""``parse_many``: many pages in, one ``Result`` per page out, in input order, bounded memory.

Why a module of its own: a batch must never stop on one bad page, must not hold the
whole input (or all outputs) in memory, and must give the same results with one process
or several. The design:

* Inputs are read lazily. A path is read by the worker that parses it, so the parent
  never holds its bytes; a WARC file expands into its HTML responses, read one at a time.
* With ``jobs > 1`` a process pool parses chunks of a few pages, and at most
  ``2 * jobs`` chunks are in flight: the parent reads ahead only that far and yields
  results in input order as soon as the oldest chunk is done.
* Each page's failure is caught where it happens and travels back in its ``Result``.
  A worker that dies (a crash, the OOM killer) breaks the pool; the pool is rebuilt, the
  chunks lost with it are sent again, and the chunk being waited for is parsed one page
  at a time, so only the page that kills a worker on its own is reported as failed.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime
from pathlib import Path
from typing import Any, TypeAlias, TypeGuard

import attrs

from liveblog import warc
from liveblog._checks import aware_field
from liveblog._options import Options
from liveblog._pipeline import parse
from liveblog.errors import ArgumentError, LimitError, LiveblogError, shorten
from liveblog.model import Page

__all__ = ["Item", "Result", "parse_many"]

#: Pages handed to a worker at once: enough to pay for the round trip, few enough that
#: ``2 * jobs`` chunks in flight stay small.
CHUNK = 4
#: A ``str`` longer than this, or holding a line break, is page text, never a file name.
_MAX_PATH_CHARS = 4096
#: File names that hold web archives rather than one page.
_WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


def _aware_text_or_none(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):  # ISO text is read by parse, in the page's zone
        aware_field(instance, attribute, value)


@attrs.frozen
class Item:
    """One page to parse, with what is known about it from outside the page.

    ``url``, ``published`` (an aware datetime or ISO text), ``tz`` and ``lang`` are
    passed to ``parse``. ``captured`` is when an archive fetched the page (a WARC-Date):
    every time on the page is at or before it. It is an upper bound, never the publish
    date; it becomes the page's ``Options.captured``: no text mention after it dates an
    entry, a stamp after it is noted on the page, and a page with no date of its own is
    resolved near it.

    .. versionadded:: 0.1
    """

    source: str | bytes = attrs.field(repr=lambda source: shorten(source, 40))
    url: str | None = None
    published: datetime | str | None = attrs.field(default=None, validator=_aware_text_or_none)
    captured: datetime | None = attrs.field(default=None, validator=aware_field)
    tz: str | None = None
    lang: str | None = None


@attrs.frozen
class Result:
    """What became of one input page: its ``page``, or the ``error`` that stopped it.

    ``index`` is the result's position in the output (a WARC file gives one result per
    HTML response, so it can differ from the input position). ``item`` is the input as
    given (for a WARC file, its path); ``origin`` names the page for a human: a path,
    ``path#offset`` for a WARC record, a URL, or ``item N``. ``captured`` carries the
    archive's fetch time, an upper bound for the page's times.

    .. versionadded:: 0.1
    """

    index: int
    item: object = attrs.field(repr=lambda item: shorten(item, 60))
    origin: str
    page: Page | None = None
    error: Exception | None = None
    url: str | None = None
    captured: datetime | None = None

    @property
    def ok(self) -> bool:
        """Whether the page was parsed (``page`` is set and ``error`` is None)."""
        return self.error is None


#: What a worker needs for one page: text or bytes, or a path it reads itself.
@attrs.frozen
class _Unit:
    source: str | bytes | Path
    url: str | None = None
    published: datetime | str | None = None
    tz: str | None = None
    lang: str | None = None
    captured: datetime | None = None


#: A unit with what the parent keeps to build its Result.
@attrs.frozen
class _Pending:
    item: object
    origin: str
    url: str | None
    captured: datetime | None
    unit: _Unit | None
    error: Exception | None = None


_Outcome: TypeAlias = tuple[Page | None, Exception | None]
_ParseFn: TypeAlias = Callable[[_Unit, Options], Page]


def parse_many(
    items: Iterable[object],
    *,
    jobs: int = 1,
    options: Options | None = None,
) -> Iterator[Result]:
    """Parse many pages, yielding one ``Result`` per page in input order.

    Each item is page text (``str`` or ``bytes``), an ``Item`` (text plus its url,
    publish date and capture date), or a file path (``os.PathLike``, or a one-line
    ``str`` naming an existing file; wrap text in ``Item`` to leave no doubt). A path
    ending in ``.warc``/``.warc.gz`` (or ``.arc``/``.arc.gz``) yields a result per HTML
    response it archives (needs the ``warc`` extra).

    ``jobs`` processes parse in parallel (``1`` parses in this process). Memory stays
    bounded: the input is read at most ``2 * jobs`` chunks ahead of the output, and
    results are yielded as they come. A page that fails gives a ``Result`` with its
    ``error``; the others go on. Programs using ``jobs > 1`` must guard their entry point
    with ``if __name__ == "__main__":`` (worker processes import the main module).

    .. versionadded:: 0.1
    """
    if isinstance(items, (str, bytes, Item)):
        raise ArgumentError(
            f"parse_many takes an iterable of pages, got one page {shorten(items)}; "
            "use parse() for one page or wrap it in a list"
        )
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ArgumentError(
            f"jobs must be a positive int, got {jobs!r}; use os.cpu_count() for all cores"
        )
    opts = Options() if options is None else options
    pending = _pending(items, opts)
    if jobs == 1:
        return _serial(pending, opts, _parse_unit)
    return _pooled(pending, opts, _parse_unit, jobs=jobs, chunk=CHUNK)


# --- inputs ------------------------------------------------------------------------------


def _pending(items: Iterable[object], options: Options) -> Iterator[_Pending]:
    """Turn each input into units of work, lazily (WARC files expand here)."""
    for number, item in enumerate(items):
        if isinstance(item, Item):
            yield _Pending(
                item,
                item.url or f"item {number}",
                item.url,
                item.captured,
                _Unit(item.source, item.url, item.published, item.tz, item.lang, item.captured),
            )
        elif isinstance(item, os.PathLike) or _names_file(item):
            path = Path(os.fspath(item))
            if path.name.lower().endswith(_WARC_SUFFIXES):
                yield from _warc_pending(item, path, options)
            else:
                yield _Pending(item, str(path), None, None, _Unit(path))
        elif isinstance(item, (str, bytes)):
            yield _Pending(item, f"item {number}", None, None, _Unit(item))
        else:
            error = ArgumentError(
                f"item {number} is {type(item).__name__} {shorten(item)}; give str or bytes "
                "page text, an Item, or a path"
            )
            yield _Pending(item, f"item {number}", None, None, None, error)


def _names_file(item: object) -> TypeGuard[str]:
    """Whether a ``str`` item is a file name rather than page text (see ``parse_many``).

    A text the system refuses as a name (a component over 255 bytes once encoded) is
    page text: ``is_file`` raises there rather than saying no.
    """
    if not (
        isinstance(item, str)
        and 0 < len(item) <= _MAX_PATH_CHARS
        and "\n" not in item
        and "<" not in item
    ):
        return False
    try:
        return Path(item).is_file()
    except OSError:  # ENAMETOOLONG
        return False


def _warc_pending(item: object, path: Path, options: Options) -> Iterator[_Pending]:
    """One unit per HTML response of a WARC file, or one failed result if it can't be read."""
    try:
        for record in warc.iter_records(path, max_bytes=options.max_bytes):
            origin = f"{path}#{record.offset}"
            if record.too_large:
                error = LimitError(
                    f"WARC record {origin} ({shorten(record.url)}) is larger than "
                    f"Options.max_bytes={options.max_bytes}; raise the cap to parse it"
                )
                yield _Pending(item, origin, record.url, record.date, None, error)
            else:
                unit = _Unit(record.body, record.url, captured=record.date)
                yield _Pending(item, origin, record.url, record.date, unit)
    except LiveblogError as error:
        yield _Pending(item, str(path), None, None, None, error)


# --- parsing -----------------------------------------------------------------------------


def _parse_unit(unit: _Unit, options: Options) -> Page:
    if unit.captured is not None:
        # When it was fetched bounds the page's times (Options.captured), never dates it.
        options = attrs.evolve(options, captured=unit.captured)
    source = _read(unit.source, options) if isinstance(unit.source, Path) else unit.source
    return parse(
        source,
        url=unit.url,
        published=unit.published,
        tz=unit.tz,
        lang=unit.lang,
        options=options,
    )


def _read(path: Path, options: Options) -> bytes:
    """Read a file, refusing one larger than ``Options.max_bytes`` without reading it all."""
    try:
        with path.open("rb") as stream:
            data = stream.read(options.max_bytes + 1)
    except OSError as error:
        raise ArgumentError(f"cannot read {shorten(str(path))}: {error.strerror}") from error
    if len(data) > options.max_bytes:
        raise LimitError(
            f"{shorten(str(path))} is larger than Options.max_bytes={options.max_bytes}; "
            "raise the cap to parse it"
        )
    return data


def _outcome(parse: _ParseFn, unit: _Unit, options: Options) -> _Outcome:
    """Parse one unit, turning any exception into the outcome instead of raising it."""
    try:
        return parse(unit, options), None
    except Exception as error:  # noqa: BLE001 (one bad page must not stop the batch)
        return None, error


def _chunk_outcomes(parse: _ParseFn, units: tuple[_Unit, ...], options: Options) -> list[_Outcome]:
    """Worker side: parse a chunk; errors are made picklable so the chunk gets home."""
    outcomes = []
    for unit in units:
        page, error = _outcome(parse, unit, options)
        outcomes.append((page, None if error is None else _portable(error)))
    return outcomes


def _portable(error: Exception) -> Exception:
    """Return ``error`` if it survives pickling, else a LiveblogError naming it."""
    try:
        pickle.loads(pickle.dumps(error))  # noqa: S301 (our own bytes, just made)
    except Exception:  # noqa: BLE001 (any pickling failure means: replace it)
        return LiveblogError(f"{type(error).__name__}: {error}")
    return error


def _result(index: int, pending: _Pending, outcome: _Outcome) -> Result:
    page, error = outcome
    return Result(
        index=index,
        item=pending.item,
        origin=pending.origin,
        page=page,
        error=error,
        url=pending.url,
        captured=pending.captured,
    )


def _serial(pending: Iterator[_Pending], options: Options, parse: _ParseFn) -> Iterator[Result]:
    for index, job in enumerate(pending):
        if job.unit is None:
            yield _result(index, job, (None, job.error))
        else:
            yield _result(index, job, _outcome(parse, job.unit, options))


# --- the pool ----------------------------------------------------------------------------


def _context() -> multiprocessing.context.BaseContext:
    """Forkserver where there is one (no fork of a threaded parent), else spawn.

    The forkserver is asked to import ``liveblog._warm`` (besides ``__main__``, its
    default) so the workers it forks start with warm caches. The setting is the
    process's, and only counts if its forkserver has not started yet. Before Python
    3.12 the forkserver does not see the parent's ``sys.path``: when liveblog is found
    only through a change to it, the preload quietly fails and each worker warms up on
    its first pages instead (slower to start, same results).
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["__main__", "liveblog._warm"])
    return context


def _chunks(pending: Iterator[_Pending], size: int) -> Iterator[list[_Pending]]:
    chunk: list[_Pending] = []
    for job in pending:
        chunk.append(job)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_Window: TypeAlias = deque[tuple[list[_Pending], "Future[list[_Outcome]]", int]]


def _broke(future: Future[list[_Outcome]]) -> bool:
    return (
        future.done()
        and not future.cancelled()
        and isinstance(future.exception(), BrokenProcessPool)
    )


class _Pool:
    """A process pool that survives a dead worker: see the module docstring."""

    def __init__(self, jobs: int, options: Options, parse: _ParseFn) -> None:
        self._jobs = jobs
        self._options = options
        self._parse = parse
        self.generation = 0
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self._jobs, mp_context=_context())

    def _restart(self) -> None:
        self.close()
        self._executor = self._start()
        self.generation += 1

    def submit(self, chunk: list[_Pending]) -> Future[list[_Outcome]]:
        """Send a chunk's units to the pool (failed-before-parsing ones stay home)."""
        units = tuple(job.unit for job in chunk if job.unit is not None)
        try:
            return self._executor.submit(_chunk_outcomes, self._parse, units, self._options)
        except BrokenProcessPool:  # a worker died since the last look: start afresh
            self._restart()
            return self._executor.submit(_chunk_outcomes, self._parse, units, self._options)

    def outcomes(self, chunk: list[_Pending], future: Future[list[_Outcome]]) -> list[_Outcome]:
        """Return the chunk's outcomes in order, parsing it page by page if a worker died."""
        try:
            parsed = iter(future.result())
        except BrokenProcessPool:
            self._restart()
            parsed = iter(self._one_by_one(chunk))
        except Exception:  # noqa: BLE001 (a chunk whose pages could not travel back)
            parsed = iter(self._one_by_one(chunk))
        return [(None, job.error) if job.unit is None else next(parsed) for job in chunk]

    def resubmit_broken(self, window: _Window) -> _Window:
        """Send again the chunks lost with a dead pool, restarting it first if needed."""
        if not any(_broke(future) for _, future, _ in window):
            return window
        if any(_broke(future) and made == self.generation for _, future, made in window):
            self._restart()
        return deque(
            (chunk, self.submit(chunk), self.generation)
            if _broke(future)
            else (chunk, future, made)
            for chunk, future, made in window
        )

    def _one_by_one(self, chunk: list[_Pending]) -> list[_Outcome]:
        """Parse each unit of a chunk alone, so a page that kills a worker is found."""
        outcomes: list[_Outcome] = []
        for job in chunk:
            if job.unit is None:
                continue
            future = self._executor.submit(_chunk_outcomes, self._parse, (job.unit,), self._options)
            try:
                outcomes.extend(future.result())
            except BrokenProcessPool:
                message = (
                    f"the worker process died while parsing {job.origin} "
                    "(a crash or out of memory); parse it alone to see why"
                )
                outcomes.append((None, LiveblogError(message)))
                self._restart()
            except Exception as error:  # noqa: BLE001 (one bad page must not stop the batch)
                outcomes.append((None, _portable(error)))
        return outcomes

    def close(self) -> None:
        """Stop the workers, dropping chunks not yet started."""
        self._executor.shutdown(wait=True, cancel_futures=True)


def _pooled(
    pending: Iterator[_Pending],
    options: Options,
    parse: _ParseFn,
    *,
    jobs: int,
    chunk: int,
) -> Iterator[Result]:
    """Parse chunks in a pool, at most ``2 * jobs`` in flight, yielding in input order."""
    pool = _Pool(jobs, options, parse)
    window: _Window = deque()
    chunks = _chunks(pending, chunk)
    index = 0
    try:
        while True:
            while len(window) < 2 * jobs:
                next_chunk = next(chunks, None)
                if next_chunk is None:
                    break
                window.append((next_chunk, pool.submit(next_chunk), pool.generation))
            if not window:
                return
            head, future, _ = window.popleft()
            outcomes = pool.outcomes(head, future)
            window = pool.resubmit_broken(window)
            for job, outcome in zip(head, outcomes, strict=True):
                yield _result(index, job, outcome)
                index += 1
    finally:
        pool.close()
