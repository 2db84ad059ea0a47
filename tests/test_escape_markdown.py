"""Markdown escaping, checked by rendering: escaped text renders as exactly its own text.

A CommonMark renderer with GFM tables and strikethrough (markdown-it-py) renders the report's
line shapes — text after `> `, after `- `, inside a table cell — and the test asserts the
result is one plain text run equal to the input: nothing became a link, image, emphasis,
code, HTML, heading, list or another cell, and nothing the reader should see was lost.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from factcheck.render.escape import escape_markdown_block, escape_markdown_text, escape_terminal

RENDERER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
MARKDOWN_HEAVY = st.lists(
    st.sampled_from([*"ab1 .-_*#>+=|`[]()!<>&\\~:/\"'\n", "http://x.y", "&amp;", "1. "]),
    max_size=25,
).map("".join)
TEXT = st.one_of(MARKDOWN_HEAVY, st.text(max_size=40))


def folded(text: str) -> str:
    """The text as it should read: whitespace folded, controls shown as codes."""
    return escape_terminal(" ".join(text.split()))


def plain_runs(tokens: list[Token]) -> list[str]:
    """The text of every inline run; fails on anything but plain text inside one."""
    runs = []
    for token in tokens:
        if token.type != "inline":
            continue
        assert token.children is not None
        kinds = {child.type for child in token.children}
        assert kinds <= {"text", "softbreak"}, kinds
        runs.append("".join(child.content for child in token.children))
    return runs


def block_kinds(tokens: list[Token]) -> list[str]:
    return [t.type for t in tokens if t.nesting == 1]


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_text_after_a_quote_marker_renders_as_itself(text):
    tokens = RENDERER.parse("> " + escape_markdown_block(text))

    if folded(text):
        assert block_kinds(tokens) == ["blockquote_open", "paragraph_open"]
        assert plain_runs(tokens) == [folded(text)]


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_text_after_a_list_marker_renders_as_itself(text):
    tokens = RENDERER.parse("- " + escape_markdown_block(text))

    if folded(text):
        assert block_kinds(tokens) == ["bullet_list_open", "list_item_open", "paragraph_open"]
        assert plain_runs(tokens) == [folded(text)]


@settings(max_examples=300, deadline=None)
@given(TEXT, TEXT)
def test_text_in_a_table_cell_stays_in_its_cell(first, second):
    table = "| a | b |\n|---|---|\n" + (
        f"| {escape_markdown_text(first)} | {escape_markdown_text(second)} |"
    )
    tokens = RENDERER.parse(table)

    cells = [t for t in tokens if t.type == "td_open"]
    assert len(cells) == 2
    assert plain_runs(tokens)[2:] == [folded(first), folded(second)]


def test_plain_words_are_not_escaped():
    text = "Japan-U.S. alliance (2025), 1.5 million; snake_case and x-y: ok # 3 + 4 = 7!"

    assert escape_markdown_text(text) == text


def test_markdown_escaping_escapes_html_as_the_standard_library_does():
    import html

    from factcheck.render.escape import _escape_html

    for text in ("a & b < c > d", "&amp; <b>x</b> 'q' \"q\"", "", "plain", "&&<<>>"):
        assert _escape_html(text) == html.escape(text, quote=False)
