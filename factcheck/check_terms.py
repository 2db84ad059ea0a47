"""Check terms: flag garbled official wording in a claim, with the official form and its source.

Takes a claim's term hits and the sentences of its sources; gives `TermFlag`s. A flag sits
beside the verdict, never in place of it. Today the check covers the termbase's listed
variants ("India-Pacific" for the Indo-Pacific); each flag names the source sentence where the
official form (in the source's language, e.g. インド太平洋) stands, when one does.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.analyse import ClaimFacts
from factcheck.match import SourceIndex
from factcheck.model import AcceptedTerm, TermFlag
from factcheck.termbase import TermHit


def check_terms(
    facts: ClaimFacts, index: SourceIndex, source_ids: Sequence[str]
) -> tuple[TermFlag, ...]:
    """Flags for the claim's garbled terms, outermost first (one flag per garbled phrase)."""
    variants = [hit for hit in facts.facts.terms if hit.variant]
    return tuple(_flag(hit, facts, index, source_ids) for hit in _outermost(variants))


def _outermost(hits: list[TermHit]) -> list[TermHit]:
    return [
        hit
        for hit in hits
        if not any(
            other is not hit
            and other.start <= hit.start
            and hit.end <= other.end
            and (other.end - other.start) > (hit.end - hit.start)
            for other in hits
        )
    ]


def _flag(
    hit: TermHit, facts: ClaimFacts, index: SourceIndex, source_ids: Sequence[str]
) -> TermFlag:
    entry = hit.entry
    official = entry.preferred(facts.language) or hit.surface
    source_form = source_id = sentence = None
    positions = index.lookup(f"term:{entry.id}") & index.sentences_of(source_ids)
    if positions:
        found = index.sentences[min(positions)]
        source_id = found.source_id
        sentence = found.sentence.text
        source_form = next(
            (t.surface for t in found.facts.terms if t.entry.id == entry.id and not t.variant),
            entry.preferred(found.language),
        )
    return TermFlag(
        found=hit.surface,
        official=official,
        entry_id=entry.id,
        severity=entry.severity,
        source_form=source_form,
        source_id=source_id,
        sentence=sentence,
        accepted=_accepted(hit.surface, facts.claim.accepted_terms),
    )


def _accepted(surface: str, accepted: Sequence[AcceptedTerm]) -> str | None:
    for term in accepted:
        if term.text.casefold() in surface.casefold() or surface.casefold() in term.text.casefold():
            return term.justification
    return None
