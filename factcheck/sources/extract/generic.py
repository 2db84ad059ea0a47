"""Generic main-text extraction: a parsed page with no publisher profile → blocks and metadata.

Takes the lxml tree of an HTML page and gives its main text as blocks (paragraphs, headings,
list items, table cells) and its title, date and declared language. The main text is chosen
by trafilatura (Apache-2.0), the extractor that scored best on the public
article-extraction benchmark when measured against our own container heuristics
(bench/bench_extract.py): it keeps paragraphs, headings and lists apart and leaves out
navigation, comments, "read next" blocks and captions. Comments are left out, and it runs in
its fast mode (no second opinion from readability/jusText): measured on the benchmark, that
scores higher than its default and favour-precision modes, in less time. A result shorter than
trafilatura's own floor (MIN_EXTRACTED_SIZE) is not used: fast mode would fill it with a dump
of the whole page, and our container rules read such short pages better.

The date comes from the page's metadata (meta tags, <time>), else from a date line before the
body text (read by the caller), else from htmldate's quick search.

lxml and trafilatura are imported only when a page is extracted, so commands that never read
HTML do not pay for them.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from factcheck.errors import SourceError
from factcheck.lazy_pattern import lazy_compile
from factcheck.text.dates import parse_date

if TYPE_CHECKING:
    from lxml.html import HtmlElement

log = logging.getLogger(__name__)

MAX_DEPTH = 255
"""libxml2 stops building an HTML tree at 256 levels and drops the rest; we refuse instead."""
MAX_ELEMENTS = 50_000
"""A page with more elements than this is refused: real articles have a few thousand (the
largest of the 181 benchmark pages has 1,709), and reading one costs time in proportion."""
GENERIC_MAX_ELEMENTS = 15_000
"""Above this many elements trafilatura is not run: its time grows with the square of the
page (20,000 paragraphs take it about 4 s, 80,000 about 35 s); our own container rules,
linear in the page, read it instead."""

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# trafilatura's output vocabulary: each of these is its own block.
_OUTPUT_BLOCKS = frozenset({"p", "head", "item", "cell", "quote", "code", "list", "table", "row"})
_SPACE_RUN = re.compile(r"[ \t\r\n\f\v\xa0\u200b]+")
_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—:]\s+|\s*[｜|]\s*")
DATE_METAS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.issued",
    "dcterms.date",
    "dcterms.created",
    "citation_publication_date",
    "publishdate",
    "pubdate",
)


@dataclass(frozen=True)
class RawBlock:
    text: str
    """Text as found; whitespace is collapsed by the caller."""
    level: int = 0
    """Heading level 1–6; 0 for a paragraph."""


@dataclass(frozen=True)
class PageMeta:
    title: str
    published: dt.date | None
    declared_language: str | None


def parse_page(text: str, url: str) -> tuple[HtmlElement, int]:
    """The lxml tree of a decoded page and its number of elements; raises SourceError for a
    page too deep or too big."""
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(
        collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True
    )
    try:
        root = lxml_html.document_fromstring(text or "<html></html>", parser=parser)
    except (etree.ParserError, ValueError):
        root = lxml_html.document_fromstring("<html></html>", parser=parser)
    if any("depth" in str(entry.message).lower() for entry in parser.error_log):
        raise SourceError(
            url, f"page too deeply nested (more than {MAX_DEPTH} levels of tags); not read"
        )
    count = int(root.xpath("count(//*)"))
    if count > MAX_ELEMENTS:
        raise SourceError(url, f"page too large (more than {MAX_ELEMENTS:,} tags); not read")
    return root, count


_IDEOGRAPHIC_SPACE = "\u3000"
_STAND_IN = "\u2800"
"""Printable and not a space to Python, so trafilatura keeps it where it collapses U+3000."""
_CJK_CHAR = lazy_compile("[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]")
_NOT_XML_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_CJK_LINE_BREAK = lazy_compile(
    r"(?<=[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef])[ \t\r\f\v]*\n\s*"
    r"(?=[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef])"
)


def _protect_text(root: HtmlElement, source: str) -> bool:
    """Keep what trafilatura's space collapsing would change in Japanese text: a line break
    between two CJK characters is no space at all, and an ideographic space stays one.

    ``source`` is the page's text, to skip the walk on pages that need none of it."""
    if _STAND_IN in source:
        return False
    if _IDEOGRAPHIC_SPACE not in source and _CJK_CHAR.search(source) is None:
        return False
    for element in root.iter():
        for attr in ("text", "tail"):
            value = getattr(element, attr)
            if value and ("\n" in value or _IDEOGRAPHIC_SPACE in value):
                value = _CJK_LINE_BREAK.sub("", value).replace(_IDEOGRAPHIC_SPACE, _STAND_IN)
                # lxml refuses to set what it would never have parsed into a tree.
                value = _NOT_XML_TEXT.sub("", value)
                setattr(element, attr, value)
    return True


def main_text_blocks(root: HtmlElement, url: str, source: str) -> list[RawBlock]:
    """The page's main text as trafilatura finds it, one block per paragraph/heading/item.

    ``root`` is changed in place (Japanese spacing protected); read metadata first.
    """
    import trafilatura

    protected = _protect_text(root, source)

    try:
        found: Any = trafilatura.bare_extraction(
            root,
            url=url or None,
            include_comments=False,
            fast=True,
            include_tables=True,
            with_metadata=False,
        )
    except (ValueError, RecursionError) as error:  # trafilatura's own "nothing usable"
        log.debug("trafilatura found no main text in %s: %s", url, error)
        return []
    body = getattr(found, "body", None) if found is not None else None
    if body is None:
        return []
    if len(getattr(found, "text", "") or "") < _min_extracted_size():
        # Below trafilatura's own floor its fast mode falls back to a dump of the whole page
        # (navigation included); our container rules read such short pages better.
        return []
    blocks = list(_walk_output(body))
    if protected:
        blocks = [RawBlock(b.text.replace(_STAND_IN, _IDEOGRAPHIC_SPACE), b.level) for b in blocks]
    return blocks


def _min_extracted_size() -> int:
    from trafilatura.settings import DEFAULT_CONFIG

    return DEFAULT_CONFIG.getint("DEFAULT", "MIN_EXTRACTED_SIZE")


def _walk_output(body: Any) -> Iterator[RawBlock]:
    from lxml import etree

    pieces: list[str] = []
    levels: list[int] = [0]

    def flush() -> Iterator[RawBlock]:
        text = "".join(pieces)
        pieces.clear()
        if text.strip():
            yield RawBlock(text, levels[-1])

    for event, element in etree.iterwalk(body, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _OUTPUT_BLOCKS:
                yield from flush()
                level = 0
                if tag == "head":
                    rend = str(element.get("rend") or "h2")
                    level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
                levels.append(level)
            elif tag == "lb":
                yield from flush()
            if element is not body and element.text and tag != "lb":
                pieces.append(element.text)
        else:
            if tag in _OUTPUT_BLOCKS:
                yield from flush()
                levels.pop()
            if element is not body and element.tail:
                pieces.append(element.tail)
    yield from flush()


# ── metadata ──────────────────────────────────────────────────────────────────


def page_meta(root: HtmlElement) -> PageMeta:
    metas = meta_values(root.iter("meta"))
    return PageMeta(
        title=_page_title(root, metas),
        published=_published_from_markup(root, metas),
        declared_language=_declared_language(root, metas),
    )


def date_by_htmldate(root: HtmlElement) -> dt.date | None:
    """htmldate's quick search (URL, headers, common markup); None when unsure."""
    from htmldate import find_date

    try:
        found = find_date(root, extensive_search=False, original_date=True)
    except (ValueError, TypeError) as error:
        log.debug("htmldate failed: %s", error)
        return None
    if not found:
        return None
    try:
        return dt.date.fromisoformat(found[:10])
    except ValueError:
        return None


class _Attributes(Protocol):
    """An element of either tree the extractors read: lxml's, or BeautifulSoup's."""

    def get(self, key: str, /) -> object: ...


def meta_values(metas: Iterable[_Attributes]) -> dict[str, str]:
    """The <meta> tags' contents by lower-cased property/name/itemprop/http-equiv; the first
    tag of a name wins."""
    values: dict[str, str] = {}
    for meta in metas:
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        key = key or meta.get("http-equiv")
        content = meta.get("content")
        if key and isinstance(key, str) and isinstance(content, str):
            values.setdefault(key.strip().lower(), content.strip())
    return values


def date_from_metas(metas: dict[str, str]) -> dt.date | None:
    """The first publication date among the page's date meta tags, in DATE_METAS order."""
    for key in DATE_METAS:
        if key in metas:
            found = read_date_value(metas[key])
            if found:
                return found
    return None


def _published_from_markup(root: HtmlElement, metas: dict[str, str]) -> dt.date | None:
    found = date_from_metas(metas)
    if found:
        return found
    for time_tag in root.iter("time"):
        value = time_tag.get("datetime")
        found = read_date_value(value if value else time_tag.text_content())
        if found:
            return found
        break
    return None


def read_date_value(value: str) -> dt.date | None:
    iso = _ISO_DATE.match(value)
    if iso:
        try:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return None
    return parse_date(value, "en") or parse_date(value, "ja")  # ISO-ish or 年月日, either way


def _page_title(root: HtmlElement, metas: dict[str, str]) -> str:
    """The <h1> that og:title or the page's <title> (without the site name) also carries (a
    site logo in an <h1> does not), else the first <h1>, else og:title, else the <title>."""
    declared = " ".join(
        [
            metas.get("og:title", ""),
            *(strip_site_name(collapse_space(t.text_content())) for t in root.iter("title")),
        ]
    ).casefold()
    headings = [text for h in root.iter("h1") if (text := collapse_space(h.text_content()))]
    for text in headings:
        if text.casefold() in declared:
            return text
    if headings:
        return headings[0]
    if metas.get("og:title"):
        return collapse_space(metas["og:title"])
    for title in root.iter("title"):
        return strip_site_name(collapse_space(title.text_content()))
    return ""


def strip_site_name(title: str) -> str:
    """ "Page | Site" → "Page": drop the last separator-delimited part."""
    separators = list(_TITLE_SUFFIX.finditer(title))
    if not separators:
        return title
    head = title[: separators[-1].start()].strip()
    return head or title


def _declared_language(root: HtmlElement, metas: dict[str, str]) -> str | None:
    for attr in ("lang", "{http://www.w3.org/XML/1998/namespace}lang", "xml:lang"):
        code = language_code(root.get(attr))
        if code:
            return code
    return language_code(metas.get("content-language", ""))


def language_code(value: str | None) -> str | None:
    """ "ja-JP" → "ja", "en_US" → "en"; None for an empty or malformed tag."""
    if not value:
        return None
    primary = re.split(r"[-_,;\s]", value.strip().lower(), maxsplit=1)[0]
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None


def collapse_space(text: str) -> str:
    return _SPACE_RUN.sub(" ", text).strip()
