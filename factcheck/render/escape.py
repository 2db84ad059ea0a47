"""Escaping for text that comes from source pages or claim files into reports and terminals.

A page must not be able to inject markdown or HTML (links, images, raw tags, table breaks)
into a report an editor reads, nor terminal escapes (ESC sequences, BEL) or bidirectional
overrides (U+202E) into a terminal or a review tool; every untrusted string passes through
here. Such characters are shown as visible codes (`\\u001b`), never passed through. JSON
keeps every character of its data, but writes C1 controls and bidi overrides as `\\uXXXX`
escapes (`dump_json`), so `cat report.json` or a review tool shows them as codes.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-!|~>])")
_SPACE = re.compile(r"\s+")


def _escape_html(text: str) -> str:
    """`html.escape(text, quote=False)`, without importing `html` (its entity tables are a
    noticeable part of a `lint` process's start-up)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
    return _MD_SPECIAL.sub(r"\\\1", _escape_html(text))


def escape_code(text: str) -> str:
    """Text for an inline code span (hashes, URLs): backticks cannot close the span, and a
    pipe cannot end a table cell (GFM splits cells on pipes even inside code)."""
    text = escape_terminal(_SPACE.sub(" ", text))
    return "`" + text.replace("`", "'").replace("|", "\\|") + "`"


_MD_ALWAYS = re.compile(r"([\\`*\[\]|~])")
_MD_EDGE_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")


def escape_markdown_text(text: str) -> str:
    """One line of inert text, escaped only where markdown would act on it.

    Folded to one line and always written after the report's own prefix, text cannot start
    a heading, list or quote, so `#`, `-`, `+`, `>` and digits stay as they are. Controls
    are shown as codes (`escape_terminal`). Escaped:
    HTML (`<`, `&`), backslashes, code spans, emphasis (`*`, `_` at a word's edge), links and
    images (`[`, `]`, and `(` after `]`), table cells (`|`) and strikethrough (`~`).
    """
    text = escape_terminal(_SPACE.sub(" ", text).strip())
    text = _MD_ALWAYS.sub(r"\\\1", _escape_html(text))
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


def dump_json(value: object, indent: int = 2) -> str:
    """`value` as JSON text ending in a newline: UTF-8 kept readable, but every control and
    bidi override written as a `\\uXXXX` escape, so the data reads back unchanged while no
    terminal or viewer acts on it (the encoder escapes only C0 controls by itself)."""
    return _escape_json(json.dumps(value, ensure_ascii=False, indent=indent))


_SCALARS = frozenset({str, int, float, bool, type(None)})
_RECORDS = json.JSONEncoder(ensure_ascii=False, separators=(",\n      ", ": "))
"""Flat records as `json.dumps(..., indent=2)` lays them out two levels deep, by the C
encoder (which the standard library uses only without `indent`): an item of a record ends
its line and the next starts six spaces in."""


def dump_json_records(document: dict[str, object], key: str, records: list[dict[str, Any]]) -> str:
    """`dump_json({**document, key: records})`, the same text, faster for many records.

    Python encodes indented JSON in pure Python, a tenth of a long lint run's time; here
    `records` (flat mappings of strings, numbers, booleans and None, none empty) are encoded
    together by the C encoder with the indented layout's separators, and only the lines
    between two records are laid out again: an encoded string never holds a line break, so
    "},", a line break and "{" stand only between records. Anything else is `dump_json`'s.
    """
    whole = {**document, key: records}
    if (
        not records
        or key in document
        or not all(
            record and type(record) is dict and set(map(type, record.values())) <= _SCALARS
            for record in records
        )
    ):
        return dump_json(whole)
    head = json.dumps({**document, key: []}, ensure_ascii=False, indent=2)
    empty = "[]\n}"
    if not head.endswith(empty):  # pragma: no cover - `key` comes last, as given
        return dump_json(whole)
    body = _RECORDS.encode(records)
    body = body[2:-2].replace("},\n      {", "\n    },\n    {\n      ")
    return _escape_json(f"{head[: -len(empty)]}[\n    {{\n      {body}\n    }}\n  ]\n}}")


def _escape_json(text: str) -> str:
    """JSON text with a newline, its controls and bidi overrides as `\\uXXXX` (`dump_json`)."""
    if not text.isascii():
        unsafe = {ord(char): f"\\u{ord(char):04x}" for char in set(text) if _unsafe(char)}
        if unsafe:
            text = text.translate(unsafe)
    return text + "\n"
