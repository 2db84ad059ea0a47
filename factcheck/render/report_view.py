"""What an editor's report says, before it is markdown or HTML: plain, unescaped strings.

The markdown and HTML renderers lay out the same content, problems first: the summary, each
claim whose verdict is not `supported` (the article's sentence, the verdict in words, why,
the source sentence with a gloss of its matched terms, the correction), then the supported
claims one line each, the details per claim, and the sources. Each renderer escapes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from factcheck.model import (
    CaptureOrigin,
    ClaimResult,
    Correction,
    CorrectionKind,
    Match,
    Report,
    SourceOutcome,
    Verdict,
)

VERDICT_MARK = {
    Verdict.SUPPORTED: "✓",
    Verdict.PARTLY_SUPPORTED: "◐",
    Verdict.MISQUOTED: "❝✗",
    Verdict.MISATTRIBUTED: "↪",
    Verdict.CONTRADICTED: "✗",
    Verdict.NOT_FOUND: "∅",
    Verdict.UNVERIFIABLE: "?",
}
"""A mark for scanning; the verdict's word always stands beside it. Text symbols, not emoji:
they render without an emoji font (a headless browser, a terminal, a print)."""
VERDICT_WORDS = {
    Verdict.SUPPORTED: "supported: the source says this",
    Verdict.PARTLY_SUPPORTED: "partly supported: the source says only part of this",
    Verdict.MISQUOTED: "misquoted: the quoted words differ from the source's",
    Verdict.MISATTRIBUTED: "misattributed: the source gives it to another speaker or setting",
    Verdict.CONTRADICTED: "contradicted: the source gives another date, number or person",
    Verdict.NOT_FOUND: "not found in the sources checked",
    Verdict.UNVERIFIABLE: "unverifiable: a source could not be had",
}
ORIGIN_WORDS = {
    CaptureOrigin.LIVE: "fetched live",
    CaptureOrigin.ARCHIVE: "archived capture",
    CaptureOrigin.WAYBACK: "Internet Archive copy",
    CaptureOrigin.RECONSTRUCTION: "⚠ reconstruction",
    CaptureOrigin.SAVED: "saved copy",
    CaptureOrigin.IMPORTED: "imported WARC",
}
SHORT_DIGEST = 12
"""Hex digits of a SHA-256 shown in a report; the JSON report has all 64."""
_FIX_WORDS = {
    CorrectionKind.WORDING: "write the official wording",
    CorrectionKind.QUOTE: "quote what the source says",
    CorrectionKind.DATE: "use the source's date",
    CorrectionKind.NUMBER: "use the source's number",
    CorrectionKind.SPEAKER: "give it to the speaker the source names",
    CorrectionKind.SETTING: "place it where the source does",
    CorrectionKind.ACTOR: "name whom or where the source names",
}


@dataclass(frozen=True)
class Numbered:
    number: int
    result: ClaimResult


def summary_line(report: Report) -> str:
    """One line: how many claims, per verdict, term flags and unexpected outcomes."""
    counts = Counter(r.verdict for r in report.results)
    parts = [f"{counts[v]} {v.value}" for v in Verdict if counts[v]]
    flags = sum(1 for r in report.results for f in r.term_flags if not f.accepted)
    unexpected = [r.claim.id for r in report.results if not r.matches_expectation]
    line = f"{len(report.results)} claims: " + ", ".join(parts or ["none"])
    line += f"; {flags} term flag{'s' if flags != 1 else ''}"
    if unexpected:
        line += "; differs from expect: " + ", ".join(unexpected)
    return line


def problems(report: Report) -> list[Numbered]:
    """Claims whose verdict is not `supported`, or that differ from their `expect:`."""
    return [
        Numbered(n, r)
        for n, r in enumerate(report.results, 1)
        if r.verdict is not Verdict.SUPPORTED or not r.matches_expectation
    ]


def supported(report: Report) -> list[Numbered]:
    return [
        Numbered(n, r)
        for n, r in enumerate(report.results, 1)
        if r.verdict is Verdict.SUPPORTED and r.matches_expectation
    ]


def verdict_label(result: ClaimResult) -> str:
    """The mark and the verdict in words."""
    text = f"{VERDICT_MARK[result.verdict]} {VERDICT_WORDS[result.verdict]}"
    if result.claim.expect and not result.matches_expectation:
        text += f" (expected {result.claim.expect.value})"
    return text


def key_match(result: ClaimResult) -> Match | None:
    """The source sentence that decided the verdict: the one a correction or quote points
    at, else the best match."""
    for correction in result.corrections:
        if correction.sentence_index is not None:
            for match in result.evidence:
                if (
                    match.source_id == correction.source_id
                    and match.sentence.index == correction.sentence_index
                ):
                    return match
    return result.evidence[0] if result.evidence else None


def source_label(result: ClaimResult) -> str:
    """What the source sentence shown under a problem is: the one the verdict rests on, or
    only the nearest miss when nothing says the claim."""
    if result.verdict in {Verdict.NOT_FOUND, Verdict.UNVERIFIABLE}:
        return "Nearest miss"
    return "Source"


def where(match: Match) -> str:
    speaker = f", speaker {match.sentence.speaker}" if match.sentence.speaker else ""
    return f"{match.source_id}, sentence {match.sentence.index + 1}{speaker}"


def gloss(report: Report, result: ClaimResult, match: Match) -> list[tuple[str, str]]:
    """(source wording, claim wording) for each term, date, number or word of a sentence in
    another language than the article's: 最重要事項 = top priority, 同盟 (JMdict) = alliances.
    A garbled term of the claim glosses nothing (its correction says what the source means)."""
    article = report.claim_file.article.language.split("-")[0]
    try:
        language = report.claim_file.source(match.source_id).language.split("-")[0]
    except KeyError:
        return []
    if language == article:
        return []
    garbled = {flag.found for flag in result.term_flags}
    pairs: list[tuple[str, str]] = []
    for anchor, form in zip(match.covered, match.source_forms, strict=False):
        # Words met through the lexicon count too; their form names the layer ("強化 (JMdict)").
        if form == anchor.surface or anchor.surface in garbled:
            continue
        if (form, anchor.surface) not in pairs:
            pairs.append((form, anchor.surface))
    return pairs


def correction_text(correction: Correction) -> str:
    text = f"{correction.kind.value}: “{correction.found}” → “{correction.correct}”"
    if correction.gloss:
        text += f" ({correction.gloss})"
    return f"{text}: {_FIX_WORDS[correction.kind]}"


def no_correction(result: ClaimResult) -> str | None:
    """What to do when no correction follows from the sources."""
    match result.verdict:
        case Verdict.NOT_FOUND:
            return "no source checked says this: cut the claim, or cite a source that says it"
        case Verdict.UNVERIFIABLE:
            return "get the source (see Sources below), then check again"
        case Verdict.PARTLY_SUPPORTED:
            best = result.evidence[0] if result.evidence else None
            missing = [a.surface for a in best.missing] if best else []
            if missing:
                return "the source does not say: " + ", ".join(missing) + "; cut or source it"
            return "cut what the source does not say, or source it"
        case _:
            return None


def digest(outcome: SourceOutcome) -> str:
    return outcome.capture.sha256[:SHORT_DIGEST] if outcome.capture else ""


def is_reconstruction(outcome: SourceOutcome) -> bool:
    return outcome.capture is not None and outcome.capture.origin is CaptureOrigin.RECONSTRUCTION


def origin_words(outcome: SourceOutcome) -> str:
    capture = outcome.capture
    if capture is None:
        return f"unavailable: {outcome.problem or 'unknown'}"
    words = ORIGIN_WORDS[capture.origin]
    if capture.origin is CaptureOrigin.WAYBACK:
        words += f" taken {capture.fetched_at:%Y-%m-%d}"
    if outcome.problem:
        words += f"; {outcome.problem}"
    return words
