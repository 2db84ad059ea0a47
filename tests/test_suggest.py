"""Corrections from the checks' signals, and how the report shows them (hand-built values)."""

from __future__ import annotations

import datetime as dt

from factcheck.checks.check_attribution import AttributionCheck
from factcheck.checks.check_quotes import QuoteCheck, QuoteGrade
from factcheck.checks.check_values import ValueConflict
from factcheck.checks.decide import Signals
from factcheck.checks.speaker_set import Speakers
from factcheck.checks.suggest import suggest_corrections
from factcheck.model import (
    AnchorKind,
    Article,
    Claim,
    ClaimFile,
    ClaimResult,
    CorrectionKind,
    Report,
    Severity,
    SourceKind,
    SourceSpec,
    TermFlag,
    Verdict,
)
from factcheck.render.html_report import render_html
from factcheck.render.markdown_report import render_markdown
from factcheck.terms.termbase import load_termbase

TERMBASE = load_termbase([])
LANGUAGES = {"readout": "ja", "en-page": "en"}


def test_a_date_conflict_suggests_the_sources_date():
    conflict = ValueConflict(AnchorKind.DATE, "October 26", "10月25日", "readout", 2, "…")

    (fix,) = suggest_corrections(Signals(conflicts=(conflict,)), TERMBASE, "en", LANGUAGES)

    assert (fix.kind, fix.found, fix.correct) == (CorrectionKind.DATE, "October 26", "10月25日")
    assert (fix.source_id, fix.sentence_index) == ("readout", 2)


def test_an_altered_quote_suggests_the_source_span_with_a_termbase_gloss():
    quote = QuoteCheck(
        "very cheerful and attractive", QuoteGrade.ALTERED, "readout", 4, "とても快活で楽しい方"
    )
    same_language = QuoteCheck("a new height", QuoteGrade.ALTERED, "en-page", 1, "new heights")
    exact = QuoteCheck("top priority", QuoteGrade.EXACT, "en-page", 0, "top priority")

    fixes = suggest_corrections(
        Signals(quotes=(quote, same_language, exact)), TERMBASE, "en", LANGUAGES
    )

    assert [f.kind for f in fixes] == [CorrectionKind.QUOTE, CorrectionKind.QUOTE]
    assert fixes[0].correct == "とても快活で楽しい方"
    assert "cheerful and fun" in fixes[0].gloss.split(", ")
    assert "fun" not in fixes[0].gloss.split(", "), "a term inside a longer one is not repeated"
    assert fixes[1].gloss == "", "no gloss for a source in the article's language"


def test_a_wrong_speaker_and_setting_and_an_unaccepted_flag():
    check = AttributionCheck(
        "readout",
        7,
        Speakers("大統領", frozenset({"trump"})),
        SourceKind.PRESS_REMARKS,
        Speakers("both leaders", frozenset(), both=True),
        SourceKind.READOUT,
        speaker_differs=True,
        setting_differs=True,
    )
    flag = TermFlag("India-Pacific", "Indo-Pacific", "indo-pacific", Severity.ERROR)
    accepted = TermFlag("alliances", "alliance", "alliance", Severity.INFO, accepted="ours")

    fixes = suggest_corrections(
        Signals(attributions=(check, None), term_flags=(flag, accepted)), TERMBASE, "en", {}
    )

    assert [(f.kind, f.found, f.correct) for f in fixes] == [
        (CorrectionKind.WORDING, "India-Pacific", "Indo-Pacific"),
        (CorrectionKind.SPEAKER, "both leaders", "大統領"),
        (
            CorrectionKind.SETTING,
            "the call or meeting itself (per its readout)",
            "remarks to the press",
        ),
    ]


def small_report(*results: ClaimResult) -> Report:
    spec = SourceSpec("readout", "https://example.org/r", language="ja")
    return Report(
        ClaimFile("c.yaml", Article("A title"), (spec,), tuple(r.claim for r in results)),
        results,
        (),
        dt.datetime(2025, 11, 1, tzinfo=dt.UTC),
    )


def test_reports_show_the_correction_under_the_problem_and_supported_claims_after():
    date = ValueConflict(AnchorKind.DATE, "October 26", "10月25日", "readout", 2, "…")
    wrong = ClaimResult(
        Claim("call-date", "They spoke on October 26.", ("readout",)),
        Verdict.CONTRADICTED,
        "the best-aligned passage differs",
        corrections=suggest_corrections(Signals(conflicts=(date,)), TERMBASE, "en", LANGUAGES),
    )
    fine = ClaimResult(Claim("fine", "All is well.", ("readout",)), Verdict.SUPPORTED, "covered")
    report = small_report(fine, wrong)

    markdown = render_markdown(report)
    problems, rest = markdown.split("## Supported: 1", 1)
    assert "### 2. call-date: ✗ contradicted" in problems
    assert "- **Correction:** date: “October 26” → “10月25日”: use the source's date" in problems
    assert "- 1. fine: ✓ supported: All is well" in rest
    page = render_html(report)
    assert page.index('id="claim-2"') < page.index("<h2>Supported: 1</h2>")
    assert "date: “October 26” → “10月25日”" in page
