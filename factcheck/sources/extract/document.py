"""Assembling a `Document` from blocks of text: the page's title, publication date and
language, and its sentences, each carrying the speaker and section it stands under.

A number that only numbers a paragraph as a list item ("1 冒頭、…", "2. The leaders …") stays
in the document's text but not in the sentence, where it would read as a count. A publisher's
speaker headers ("[Opening statement by …]") name who speaks next and are not sentences.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from bs4 import BeautifulSoup
from bs4.element import Tag

from factcheck.languages import detect_language
from factcheck.model import Document, Sentence
from factcheck.sources.extract.blocks import DATE_LINE_MAX, TextBlock, normalise_space
from factcheck.sources.extract.generic import (
    date_from_metas,
    language_code,
    read_date_value,
    strip_site_name,
)
from factcheck.text.dates import parse_date
from factcheck.text.sentences import skip_list_number, split_sentences
from factcheck.text.speakers import SpeakerTracker

log = logging.getLogger(__name__)

_BODY_TEXT_MIN = 80
"""A block this long is body text; the date line comes before it."""


def published_from_markup(
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


def published_from_text(blocks: list[TextBlock], language: str) -> dt.date | None:
    """The first date line before the body text starts."""
    for block in blocks:
        if len(block.text) >= _BODY_TEXT_MIN:
            return None
        if len(block.text) <= DATE_LINE_MAX and not block.level:
            found = parse_date(block.text, language)
            if found:
                return found
    return None


def page_title(metas: dict[str, str], heading: Tag | None, soup: BeautifulSoup) -> str:
    if heading is not None:
        return normalise_space(heading.get_text())
    if metas.get("og:title"):
        return normalise_space(metas["og:title"])
    title = soup.find("title")
    if isinstance(title, Tag):
        return strip_site_name(normalise_space(title.get_text()))
    return ""


def first_heading(scope: Tag) -> Tag | None:
    for heading in scope.find_all("h1"):
        if heading.get_text(strip=True):
            return heading
    return None


def declared_language(soup: BeautifulSoup, metas: dict[str, str]) -> str | None:
    html = soup.find("html")
    if isinstance(html, Tag):
        for attr in ("lang", "xml:lang"):
            value = html.get(attr)
            if isinstance(value, str) and language_code(value):
                return language_code(value)
    return language_code(metas.get("content-language", ""))


def choose_language(declared: str | None, text: str) -> str:
    language = detect_language(text, declared)
    if declared is not None and language != declared:
        # Templates often keep lang="en"; a text full of kana is Japanese whatever it says.
        log.info("page declares language %r but its text is in %r", declared, language)
    return language


def build_document(
    url: str,
    title: str,
    published: dt.date | None,
    language: str,
    blocks: list[TextBlock],
    speaker_headers: tuple[re.Pattern[str], ...] = (),
) -> Document:
    paragraphs: list[str] = []
    sentences: list[Sentence] = []
    offset = 0
    speakers = SpeakerTracker(title, language)
    for block in blocks:
        text = block.text
        body_start = skip_list_number(text)
        header = _speaker_header(text, speaker_headers)
        if not block.said:
            if _BRACKETED_HEADER.fullmatch(text):
                # A line in brackets is no sentence, but it may name who speaks next
                # ("[Opening statement by Prime Minister X]") or end that ("[Question and
                # answer session]").
                speakers.paragraph(text)
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
            return normalise_space(match.group("speaker"))
    return "" if _BRACKETED_HEADER.fullmatch(text) else None
