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
