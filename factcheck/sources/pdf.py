"""PDF sources → a `Document`: pages → paragraphs → sentences.

Takes a PDF's bytes (as fetched or archived) and gives the same `Document` an HTML page
gives: title, date, language and main-text sentences. pypdf reads the text of each page;
the lines it gives are the PDF's visual lines, so they are joined back into paragraphs here
(a paragraph ends at a short line, a blank line, a page end or before a list item; a word
broken by a hyphen at a line end is rejoined) and the paragraphs then go through the plain
text path of `factcheck.sources.extract.page` — language detection, date, list numbers, speakers and
`factcheck.text.sentences.split_sentences` — so a PDF's sentences are cut exactly like a page's.

A PDF that cannot be read (broken, encrypted, no text layer) is a `SourceError` saying so.
"""

from __future__ import annotations

import dataclasses
import io
import logging
import re
from typing import TYPE_CHECKING

from factcheck.errors import SourceError
from factcheck.lazy_pattern import lazy_compile
from factcheck.model import Document
from factcheck.sources.extract.page import extract_text

if TYPE_CHECKING:
    from pypdf import PageObject

logger = logging.getLogger(__name__)

PDF_TYPE = "application/pdf"
MAX_PAGES = 300
"""Official readouts and transcripts run to a few dozen pages; the rest is not read."""
MAX_TEXT = 2_000_000
"""Characters of text kept from a PDF."""

_TERMINAL = tuple("。．.!?！？」』”\"')）")
_LIST_START = lazy_compile(
    r"^(?:[0-9０-９]{1,2}[.．、)）]?\s|[(（][0-9０-９一二三四五六七八九十]{1,3}[)）]|[・●○■□◆◇▪•※【]|[-–—]\s)"
)
_PAGE_NUMBER = lazy_compile(
    r"^[-–—\s]*(?:\d{1,4}|\d{1,4}\s*/\s*\d{1,4}|page \d{1,4})[-–—\s]*$", re.I
)
_SPACES = re.compile(r"[ \t]{2,}")
_SHORT = 0.7
"""A line shorter than this share of the page's usual width ends its paragraph."""
_SHORT_AFTER_STOP = 0.9
"""… and this share when it ends with a sentence stop."""


def is_pdf(body: bytes, content_type: str = "") -> bool:
    """Whether a capture is a PDF, by its type or its signature."""
    mime = content_type.split(";", 1)[0].strip().lower()
    return mime == PDF_TYPE or body[:1024].lstrip().startswith(b"%PDF-")


def read_pdf_pages(body: bytes, url: str) -> tuple[list[str], str]:
    """The text of each page and the title the PDF's metadata gives ("" if none)."""
    # pypdf is imported only when a PDF has to be read: most runs never meet one.
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(body), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceError(url, "the PDF is encrypted; it cannot be read without a password")
        title = ""
        if reader.metadata is not None and reader.metadata.title:
            title = str(reader.metadata.title).strip()
        pages: list[str] = []
        size = 0
        for number, page in enumerate(reader.pages):
            if number >= MAX_PAGES:
                logger.warning("%s: only the first %d pages are read", url, MAX_PAGES)
                break
            text = _page_text(page, url)
            pages.append(text)
            size += len(text)
            if size > MAX_TEXT:
                logger.warning("%s: text past %d characters is not read", url, MAX_TEXT)
                break
    except SourceError:
        raise
    except RecursionError:
        raise SourceError(url, "the PDF cannot be read: its objects nest too deeply") from None
    except Exception as exc:  # a hostile PDF can make pypdf raise anything
        reason = str(exc) or type(exc).__name__
        raise SourceError(url, f"the PDF cannot be read: {reason}") from None
    return pages, title


def _page_text(page: PageObject, url: str) -> str:
    # Layout mode keeps vertical gaps as blank lines: the best paragraph signal a PDF has.
    # It is newer and stricter than the plain mode, which stays as the fallback.
    try:
        return page.extract_text(extraction_mode="layout") or ""
    except Exception as exc:  # as in read_pdf_pages
        logger.info("%s: layout text extraction failed (%s); using plain mode", url, exc)
        return page.extract_text() or ""


def reflow_page(text: str) -> list[str]:
    """A page's visual lines joined into paragraphs (lines of one paragraph joined by "\\n")."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Layout mode pads with spaces to keep columns; inside a line they mean one space.
    lines = [_SPACES.sub(" ", line.strip()) for line in text.split("\n")]
    lines = [line for line in lines if not _PAGE_NUMBER.fullmatch(line)] if lines else []
    widths = sorted(len(line) for line in lines if line)
    if not widths:
        return []
    usual = widths[int(len(widths) * 0.9) - 1 if len(widths) > 1 else 0]
    paragraphs: list[str] = []
    current: list[str] = []

    def close() -> None:
        if current:
            paragraphs.append("\n".join(current))
            current.clear()

    for line in lines:
        if not line:
            close()
            continue
        if current and _LIST_START.match(line):
            close()
        if current and current[-1].endswith("-") and line[:1].islower():
            # "strength-\nening" is one word; "Japan-\nU.S." keeps its hyphen.
            current[-1] = current[-1][:-1] + line
        else:
            current.append(line)
        last = current[-1]
        share = len(line) / usual if usual else 1.0
        if share < _SHORT or (last.endswith(_TERMINAL) and share < _SHORT_AFTER_STOP):
            close()
    close()
    return paragraphs


def extract_pdf(body: bytes, url: str, language_hint: str | None = None) -> Document:
    """The title, date, language and sentences of a PDF source."""
    pages, title = read_pdf_pages(body, url)
    paragraphs = [paragraph for page in pages for paragraph in reflow_page(page)]
    if not paragraphs:
        raise SourceError(
            url, "the PDF has no text layer (a scan?); factcheck cannot read images of text"
        )
    text = "\n\n".join(paragraphs)
    document = extract_text(text.encode("utf-8"), url, "text/plain; charset=utf-8", language_hint)
    if title and len(title) <= 200:
        document = dataclasses.replace(document, title=title)
    return document
