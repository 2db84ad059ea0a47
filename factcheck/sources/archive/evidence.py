"""The evidence archive: every capture of a source as WARC records on disk.

Takes `FetchedResponse`s (live fetches and Internet Archive copies), reconstructions, saved
copies and other tools' WARC files; gives back `Capture`s, checked against their recorded
SHA-256: the newest of a URL, the one closest to a moment, or one exactly.

The archive is a folder of capture files (`files`: names and safe writes), each read back
and checked whole (`read`) and written as WARC records (`write`), plus an index that caches
what they hold (`index`). The WARC files are the truth. See docs/archive.md; getting a
capture from the web when the archive lacks it is `retrieve`.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.errors import ArchiveError, CorruptCaptureError
from factcheck.model import Capture, CaptureOrigin
from factcheck.sources.archive.files import (
    archive_key,
    capture_path,
    capture_stem,
    check_capture_time,
    check_capture_url,
    iso_time,
    read_regular_file,
    write_atomically,
)
from factcheck.sources.archive.importer import ImportResult, read_foreign_warc, write_imported
from factcheck.sources.archive.index import ArchiveEntry, ArchiveIndex, agrees
from factcheck.sources.archive.read import MAX_CAPTURE_FILE, parse_capture, read_capture_file
from factcheck.sources.archive.write import write_fetched, write_resource, write_warc_file

if TYPE_CHECKING:
    from warcio.warcwriter import WARCWriter

    # Only a fetch needs the HTTP stack: an offline run reads the archive without it.
    from factcheck.sources.fetch import FetchedResponse

logger = logging.getLogger(__name__)


class EvidenceArchive:
    """A folder of WARC captures with an index; safe against crashes and concurrent writers.

    Nothing is created on disk until something is stored, so reading an archive that does
    not exist yet is fine (it is empty).
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        if self.root.exists() and not self.root.is_dir():
            raise ArchiveError(f"the evidence archive {self.root} is not a folder")
        self._index = ArchiveIndex(self.root)

    # ── reading ───────────────────────────────────────────────────────────────

    def entries(self, url: str | None = None, *, strict: bool = True) -> list[ArchiveEntry]:
        """Index entries, sorted by URL then time (oldest first); only `url`'s if given.

        With `url` and `strict`, a corrupt capture file of that URL raises
        `CorruptCaptureError`: its source cannot be verified until the file is restored.
        Corrupt files of other URLs never matter here.
        """
        entries = self._index.load()
        if url is not None:
            key = archive_key(url)
            entries = [e for e in entries if e.url == key]
            if strict:
                self._raise_if_corrupt(key)
        return entries

    def problems(self) -> dict[str, str]:
        """Capture files that cannot be trusted, as of the last look: file → what is wrong."""
        self._index.load()
        return dict(self._index.problems)

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
            if attempt or all(agrees(entry, capture) for entry, capture in read):
                return [capture for _, capture in read]
            self._index.rebuild(next(e.file for e, c in read if not agrees(e, c)))
        raise AssertionError("unreachable: the second attempt returns")

    def read(self, entry: ArchiveEntry) -> Capture:
        """Read one capture's WARC file back into a `Capture`, checking it against `entry`."""
        capture = self._read_file(entry.file)
        if not agrees(entry, capture):
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
            if agrees(entry, capture):
                return capture
            if attempt:
                raise CorruptCaptureError(
                    str(self.root / entry.file), "it changed while it was being read"
                )
            self._index.rebuild(entry.file)
        raise AssertionError("unreachable: the second attempt returns or raises")

    def _read_file(self, name: str) -> Capture:
        return read_capture_file(self.root, name)

    def _raise_if_corrupt(self, key: str) -> None:
        stem = capture_stem(key)
        bad = sorted(name for name in self._index.problems if name.startswith(stem))
        if bad:
            raise CorruptCaptureError(str(self.root / bad[0]), self._index.problems[bad[0]])

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
        self._write_capture(capture, lambda writer: write_fetched(writer, fetched, extra))
        return capture

    def store_if_changed(self, fetched: FetchedResponse) -> Capture:
        """Store a live fetch unless the newest capture of its URL has the same body.

        Archives are committed with claim files, so a page fetched again unchanged adds no
        file; the fresh capture (origin LIVE) is still returned.
        """
        capture = fetched.capture
        entries = self.entries(capture.url, strict=False)
        if entries and entries[-1].sha256 == capture.sha256:
            logger.info("%s is unchanged since %s", capture.url, iso_time(entries[-1].fetched_at))
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
        self._write_capture(capture, lambda writer: write_resource(writer, capture, extra))
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
        found = read_foreign_warc(data, source)
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
            write = functools.partial(write_imported, record=record, capture=capture, more=meta)
            self._write_capture(capture, write)
            added.append(capture)
        return ImportResult(tuple(added), tuple(known), skipped)

    def _write_capture(self, capture: Capture, write: Callable[[WARCWriter], None]) -> None:
        relative = capture_path(capture)
        path = self.root / relative

        def read_back(written: Path) -> None:
            again = parse_capture(read_regular_file(written, MAX_CAPTURE_FILE), str(path))
            if again.sha256 != capture.sha256 or archive_key(again.url) != archive_key(capture.url):
                raise CorruptCaptureError(str(path), "it did not read back as it was written")

        write_atomically(path, lambda fh: write_warc_file(fh, path.name, write), read_back)
        # The file is the record; the index is only refreshed so the next lookup is fast.
        self._index.load()
