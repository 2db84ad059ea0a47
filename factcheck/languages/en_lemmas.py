"""simplemma's English dictionary as an indexed table, shipped in the wheel or built in the
user's cache folder.

simplemma keeps its word → lemma dictionary lzma-compressed and front-coded; decoding it
took 0.5–0.7 s of every process that lemmatised one English word, and importing simplemma
another 0.2 s: most of a cold `verify`. The decoded dictionary depends only on simplemma's
data file and its lookup code, so it is an SQLite table (about 180,000 rows), named by the
hash of those files (`lemma_table`), read a word at a time through its index.

`pip install .` builds that table into the wheel (`hatch_build.py`, from the simplemma the
build installs), so the first run after install decodes nothing. When the installed
simplemma is not the one the table was built from (its key differs), or in an editable
install (which ships no table), the table is built once in the user's cache folder instead,
beside the compiled termbases; a table there that cannot be read back is rebuilt, and a
folder that cannot be written (or is not the user's own) only costs the decoding time.

`lemma(word)` answers a plain word (letters only) from the table alone, with the same two
probes simplemma's dictionary step makes (the word, then its other casing), without
importing simplemma. Anything else (digits, hyphens, apostrophes, a word the dictionary
lacks, such as a name) goes through simplemma's own pipeline, given this table as its
dictionary, so the answer is always the one simplemma gives (tests/test_en_lemmas.py checks
that on a word list); those answers are kept in the cache folder's `lemmas-en` answer table
(`cache_table`), written when the process ends, so a later run meets the same names without
importing simplemma. With no table at all simplemma runs as shipped.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.cache_folder import cache_dir, trusted_folder
from factcheck.languages import lemma_table
from factcheck.languages.lemma_table import LANG as _LANG
from factcheck.languages.readonly_db import ReadOnlyDatabase

if TYPE_CHECKING:
    from factcheck.cache_table import CacheTable

log = logging.getLogger(__name__)


class _Table:
    """Read-only lookups in the built table; one connection per thread."""

    def __init__(self, path: Path, *, shipped: bool = False) -> None:
        self.path = path
        self.shipped = shipped
        """Whether the table is the wheel's (else the cache folder's)."""
        # The wheel's file is never written once installed; the cache folder's may be
        # replaced by a rebuild (os.replace: this connection keeps reading the old one).
        self._database = ReadOnlyDatabase(path, immutable=shipped)
        self._read: dict[str, str | None] = {}
        """Rows read ahead by `prefetch` (None: no row)."""

    def _db(self) -> sqlite3.Connection:
        return self._database.connection()

    def get(self, word: str) -> str | None:
        """The dictionary's lemma of a word, or None when it has none."""
        if word in self._read:
            return self._read[word]
        query = "SELECT lemma FROM lemmas WHERE word = ?"
        row = self._db().execute(query, (word,)).fetchone()
        return None if row is None else str(row[0])

    def prefetch(self, words: Iterable[str]) -> None:
        """Read the rows of many words in a few queries (speed only)."""
        wanted = [word for word in set(words) if word not in self._read]
        for start in range(0, len(wanted), PREFETCH_BATCH):
            chunk = wanted[start : start + PREFETCH_BATCH]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT word, lemma FROM lemmas WHERE word IN ({marks})"  # noqa: S608
            rows = self._db().execute(query, chunk).fetchall()
            self._read.update(dict.fromkeys(chunk))
            self._read.update((word, str(lemma)) for word, lemma in rows)


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


def shipped_folder() -> Path:
    """Where the wheel build puts the table (`hatch_build.py`); an editable install has none."""
    return Path(str(resources.files("factcheck"))) / lemma_table.SHIPPED_FOLDER


@functools.cache
def _table() -> _Table | None:
    """The table for the installed simplemma: the wheel's when it was built from the same
    simplemma files, else the cache folder's, built on first need; None when neither can be
    had (simplemma then runs as shipped)."""
    source = lemma_table.simplemma_dir()
    if source is None:
        return None
    try:
        key = lemma_table.source_key(source)
    except OSError as error:
        log.debug("cannot hash simplemma's data: %s", error)
        return None
    name = lemma_table.file_name(key)
    shipped = shipped_folder() / name
    if shipped.is_file() and lemma_table.readable(shipped):
        return _Table(shipped, shipped=True)
    folder = cache_dir()
    if folder is None:
        return None
    path = folder / name
    with _build_lock:
        if not (trusted_folder(folder, "lemma table") and lemma_table.readable(path)):
            try:
                _build(folder, path)
            except (OSError, sqlite3.Error) as error:
                log.debug("cannot write the lemma table in %s: %s", folder, error)
                return None
    return _Table(path)


def _build(folder: Path, path: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not trusted_folder(folder, "lemma table"):
        raise OSError(f"{folder} is not the user's own")
    lemma_table.write_table(path)
    for stale in folder.glob(f"lemmas-{_LANG}-*.sqlite"):
        if stale != path:
            stale.unlink(missing_ok=True)


def _answers() -> CacheTable | None:
    """The cache folder's table of simplemma's whole-pipeline answers (None without one);
    named apart from the lemma tables (`lemmas-en-*`), which `_build` prunes."""
    from factcheck.cache_table import cache_table

    return cache_table("lemma-answers-en")


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
    """Read ahead the table's rows for these words (as `lemma` and `known` probe them), and
    the stored pipeline answers, in a few queries: a large index asks about thousands of
    words. Speed only."""
    table = _table()
    tokens = {unicodedata.normalize("NFC", word) for word in words}
    if table is not None and _memory is None:
        probes: set[str] = set()
        for token in tokens:
            other = token.lower() if token[:1].isupper() else token.capitalize()
            probes.update((token, other))  # `lemma` probes a word, then its other casing
        table.prefetch(probes)
    answers = _answers()
    if answers is not None:
        answers.prefetch(tokens)


def prefetch_known(words: Iterable[str]) -> None:
    """Read ahead the table's rows for these exact forms, as `known` probes them (the parts
    of a closed compound, `en.closed_parts`), in a few queries. Speed only."""
    table = _table()
    if table is not None and _memory is None:
        table.prefetch({unicodedata.normalize("NFC", word) for word in words})


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
    answers = _answers()
    if answers is not None:
        stored = answers.get(token)
        if isinstance(stored, str):
            return stored
    if table is not None and _memory is None:
        _misses += 1
        if _misses > MISSES_BEFORE_LOADING:
            _dictionary_in_memory()
    result: str = _lemmatizer().lemmatize(token, _LANG)
    if answers is not None:
        answers.put(token, result)
    return result
