"""Analyse: reduce a claim, or a source sentence, to anchors that survive translation.

Takes text and a termbase; gives `TextFacts` (termbase concepts, dates, numbers and — for
matching within one language — content words) and, for claims, `ClaimFacts` (the claim cut
into parts, each with its anchors, plus its quoted spans).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from factcheck.dates import DateMention, find_dates
from factcheck.model import Anchor, AnchorKind, Claim
from factcheck.numbers import NumberMention, find_numbers
from factcheck.quote_marks import find_quotes
from factcheck.relative_dates import RelativeNote, find_relative_dates
from factcheck.termbase import Termbase, TermHit
from factcheck.thresholds import DATE_WEIGHT, MIN_PART_ANCHORS, NUMBER_WEIGHT, WORD_WEIGHT

# Base weights before rarity: a date or a number is hard evidence, a name is cheap
# (every sentence of a readout names its leaders).

_WORD = re.compile(r"[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’\-]*[A-Za-zÀ-ɏ]|[A-Za-z]")
_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up upon
    was we were what when where which while who whom why will with would you your yours
    yourself said says say told tell according ms mr mrs dr new two its also well said
    reportedly is said to have been considered expected reported become becoming became
    history context time took take taking make made continue continued way part
    spoke speak speaking talked talk held hold met noted stated told added""".split()
)
# The article's own hedges and framing ("is expected to", "are said to have") are not
# assertions a source could carry; they are blanked before anchors are sought.
_FRAMING = re.compile(
    r"\b(?:is|are|was|were|has been|have been)\s+(?:widely\s+)?"
    r"(?:expected|said|reported|believed|considered|understood|thought|seen)\s+(?:to(?:\s+have)?|as)\b"
    r"|\b(?:according to [^,]+,|reportedly|it is said that)",
    re.IGNORECASE,
)
# Clause openers that start a separate assertion inside one claim sentence.
_PART_SPLIT = re.compile(
    r";\s+|,\s+(?=(?:especially|particularly|notably|becoming|while|whereas|"
    r"in addition|as well as|and also|including)\b)"
    # A second predicate of the same subject: "… marked X and announced Y", "… agreed to
    # promote X and to open Y" (a past-tense verb or "to" + verb after "and").
    r"|,?\s+and\s+(?=(?:also\s+|then\s+)?(?:to\s+[a-z]+\b|[a-z]{3,}ed\b(?!\s+(?:by|to)\b)))",
    re.IGNORECASE,
)
_UNSPACED = frozenset({"ja", "zh", "th", "lo", "km", "my"})
_CONTENT_RUN = re.compile(r"[\u4e00-\u9fff\u3005\u30a1-\u30fa\u30fc]{2,}")


@dataclass(frozen=True)
class TextFacts:
    """What a piece of text says in language-independent terms."""

    terms: tuple[TermHit, ...]
    dates: tuple[DateMention, ...]
    numbers: tuple[NumberMention, ...]
    words: frozenset[str]
    """Stemmed content words outside terms, dates and numbers; only meaningful within a language."""
    date_notes: tuple[RelativeNote, ...] = ()
    """Relative dates that could not be resolved (an ambiguous weekday), with why."""

    @property
    def term_ids(self) -> frozenset[str]:
        return frozenset(hit.entry.id for hit in self.terms)


@dataclass(frozen=True)
class ClaimPart:
    """One assertion of a claim, with its anchors."""

    text: str
    start: int
    end: int
    anchors: tuple[Anchor, ...]
    facts: TextFacts


@dataclass(frozen=True)
class ClaimFacts:
    claim: Claim
    language: str
    parts: tuple[ClaimPart, ...]
    quotes: tuple[str, ...]


def analyse_text(
    text: str,
    language: str,
    termbase: Termbase,
    default_year: int | None = None,
    reference: dt.date | None = None,
    reference_label: str = "article published",
) -> TextFacts:
    """Anchors of any text: a claim, a claim part or a source sentence.

    `reference` is the day relative dates ("Sunday", 本日) are read against: the article's
    publication date for a claim, the source's own date for a source sentence
    (`reference_label` says which, for the resolution shown).
    """
    text = _FRAMING.sub(lambda m: " " * len(m.group(0)), text)
    terms = tuple(termbase.find(text, language))
    written = find_dates(text, language, default_year)
    notes: tuple[RelativeNote, ...] = ()
    if reference is not None:
        relative, found_notes = find_relative_dates(
            text, language, reference, reference_label, tuple((d.start, d.end) for d in written)
        )
        written = sorted([*written, *relative], key=lambda d: d.start)
        notes = tuple(found_notes)
    dates = tuple(written)
    numbers = tuple(find_numbers(text, language, dates=dates))
    taken = [(h.start, h.end) for h in terms]
    taken += [(d.start, d.end) for d in dates]
    taken += [(n.start, n.end) for n in numbers]
    if is_unspaced(language):
        return TextFacts(terms, dates, numbers, _unspaced_words(text, taken), notes)
    return TextFacts(terms, dates, numbers, _content_words(text, taken), notes)


def is_unspaced(language: str) -> bool:
    """Whether the language is written without spaces between words."""
    return language.split("-")[0].lower() in _UNSPACED


def _unspaced_words(text: str, taken: list[tuple[int, int]]) -> frozenset[str]:
    """Runs of kanji or katakana: the content of a Japanese text, found without a dictionary.

    Hiragana carries grammar (particles, endings) and is left out; a run is later looked for
    as a substring, so the segmentation of claim and source need not agree.
    """
    words = set()
    for match in _CONTENT_RUN.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        words.add(match.group(0))
    return frozenset(words)


def _content_words(text: str, taken: list[tuple[int, int]]) -> frozenset[str]:
    words = set()
    for match in _WORD.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        word = match.group(0).lower().replace("’", "'")
        if word in _STOPWORDS or len(word) < 3:
            continue
        words.add(stem(word))
    return frozenset(words)


def stem(word: str) -> str:
    """A crude English stem, enough to meet "strategies" with "strategy"."""
    word = word.lower().removesuffix("'s")
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("ly", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + keep
    return word


def anchors_of(facts: TextFacts) -> tuple[Anchor, ...]:
    """The anchors a sentence must cover to support the text these facts come from."""
    anchors: list[Anchor] = []
    seen: set[str] = set()
    for hit in facts.terms:
        if hit.entry.id in seen:
            continue
        seen.add(hit.entry.id)
        anchors.append(
            Anchor(AnchorKind.TERM, hit.entry.id, hit.surface, hit.start, hit.end, hit.entry.weight)
        )
    anchors.extend(
        Anchor(AnchorKind.DATE, date.key, date.surface, date.start, date.end, DATE_WEIGHT)
        for date in facts.dates
    )
    for number in facts.numbers:
        if not any(c.isdigit() for c in number.surface) and (number.ordinal or not number.unit):
            # "first", "the two leaders": rarely checkable, and they would meet any list
            # numeral of a readout.
            continue
        anchors.append(
            Anchor(
                AnchorKind.NUMBER,
                number.key,
                number.surface,
                number.start,
                number.end,
                NUMBER_WEIGHT,
            )
        )
    anchors.extend(
        Anchor(AnchorKind.WORD, word, word, weight=WORD_WEIGHT) for word in sorted(facts.words)
    )
    return tuple(anchors)


def analyse_claim(
    claim: Claim,
    language: str,
    termbase: Termbase,
    default_year: int | None = None,
    published: dt.date | None = None,
) -> ClaimFacts:
    """Cut a claim into parts and find the anchors of each.

    `published` is the article's publication date: relative dates ("on Sunday", "yesterday")
    are read against it.
    """
    parts = []
    for start, end in _part_spans(claim.text):
        text = claim.text[start:end]
        facts = analyse_text(text, language, termbase, default_year, published)
        parts.append(ClaimPart(text, start, end, _shift(anchors_of(facts), start), facts))
    merged = _merge_thin_parts(parts)
    return ClaimFacts(claim, language, tuple(merged), quotes_of(claim, language))


def _shift(anchors: tuple[Anchor, ...], offset: int) -> tuple[Anchor, ...]:
    return tuple(
        Anchor(a.kind, a.key, a.surface, a.start + offset, a.end + offset, a.weight)
        if a.kind is not AnchorKind.WORD
        else a
        for a in anchors
    )


def _part_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _PART_SPLIT.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _merge_thin_parts(parts: list[ClaimPart]) -> list[ClaimPart]:
    """A part with too few anchors to be judged on its own joins its neighbour."""
    merged: list[ClaimPart] = []
    for part in parts:
        anchored = [a for a in part.anchors if a.kind is not AnchorKind.WORD]
        if merged and len(anchored) + len(part.facts.words) < MIN_PART_ANCHORS:
            previous = merged.pop()
            merged.append(_join(previous, part))
        else:
            merged.append(part)
    if len(merged) > 1:
        first = merged[0]
        if len(first.anchors) < MIN_PART_ANCHORS:
            merged[:2] = [_join(first, merged[1])]
    return merged


def _join(a: ClaimPart, b: ClaimPart) -> ClaimPart:
    facts = TextFacts(
        a.facts.terms + b.facts.terms,
        a.facts.dates + b.facts.dates,
        a.facts.numbers + b.facts.numbers,
        a.facts.words | b.facts.words,
        a.facts.date_notes + b.facts.date_notes,
    )
    seen: set[tuple[AnchorKind, str]] = set()
    anchors = []
    for anchor in a.anchors + b.anchors:
        if (anchor.kind, anchor.key) not in seen:
            seen.add((anchor.kind, anchor.key))
            anchors.append(anchor)
    return ClaimPart(f"{a.text} … {b.text}", a.start, b.end, tuple(anchors), facts)


def quotes_of(claim: Claim, language: str = "en") -> tuple[str, ...]:
    """The claim's quoted spans: given explicitly, or what stands between the quotation marks
    its language uses (factcheck.quote_marks)."""
    if claim.quotes:
        return claim.quotes
    return find_quotes(claim.text, language)
