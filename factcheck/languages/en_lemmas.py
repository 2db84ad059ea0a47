"""simplemma's English dictionary, kept in the user's cache folder in a form read in milliseconds.

simplemma keeps its word → lemma dictionary lzma-compressed and front-coded; decoding it
into a dict took 0.5–0.7 s of every process that lemmatised one English word, and importing
simplemma another 0.1–0.2 s. The decompressed stream itself (a megabyte) can be searched
where it lies, given an index of every `_BLOCK`-th record (its first key, and the previous
key and value that decoding resumes from there): a look-up bisects the index and decodes at
most `_BLOCK` records. The first run decompresses the data and builds the index in one pass
over the records (a fraction of what decoding them into a dict and writing 180,000 rows into
an SQLite table cost); both are written into one SQLite file, keyed by the hash of
simplemma's data and lookup code, with a checksum over them that is checked when read back.

`lemma(word)` answers a plain word (letters only) from the stream alone, with the same two
probes simplemma's dictionary step makes (the word, then its other casing), without
importing simplemma. Anything else (digits, hyphens, apostrophes, a word the dictionary
lacks, such as a name) goes through simplemma's own pipeline, given this stream as its
dictionary, so the answer is always the one simplemma gives (tests/test_en_lemmas.py checks
that on a word list, and every pair of the dictionary); those answers are kept in a table of
the same file, written when the process ends, so a later run meets the same names without
importing simplemma. With no cache folder (`FACTCHECK_CACHE_DIR` set empty), or a simplemma
whose data is not in the front-coded format this module reads, simplemma runs as shipped.

The file lives beside the compiled termbases (see termbase_cache); a file that does not
check out is rebuilt, and a folder that cannot be written only costs the decoding time.
"""

from __future__ import annotations

import array
import atexit
import bisect
import functools
import hashlib
import importlib.util
import itertools
import logging
import lzma
import os
import sqlite3
import tempfile
import threading
import unicodedata
import zlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from factcheck.cache_folder import cache_dir
from factcheck.languages.readonly_db import ReadOnlyDatabase

log = logging.getLogger(__name__)

_FORMAT = 4
_LANG = "en"
# simplemma's files that decide a dictionary step's answer: the data and the lookup code.
_SOURCES = (
    "strategies/dictionaries/data/en.plzma",
    "strategies/dictionaries/frontcode.py",
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
    """Look-ups in the built file; one connection per thread for the `computed` table, the
    dictionary itself read into memory once (a megabyte) and searched there."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._database = ReadOnlyDatabase(path)
        self._read: dict[str, str | None] = {}
        """`computed` rows read ahead by `prefetch` (None: no row)."""
        self._stream: _Stream | None = None
        self._stream_lock = threading.Lock()

    def _db(self) -> sqlite3.Connection:
        return self._database.connection()

    def stream(self) -> _Stream:
        """The dictionary, read from the file on first use; `_CorruptStream` when it does
        not check out."""
        with self._stream_lock:
            if self._stream is None:
                row = self._db().execute("SELECT * FROM stream").fetchone()
                if (
                    row is None
                    or len(row) != 6
                    or not all(isinstance(part, bytes) for part in row[:5])
                    or row[5] != _digest(row[:5])  # damaged since it was written
                ):
                    raise _CorruptStream("no stream stored, or its digest differs")
                data, *index = row[:5]
                self._stream = _Stream(data, (index[0], index[1], index[2], index[3]))
            return self._stream

    def get(self, word: str) -> str | None:
        """The dictionary's lemma of a word, or None when it has none."""
        try:
            return self.stream().get(word)
        except _CorruptStream:  # a file damaged inside a block: simplemma's own answer
            return _dictionary_in_memory().get(word)

    def computed(self, word: str) -> str | None:
        """simplemma's whole-pipeline answer for a word met before, or None."""
        if word in self._read:
            return self._read[word]
        row = self._db().execute("SELECT lemma FROM computed WHERE word = ?", (word,)).fetchone()
        return None if row is None else str(row[0])

    def prefetch(self, words: Iterable[str]) -> None:
        """Read the `computed` rows of many words in a few queries (speed only)."""
        wanted = [word for word in set(words) if word not in self._read]
        for start in range(0, len(wanted), PREFETCH_BATCH):
            chunk = wanted[start : start + PREFETCH_BATCH]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT word, lemma FROM computed WHERE word IN ({marks})"  # noqa: S608
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
        return (word for word, _ in self._table.stream().items())

    def __len__(self) -> int:
        return self._table.stream().count


_MAGIC = b"SMFC1"
"""simplemma's front-coded dictionary stream (`simplemma.strategies.dictionaries.frontcode`):
a header (magic, a flag byte whose bit 0 says keys and values are stored reversed, a varint
count), then per word in sorted order: varint bytes shared with the previous key, varint
suffix length, the suffix; a trim byte (254: the previous value; 255: a literal value;
otherwise the bytes cut from the key's end) and, unless 254, a varint length and the bytes
appended."""
_SAME_AS_PREVIOUS = 254
_LITERAL = 255
_BLOCK = 32
"""Words per block of the index: a look-up decodes at most this many."""


class _CorruptStream(ValueError):
    """The stream or its index is not what `_Stream.build` writes."""


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7


def _records(
    data: bytes, pos: int, previous_key: bytes, previous_value: bytes
) -> Iterator[tuple[bytes, bytes]]:
    """(stored key, stored value) of each record from `pos`, resuming from a block's seed."""
    size = len(data)
    try:
        while pos < size:
            shared, pos = _varint(data, pos)
            length, pos = _varint(data, pos)
            end = pos + length
            if end > size or shared > len(previous_key):
                raise _CorruptStream("record runs past the stream")
            key = previous_key[:shared] + data[pos:end]
            pos = end
            trim = data[pos]
            pos += 1
            if trim == _SAME_AS_PREVIOUS:
                value = previous_value
            else:
                length, pos = _varint(data, pos)
                end = pos + length
                if end > size or (trim != _LITERAL and trim > len(key)):
                    raise _CorruptStream("value runs past the stream")
                value = (
                    data[pos:end] if trim == _LITERAL else key[: len(key) - trim] + data[pos:end]
                )
                pos = end
            yield key, value
            previous_key, previous_value = key, value
    except IndexError:
        raise _CorruptStream("truncated stream") from None


class _Stream:
    """simplemma's decompressed dictionary stream and an index of every `_BLOCK`-th record:
    its first key and the seed to resume decoding there (offset, previous key and value).
    Building the index is one pass over the records, a fraction of decoding them into a dict
    and writing them to an SQLite table; reading it back is a few splits of byte strings."""

    def __init__(self, data: bytes, index: tuple[bytes, bytes, bytes, bytes]) -> None:
        self.data = data
        self._memo: dict[str, str | None] = {}
        """Answers given so far (a text asks for the same words many times)."""
        self.reverse, self.count, first_record = _header(data)
        firsts, offsets, keys, values = index
        self._firsts = firsts.split(b"\0")
        self._keys = keys.split(b"\0")
        self._values = values.split(b"\0")
        self._offsets = array.array("Q")
        try:
            self._offsets.frombytes(offsets)
        except ValueError:
            raise _CorruptStream("malformed index") from None
        blocks = -(-self.count // _BLOCK)
        if (
            not len(self._firsts) == len(self._keys) == len(self._values) == blocks
            or not self._offsets
            or len(self._offsets) != blocks
            or self._offsets[0] != first_record
            or any(a >= b for a, b in itertools.pairwise(self._offsets))
            or self._offsets[-1] >= len(data)
            or any(a >= b for a, b in itertools.pairwise(self._firsts))
        ):
            raise _CorruptStream("the index does not fit the stream")

    @staticmethod
    def index(data: bytes) -> tuple[bytes, bytes, bytes, bytes]:
        """The index of simplemma's decompressed data: (first keys, offsets, previous keys,
        previous values) of each block, keys and values joined by NUL."""
        _, count, pos = _header(data)
        firsts: list[bytes] = []
        offsets = array.array("Q")
        keys: list[bytes] = []
        values: list[bytes] = []
        size = len(data)
        previous_key = b""
        last: tuple[bytes, int, int, int] | None = None  # the last value that was not "same"
        index = 0
        try:
            while pos < size:
                start = pos
                # Varints are almost always one byte: read those inline (a third of the pass).
                shared = data[pos]
                if shared < 0x80:
                    pos += 1
                else:
                    shared, pos = _varint(data, pos)
                length = data[pos]
                if length < 0x80:
                    pos += 1
                else:
                    length, pos = _varint(data, pos)
                end = pos + length
                if end > size or shared > len(previous_key):
                    raise _CorruptStream("record runs past the stream")
                key = previous_key[:shared] + data[pos:end]
                if index % _BLOCK == 0:
                    firsts.append(key)
                    offsets.append(start)
                    keys.append(previous_key)
                    values.append(_value(data, last))
                pos = end
                trim = data[pos]
                pos += 1
                if trim != _SAME_AS_PREVIOUS:
                    length = data[pos]
                    if length < 0x80:
                        pos += 1
                    else:
                        length, pos = _varint(data, pos)
                    last = (key, trim, pos, pos + length)
                    pos += length
                previous_key = key
                index += 1
        except IndexError:
            raise _CorruptStream("truncated stream") from None
        if index != count or pos != size:
            raise _CorruptStream("record count differs from the header")
        joined = tuple(b"\0".join(part) for part in (firsts, keys, values))
        if any(len(text.split(b"\0")) != len(firsts) for text in joined):
            raise _CorruptStream("a word holds a NUL")  # cannot be joined by NUL
        return joined[0], offsets.tobytes(), joined[1], joined[2]

    def get(self, word: str) -> str | None:
        """The lemma stored for a word, or None."""
        if word in self._memo:
            return self._memo[word]
        found = self._get(word)
        self._memo[word] = found
        return found

    def _get(self, word: str) -> str | None:
        target = word.encode()
        if self.reverse:
            target = target[::-1]
        block = bisect.bisect_right(self._firsts, target) - 1
        if block < 0:
            return None
        data = self.data
        size = len(data)
        pos = self._offsets[block]
        key = self._keys[block]
        value: bytes = self._values[block]
        last: tuple[bytes, int, int, int] | None = None  # the value, sliced only if wanted
        try:
            for _ in range(_BLOCK):
                if pos >= size:
                    return None
                shared = data[pos]
                if shared < 0x80:
                    pos += 1
                else:
                    shared, pos = _varint(data, pos)
                length = data[pos]
                if length < 0x80:
                    pos += 1
                else:
                    length, pos = _varint(data, pos)
                end = pos + length
                if end > size or shared > len(key):
                    raise _CorruptStream("record runs past the stream")
                key = key[:shared] + data[pos:end]
                pos = end
                trim = data[pos]
                pos += 1
                if trim != _SAME_AS_PREVIOUS:
                    length = data[pos]
                    if length < 0x80:
                        pos += 1
                    else:
                        length, pos = _varint(data, pos)
                    last = (key, trim, pos, pos + length)
                    pos += length
                    if pos > size or (trim != _LITERAL and trim > len(key)):
                        raise _CorruptStream("value runs past the stream")
                if key >= target:
                    if key != target:
                        return None
                    found = value if last is None else _value(data, last)
                    return (found[::-1] if self.reverse else found).decode()
        except IndexError:
            raise _CorruptStream("truncated stream") from None
        except UnicodeDecodeError:
            raise _CorruptStream("a lemma is not UTF-8") from None
        return None

    def items(self) -> Iterator[tuple[str, str]]:
        """Every (word, lemma) in the stream's order."""
        _, _, pos = _header(self.data)
        for key, value in _records(self.data, pos, b"", b""):
            if self.reverse:
                key, value = key[::-1], value[::-1]
            yield key.decode(), value.decode()


def _digest(parts: Iterable[bytes]) -> str:
    """A CRC-32 over the parts and their lengths: catches a file damaged or cut short since
    it was written (a SHA-256 was a third of reading the file back, and a digest stored
    beside the data proves nothing against someone who can write the folder, which the
    folder's ownership rules are for)."""
    crc = 0
    for part in parts:
        crc = zlib.crc32(part, zlib.crc32(len(part).to_bytes(8, "little"), crc))
    return f"crc32:{crc:08x}"


def _header(data: bytes) -> tuple[bool, int, int]:
    """(keys stored reversed, record count, offset of the first record)."""
    if not data.startswith(_MAGIC) or len(data) <= len(_MAGIC):
        raise _CorruptStream("not a front-coded stream")
    pos = len(_MAGIC)
    reverse = bool(data[pos] & 1)
    try:
        count, pos = _varint(data, pos + 1)
    except IndexError:
        raise _CorruptStream("truncated header") from None
    return reverse, count, pos


def _value(data: bytes, last: tuple[bytes, int, int, int] | None) -> bytes:
    if last is None:
        return b""
    key, trim, start, end = last
    return data[start:end] if trim == _LITERAL else key[: len(key) - trim] + data[start:end]


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
        table = _open(path)
        if table is None:
            try:
                table = _build(folder, path, source)
            except (OSError, sqlite3.Error, EOFError, lzma.LZMAError, _CorruptStream) as error:
                log.debug("cannot write the lemma table in %s: %s", folder, error)
                return None
    return table


def _open(path: Path) -> _Table | None:
    """The table in `path` with its dictionary read, or None when it does not check out."""
    if not path.is_file():
        return None
    table = _Table(path)
    try:
        table.computed("")
        table.stream()
    except (sqlite3.Error, _CorruptStream) as error:
        log.debug("rebuilding the lemma table %s: %s", path, error)
        return None
    return table


def _build(folder: Path, path: Path, source: Path) -> _Table:
    with lzma.open(source / _SOURCES[0], "rb") as compressed:  # the shipped data file
        data = compressed.read()
    index = _Stream.index(data)
    stream = _Stream(data, index)
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".lemmas-", suffix=".tmp")
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        try:
            # Large pages: the megabyte of stream is read back in a few pages, not 300.
            connection.execute("PRAGMA page_size = 65536")
            connection.execute(
                "CREATE TABLE stream"
                " (data BLOB, firsts BLOB, offsets BLOB, keys BLOB, vals BLOB, digest TEXT)"
            )
            connection.execute(
                "INSERT INTO stream VALUES (?, ?, ?, ?, ?, ?)",
                (data, *index, _digest((data, *index))),
            )
            connection.execute(
                "CREATE TABLE computed (word TEXT PRIMARY KEY, lemma TEXT) WITHOUT ROWID"
            )
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
    table = _Table(path)
    table._stream = stream
    return table


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
