"""The built-in termbase compiled when the wheel is built, read back with no YAML composed
and no spec run.

`hatch_build.py` calls `write_compiled` while it builds the wheel: the built-in termbase is
parsed and its specs are run there, once, and the entries that passed are shipped as
`factcheck/_built/termbase-<key>.json`, in the compiled termbase cache's format and under its
key (`termbase_cache.cache_key` of the built-in text: factcheck's version, Python's, and the
modules that read and lint termbases). A run looks for the file of its own key, so an install
whose code or Python differs from the build's finds none and compiles the termbase in the
cache folder as before; an editable install ships none.

The file is package data, as trusted as the modules beside it (whoever may write it may write
them), so unlike a cache folder's files it is read whoever owns the folder. It is still read as
data: JSON, its key must match and every field is checked as it is read back; anything else
is a miss, never an error.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.terms.termbase_cache import cache_key, stored_form, stored_termbase

if TYPE_CHECKING:
    from factcheck.terms.termbase import Termbase, TermEntry

log = logging.getLogger(__name__)

SHIPPED_FOLDER = "_built"
"""The folder inside the `factcheck` package where the wheel build puts compiled data."""
MAX_BYTES = 64 * 1024 * 1024
"""A shipped file larger than this is not read (a miss)."""


def shipped_folder() -> Path:
    """The package's folder of data compiled at build time (absent in a source tree)."""
    return Path(__file__).resolve().parent.parent / SHIPPED_FOLDER


def file_name(key: str) -> str:
    """The compiled termbase's file name for content of this key."""
    return f"termbase-{key[:32]}.json"


def shipped_entries(parts: Sequence[str | bytes]) -> tuple[TermEntry, ...] | None:
    """The entries compiled into the wheel for the termbase made of `parts`, when the wheel
    was built from this very code; None otherwise."""
    termbase = shipped_termbase(parts)
    return None if termbase is None else termbase.entries


def shipped_termbase(parts: Sequence[str | bytes]) -> Termbase | None:
    """The termbase compiled into the wheel for `parts` (its entries and the tables
    compiled from them: `termbase_cache.stored_form`), when the wheel was built from this
    very code; None otherwise."""
    key = cache_key(parts)
    path = shipped_folder() / file_name(key)
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError:
        return None  # none shipped for this code: the usual case of an editable install
    if len(data) > MAX_BYTES:
        return None
    try:
        stored: object = json.loads(data)
    except (ValueError, RecursionError) as error:
        log.debug("ignoring the shipped termbase %s: %s", path, error)
        return None
    read = stored_termbase(stored, key, path)
    if read is None:
        return None
    from factcheck.terms.termbase import Termbase

    return Termbase(*read)


def write_compiled(folder: Path) -> Path:
    """Compile the built-in termbase (parse it, run its specs) into `folder`, under the name
    a run of this code looks for; the path written. `TermbaseError` when a spec fails."""
    from factcheck.terms.termbase import _builtin_text, compile_builtin

    key = cache_key([_builtin_text()])
    path = folder / file_name(key)
    value = stored_form(key, compile_builtin())
    path.write_text(json.dumps(value, ensure_ascii=False, separators=(",", ":")), "utf-8")
    return path
