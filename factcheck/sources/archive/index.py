"""The archive's index: `<root>/index.json`, a cache of what the WARC files hold, so a lookup
need not read every capture file.

The WARC files are the truth: the index is brought up to date with them on every load (a
file not indexed, or of another size, is read), rebuilt from them when it is missing, stale
or disagrees with a file read, and written atomically; a read-only checkout still reads.
Capture files that fail their checks are left out and reported as problems.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.errors import ArchiveError, CorruptCaptureError
from factcheck.model import Capture, CaptureOrigin
from factcheck.sources.archive.files import (
    WARC_SUFFIX,
    NotRegularFile,
    archive_key,
    capture_stem,
    iso_time,
    parse_time,
    read_regular_file,
    write_atomically,
)
from factcheck.sources.archive.read import read_capture_file

logger = logging.getLogger(__name__)

INDEX_NAME = "index.json"
INDEX_FORMAT = "factcheck-evidence-index"
INDEX_VERSION = 1
MAX_INDEX_BYTES = 64 * 1024 * 1024
"""Size past which index.json is not read (it is rebuilt from the WARC files instead)."""


@dataclass(frozen=True)
class ArchiveEntry:
    """What the index knows of one capture, without reading its WARC file."""

    url: str
    """The URL asked for (fragment removed): the lookup key."""
    final_url: str
    fetched_at: dt.datetime
    origin: CaptureOrigin
    """As recorded: live, reconstruction or wayback."""
    sha256: str
    status: int
    content_type: str
    note: str
    file: str
    """Path of the WARC file relative to the archive root, with forward slashes."""
    size: int
    """Size of the file when indexed; capture files never change, so a new size means the
    file was replaced and is read again. (No mtimes: a fresh clone must not look stale.)"""

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "final_url": self.final_url,
            "fetched_at": iso_time(self.fetched_at),
            "origin": self.origin.value,
            "sha256": self.sha256,
            "status": self.status,
            "content_type": self.content_type,
            "note": self.note,
            "file": self.file,
            "size": self.size,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ArchiveEntry:
        return cls(
            url=str(data["url"]),
            final_url=str(data["final_url"]),
            fetched_at=parse_time(str(data["fetched_at"])),
            origin=CaptureOrigin(data["origin"]),
            sha256=str(data["sha256"]),
            status=int(data["status"]),
            content_type=str(data["content_type"]),
            note=str(data["note"]),
            file=str(data["file"]),
            size=int(data["size"]),
        )


def _entry_for(capture: Capture, name: str, stat: os.stat_result) -> ArchiveEntry:
    recorded = CaptureOrigin.LIVE if capture.origin is CaptureOrigin.ARCHIVE else capture.origin
    return ArchiveEntry(
        url=archive_key(capture.url),
        final_url=capture.final_url,
        fetched_at=capture.fetched_at,
        origin=recorded,
        sha256=capture.sha256,
        status=capture.status,
        content_type=capture.content_type,
        note=capture.note,
        file=name,
        size=stat.st_size,
    )


def agrees(entry: ArchiveEntry, capture: Capture) -> bool:
    """Whether a capture read from its file is what the index entry says it is."""
    recorded = CaptureOrigin.LIVE if capture.origin is CaptureOrigin.ARCHIVE else capture.origin
    return (
        entry.url == archive_key(capture.url)
        and entry.sha256 == capture.sha256
        and entry.fetched_at == capture.fetched_at
        and entry.origin is recorded
        and entry.final_url == capture.final_url
    )


def _entry_fits(entry: ArchiveEntry, name: str, info: os.stat_result) -> bool:
    """Whether an index entry may stand for `name` without reading the file."""
    try:
        stem = capture_stem(entry.url)
    except ArchiveError:  # the index names a URL no capture could have: read the file
        return False
    return (
        stat.S_ISREG(info.st_mode)
        and entry.size == info.st_size
        and entry.file == name
        and name.startswith(stem)
    )


class ArchiveIndex:
    """The index of one archive folder: its `index.json`, kept in step with the WARC files.

    `problems` holds, as of the last `load`, the capture files that cannot be trusted:
    file → what is wrong.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: dict[str, str] = {}

    def warc_files(self) -> dict[str, os.stat_result]:
        """Every `*.warc.gz` name in a host folder, with its lstat (links are not followed:
        a link or special file is listed, so that it is reported rather than skipped)."""
        if not self.root.is_dir():
            return {}
        found: dict[str, os.stat_result] = {}
        try:
            with os.scandir(self.root) as hosts:
                host_dirs = sorted(
                    (e for e in hosts if not e.name.startswith(".")), key=lambda e: e.name
                )
            for host_dir in host_dirs:
                if host_dir.is_symlink():
                    logger.warning(
                        "%s is a link; captures must be in folders inside the archive, so it "
                        "is not read",
                        Path(host_dir.path),
                    )
                    continue
                if not host_dir.is_dir(follow_symlinks=False):
                    continue
                with os.scandir(host_dir.path) as files:
                    for entry in files:
                        # Temporary files start with "." and never end in .warc.gz.
                        if entry.name.endswith(WARC_SUFFIX) and not entry.name.startswith("."):
                            found[f"{host_dir.name}/{entry.name}"] = entry.stat(
                                follow_symlinks=False
                            )
        except OSError as exc:
            raise ArchiveError(
                f"cannot read the evidence archive {self.root}: {exc.strerror or exc}"
            ) from exc
        return found

    def _read_file(self) -> dict[str, ArchiveEntry]:
        path = self.root / INDEX_NAME
        try:
            data = json.loads(read_regular_file(path, MAX_INDEX_BYTES).decode("utf-8"))
            if data.get("format") != INDEX_FORMAT or data.get("version") != INDEX_VERSION:
                return {}
            entries = (ArchiveEntry.from_json(item) for item in data["captures"])
            return {entry.file: entry for entry in entries}
        except FileNotFoundError:
            return {}
        except (
            OSError,
            ValueError,
            KeyError,
            TypeError,
            AttributeError,
            RecursionError,
            NotRegularFile,
        ) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else type(exc).__name__
            logger.warning("%s is unreadable (%s); rebuilding it from the WARC files", path, reason)
            return {}

    def load(self, *, distrust: frozenset[str] = frozenset()) -> list[ArchiveEntry]:
        """The index, brought up to date with the WARC files on disk.

        An entry is used without reading its file only when the file is a regular file of
        the size indexed and its name was made from the entry's URL; `distrust` names files
        read again regardless. Files that fail are left out and kept in `problems`.
        """
        files = self.warc_files()
        known = self._read_file()
        entries: list[ArchiveEntry] = []
        problems: dict[str, str] = {}
        for name, info in sorted(files.items()):
            entry = known.get(name)
            if entry is None or name in distrust or not _entry_fits(entry, name, info):
                try:
                    capture = read_capture_file(self.root, name)
                except CorruptCaptureError as exc:
                    problems[name] = exc.problem
                    continue
                entry = _entry_for(capture, name, info)
            entries.append(entry)
        for name, problem in problems.items():
            if self.problems.get(name) != problem:
                logger.warning("capture %s is corrupt (%s); ignoring it", self.root / name, problem)
        self.problems = problems
        entries.sort(key=lambda e: (e.url, e.fetched_at, e.file))
        if {e.file: e for e in entries} != known:
            self._write(entries)
        return entries

    def rebuild(self, disagreeing: str) -> None:
        logger.warning(
            "%s does not match capture %s; rebuilding the index from the WARC files",
            self.root / INDEX_NAME,
            self.root / disagreeing,
        )
        self.load(distrust=frozenset(self.warc_files()))

    def _write(self, entries: list[ArchiveEntry]) -> None:
        data = {
            "format": INDEX_FORMAT,
            "version": INDEX_VERSION,
            "captures": [entry.to_json() for entry in entries],
        }
        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
        try:
            write_atomically(self.root / INDEX_NAME, lambda fh: fh.write(text.encode("utf-8")))
        except ArchiveError as exc:
            # A read-only checkout can still be read; the index is only a cache.
            logger.warning("could not update the archive index: %s", exc)
