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

import contextlib
import datetime as dt
import hashlib
import io
import json
import logging
import os
import re
import tempfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import httpx
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from factcheck import __version__
from factcheck.errors import ArchiveError, FetchError, HTTPStatusError, NotArchivedError
from factcheck.fetch import (
    BoundedDecoder,
    DecodedTooLarge,
    FetchedResponse,
    FetchPolicy,
    fetch_source,
)
from factcheck.model import Capture, CaptureOrigin
from factcheck.politeness import PoliteSession
from factcheck.wayback import FALLBACK_STATUSES, Wayback

logger = logging.getLogger(__name__)

INDEX_NAME = "index.json"
INDEX_FORMAT = "factcheck-evidence-index"
INDEX_VERSION = 1
WARC_SUFFIX = ".warc.gz"
ORIGIN_HEADER = "WARC-Factcheck-Origin"
METADATA_TYPE = "application/json"

MAX_ARCHIVED_BODY = 64 * 1024 * 1024
"""Decoded size past which an archived body is refused; archives come from pull requests too."""

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

    # ── reading ───────────────────────────────────────────────────────────────

    def entries(self, url: str | None = None) -> list[ArchiveEntry]:
        """Index entries, sorted by URL then time (oldest first); only `url`'s if given."""
        entries = self._load_index()
        if url is not None:
            key = archive_key(url)
            entries = [e for e in entries if e.url == key]
        return entries

    def latest(self, url: str) -> Capture | None:
        """The newest capture of `url`, read back and checked, or None.

        A capture fetched live in an earlier run comes back with origin ARCHIVE;
        reconstructions and Wayback captures keep their origin.
        """
        entries = self.entries(url)
        if not entries:
            return None
        return self.read(entries[-1])

    def nearest(self, url: str, when: dt.datetime) -> Capture | None:
        """The capture of `url` taken closest to `when` (of two equally close, the earlier)."""
        entries = self.entries(url)
        if not entries:
            return None
        best = min(entries, key=lambda e: (abs(e.fetched_at - when), e.fetched_at))
        return self.read(best)

    def find(self, url: str, fetched_at: dt.datetime, origin: CaptureOrigin) -> Capture | None:
        """The capture of `url` with exactly this time and recorded origin, if archived."""
        for entry in self.entries(url):
            if entry.fetched_at == fetched_at and entry.origin is origin:
                return self.read(entry)
        return None

    def captures(self, url: str | None = None) -> list[Capture]:
        """Every capture (or every capture of `url`), by URL, newest first within a URL."""
        entries = self.entries(url)
        ordered = sorted(entries, key=lambda e: e.fetched_at, reverse=True)
        ordered.sort(key=lambda e: e.url)
        return [self.read(entry) for entry in ordered]

    def read(self, entry: ArchiveEntry) -> Capture:
        """Read one capture's WARC file back into a `Capture`, checking its SHA-256."""
        path = self.root / entry.file
        capture = _read_capture_file(path, entry.file)
        if capture.sha256 != entry.sha256:
            raise ArchiveError(
                f"capture of {entry.url} in {path} is corrupt: it no longer matches the "
                "index; delete index.json to rebuild it, or restore the file"
            )
        return capture

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
        entries = self.entries(capture.url)
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
        if captured_at.tzinfo is None:
            raise ValueError("captured_at must be timezone-aware")
        capture = Capture(
            url=archive_key(url),
            final_url=archive_key(url),
            status=200,
            headers=(("Content-Type", content_type),),
            body=body,
            fetched_at=captured_at.astimezone(dt.UTC),
            sha256=hashlib.sha256(body).hexdigest(),
            origin=CaptureOrigin.RECONSTRUCTION,
            note=note,
        )
        self._write_capture(capture, lambda writer: _write_reconstruction(writer, capture))
        return capture

    def _write_capture(self, capture: Capture, write: Callable[[WARCWriter], None]) -> None:
        relative = capture_path(capture)
        path = self.root / relative
        _write_atomically(path, lambda fh: _write_warc_file(fh, path.name, write))
        # The file is the record; the index is only refreshed so the next lookup is fast.
        self._load_index()

    # ── the index ─────────────────────────────────────────────────────────────

    def _warc_files(self) -> dict[str, os.stat_result]:
        if not self.root.is_dir():
            return {}
        found: dict[str, os.stat_result] = {}
        try:
            for host_dir in self.root.iterdir():
                if not host_dir.is_dir() or host_dir.name.startswith("."):
                    continue
                for path in host_dir.iterdir():
                    # Temporary files start with "." and never end in .warc.gz.
                    if path.name.endswith(WARC_SUFFIX) and not path.name.startswith("."):
                        found[f"{host_dir.name}/{path.name}"] = path.stat()
        except OSError as exc:
            raise ArchiveError(f"cannot read the evidence archive {self.root}: {exc}") from exc
        return found

    def _read_index_file(self) -> dict[str, ArchiveEntry]:
        path = self.root / INDEX_NAME
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != INDEX_FORMAT or data.get("version") != INDEX_VERSION:
                return {}
            entries = (ArchiveEntry.from_json(item) for item in data["captures"])
            return {entry.file: entry for entry in entries}
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            logger.warning("%s is unreadable (%s); rebuilding it from the WARC files", path, exc)
            return {}

    def _load_index(self) -> list[ArchiveEntry]:
        """The index, brought up to date with the WARC files on disk."""
        files = self._warc_files()
        known = self._read_index_file()
        entries: list[ArchiveEntry] = []
        changed = set(known) != set(files)
        for name, stat in sorted(files.items()):
            entry = known.get(name)
            if entry is None or entry.size != stat.st_size:
                capture = _read_capture_file(self.root / name, name)
                entry = _entry_for(capture, name, stat)
                changed = True
            entries.append(entry)
        entries.sort(key=lambda e: (e.url, e.fetched_at, e.file))
        if changed:
            self._write_index(entries)
        return entries

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
    try:
        if session is not None:
            fetched = session.fetch(url)
        else:
            fetched = fetch_source(url, policy, client=client)
    except HTTPStatusError as exc:
        if wayback is None or exc.status not in FALLBACK_STATUSES:
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
    if offline or wayback is None:
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
    try:
        host = httpx.URL(capture.url).netloc.decode("ascii", "replace").lower()
    except httpx.InvalidURL as exc:
        raise ArchiveError(f"cannot archive {capture.url!r}: not a valid URL ({exc})") from None
    safe_host = _SAFE_HOST.sub("_", host).strip(".") or "_"
    url_hash = hashlib.sha1(capture.url.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]
    stamp = capture.fetched_at.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{safe_host}/{url_hash}-{stamp}-{capture.sha256[:8]}{WARC_SUFFIX}"


def _write_atomically(path: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Write a file so that it either appears whole under `path` or not at all."""
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


def _write_reconstruction(writer: WARCWriter, capture: Capture) -> None:
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
    extra = {"fetched_at": _iso(capture.fetched_at)}
    writer.write_record(_metadata(writer, capture, resource_id, extra))


@dataclass
class _Found:
    """The parts of one capture file, as they are read."""

    uri: str = ""
    date: str = ""
    record_type: str = ""
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    metadata: dict[str, Any] | None = None


def _read_capture_file(path: Path, name: str) -> Capture:
    """Parse a capture file, decode its payload and check it against its metadata."""
    try:
        with path.open("rb") as fh:
            found = _scan_records(ArchiveIterator(fh, check_digests="raise"))
    except FileNotFoundError as exc:
        raise ArchiveError(
            f"capture file {path} has gone; delete index.json to rebuild it"
        ) from exc
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, TypeError) as exc:
        raise ArchiveError(
            f"capture {path} is corrupt ({exc}); restore it from version control or delete it"
        ) from exc
    if not found.record_type:
        raise ArchiveError(f"capture {path} holds no response or resource record; delete it")
    meta = found.metadata or {}
    origin_text = str(meta.get("origin", CaptureOrigin.LIVE.value))
    try:
        recorded_origin = CaptureOrigin(origin_text)
    except ValueError:
        raise ArchiveError(f"capture {path} has an unknown origin {origin_text!r}") from None
    sha256 = hashlib.sha256(found.body).hexdigest()
    expected = meta.get("sha256")
    if expected is not None and expected != sha256:
        raise ArchiveError(
            f"capture {path} is corrupt: its body's SHA-256 is {sha256}, the record says "
            f"{expected}; restore it from version control or fetch the source again"
        )
    origin = CaptureOrigin.ARCHIVE if recorded_origin is CaptureOrigin.LIVE else recorded_origin
    fetched_at = str(meta.get("fetched_at") or found.date)
    try:
        when = _parse_time(fetched_at)
    except ValueError:
        raise ArchiveError(f"capture {path} has an unreadable date {fetched_at!r}") from None
    return Capture(
        url=str(meta.get("url", found.uri)),
        final_url=str(meta.get("final_url", found.uri)),
        status=found.status,
        headers=found.headers,
        body=found.body,
        fetched_at=when,
        sha256=sha256,
        origin=origin,
        note=str(meta.get("note", "")),
    )


def _scan_records(records: Iterator[Any]) -> _Found:
    found = _Found()
    for record in records:
        kind = record.rec_type
        if kind in ("response", "resource") and not found.record_type:
            found.record_type = kind
            found.uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            found.date = record.rec_headers.get_header("WARC-Date") or ""
            raw = record.raw_stream.read(MAX_ARCHIVED_BODY + 1)
            # Reading to the end also makes warcio check the record's digests.
            if record.raw_stream.read(1):
                raise ValueError(f"the body is over {MAX_ARCHIVED_BODY} bytes")
            if kind == "response" and record.http_headers is not None:
                found.status = int(record.http_headers.get_statuscode() or 0)
                found.headers = tuple((str(k), str(v)) for k, v in record.http_headers.headers)
                found.body = _decode_archived(record.http_headers, raw)
            else:
                content_type = record.rec_headers.get_header("Content-Type") or ""
                found.headers = (("Content-Type", content_type),)
                found.body = raw
        elif kind == "metadata" and found.metadata is None:
            if record.rec_headers.get_header("Content-Type") == METADATA_TYPE:
                data = json.loads(record.raw_stream.read(1024 * 1024).decode("utf-8"))
                if isinstance(data, dict):
                    found.metadata = data
    return found


def _decode_archived(http_headers: StatusAndHeaders, raw: bytes) -> bytes:
    if (http_headers.get_header("transfer-encoding") or "").lower() == "chunked":
        raise ValueError("chunked bodies are not supported in capture files")
    encoding = http_headers.get_header("content-encoding") or ""
    try:
        decoder = BoundedDecoder(encoding, MAX_ARCHIVED_BODY)
        return decoder.decode(raw) + decoder.flush()
    except DecodedTooLarge:
        raise ValueError(f"the body decompresses to over {MAX_ARCHIVED_BODY} bytes") from None
    except ValueError:
        raise ValueError(f"unsupported content encoding {encoding!r}") from None
    except zlib.error as exc:
        raise ValueError(f"the {encoding} body cannot be decoded: {exc}") from exc
