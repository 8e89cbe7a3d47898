"""The time bound every hostile-input test runs under.

``bounded(seconds)`` fails the test when the block uses more than ``seconds`` of this
process's CPU time (so other processes on a busy machine do not count), and interrupts it
at five times that in wall-clock time, so a hang fails instead of blocking the run. Set
``LIVEBLOG_BOUND_SCALE`` (e.g. 3) on a slow machine to scale every bound.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from types import FrameType

import pytest

_SCALE = float(os.environ.get("LIVEBLOG_BOUND_SCALE", "1"))


class BoundExceededError(BaseException):
    """Raised by the alarm: a BaseException, so no ``except Exception`` can swallow it."""


@contextmanager
def _within(seconds: float) -> Iterator[None]:
    bound = seconds * _SCALE

    def _alarm(_signum: int, _frame: FrameType | None) -> None:
        raise BoundExceededError(f"interrupted after {5 * bound:.1f} s (bound {bound:.1f} s)")

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, 5 * bound)
    start = time.process_time()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    elapsed = time.process_time() - start
    assert elapsed < bound, f"took {elapsed:.2f} s of CPU, over the {bound:.1f} s bound"


@pytest.fixture
def bounded() -> Callable[[float], AbstractContextManager[None]]:
    """``with bounded(5): ...`` fails when the block takes over five seconds."""
    return _within
