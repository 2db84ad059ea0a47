"""Importing another tool's WARC file (Browsertrix, ArchiveBox, webrecorder, `wget
--warc-file` …): its page responses found and checked, then each copied byte for byte, with
its own WARC headers and digests, followed by our metadata record.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.errors import ArchiveError
from factcheck.model import Capture, CaptureOrigin
from factcheck.sources.archive.files import archive_key, iso_time, parse_time
from factcheck.sources.archive.read import (
    MAX_ARCHIVED_BODY,
    InvalidWarc,
    check_framing,
    check_gzip_members,
    decode_archived,
    read_block,
)
from factcheck.sources.archive.write import metadata_record

if TYPE_CHECKING:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter


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
class ForeignResponse:
    """One response record of another tool's WARC file, kept byte for byte."""

    headers: StatusAndHeaders
    block: bytes
    record_id: str
    uri: str
    date: str
    software: str

    def capture(self, source: str) -> Capture:
        from warcio.statusandheaders import StatusAndHeadersParser

        http = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1", "HTTP/2", "HTTP/2.0"]).parse(
            io.BytesIO(self.block)
        )
        head = self.block.index(b"\r\n\r\n") + 4 if b"\r\n\r\n" in self.block else 0
        try:
            body = decode_archived(http, self.block[head:])
            when = parse_time(self.date)
        except (InvalidWarc, ValueError, OverflowError) as exc:
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


def foreign_responses(data: bytes) -> Iterator[ForeignResponse | None]:
    """The page responses of a WARC file (None for each record that is not one).

    Every record's digests are checked first (warcio needs the HTTP headers parsed for the
    payload digest); then the records are read again unparsed, to copy their blocks as is.
    """
    # warcio is imported where it is used: only an import reads another tool's WARC file.
    from warcio.archiveiterator import ArchiveIterator
    from warcio.statusandheaders import StatusAndHeadersParser

    for record in ArchiveIterator(io.BytesIO(data), check_digests="raise"):
        read_block(record, MAX_ARCHIVED_BODY, f"its {record.rec_type} record")
    software = ""
    for record in ArchiveIterator(io.BytesIO(data), no_record_parse=True):
        block = read_block(record, MAX_ARCHIVED_BODY, "a record")
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
        yield ForeignResponse(
            headers=headers,
            block=block,
            record_id=headers.get_header("WARC-Record-ID") or "",
            uri=uri,
            date=headers.get_header("WARC-Date") or "",
            software=software,
        )


def read_foreign_warc(data: bytes, source: str) -> list[ForeignResponse | None]:
    """The page responses of another tool's WARC file (None for each other record), its
    framing and digests checked; `source` names the file in the `ArchiveError` raised
    when it cannot be imported."""
    from warcio.exceptions import ArchiveLoadFailed

    try:
        if data[:2] == b"\x1f\x8b":
            check_gzip_members(data)
        else:
            check_framing(data)
        found = list(foreign_responses(data))
    except InvalidWarc as exc:
        raise ArchiveError(f"{source} cannot be imported: {exc}") from None
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, TypeError, KeyError):
        raise ArchiveError(f"{source} cannot be imported: it is not a readable WARC file") from None
    return found


def write_imported(
    writer: WARCWriter, *, record: ForeignResponse, capture: Capture, more: dict[str, Any]
) -> None:
    """The foreign response record exactly as it was (headers, block and digests), then ours.

    A digest the other tool did not write is added (the archive requires a block digest);
    one it wrote is kept, and checked when the capture is read back.
    """
    from warcio.recordloader import ArcWarcRecord

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
    extra = {**more, "fetched_at": iso_time(capture.fetched_at)}
    writer.write_record(metadata_record(writer, capture, record.record_id, extra))
