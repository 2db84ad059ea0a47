"""The seed case end to end, offline: every verdict of the fact sheet, with the right evidence.

This is the first real case (shared/facts/takaichi-trump-2025-10.md): an English article
translated from Vietnamese, checked against Japanese and English official sources.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from factcheck.claimfiles.claims import load_claims
from factcheck.model import CaptureOrigin, ClaimResult, SourceSpec, Verdict
from factcheck.sources.archive.evidence import EvidenceArchive
from factcheck.sources.archive.retrieve import get_capture
from factcheck.sources.fetch import FetchPolicy
from factcheck.terms.termbase import load_termbase
from factcheck.verify import verify_claim_file

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "claims" / "takaichi-trump-call.yaml"
PAGES = ROOT / "tests" / "fixtures" / "pages"
PAGE_OF = {
    "mofa-ja-call": "mofa-ja-call.html",
    "kantei-ja-remarks": "worldjpn-ja-remarks.html",
    "kantei-en-1021": "kantei-en-1021.html",
    "mofa-en-1028": "mofa-en-1028.html",
}


@pytest.fixture(scope="module")
def report():
    claim_file = load_claims(CLAIMS)
    archive = EvidenceArchive(CLAIMS.parent / "evidence")

    def get(spec: SourceSpec):
        return get_capture(spec.url, archive, offline=True, refresh=False, policy=FetchPolicy())

    return verify_claim_file(claim_file, get, load_termbase(), offline=True)


@pytest.fixture(scope="module")
def results(report) -> dict[str, ClaimResult]:
    return {r.claim.id: r for r in report.results}


def test_every_claim_gets_the_fact_sheets_verdict(results):
    wrong = {
        cid: (r.verdict.value, r.claim.expect.value if r.claim.expect else None, r.reason)
        for cid, r in results.items()
        if not r.matches_expectation
    }
    assert len(results) == 12
    assert wrong == {}


@pytest.mark.parametrize(
    ("claim_id", "source_id", "must_contain"),
    [
        ("call-date", "mofa-ja-call", "10月25日"),
        ("top-priority", "mofa-ja-call", "最重要事項"),
        ("indispensable-role", "mofa-ja-call", "不可欠なパートナー"),
        ("new-heights", "mofa-ja-call", "更なる高み"),
        ("congratulations", "mofa-ja-call", "祝意"),
        ("inauguration-date", "kantei-en-1021", "took office"),
        ("summit-date", "mofa-en-1028", "October 28, 2025"),
        ("arrival", "mofa-en-1028", "evening of October 27"),
    ],
)
def test_supported_claims_rest_on_the_right_sentence(results, claim_id, source_id, must_contain):
    result = results[claim_id]
    assert result.verdict is Verdict.SUPPORTED
    best = result.evidence[0]
    assert best.source_id == source_id
    assert must_contain in best.sentence.text
    assert best.coverage >= 0.7


def test_the_misquote_shows_the_source_wording(results):
    result = results["cheerful"]
    assert result.verdict is Verdict.MISQUOTED
    assert "attractive" in result.reason and "楽しい" in result.reason


def test_the_misattribution_names_the_actual_speaker_and_setting(results):
    result = results["abe-memories"]
    assert result.verdict is Verdict.MISATTRIBUTED
    assert "大統領" in result.reason and "Trump" in result.reason
    assert "remarks to the press" in result.reason


def test_not_found_is_never_false_and_lists_the_sources(results):
    result = results["china-competition"]
    assert result.verdict is Verdict.NOT_FOUND
    assert "mofa-ja-call" in result.reason
    assert result.sources_checked == ("mofa-ja-call",)


@pytest.mark.parametrize(
    ("claim_id", "found", "official"),
    [
        ("indispensable-role", "India-Pacific", "Indo-Pacific"),
        ("abe-foip", "Friendly and wide Pacific India", "Free and Open Indo-Pacific"),
    ],
)
def test_garbled_terms_are_flagged_beside_the_verdict(results, claim_id, found, official):
    flags = results[claim_id].term_flags
    assert any(f.found == found and f.official == official for f in flags)


def test_the_indo_pacific_flag_points_at_the_japanese_wording(results):
    flag = next(f for f in results["indispensable-role"].term_flags if f.entry_id == "indo-pacific")
    assert flag.source_id == "mofa-ja-call"
    assert flag.source_form == "インド太平洋"


def test_every_source_is_a_reconstruction_and_says_so(report):
    for outcome in report.sources:
        assert outcome.capture is not None, outcome.problem
        assert outcome.capture.origin is CaptureOrigin.RECONSTRUCTION
        assert "RECONSTRUCTION" in outcome.capture.note


@pytest.mark.parametrize("source_id", sorted(PAGE_OF))
def test_archived_reconstruction_is_the_fixture_page_byte_for_byte(report, source_id):
    outcome = next(o for o in report.sources if o.spec.id == source_id)
    page = (PAGES / PAGE_OF[source_id]).read_bytes()
    assert outcome.capture is not None
    assert outcome.capture.body == page
    assert outcome.capture.sha256 == hashlib.sha256(page).hexdigest()
