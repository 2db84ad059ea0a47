"""Check terms: flag garbled official wording in a claim, with the official form and its source.

Takes a claim and the sentences of its sources; gives `TermFlag`s. The claim is linted like an
article (factcheck/terms/lint.py: listed variants of the termbase and inferred near-misses),
and each flag names the source sentence where the official form stands, in the source's
language when that differs (the claim's "India-Pacific" against the readout's インド太平洋).
A flag sits beside the verdict, never in place of it.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcheck.checks.match import SourceIndex
from factcheck.model import AcceptedTerm, TermFlag
from factcheck.terms.lint import Finding, FindingKind, lint_text
from factcheck.text.analyse import ClaimFacts


def check_terms(
    facts: ClaimFacts, index: SourceIndex, source_ids: Sequence[str]
) -> tuple[TermFlag, ...]:
    """Flags for the claim's garbled terms, in text order."""
    findings = lint_text(facts.claim.text, index.termbase, language=facts.language)
    return tuple(
        _flag(finding, facts, index, source_ids)
        for finding in findings
        if finding.kind is not FindingKind.UNUSED_ACCEPT
    )


def _flag(
    finding: Finding, facts: ClaimFacts, index: SourceIndex, source_ids: Sequence[str]
) -> TermFlag:
    source_form = source_id = sentence = None
    entry = index.termbase.get(finding.entry_id)
    positions = index.lookup(f"term:{finding.entry_id}") & index.sentences_of(source_ids)
    if positions and entry is not None:
        found = index.sentences[min(positions)]
        source_id = found.source_id
        sentence = found.sentence.text
        source_form = next(
            (t.surface for t in found.facts.terms if t.entry.id == entry.id and not t.variant),
            entry.preferred(found.language),
        )
    return TermFlag(
        found=finding.found,
        official=finding.suggestion,
        entry_id=finding.entry_id,
        severity=finding.severity,
        source_form=source_form,
        source_id=source_id,
        sentence=sentence,
        score=finding.score,
        listed=finding.listed,
        accepted=_accepted(finding.found, facts.claim.accepted_terms),
    )


def _accepted(surface: str, accepted: Sequence[AcceptedTerm]) -> str | None:
    """The editor's justification when the claim file accepts this wording."""
    for term in accepted:
        if term.text.casefold() in surface.casefold() or surface.casefold() in term.text.casefold():
            return term.justification
    return None
