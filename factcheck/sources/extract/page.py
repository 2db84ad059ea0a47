"""Extract stage: the bytes of a source page → a `Document`.

Takes the body of an HTML page (or a plain-text file) as archived, with its Content-Type, and
gives a `Document`: title, publication date, language, and the main text as paragraphs with
its sentences, each sentence carrying the speaker and section it stands under.

Three ways in (docs/extraction.md):

- a page at a host of a built-in publisher profile (MOFA, Kantei, the White House, worldjpn)
  is read by the profile's layout: main container, title, date line, and what to drop
  (captions, photo credits, back links, related links, share widgets, breadcrumbs); its
  speaker headers ("[Opening statement by …]") name who speaks next;
- any other page goes to trafilatura (`factcheck.sources.extract.generic`), chosen by measurement on
  the article-extraction benchmark; when it finds nothing, our own container rules (<main>,
  [role=main], <article>, #maincontents-like ids and classes, else the densest text block)
  read the page;
- plain text is split at blank lines, and at single newlines after headings, date lines and
  captions.

Every <p>, <li>, heading, <dd>, <td> … is its own paragraph, so a sentence never runs across
blocks. A number that only numbers a paragraph as a list item ("1 冒頭、…", "2. The leaders …")
stays in the document's text but not in the sentence, where it would read as a count. Pages
nested too deep or too large are refused with a `SourceError` that says so.

The bytes are decoded by `factcheck.sources.charset` (`decode_html` is re-exported here for
callers); speakers and sections come from `factcheck.text.speakers`. The work is done
beside it in `profile`, `generic`, `container` (the three ways in), `blocks`, `boilerplate`
and `document`; this module sniffs the body and chooses.
"""

from __future__ import annotations

import codecs
import re

from factcheck.errors import SourceError
from factcheck.model import Document
from factcheck.sources.charset import decode_html
from factcheck.sources.extract.blocks import TextBlock, normalise_space, plain_text_blocks
from factcheck.sources.extract.container import extract_by_container
from factcheck.sources.extract.document import build_document, choose_language, published_from_text
from factcheck.sources.extract.generic import (
    GENERIC_MAX_ELEMENTS,
    date_by_htmldate,
    language_code,
    main_text_blocks,
    page_meta,
    parse_page,
)
from factcheck.sources.extract.profile import extract_by_profile
from factcheck.sources.publishers import profile_for_page

__all__ = ["decode_html", "extract_text"]


# ── what kind of body ─────────────────────────────────────────────────────────

_BINARY_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0", "an Office document"),
    (b"\x1f\x8b", "gzip-compressed data"),
)
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_SNIFFED_TYPES = frozenset(
    {"", "application/octet-stream", "binary/octet-stream", "text/xml", "application/xml"}
)
_LOOKS_LIKE_HTML = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|title|meta|div|p|h1|table)\b", re.IGNORECASE
)


def _is_html(body: bytes, content_type: str, url: str) -> bool:
    """True for an HTML body, False for plain text; raises SourceError for anything else."""
    media = content_type.split(";", 1)[0].strip().lower()
    shown = media or "missing"
    for signature, what in _BINARY_SIGNATURES:
        if body.startswith(signature):
            raise SourceError(url, f"not an HTML page (content-type {shown}; the body is {what})")
    head = body[:2048]
    utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if b"\x00" in head and not utf16:
        raise SourceError(url, f"not an HTML page (content-type {shown}; the body is binary)")
    if media in _HTML_TYPES:
        return True
    if media == "text/plain" or media in _SNIFFED_TYPES:
        looks_html = _LOOKS_LIKE_HTML.search(head) is not None
        if looks_html or media == "text/plain":
            return looks_html
        if media == "":
            return False
    raise SourceError(url, f"not an HTML page (content-type {shown})")


def extract_text(
    body: bytes,
    url: str,
    content_type: str = "",
    language_hint: str | None = None,
    *,
    content_language: str = "",
) -> Document:
    """The title, date, language and main-text sentences of a page.

    ``content_type`` and ``content_language`` are the HTTP headers of the capture;
    ``language_hint`` (e.g. the claim file's language for the source) is used when neither the
    page nor the headers say. Raises `SourceError` when the body is not HTML or plain text.
    """
    html = _is_html(body, content_type, url)
    text = decode_html(body, content_type)
    declared_header = language_code(content_language) or language_code(language_hint)
    if not html:
        blocks = plain_text_blocks(text)
        plain = "\n".join(b.text for b in blocks)
        language = choose_language(declared_header, plain)
        title = blocks[0].text if blocks and len(blocks[0].text) <= 200 else ""
        return build_document(url, title, published_from_text(blocks, language), language, blocks)

    root, size = parse_page(text, url)
    profile = profile_for_page(url)
    if profile is not None and profile.main_selectors:
        document = extract_by_profile(text, url, declared_header, profile)
        if document is not None:
            return document
    if size > GENERIC_MAX_ELEMENTS:
        return extract_by_container(text, url, declared_header)
    meta = page_meta(root)
    raw = main_text_blocks(root, url, text)
    blocks = [TextBlock(t, b.level) for b in raw if (t := normalise_space(b.text))]
    if blocks:
        language = choose_language(
            meta.declared_language or declared_header, "\n".join(b.text for b in blocks)
        )
        published = (
            meta.published or published_from_text(blocks, language) or date_by_htmldate(root)
        )
        return build_document(url, meta.title, published, language, blocks)
    return extract_by_container(text, url, declared_header)
