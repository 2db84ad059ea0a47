"""Quote marks: which spans of a text are quoted, by the marks its language uses.

Takes a text and its language; gives the quoted spans in order. Each language module gives its
marks as one pattern, `quote_pattern` (English: "…", “…”, ‘…’ and straight '…'; Japanese:
「…」, 『…』, 〝…〟, "…" and ‘…’; double quotes of either shape at either end, ”…” too),
built from the pieces here; a language without a module gets the marks most languages share
(French, German, Russian and others: «…», „…“, ‹…›). Straight single quotes
delimit a quote only where an opening mark can stand (after a space or an opening bracket,
before a letter) and a closing one can end it, so the apostrophes of "Japan's" and "the
leaders' meeting" stay apostrophes.
"""

from __future__ import annotations

import re

from factcheck.lazy_pattern import lazy_compile

__all__ = ["QUOTE_MARKS", "find_quote_spans", "find_quotes"]

# Double quotes of either shape at either end: copy mixes straight and curly marks, and
# Japanese copy often writes ”…” or “…“.
_DOUBLE = r'["“”](?P<a>[^"“”\n]{2,300})["“”]'
_CURLY_SINGLE = r"‘(?P<c>[^‘’\n]{2,300})’"
# Inside, an apostrophe between letters ("Japan's") does not close the quote.
_STRAIGHT_SINGLE = (
    r"(?<![\w'’])'(?=[^\s'])(?P<d>(?:[^'\n]|(?<=\w)'(?=\w)){2,300}?)(?<=[^\s'])'(?![\w'])"
)
_GUILLEMETS = r"«\s?(?P<e>[^«»\n]{2,300}?)\s?»|„(?P<f>[^„“”\n]{2,300})[“”]|‹(?P<g>[^‹›\n]{2,300})›"
_CORNER = r"「(?P<h>[^「」\n]{1,300})」|『(?P<i>[^『』\n]{1,300})』"
_DOUBLE_PRIME = r"〝(?P<j>[^〝〟〞\n]{1,300})[〟〞]"

DOUBLE, CURLY_SINGLE, STRAIGHT_SINGLE, GUILLEMETS, CORNER, DOUBLE_PRIME = (
    _DOUBLE,
    _CURLY_SINGLE,
    _STRAIGHT_SINGLE,
    _GUILLEMETS,
    _CORNER,
    _DOUBLE_PRIME,
)
"""The pieces a language module builds its `quote_pattern` from."""

QUOTE_MARKS: dict[str, re.Pattern[str]] = {
    "zh": lazy_compile("|".join((_CORNER, _DOUBLE))),
    "*": lazy_compile("|".join((_DOUBLE, _GUILLEMETS, _CURLY_SINGLE, _CORNER))),
}
"""The marks that delimit a quote in languages without a module ("*": any other language);
a language with a module gives its own (`quote_pattern`). Compiled when first used: most runs
meet only languages with a module."""


def find_quotes(text: str, language: str) -> tuple[str, ...]:
    """The quoted spans of `text`, stripped, in order."""
    return tuple(text[start:end] for start, end in find_quote_spans(text, language))


def find_quote_spans(text: str, language: str) -> tuple[tuple[int, int], ...]:
    """Where the quoted spans of `text` stand (start, end of the text inside the marks,
    stripped), in order."""
    # Imported here: the language modules build their patterns from this module's pieces.
    from factcheck.languages import language_for, primary_code

    module = language_for(language)
    pattern = (
        module.quote_pattern
        if module is not None
        else QUOTE_MARKS.get(primary_code(language), QUOTE_MARKS["*"])
    )
    spans = []
    for match in pattern.finditer(text):
        group = next((name for name, value in match.groupdict().items() if value), None)
        if group is None:
            continue
        start, end = match.span(group)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return tuple(spans)
