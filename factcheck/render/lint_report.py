"""Render lint findings: compiler-style text, a markdown report for editors, or JSON for tools.

Takes `Finding`s (of one or more files, each carrying its path); gives a string. Accepted
findings are always listed, marked as accepted with their reason, never dropped.

Text lines read `file:line:col: severity: message`, where severity is error, warning or info,
or `accepted` for a finding an inline marker accepted (so `grep ': error:'` counts only what
still needs fixing).
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Sequence
from typing import Any, assert_never

from factcheck.errors import Location
from factcheck.render.escape import dump_json_records, escape_code, escape_line, escape_markdown
from factcheck.severity import Severity
from factcheck.terms.lint import Finding, FindingKind

SCHEMA_VERSION = 1


class LintFormat(enum.Enum):
    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"
    GITHUB = "github"
    SARIF = "sarif"


def render_lint(findings: Sequence[Finding], output_format: LintFormat) -> str:
    """The findings in the chosen format."""
    match output_format:
        case LintFormat.TEXT:
            return render_lint_text(findings)
        case LintFormat.MARKDOWN:
            return render_lint_markdown(findings)
        case LintFormat.JSON:
            return render_lint_json(findings)
        case LintFormat.GITHUB:
            return render_lint_github(findings)
        case LintFormat.SARIF:
            from factcheck import __version__
            from factcheck.render.sarif import render_lint_sarif

            return render_lint_sarif(findings, __version__)
        case _:
            assert_never(output_format)


def render_lint_text(findings: Sequence[Finding]) -> str:
    """One `file:line:col: severity: message` line per finding, in file and text order."""
    lines = []
    for finding in _ordered(findings):
        label = "accepted" if finding.accepted is not None else finding.severity.value
        place = f"{finding.path}:{finding.line}:{finding.column}"
        lines.append(f"{place}: {label}: {describe_finding(finding)}")
    return "".join(line + "\n" for line in lines)


def render_lint_github(findings: Sequence[Finding]) -> str:
    """One GitHub Actions workflow command per open finding (accepted ones need no note)."""
    from factcheck.render.github import workflow_command

    lines = []
    for finding in _ordered(findings):
        if finding.accepted is not None:
            continue
        command = {"error": "error", "warning": "warning", "info": "notice"}[finding.severity.value]
        lines.append(
            workflow_command(
                command,
                Location(finding.path, finding.line, finding.column),
                f"factcheck lint: {finding.entry_id}",
                describe_finding(finding),
                end_line=finding.end_line,
                end_column=finding.end_column,
            )
        )
    return "".join(line + "\n" for line in lines)


def describe_finding(finding: Finding) -> str:
    """The message of a finding, one line, without its place or severity."""
    if finding.kind is FindingKind.UNUSED_ACCEPT:
        return f"accept marker for '{finding.entry_id}' matches no finding ({finding.note})"
    found = _one_line(finding.found)
    how = "listed" if finding.listed else f"inferred {finding.kind.value}, score {finding.score:g}"
    message = f'"{found}" should be "{finding.suggestion}" ({finding.entry_id}; {how})'
    if finding.accepted is not None:
        message += f" — accepted: {_one_line(finding.accepted)}"
    return message


def lint_summary_line(findings: Sequence[Finding]) -> str:
    """A one-line count for stderr, e.g. "3 errors, 1 warning, 0 info, 1 accepted"."""
    counts = _counts(findings)
    parts = [
        _plural(counts["error"], "error"),
        _plural(counts["warning"], "warning"),
        f"{counts['info']} info",
        f"{counts['accepted']} accepted",
    ]
    return ", ".join(parts)


def render_lint_markdown(findings: Sequence[Finding]) -> str:
    """A markdown report: a summary, a table of open findings, then the accepted ones."""
    ordered = _ordered(findings)
    open_findings = [f for f in ordered if f.accepted is None]
    accepted = [f for f in ordered if f.accepted is not None]
    lines = ["# Terminology lint", "", f"**{lint_summary_line(findings)}**", ""]
    if not open_findings:
        lines += ["No garbled official terms found.", ""]
    else:
        lines += [
            "| Where | Severity | Found | Official wording | Entry | How |",
            "|---|---|---|---|---|---|",
        ]
        lines += [_table_row(f) for f in open_findings]
        lines.append("")
        sources = sorted(
            {(f.entry_id, f.reference, f.issuer) for f in open_findings if f.reference}
        )
        if sources:
            lines += ["## Where the official wording comes from", ""]
            lines += [
                f"- {escape_code(entry)}: {escape_markdown(issuer) + ', ' if issuer else ''}"
                f"{escape_code(reference)}"
                for entry, reference, issuer in sources
            ]
            lines.append("")
    if accepted:
        lines += [
            "## Accepted",
            "",
            "| Where | Found | Official wording | Entry | Reason |",
            "|---|---|---|---|---|",
        ]
        lines += [
            f"| {_where(f)} | {escape_markdown(f.found)} | {escape_markdown(f.suggestion)} "
            f"| {escape_code(f.entry_id)} | {escape_markdown(f.accepted or '')} |"
            for f in accepted
        ]
        lines.append("")
    return "\n".join(lines)


def render_lint_json(findings: Sequence[Finding]) -> str:
    """A JSON document: schema version, summary counts and every finding."""
    counts = _counts(findings)
    document: dict[str, object] = {
        "schema": SCHEMA_VERSION,
        "tool": "factcheck lint",
        "summary": {
            "files": len({f.path for f in findings}),
            "findings": len(findings),
            **counts,
        },
    }
    return dump_json_records(document, "findings", [finding_to_dict(f) for f in _ordered(findings)])


def finding_to_dict(finding: Finding) -> dict[str, Any]:
    return {
        "path": finding.path,
        "line": finding.line,
        "column": finding.column,
        "end_line": finding.end_line,
        "end_column": finding.end_column,
        "start": finding.start,
        "end": finding.end,
        "found": finding.found,
        "suggestion": finding.suggestion,
        "entry": finding.entry_id,
        "severity": finding.severity.value,
        "kind": finding.kind.value,
        "listed": finding.listed,
        "score": finding.score,
        "accepted": finding.accepted,
        "fixable": finding.fixable,
        "issuer": finding.issuer,
        "reference": finding.reference,
        "note": finding.note,
    }


def _table_row(finding: Finding) -> str:
    if finding.kind is FindingKind.UNUSED_ACCEPT:
        how = "unused accept marker"
    elif finding.listed:
        how = "listed variant"
    else:
        how = f"inferred {finding.kind.value} ({finding.score:g})"
    return (
        f"| {_where(finding)} | {finding.severity.value} | {escape_markdown(finding.found)} "
        f"| {escape_markdown(finding.suggestion)} | {escape_code(finding.entry_id)} | {how} |"
    )


def _where(finding: Finding) -> str:
    return escape_code(f"{finding.path}:{finding.line}:{finding.column}")


def _ordered(findings: Sequence[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.path, f.start, f.end, f.entry_id))


def _counts(findings: Sequence[Finding]) -> dict[str, int]:
    severities = Counter(f.severity for f in findings if f.accepted is None)
    counts = {severity.value: severities[severity] for severity in Severity}
    counts["accepted"] = sum(1 for f in findings if f.accepted is not None)
    return counts


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def _one_line(text: str) -> str:
    # Articles come from pull requests too: no terminal escapes or bidi overrides pass.
    return escape_line(" ".join(text.split()))
