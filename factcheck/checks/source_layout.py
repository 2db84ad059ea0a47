"""Source layout: what of a source lies outside its sentences; where in it an element is covered.

A readout spreads one event over its text: the date line and the lead paragraph carry the
date, the place, the people and the duration; a later paragraph carries what was said.
`SourceLayout` holds a page's title, date line, lead paragraph and paragraphs; `Coverage` says
where (`Place`) an element is covered: the passage, its context (its paragraph and the lead),
the title or the date line (used by `factcheck.checks.keyfacts`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import assert_never

from factcheck.checks.date_acts import dated_sentence
from factcheck.checks.match import SourceIndex
from factcheck.languages import WordClass, language_for
from factcheck.languages.interface import Language, Script, Token
from factcheck.model import Anchor, AnchorKind, Document, Match
from factcheck.terms.termbase import Termbase
from factcheck.text.analyse import ClaimPart, TextFacts, analyse_text
from factcheck.text.dates import DateMention, find_dates
from factcheck.text.numbers import NumberMention
from factcheck.text.relative_dates import show_day
from factcheck.thresholds import COMPOUND_MAX_PARTS

__all__ = [
    "Coverage",
    "Place",
    "SourceLayout",
    "covered_as",
    "day_mention",
    "in_context",
    "in_passage",
    "layout_of",
    "other_happenings",
    "passage_context",
]


class Place(enum.Enum):
    """Where in a source an element of a claim part is covered."""

    PASSAGE = "passage"
    """The best-aligned passage (one sentence, or two adjacent ones)."""
    CONTEXT = "context"
    """Another sentence of the passage's paragraph, or of the lead paragraph."""
    PAGE = "page"
    """Another sentence of the page: a person or place, which frames the whole page."""
    DATE_LINE = "date line"
    TITLE = "title"


@dataclass(frozen=True)
class Coverage:
    """Where a source covers an element: which part of the page, and which sentence."""

    place: Place
    source_id: str
    sentence: int | None = None
    """The sentence's index (0-based), for a place that is a sentence."""

    def describe(self) -> str:
        """ "mofa sentence 3", "mofa sentence 1 (context)", "the date line of mofa"."""
        match self.place:
            case Place.DATE_LINE:
                return f"the date line of {self.source_id}"
            case Place.TITLE:
                return f"the title of {self.source_id}"
            case Place.PASSAGE | Place.PAGE | Place.CONTEXT:
                where = f"{self.source_id} sentence {(self.sentence or 0) + 1}"
                return where + " (context)" if self.place is Place.CONTEXT else where
            case _:
                assert_never(self.place)


@dataclass(frozen=True)
class SourceLayout:
    """What of a source lies outside its sentences, or frames all of them."""

    source_id: str
    language: str
    dated: dt.date | None
    """The page's own date (its date line)."""
    title: TextFacts | None
    title_text: str
    lead: tuple[int, ...]
    """Sentence indexes of the lead paragraph (the first paragraph that has text)."""
    paragraph_of: tuple[int, ...]
    """Paragraph number of each sentence, by sentence index."""


def layout_of(source_id: str, document: Document, termbase: Termbase) -> SourceLayout:
    """The layout of one extracted document."""
    breaks = [m.start() for m in re.finditer("\n\n", document.text)]
    paragraph_of = tuple(bisect.bisect_right(breaks, s.start) for s in document.sentences)
    lead = _lead(document, paragraph_of)
    year = document.published.year if document.published else None
    title = (
        analyse_text(document.title, document.language, termbase, year)
        if document.title.strip()
        else None
    )
    return SourceLayout(
        source_id, document.language, document.published, title, document.title, lead, paragraph_of
    )


def _lead(document: Document, paragraph_of: tuple[int, ...]) -> tuple[int, ...]:
    """Sentence indexes of the lead paragraph: the first paragraph that says more than a date
    and is no heading.

    A readout often sets its date line apart as a paragraph of its own (「令和8年6月15日」,
    then the paragraph of the meeting with its time and duration): that lead is the
    paragraph after it, and the date line is kept with it. A page's text often opens with
    headings (its section's name, its title: "Japan-Tajikistan Foreign Ministers' Meeting"),
    lines with no sentence in them (`_heading`): the lead is the first paragraph after them
    that is written in sentences. A page with no such paragraph has its first paragraph
    that says more than a date as its lead."""
    groups = [
        [i for i, p in enumerate(paragraph_of) if p == paragraph]
        for paragraph in dict.fromkeys(paragraph_of)
    ]
    dated = [
        all(_only_a_date(document.sentences[i].text, document.language) for i in members)
        for members in groups
    ]
    prose = [
        not date and not _heading(document, members)
        for members, date in zip(groups, dated, strict=True)
    ]
    if not any(prose):
        prose = [not date for date in dated]
    lead: list[int] = []
    for members, date, written in zip(groups, dated, prose, strict=True):
        if date or written:
            lead += members
        if written:
            break
    return tuple(lead)


_SENTENCE_END = re.compile(r"[.!?。！？:：][\"'”’」』)）]*\s*$")
"""The mark that ends a written sentence or announces what follows ("… as follows:"), with
any closing quote or bracket after it."""


def _heading(document: Document, members: Sequence[int]) -> bool:
    """A paragraph of headings: no sentence of it ends as a written sentence does, and it
    gives no figure (its section's name, the page's title, a bracketed label). A lead that
    lacks its full stop still gives the meeting's date, time or length."""
    texts = [document.sentences[i].text for i in members]
    if any(_SENTENCE_END.search(text) for text in texts):
        return False
    return not any(ch.isdigit() for text in texts for ch in text)


def _only_a_date(text: str, language: str) -> bool:
    """The sentence is a date and nothing else (a date line): no letter or digit outside it."""
    found = find_dates(text, language)
    if not found:
        return False
    rest = text
    for mention in sorted(found, key=lambda m: m.start, reverse=True):
        rest = rest[: mention.start] + rest[mention.end :]
    return not any(ch.isalnum() for ch in rest)


def passage_context(best: Match, layout: SourceLayout, index: SourceIndex) -> list[int]:
    """Sentence indexes around the passage: its paragraph and the lead paragraph."""
    head = best.sentence.index
    if head >= len(layout.paragraph_of):
        return []
    paragraph = layout.paragraph_of[head]
    passage = {head, *(s.index for s in best.context)}
    near = [i for i, p in enumerate(layout.paragraph_of) if p == paragraph]
    return [i for i in dict.fromkeys([*near, *layout.lead]) if i not in passage]


def other_happenings(
    part: ClaimPart, best: Match, layout: SourceLayout, index: SourceIndex
) -> list[int]:
    """Sentences that date another happening the claim dates: a claim that gives the event's
    day (the date line's) and another ("met yesterday, after touring the port on Wednesday")
    tells two happenings, and the sentence of the page that gives the other day tells the
    second (check_values.dates_another_happening)."""
    if layout.dated is None or len(part.facts.dates) < 2:
        return []
    event = day_mention(layout.dated)
    if not any(event.covers(date) for date in part.facts.dates):
        return []
    passage = {best.sentence.index, *(s.index for s in best.context)}
    found = [
        dated_sentence(date, layout.source_id, index)
        for date in part.facts.dates
        if not event.covers(date)
    ]
    return [i for i in dict.fromkeys(found) if i is not None and i not in passage]


def in_passage(
    anchor: Anchor, part: ClaimPart, best: Match, layout: SourceLayout, index: SourceIndex
) -> tuple[Coverage, str] | None:
    """Where the passage itself covers an anchor the match did not weigh: a count spelled
    out in words ("two patrol boats", "eight documents"), which is no anchor of the match; a
    word that a compound of the passage means (`_compound_cover`)."""
    if anchor.kind is AnchorKind.WORD:
        return _compound_cover(anchor, best, layout, index)
    if anchor.kind is not AnchorKind.NUMBER:
        return None
    for sentence in (best.sentence, *best.context):
        entry = index.entry(layout.source_id, sentence.index)
        form = covered_as(anchor, part, entry.facts, entry.sentence.text, layout.language)
        if form is not None:
            return Coverage(Place.PASSAGE, layout.source_id, sentence.index), form
    return None


_COMPOUND_SCRIPTS = frozenset({Script.KANJI, Script.KATAKANA})


def _compound_cover(
    anchor: Anchor, best: Match, layout: SourceLayout, index: SourceIndex
) -> tuple[Coverage, str] | None:
    """Where a compound of the passage means a word of the claim: words the analyser split
    that are written together (再生|可能|エネルギー, 太陽光|発電) and that the dictionary
    knows as one (再生可能エネルギー "renewable energy", 太陽光発電 "solar power"). The
    source then says the claim's word, though none of the compound's parts glosses it.

    Only in a source of another language than the claim's (the claim's word is sought through
    its meaning), and only for compounds of up to COMPOUND_MAX_PARTS words."""
    module = language_for(layout.language)
    if module is None or not anchor.pivots:
        return None
    for sentence in (best.sentence, *best.context):
        for compound in _compounds(
            module, index.entry(layout.source_id, sentence.index).sentence.text
        ):
            # Any word of the compound's gloss: 太陽光発電 "solar power" says "solar".
            if anchor.pivots & {g.pivot for g in module.glosses(compound)}:
                where = Coverage(Place.PASSAGE, layout.source_id, sentence.index)
                return where, f"{compound.surface} (JMdict, one word)"
    return None


def _compounds(module: Language, text: str) -> list[Token]:
    """The runs of two to COMPOUND_MAX_PARTS content words of a text written together in
    kanji or katakana (再生|可能|エネルギー), each as one word."""
    tokens = module.tokens(text)
    out: list[Token] = []
    for first in range(len(tokens)):
        run = [tokens[first]]
        for token in tokens[first + 1 : first + COMPOUND_MAX_PARTS]:
            if token.start != run[-1].end:
                break
            run.append(token)
        run = list(itertools.takewhile(lambda t: t.content and t.script in _COMPOUND_SCRIPTS, run))
        for size in range(2, len(run) + 1):
            surface = text[run[0].start : run[size - 1].end]
            out.append(
                Token(
                    surface,
                    run[0].start,
                    run[size - 1].end,
                    surface,
                    surface,
                    "",
                    WordClass.NOUN,
                    run[0].script,
                )
            )
    return out


def in_context(
    anchor: Anchor,
    part: ClaimPart,
    context: Sequence[int],
    layout: SourceLayout,
    index: SourceIndex,
) -> tuple[Coverage, str] | None:
    """Where the context of the passage covers an anchor: (where, how the source words it)."""
    if anchor.kind is AnchorKind.DATE:
        wanted = _mention(part.facts.dates, anchor)
        if wanted is None:
            return None
        if layout.dated is not None and day_mention(layout.dated).covers(wanted):
            return Coverage(Place.DATE_LINE, layout.source_id), show_day(layout.dated)
    for number in context:
        entry = index.entry(layout.source_id, number)
        form = covered_as(anchor, part, entry.facts, entry.sentence.text, layout.language)
        if form is not None:
            return Coverage(Place.CONTEXT, layout.source_id, number), form
        if anchor.kind is AnchorKind.TERM and entry.sentence.speaker:
            if anchor.key in entry.speaker_terms:
                return Coverage(Place.CONTEXT, layout.source_id, number), entry.sentence.speaker
    if layout.title is not None:
        form = covered_as(anchor, part, layout.title, layout.title_text, layout.language)
        if form is not None:
            return Coverage(Place.TITLE, layout.source_id), form
    return None


def covered_as(
    anchor: Anchor, part: ClaimPart, facts: TextFacts, text: str, language: str
) -> str | None:
    if anchor.kind is AnchorKind.TERM:
        return next((h.surface for h in facts.terms if h.entry.id == anchor.key), None)
    if anchor.kind is AnchorKind.DATE:
        wanted = _mention(part.facts.dates, anchor)
        return next(
            (d.surface for d in facts.dates if wanted is not None and d.covers(wanted)), None
        )
    if anchor.kind is AnchorKind.NUMBER:
        number = _number(part.facts.numbers, anchor)
        return next(
            (n.surface for n in facts.numbers if number is not None and n.agrees(number)), None
        )
    # A word: the same lemma, or across languages a word that means it (JMdict).
    if anchor.key in facts.words:
        return anchor.surface
    return next((f"{k.surface} ({k.layer})" for k in facts.links if k.pivot in anchor.pivots), None)


def _mention(mentions: Sequence[DateMention], anchor: Anchor) -> DateMention | None:
    return next((m for m in mentions if m.key == anchor.key and m.surface == anchor.surface), None)


def _number(mentions: Sequence[NumberMention], anchor: Anchor) -> NumberMention | None:
    return next((m for m in mentions if m.key == anchor.key and m.surface == anchor.surface), None)


def day_mention(day: dt.date) -> DateMention:
    """A day as a date mention, to compare with a claim's (the date line's day)."""
    return DateMention(0, 0, show_day(day), day.year, day.month, day.day)
