"""Extraction by a publisher profile: an official page (MOFA, Kantei, the White House,
worldjpn …) read as its publisher lays it out: main container, title, date line, what to drop
(captions, photo credits, back links, related links …) and its speaker headers.
See docs/publishers.md for the profiles.
"""

from __future__ import annotations

import datetime as dt
import itertools

from bs4 import BeautifulSoup
from bs4.element import Tag

from factcheck.model import Document
from factcheck.sources.extract.blocks import DATE_LINE_MAX, collect_blocks, normalise_space
from factcheck.sources.extract.boilerplate import contains, parse_soup, remove_chrome, remove_junk
from factcheck.sources.extract.document import (
    build_document,
    choose_language,
    declared_language,
    page_title,
    published_from_markup,
    published_from_text,
)
from factcheck.sources.extract.generic import meta_values, read_date_value, strip_site_name
from factcheck.sources.extract.selectors import compiled
from factcheck.sources.publishers import PublisherProfile
from factcheck.text.dates import parse_date


def extract_by_profile(
    text: str, url: str, declared_header: str | None, profile: PublisherProfile
) -> Document | None:
    """An official page read as its publisher lays it out; None when the layout is not found
    (the page then goes to the generic extractor)."""
    soup = parse_soup(text)
    metas = meta_values(soup.find_all("meta"))
    declared = declared_language(soup, metas) or declared_header or profile.language
    remove_junk(soup)
    container = None
    for selector in profile.main_selectors:
        found = compiled(selector).select_one(soup)
        if found is not None and found.get_text(strip=True):
            container = found
            break
    if container is None:
        return None
    title, heading = _profile_title(soup, profile)
    published = _profile_date(container, soup, profile)
    if profile.drop_selectors:
        for tag in compiled(", ".join(profile.drop_selectors)).select(container):
            if not tag.decomposed and (heading is None or not contains(tag, heading)):
                tag.decompose()
    remove_chrome(container, heading, page_level=False)
    blocks = collect_blocks(container)
    language = choose_language(declared, "\n".join(b.text for b in blocks))
    title = title or page_title(metas, heading, soup)
    published = published or published_from_markup(metas, container, soup)
    published = published or published_from_text(blocks, language)
    return build_document(url, title, published, language, blocks, profile.speaker_headers)


_TITLE_CANDIDATES = 5


def _profile_title(soup: BeautifulSoup, profile: PublisherProfile) -> tuple[str, Tag | None]:
    for selector in profile.title_selectors:
        for tag in compiled(selector).select(soup, limit=_TITLE_CANDIDATES):
            text = normalise_space(tag.get_text())
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
    selectors = [compiled(selector) for selector in profile.date_selectors]
    # The date line is near the top: of the main text, or of the page (above the main text).
    near_top = [
        list(itertools.islice(scope.find_all(True), limit))
        for scope, limit in ((container, _DATE_SCAN), (soup, _DATE_SCAN_PAGE))
    ]
    for selector in selectors:
        for tags in near_top:
            for tag in (t for t in tags if selector.match(t)):
                value = tag.get("datetime")
                text = value if isinstance(value, str) else normalise_space(tag.get_text())
                if len(text) <= DATE_LINE_MAX or isinstance(value, str):
                    found = read_date_value(text) or parse_date(text, profile.language)
                    if found:
                        return found
    return None
