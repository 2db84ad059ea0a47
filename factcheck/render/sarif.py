"""SARIF 2.1.0: verdicts and term flags (and lint findings) as static-analysis results.

Takes the reports of a run; gives one SARIF log with one run. There is one rule per verdict
kind (`verdict/contradicted` …) and one per term-flag severity (`term/error` …). A result
points at the claim in the claim file, with a related location at the claim's sentence in
the article file, and carries a partial fingerprint made of the claim file, the claim id and
the rule, so code scanning follows a finding across commits that move its lines.

Built as plain dicts and `json.dumps`: the shape is small, and the schema test
(tests/fixtures/schemas/sarif-schema-2.1.0.json) checks it, so an object-model library
would add a dependency without adding a guarantee.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from factcheck.errors import Location
from factcheck.model import FAILING_VERDICTS, ClaimResult, Report, Severity, TermFlag, Verdict
from factcheck.render.escape import dump_json
from factcheck.render.levels import severity_level, verdict_level
from factcheck.terms.lint import Finding

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
FINGERPRINT = "factcheckClaim/v1"
FINGERPRINT_LINT = "factcheckTerm/v1"

VERDICT_HELP: dict[Verdict, str] = {
    Verdict.SUPPORTED: "Every key element of the claim is covered by a source checked.",
    Verdict.PARTLY_SUPPORTED: "Some key elements of the claim are covered, others by nothing.",
    Verdict.MISQUOTED: "A quoted span differs materially from its best source span.",
    Verdict.MISATTRIBUTED: "The words are in a source, said by someone else or elsewhere.",
    Verdict.CONTRADICTED: "A source gives a different date, number or actor for the event.",
    Verdict.NOT_FOUND: "Nothing in the sources checked says what the claim says.",
    Verdict.UNVERIFIABLE: "A source the claim rests on could not be had or read.",
}
SEVERITY_HELP: dict[Severity, str] = {
    Severity.ERROR: "An official term is garbled in a way that changes its meaning.",
    Severity.WARNING: "An official term is not in its official wording.",
    Severity.INFO: "An official term is worded unusually.",
}


def render_sarif(reports: Sequence[Report], failing: frozenset[Verdict] = FAILING_VERDICTS) -> str:
    """One SARIF log for the reports; verdicts in `failing` are errors."""
    rules = [_verdict_rule(v, failing) for v in Verdict] + [_severity_rule(s) for s in Severity]
    index = {rule["id"]: number for number, rule in enumerate(rules)}
    results = []
    for report in reports:
        for result in report.results:
            if result.verdict is not Verdict.SUPPORTED or not result.matches_expectation:
                results.append(_verdict_result(report, result, failing, index))
            results.extend(
                _flag_result(report, result, flag, index)
                for flag in result.term_flags
                if not flag.accepted
            )
    return _log(rules, results, reports[0].tool_version if reports else "")


def _log(rules: list[dict[str, Any]], results: list[dict[str, Any]], version: str) -> str:
    driver: dict[str, Any] = {"name": "factcheck", "rules": rules}
    if version:
        driver["version"] = version
    log = {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {"driver": driver},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return dump_json(log)


def render_lint_sarif(findings: Sequence[Finding], version: str = "") -> str:
    """One SARIF log for lint findings: rules per severity, accepted findings suppressed."""
    rules = [_severity_rule(severity) for severity in Severity]
    index = {rule["id"]: number for number, rule in enumerate(rules)}
    seen: Counter[tuple[str, str, str]] = Counter()
    results = []
    for finding in sorted(findings, key=lambda f: (f.path, f.start)):
        rule = severity_rule_id(finding.severity)
        key = (finding.path, finding.entry_id, finding.found.casefold())
        seen[key] += 1
        region = {
            "startLine": finding.line,
            "startColumn": finding.column,
            "endLine": finding.end_line,
            "endColumn": finding.end_column,
        }
        found: dict[str, Any] = {
            "ruleId": rule,
            "ruleIndex": index[rule],
            "level": _severity_level(finding.severity),
            "message": {"text": _describe_finding(finding)},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(finding.path)},
                        "region": region,
                    }
                }
            ],
            # The nth finding of this wording of this entry in this file: stable while
            # text around it changes.
            "partialFingerprints": {
                FINGERPRINT_LINT: _digest(*key, str(seen[key])),
            },
            "properties": {"entry": finding.entry_id, "kind": finding.kind.value},
        }
        if finding.accepted is not None:
            found["suppressions"] = [{"kind": "inSource", "justification": finding.accepted}]
        results.append(found)
    return _log(rules, results, version)


def verdict_rule_id(verdict: Verdict) -> str:
    return f"verdict/{verdict.value}"


def severity_rule_id(severity: Severity) -> str:
    return f"term/{severity.value}"


def _level(verdict: Verdict, failing: frozenset[Verdict]) -> str:
    return verdict_level(verdict, failing).value


def _severity_level(severity: Severity) -> str:
    return severity_level(severity).value


def _verdict_rule(verdict: Verdict, failing: frozenset[Verdict]) -> dict[str, Any]:
    return {
        "id": verdict_rule_id(verdict),
        "name": "Verdict" + verdict.value.title().replace("-", ""),
        "shortDescription": {"text": f"Claim verdict: {verdict.value}"},
        "fullDescription": {"text": VERDICT_HELP[verdict]},
        "help": {"text": "See docs/verdicts.md in factcheck's documentation."},
        "defaultConfiguration": {"level": _level(verdict, failing)},
    }


def _severity_rule(severity: Severity) -> dict[str, Any]:
    return {
        "id": severity_rule_id(severity),
        "name": "Term" + severity.value.title(),
        "shortDescription": {"text": f"Garbled official term ({severity.value})"},
        "fullDescription": {"text": SEVERITY_HELP[severity]},
        "help": {"text": "See docs/lint.md and docs/termbases.md in factcheck's documentation."},
        "defaultConfiguration": {"level": _severity_level(severity)},
    }


def _verdict_result(
    report: Report, result: ClaimResult, failing: frozenset[Verdict], index: dict[str, int]
) -> dict[str, Any]:
    rule = verdict_rule_id(result.verdict)
    level = _level(result.verdict, failing)
    text = f"{result.claim.id}: {result.verdict.value}: {result.reason}"
    if not result.matches_expectation and result.claim.expect:
        level = "error"
        text += f" (the claim file expects {result.claim.expect.value})"
    if result.sources_checked:
        text += f" Sources checked: {', '.join(result.sources_checked)}."
    return _result(report, result, rule, index, level, text)


def _flag_result(
    report: Report, result: ClaimResult, flag: TermFlag, index: dict[str, int]
) -> dict[str, Any]:
    text = f"{result.claim.id}: '{flag.found}' is not the official wording: '{flag.official}'"
    if flag.source_form:
        text += f" (the source writes {flag.source_form})"
    rule = severity_rule_id(flag.severity)
    found = _result(report, result, rule, index, _severity_level(flag.severity), text)
    # Several flags of one claim share a rule: the found wording tells them apart.
    found["partialFingerprints"][FINGERPRINT] = _fingerprint(report, result, rule, flag.found)
    return found


def _result(
    report: Report,
    result: ClaimResult,
    rule: str,
    index: dict[str, int],
    level: str,
    text: str,
) -> dict[str, Any]:
    claim = result.claim
    where = report.claim_location(result)
    found: dict[str, Any] = {
        "ruleId": rule,
        "ruleIndex": index[rule],
        "level": level,
        "message": {"text": text},
        "locations": [_physical(where)],
        "partialFingerprints": {FINGERPRINT: _fingerprint(report, result, rule)},
        "properties": {"claim": claim.id, "verdict": result.verdict.value},
    }
    if result.article_location is not None:
        related = _physical(result.article_location)
        related["id"] = 1
        related["message"] = {"text": f"the claim {claim.id} in the article"}
        found["relatedLocations"] = [related]
    return found


def _physical(location: Location) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(location.file)}}
    if location.line:
        region = {"startLine": location.line}
        if location.column:
            region["startColumn"] = location.column
        physical["region"] = region
    return {"physicalLocation": physical}


def _uri(path: str) -> str:
    """A relative path as a relative URI reference; an absolute one as a file: URI."""
    pure = PurePath(path)
    if pure.is_absolute():
        return pure.as_uri()
    return quote(pure.as_posix())


def _fingerprint(report: Report, result: ClaimResult, rule: str, extra: str = "") -> str:
    return _digest(PurePath(report.claim_file.path).as_posix(), result.claim.id, rule, extra)


def _digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


def _describe_finding(finding: Finding) -> str:
    from factcheck.render.lint_report import describe_finding

    return describe_finding(finding)
