"""Check values: does the passage that best aligns with a claim part give other dates or numbers?

Takes a claim part and its candidate matches; gives `ValueConflict`s. Alignment is judged on
the part's other anchors (terms and words), so a sentence about the same event is found even
when its date differs, and only then is the date compared: "October 26" against 10月25日 is a
contradiction, while a sentence that merely lacks a date is not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.analyse import ClaimPart
from factcheck.match import SourceIndex
from factcheck.model import AnchorKind, Match

ALIGNED_COVERAGE = 0.6
"""Share of a part's term and word anchors a sentence must cover to count as the same event."""


@dataclass(frozen=True)
class ValueConflict:
    kind: AnchorKind
    claim_value: str
    source_value: str
    source_id: str
    sentence_index: int
    sentence: str

    def describe(self) -> str:
        what = "date" if self.kind is AnchorKind.DATE else "number"
        return (
            f"the claim's {what} “{self.claim_value}” against “{self.source_value}” in "
            f"{self.source_id} sentence {self.sentence_index + 1}"
        )


def check_values(
    part: ClaimPart, matches: Sequence[Match], index: SourceIndex
) -> tuple[ValueConflict, ...]:
    """Conflicts between the part's dates/numbers and those of its best-aligned sentence."""
    if not part.facts.dates and not part.facts.numbers:
        return ()
    aligned = _best_aligned(matches)
    if aligned is None:
        return ()
    passage = [aligned.sentence, *aligned.context]
    members = [index.entry(aligned.source_id, sentence.index).facts for sentence in passage]
    dates = [date for facts in members for date in facts.dates]
    numbers = [number for facts in members for number in facts.numbers]
    conflicts: list[ValueConflict] = []
    for date in part.facts.dates:
        if any(found.covers(date) for found in dates):
            continue
        # A date of the same month that does not cover the claim's is another date for the
        # same event ("October 26 to 29" against "October 27 to 29" overlap, yet differ).
        clashing = [
            found
            for found in dates
            if found.conflicts(date) or (found.month == date.month and date.month is not None)
        ]
        clashing.sort(key=lambda found: (found.end_day is None) != (date.end_day is None))
        if clashing:
            conflicts.append(_conflict(AnchorKind.DATE, date.surface, clashing[0].surface, aligned))
    for number in part.facts.numbers:
        if number.unit is None or any(found.agrees(number) for found in numbers):
            continue
        clashing_numbers = [found for found in numbers if found.conflicts(number)]
        if clashing_numbers:
            conflicts.append(
                _conflict(AnchorKind.NUMBER, number.surface, clashing_numbers[0].surface, aligned)
            )
    return tuple(conflicts)


def _best_aligned(matches: Sequence[Match]) -> Match | None:
    """The match that best covers the part leaving dates and numbers aside."""
    best: tuple[float, Match] | None = None
    for match in matches:
        share = _share_without_values(match)
        if share >= ALIGNED_COVERAGE and (best is None or share > best[0]):
            best = (share, match)
    return best[1] if best else None


def _share_without_values(match: Match) -> float:
    kinds = (AnchorKind.TERM, AnchorKind.WORD)
    covered = sum(a.weight for a in match.covered if a.kind in kinds)
    missing = sum(a.weight for a in match.missing if a.kind in kinds)
    total = covered + missing
    return covered / total if total else 0.0


def _conflict(kind: AnchorKind, claim: str, source: str, match: Match) -> ValueConflict:
    return ValueConflict(
        kind, claim, source, match.source_id, match.sentence.index, match.sentence.text
    )
