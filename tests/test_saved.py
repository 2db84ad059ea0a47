"""Pages saved from a browser (factcheck.sources.saved): HTML as is, MHTML's HTML part, PDF."""

from __future__ import annotations

import base64

import pytest

from factcheck.errors import ArchiveError
from factcheck.sources.saved import is_mhtml, read_saved_page

PAGE = "<html><head><meta charset='utf-8'></head><body><p>両首脳は会談した。</p></body></html>"


def mhtml(parts: list[tuple[str, str, bytes]], start: str | None = None) -> bytes:
    """An MHTML file with (content type, content id, base64 payload) parts."""
    boundary = "----boundary----"
    head = f'Content-Type: multipart/related; type="text/html"; boundary="{boundary}"'
    if start:
        head += f'; start="{start}"'
    lines = ["From: <Saved by a browser>", "MIME-Version: 1.0", head, ""]
    for content_type, content_id, payload in parts:
        lines += [
            f"--{boundary}",
            f"Content-Type: {content_type}",
            f"Content-ID: {content_id}",
            "Content-Transfer-Encoding: base64",
            f"Content-Location: https://www.mofa.go.jp/{content_id.strip('<>')}",
            "",
            base64.b64encode(payload).decode(),
        ]
    lines.append(f"--{boundary}--")
    return "\r\n".join(lines).encode()


def test_plain_html_is_kept_as_it_is():
    saved = read_saved_page(PAGE.encode(), "page.html")
    assert (saved.body, saved.content_type, saved.kind) == (PAGE.encode(), "text/html", "html")
    assert not is_mhtml(PAGE.encode())


def test_the_mhtml_root_part_is_the_page_even_after_other_parts():
    data = mhtml(
        [
            ("image/png", "<logo>", b"\x89PNG"),
            ("text/html; charset=utf-8", "<frame>", PAGE.encode()),
            ("text/html", "<ad>", b"<p>an ad frame</p>"),
        ],
        start="<frame>",
    )
    saved = read_saved_page(data, "page.mhtml")
    assert saved.body == PAGE.encode()
    assert saved.content_type == "text/html; charset=utf-8"
    assert saved.saved_url == "https://www.mofa.go.jp/frame"
    assert saved.kind == "mhtml"


def test_without_start_the_first_html_part_is_the_page():
    data = mhtml([("image/png", "<logo>", b"\x89PNG"), ("text/html", "<frame>", PAGE.encode())])
    assert read_saved_page(data, "page.mhtml").body == PAGE.encode()


def test_an_mhtml_file_without_html_is_refused():
    data = mhtml([("image/png", "<logo>", b"\x89PNG")])
    with pytest.raises(ArchiveError, match="without an HTML part"):
        read_saved_page(data, "page.mhtml")


def test_a_saved_pdf_is_a_pdf():
    saved = read_saved_page(b"%PDF-1.7\n...", "statement.pdf")
    assert (saved.content_type, saved.kind) == ("application/pdf", "pdf")
