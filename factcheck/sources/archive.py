"""The evidence archive: every capture of a source as WARC records on disk.

Takes `FetchedResponse`s (live fetches and Internet Archive copies) and reconstructions;
gives back `Capture`s, checked against their recorded SHA-256. `get_capture` is the "get
sources" stage in one call: archive first, the web when allowed, the Internet Archive when
the publisher refuses (403) or has removed the page (404, 410), and `as_of` for the capture
closest to a moment.

Layout (see docs/archive.md): one gzipped WARC/1.1 file per capture under
`<root>/<host>/<sha1(url)[:12]>-<UTC time>-<sha256[:8]>.warc.gz`, plus `<root>/index.json`,
a cache of what the WARC files hold, rebuilt from them whenever it is missing or stale.
The WARC files are the truth; every file is written to a temporary name, synced and then
renamed, so a run killed at any moment leaves no partial capture, and two runs writing at
once each add whole files.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import errno
import functools
import hashlib
import io
import json
import logging
import os
import re
import stat
import tempfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParser
from warcio.warcwriter import WARCWriter

from factcheck import __version__
from factcheck.errors import (
    ArchiveError,
    CorruptCaptureError,
    FetchError,
    HTTPStatusError,
    NotArchivedError,
)
from factcheck.model import Capture, CaptureOrigin
from factcheck.sources.decoding import BoundedDecoder, DecodedTooLarge
from factcheck.sources.hostnames import host_problem, plain_netloc

if TYPE_CHECKING:
    # The HTTP stack is imported where a fetch or a URL check needs it: an offline run
    # reads the archive without loading it.
    import httpx

    from factcheck.sources.fetch import FetchedResponse, FetchPolicy
    from factcheck.sources.politeness import PoliteSession
    from factcheck.sources.wayback import Wayback

logger = logging.getLogger(__name__)

INDEX_NAME = "index.json"
INDEX_FORMAT = "factcheck-evidence-index"
INDEX_VERSION = 1
WARC_SUFFIX = ".warc.gz"
ORIGIN_HEADER = "WARC-Factcheck-Origin"
METADATA_TYPE = "application/json"

MAX_ARCHIVED_BODY = 64 * 1024 * 1024
"""Decoded size past which an archived body is refused; archives come from pull requests too."""
MAX_CAPTURE_FILE = MAX_ARCHIVED_BODY + 4 * 1024 * 1024
"""Size past which a capture file is not read at all (its body is within it, compressed)."""
MAX_INDEX_BYTES = 64 * 1024 * 1024
"""Size past which index.json is not read (it is rebuilt from the WARC files instead)."""
MAX_METADATA_BYTES = 1024 * 1024
FILE_MODE = 0o644

_SAFE_HOST = re.compile(r"[^a-z0-9.-]+")


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
            "fetched_at": _iso(self.fetched_at),
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
            fetched_at=_parse_time(str(data["fetched_at"])),
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


class EvidenceArchive:
    """A folder of WARC captures with an index; safe against crashes and concurrent writers.

    Nothing is created on disk until something is stored, so reading an archive that does
    not exist yet is fine (it is empty).
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        if self.root.exists() and not self.root.is_dir():
            raise ArchiveError(f"the evidence archive {self.root} is not a folder")
        self._problems: dict[str, str] = {}

    # ── reading ───────────────────────────────────────────────────────────────

    def entries(self, url: str | None = None, *, strict: bool = True) -> list[ArchiveEntry]:
        """Index entries, sorted by URL then time (oldest first); only `url`'s if given.

        With `url` and `strict`, a corrupt capture file of that URL raises
        `CorruptCaptureError`: its source cannot be verified until the file is restored.
        Corrupt files of other URLs never matter here.
        """
        entries = self._load_index()
        if url is not None:
            key = archive_key(url)
            entries = [e for e in entries if e.url == key]
            if strict:
                self._raise_if_corrupt(key)
        return entries

    def problems(self) -> dict[str, str]:
        """Capture files that cannot be trusted, as of the last look: file → what is wrong."""
        self._load_index()
        return dict(self._problems)

    def latest(self, url: str) -> Capture | None:
        """The newest capture of `url`, read back and checked, or None.

        A capture fetched live in an earlier run comes back with origin ARCHIVE;
        reconstructions and Wayback captures keep their origin.
        """
        return self._read_chosen(url, lambda entries: entries[-1])

    def nearest(self, url: str, when: dt.datetime) -> Capture | None:
        """The capture of `url` taken closest to `when` (of two equally close, the earlier)."""

        def closest(entries: list[ArchiveEntry]) -> ArchiveEntry:
            return min(entries, key=lambda e: (abs(e.fetched_at - when), e.fetched_at))

        return self._read_chosen(url, closest)

    def find(self, url: str, fetched_at: dt.datetime, origin: CaptureOrigin) -> Capture | None:
        """The capture of `url` with exactly this time and recorded origin, if archived."""

        def exact(entries: list[ArchiveEntry]) -> ArchiveEntry | None:
            return next(
                (e for e in entries if e.fetched_at == fetched_at and e.origin is origin), None
            )

        return self._read_chosen(url, exact)

    def captures(self, url: str | None = None) -> list[Capture]:
        """Every capture (or every capture of `url`), by URL, newest first within a URL."""
        for attempt in range(2):
            entries = self.entries(url)
            ordered = sorted(entries, key=lambda e: e.fetched_at, reverse=True)
            ordered.sort(key=lambda e: e.url)
            read = [(entry, self._read_file(entry.file)) for entry in ordered]
            if attempt or all(_agrees(entry, capture) for entry, capture in read):
                return [capture for _, capture in read]
            self._rebuild_index(next(e.file for e, c in read if not _agrees(e, c)))
        raise AssertionError("unreachable: the second attempt returns")

    def read(self, entry: ArchiveEntry) -> Capture:
        """Read one capture's WARC file back into a `Capture`, checking it against `entry`."""
        capture = self._read_file(entry.file)
        if not _agrees(entry, capture):
            raise CorruptCaptureError(
                str(self.root / entry.file), "it does not hold what the index says it holds"
            )
        return capture

    def _read_chosen(
        self, url: str, choose: Callable[[list[ArchiveEntry]], ArchiveEntry | None]
    ) -> Capture | None:
        """Read the entry `choose` picks among `url`'s; the index is a cache, so when the file
        holds something else, the index is rebuilt from the WARC files and the choice made
        again."""
        for attempt in range(2):
            entries = self.entries(url)
            entry = choose(entries) if entries else None
            if entry is None:
                return None
            capture = self._read_file(entry.file)
            if _agrees(entry, capture):
                return capture
            if attempt:
                raise CorruptCaptureError(
                    str(self.root / entry.file), "it changed while it was being read"
                )
            self._rebuild_index(entry.file)
        raise AssertionError("unreachable: the second attempt returns or raises")

    def _read_file(self, name: str) -> Capture:
        return _read_capture_file(self.root, name)

    def _raise_if_corrupt(self, key: str) -> None:
        stem = _capture_stem(key)
        bad = sorted(name for name in self._problems if name.startswith(stem))
        if bad:
            raise CorruptCaptureError(str(self.root / bad[0]), self._problems[bad[0]])

    # ── writing ───────────────────────────────────────────────────────────────

    def store(
        self, fetched: FetchedResponse, *, metadata: Mapping[str, Any] | None = None
    ) -> Capture:
        """Write a fetched response as request, response and metadata records.

        `metadata` adds fields to the metadata record (e.g. when an Internet Archive copy
        was retrieved).
        """
        capture = fetched.capture
        extra = dict(metadata or {})
        self._write_capture(capture, lambda writer: _write_fetched(writer, fetched, extra))
        return capture

    def store_if_changed(self, fetched: FetchedResponse) -> Capture:
        """Store a live fetch unless the newest capture of its URL has the same body.

        Archives are committed with claim files, so a page fetched again unchanged adds no
        file; the fresh capture (origin LIVE) is still returned.
        """
        capture = fetched.capture
        entries = self.entries(capture.url, strict=False)
        if entries and entries[-1].sha256 == capture.sha256:
            logger.info("%s is unchanged since %s", capture.url, _iso(entries[-1].fetched_at))
            return capture
        return self.store(fetched)

    def add_reconstruction(
        self,
        url: str,
        body: bytes,
        content_type: str,
        note: str,
        captured_at: dt.datetime,
    ) -> Capture:
        """Store a page written by the project to stand in for `url`, marked as such.

        There was no HTTP exchange, so it is a WARC `resource` record (the page's bytes,
        with `content_type`) plus a metadata record; `note` says what it stands in for and
        who wrote it, and is required.
        """
        if not note.strip():
            raise ArchiveError(f"a reconstruction of {url} needs a note saying what it is")
        return self.add_page(
            url, body, content_type, note, captured_at, origin=CaptureOrigin.RECONSTRUCTION
        )

    def add_page(
        self,
        url: str,
        body: bytes,
        content_type: str,
        note: str,
        captured_at: dt.datetime,
        *,
        origin: CaptureOrigin,
        metadata: Mapping[str, Any] | None = None,
    ) -> Capture:
        """Store a page that came without an HTTP exchange: a reconstruction, or a copy an
        editor saved from a browser (origin SAVED), as a `resource` record and metadata."""
        if origin not in (CaptureOrigin.RECONSTRUCTION, CaptureOrigin.SAVED):
            raise ValueError(f"add_page stores reconstructions and saved copies, not {origin}")
        check_capture_url(url)
        check_capture_time(captured_at)
        capture = Capture(
            url=archive_key(url),
            final_url=archive_key(url),
            status=200,
            headers=(("Content-Type", content_type),),
            body=body,
            fetched_at=captured_at.astimezone(dt.UTC),
            sha256=hashlib.sha256(body).hexdigest(),
            origin=origin,
            note=note,
        )
        extra = dict(metadata or {})
        self._write_capture(capture, lambda writer: _write_resource(writer, capture, extra))
        return capture

    def import_warc(self, data: bytes, source: str) -> ImportResult:
        """Bring in the page captures of a WARC file made by another tool (Browsertrix,
        ArchiveBox, webrecorder, `wget --warc-file` …).

        Each `response` record of an http(s) page (2xx, HTML, XHTML, plain text or PDF) is
        copied byte for byte, with its own WARC headers and digests, into a capture file of
        its own, with a metadata record (origin IMPORTED) saying where it came from. Other
        records (requests, images, scripts, revisits …) are counted as skipped. A capture
        already in the archive is not added again. `source` names the file in messages.
        """
        try:
            if data[:2] == b"\x1f\x8b":
                _check_gzip_members(data)
            else:
                _check_framing(data)
            found = list(_foreign_responses(data))
        except _Invalid as exc:
            raise ArchiveError(f"{source} cannot be imported: {exc}") from None
        except (ArchiveLoadFailed, OSError, EOFError, ValueError, TypeError, KeyError):
            raise ArchiveError(
                f"{source} cannot be imported: it is not a readable WARC file"
            ) from None
        added: list[Capture] = []
        known: list[Capture] = []
        skipped = 0
        for record in found:
            if record is None:
                skipped += 1
                continue
            capture = record.capture(source)
            same = [
                e
                for e in self.entries(capture.url, strict=False)
                if e.sha256 == capture.sha256 and e.fetched_at == capture.fetched_at
            ]
            if same:
                known.append(capture)
                continue
            meta = {"imported_from": Path(source).name, "warc_record_id": record.record_id}
            if record.software:
                meta["software"] = record.software
            write = functools.partial(_write_imported, record=record, capture=capture, more=meta)
            self._write_capture(capture, write)
            added.append(capture)
        return ImportResult(tuple(added), tuple(known), skipped)

    def _write_capture(self, capture: Capture, write: Callable[[WARCWriter], None]) -> None:
        relative = capture_path(capture)
        path = self.root / relative

        def read_back(written: Path) -> None:
            again = _parse_capture(_read_regular_file(written, MAX_CAPTURE_FILE), str(path))
            if again.sha256 != capture.sha256 or archive_key(again.url) != archive_key(capture.url):
                raise CorruptCaptureError(str(path), "it did not read back as it was written")

        _write_atomically(path, lambda fh: _write_warc_file(fh, path.name, write), read_back)
        # The file is the record; the index is only refreshed so the next lookup is fast.
        self._load_index()

    # ── the index ─────────────────────────────────────────────────────────────

    def _warc_files(self) -> dict[str, os.stat_result]:
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

    def _read_index_file(self) -> dict[str, ArchiveEntry]:
        path = self.root / INDEX_NAME
        try:
            data = json.loads(_read_regular_file(path, MAX_INDEX_BYTES).decode("utf-8"))
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
            _NotRegular,
        ) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else type(exc).__name__
            logger.warning("%s is unreadable (%s); rebuilding it from the WARC files", path, reason)
            return {}

    def _load_index(self, *, distrust: frozenset[str] = frozenset()) -> list[ArchiveEntry]:
        """The index, brought up to date with the WARC files on disk.

        An entry is used without reading its file only when the file is a regular file of
        the size indexed and its name was made from the entry's URL; `distrust` names files
        read again regardless. Files that fail are left out and kept in `_problems`.
        """
        files = self._warc_files()
        known = self._read_index_file()
        entries: list[ArchiveEntry] = []
        problems: dict[str, str] = {}
        for name, info in sorted(files.items()):
            entry = known.get(name)
            if entry is None or name in distrust or not _entry_fits(entry, name, info):
                try:
                    capture = _read_capture_file(self.root, name)
                except CorruptCaptureError as exc:
                    problems[name] = exc.problem
                    continue
                entry = _entry_for(capture, name, info)
            entries.append(entry)
        for name, problem in problems.items():
            if self._problems.get(name) != problem:
                logger.warning("capture %s is corrupt (%s); ignoring it", self.root / name, problem)
        self._problems = problems
        entries.sort(key=lambda e: (e.url, e.fetched_at, e.file))
        if {e.file: e for e in entries} != known:
            self._write_index(entries)
        return entries

    def _rebuild_index(self, disagreeing: str) -> None:
        logger.warning(
            "%s does not match capture %s; rebuilding the index from the WARC files",
            self.root / INDEX_NAME,
            self.root / disagreeing,
        )
        self._load_index(distrust=frozenset(self._warc_files()))

    def _write_index(self, entries: list[ArchiveEntry]) -> None:
        data = {
            "format": INDEX_FORMAT,
            "version": INDEX_VERSION,
            "captures": [entry.to_json() for entry in entries],
        }
        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
        try:
            _write_atomically(self.root / INDEX_NAME, lambda fh: fh.write(text.encode("utf-8")))
        except ArchiveError as exc:
            # A read-only checkout can still be read; the index is only a cache.
            logger.warning("could not update the archive index: %s", exc)


def _agrees(entry: ArchiveEntry, capture: Capture) -> bool:
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
        stem = _capture_stem(entry.url)
    except ArchiveError:  # the index names a URL no capture could have: read the file
        return False
    return (
        stat.S_ISREG(info.st_mode)
        and entry.size == info.st_size
        and entry.file == name
        and name.startswith(stem)
    )


AS_OF_CLOSE_ENOUGH = dt.timedelta(days=1)
"""With `as_of`, an archived capture this close to the moment is used without asking the
Internet Archive for a closer one."""


def get_capture(
    url: str,
    archive: EvidenceArchive,
    *,
    offline: bool,
    refresh: bool,
    policy: FetchPolicy,
    client: httpx.Client | None = None,
    session: PoliteSession | None = None,
    wayback: Wayback | None = None,
    near: dt.datetime | None = None,
    as_of: dt.datetime | None = None,
) -> Capture:
    """A capture of `url`: from the archive, or fetched (and archived) when allowed.

    Offline, only the archive is read (`refresh` is then ignored) and a missing capture
    raises `NotArchivedError`. Online, an archived capture is reused unless `refresh`;
    otherwise the page is fetched through `session` (polite, robots.txt) or, without one,
    `fetch_source` with `client`, stored unless unchanged, and returned with origin LIVE.

    With `wayback`, a publisher's 403, 404 or 410 is answered with the Internet Archive's
    snapshot closest to `near` (the article's publication date; now if None), stored and
    returned with origin WAYBACK. With `as_of`, the capture closest to that moment is used:
    the archive's, or online a closer Internet Archive snapshot; the live page, which is
    as of now, is not fetched.
    """
    if as_of is not None:
        return _capture_as_of(url, archive, as_of, offline=offline, wayback=wayback)
    if offline or not refresh:
        archived = archive.latest(url)
        if archived is not None:
            return archived
        if offline:
            raise NotArchivedError(
                url,
                f"not in the evidence archive at {archive.root}; run `factcheck fetch <claims>`"
                " with network access, or add a capture",
            )
    from factcheck.sources.fetch import fetch_source
    from factcheck.sources.wayback import FALLBACK_STATUSES

    try:
        if session is not None:
            fetched = session.fetch(url)
        else:
            fetched = fetch_source(url, policy, client=client)
    except HTTPStatusError as exc:
        if wayback is None or exc.status not in FALLBACK_STATUSES or not wayback.may_hold(url):
            raise
        moment = near or dt.datetime.now(dt.UTC)
        try:
            return _wayback_capture(
                url, archive, wayback, moment, why=f"the publisher answered {exc.reason}"
            )
        except FetchError as fallback:
            raise HTTPStatusError(
                url,
                f"{exc.reason}; no Internet Archive copy either: {fallback.reason}",
                exc.status,
                exc.retry_after,
            ) from None
    return archive.store_if_changed(fetched)


def _wayback_capture(
    url: str, archive: EvidenceArchive, wayback: Wayback, when: dt.datetime, *, why: str
) -> Capture:
    """The Internet Archive's snapshot closest to `when`, from the archive if already stored."""
    snapshot = wayback.closest(url, when)
    stored = archive.find(url, snapshot.taken_at, CaptureOrigin.WAYBACK)
    if stored is not None:
        return stored
    fetched = wayback.fetch(snapshot, why=why)
    known = archive.find(url, fetched.capture.fetched_at, CaptureOrigin.WAYBACK)
    if known is not None:  # the replay redirected to a snapshot stored earlier
        return known
    retrieved = {
        "retrieved_at": _iso(dt.datetime.now(dt.UTC)),
        "wayback_replay": fetched.capture.final_url,
    }
    return archive.store(fetched, metadata=retrieved)


def _capture_as_of(
    url: str,
    archive: EvidenceArchive,
    when: dt.datetime,
    *,
    offline: bool,
    wayback: Wayback | None,
) -> Capture:
    archived = archive.nearest(url, when)
    if archived is not None and abs(archived.fetched_at - when) <= AS_OF_CLOSE_ENOUGH:
        return archived
    if offline or wayback is None or not wayback.may_hold(url):
        if archived is not None:
            return archived
        raise NotArchivedError(
            url,
            f"not in the evidence archive at {archive.root}; run without --offline to look "
            f"for an Internet Archive capture near {when:%Y-%m-%d}",
        )
    try:
        snapshot = wayback.closest(url, when)
    except FetchError as exc:
        if archived is not None:
            logger.info("%s: %s; using the archived capture", url, exc.reason)
            return archived
        raise
    if archived is not None and abs(archived.fetched_at - when) <= abs(snapshot.taken_at - when):
        return archived
    return _wayback_capture(
        url, archive, wayback, when, why=f"it is the capture closest to {when:%Y-%m-%d}"
    )


# ── file names and atomic writes ──────────────────────────────────────────────


def capture_path(capture: Capture) -> str:
    """Where a capture's WARC file goes, relative to the root: safe on any file system."""
    stamp = capture.fetched_at.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{_capture_stem(capture.url)}-{stamp}-{capture.sha256[:8]}{WARC_SUFFIX}"


def _capture_stem(url: str) -> str:
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


def _write_atomically(
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


# ── WARC records ──────────────────────────────────────────────────────────────


def _iso(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _parse_time(text: str) -> dt.datetime:
    when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _write_warc_file(fh: IO[bytes], filename: str, write: Callable[[WARCWriter], None]) -> None:
    writer = WARCWriter(fh, gzip=True, warc_version="1.1")
    info = {"software": f"factcheck/{__version__} (warcio)", "format": "WARC File Format 1.1"}
    writer.write_record(writer.create_warcinfo_record(filename, info))
    write(writer)


def _record(
    writer: WARCWriter,
    uri: str,
    record_type: str,
    payload: bytes,
    headers: dict[str, str],
    *,
    http_headers: StatusAndHeaders | None = None,
    content_type: str = "",
) -> Any:
    # warcio needs the length up front; without it, it spools to an unclosed temp file.
    return writer.create_warc_record(
        uri,
        record_type,
        payload=io.BytesIO(payload),
        length=len(payload),
        warc_content_type=content_type,
        warc_headers_dict=headers,
        http_headers=http_headers,
    )


def _metadata(
    writer: WARCWriter, capture: Capture, concurrent_to: str, extra: dict[str, Any]
) -> Any:
    fields = {
        "factcheck": __version__,
        "origin": capture.origin.value,
        "url": capture.url,
        "final_url": capture.final_url,
        "sha256": capture.sha256,
        "note": capture.note,
        **extra,
    }
    payload = json.dumps(fields, ensure_ascii=False, indent=1).encode("utf-8")
    headers = {
        "WARC-Date": _iso(capture.fetched_at),
        "WARC-Concurrent-To": concurrent_to,
        ORIGIN_HEADER: capture.origin.value,
    }
    return _record(
        writer, capture.final_url, "metadata", payload, headers, content_type=METADATA_TYPE
    )


def _write_fetched(writer: WARCWriter, fetched: FetchedResponse, more: dict[str, Any]) -> None:
    capture = fetched.capture
    date = _iso(capture.fetched_at)
    common = {"WARC-Date": date, ORIGIN_HEADER: capture.origin.value}
    if fetched.peer_address:
        common["WARC-IP-Address"] = fetched.peer_address
    # httpx hands over the body de-chunked, so the chunked framing cannot be kept; the
    # header goes too, or readers would try to de-chunk the stored bytes.
    response_headers = [
        (name, value) for name, value in capture.headers if name.lower() != "transfer-encoding"
    ]
    dropped_chunking = len(response_headers) != len(capture.headers)
    protocol, _, status_text = fetched.status_line.partition(" ")
    response = _record(
        writer,
        capture.final_url,
        "response",
        fetched.raw_body,
        dict(common),
        http_headers=StatusAndHeaders(status_text, response_headers, protocol=protocol),
    )
    response_id = response.rec_headers.get_header("WARC-Record-ID")
    request = _record(
        writer,
        capture.final_url,
        "request",
        b"",
        {**common, "WARC-Concurrent-To": response_id},
        http_headers=StatusAndHeaders(
            fetched.request_line, list(fetched.request_headers), is_http_request=True
        ),
    )
    extra = {
        **more,
        "fetched_at": date,
        "redirects": list(fetched.redirects),
        "transfer_encoding_removed": dropped_chunking,
    }
    writer.write_record(request)
    writer.write_record(response)
    writer.write_record(_metadata(writer, capture, response_id, extra))


def _write_resource(writer: WARCWriter, capture: Capture, more: dict[str, Any]) -> None:
    headers = {"WARC-Date": _iso(capture.fetched_at), ORIGIN_HEADER: capture.origin.value}
    resource = _record(
        writer,
        capture.url,
        "resource",
        capture.body,
        headers,
        content_type=capture.content_type,
    )
    resource_id = resource.rec_headers.get_header("WARC-Record-ID")
    writer.write_record(resource)
    extra = {**more, "fetched_at": _iso(capture.fetched_at)}
    writer.write_record(_metadata(writer, capture, resource_id, extra))


def _write_imported(
    writer: WARCWriter, *, record: _ForeignResponse, capture: Capture, more: dict[str, Any]
) -> None:
    """The foreign response record exactly as it was (headers, block and digests), then ours.

    A digest the other tool did not write is added (the archive requires a block digest);
    one it wrote is kept, and checked when the capture is read back.
    """
    head = record.block.find(b"\r\n\r\n")
    payload = record.block[head + 4 :] if head >= 0 else b""
    for name, data in (("WARC-Block-Digest", record.block), ("WARC-Payload-Digest", payload)):
        if not record.headers.get_header(name):
            digest = base64.b32encode(hashlib.sha1(data, usedforsecurity=False).digest())
            record.headers.add_header(name, "sha1:" + digest.decode("ascii"))
    copied = ArcWarcRecord(
        "warc",
        "response",
        record.headers,
        io.BytesIO(record.block),
        None,
        "application/http; msgtype=response",
        len(record.block),
    )
    writer.write_record(copied)
    extra = {**more, "fetched_at": _iso(capture.fetched_at)}
    writer.write_record(_metadata(writer, capture, record.record_id, extra))


@dataclass(frozen=True)
class ImportResult:
    """What `import_warc` did."""

    added: tuple[Capture, ...]
    already: tuple[Capture, ...]
    """Captures the archive held already (same URL, time and body)."""
    skipped: int
    """Records that are not page captures (requests, images, scripts, revisits, errors)."""


IMPORTED_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain", "application/pdf"})


@dataclass(frozen=True)
class _ForeignResponse:
    """One response record of another tool's WARC file, kept byte for byte."""

    headers: StatusAndHeaders
    block: bytes
    record_id: str
    uri: str
    date: str
    software: str

    def capture(self, source: str) -> Capture:
        http = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1", "HTTP/2", "HTTP/2.0"]).parse(
            io.BytesIO(self.block)
        )
        head = self.block.index(b"\r\n\r\n") + 4 if b"\r\n\r\n" in self.block else 0
        try:
            body = _decode_archived(http, self.block[head:])
            when = _parse_time(self.date)
        except (_Invalid, ValueError, OverflowError) as exc:
            raise ArchiveError(
                f"{source}: the capture of {self.uri} cannot be read ({exc})"
            ) from None
        return Capture(
            url=archive_key(self.uri),
            final_url=self.uri,
            status=int(http.get_statuscode() or 0),
            headers=tuple((str(k), str(v)) for k, v in http.headers),
            body=body,
            fetched_at=when.astimezone(dt.UTC),
            sha256=hashlib.sha256(body).hexdigest(),
            origin=CaptureOrigin.IMPORTED,
            note=f"imported from {Path(source).name}",
        )


def _foreign_responses(data: bytes) -> Iterator[_ForeignResponse | None]:
    """The page responses of a WARC file (None for each record that is not one).

    Every record's digests are checked first (warcio needs the HTTP headers parsed for the
    payload digest); then the records are read again unparsed, to copy their blocks as is.
    """
    for record in ArchiveIterator(io.BytesIO(data), check_digests="raise"):
        _read_block(record, MAX_ARCHIVED_BODY, f"its {record.rec_type} record")
    software = ""
    for record in ArchiveIterator(io.BytesIO(data), no_record_parse=True):
        block = _read_block(record, MAX_ARCHIVED_BODY, "a record")
        headers = record.rec_headers
        if record.rec_type == "warcinfo":
            for line in block.decode("utf-8", "replace").splitlines():
                if line.lower().startswith("software:"):
                    software = line.split(":", 1)[1].strip()[:200]
            continue
        uri = headers.get_header("WARC-Target-URI") or ""
        if record.rec_type != "response" or not uri.startswith(("http://", "https://")):
            yield None
            continue
        http = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1", "HTTP/2", "HTTP/2.0"]).parse(
            io.BytesIO(block)
        )
        status = int(http.get_statuscode() or 0)
        mime = (http.get_header("content-type") or "").split(";", 1)[0].strip().lower()
        if not 200 <= status < 300 or mime not in IMPORTED_TYPES:
            yield None
            continue
        yield _ForeignResponse(
            headers=headers,
            block=block,
            record_id=headers.get_header("WARC-Record-ID") or "",
            uri=uri,
            date=headers.get_header("WARC-Date") or "",
            software=software,
        )


@dataclass
class _Found:
    """The parts of one capture file, as they are read."""

    uri: str = ""
    date: str = ""
    record_type: str = ""
    record_id: str = ""
    origin_header: str = ""
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    metadata: dict[str, Any] | None = None
    metadata_for: str = ""
    """The metadata record's WARC-Concurrent-To: the record it describes."""


class _NotRegular(Exception):
    """A path that is a link, a FIFO, a device or a folder where a regular file must be."""


def _read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of `path`, only if it is a regular file (not a link) of at most `limit` bytes.

    Opened with O_NOFOLLOW and O_NONBLOCK and checked with fstat, so a link to a secret, a
    FIFO or /dev/zero is refused without being read and without hanging. Raises
    `FileNotFoundError`, `_NotRegular` or `OSError`.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP or path.is_symlink():
            raise _NotRegular("it is a symbolic link, not a regular file") from None
        raise
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise _NotRegular("it is not a regular file")
        if info.st_size > limit:
            raise _NotRegular(f"it is {info.st_size} bytes, over the {limit}-byte limit")
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise _NotRegular(f"it grew past the {limit}-byte limit while being read")
    return data


def _read_capture_file(root: Path, name: str) -> Capture:
    """Read the capture file `name` (relative to `root`) only if it is a regular file inside
    the archive, and check it whole: gzip members, digests, metadata.

    Raises `CorruptCaptureError` naming the file; no message ever quotes the file's content.
    """
    path = root / name
    shown = str(path)
    try:
        inside = path.parent.resolve(strict=True).parent == root.resolve(strict=True)
        if not inside or path.parent.is_symlink():
            raise CorruptCaptureError(shown, "its folder leads outside the archive")
        data = _read_regular_file(path, MAX_CAPTURE_FILE)
    except FileNotFoundError:
        raise CorruptCaptureError(shown, "the file has gone") from None
    except _NotRegular as exc:
        raise CorruptCaptureError(shown, str(exc)) from None
    except OSError as exc:
        raise CorruptCaptureError(shown, f"it cannot be read ({exc.strerror})") from None
    return _parse_capture(data, shown)


def _parse_capture(data: bytes, shown: str) -> Capture:
    """A capture from the bytes of its WARC file; `shown` names it in messages."""
    try:
        _check_gzip_members(data)
        found = _scan_records(ArchiveIterator(io.BytesIO(data), check_digests="raise"))
    except _Invalid as exc:
        raise CorruptCaptureError(shown, str(exc)) from None
    except ArchiveLoadFailed:
        # warcio's message quotes the file's first line: never pass it on.
        raise CorruptCaptureError(shown, "it is not a WARC file") from None
    except (OSError, EOFError, ValueError, TypeError, KeyError, IndexError, zlib.error):
        raise CorruptCaptureError(shown, "its WARC records cannot be parsed") from None
    except RecursionError:
        raise CorruptCaptureError(shown, "its metadata is nested too deeply") from None
    return _capture_from(found, shown)


def _capture_from(found: _Found, shown: str) -> Capture:
    if not found.record_type:
        raise CorruptCaptureError(shown, "it holds no response or resource record")
    meta = found.metadata
    if meta is None:
        raise CorruptCaptureError(shown, "its metadata record is missing")
    if found.metadata_for != found.record_id:
        raise CorruptCaptureError(shown, "its metadata record describes another record")
    origin_text = str(meta.get("origin", ""))
    try:
        recorded_origin = CaptureOrigin(origin_text)
    except ValueError:
        raise CorruptCaptureError(shown, "its metadata names an unknown origin") from None
    if found.origin_header and found.origin_header != origin_text:
        raise CorruptCaptureError(shown, "its records disagree about the capture's origin")
    expected_type = "resource" if recorded_origin in _RESOURCE_ORIGINS else "response"
    if found.record_type != expected_type:
        raise CorruptCaptureError(
            shown, f"a capture of origin {origin_text} must hold a {expected_type} record"
        )
    sha256 = hashlib.sha256(found.body).hexdigest()
    expected = meta.get("sha256")
    if expected != sha256:
        raise CorruptCaptureError(
            shown,
            f"its body's SHA-256 is {sha256}, the record says {_short(expected)}",
        )
    final_url = str(meta.get("final_url", found.uri))
    if final_url != found.uri and found.uri:
        raise CorruptCaptureError(shown, "its metadata names another URL than its records")
    fetched_at = str(meta.get("fetched_at") or found.date)
    try:
        when = _parse_time(fetched_at)
    except (ValueError, OverflowError):
        raise CorruptCaptureError(shown, "its capture time cannot be read") from None
    origin = CaptureOrigin.ARCHIVE if recorded_origin is CaptureOrigin.LIVE else recorded_origin
    return Capture(
        url=str(meta.get("url", found.uri)),
        final_url=final_url,
        status=found.status,
        headers=found.headers,
        body=found.body,
        fetched_at=when,
        sha256=sha256,
        origin=origin,
        note=str(meta.get("note", "")),
    )


def _short(value: object) -> str:
    """A recorded digest for a message: only if it looks like one (never arbitrary text)."""
    text = str(value) if value is not None else ""
    return text if re.fullmatch(r"[0-9a-f]{64}", text) else "something else"


_RESOURCE_ORIGINS = frozenset({CaptureOrigin.RECONSTRUCTION, CaptureOrigin.SAVED})
"""Origins without an HTTP exchange: their page is a `resource` record, not a `response`."""


class _Invalid(Exception):
    """A capture file breaks a rule; the message is ours and never quotes the file."""


def _check_gzip_members(data: bytes) -> None:
    """Every byte of the file belongs to a complete gzip member (a truncated file fails), and
    what they hold is whole WARC records (`_check_framing`)."""
    if not data:
        raise _Invalid("the file is empty")
    produced = 0
    rest = data
    records: list[bytes] = []
    while rest:
        if rest[:2] != b"\x1f\x8b":
            raise _Invalid("it holds bytes that are not gzip data")
        member = zlib.decompressobj(zlib.MAX_WBITS | 16)
        pending = rest
        try:
            while not member.eof:
                chunk = member.decompress(pending, 1024 * 1024)
                records.append(chunk)
                produced += len(chunk)
                if produced > MAX_CAPTURE_FILE + MAX_ARCHIVED_BODY:
                    raise _Invalid("it decompresses to more than the archive reads")
                pending = member.unconsumed_tail
                if not pending and not member.eof:
                    raise _Invalid("it ends in the middle of a gzip member (truncated)")
        except zlib.error:
            raise _Invalid("its gzip data is damaged") from None
        rest = member.unused_data
    _check_framing(b"".join(records))


_CONTENT_LENGTH = re.compile(rb"^content-length:[ \t]*([0-9]{1,12})[ \t]*\r?$", re.I | re.M)


def _check_framing(stream: bytes) -> None:
    """The bytes are whole WARC records, each block exactly its Content-Length long.

    warcio checks a record's digests only when it reads the block to its declared end, so
    a block cut short (or a record missing its tail) would pass unchecked; this catches it.
    """
    at = 0
    while at < len(stream):
        if not stream.startswith(b"WARC/", at):
            raise _Invalid("it holds bytes that are not a WARC record")
        head_end = stream.find(b"\r\n\r\n", at)
        if head_end < 0:
            raise _Invalid("a WARC record's headers are cut short")
        length = _CONTENT_LENGTH.search(stream, at, head_end + 2)
        if length is None:
            raise _Invalid("a WARC record has no Content-Length")
        block_end = head_end + 4 + int(length.group(1))
        if stream[block_end : block_end + 4] != b"\r\n\r\n":
            raise _Invalid("a WARC record is not as long as its Content-Length says")
        at = block_end + 4


_DIGEST_RECORDS = frozenset({"response", "resource", "metadata"})


def _scan_records(records: Iterator[Any]) -> _Found:
    found = _Found()
    for record in records:
        kind = record.rec_type
        headers = record.rec_headers
        if kind in _DIGEST_RECORDS and not headers.get_header("WARC-Block-Digest"):
            raise _Invalid(f"its {kind} record has no WARC-Block-Digest")
        if kind in ("response", "resource") and not found.record_type:
            found.record_type = kind
            found.record_id = headers.get_header("WARC-Record-ID") or ""
            found.uri = headers.get_header("WARC-Target-URI") or ""
            found.date = headers.get_header("WARC-Date") or ""
            found.origin_header = headers.get_header(ORIGIN_HEADER) or ""
            raw = _read_block(record, MAX_ARCHIVED_BODY, "its body")
            if kind == "response" and record.http_headers is not None:
                found.status = int(record.http_headers.get_statuscode() or 0)
                found.headers = tuple((str(k), str(v)) for k, v in record.http_headers.headers)
                found.body = _decode_archived(record.http_headers, raw)
            else:
                content_type = headers.get_header("Content-Type") or ""
                found.headers = (("Content-Type", content_type),)
                found.body = raw
        elif kind == "metadata" and found.metadata is None:
            block = _read_block(record, MAX_METADATA_BYTES, "its metadata")
            if headers.get_header("Content-Type") == METADATA_TYPE:
                data = json.loads(block.decode("utf-8"))
                if isinstance(data, dict):
                    found.metadata = data
                    found.metadata_for = headers.get_header("WARC-Concurrent-To") or ""
        else:
            # Read to the end, so that warcio checks this record's digests too.
            _read_block(record, MAX_ARCHIVED_BODY, f"its {kind} record")
    return found


def _read_block(record: Any, limit: int, what: str) -> bytes:
    # Reading to the end makes warcio check the record's digests ("raise" on a mismatch).
    try:
        raw: bytes = record.raw_stream.read(limit + 1)
        if len(raw) > limit or record.raw_stream.read(1):
            raise _Invalid(f"{what} is over {limit} bytes")
    except ArchiveLoadFailed:
        raise _Invalid(f"{what} fails its WARC digest") from None
    return raw


def _dechunk(raw: bytes) -> bytes:
    """The body of a `Transfer-Encoding: chunked` message (trailers ignored)."""
    out: list[bytes] = []
    at = 0
    while True:
        end = raw.find(b"\r\n", at)
        if end < 0:
            raise _Invalid("its chunked body is cut short")
        size_text = raw[at:end].split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            raise _Invalid("its chunked body is malformed") from None
        if size == 0:
            return b"".join(out)
        start = end + 2
        if start + size > len(raw):
            raise _Invalid("its chunked body is cut short")
        out.append(raw[start : start + size])
        at = start + size + 2


def _decode_archived(http_headers: StatusAndHeaders, raw: bytes) -> bytes:
    if (http_headers.get_header("transfer-encoding") or "").lower() == "chunked":
        # Tools that record the wire bytes (wget, Browsertrix) keep the chunked framing.
        raw = _dechunk(raw)
    encoding = http_headers.get_header("content-encoding") or ""
    try:
        decoder = BoundedDecoder(encoding, MAX_ARCHIVED_BODY)
        return decoder.decode(raw) + decoder.flush()
    except DecodedTooLarge:
        raise _Invalid(f"the body decompresses to over {MAX_ARCHIVED_BODY} bytes") from None
    except ValueError:
        raise _Invalid("its body has an unsupported content encoding") from None
    except zlib.error:
        raise _Invalid("its compressed body cannot be decoded") from None
