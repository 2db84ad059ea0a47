"""Pages an editor saved from a browser: the bytes of "Save page as", HTML or MHTML.

Takes the bytes of the saved file; gives the page to archive (`SavedPage`: the HTML bytes,
their content type and, for MHTML, the URL the browser recorded). An MHTML file ("Web page,
single file") is a MIME `multipart/related` message whose root part is the page's HTML; the
other parts (images, styles) are not needed to read the text and are left out. Pure: the
CLI reads the file.
"""

from __future__ import annotations

import email.parser
import email.policy
from dataclasses import dataclass
from email.message import Message

from factcheck.errors import ArchiveError

_MHTML_START = (b"from:", b"mime-version:", b"content-type:", b"subject:", b"date:")


@dataclass(frozen=True)
class SavedPage:
    """The page inside a saved file."""

    body: bytes
    content_type: str
    saved_url: str | None = None
    """The URL the browser recorded (MHTML's Content-Location), when there is one."""
    kind: str = "html"
    """"html", "mhtml" or "pdf": what the editor saved."""


def is_mhtml(data: bytes) -> bool:
    """Whether the bytes look like an MHTML file (MIME headers, then multipart/related)."""
    head = data[:4096].lstrip().lower()
    return head.startswith(_MHTML_START) and b"multipart/related" in head


def read_saved_page(data: bytes, name: str) -> SavedPage:
    """The page in a file saved from a browser; `name` names the file in messages."""
    if data.lstrip()[:5] == b"%PDF-":
        return SavedPage(data, "application/pdf", kind="pdf")
    if not is_mhtml(data):
        return SavedPage(data, "text/html")
    message = email.parser.BytesParser(policy=email.policy.compat32).parsebytes(data)
    root = _root_part(message)
    if root is None:
        raise ArchiveError(f"{name}: an MHTML file without an HTML part; save the page again")
    payload = root.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise ArchiveError(f"{name}: the HTML part of this MHTML file is empty")
    charset = root.get_content_charset()
    content_type = root.get_content_type() + (f"; charset={charset}" if charset else "")
    location = root.get("Content-Location") or message.get("Snapshot-Content-Location")
    return SavedPage(payload, content_type, str(location) if location else None, "mhtml")


def _root_part(message: Message) -> Message | None:
    """The part `start` names, else the first HTML part (RFC 2557)."""
    if not message.is_multipart():
        return message if message.get_content_type() == "text/html" else None
    start = (message.get_param("start") or "") if message.get_param("start") else ""
    parts = [part for part in message.walk() if not part.is_multipart()]
    if isinstance(start, str) and start:
        for part in parts:
            if part.get("Content-ID", "").strip() == start.strip():
                return part
    return next((part for part in parts if part.get_content_type() == "text/html"), None)
