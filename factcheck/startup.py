"""Start-up helpers shared by the console script and the commands' deferred imports."""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Iterator

YOUNG_OBJECTS = 20_000
"""Container objects allocated (net) between two collections of the youngest generation in a
command-line process; Python's default is 700."""


_one_command = False
"""Whether `one_command_process` ran in this process (`is_one_command_process`)."""


def is_one_command_process() -> bool:
    """Whether the console script set this process up to run one command and exit. Library
    code asks before changing a process-wide setting (`gc.freeze` of a large index): a
    program that imports factcheck keeps its own."""
    return _one_command


def one_command_process() -> None:
    """Tune the cycle collector for a process that runs one command and exits.

    A first `verify` (empty cache folder) loads parsers and dictionaries lazily and builds
    tables while it works: with Python's default threshold the collector ran about 45 times,
    walking a heap of long-lived tables for next to no garbage (20-70 ms of CPU measured, up
    to a twelfth of the run). Collecting the young generation every `YOUNG_OBJECTS`
    allocations instead keeps at most that many more objects (a few MB) alive a little longer;
    the older generations keep their thresholds. Only the console script calls this: a
    program that imports factcheck keeps its own settings.
    """
    global _one_command
    _one_command = True
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_OBJECTS, middle, old)


@contextlib.contextmanager
def loading_modules() -> Iterator[None]:
    """Pause Python's cycle collector while modules are imported, then freeze what they built.

    Imports create long-lived objects (modules, classes, functions, compiled patterns) and
    next to no garbage; the collector would walk the growing heap again and again for
    nothing, about a tenth of a warm `verify --offline`. Frozen, those objects are left out
    of every later collection too. Only a block that did import something freezes, so a
    process that runs a command many times freezes once, and only in the console script's
    process (`is_one_command_process`): a program that imports factcheck may hold cyclic
    garbage of its own at that moment, which a freeze would keep for good. The collector runs
    again, as it was, afterwards.
    """
    was_enabled = gc.isenabled()
    loaded = len(sys.modules)
    gc.disable()
    try:
        yield
    finally:
        if len(sys.modules) != loaded and is_one_command_process():
            gc.freeze()
        if was_enabled:
            gc.enable()
