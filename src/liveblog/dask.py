"""Run liveblog on a Dask bag: parse every page where it lies, merge the timelines as a tree.

Needs the ``dask`` extra. A bag holds what ``parse_many`` takes (page text, items,
file paths, WARC paths): ``parse_bag`` parses each partition with ``parse_many``, so a
bad page becomes a failed ``Result`` instead of killing the job, and ``timeline`` merges
the pages of each partition, then the partial timelines, ``split_every`` at a time.
``merge`` depends only on the set of pages, so the tree gives the very timeline that an
in-process ``merge`` of the same pages gives, on any scheduler.

Example::

    import dask.bag as db
    from liveblog.dask import timeline

    paths = db.from_sequence(warc_paths, npartitions=len(warc_paths))
    merged = timeline(paths).compute()          # or on a distributed.Client's cluster
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from liveblog.errors import MissingExtraError

try:
    import dask.bag as db
    from dask.bag.core import Item as DaskItem
except ImportError as missing:  # pragma: no cover (the test suite installs the extra)
    msg = "liveblog.dask needs Dask: pip install 'liveblog[dask]'"
    raise MissingExtraError(msg, name=missing.name) from missing

from liveblog._batch import Result, parse_many
from liveblog._options import Options
from liveblog.errors import ArgumentError
from liveblog.timeline import Timeline, merge

__all__ = ["parse_bag", "timeline"]


def parse_bag(bag: db.Bag, *, options: Options | None = None) -> db.Bag:
    """Map ``parse_many`` over each partition of ``bag``: a bag of ``Result``, one per page.

    ``Result.index`` counts within the partition. Failed pages stay in the bag with their
    ``error``; filter on ``Result.ok`` to keep the parsed ones.

    .. versionadded:: 0.1
    """
    if not isinstance(bag, db.Bag):
        raise ArgumentError(
            f"parse_bag takes a dask.bag.Bag, got {type(bag).__name__}; "
            "build one with dask.bag.from_sequence(items)"
        )
    untyped: Any = bag  # dask.bag has no type hints
    return cast("db.Bag", untyped.map_partitions(_parse_partition, options))


def timeline(bag: db.Bag, *, options: Options | None = None, split_every: int = 8) -> DaskItem:
    """Parse the pages of ``bag`` and merge them as a tree; ``.compute()`` gives the Timeline.

    Pages that fail to parse are left out (use ``parse_bag`` to see them).

    .. versionadded:: 0.1
    """
    if isinstance(split_every, bool) or not isinstance(split_every, int) or split_every < 2:
        raise ArgumentError(f"split_every must be an int of at least 2, got {split_every!r}")
    results: Any = parse_bag(bag, options=options)  # dask.bag has no type hints
    return cast(
        "DaskItem",
        results.reduction(_merge_results, _merge_timelines, split_every=split_every),
    )


def _parse_partition(items: Iterable[object], options: Options | None) -> list[Result]:
    return list(parse_many(items, options=options))


def _merge_results(results: Iterable[Result]) -> Timeline:
    return merge(result.page for result in results if result.page is not None)


def _merge_timelines(timelines: Iterable[Timeline]) -> Timeline:
    return merge(timelines)
