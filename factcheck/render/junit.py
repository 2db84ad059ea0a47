"""JUnit XML: one testsuite per claim file, one testcase per claim, for CI test views.

Takes the reports of a run; gives a `<testsuites>` document. A claim whose verdict fails
the run (in `--fail-on`, or other than its `expect:`) is a testcase with a `<failure>`
carrying the verdict and its reason; an unverifiable claim that does not fail is skipped.

Built with the standard library's ElementTree, which escapes text and attributes: the
document is small, and the schema test (tests/fixtures/schemas/junit-10.xsd) checks it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from factcheck.model import FAILING_VERDICTS, ClaimResult, Report, Verdict

# XML 1.0 cannot carry most control characters, even escaped; a page may contain them.
_NOT_XML = dict.fromkeys(c for c in range(32) if c not in (9, 10, 13))


def render_junit(reports: Sequence[Report], failing: frozenset[Verdict] = FAILING_VERDICTS) -> str:
    """The JUnit XML document for the reports."""
    root = ET.Element("testsuites", name="factcheck")
    total = failures = 0
    for report in reports:
        suite = _suite(report, failing)
        root.append(suite)
        total += int(suite.get("tests", "0"))
        failures += int(suite.get("failures", "0"))
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def fails(result: ClaimResult, failing: frozenset[Verdict]) -> bool:
    """Whether this result fails the run (before --strict, which is about sources)."""
    return result.verdict in failing or not result.matches_expectation


def _suite(report: Report, failing: frozenset[Verdict]) -> ET.Element:
    path = report.claim_file.path
    suite = ET.Element(
        "testsuite",
        name=_clean(path),
        tests=str(len(report.results)),
        failures=str(sum(1 for r in report.results if fails(r, failing))),
        errors="0",
        skipped=str(sum(1 for r in report.results if _skipped(r, failing))),
        timestamp=report.generated_at.isoformat(),
        file=_clean(path),
    )
    for result in report.results:
        case = ET.SubElement(
            suite, "testcase", name=_clean(result.claim.id), classname=_clean(path)
        )
        message = _clean(f"{result.verdict.value}: {result.reason}")
        if fails(result, failing):
            if not result.matches_expectation and result.claim.expect:
                message += f" (the claim file expects {result.claim.expect.value})"
            failure = ET.SubElement(case, "failure", message=message, type=result.verdict.value)
            failure.text = _clean(_body(report, result))
        elif _skipped(result, failing):
            ET.SubElement(case, "skipped", message=message, type=result.verdict.value)
        else:
            out = ET.SubElement(case, "system-out")
            out.text = _clean(_body(report, result))
    return suite


def _skipped(result: ClaimResult, failing: frozenset[Verdict]) -> bool:
    return result.verdict is Verdict.UNVERIFIABLE and not fails(result, failing)


def _body(report: Report, result: ClaimResult) -> str:
    lines = [
        f"{report.claim_location(result)}: {result.claim.text}",
        f"{result.verdict.value}: {result.reason}",
    ]
    lines += result.details
    if result.sources_checked:
        lines.append(f"sources checked: {', '.join(result.sources_checked)}")
    return "\n".join(lines)


def _clean(text: str) -> str:
    return text.translate(_NOT_XML)
