"""Writing a capture as WARC records: a live or Internet Archive fetch as request, response
and metadata records; a page without an HTTP exchange (reconstruction, saved copy) as a
resource record and metadata. The metadata record (JSON) carries factcheck's own fields: origin,
URL, final URL, SHA-256 of the body, note.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any

from factcheck import __version__
from factcheck.model import Capture
from factcheck.sources.archive.files import METADATA_TYPE, ORIGIN_HEADER, iso_time

if TYPE_CHECKING:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    # Only a fetch needs the HTTP stack: an offline run reads the archive without it.
    from factcheck.sources.fetch import FetchedResponse


def write_warc_file(fh: IO[bytes], filename: str, write: Callable[[WARCWriter], None]) -> None:
    # warcio is imported where it is used: an offline run that finds its documents
    # extracted in the cache never reads or writes a WARC file.
    from warcio.warcwriter import WARCWriter

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


def metadata_record(
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
        "WARC-Date": iso_time(capture.fetched_at),
        "WARC-Concurrent-To": concurrent_to,
        ORIGIN_HEADER: capture.origin.value,
    }
    return _record(
        writer, capture.final_url, "metadata", payload, headers, content_type=METADATA_TYPE
    )


def write_fetched(writer: WARCWriter, fetched: FetchedResponse, more: dict[str, Any]) -> None:
    from warcio.statusandheaders import StatusAndHeaders

    capture = fetched.capture
    date = iso_time(capture.fetched_at)
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
    writer.write_record(metadata_record(writer, capture, response_id, extra))


def write_resource(writer: WARCWriter, capture: Capture, more: dict[str, Any]) -> None:
    headers = {"WARC-Date": iso_time(capture.fetched_at), ORIGIN_HEADER: capture.origin.value}
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
    extra = {**more, "fetched_at": iso_time(capture.fetched_at)}
    writer.write_record(metadata_record(writer, capture, resource_id, extra))
