"""Quote marks: which spans of a text are quoted, by the marks its language uses.

Takes a text and its language; gives the quoted spans in order. Each language lists its pairs
of marks in `QUOTE_MARKS` (English: "…", “…”, ‘…’ and straight '…'; Japanese: 「…」 and 『…』;
French, German, Russian and others: «…», „…“, ‹…›); a language not listed gets the marks most
languages share. Straight single quotes delimit a quote only where an opening mark can stand
(after a space or an opening bracket, before a letter) and a closing one can end it, so the
apostrophes of "Japan's" and "the leaders' meeting" stay apostrophes.
"""

from __future__ import annotations

import re

from factcheck.languages import primary_code

__all__ = ["QUOTE_MARKS", "find_quotes"]

_DOUBLE = r'"(?P<a>[^"\n]{2,300})"|“(?P<b>[^“”\n]{2,300})”'
_CURLY_SINGLE = r"‘(?P<c>[^‘’\n]{2,300})’"
# Inside, an apostrophe between letters ("Japan's") does not close the quote.
_STRAIGHT_SINGLE = (
    r"(?<![\w'’])'(?=[^\s'])(?P<d>(?:[^'\n]|(?<=\w)'(?=\w)){2,300}?)(?<=[^\s'])'(?![\w'])"
)
_GUILLEMETS = r"«\s?(?P<e>[^«»\n]{2,300}?)\s?»|„(?P<f>[^„“”\n]{2,300})[“”]|‹(?P<g>[^‹›\n]{2,300})›"
_CORNER = r"「(?P<h>[^「」\n]{1,300})」|『(?P<i>[^『』\n]{1,300})』"

QUOTE_MARKS: dict[str, re.Pattern[str]] = {
    "en": re.compile("|".join((_DOUBLE, _CURLY_SINGLE, _STRAIGHT_SINGLE, _GUILLEMETS, _CORNER))),
    "ja": re.compile("|".join((_CORNER, _DOUBLE))),
    "zh": re.compile("|".join((_CORNER, _DOUBLE))),
    "*": re.compile("|".join((_DOUBLE, _GUILLEMETS, _CURLY_SINGLE, _CORNER))),
}
"""The marks that delimit a quote, per language ("*": any other language)."""


def find_quotes(text: str, language: str) -> tuple[str, ...]:
    """The quoted spans of `text`, stripped, in order."""
    pattern = QUOTE_MARKS.get(primary_code(language), QUOTE_MARKS["*"])
    spans = []
    for match in pattern.finditer(text):
        inner = next((group for group in match.groups() if group), "").strip()
        if inner:
            spans.append(inner)
    return tuple(spans)
