"""Sentence splitting for English and Japanese, rule-based and model-free.

Takes a text (a document's main text, paragraphs separated by blank lines) and a language code;
gives the sentences as ``(start, end)`` spans into that text, trimmed of surrounding whitespace,
in order, never overlapping and never empty. A blank line always ends a sentence.

English ends a sentence after ``.``, ``!`` or ``?`` (and any closing quotes or brackets after
them) when whitespace and a capital letter, quote, bracket or digit follow, except after
abbreviations, initials and ellipses. Japanese ends one after 。！？ (and their closing
brackets), except inside 「…」-style brackets, where a 。 belongs to the quotation. Both rule
sets run on every paragraph, so English names inside Japanese text and Japanese terms inside
English text do not break the other language's rules.

`skip_list_number` tells where a paragraph's content starts after a number that only numbers it
as a list item ("1 冒頭、…", "2. The leaders …", "（３）…"), so that callers can leave the number
out of the sentence: a matcher would otherwise read it as a count.
"""

from __future__ import annotations

import bisect
import re
import sys

from factcheck.text.dates import find_dates
from factcheck.text.numbers import find_numbers

__all__ = ["skip_list_number", "split_sentences"]

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")

# Brackets whose content is one unit in Japanese: a 。 inside does not end the outer sentence.
_CJK_PAIRS = {"「": "」", "『": "』", "（": "）", "【": "】", "〔": "〕", "〈": "〉", "《": "》"}
_CJK_CLOSERS = {closer: opener for opener, closer in _CJK_PAIRS.items()}

_JA_TERMINATORS = frozenset("。！？")
_HALF_TERMINATORS = frozenset("!?")
_EN_TERMINATORS = frozenset(".!?")
_CLOSERS = frozenset("\"'”’)]}»」』）】〕〉》")
_OPENERS_AFTER = frozenset("\"'“‘([{«「『（【")

# Abbreviations that never end a sentence (lower-cased, without the final period).
_NEVER_FINAL = frozenset(
    {
        "mr",
        "ms",
        "mrs",
        "dr",
        "prof",
        "st",
        "gen",
        "gov",
        "sen",
        "rep",
        "vs",
        "e.g",
        "i.e",
        "cf",
        "hon",
        "amb",
        "lt",
        "col",
        "sgt",
        "capt",
        "mt",
    }
)
# Abbreviations that may end a sentence: they do when a typical sentence opener follows.
_MAYBE_FINAL = frozenset(
    {"u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "jr", "sr", "inc", "ltd", "co", "corp"}
)
_MONTHS = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
# Words that start a new sentence rather than continue a name or phrase ("the U.S. It ...").
_SENTENCE_OPENERS = frozenset(
    {
        "A",
        "An",
        "The",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "Its",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "His",
        "Her",
        "Their",
        "Our",
        "My",
        "There",
        "Here",
        "In",
        "On",
        "At",
        "After",
        "Before",
        "During",
        "Both",
        "But",
        "And",
        "However",
        "Also",
        "Then",
        "When",
        "While",
        "As",
        "If",
        "For",
        "From",
        "To",
        "With",
        "Such",
        "Other",
        "Some",
        "Many",
        "All",
        "Each",
        "Further",
        "Furthermore",
        "Moreover",
        "Meanwhile",
        "Finally",
        "Today",
        "Yesterday",
        "Tomorrow",
    }
)

_CANDIDATE = re.compile(r"[。！？．.!?」』）】〕〉》]")
_BRACKET = re.compile("[" + "".join(_CJK_PAIRS) + "".join(_CJK_CLOSERS) + "]")
_MAX_INDEX = sys.maxsize
_WORD_BEFORE = re.compile(r"([A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)$")
_NEXT_WORD = re.compile(r"\s+([\"'“‘(\[]*)([^\s\"'“‘(\[]*)")

# The forms of a list number: "(1)" "（１）" "1)" "1." "１．" "1、" "1 ", each followed by the
# item's text. A space ends one only before CJK text ("1 冒頭、…" in readouts); in English a
# number then a space is a count ("5 ships"). The lookahead keeps decimals and dates whole.
_LIST_NUMBER = re.compile(
    r"(?:[(（][ \u3000]*(?P<bracketed>[0-9０-９]{1,3})[ \u3000]*[)）]"
    r"|(?P<number>[0-9０-９]{1,3})(?:[)）]|[.．、](?![0-9０-９])"
    r"|[ \u3000]+(?=[\u3005\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff「『（【])))"
    r"[ \u3000]*(?=\S)"
)
_LIST_NUMBER_CONTEXT = 24
"""Characters after a list number enough to see whether a unit or a date goes with it."""


def split_sentences(text: str, language: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences; return ``(start, end)`` spans into ``text``.

    ``language`` is a code such as "en", "ja" or "ja-JP"; half-width ``!``/``?`` end a
    sentence without a following space only in a language written without spaces (Japanese).
    """
    from factcheck.languages import written_unspaced

    japanese = written_unspaced(language)
    spans: list[tuple[int, int]] = []
    start = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        _split_paragraph(text, start, brk.start(), japanese, spans)
        start = brk.end()
    _split_paragraph(text, start, len(text), japanese, spans)
    return spans


def skip_list_number(paragraph: str) -> int:
    """Where ``paragraph``'s content starts after a leading list number; 0 when it has none.

    Numbers counted as list numbers: "1 ", "1.", "1．", "1、", "1)", "(1)", "（１）", of one to
    three digits, followed by the item's text. A date, a decimal or a number with a unit
    ("10月25日", "1.5 million", "10 minutes", "2025年") is content, never a list number.
    """
    match = _LIST_NUMBER.match(paragraph)
    if match is None:
        return 0
    number_end = match.end("bracketed") if match.group("bracketed") else match.end("number")
    head = paragraph[: match.end() + _LIST_NUMBER_CONTEXT]
    if any(date.start < number_end for date in find_dates(head, "ja")):
        return 0  # "10 月 25 日": the month of a date
    for mention in find_numbers(head, "ja"):
        if mention.start < number_end and (mention.unit is not None or mention.ordinal):
            return 0  # "10 分間", "2 人": a quantity, which the matcher needs
    return match.end()


def _split_paragraph(
    text: str, start: int, end: int, japanese: bool, spans: list[tuple[int, int]]
) -> None:
    quoted = _bracketed_ranges(text, start, end)
    sentence_start = start
    for candidate in _CANDIDATE.finditer(text, start, end):
        i = candidate.start()
        if i < sentence_start or _is_inside(quoted, i):
            continue
        ch = text[i]
        cut = -1
        if ch in _JA_TERMINATORS or (ch == "．" and _is_cjk(text, i - 1)):
            cut = _skip_closers(text, i + 1, end)
        elif japanese and ch in _HALF_TERMINATORS:
            cut = _skip_closers(text, i + 1, end)
            if cut < end and text[cut].isascii() and not text[cut].isspace():
                cut = -1  # "Yahoo!JAPAN"-style names stay whole
        elif ch in _EN_TERMINATORS:
            cut = _english_boundary(text, i, end, sentence_start)
        elif ch in _CJK_CLOSERS and i > start and text[i - 1] in _JA_TERMINATORS:
            # 「…。」「…。」: a closed quotation that ends in 。 and is followed by another
            # quotation (or a space) is a sentence of its own; 「…。」と述べた is not.
            if i + 1 < end and (text[i + 1] in _CJK_PAIRS or text[i + 1].isspace()):
                cut = i + 1
        if cut > i:
            _add_span(text, sentence_start, cut, spans)
            sentence_start = cut
    _add_span(text, sentence_start, end, spans)


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def _bracketed_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Disjoint ``[lo, hi)`` ranges strictly inside matched pairs of CJK brackets.

    Brackets are matched with a stack; an opener that never closes and a closer that closes
    nothing are ignored, so one stray bracket cannot swallow the rest of the paragraph.
    """
    stack: list[tuple[str, int]] = []
    ranges: list[tuple[int, int]] = []
    for bracket in _BRACKET.finditer(text, start, end):
        ch, i = bracket.group(), bracket.start()
        if ch in _CJK_PAIRS:
            stack.append((ch, i))
            continue
        opener = _CJK_CLOSERS[ch]
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] == opener:
                ranges.append((stack[depth][1] + 1, i))
                del stack[depth:]
                break
    ranges.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in ranges:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def _is_inside(ranges: list[tuple[int, int]], i: int) -> bool:
    k = bisect.bisect_right(ranges, (i, _MAX_INDEX)) - 1
    return k >= 0 and ranges[k][0] <= i < ranges[k][1]


def _skip_closers(text: str, i: int, end: int) -> int:
    """Index after a run of further terminators and closing quotes/brackets."""
    while i < end and (text[i] in _CLOSERS or text[i] in _JA_TERMINATORS or text[i] in "!?"):
        i += 1
    return i


def _english_boundary(text: str, i: int, end: int, sentence_start: int) -> int:
    """Where the sentence ends if the terminator at ``i`` ends it, else -1."""
    if text[i] == "." and i > 0 and text[i - 1] in ".…":
        return -1  # the tail of an ellipsis, already judged at its first dot
    j = i
    while j < end and text[j] in _EN_TERMINATORS:
        j += 1
    run = text[i:j]
    if run.startswith("..") or (j < end and text[j] == "…"):
        return -1  # an ellipsis trails off; it does not end the sentence
    cut = _skip_closers(text, j, end)
    if cut >= end:
        return end
    follow = _NEXT_WORD.match(text, cut)
    if follow is None:
        # No whitespace: a decimal (2.5), a dotted name (U.S.) or a URL; or CJK text right after.
        return cut if _is_cjk(text, cut) and run != "." else -1
    lead, word = follow.group(1), follow.group(2)
    if not (lead or (word and (word[0].isupper() or word[0].isdigit() or _is_cjk(word, 0)))):
        return -1
    if lead[-1:] in "([" and word[:1].islower():
        return -1  # "at 10:15 a.m. (local time) for …": a bracket in lower case goes on

    if run != "." or cut > j:
        return (
            cut  # "!" / "?" / a closing quote after the period: the abbreviation rules do not apply
        )
    before = _WORD_BEFORE.search(text, max(sentence_start, i - 64), i)
    if before is None:
        return cut
    token = before.group(1)
    if _is_list_number(text, sentence_start, before.start(), token):
        return -1
    return cut if _abbreviation_allows_end(token, lead, word) else -1


def _is_list_number(text: str, sentence_start: int, token_start: int, token: str) -> bool:
    """``1.`` or ``iv.`` opening a paragraph numbers a list item; it is not a sentence."""
    if text[sentence_start:token_start].strip(" \t([") != "":
        return False
    return token.isdigit() or token.lower() in {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii"}


def _abbreviation_allows_end(token: str, lead: str, word: str) -> bool:
    low = token.lower()
    if low in _NEVER_FINAL:
        return False
    if len(token) == 1 and token.isalpha() and token.isupper():
        return False  # an initial, as in "Donald J. Trump"
    if low == "no" or low in _MONTHS:
        return not word[:1].isdigit()  # "No. 5", "Oct. 21"
    if low in _MAYBE_FINAL or "." in token:
        return lead != "" or word in _SENTENCE_OPENERS
    return True


def _is_cjk(text: str, i: int) -> bool:
    if i < 0 or i >= len(text):
        return False
    code = ord(text[i])
    return (
        0x3040 <= code <= 0x30FF  # hiragana, katakana
        or 0x3400 <= code <= 0x9FFF  # CJK ideographs
        or 0xF900 <= code <= 0xFAFF
        or 0xFF66 <= code <= 0xFF9F  # half-width katakana
        or 0x3005 <= code <= 0x3007  # 々 〆 〇
        or code in (0x300C, 0x300E)  # 「 『 opening a quotation
    )
