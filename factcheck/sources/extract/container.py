"""Our own main-text rules, for pages the generic extractor finds nothing in: the page's
declared main container (<main>, [role=main], <article>, #maincontents-like ids and classes),
else the densest block of text, read after junk and chrome are removed.
"""

from __future__ import annotations

from collections.abc import Iterable

from bs4 import BeautifulSoup
from bs4.element import Tag

from factcheck.model import Document
from factcheck.sources.extract.blocks import collect_blocks
from factcheck.sources.extract.boilerplate import (
    attr_list,
    parse_soup,
    remove_chrome,
    remove_junk,
    text_weights,
)
from factcheck.sources.extract.document import (
    build_document,
    choose_language,
    declared_language,
    first_heading,
    page_title,
    published_from_markup,
    published_from_text,
)
from factcheck.sources.extract.generic import meta_values

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
        for name in attr_list(tag, "class"):
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
    weights = text_weights(body)
    node = body
    while True:
        total = weights.get(id(node), 0)
        children = [c for c in node.children if isinstance(c, Tag)]
        best = max(children, key=lambda c: weights.get(id(c), 0), default=None)
        if best is None or total == 0 or weights.get(id(best), 0) < total * _DENSE_SHARE:
            return node
        node = best


def extract_by_container(text: str, url: str, declared_header: str | None) -> Document:
    """Our own container heuristics, for pages where the generic extractor finds nothing."""
    soup = parse_soup(text)
    metas = meta_values(soup.find_all("meta"))
    declared = declared_language(soup, metas) or declared_header
    remove_junk(soup)

    body_tag = soup.body if soup.body is not None else soup
    container = _find_container(soup)
    if container is not None:
        heading = first_heading(container)
        remove_chrome(container, heading, page_level=False)
    else:
        remove_chrome(body_tag, None, page_level=True)
        container = _densest_block(body_tag)
        heading = first_heading(container) or first_heading(body_tag)

    blocks = collect_blocks(container)
    main_text = "\n".join(b.text for b in blocks)
    language = choose_language(declared, main_text)
    title = page_title(metas, heading, soup)
    published = published_from_markup(metas, container, soup) or published_from_text(
        blocks, language
    )
    return build_document(url, title, published, language, blocks)
