"""Capture files on disk: how a capture's file is named, which URLs and times a capture may
have, and how a file is written whole (or not at all) and read back without following links.

Layout (see docs/archive.md): one gzipped WARC/1.1 file per capture under
`<root>/<host>/<sha1(url)[:12]>-<UTC time>-<sha256[:8]>.warc.gz`. Every file is written to a
temporary name, synced and then renamed, so a run killed at any moment leaves no partial
file, and two runs writing at once each add whole files.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import os
import re
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from factcheck.errors import ArchiveError
from factcheck.model import Capture
from factcheck.sources.hostnames import host_problem, plain_netloc

WARC_SUFFIX = ".warc.gz"
ORIGIN_HEADER = "WARC-Factcheck-Origin"
METADATA_TYPE = "application/json"
FILE_MODE = 0o644

_SAFE_HOST = re.compile(r"[^a-z0-9.-]+")


EARLIEST_CAPTURE = dt.datetime(1990, 1, 1, tzinfo=dt.UTC)
"""No web page was captured before this; WARC dates and our file names need 4-digit years."""
CAPTURE_CLOCK_SKEW = dt.timedelta(days=1)
"""How far in the future a capture time may be (clocks and time zones differ)."""


def check_capture_url(url: str) -> None:
    """Refuse, with `ArchiveError`, a URL no claim file could name: not absolute http(s),
    with credentials, or with an impossible host name."""
    import httpx

    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise ArchiveError(f"{url!r} is not a valid URL; give an absolute http(s) URL") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ArchiveError(f"{url!r} is not an absolute http(s) URL")
    if parsed.userinfo:
        raise ArchiveError("a capture's URL must not contain a user name or password")
    problem = host_problem(parsed.host)
    if problem is not None:
        raise ArchiveError(f"{url!r}: {problem}")


def check_capture_time(when: dt.datetime, *, now: dt.datetime | None = None) -> None:
    """Refuse a capture time the archive could not write or read back."""
    if when.tzinfo is None:
        raise ValueError("a capture time must be timezone-aware")
    latest = (now or dt.datetime.now(dt.UTC)) + CAPTURE_CLOCK_SKEW
    if not EARLIEST_CAPTURE <= when <= latest:
        raise ArchiveError(
            f"capture time {when.isoformat()} is out of range: it must lie between "
            f"{EARLIEST_CAPTURE:%Y-%m-%d} and now"
        )


def archive_key(url: str) -> str:
    """The URL as the archive files it: the fragment is never sent, so it is dropped."""
    return url.split("#", 1)[0]


def capture_path(capture: Capture) -> str:
    """Where a capture's WARC file goes, relative to the root: safe on any file system."""
    stamp = capture.fetched_at.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{capture_stem(capture.url)}-{stamp}-{capture.sha256[:8]}{WARC_SUFFIX}"


def capture_stem(url: str) -> str:
    """`<host folder>/<sha1(url)[:12]>`: how every capture file of `url` is named."""
    key = archive_key(url)
    host = plain_netloc(key)
    if host is None:
        import httpx

        try:
            host = httpx.URL(key).netloc.decode("ascii", "replace").lower()
        except httpx.InvalidURL as exc:
            raise ArchiveError(f"cannot archive {key!r}: not a valid URL ({exc})") from None
    safe_host = _SAFE_HOST.sub("_", host).strip(".") or "_"
    url_hash = hashlib.sha1(key.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]
    return f"{safe_host}/{url_hash}"


def write_atomically(
    path: Path,
    write: Callable[[IO[bytes]], object],
    check: Callable[[Path], object] | None = None,
) -> None:
    """Write a file so that it either appears whole under `path` or not at all.

    `check` reads the written temporary file back and raises if it is not right; only then
    is it renamed into place. Files are made 0644, so a committed archive is readable by CI
    and colleagues whatever the umask of the run that wrote it.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise ArchiveError(f"cannot write to {path.parent}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
            os.fchmod(fh.fileno(), FILE_MODE)
        if check is not None:
            check(Path(temporary))
        os.replace(temporary, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise ArchiveError(f"cannot write {path}: {exc.strerror or exc}") from exc
        raise
    _sync_directory(path.parent)


def _sync_directory(folder: Path) -> None:
    # Makes the rename itself durable; not possible on every platform, and not needed there.
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class NotRegularFile(Exception):
    """A path that is a link, a FIFO, a device or a folder where a regular file must be."""


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of `path`, only if it is a regular file (not a link) of at most `limit` bytes.

    Opened with O_NOFOLLOW and O_NONBLOCK and checked with fstat, so a link to a secret, a
    FIFO or /dev/zero is refused without being read and without hanging. Raises
    `FileNotFoundError`, `NotRegularFile` or `OSError`.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP or path.is_symlink():
            raise NotRegularFile("it is a symbolic link, not a regular file") from None
        raise
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile("it is not a regular file")
        if info.st_size > limit:
            raise NotRegularFile(f"it is {info.st_size} bytes, over the {limit}-byte limit")
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise NotRegularFile(f"it grew past the {limit}-byte limit while being read")
    return data


def iso_time(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_time(text: str) -> dt.datetime:
    when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)
