"""Extract stage: the bytes of a source page → a `Document`.

Takes the body of an HTML page (or a plain-text file) as archived, with its Content-Type, and
gives a `Document`: title, publication date, language, and the main text as paragraphs with
its sentences, each sentence carrying the speaker and section it stands under.

Three ways in (docs/extraction.md):

- a page at a host of a built-in publisher profile (MOFA, Kantei, the White House, worldjpn)
  is read by the profile's layout: main container, title, date line, and what to drop
  (captions, photo credits, back links, related links, share widgets, breadcrumbs); its
  speaker headers ("[Opening statement by …]") name who speaks next;
- any other page goes to trafilatura (`factcheck.sources.extract_generic`), chosen by measurement on
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
callers);
speakers and sections come from `factcheck.text.speakers`.
"""

from __future__ import annotations

import codecs
import datetime as dt
import itertools
import logging
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass

import soupsieve
from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning
from bs4.element import Comment, NavigableString, PreformattedString, Tag

from factcheck.errors import SourceError
from factcheck.languages import detect_language
from factcheck.model import Document, Sentence
from factcheck.sources.charset import decode_html
from factcheck.sources.extract_generic import (
    GENERIC_MAX_ELEMENTS,
    date_by_htmldate,
    date_from_metas,
    language_code,
    main_text_blocks,
    meta_values,
    page_meta,
    parse_page,
    read_date_value,
    strip_site_name,
)
from factcheck.sources.publishers import PublisherProfile, profile_for_page
from factcheck.text.dates import parse_date
from factcheck.text.sentences import skip_list_number, split_sentences
from factcheck.text.speakers import SpeakerTracker

__all__ = ["decode_html", "extract_text"]

log = logging.getLogger(__name__)


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


# ── boilerplate ───────────────────────────────────────────────────────────────

_JUNK_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "button",
        "select",
        "textarea",
        "input",
        "rt",
        "rp",
    }
)
_SEMANTIC_CHROME = frozenset({"nav", "aside", "footer"})
_GUESSED_CHROME = frozenset({"form", "dialog"})
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
# Pieces of id/class names that mark page chrome (matched as substrings).
_CHROME_NAME = re.compile(
    r"breadcrumb|topicpath|topic-path|pankuzu|skip|pagetop|page-top|page_top|gotop|go-top"
    r"|totop|to-top|back-?to-?top|share|social|sns|nav|menu|footer|sidebar|side-bar|utility"
    r"|banner|related|backlink|sr-only|visually-hidden|screen-reader|cookie",
    re.IGNORECASE,
)
_HEADER_NAME = re.compile(r"header|masthead|site-?name|site-?title|logo", re.IGNORECASE)
_CHROME_LINK = re.compile(
    r"(?:back to top|to top|page ?top|top of (?:the )?page|return to top|go to top|skip to .*"
    r"|skip navigation|back to .{1,60}|return to .{1,60}|print(?: this page)?|share|tweet|post"
    r"|ページ(?:の)?(?:先頭|トップ|上)へ(?:戻る)?|(?:この|本)ページの(?:先頭|トップ)へ(?:戻る)?"
    r"|(?:先頭|トップ)へ戻る|本文へ(?:移動|スキップ)?|メニューへ(?:移動)?"
    r"|.{1,30}(?:へ|に)戻る|印刷(?:する)?|シェア|ポスト|ツイート|LINEで送る|[▲△↑]\s*(?:top)?)",
    re.IGNORECASE,
)
_CHROME_SHARE = 0.5
"""An element holding more than this share of the scope's text is never chrome."""


def _remove_junk(soup: BeautifulSoup) -> None:
    # One pass over the tree; bs4's find_all with filters costs several passes on big pages.
    junk = [
        node
        for node in soup.descendants
        if isinstance(node, Comment) or (isinstance(node, Tag) and node.name in _JUNK_TAGS)
    ]
    for node in junk:
        # A comment inside an <svg> or <button> removed before it is already gone: bs4 clears
        # a decomposed element's strings, so they have no `parent` left to ask about.
        if node.decomposed:
            continue
        if isinstance(node, Tag):
            node.decompose()
        elif node.parent is not None:
            node.extract()


def _remove_chrome(scope: Tag, title_heading: Tag | None, page_level: bool) -> None:
    """Drop page chrome inside ``scope``.

    Elements marked as chrome by HTML itself (<nav>, <aside>, <footer>, a page-level <header>,
    landmark roles) always go. Those only guessed to be chrome (from an id or class name, a
    <form>, a link text) stay when they hold most of the text: some sites wrap the whole page
    in a <form> or give the content wrapper a class like "has-sidebar". Nothing that holds the
    title heading goes.
    """
    weights = _text_weights(scope)
    limit = weights.get(id(scope), 0) * _CHROME_SHARE
    doomed: list[Tag] = []
    for tag in scope.find_all(True):
        declared = tag.name in _SEMANTIC_CHROME or tag.get("role") in _CHROME_ROLES
        if tag.name == "header":
            # A page-level header is the site banner; one inside an article is its title block.
            declared = page_level and tag.find_parent(("article", "main")) is None
        guessed = False
        if not declared:
            names = " ".join([*_attr_list(tag, "class"), *_attr_list(tag, "id")])
            guessed = tag.name in _GUESSED_CHROME or (
                bool(names)
                and (
                    _CHROME_NAME.search(names) is not None
                    or (_HEADER_NAME.search(names) is not None and not _has_heading(tag))
                )
            )
            if not guessed and tag.name == "a":
                guessed = _CHROME_LINK.fullmatch(_normalise_space(tag.get_text())) is not None
            guessed = guessed and weights.get(id(tag), 0) <= limit
        if (declared or guessed) and tag is not scope:
            if title_heading is None or not _contains(tag, title_heading):
                doomed.append(tag)
    for tag in doomed:
        if not tag.decomposed:
            tag.decompose()


def _attr_list(tag: Tag, name: str) -> list[str]:
    value = tag.get(name)
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return list(value)


def _contains(tag: Tag, inner: Tag) -> bool:
    return inner is tag or any(parent is tag for parent in inner.parents)


def _has_heading(tag: Tag) -> bool:
    return any(h.get_text(strip=True) for h in tag.find_all(_HEADINGS))


def _text_weights(root: Tag) -> dict[int, int]:
    """Non-link, non-space text length under each element, keyed by ``id(tag)``."""
    weights: dict[int, int] = {}

    def visit(node: Tag, in_link: bool) -> int:
        total = 0
        in_link = in_link or node.name == "a"
        for child in node.children:
            if isinstance(child, Tag):
                total += visit(child, in_link)
            elif _is_text(child) and not in_link:
                total += len(_ANY_SPACE.sub("", str(child)))
        weights[id(node)] = total
        return total

    visit(root, False)
    return weights


# ── main container ────────────────────────────────────────────────────────────

_CONTAINER_IDS = (
    "maincontents",
    "main-contents",
    "main_contents",
    "maincontent",
    "main-content",
    "main_content",
    "contents-main",
    "content-main",
    "main",
    "article",
    "contents",
    "content",
    "primary",
)
_CONTAINER_CLASSES = (
    "main-contents",
    "maincontents",
    "main_contents",
    "main-content",
    "maincontent",
    "article-body",
    "article-content",
    "entry-content",
    "post-content",
    "main",
    "contents",
    "content",
)
_CONTAINER_ID_SET = frozenset(_CONTAINER_IDS)
_CONTAINER_CLASS_SET = frozenset(_CONTAINER_CLASSES)
_MIN_CONTAINER_TEXT = 20
_DENSE_SHARE = 0.9
"""Descend into a child while it holds at least this share of its parent's text."""


def _find_container(soup: BeautifulSoup) -> Tag | None:
    """The page's declared main-content element, if it has one with text in it."""

    def with_text(tags: Iterable[Tag]) -> list[Tag]:
        return [t for t in tags if len(t.get_text(strip=True)) >= _MIN_CONTAINER_TEXT]

    # One pass over the tree: a find_all per candidate name costs a pass each on big pages.
    mains: list[Tag] = []
    roles: list[Tag] = []
    articles: list[Tag] = []
    by_id: dict[str, list[Tag]] = {}
    by_class: dict[str, list[Tag]] = {}
    for tag in soup.find_all(True):
        if tag.name == "main":
            mains.append(tag)
        elif tag.name == "article":
            articles.append(tag)
        if tag.get("role") == "main":
            roles.append(tag)
        tag_id = tag.get("id")
        if isinstance(tag_id, str) and tag_id.lower() in _CONTAINER_ID_SET:
            by_id.setdefault(tag_id.lower(), []).append(tag)
        for name in _attr_list(tag, "class"):
            if name in _CONTAINER_CLASS_SET:
                by_class.setdefault(name, []).append(tag)
    found = with_text(mains) or with_text(roles)
    if found:
        return found[0]
    if found := with_text(articles):
        return max(found, key=lambda t: len(t.get_text(strip=True)))
    for name in _CONTAINER_IDS:
        if found := with_text(by_id.get(name, [])):
            return found[0]
    for name in _CONTAINER_CLASSES:
        if found := with_text(by_class.get(name, [])):
            return found[0]
    return None


def _densest_block(body: Tag) -> Tag:
    """The smallest element that still holds nearly all of the body's non-link text."""
    weights = _text_weights(body)
    node = body
    while True:
        total = weights.get(id(node), 0)
        children = [c for c in node.children if isinstance(c, Tag)]
        best = max(children, key=lambda c: weights.get(id(c), 0), default=None)
        if best is None or total == 0 or weights.get(id(best), 0) < total * _DENSE_SHARE:
            return node
        node = best


# ── blocks of text ────────────────────────────────────────────────────────────

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCK_TAGS = frozenset(
    {
        *_HEADINGS,
        "p",
        "li",
        "dd",
        "dt",
        "td",
        "th",
        "tr",
        "blockquote",
        "pre",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "ul",
        "ol",
        "dl",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "caption",
        "figure",
        "figcaption",
        "address",
        "center",
        "details",
        "summary",
        "fieldset",
        "legend",
        "hr",
        "body",
        "html",
    }
)
_SPACE_RUN = re.compile(r"[ \t\r\n\f\v\xa0\u200b]+")


@dataclass(frozen=True)
class _Block:
    text: str
    level: int = 0
    """Heading level 1–6; 0 for a paragraph."""
    said: bool = True
    """False for a caption or credit: kept in the text, but no sentence of the source."""


def _collect_blocks(root: Tag) -> list[_Block]:
    blocks: list[_Block] = []
    pieces: list[str] = []
    level = 0

    def flush() -> None:
        text = _normalise_space("".join(pieces))
        pieces.clear()
        if text:
            blocks.append(_Block(text, level))

    def visit(node: Tag) -> None:
        nonlocal level
        for child in node.children:
            if isinstance(child, Tag):
                name = child.name
                if name == "br":
                    flush()
                elif name in _BLOCK_TAGS:
                    flush()
                    outer = level
                    if name in _HEADINGS:
                        level = int(name[1])
                    visit(child)
                    flush()
                    level = outer
                else:
                    visit(child)
            elif _is_text(child):
                pieces.append(str(child))

    visit(root)
    flush()
    return blocks


def _is_text(node: object) -> bool:
    return isinstance(node, NavigableString) and not isinstance(node, PreformattedString)


def _normalise_space(text: str) -> str:
    """Collapse whitespace; a line break between two CJK characters is no space at all."""

    def replace(match: re.Match[str]) -> str:
        run = match.group()
        if "\n" in run or "\u200b" in run:
            before = text[match.start() - 1] if match.start() > 0 else ""
            after = text[match.end()] if match.end() < len(text) else ""
            if _is_cjk(before) and _is_cjk(after):
                return ""
        return " "

    return _SPACE_RUN.sub(replace, text).strip()


def _is_cjk(ch: str) -> bool:
    if not ch:
        return False
    code = ord(ch)
    return 0x3000 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF


_PLAIN_HEADING_MAX = 100
"""A line of plain text longer than this is never a heading."""
_PLAIN_HEADING_SHARE = 0.6
"""…nor one at least this share of its paragraph's longest line (a wrapped line of prose)."""
_LINE_ENDS_SENTENCE = re.compile(r"[.!?。！？」』”\"':：;；,、，]\s*$")
_BRACKETED_LINE = re.compile(r"[(（\[［【〔].*[)）\]］】〕]")


def _plain_text_blocks(text: str) -> list[_Block]:
    """Blocks of plain text: a blank line ends a block, and so does a single newline after a
    line that looks like a heading, a date line or a caption (a line all in brackets)."""
    blocks: list[_Block] = []
    for paragraph in re.split(r"\n[^\S\n]*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line for line in paragraph.split("\n") if line.strip()]
        longest = max((len(line.strip()) for line in lines), default=0)
        pending: list[str] = []
        for position, line in enumerate(lines):
            stripped = _normalise_space(line)
            more_follows = position < len(lines) - 1
            if _is_date_line(stripped):
                _flush_lines(pending, blocks)
                blocks.append(_Block(stripped))
            elif _BRACKETED_LINE.fullmatch(stripped):
                _flush_lines(pending, blocks)
                blocks.append(_Block(stripped, said=False))
            elif more_follows and not pending and _looks_like_heading(stripped, longest):
                # The first line of the text is its title, as an <h1> would be.
                blocks.append(_Block(stripped, 1 if not blocks else 2))
            else:
                pending.append(line)
        _flush_lines(pending, blocks)
    return blocks


def _flush_lines(pending: list[str], blocks: list[_Block]) -> None:
    joined = _normalise_space("\n".join(pending))
    pending.clear()
    if joined:
        blocks.append(_Block(joined))


def _is_date_line(line: str) -> bool:
    return len(line) <= _DATE_LINE_MAX and (
        parse_date(line, "en") is not None or parse_date(line, "ja") is not None
    )


def _looks_like_heading(line: str, longest: int) -> bool:
    return (
        len(line) <= _PLAIN_HEADING_MAX
        and len(line) < longest * _PLAIN_HEADING_SHARE
        and _LINE_ENDS_SENTENCE.search(line) is None
    )


# ── metadata ──────────────────────────────────────────────────────────────────

_DATE_LINE_MAX = 40
"""A date line is short: the date, maybe a weekday or a label."""
_BODY_TEXT_MIN = 80
"""A block this long is body text; the date line comes before it."""


def _published_from_markup(
    metas: dict[str, str], container: Tag | None, soup: BeautifulSoup
) -> dt.date | None:
    found = date_from_metas(metas)
    if found:
        return found
    time_tag = (container or soup).find("time")
    if isinstance(time_tag, Tag):
        value = time_tag.get("datetime")
        found = read_date_value(value if isinstance(value, str) else time_tag.get_text())
        if found:
            return found
    return None


def _published_from_text(blocks: list[_Block], language: str) -> dt.date | None:
    """The first date line before the body text starts."""
    for block in blocks:
        if len(block.text) >= _BODY_TEXT_MIN:
            return None
        if len(block.text) <= _DATE_LINE_MAX and not block.level:
            found = parse_date(block.text, language)
            if found:
                return found
    return None


def _page_title(metas: dict[str, str], heading: Tag | None, soup: BeautifulSoup) -> str:
    if heading is not None:
        return _normalise_space(heading.get_text())
    if metas.get("og:title"):
        return _normalise_space(metas["og:title"])
    title = soup.find("title")
    if isinstance(title, Tag):
        return strip_site_name(_normalise_space(title.get_text()))
    return ""


def _first_heading(scope: Tag) -> Tag | None:
    for heading in scope.find_all("h1"):
        if heading.get_text(strip=True):
            return heading
    return None


def _declared_language(soup: BeautifulSoup, metas: dict[str, str]) -> str | None:
    html = soup.find("html")
    if isinstance(html, Tag):
        for attr in ("lang", "xml:lang"):
            value = html.get(attr)
            if isinstance(value, str) and language_code(value):
                return language_code(value)
    return language_code(metas.get("content-language", ""))


_ANY_SPACE = re.compile(r"\s+")


def _choose_language(declared: str | None, text: str) -> str:
    language = detect_language(text, declared)
    if declared is not None and language != declared:
        # Templates often keep lang="en"; a text full of kana is Japanese whatever it says.
        log.info("page declares language %r but its text is in %r", declared, language)
    return language


# ── assembling the document ───────────────────────────────────────────────────


def _build_document(
    url: str,
    title: str,
    published: dt.date | None,
    language: str,
    blocks: list[_Block],
    speaker_headers: tuple[re.Pattern[str], ...] = (),
) -> Document:
    paragraphs: list[str] = []
    sentences: list[Sentence] = []
    offset = 0
    speakers = SpeakerTracker(title)
    for block in blocks:
        text = block.text
        body_start = skip_list_number(text)
        header = _speaker_header(text, speaker_headers)
        if not block.said:
            paragraphs.append(text)
            offset += len(text) + 2
            continue
        if header == "":
            speakers.header(None)
            header = None
        if header is not None:
            # A header names who speaks next; it is a label, not something anyone said.
            if block.level:
                speakers.heading(text, block.level)
            speakers.header(header)
            paragraphs.append(text)
            offset += len(text) + 2
            continue
        if block.level:
            speakers.heading(text, block.level)
        else:
            body_start = speakers.paragraph(text, body_start)
        for start, end in split_sentences(text[body_start:], language):
            sentence_text = text[body_start + start : body_start + end]
            sentences.append(
                Sentence(
                    index=len(sentences),
                    text=sentence_text,
                    start=offset + body_start + start,
                    end=offset + body_start + end,
                    speaker=speakers.speaker(sentence_text),
                    section=speakers.section,
                )
            )
        paragraphs.append(text)
        offset += len(text) + 2
    return Document(
        url=url,
        title=title,
        published=published,
        language=language,
        text="\n\n".join(paragraphs),
        sentences=tuple(sentences),
    )


_BRACKETED_HEADER = re.compile(r"\[[^\[\]]{1,80}\]|【[^【】]{1,30}】")


def _speaker_header(text: str, patterns: tuple[re.Pattern[str], ...]) -> str | None:
    """The speaker a header names; "" for another bracketed header of the same site, which
    ends the speaker's part ("[Question and answer session]"); None for any other block."""
    if not patterns:
        return None
    for pattern in patterns:
        match = pattern.fullmatch(text)
        if match and match.group("speaker"):
            return _normalise_space(match.group("speaker"))
    return "" if _BRACKETED_HEADER.fullmatch(text) else None


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
        blocks = _plain_text_blocks(text)
        plain = "\n".join(b.text for b in blocks)
        language = _choose_language(declared_header, plain)
        title = blocks[0].text if blocks and len(blocks[0].text) <= 200 else ""
        return _build_document(url, title, _published_from_text(blocks, language), language, blocks)

    root, size = parse_page(text, url)
    profile = profile_for_page(url)
    if profile is not None and profile.main_selectors:
        document = _extract_by_profile(text, url, declared_header, profile)
        if document is not None:
            return document
    if size > GENERIC_MAX_ELEMENTS:
        return _extract_by_container(text, url, declared_header)
    meta = page_meta(root)
    raw = main_text_blocks(root, url, text)
    blocks = [_Block(t, b.level) for b in raw if (t := _normalise_space(b.text))]
    if blocks:
        language = _choose_language(
            meta.declared_language or declared_header, "\n".join(b.text for b in blocks)
        )
        published = (
            meta.published or _published_from_text(blocks, language) or date_by_htmldate(root)
        )
        return _build_document(url, meta.title, published, language, blocks)
    return _extract_by_container(text, url, declared_header)


def _parse_soup(text: str) -> BeautifulSoup:
    with warnings.catch_warnings():
        # An XHTML prologue or a tiny body that looks like a file name is still a page.
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        return BeautifulSoup(text, "lxml")


def _extract_by_profile(
    text: str, url: str, declared_header: str | None, profile: PublisherProfile
) -> Document | None:
    """An official page read as its publisher lays it out; None when the layout is not found
    (the page then goes to the generic extractor)."""
    soup = _parse_soup(text)
    metas = meta_values(soup.find_all("meta"))
    declared = _declared_language(soup, metas) or declared_header or profile.language
    _remove_junk(soup)
    container = None
    for selector in profile.main_selectors:
        found = soup.select_one(selector)
        if found is not None and found.get_text(strip=True):
            container = found
            break
    if container is None:
        return None
    title, heading = _profile_title(soup, profile)
    published = _profile_date(container, soup, profile)
    if profile.drop_selectors:
        for tag in container.select(", ".join(profile.drop_selectors)):
            if not tag.decomposed and (heading is None or not _contains(tag, heading)):
                tag.decompose()
    _remove_chrome(container, heading, page_level=False)
    blocks = _collect_blocks(container)
    language = _choose_language(declared, "\n".join(b.text for b in blocks))
    title = title or _page_title(metas, heading, soup)
    published = published or _published_from_markup(metas, container, soup)
    published = published or _published_from_text(blocks, language)
    return _build_document(url, title, published, language, blocks, profile.speaker_headers)


_TITLE_CANDIDATES = 5


def _profile_title(soup: BeautifulSoup, profile: PublisherProfile) -> tuple[str, Tag | None]:
    for selector in profile.title_selectors:
        for tag in soup.select(selector, limit=_TITLE_CANDIDATES):
            text = _normalise_space(tag.get_text())
            if text:
                if tag.name == "title":
                    return strip_site_name(text), None
                return text, tag
    return "", None


_DATE_SCAN = 400
"""How many elements at the top of the main text may hold the date line."""
_DATE_SCAN_PAGE = 3000
"""…and at the top of the page, for a date line above the main text."""


def _profile_date(container: Tag, soup: BeautifulSoup, profile: PublisherProfile) -> dt.date | None:
    """The page's date line, the first the profile's selectors find (inside the main text
    first), in any form the dates module reads."""
    compiled = [soupsieve.compile(selector) for selector in profile.date_selectors]
    # The date line is near the top: of the main text, or of the page (above the main text).
    near_top = [
        list(itertools.islice(scope.find_all(True), limit))
        for scope, limit in ((container, _DATE_SCAN), (soup, _DATE_SCAN_PAGE))
    ]
    for selector in compiled:
        for tags in near_top:
            for tag in (t for t in tags if selector.match(t)):
                value = tag.get("datetime")
                text = value if isinstance(value, str) else _normalise_space(tag.get_text())
                if len(text) <= _DATE_LINE_MAX or isinstance(value, str):
                    found = read_date_value(text) or parse_date(text, profile.language)
                    if found:
                        return found
    return None


def _extract_by_container(text: str, url: str, declared_header: str | None) -> Document:
    """Our own container heuristics, for pages where the generic extractor finds nothing."""
    soup = _parse_soup(text)
    metas = meta_values(soup.find_all("meta"))
    declared = _declared_language(soup, metas) or declared_header
    _remove_junk(soup)

    body_tag = soup.body if soup.body is not None else soup
    container = _find_container(soup)
    if container is not None:
        heading = _first_heading(container)
        _remove_chrome(container, heading, page_level=False)
    else:
        _remove_chrome(body_tag, None, page_level=True)
        container = _densest_block(body_tag)
        heading = _first_heading(container) or _first_heading(body_tag)

    blocks = _collect_blocks(container)
    main_text = "\n".join(b.text for b in blocks)
    language = _choose_language(declared, main_text)
    title = _page_title(metas, heading, soup)
    published = _published_from_markup(metas, container, soup) or _published_from_text(
        blocks, language
    )
    return _build_document(url, title, published, language, blocks)
