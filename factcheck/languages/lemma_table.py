"""Writing simplemma's English dictionary as an SQLite table, and naming that table by its
inputs: shared by the wheel build (`hatch_build.py`, which ships the table as package data)
and the run-time fallback (`languages.en_lemmas`, which builds it in the user's cache folder
when the shipped table is missing or was built from another simplemma).

This module uses the standard library only (simplemma is imported by `write_table` alone), so
the build hook can load it by its path without importing factcheck or its dependencies.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

FORMAT = 2
"""Version of the table's layout; part of its key. 2: the `lemmas` table alone (the answers
of simplemma's whole pipeline are kept in the cache folder's `lemmas-en` answer table)."""
LANG = "en"
SOURCES = (
    "strategies/dictionaries/data/en.plzma",
    "strategies/dictionary_lookup.py",
    "strategies/default.py",
    "strategies/apostrophe_boundary.py",
    "lemmatizer.py",
    "utils.py",
)
"""simplemma's files that decide a dictionary step's answer: the data and the lookup code."""
SHIPPED_FOLDER = "_built"
"""The folder inside the `factcheck` package where the wheel build puts the table."""


def simplemma_dir() -> Path | None:
    """The installed simplemma's folder, found without importing it; None when missing."""
    spec = importlib.util.find_spec("simplemma")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def source_key(folder: Path) -> str:
    """The hash of the table's inputs: this layout and simplemma's files (`SOURCES`)."""
    digest = hashlib.sha256(f"{FORMAT}\0{LANG}\0".encode())
    for name in SOURCES:
        digest.update(b"\0" + (folder / name).read_bytes())
    return digest.hexdigest()


def file_name(key: str) -> str:
    """The table's file name for inputs of this key."""
    return f"lemmas-{LANG}-{key[:32]}.sqlite"


def readable(path: Path) -> bool:
    """Whether `path` is an SQLite file with the table (one query; a damaged file is not)."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            connection.execute("SELECT lemma FROM lemmas WHERE word = ''").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return True


def write_table(path: Path) -> None:
    """Decode the installed simplemma's English dictionary into a new table at `path`,
    written whole or not at all (readers see no file or the complete one)."""
    from simplemma.strategies.dictionaries.dictionary_factory import (  # the slow decode
        DEFAULT_DICTIONARY_FACTORY,
    )

    dictionary = DEFAULT_DICTIONARY_FACTORY.get_dictionary(LANG)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".lemmas-", suffix=".tmp")
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.execute(
                "CREATE TABLE lemmas (word TEXT PRIMARY KEY, lemma TEXT) WITHOUT ROWID"
            )
            # In key order: SQLite then appends to its B-tree instead of splitting pages
            # all over it (a third of the insert's time for 180,000 words).
            pairs = sorted(pairs_of(dictionary))
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
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def pairs_of(dictionary: Mapping[str, str]) -> Iterable[tuple[str, str]]:
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
