"""Answers of slow, pure look-ups kept between runs: a key → JSON value SQLite table per kind
of answer, in the user's cache folder.

Some look-ups cost far more than reading their answer back: JMdict synonyms of an English
word (a dozen queries over the glosses, about a millisecond a word), Sudachi's analysis of a
Japanese sentence (which first maps the whole dictionary: a tenth of a second and most of a
run's memory), a Japanese word's JMdict pivots, and an English word's rarity (which first
loads wordfreq's list). Their answers depend only on the question, the installed data and the code,
so each kind is kept in a table whose file name carries the package fingerprint
(`cache_folder.code_fingerprint`, which names the installed dictionaries): a later run asks
the table first. Answers computed in a process are written when it ends, in one transaction,
as the English lemma table does (`languages.en_lemmas`).

The files live in the user's cache folder under its rules (`factcheck.cache_folder`): a
folder or file that is not the user's alone is not used. `get` gives plain JSON; each caller
checks it is what it stored, and recomputes otherwise. A table stops growing at `MAX_BYTES`,
and is opened with `trusted_schema` off, so a planted view or trigger can call no function.
Tables are written without waiting for the disk (`synchronous` off): they hold nothing that
cannot be worked out again. A system crash can leave one empty, cut short or garbled; the first
read or write that finds it so (SQLite says "not a database", "malformed" or "no such table",
not merely busy or locked) puts a new empty table in its place, so that run's answers are
stored and later runs read them (`_replace_damaged`).
"""

from __future__ import annotations

import atexit
import functools
import json
import logging
import os
import sqlite3
import stat
import threading
from collections.abc import Iterable
from pathlib import Path

from factcheck.cache_folder import cache_dir, code_fingerprint, prune, trusted_folder

log = logging.getLogger(__name__)

_SUFFIX = ".sqlite"
MAX_BYTES = 64 * 1024 * 1024
"""A table file this large takes no more answers; processes then keep theirs to themselves."""
MAX_KEY = 4000
"""Longer questions (characters) are not stored."""
KEEP = 4
"""Tables of each kind kept in the folder (others are of older builds)."""
PREFETCH_BATCH = 500
"""Keys per query when answers are read ahead (SQLite allows 32,766 parameters)."""


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
"""`json.dumps(value, ensure_ascii=False, separators=(",", ":"))`, made once: `json.dumps`
with options builds a new encoder at each call, which cost more than the encoding of an
answer (a large source index queues tens of thousands)."""


class CacheTable:
    """One table of answers; look-ups from any thread, writes queued until the process ends."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._pending: dict[str, str] = {}
        self._lock = threading.Lock()
        self._read: dict[str, str | None] = {}
        """Stored values read ahead by `prefetch` (None: no answer stored)."""
        self._dead = False
        """Set when the file is damaged and could not be replaced: this process reads no more."""

    def _db(self) -> sqlite3.Connection | None:
        connection: sqlite3.Connection | None = getattr(self._local, "db", None)
        if connection is None:
            if self._dead:
                return None
            seen = _identity(self.path)
            if seen is None:
                return None
            uri = f"file:{self.path}?mode=ro"
            connection = None
            try:
                connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
                connection.execute("PRAGMA trusted_schema = OFF")
            except sqlite3.Error as error:
                if connection is not None:
                    connection.close()
                log.debug("cannot read the cache table %s: %s", self.path, error)
                return None
            self._local.db = connection
            self._local.seen = seen
        return connection

    def _failed(self, connection: sqlite3.Connection, error: sqlite3.Error) -> None:
        """After a read failed: a damaged file is replaced, and this thread opens the table
        again at its next read."""
        log.debug("ignoring the cache table %s: %s", self.path, error)
        if not _damaged(error):
            return  # busy, or not readable now: the next read tries again
        self._local.db = None
        connection.close()
        with self._lock:
            if not _replace_damaged(self.path, self._local.seen):
                self._dead = True

    def prefetch(self, keys: Iterable[str]) -> None:
        """Read the stored answers of many keys in a few queries, for `get` to give (speed
        only: the answers are those `get` would read)."""
        connection = self._db()
        if connection is None:
            return
        wanted = [key for key in set(keys) if key not in self._read]
        for start in range(0, len(wanted), PREFETCH_BATCH):
            chunk = wanted[start : start + PREFETCH_BATCH]
            marks = ",".join("?" * len(chunk))
            try:
                rows = connection.execute(
                    f"SELECT key, value FROM answers WHERE key IN ({marks})", chunk
                ).fetchall()
            except sqlite3.Error as error:
                self._failed(connection, error)
                return
            self._read.update(dict.fromkeys(chunk))
            self._read.update(rows)

    def get(self, key: str) -> object | None:
        """The stored answer for `key` as JSON data, or None when there is none; the caller
        checks its shape."""
        if key in self._read:
            raw = self._read[key]
            if raw is None:
                return None
            row: tuple[str] | None = (raw,)
        else:
            connection = self._db()
            if connection is None:
                return None
            try:
                row = connection.execute(
                    "SELECT value FROM answers WHERE key = ?", (key,)
                ).fetchone()
            except sqlite3.Error as error:
                self._failed(connection, error)
                return None
        if row is None:
            return None
        try:
            value: object = json.loads(row[0])
        except (TypeError, ValueError, RecursionError):
            return None
        return value

    def put(self, key: str, value: object) -> None:
        """Queue an answer computed in this process (JSON data), stored when it ends."""
        if len(key) > MAX_KEY:
            return
        data = _ENCODER.encode(value)
        with self._lock:
            if not self._pending:
                atexit.register(self.store)
            self._pending[key] = data

    def store(self) -> None:
        """Write the queued answers (called at exit; a busy or read-only table skips it, a
        damaged one is replaced and takes them)."""
        with self._lock:
            rows = list(self._pending.items())
            self._pending.clear()
            if not rows or not trusted_folder(self.path.parent):
                return
            for _attempt in range(2):
                seen = _identity(self.path)
                if seen is None:
                    return
                try:
                    self._write(rows)
                    return
                except sqlite3.Error as error:
                    # another process holds the lock, the disk is full, or the file is damaged
                    log.debug("cannot store answers in %s: %s", self.path, error)
                    if not _damaged(error) or not _replace_damaged(self.path, seen):
                        return

    def _write(self, rows: list[tuple[str, str]]) -> None:
        connection = sqlite3.connect(self.path, timeout=1.0)
        try:
            connection.execute("PRAGMA trusted_schema = OFF")
            connection.execute("PRAGMA synchronous = OFF")  # see `_create`
            if self.path.stat().st_size < MAX_BYTES:
                connection.executemany("INSERT OR REPLACE INTO answers VALUES (?, ?)", rows)
                connection.commit()
        finally:
            connection.close()


def _damaged(error: sqlite3.Error) -> bool:
    """Whether `error` says the file holds no table of answers (a system crash left it empty,
    cut short or garbled), rather than that it is busy, locked, read-only or the disk full."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return True
    return isinstance(error, sqlite3.OperationalError) and str(error).startswith(
        "no such table: answers"
    )


def _replace_damaged(path: Path, seen: tuple[int, int] | None) -> bool:
    """Put a new empty table in place of the damaged file `seen` (device, inode) at `path`;
    False when it stays.

    Only the very file that failed is replaced, and only while it is still the user's own
    regular file in a trusted folder: if another process has already put a new table there,
    that one is kept. A table another process is creating is never at `path` before it is
    whole (`_create` renames it into place after its `answers` table is committed), and one
    another process is filling holds that table throughout (a reader meanwhile sees it busy or
    locked, which is not damage); so a file that fails as damaged is not in anyone's hands.
    The new table goes in by an atomic rename, so `path` never lacks a table; a leftover
    journal is removed first, or SQLite would play the damaged file's pages into the new one.
    """
    if _identity(path) != seen:
        return True  # another process has replaced (or removed) it meanwhile
    if seen is None or not trusted_folder(path.parent):
        return False
    journal = path.with_name(path.name + "-journal")
    try:
        if _own_file(journal):
            journal.unlink()
        _create(path)
    except (OSError, sqlite3.Error) as error:
        log.debug("cannot replace the damaged cache table %s: %s", path, error)
        return False
    log.info("replaced the damaged cache table %s", path)
    return True


def _own_file(path: Path) -> bool:
    """Whether `path` is a regular file of the user's that no one else may write."""
    return _identity(path) is not None


def _identity(path: Path) -> tuple[int, int] | None:
    """The device and inode of `path` when it is a regular file of the user's that no one else
    may write (a link is not followed), else None."""
    try:
        info = os.lstat(path)
    except OSError:
        return None
    getuid = getattr(os, "getuid", None)
    if getuid is not None and info.st_uid != getuid():
        return None
    if not stat.S_ISREG(info.st_mode) or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return None
    return info.st_dev, info.st_ino


@functools.cache
def cache_table(kind: str) -> CacheTable | None:
    """The table of answers of `kind` ("synonyms-en") for this build, created empty when
    missing; None without a usable cache folder."""
    folder = cache_dir()
    if folder is None:
        return None
    path = folder / f"{kind}-{code_fingerprint()[:32]}{_SUFFIX}"
    if not path.exists():
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not trusted_folder(folder):
                return None
            _create(path)
        except (OSError, sqlite3.Error) as error:
            log.debug("cannot create the cache table %s: %s", path, error)
            return None
        prune(folder, f"{kind}-*{_SUFFIX}", KEEP)
    elif not trusted_folder(folder):
        return None
    return CacheTable(path)


def _create(path: Path) -> None:
    import tempfile

    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".table-", suffix=".tmp")
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        try:
            # A new file, renamed into place once written: no journal and no wait for the
            # disk (a first run creates a dozen tables, and each sync cost it 10-20 ms).
            connection.execute("PRAGMA journal_mode = OFF")
            connection.execute("PRAGMA synchronous = OFF")
            connection.execute(
                "CREATE TABLE answers (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID"
            )
            connection.commit()
        finally:
            connection.close()
        os.replace(temporary, path)  # another process may have made it meanwhile: same table
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
