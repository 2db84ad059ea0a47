"""Escaping for text that comes from source pages or claim files into a markdown report.

A page must not be able to inject markdown or HTML (links, images, raw tags, table breaks)
into a report an editor reads; every untrusted string passes through here.
"""

from __future__ import annotations

import html
import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-!|~>])")
_SPACE = re.compile(r"\s+")


def escape_markdown(text: str) -> str:
    """One line of inert text: HTML escaped, markdown punctuation backslashed, whitespace folded."""
    text = _SPACE.sub(" ", text).strip()
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def escape_code(text: str) -> str:
    """Text for an inline code span (hashes, URLs): backticks cannot close the span, and a
    pipe cannot end a table cell (GFM splits cells on pipes even inside code)."""
    return "`" + _SPACE.sub(" ", text).replace("`", "'").replace("|", "\\|") + "`"


_MD_ALWAYS = re.compile(r"([\\`*\[\]|~])")
_MD_EDGE_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")


def escape_markdown_text(text: str) -> str:
    """One line of inert text, escaped only where markdown would act on it.

    Folded to one line and always written after the report's own prefix, text cannot start
    a heading, list or quote, so `#`, `-`, `+`, `>` and digits stay as they are. Escaped:
    HTML (`<`, `&`), backslashes, code spans, emphasis (`*`, `_` at a word's edge), links and
    images (`[`, `]`, and `(` after `]`), table cells (`|`) and strikethrough (`~`).
    """
    text = _SPACE.sub(" ", text).strip()
    text = _MD_ALWAYS.sub(r"\\\1", html.escape(text, quote=False))
    # "](" would still read as a link target to a careless reader or a lax renderer.
    text = text.replace("\\](", "\\]\\(")
    return _MD_EDGE_UNDERSCORE.sub(r"\\_", text)


_BLOCK_START = re.compile(r"^(?:([#>+=-])|(\d{1,9})([.)]))")


def escape_markdown_block(text: str) -> str:
    """Like `escape_markdown_text`, for text that starts a block (after `> ` or `- `): a
    leading `#`, `>`, `-`, `+`, `=` or `1.` would make a heading, quote or list of it."""
    text = escape_markdown_text(text)
    return _BLOCK_START.sub(
        lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3), text, 1
    )
