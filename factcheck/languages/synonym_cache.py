"""English synonyms from JMdict (`JMdict.synonyms`), kept between runs in the user's cache
folder.

Finding a word's synonyms takes a dozen queries over JMdict's glosses, about a millisecond a
word; a claim file and its sources ask for a few hundred words, which made it the largest
part of a start after the imports. The answer depends only on the word, the installed
dictionary and the code, so answers are stored in an SQLite table keyed by the package
fingerprint (`cache_folder.code_fingerprint`, which names the installed jamdict-data): a
later run asks the table first. Answers computed in a process are written when it ends, in
one transaction, as the English lemma table does (`en_lemmas`).

The file lives in the user's cache folder under its rules (`factcheck.cache_folder`): a
folder or file that is not the user's alone is not used. A value read back must be a JSON
list of words, or it is recomputed; the table stops growing at `MAX_WORDS`.
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
from pathlib import Path

from factcheck.cache_folder import cache_dir, code_fingerprint, prune, trusted_folder

log = logging.getLogger(__name__)

_PREFIX = "synonyms-"
_SUFFIX = ".sqlite"
MAX_WORDS = 200_000
"""Words stored at most; past this a process keeps its answers to itself."""
KEEP = 4
"""Tables of other builds (older fingerprints) kept in the folder."""


class SynonymStore:
    """One table of answers; lookups from any thread, writes queued until the process ends."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._pending: dict[str, tuple[str, ...]] = {}
        self._lock = threading.Lock()

    def _db(self) -> sqlite3.Connection | None:
        connection: sqlite3.Connection | None = getattr(self._local, "db", None)
        if connection is None:
            if not _own_file(self.path):
                return None
            try:
                connection = sqlite3.connect(
                    f"file:{self.path}?mode=ro", uri=True, check_same_thread=False
                )
            except sqlite3.Error as error:
                log.debug("cannot read the synonym table %s: %s", self.path, error)
                return None
            self._local.db = connection
        return connection

    def get(self, word: str) -> tuple[str, ...] | None:
        """The stored answer for `word`, or None when there is none (or it is not a list of
        words)."""
        connection = self._db()
        if connection is None:
            return None
        try:
            row = connection.execute(
                "SELECT synonyms FROM synonyms WHERE word = ?", (word,)
            ).fetchone()
        except sqlite3.Error as error:  # damaged, or not our table
            log.debug("ignoring the synonym table %s: %s", self.path, error)
            return None
        if row is None:
            return None
        try:
            value = json.loads(row[0])
        except (TypeError, ValueError, RecursionError):
            return None
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            return None
        return tuple(value)

    def put(self, word: str, synonyms: tuple[str, ...]) -> None:
        """Queue an answer computed in this process, to be stored when it ends."""
        with self._lock:
            if not self._pending:
                atexit.register(self.store)
            self._pending[word] = synonyms

    def store(self) -> None:
        """Write the queued answers (called at exit; a busy or read-only table skips it)."""
        with self._lock:
            rows = [(word, json.dumps(list(found))) for word, found in self._pending.items()]
            self._pending.clear()
        if not rows or not trusted_folder(self.path.parent) or not _own_file(self.path):
            return
        try:
            connection = sqlite3.connect(self.path, timeout=1.0)
            try:
                (count,) = connection.execute("SELECT count(*) FROM synonyms").fetchone()
                if count + len(rows) <= MAX_WORDS:
                    connection.executemany("INSERT OR REPLACE INTO synonyms VALUES (?, ?)", rows)
                    connection.commit()
            finally:
                connection.close()
        except sqlite3.Error as error:  # another process holds the lock, or the disk is full
            log.debug("cannot store synonyms in %s: %s", self.path, error)


def _own_file(path: Path) -> bool:
    """Whether `path` is a regular file of the user's that no one else may write."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    getuid = getattr(os, "getuid", None)
    if getuid is not None and info.st_uid != getuid():
        return False
    return stat.S_ISREG(info.st_mode) and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


@functools.cache
def synonym_store() -> SynonymStore | None:
    """The table of this build, created empty when missing; None without a usable cache
    folder."""
    folder = cache_dir()
    if folder is None:
        return None
    path = folder / f"{_PREFIX}{code_fingerprint()[:32]}{_SUFFIX}"
    if not path.exists():
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not trusted_folder(folder):
                return None
            _create(path)
        except (OSError, sqlite3.Error) as error:
            log.debug("cannot create the synonym table in %s: %s", folder, error)
            return None
        prune(folder, f"{_PREFIX}*{_SUFFIX}", KEEP)
    elif not trusted_folder(folder):
        return None
    return SynonymStore(path)


def _create(path: Path) -> None:
    import tempfile

    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".synonyms-", suffix=".tmp")
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.execute(
                "CREATE TABLE synonyms (word TEXT PRIMARY KEY, synonyms TEXT) WITHOUT ROWID"
            )
            connection.commit()
        finally:
            connection.close()
        os.replace(temporary, path)  # another process may have made it meanwhile: same table
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
