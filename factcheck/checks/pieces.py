"""Pieces: a claim part that no passage covers, cut in two where its punctuation joins two
assertions, each half matched on its own.

Takes a claim part that came out uncovered, the claim's language and the source index; gives
its `PieceSplit`s. A claim that joins a fact the source has to one it lacks ("the two
ministers discussed police training, with Japan offering to send 50 advisers") shares too
few of its anchors with any one sentence to be covered, so it would read as not found,
although one half of it stands in the source, word for word. Cut at a comma or a semicolon
(the joints the claim's language names, never inside a number), each half is matched, its
key facts assessed and judged as any part is (factcheck.checks.decide.judge_part): a half
that is covered while the other is not makes the claim partly supported, and the reason
names the half the source lacks. A half that only names the claim's people, or whose topic
stands nowhere in the source, covers nothing, so an absent topic stays not found.

Only a claim that would otherwise be not found is cut (the cost is one more match per half).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import operator
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from factcheck.checks.check_attribution import AttributionCheck
from factcheck.checks.keyfacts import KeyFacts, assess_key_facts, content_first
from factcheck.checks.match import PartMatches, SourceIndex, match_part
from factcheck.checks.source_layout import SourceLayout
from factcheck.checks.title_links import TitleLinks
from factcheck.languages import language_for
from factcheck.languages.interface import Joining
from factcheck.model import AnchorKind, Claim, Match
from factcheck.text.analyse import ClaimPart, analyse_claim
from factcheck.thresholds import PIECE_MIN_ANCHORS


@dataclass(frozen=True)
class Piece:
    """One half of a cut claim part, matched and assessed as a part of its own."""

    text: str
    matches: tuple[PartMatches, ...]
    """One per part the half's own analysis cuts it into."""
    key_facts: tuple[KeyFacts, ...]
    opens: bool = False
    """Its first part's passage is the source's opening sentence, the one that reports the
    event itself (who met whom, when): every claim on the event shares its frame."""
    attribution: AttributionCheck | None = None
    """Who says its first part's passage, against who the claim says said the half (set by
    the verify stage, which knows the sources' kinds): a half said in another speaker's
    clause is misattributed, not partly supported."""


@dataclass(frozen=True)
class PieceSplit:
    """A claim part cut in two at one of its joints."""

    part: ClaimPart
    pieces: tuple[Piece, Piece]


def cut_points(text: str, language: str) -> list[tuple[int, int]]:
    """Where `text` may be cut: each of the language's joints (`Joining.joints`, else
    `ClausePatterns.joint`: a comma, a semicolon, 、 after a predicate; never a mark inside
    a number) gives its start and the start of what follows it, a joint at its very start or
    end left aside; none in a language that names no joints."""
    module = language_for(language)
    stripped = text.rstrip(" .。")
    if isinstance(module, Joining):
        spans = module.joints(stripped)
    else:
        patterns = module.clause_patterns if module is not None else None
        if patterns is None or patterns.joint is None:
            return []
        spans = [m.span() for m in patterns.joint.finditer(stripped)]
    return [
        (start, end) for start, end in spans if stripped[:start].strip() and stripped[end:].strip()
    ]


def split_uncovered(
    claim: Claim,
    parts: Sequence[ClaimPart],
    language: str,
    index: SourceIndex,
    source_ids: Sequence[str],
    layouts: Mapping[str, SourceLayout],
    links: TitleLinks,
    default_year: int | None = None,
    published: dt.date | None = None,
) -> tuple[PieceSplit, ...]:
    """Each part cut in two at each of its joints, both halves matched and assessed."""
    out: list[PieceSplit] = []
    seen: dict[str, Piece] = {}

    def piece(text: str) -> Piece:
        known = seen.get(text)
        if known is None:
            facts = analyse_claim(
                dataclasses.replace(claim, text=text, quotes=(), speaker=None),
                language,
                index.termbase,
                default_year,
                published,
            )
            matches = tuple(
                content_first(
                    match_part(p, language, index, source_ids), index.termbase, language, layouts
                )
                for p in facts.parts
            )
            keys = tuple(assess_key_facts(m, language, index, layouts, links) for m in matches)
            opens = bool(matches and matches[0].matches) and _is_opening(
                matches[0].matches[0], index, layouts
            )
            known = seen[text] = Piece(text, matches, keys, opens)
        return known

    for part in parts:
        for start, end in cut_points(part.text, language):
            left, right = part.text[:start].strip(), part.text[end:].strip()
            if not (_anchored(left, part) and _anchored(right, part)):
                continue
            out.append(PieceSplit(part, (piece(left), piece(right))))
    return tuple(out)


def _is_opening(match: Match, index: SourceIndex, layouts: Mapping[str, SourceLayout]) -> bool:
    """Whether a passage is its source's opening sentence: the first of its lead paragraph
    that says more than a date (a date line stands apart)."""
    layout = layouts.get(match.source_id)
    if layout is None:
        return False
    for number in layout.lead:
        position = index.position(match.source_id, number)
        if position is None:
            continue
        text = index.sentences[position].sentence.text
        for date in sorted(index.sentences[position].analysis.dates, key=_START, reverse=True):
            text = text[: date.start] + text[date.end :]
        if any(ch.isalnum() for ch in text):
            return number == match.sentence.index
    return False


_START = operator.attrgetter("start")


def _anchored(text: str, part: ClaimPart) -> bool:
    """Whether a half holds at least PIECE_MIN_ANCHORS of the part's word and term anchors:
    a half of two words is a phrase of the other half, not an assertion of its own."""
    held = 0
    lowered = text.lower()
    for anchor in part.anchors:
        if anchor.kind in (AnchorKind.WORD, AnchorKind.TERM) and anchor.surface.lower() in lowered:
            held += 1
    return held >= PIECE_MIN_ANCHORS
