"""Interrupting a run: one event that every fetch and every wait checks.

The CLI sets it when the user presses Ctrl-C, so fetches in worker threads stop within a
fraction of a second instead of running on to their timeouts. Kept apart from `fetch` so
the CLI can arm it without importing the network stack.
"""

from __future__ import annotations

import threading

CHECK_INTERVAL = 0.25
"""Longest a blocking network read or wait goes without looking at the event (seconds)."""

_interrupted = threading.Event()


def interrupt() -> None:
    """Ask every fetch and wait in progress to stop."""
    _interrupted.set()


def interrupted() -> bool:
    """Whether the run has been interrupted."""
    return _interrupted.is_set()


def reset() -> None:
    """Start a new run (the CLI calls it at the start of each command)."""
    _interrupted.clear()


def sleep(seconds: float) -> None:
    """`time.sleep` that an interrupt cuts short (the caller then sees `interrupted()`)."""
    _interrupted.wait(max(seconds, 0.0))
