"""simplemma's English dictionary as an indexed table in the user's cache folder.

simplemma keeps its word → lemma dictionary lzma-compressed and front-coded; decoding it
took 0.5–0.7 s of every process that lemmatised one English word, and importing simplemma
another 0.2 s: most of a cold `verify`. The decoded dictionary depends only on simplemma's
data file and its lookup code, so it is written once into an SQLite table (about 180,000
rows), keyed by the hash of those files, and read a word at a time through its index.

`lemma(word)` answers a plain word (letters only) from the table alone, with the same two
probes simplemma's dictionary step makes (the word, then its other casing), without
importing simplemma. Anything else (digits, hyphens, apostrophes, a word the dictionary
lacks, such as a name) goes through simplemma's own pipeline, given this table as its
dictionary, so the answer is always the one simplemma gives (tests/test_languages.py checks
that on a word list); those answers are kept in a second table of the same file, written
when the process ends, so a later run meets the same names without importing simplemma.
With no cache folder (`FACTCHECK_CACHE_DIR` set empty) simplemma runs as shipped.

The table lives beside the compiled termbases (see termbase_cache); a table that cannot be
read back is rebuilt, and a folder that cannot be written only costs the decoding time.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import importlib.util
import json
import logging
import os
import sqlite3
import tempfile
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from factcheck.cache_folder import cache_dir
from factcheck.languages.readonly_db import ReadOnlyDatabase

log = logging.getLogger(__name__)

_FORMAT = 1
_LANG = "en"
# simplemma's files that decide a dictionary step's answer: the data and the lookup code.
_SOURCES = (
    "strategies/dictionaries/data/en.plzma",
    "strategies/dictionary_lookup.py",
    "strategies/default.py",
    "strategies/apostrophe_boundary.py",
    "lemmatizer.py",
    "utils.py",
)


@functools.cache
def _simplemma_dir() -> Path | None:
    spec = importlib.util.find_spec("simplemma")  # finds, does not import
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def _key(folder: Path) -> str:
    digest = hashlib.sha256(f"{_FORMAT}\0{_LANG}\0".encode())
    for name in _SOURCES:
        digest.update(b"\0" + (folder / name).read_bytes())
    return digest.hexdigest()


class _Table:
    """Read-only lookups in the built table; one connection per thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._database = ReadOnlyDatabase(path)
        self._read: dict[str, dict[str, str | None]] = {"lemmas": {}, "computed": {}}
        """Rows read ahead by `prefetch`, per table (None: no row)."""

    def _db(self) -> sqlite3.Connection:
        return self._database.connection()

    def get(self, word: str) -> str | None:
        """The dictionary's lemma of a word, or None when it has none."""
        return self._lemma("lemmas", word)

    def computed(self, word: str) -> str | None:
        """simplemma's whole-pipeline answer for a word met before, or None."""
        return self._lemma("computed", word)

    def _lemma(self, table: str, word: str) -> str | None:
        read = self._read[table]
        if word in read:
            return read[word]
        query = f"SELECT lemma FROM {table} WHERE word = ?"  # noqa: S608 - our two tables
        row = self._db().execute(query, (word,)).fetchone()
        return None if row is None else str(row[0])

    def prefetch(self, words: Iterable[str]) -> None:
        """Read both tables' rows for many words in a few queries (speed only)."""
        distinct = set(words)
        for table, read in self._read.items():
            wanted = [word for word in distinct if word not in read]
            for start in range(0, len(wanted), PREFETCH_BATCH):
                chunk = wanted[start : start + PREFETCH_BATCH]
                marks = ",".join("?" * len(chunk))
                query = f"SELECT word, lemma FROM {table} WHERE word IN ({marks})"  # noqa: S608
                rows = self._db().execute(query, chunk).fetchall()
                read.update(dict.fromkeys(chunk))
                read.update((word, str(lemma)) for word, lemma in rows)


PREFETCH_BATCH = 500
"""Words per query when rows are read ahead."""


class _TableMapping(Mapping[str, str]):
    """The table as the Mapping simplemma's dictionary lookup reads (it only calls get)."""

    def __init__(self, table: _Table) -> None:
        self._table = table

    def __getitem__(self, key: str) -> str:
        value = self._table.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        value = self._table.get(key)
        return default if value is None else value

    def __iter__(self) -> Iterator[str]:
        rows = self._table._db().execute("SELECT word FROM lemmas")
        return (str(row[0]) for row in rows)

    def __len__(self) -> int:
        return int(self._table._db().execute("SELECT count(*) FROM lemmas").fetchone()[0])


_build_lock = threading.Lock()


@functools.cache
def _table() -> _Table | None:
    """The table for the installed simplemma, built on first need; None without a cache
    folder or when it cannot be built (simplemma then runs as shipped)."""
    folder = cache_dir()
    source = _simplemma_dir()
    if folder is None or source is None:
        return None
    try:
        key = _key(source)
    except OSError as error:
        log.debug("cannot hash simplemma's data: %s", error)
        return None
    path = folder / f"lemmas-{_LANG}-{key[:32]}.sqlite"
    with _build_lock:
        if not _readable(path):
            try:
                _build(folder, path)
            except (OSError, sqlite3.Error) as error:
                log.debug("cannot write the lemma table in %s: %s", folder, error)
                return None
    return _Table(path)


def _readable(path: Path) -> bool:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            connection.execute("SELECT lemma FROM lemmas WHERE word = ''").fetchall()
            connection.execute("SELECT lemma FROM computed WHERE word = ''").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return True


def _build(folder: Path, path: Path) -> None:
    from simplemma.strategies.dictionaries.dictionary_factory import (  # the slow decode
        DEFAULT_DICTIONARY_FACTORY,
    )

    dictionary = DEFAULT_DICTIONARY_FACTORY.get_dictionary(_LANG)
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".lemmas-", suffix=".tmp")
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        try:
            for table in ("lemmas", "computed"):
                connection.execute(
                    f"CREATE TABLE {table} (word TEXT PRIMARY KEY, lemma TEXT) WITHOUT ROWID"
                )
            # In key order: SQLite then appends to its B-tree instead of splitting pages
            # all over it (a third of the insert's time for 180,000 words).
            pairs = sorted(_pairs(dictionary))
            try:
                # One JSON object that SQLite unpacks itself: a fraction of `executemany`'s
                # time, which binds each of the 180,000 rows from Python.
                connection.execute(
                    "INSERT INTO lemmas SELECT key, value FROM json_each(?)",
                    (json.dumps(dict(pairs), ensure_ascii=False),),
                )
            except sqlite3.OperationalError:  # an SQLite built without its JSON functions
                connection.rollback()
                connection.executemany("INSERT INTO lemmas VALUES (?, ?)", pairs)
            connection.commit()
        finally:
            connection.close()
        os.replace(temporary, path)  # readers see no table or the whole table
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    for stale in folder.glob(f"lemmas-{_LANG}-*.sqlite"):
        if stale != path:
            stale.unlink(missing_ok=True)


def _pairs(dictionary: Mapping[str, str]) -> Iterable[tuple[str, str]]:
    """(word, lemma) of every word of simplemma's dictionary.

    simplemma's mapping decodes each key and looks each word up again in its bytes store;
    when that store is the plain dict of bytes it wraps (simplemma 1.x-2.x), its items are
    decoded directly instead, the same pairs at half the cost. Any other shape goes through
    the public mapping."""
    store = getattr(dictionary, "_dict", None)
    if isinstance(store, dict):
        word, lemma = next(iter(store.items()), (b"", b""))
        if isinstance(word, bytes) and isinstance(lemma, bytes):
            return ((word.decode(), lemma.decode()) for word, lemma in store.items())
    return ((word, dictionary[word]) for word in dictionary)


@functools.cache
def _lemmatizer() -> Any:
    """simplemma's default English pipeline, reading its dictionary from the table."""
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy

    found = _table()
    if found is None:
        return Lemmatizer()
    table: _Table = found

    tabled = _TableMapping(table)

    class _Factory:
        def get_dictionary(self, lang: str) -> Mapping[str, str]:
            if lang != _LANG:
                raise ValueError(f"only {_LANG} is tabled")
            return _memory or tabled

    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=_Factory()))


MISSES_BEFORE_LOADING = 2000
"""Words the table could not answer alone, after which the process decodes simplemma's
dictionary into memory after all: a large corpus of unknown words (names, coinages) would
otherwise make each of its pipeline's dictionary probes an SQLite query. Speed only: the
answers are the same."""
_memory: Mapping[str, str] | None = None
_misses = 0


def _dictionary_in_memory() -> Mapping[str, str]:
    global _memory
    if _memory is None:
        from simplemma.strategies.dictionaries.dictionary_factory import (
            DEFAULT_DICTIONARY_FACTORY,
        )

        _memory = DEFAULT_DICTIONARY_FACTORY.get_dictionary(_LANG)
    return _memory


def known(word: str) -> bool:
    """Whether simplemma's dictionary holds this exact form of a word. It keeps names
    capitalised ("Osaka", "Canada") and common words lower-cased ("today", "tariffs"), so a
    capitalised word whose lower-cased form it lacks ("carney") is no common word."""
    token = unicodedata.normalize("NFC", word)
    table = _table()
    if _memory is not None or table is None:
        return _dictionary_in_memory().get(token) is not None
    return table.get(token) is not None


def prefetch(words: Iterable[str]) -> None:
    """Read ahead the table's rows for these words (as `lemma` and `known` probe them), in
    a few queries: a large index asks about thousands of words. Speed only."""
    table = _table()
    if table is None or _memory is not None:
        return
    probes: set[str] = set()
    for word in words:
        token = unicodedata.normalize("NFC", word)
        other = token.lower() if token[:1].isupper() else token.capitalize()
        probes.update((token, other))  # `lemma` probes a word, then its other casing
    table.prefetch(probes)


def lemma(word: str) -> str:
    """simplemma's English lemma of a word (`simplemma.lemmatize(word, lang="en")`)."""
    global _misses
    token = unicodedata.normalize("NFC", word)
    table = _table()
    if table is not None and token.isalpha():
        # simplemma's pipeline for a word of letters only: the apostrophe step passes, the
        # dictionary step probes the word and then its other casing.
        probe = _memory.get if _memory is not None else table.get
        found = probe(token)
        if found is None:
            found = probe(token.lower() if token[:1].isupper() else token.capitalize())
        if found is not None:
            return found
    if table is not None:
        known = table.computed(token)
        if known is not None:
            return known
    if table is not None and _memory is None:
        _misses += 1
        if _misses > MISSES_BEFORE_LOADING:
            _dictionary_in_memory()
    result: str = _lemmatizer().lemmatize(token, _LANG)
    if table is not None:
        with _pending_lock:
            if not _pending:
                atexit.register(_store_pending, table.path)
            _pending[token] = result
    return result


_pending: dict[str, str] = {}
"""Answers of simplemma's pipeline this process computed, stored when it ends."""
_pending_lock = threading.Lock()


def _store_pending(path: Path) -> None:
    with _pending_lock:
        rows = list(_pending.items())
        _pending.clear()
    try:
        connection = sqlite3.connect(path, timeout=1.0)
        try:
            connection.executemany("INSERT OR IGNORE INTO computed VALUES (?, ?)", rows)
            connection.commit()
        finally:
            connection.close()
    except sqlite3.Error as error:  # another process holds the lock, or the folder is read-only
        log.debug("cannot store lemmas in %s: %s", path, error)
