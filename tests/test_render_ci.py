"""The CI formats (SARIF, GitHub, JUnit, ClaimReview): schemas, goldens of the seed, and
small hand-built reports.

The SARIF log is validated against the official SARIF 2.1.0 JSON schema and the JUnit XML
against Jenkins' junit-10.xsd, both vendored in tests/fixtures/schemas/ (see its README for
their origin and licences). Rewrite the goldens with `pytest --update-golden`.
"""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET

import jsonschema
import pytest
import test_render
import xmlschema
from conftest import REPO_ROOT
from test_render import FIXED_NOW, GOLDEN

from factcheck.errors import Location
from factcheck.model import (
    FAILING_VERDICTS,
    Article,
    Claim,
    ClaimFile,
    ClaimResult,
    Report,
    Severity,
    SourceKind,
    SourceOutcome,
    SourceSpec,
    TermFlag,
    Verdict,
)
from factcheck.render import OutputFormat, render_reports
from factcheck.render.claimreview import RATINGS
from factcheck.render.github import render_github, render_github_summary

SCHEMAS = REPO_ROOT / "tests" / "fixtures" / "schemas"
seed_report = test_render.seed_report  # the seed run offline, a fixture


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.protocols.Validator:
    schema = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def junit_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(SCHEMAS / "junit-10.xsd")


def assert_valid_sarif(validator, text: str) -> dict:
    log = json.loads(text)
    errors = sorted(validator.iter_errors(log), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])
    return log


# ── the seed case, in every CI format ─────────────────────────────────────────


@pytest.mark.parametrize(
    ("output_format", "golden"),
    [
        (OutputFormat.SARIF, "seed-report.sarif"),
        (OutputFormat.GITHUB, "seed-report.github.txt"),
        (OutputFormat.JUNIT, "seed-report.junit.xml"),
        (OutputFormat.CLAIMREVIEW, "seed-report.claimreview.jsonld"),
    ],
)
def test_seed_in_ci_formats_matches_golden(seed_report, update_golden, output_format, golden):
    rendered = render_reports([seed_report], output_format)
    path = GOLDEN / golden
    if update_golden:
        path.write_text(rendered, encoding="utf-8")
    assert path.exists(), f"{path} is missing; run pytest --update-golden to create it"
    assert rendered == path.read_text(encoding="utf-8"), (
        f"{golden} differs; if the change is deliberate, run `pytest --update-golden` and "
        "review the diff"
    )


def test_seed_sarif_is_valid_and_points_at_claims_and_article(seed_report, sarif_validator):
    log = assert_valid_sarif(sarif_validator, render_reports([seed_report], OutputFormat.SARIF))
    run = log["runs"][0]
    rule_ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert rule_ids == [f"verdict/{v.value}" for v in Verdict] + [
        f"term/{s.value}" for s in Severity
    ]
    claims = {r.claim.id: r for r in seed_report.results}
    verdict_results = [r for r in run["results"] if r["ruleId"].startswith("verdict/")]
    unsupported = [r for r in seed_report.results if r.verdict is not Verdict.SUPPORTED]
    assert len(verdict_results) == len(unsupported) > 0
    for found in verdict_results:
        result = claims[found["properties"]["claim"]]
        assert found["ruleId"] == f"verdict/{result.verdict.value}"
        place = found["locations"][0]["physicalLocation"]
        assert place["artifactLocation"]["uri"] == "claims/takaichi-trump-call.yaml"
        assert place["region"]["startLine"] == result.claim.location.line
        related = found["relatedLocations"][0]["physicalLocation"]
        assert related["artifactLocation"]["uri"] == "claims/takaichi-trump-call.article.txt"
        # The related location is where the article really has the claim's words.
        article = SEED_ARTICLE.splitlines()[related["region"]["startLine"] - 1]
        start = related["region"]["startColumn"] - 1
        assert article[start:].startswith(result.claim.text.split()[0])
    fingerprints = [r["partialFingerprints"]["factcheckClaim/v1"] for r in run["results"]]
    assert len(set(fingerprints)) == len(fingerprints)


SEED_ARTICLE = (REPO_ROOT / "claims" / "takaichi-trump-call.article.txt").read_text(
    encoding="utf-8"
)


def test_seed_junit_is_valid_with_a_testcase_per_claim(seed_report, junit_schema):
    text = render_reports([seed_report], OutputFormat.JUNIT)
    junit_schema.validate(text)
    suite = ET.fromstring(text).find("testsuite")
    assert suite.get("name") == "claims/takaichi-trump-call.yaml"
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [r.claim.id for r in seed_report.results]
    failing = {r.claim.id for r in seed_report.results if r.verdict in FAILING_VERDICTS}
    assert {c.get("name") for c in cases if c.find("failure") is not None} == failing
    assert suite.get("failures") == str(len(failing))


def test_seed_claimreview_rates_each_claim_and_cites_its_sources(seed_report):
    data = json.loads(render_reports([seed_report], OutputFormat.CLAIMREVIEW))
    assert data["@context"] == "https://schema.org"
    reviews = data["@graph"]
    assert len(reviews) == len(seed_report.results)
    for review, result in zip(reviews, seed_report.results, strict=True):
        assert review["@type"] == "ClaimReview"
        assert review["claimReviewed"] == result.claim.text
        assert review["reviewRating"]["alternateName"] == result.verdict.value
        assert review["reviewRating"].get("ratingValue") == RATINGS[result.verdict]
        appearance = review["itemReviewed"]["appearance"]
        assert appearance["@type"] == "CreativeWork"
        assert appearance["datePublished"] == "2025-10-26"
        urls = {seed_report.claim_file.source(s).url for s in result.claim.sources}
        assert {c["url"] for c in review["citation"]} == urls


# ── small hand-built reports ─────────────────────────────────────────────────

NASTY = "50% done\nline two\r::error::injected, with, commas: <b>&</b>\x01"


def small_report(path: str = "claims/a.yaml") -> Report:
    spec = SourceSpec("src", "https://example.org/p?a=1&b=2", "Publisher", "ja", SourceKind.READOUT)
    gone = SourceSpec("gone", "https://example.org/gone")

    def claim(cid: str, line: int, expect: Verdict | None = None) -> Claim:
        return Claim(
            cid, f"text of {cid}", ("src",), expect=expect, location=Location(path, line, 5)
        )

    flag = TermFlag("India-Pacific", "Indo-Pacific", "indo-pacific", Severity.WARNING)
    results = (
        ClaimResult(claim("fine", 10), Verdict.SUPPORTED, "covered", sources_checked=("src",)),
        ClaimResult(
            claim("wrong", 20),
            Verdict.CONTRADICTED,
            NASTY,
            sources_checked=("src",),
            term_flags=(flag,),
            details=("the source says 26 October",),
            article_location=Location("claims/a.txt", 3, 7),
        ),
        ClaimResult(claim("gone", 30), Verdict.UNVERIFIABLE, "source gone could not be had"),
        ClaimResult(
            claim("surprise", 40, expect=Verdict.SUPPORTED), Verdict.NOT_FOUND, "nothing found"
        ),
    )
    return Report(
        claim_file=ClaimFile(
            path,
            Article("Title", url="https://example.org/article", published=dt.date(2025, 10, 26)),
            (spec, gone),
            tuple(r.claim for r in results),
        ),
        results=results,
        sources=(SourceOutcome(spec), SourceOutcome(gone, problem="HTTP 404")),
        generated_at=FIXED_NOW,
        tool_version="0.0.0-test",
    )


def test_sarif_levels_follow_fail_on_and_expect(sarif_validator):
    log = assert_valid_sarif(sarif_validator, render_reports([small_report()], OutputFormat.SARIF))
    levels = {
        (r["properties"]["claim"], r["ruleId"]): r["level"] for r in log["runs"][0]["results"]
    }
    assert levels == {
        ("wrong", "verdict/contradicted"): "error",
        ("wrong", "term/warning"): "warning",
        ("gone", "verdict/unverifiable"): "note",
        # not-found is a warning, but the claim file expected supported: the run fails on it.
        ("surprise", "verdict/not-found"): "error",
    }
    relaxed = render_reports([small_report()], OutputFormat.SARIF, frozenset())
    results = json.loads(relaxed)["runs"][0]["results"]
    assert next(r for r in results if r["ruleId"] == "verdict/contradicted")["level"] == "warning"


def test_sarif_fingerprint_survives_moved_lines_but_not_another_claim():
    def prints(report: Report) -> dict[str, str]:
        results = json.loads(render_reports([report], OutputFormat.SARIF))["runs"][0]["results"]
        return {
            (r["properties"]["claim"], r["ruleId"]): r["partialFingerprints"]["factcheckClaim/v1"]
            for r in results
        }

    before = small_report()
    moved = Report(
        claim_file=before.claim_file,
        results=tuple(
            ClaimResult(
                Claim(
                    r.claim.id,
                    r.claim.text,
                    r.claim.sources,
                    expect=r.claim.expect,
                    location=Location("claims/a.yaml", r.claim.location.line + 7, 1),
                ),
                r.verdict,
                r.reason,
                term_flags=r.term_flags,
            )
            for r in before.results
        ),
        sources=before.sources,
        generated_at=before.generated_at,
    )
    assert prints(before) == prints(moved)
    assert prints(before) != prints(small_report("claims/b.yaml"))


def test_sarif_of_several_files_is_one_run_and_absolute_paths_are_file_uris(sarif_validator):
    text = render_reports([small_report(), small_report("/abs/dir/b c.yaml")], OutputFormat.SARIF)
    log = assert_valid_sarif(sarif_validator, text)
    assert len(log["runs"]) == 1
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in log["runs"][0]["results"]
    }
    assert uris == {"claims/a.yaml", "file:///abs/dir/b%20c.yaml"}


def test_github_commands_escape_everything_a_claim_file_or_page_controls():
    lines = render_github([small_report()]).splitlines()
    assert lines[0] == (
        "::error file=claims/a.yaml,line=20,col=5,title=factcheck contradicted%3A wrong::"
        "50%25 done%0Aline two%0D::error::injected, with, commas: <b>&</b>\x01"
        "%0Athe source says 26 October"
    )
    # Each finding is exactly one line: no newline of the message starts a command.
    assert len(lines) == 4
    assert lines[1].startswith("::warning file=claims/a.yaml,line=20,col=5,title=factcheck term")
    assert lines[2].startswith("::notice file=claims/a.yaml,line=30,col=5,")
    assert lines[3].startswith("::error file=claims/a.yaml,line=40,")
    assert "expects supported" in lines[3]


def test_github_summary_counts_verdicts_and_lists_what_fails():
    summary = render_github_summary([small_report()])
    assert "| contradicted | 1 |" in summary
    assert "| supported | 1 |" in summary
    failing = summary.split("### Claims that fail the run", 1)[1]
    assert "**wrong**" in failing and "**surprise**" in failing
    assert "**gone**" not in failing and "**fine**" not in failing
    assert "<b>" not in summary


def test_junit_marks_failures_skips_unverifiable_and_strips_control_characters(junit_schema):
    text = render_reports([small_report(), small_report("claims/b.yaml")], OutputFormat.JUNIT)
    junit_schema.validate(text)
    root = ET.fromstring(text)
    assert root.get("tests") == "8" and root.get("failures") == "4"
    suite = root.findall("testsuite")[0]
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    failure = cases["wrong"].find("failure")
    assert failure.get("type") == "contradicted"
    assert failure.get("message").startswith("contradicted: 50% done\nline two")
    assert "\x01" not in text
    assert cases["gone"].find("skipped") is not None
    assert cases["fine"].find("failure") is None and cases["fine"].find("skipped") is None
    assert "expects supported" in cases["surprise"].find("failure").get("message")


def test_claimreview_leaves_the_scale_out_when_the_sources_say_nothing():
    reviews = json.loads(render_reports([small_report()], OutputFormat.CLAIMREVIEW))["@graph"]
    ratings = {r["identifier"].split("#")[1]: r["reviewRating"] for r in reviews}
    assert ratings["fine"]["ratingValue"] == 5 and ratings["fine"]["bestRating"] == 5
    assert ratings["wrong"]["ratingValue"] == 1 and ratings["wrong"]["worstRating"] == 1
    assert "ratingValue" not in ratings["gone"]
    assert ratings["gone"]["alternateName"] == "unverifiable"
    assert reviews[0]["citation"] == [
        {
            "@type": "CreativeWork",
            "url": "https://example.org/p?a=1&b=2",
            "publisher": {"@type": "Organization", "name": "Publisher"},
            "inLanguage": "ja",
        }
    ]


# ── lint findings as SARIF ───────────────────────────────────────────────────

LINTED = (
    "Japan and the US in the India-Pacific region.\n"
    'The India-Pacific again. <!-- factcheck: accept indo-pacific "quoted headline" -->\n'
    "And the India-Pacific once more.\n"
)


def lint_findings(text: str = LINTED):
    from factcheck.terms.lint import lint_text
    from factcheck.terms.termbase import load_termbase

    return lint_text(text, load_termbase([]), language="en", path="articles/draft.md")


def test_lint_sarif_is_valid_places_findings_and_suppresses_accepted_ones(sarif_validator):
    from factcheck.render.lint_report import LintFormat, render_lint

    findings = lint_findings()
    log = assert_valid_sarif(sarif_validator, render_lint(findings, LintFormat.SARIF))
    results = log["runs"][0]["results"]
    assert len(results) == len(findings) == 3
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in results]
    assert [(g["startLine"], g["startColumn"]) for g in regions] == [(1, 25), (2, 5), (3, 9)]
    assert all(g["endColumn"] - g["startColumn"] == len("India-Pacific") for g in regions)
    assert [bool(r.get("suppressions")) for r in results] == [False, True, False]
    assert results[1]["suppressions"][0]["justification"] == "quoted headline"
    assert {r["ruleId"] for r in results} == {"term/error"}


def test_lint_sarif_fingerprints_stay_when_text_is_added_above():
    from factcheck.render.sarif import render_lint_sarif

    def prints(text: str) -> list[str]:
        results = json.loads(render_lint_sarif(lint_findings(text)))["runs"][0]["results"]
        return [r["partialFingerprints"]["factcheckTerm/v1"] for r in results]

    before = prints(LINTED)
    assert len(set(before)) == 3
    assert prints("A new first paragraph.\n\n" + LINTED) == before
