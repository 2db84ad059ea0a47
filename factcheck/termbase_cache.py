"""Compiled termbases, cached in the user's cache folder, keyed by content hash.

Parsing the built-in termbase (a pure-Python YAML composer) and running every entry's
`specs` through the linter took about as long as the rest of a `verify` of the seed. Both
depend only on the termbase's text and on the code that reads and lints it, so they are done
once: the entries that passed their specs are pickled under a key hashed from that text, the
code's version and the modules that decide what a spec finds. The same goes for a merged
termbase of the user's files (with or without the built-in one), keyed by their paths and
contents. A later start with the same
key reads the pickle and runs no spec; any change of text or code gives a new key and a new
build.

The folder is `$FACTCHECK_CACHE_DIR`, else `$XDG_CACHE_HOME/factcheck`, else
`~/.cache/factcheck`; an empty `FACTCHECK_CACHE_DIR` turns the cache off. It is the user's
own folder, as trusted as their home; a file that cannot be read back (truncated, from
another version) is ignored and rebuilt, and a folder that cannot be written only costs the
time of a build.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck import __version__

if TYPE_CHECKING:
    from factcheck.termbase import TermEntry

log = logging.getLogger(__name__)

# What decides the entries and whether their specs pass: the reader of termbases and the
# linter that runs the specs, with everything it calls.
_CODE = ("termbase", "yamlnodes", "lint", "nearmiss", "spans", "model", "errors")
_FORMAT = 1
KEEP = 16
"""Compiled termbases kept in the folder."""


def cache_dir() -> Path | None:
    """The folder of the cache, or None when `FACTCHECK_CACHE_DIR` is set empty."""
    chosen = os.environ.get("FACTCHECK_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factcheck"


def cache_key(parts: Sequence[str | bytes]) -> str:
    """The hash of a termbase's content (its files' texts, with whatever else tells it
    apart), this version of factcheck and of Python, and the source of the modules that
    read and lint it."""
    digest = hashlib.sha256()
    digest.update(f"{_FORMAT}\0{__version__}\0{sys.version}\0".encode())
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(f"{'s' if isinstance(part, str) else 'b'}{len(data)}:".encode())
        digest.update(data)
    package = resources.files("factcheck")
    for name in _CODE:
        digest.update(b"\0" + package.joinpath(f"{name}.py").read_bytes())
    return digest.hexdigest()


def cached_entries(
    parts: Sequence[str | bytes], build: Callable[[], tuple[TermEntry, ...]]
) -> tuple[TermEntry, ...]:
    """The entries cached for the termbase made of `parts`, or those `build` gives (then
    stored for next time).

    `build` parses the files and runs the specs; it raises when a file is malformed or a
    spec fails, and then nothing is stored.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    key = cache_key(parts)
    path = folder / f"termbase-{key[:32]}.pickle"
    entries = _read(path, key)
    if entries is not None:
        return entries
    entries = build()
    _write(folder, path, key, entries)
    return entries


def _read(path: Path, key: str) -> tuple[TermEntry, ...] | None:
    try:
        with path.open("rb") as stream:
            stored_key, entries = pickle.load(stream)
    except FileNotFoundError:
        return None
    except Exception as error:  # any unreadable pickle is just a cache miss
        log.debug("ignoring the termbase cache %s: %s", path, error)
        return None
    if stored_key != key or not isinstance(entries, tuple):
        return None
    return entries


def _write(folder: Path, path: Path, key: str, entries: tuple[TermEntry, ...]) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".termbase-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                pickle.dump((key, entries), stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)  # readers see the old file or the whole new one
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _prune(folder)
    except OSError as error:
        log.debug("cannot write the termbase cache in %s: %s", folder, error)


def _prune(folder: Path) -> None:
    """Keep the `KEEP` most recently written compiled termbases: each new version of
    factcheck or of a termbase leaves the older ones unused."""
    files = sorted(folder.glob("termbase-*.pickle"), key=lambda p: p.stat().st_mtime)
    for stale in files[:-KEEP]:
        stale.unlink(missing_ok=True)
