"""What on a page is not its text: the soup a page is read into, junk elements (scripts,
styles, forms' controls, comments …) and page chrome (navigation, banners, footers, share
widgets, breadcrumbs, "back to top" links) removed in place.

Chrome declared by HTML itself (<nav>, <aside>, <footer>, landmark roles) always goes; chrome
only guessed from an id, a class or a link text stays when it holds most of the text.
"""

from __future__ import annotations

import re
import warnings

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning
from bs4.element import Comment, Tag

from factcheck.sources.extract.blocks import HEADINGS, is_text, normalise_space


def parse_soup(text: str) -> BeautifulSoup:
    with warnings.catch_warnings():
        # An XHTML prologue or a tiny body that looks like a file name is still a page.
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        return BeautifulSoup(text, "lxml")


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


def remove_junk(soup: BeautifulSoup) -> None:
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


def remove_chrome(scope: Tag, title_heading: Tag | None, page_level: bool) -> None:
    """Drop page chrome inside ``scope``.

    Elements marked as chrome by HTML itself (<nav>, <aside>, <footer>, a page-level <header>,
    landmark roles) always go. Those only guessed to be chrome (from an id or class name, a
    <form>, a link text) stay when they hold most of the text: some sites wrap the whole page
    in a <form> or give the content wrapper a class like "has-sidebar". Nothing that holds the
    title heading goes.
    """
    weights = text_weights(scope)
    limit = weights.get(id(scope), 0) * _CHROME_SHARE
    doomed: list[Tag] = []
    for tag in scope.find_all(True):
        declared = tag.name in _SEMANTIC_CHROME or tag.get("role") in _CHROME_ROLES
        if tag.name == "header":
            # A page-level header is the site banner; one inside an article is its title block.
            declared = page_level and tag.find_parent(("article", "main")) is None
        guessed = False
        if not declared:
            names = " ".join([*attr_list(tag, "class"), *attr_list(tag, "id")])
            guessed = tag.name in _GUESSED_CHROME or (
                bool(names)
                and (
                    _CHROME_NAME.search(names) is not None
                    or (_HEADER_NAME.search(names) is not None and not _has_heading(tag))
                )
            )
            if not guessed and tag.name == "a":
                guessed = _CHROME_LINK.fullmatch(normalise_space(tag.get_text())) is not None
            guessed = guessed and weights.get(id(tag), 0) <= limit
        if (declared or guessed) and tag is not scope:
            if title_heading is None or not contains(tag, title_heading):
                doomed.append(tag)
    for tag in doomed:
        if not tag.decomposed:
            tag.decompose()


def attr_list(tag: Tag, name: str) -> list[str]:
    value = tag.get(name)
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return list(value)


def contains(tag: Tag, inner: Tag) -> bool:
    return inner is tag or any(parent is tag for parent in inner.parents)


def _has_heading(tag: Tag) -> bool:
    return any(h.get_text(strip=True) for h in tag.find_all(HEADINGS))


def text_weights(root: Tag) -> dict[int, int]:
    """Non-link, non-space text length under each element, keyed by ``id(tag)``."""
    weights: dict[int, int] = {}

    def visit(node: Tag, in_link: bool) -> int:
        total = 0
        in_link = in_link or node.name == "a"
        for child in node.children:
            if isinstance(child, Tag):
                total += visit(child, in_link)
            elif is_text(child) and not in_link:
                total += len(_ANY_SPACE.sub("", str(child)))
        weights[id(node)] = total
        return total

    visit(root, False)
    return weights


_ANY_SPACE = re.compile(r"\s+")
