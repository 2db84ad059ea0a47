"""The JSON report: a stable, documented shape (docs/report-json.md) for tools and CI.

Takes a `Report`; gives a JSON document. Fields are only ever added within a schema version.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from factcheck.errors import Location
from factcheck.model import ClaimResult, Match, Report, SourceOutcome, TermFlag, Verdict
from factcheck.render.escape import dump_json

SCHEMA_VERSION = 1


def render_json(report: Report) -> str:
    return dump_json(report_to_dict(report))


def report_to_dict(report: Report) -> dict[str, Any]:
    article = report.claim_file.article
    counts = Counter(r.verdict.value for r in report.results)
    return {
        "schema": SCHEMA_VERSION,
        "tool": {"name": "factcheck", "version": report.tool_version},
        "generated_at": report.generated_at.isoformat(),
        "offline": report.offline,
        "claim_file": report.claim_file.path,
        "article": {
            "title": article.title,
            "url": article.url,
            "published": article.published.isoformat() if article.published else None,
            "language": article.language,
            "translated_from": article.translated_from,
            "text": article.text_path,
        },
        "summary": {
            "claims": len(report.results),
            "verdicts": {v.value: counts[v.value] for v in Verdict},
            "term_flags": sum(1 for r in report.results for f in r.term_flags if not f.accepted),
            "term_flags_accepted": sum(
                1 for r in report.results for f in r.term_flags if f.accepted
            ),
            "differs_from_expect": [
                r.claim.id for r in report.results if not r.matches_expectation
            ],
        },
        "claims": [_claim(r) for r in report.results],
        "sources": [_source(o) for o in report.sources],
    }


def _claim(result: ClaimResult) -> dict[str, Any]:
    claim = result.claim
    return {
        "id": claim.id,
        "text": claim.text,
        "location": _place(claim.location),
        "article_location": _place(result.article_location, with_file=True),
        "sources": list(claim.sources),
        "quotes": list(claim.quotes),
        "speaker": claim.speaker,
        "setting": claim.setting.value if claim.setting else None,
        "notes": claim.notes,
        "verdict": result.verdict.value,
        "reason": result.reason,
        "expect": claim.expect.value if claim.expect else None,
        "matches_expect": result.matches_expectation,
        "details": list(result.details),
        "sources_checked": list(result.sources_checked),
        "evidence": [_match(m) for m in result.evidence],
        "term_flags": [_flag(f) for f in result.term_flags],
        "corrections": [
            {
                "kind": c.kind.name.lower(),
                "found": c.found,
                "correct": c.correct,
                "gloss": c.gloss or None,
                "source_id": c.source_id,
                "sentence_index": c.sentence_index,
            }
            for c in result.corrections
        ],
    }


def _place(location: Location | None, *, with_file: bool = False) -> dict[str, Any] | None:
    if location is None:
        return None
    place: dict[str, Any] = {"file": location.file} if with_file else {}
    return place | {"line": location.line, "column": location.column}


def _match(match: Match) -> dict[str, Any]:
    sentence = match.sentence
    return {
        "source_id": match.source_id,
        "sentence_index": sentence.index,
        "sentence": sentence.text,
        "speaker": sentence.speaker,
        "section": sentence.section,
        "score": match.score,
        "coverage": match.coverage,
        "wording": match.wording,
        "span": match.span,
        "context": [{"sentence_index": c.index, "sentence": c.text} for c in match.context],
        "anchors": [
            {"kind": a.kind.value, "key": a.key, "claim": a.surface, "source": form}
            for a, form in zip(match.covered, match.source_forms, strict=False)
        ],
        "missing": [
            {"kind": a.kind.value, "key": a.key, "claim": a.surface} for a in match.missing
        ],
    }


def _flag(flag: TermFlag) -> dict[str, Any]:
    return {
        "found": flag.found,
        "official": flag.official,
        "entry": flag.entry_id,
        "severity": flag.severity.value,
        "listed": flag.listed,
        "score": flag.score,
        "source_form": flag.source_form,
        "source_id": flag.source_id,
        "source_sentence": flag.sentence,
        "accepted": flag.accepted,
    }


def _source(outcome: SourceOutcome) -> dict[str, Any]:
    spec, capture, document = outcome.spec, outcome.capture, outcome.document
    return {
        "id": spec.id,
        "url": spec.url,
        "publisher": spec.publisher,
        "language": spec.language,
        "kind": spec.kind.value,
        "title": spec.title,
        "problem": outcome.problem,
        "capture": None
        if capture is None
        else {
            "url": capture.url,
            "final_url": capture.final_url,
            "status": capture.status,
            "content_type": capture.content_type,
            "captured_at": capture.fetched_at.isoformat(),
            "sha256": capture.sha256,
            "origin": capture.origin.value,
            "note": capture.note,
        },
        "document": None
        if document is None
        else {
            "title": document.title,
            "published": document.published.isoformat() if document.published else None,
            "language": document.language,
            "sentences": len(document.sentences),
        },
    }
