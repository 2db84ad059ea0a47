"""The user's cache folder: where it is, whether it may be read, and JSON files written in it
whole or not at all.

Derived data that takes long to build and depends only on its inputs (extracted documents,
`factcheck.sources.document_cache`) is kept here between runs. The folder is
`$FACTCHECK_CACHE_DIR`, else `$XDG_CACHE_HOME/factcheck`, else `~/.cache/factcheck`; an empty
`FACTCHECK_CACHE_DIR` turns caching off. A cache folder can be shared or restored from
elsewhere (a CI cache), so reading never runs code: files hold JSON, which each cache checks
field by field, and a folder or file that is not the user's own, or that others may write,
is not used at all. Anything unreadable is a miss, and a folder that cannot be written costs
only the time of a rebuild.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

from factcheck import __version__

log = logging.getLogger(__name__)

_warned: set[Path] = set()
"""Cache folders already warned about in this process."""


def cache_dir() -> Path | None:
    """The folder of the cache, or None when `FACTCHECK_CACHE_DIR` is set empty."""
    chosen = os.environ.get("FACTCHECK_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "factcheck"


def read_json(path: Path, max_bytes: int, what: str = "cache") -> object | None:
    """The JSON value stored at `path`; None when it is missing, not a regular file, not the
    user's alone, larger than `max_bytes` or not JSON. `what` names the cache in warnings."""
    if not trusted_folder(path.parent, what):
        return None
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        return None
    except OSError as error:
        log.debug("ignoring the cache file %s: %s", path, error)
        return None
    try:
        with os.fdopen(descriptor, "rb") as stream:
            info = os.fstat(stream.fileno())
            if not stat.S_ISREG(info.st_mode) or info.st_size > max_bytes:
                return None
            if _foreign(info):
                log.warning("not using the %s file %s: it is not yours alone to write", what, path)
                return None
            data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            return None
        value: object = json.loads(data)
        return value
    except (OSError, ValueError, RecursionError) as error:  # unreadable: a miss
        log.debug("ignoring the cache file %s: %s", path, error)
        return None


def write_json(path: Path, value: object, what: str = "cache") -> bool:
    """Store `value` at `path` atomically (readers see the old file or the whole new one);
    False when the folder cannot be made, is not the user's own, or cannot be written."""
    folder = path.parent
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not trusted_folder(folder, what):
            return False
        data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        import tempfile  # only a write needs it: most runs read their caches

        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".write-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        log.debug("cannot write the cache file %s: %s", path, error)
        return False
    return True


def prune(folder: Path, pattern: str, keep: int) -> None:
    """Keep the `keep` most recently written files of `folder` matching `pattern`."""
    try:
        files = sorted(folder.glob(pattern), key=lambda p: p.stat().st_mtime)
        for stale in files[:-keep] if keep else files:
            stale.unlink(missing_ok=True)
    except OSError as error:  # another process pruned first
        log.debug("cannot prune the cache folder %s: %s", folder, error)


def trusted_folder(folder: Path, what: str = "cache") -> bool:
    """Whether `folder` is the user's own and no one else may write in it; the first refusal
    of a folder is warned about, naming the cache (`what`) that wanted it."""
    try:
        info = folder.stat()  # a link to a folder is judged by that folder
    except OSError:
        return False  # missing: nothing to read; writing creates it
    if not stat.S_ISDIR(info.st_mode):
        return False
    if _foreign(info):
        if folder not in _warned:
            _warned.add(folder)
            log.warning(
                "not using the %s %s: it belongs to another user or others may write in "
                "it (chmod go-w it, or set FACTCHECK_CACHE_DIR to a folder of yours)",
                what,
                folder,
            )
        return False
    return True


def _foreign(info: os.stat_result) -> bool:
    """Owned by someone else, or writable by group or others."""
    getuid = getattr(os, "getuid", None)
    owner_differs = getuid is not None and info.st_uid != getuid()
    return owner_differs or bool(info.st_mode & (stat.S_IWGRP | stat.S_IWOTH))


@functools.cache
def code_fingerprint() -> str:
    """This factcheck (version, every module's source and data file) and the packages
    installed beside it, with their versions, as one hash; computed once per process.

    A cache of anything the code or an installed package (a parser, a dictionary) decides
    puts it in its keys: any change of either gives new keys."""
    digest = hashlib.sha256(f"{__version__}\0{sys.version}\0".encode())
    from importlib import resources  # a few ms of import, only for the fingerprint

    package = resources.files("factcheck")
    digest.update(package_digest(Path(str(package))).encode())
    # An upgraded parser, detector or dictionary may extract differently: the names of the
    # installed distributions carry their versions (lxml-5.3.0.dist-info).
    for entry in sys.path:
        folder = Path(entry)
        if folder.name not in ("site-packages", "dist-packages"):
            continue
        try:
            names = sorted(
                name.name
                for name in folder.iterdir()
                if name.name.endswith((".dist-info", ".egg-info"))
            )
        except OSError:
            continue
        digest.update(f"\0{entry}\0{' '.join(names)}".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


SHIPPED_DIGEST = "_built/package-files.sha256"
"""Where the wheel build writes `package_digest` of the package it builds (`hatch_build.py`)."""


def package_digest(root: Path) -> str:
    """The SHA-256 of every module and data file of the package at `root` (`_package_files`).

    Hashing them (about 1.4 MB) is a few percent of a warm `verify`; a wheel's files are the
    ones it was built from, so the wheel build computes it once and ships it
    (`SHIPPED_DIGEST`), and an installed wheel reads it back. A source tree (an editable
    install, where the code is edited) has none and hashes its files every process."""
    try:
        shipped = (root / SHIPPED_DIGEST).read_text(encoding="ascii").strip()
    except (OSError, ValueError):
        shipped = ""
    if len(shipped) == 64 and all(c in "0123456789abcdef" for c in shipped):
        return shipped
    return hash_package_files(root)


def hash_package_files(root: Path) -> str:
    """The SHA-256 of every module and data file of the package at `root`, read now."""
    digest = hashlib.sha256()
    for path in sorted(_package_files(root)):
        data = path.read_bytes()
        digest.update(f"\0{path.relative_to(root).as_posix()}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def _package_files(root: Path) -> Iterator[Path]:
    """Every module (`**/*.py`) and data file (`data/**/*.yaml`) of the package at `root`,
    bytecode folders left out; walked with `os.walk`, several times faster than
    `Path.glob("**")`, which would be most of the fingerprint's time."""
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        here = Path(folder)
        in_data = here == root / "data" or (root / "data") in here.parents
        for name in names:
            if name.endswith(".py") or (in_data and name.endswith(".yaml")):
                yield here / name
