"""Blocks of text: the paragraphs and headings of an HTML element, or of a plain-text file,
with their whitespace normalised.

Every <p>, <li>, heading, <dd>, <td> … is its own block, so a sentence never runs across
blocks. Plain text is split at blank lines, and at single newlines after headings, date lines
and captions (a line all in brackets); a caption is kept in the text but marked as nothing
anyone said. A line break between two CJK characters is no space at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4.element import NavigableString, PreformattedString, Tag

from factcheck.lazy_pattern import lazy_compile
from factcheck.text.dates import parse_date
from factcheck.text.sentences import skip_list_number

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCK_TAGS = frozenset(
    {
        *HEADINGS,
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
class TextBlock:
    """One paragraph or heading of the main text."""

    text: str
    level: int = 0
    """Heading level 1–6; 0 for a paragraph."""
    said: bool = True
    """False for a caption or credit: kept in the text, but no sentence of the source."""


def collect_blocks(root: Tag) -> list[TextBlock]:
    blocks: list[TextBlock] = []
    pieces: list[str] = []
    level = 0

    def flush() -> None:
        text = normalise_space("".join(pieces))
        pieces.clear()
        if text:
            blocks.append(TextBlock(text, level))

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
                    if name in HEADINGS:
                        level = int(name[1])
                    visit(child)
                    flush()
                    level = outer
                else:
                    visit(child)
            elif is_text(child):
                pieces.append(str(child))

    visit(root)
    flush()
    return blocks


def is_text(node: object) -> bool:
    return isinstance(node, NavigableString) and not isinstance(node, PreformattedString)


def normalise_space(text: str) -> str:
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


DATE_LINE_MAX = 40
"""A date line is short: the date, maybe a weekday or a label."""

_PLAIN_HEADING_MAX = 100
"""A line of plain text longer than this is never a heading."""
_PLAIN_HEADING_SHARE = 0.6
"""…nor one at least this share of its paragraph's longest line (a wrapped line of prose)."""
_LINE_ENDS_SENTENCE = lazy_compile(r"[.!?。！？」』”\"':：;；,、，]\s*$")
_BRACKETED_LINE = lazy_compile(r"[(（\[［【〔].*[)）\]］】〕]")


def plain_text_blocks(text: str) -> list[TextBlock]:
    """Blocks of plain text: a blank line ends a block, and so does a single newline after a
    line that looks like a heading, a date line or a caption (a line all in brackets), or
    before a line that opens with a list number."""
    blocks: list[TextBlock] = []
    for paragraph in re.split(r"\n[^\S\n]*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line for line in paragraph.split("\n") if line.strip()]
        longest = max((len(line.strip()) for line in lines), default=0)
        pending: list[str] = []
        for position, line in enumerate(lines):
            stripped = normalise_space(line)
            more_follows = position < len(lines) - 1
            if _is_date_line(stripped):
                _flush_lines(pending, blocks)
                blocks.append(TextBlock(stripped))
            elif _BRACKETED_LINE.fullmatch(stripped):
                _flush_lines(pending, blocks)
                blocks.append(TextBlock(stripped, said=False))
            elif pending and skip_list_number(stripped):
                # A line that opens with a list number starts the next point of a numbered
                # list ("(2) …" under "(1) …"), as its own <li> or <p> would.
                _flush_lines(pending, blocks)
                pending.append(line)
            elif more_follows and not pending and _looks_like_heading(stripped, longest):
                # The first line of the text is its title, as an <h1> would be.
                blocks.append(TextBlock(stripped, 1 if not blocks else 2))
            else:
                pending.append(line)
        _flush_lines(pending, blocks)
    return blocks


def _flush_lines(pending: list[str], blocks: list[TextBlock]) -> None:
    joined = normalise_space("\n".join(pending))
    pending.clear()
    if joined:
        blocks.append(TextBlock(joined))


def _is_date_line(line: str) -> bool:
    return len(line) <= DATE_LINE_MAX and (
        parse_date(line, "en") is not None or parse_date(line, "ja") is not None
    )


def _looks_like_heading(line: str, longest: int) -> bool:
    return (
        len(line) <= _PLAIN_HEADING_MAX
        and len(line) < longest * _PLAIN_HEADING_SHARE
        and _LINE_ENDS_SENTENCE.search(line) is None
    )
