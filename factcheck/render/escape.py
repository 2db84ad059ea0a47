"""Escaping for text that comes from source pages or claim files into reports and terminals.

A page must not be able to inject markdown or HTML (links, images, raw tags, table breaks)
into a report an editor reads, nor terminal escapes (ESC sequences, BEL) or bidirectional
overrides (U+202E) into a terminal or a review tool; every untrusted string passes through
here. Such characters are shown as visible codes (`\\u001b`), never passed through. JSON
needs none of this: its encoder escapes control characters itself.
"""

from __future__ import annotations

import html
import re
import unicodedata

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-!|~>])")
_SPACE = re.compile(r"\s+")


_BIDI_CONTROLS = frozenset({"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"})


def escape_terminal(text: str) -> str:
    """Text safe for a terminal: C0/C1 controls (but newline and tab) and bidi overrides
    shown as `\\uXXXX` codes."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(f"\\u{ord(char):04x}" if _unsafe(char) else char for char in text)


def escape_line(text: str) -> str:
    """One line safe for a terminal: `escape_terminal`, with newlines shown as codes too."""
    return escape_terminal(text).replace("\n", "\\u000a")


def _unsafe(char: str) -> bool:
    category = unicodedata.category(char)
    if category == "Cc":
        return char not in "\t\n"
    return category == "Cf" and unicodedata.bidirectional(char) in _BIDI_CONTROLS


def escape_markdown(text: str) -> str:
    """One line of inert text: whitespace folded, controls shown as codes, HTML escaped and
    markdown punctuation backslashed."""
    text = escape_terminal(_SPACE.sub(" ", text).strip())
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def escape_code(text: str) -> str:
    """Text for an inline code span (hashes, URLs): backticks cannot close the span, and a
    pipe cannot end a table cell (GFM splits cells on pipes even inside code)."""
    text = escape_terminal(_SPACE.sub(" ", text))
    return "`" + text.replace("`", "'").replace("|", "\\|") + "`"
