"""Start-up helpers shared by the console script and the commands' deferred imports."""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Iterator


@contextlib.contextmanager
def loading_modules() -> Iterator[None]:
    """Pause Python's cycle collector while modules are imported, then freeze what they built.

    Imports create long-lived objects (modules, classes, functions, compiled patterns) and
    next to no garbage; the collector would walk the growing heap again and again for
    nothing, about a tenth of a warm `verify --offline`. Frozen, those objects are left out
    of every later collection too. Only a block that did import something freezes, so a
    process that runs a command many times (tests, an embedding program) freezes once. The
    collector runs again, as it was, afterwards.
    """
    was_enabled = gc.isenabled()
    loaded = len(sys.modules)
    gc.disable()
    try:
        yield
    finally:
        if len(sys.modules) != loaded:
            gc.freeze()
        if was_enabled:
            gc.enable()
