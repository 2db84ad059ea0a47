"""Read-only SQLite files shared by threads: the dictionaries' data (JMdict, the English lemma
table). Each thread gets its own connection, opened on first use, since a connection is not to
be shared across threads while queries run."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path


class ReadOnlyDatabase:
    """One SQLite file opened read-only (`immutable` when nothing will ever write it)."""

    def __init__(self, path: str | Path, *, immutable: bool = False) -> None:
        self.path = str(path)
        self._uri = f"file:{self.path}?mode=ro" + ("&immutable=1" if immutable else "")
        self._local = threading.local()

    def connection(self) -> sqlite3.Connection:
        """This thread's connection."""
        connection: sqlite3.Connection | None = getattr(self._local, "db", None)
        if connection is None:
            connection = sqlite3.connect(self._uri, uri=True, check_same_thread=False)
            self._local.db = connection
        return connection
