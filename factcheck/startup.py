"""Start-up helpers shared by the console script and the commands' deferred imports."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def loading_modules() -> Iterator[None]:
    """Pause Python's cycle collector while modules are imported, then freeze what they built.

    Imports create long-lived objects (modules, classes, functions, compiled patterns) and
    next to no garbage; the collector would walk the growing heap again and again for
    nothing, about a tenth of a warm `verify --offline`. Frozen, those objects are left out
    of every later collection too. The collector runs again, as it was, afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
