"""Reading a capture file back: every gzip member, the WARC framing, each record's digests
and our metadata record checked, before the file is trusted as a `Capture`.

Takes the bytes of a capture file (ours, or the response records of another tool's WARC
file); gives a `Capture`, or raises `CorruptCaptureError` naming the file. No message ever
quotes the file's content: archives come from pull requests too.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.errors import CorruptCaptureError
from factcheck.model import Capture, CaptureOrigin
from factcheck.sources.archive.files import (
    METADATA_TYPE,
    ORIGIN_HEADER,
    NotRegularFile,
    parse_time,
    read_regular_file,
)
from factcheck.sources.decoding import BoundedDecoder, DecodedTooLarge

if TYPE_CHECKING:
    from warcio.statusandheaders import StatusAndHeaders

MAX_ARCHIVED_BODY = 64 * 1024 * 1024
"""Decoded size past which an archived body is refused; archives come from pull requests too."""
MAX_CAPTURE_FILE = MAX_ARCHIVED_BODY + 4 * 1024 * 1024
"""Size past which a capture file is not read at all (its body is within it, compressed)."""
MAX_METADATA_BYTES = 1024 * 1024


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


def read_capture_file(root: Path, name: str) -> Capture:
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
        data = read_regular_file(path, MAX_CAPTURE_FILE)
    except FileNotFoundError:
        raise CorruptCaptureError(shown, "the file has gone") from None
    except NotRegularFile as exc:
        raise CorruptCaptureError(shown, str(exc)) from None
    except OSError as exc:
        raise CorruptCaptureError(shown, f"it cannot be read ({exc.strerror})") from None
    return parse_capture(data, shown)


def parse_capture(data: bytes, shown: str) -> Capture:
    """A capture from the bytes of its WARC file; `shown` names it in messages."""
    # warcio is imported where it is used: an offline run that finds its documents
    # extracted in the cache never reads a WARC file.
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        check_gzip_members(data)
        found = _scan_records(ArchiveIterator(io.BytesIO(data), check_digests="raise"))
    except InvalidWarc as exc:
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
        when = parse_time(fetched_at)
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


class InvalidWarc(Exception):
    """A capture file breaks a rule; the message is ours and never quotes the file."""


def check_gzip_members(data: bytes) -> None:
    """Every byte of the file belongs to a complete gzip member (a truncated file fails), and
    what they hold is whole WARC records (`check_framing`)."""
    if not data:
        raise InvalidWarc("the file is empty")
    produced = 0
    rest = data
    records: list[bytes] = []
    while rest:
        if rest[:2] != b"\x1f\x8b":
            raise InvalidWarc("it holds bytes that are not gzip data")
        member = zlib.decompressobj(zlib.MAX_WBITS | 16)
        pending = rest
        try:
            while not member.eof:
                chunk = member.decompress(pending, 1024 * 1024)
                records.append(chunk)
                produced += len(chunk)
                if produced > MAX_CAPTURE_FILE + MAX_ARCHIVED_BODY:
                    raise InvalidWarc("it decompresses to more than the archive reads")
                pending = member.unconsumed_tail
                if not pending and not member.eof:
                    raise InvalidWarc("it ends in the middle of a gzip member (truncated)")
        except zlib.error:
            raise InvalidWarc("its gzip data is damaged") from None
        rest = member.unused_data
    check_framing(b"".join(records))


_CONTENT_LENGTH = re.compile(rb"^content-length:[ \t]*([0-9]{1,12})[ \t]*\r?$", re.I | re.M)


def check_framing(stream: bytes) -> None:
    """The bytes are whole WARC records, each block exactly its Content-Length long.

    warcio checks a record's digests only when it reads the block to its declared end, so
    a block cut short (or a record missing its tail) would pass unchecked; this catches it.
    """
    at = 0
    while at < len(stream):
        if not stream.startswith(b"WARC/", at):
            raise InvalidWarc("it holds bytes that are not a WARC record")
        head_end = stream.find(b"\r\n\r\n", at)
        if head_end < 0:
            raise InvalidWarc("a WARC record's headers are cut short")
        length = _CONTENT_LENGTH.search(stream, at, head_end + 2)
        if length is None:
            raise InvalidWarc("a WARC record has no Content-Length")
        block_end = head_end + 4 + int(length.group(1))
        if stream[block_end : block_end + 4] != b"\r\n\r\n":
            raise InvalidWarc("a WARC record is not as long as its Content-Length says")
        at = block_end + 4


_DIGEST_RECORDS = frozenset({"response", "resource", "metadata"})


def _scan_records(records: Iterator[Any]) -> _Found:
    found = _Found()
    for record in records:
        kind = record.rec_type
        headers = record.rec_headers
        if kind in _DIGEST_RECORDS and not headers.get_header("WARC-Block-Digest"):
            raise InvalidWarc(f"its {kind} record has no WARC-Block-Digest")
        if kind in ("response", "resource") and not found.record_type:
            found.record_type = kind
            found.record_id = headers.get_header("WARC-Record-ID") or ""
            found.uri = headers.get_header("WARC-Target-URI") or ""
            found.date = headers.get_header("WARC-Date") or ""
            found.origin_header = headers.get_header(ORIGIN_HEADER) or ""
            raw = read_block(record, MAX_ARCHIVED_BODY, "its body")
            if kind == "response" and record.http_headers is not None:
                found.status = int(record.http_headers.get_statuscode() or 0)
                found.headers = tuple((str(k), str(v)) for k, v in record.http_headers.headers)
                found.body = decode_archived(record.http_headers, raw)
            else:
                content_type = headers.get_header("Content-Type") or ""
                found.headers = (("Content-Type", content_type),)
                found.body = raw
        elif kind == "metadata" and found.metadata is None:
            block = read_block(record, MAX_METADATA_BYTES, "its metadata")
            if headers.get_header("Content-Type") == METADATA_TYPE:
                data = json.loads(block.decode("utf-8"))
                if isinstance(data, dict):
                    found.metadata = data
                    found.metadata_for = headers.get_header("WARC-Concurrent-To") or ""
        else:
            # Read to the end, so that warcio checks this record's digests too.
            read_block(record, MAX_ARCHIVED_BODY, f"its {kind} record")
    return found


def read_block(record: Any, limit: int, what: str) -> bytes:
    from warcio.exceptions import ArchiveLoadFailed

    # Reading to the end makes warcio check the record's digests ("raise" on a mismatch).
    try:
        raw: bytes = record.raw_stream.read(limit + 1)
        if len(raw) > limit or record.raw_stream.read(1):
            raise InvalidWarc(f"{what} is over {limit} bytes")
    except ArchiveLoadFailed:
        raise InvalidWarc(f"{what} fails its WARC digest") from None
    return raw


def _dechunk(raw: bytes) -> bytes:
    """The body of a `Transfer-Encoding: chunked` message (trailers ignored)."""
    out: list[bytes] = []
    at = 0
    while True:
        end = raw.find(b"\r\n", at)
        if end < 0:
            raise InvalidWarc("its chunked body is cut short")
        size_text = raw[at:end].split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            raise InvalidWarc("its chunked body is malformed") from None
        if size == 0:
            return b"".join(out)
        start = end + 2
        if start + size > len(raw):
            raise InvalidWarc("its chunked body is cut short")
        out.append(raw[start : start + size])
        at = start + size + 2


def decode_archived(http_headers: StatusAndHeaders, raw: bytes) -> bytes:
    if (http_headers.get_header("transfer-encoding") or "").lower() == "chunked":
        # Tools that record the wire bytes (wget, Browsertrix) keep the chunked framing.
        raw = _dechunk(raw)
    encoding = http_headers.get_header("content-encoding") or ""
    try:
        decoder = BoundedDecoder(encoding, MAX_ARCHIVED_BODY)
        return decoder.decode(raw) + decoder.flush()
    except DecodedTooLarge:
        raise InvalidWarc(f"the body decompresses to over {MAX_ARCHIVED_BODY} bytes") from None
    except ValueError:
        raise InvalidWarc("its body has an unsupported content encoding") from None
    except zlib.error:
        raise InvalidWarc("its compressed body cannot be decoded") from None
