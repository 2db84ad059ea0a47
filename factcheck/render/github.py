"""GitHub Actions: workflow commands that annotate claim files, and a job summary.

Takes the reports of a run; gives `::error file=…,line=…,col=…,title=…::message` lines
(GitHub shows them on the changed lines of a pull request) and, separately, a markdown
summary for `$GITHUB_STEP_SUMMARY`. The CLI decides where each goes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from factcheck.errors import Location
from factcheck.model import FAILING_VERDICTS, ClaimResult, Report, Severity, Verdict
from factcheck.render.escape import escape_markdown
from factcheck.render.levels import Level, severity_level, verdict_level


def render_github(reports: Sequence[Report], failing: frozenset[Verdict] = FAILING_VERDICTS) -> str:
    """One workflow command per finding: verdicts other than supported, and term flags."""
    lines = []
    for report in reports:
        for result in report.results:
            where = report.claim_location(result)
            command = _command(result, failing)
            if command:
                title = f"factcheck {result.verdict.value}: {result.claim.id}"
                lines.append(workflow_command(command, where, title, _message(result)))
            for flag in result.term_flags:
                if flag.accepted:
                    continue
                title = f"factcheck term: {result.claim.id}"
                text = f"'{flag.found}' is not the official wording: '{flag.official}'"
                lines.append(workflow_command(_flag_command(flag.severity), where, title, text))
    return "".join(line + "\n" for line in lines)


def render_github_summary(
    reports: Sequence[Report], failing: frozenset[Verdict] = FAILING_VERDICTS
) -> str:
    """A short markdown summary for the job's summary page: counts, then what failed."""
    counts = Counter(r.verdict for report in reports for r in report.results)
    lines = [
        "## factcheck",
        "",
        f"{sum(len(r.results) for r in reports)} claims in {len(reports)} claim files.",
        "",
        "| verdict | claims |",
        "|---|---:|",
        *(f"| {v.value} | {counts[v]} |" for v in Verdict if counts[v]),
    ]
    failed = [
        (report, result)
        for report in reports
        for result in report.results
        if result.verdict in failing or not result.matches_expectation
    ]
    if failed:
        lines += ["", "### Claims that fail the run", ""]
        for report, result in failed:
            where = report.claim_location(result)
            lines.append(
                f"- `{escape_markdown(str(where))}` **{escape_markdown(result.claim.id)}**: "
                f"{result.verdict.value}: {escape_markdown(result.reason)}"
            )
    return "\n".join(lines) + "\n"


def _command(result: ClaimResult, failing: frozenset[Verdict]) -> str | None:
    if not result.matches_expectation:
        return "error"
    level = verdict_level(result.verdict, failing)
    return None if level is Level.NONE else _workflow_command_name(level)


def _flag_command(severity: Severity) -> str:
    return _workflow_command_name(severity_level(severity))


def _workflow_command_name(level: Level) -> str:
    """GitHub's word for a level: "notice" where SARIF says "note"."""
    return "notice" if level is Level.NOTE else level.value


def _message(result: ClaimResult) -> str:
    text = result.reason
    if not result.matches_expectation and result.claim.expect:
        text += f" (the claim file expects {result.claim.expect.value})"
    return "\n".join((text, *result.details))


def workflow_command(
    command: str,
    where: Location,
    title: str,
    message: str,
    *,
    end_line: int = 0,
    end_column: int = 0,
) -> str:
    """`::command file=…,line=…,col=…,title=…::message`, every part escaped."""
    properties = [f"file={_property(where.file)}"]
    if where.line:
        properties.append(f"line={where.line}")
    if where.column:
        properties.append(f"col={where.column}")
    if end_line:
        properties.append(f"endLine={end_line}")
    if end_column:
        properties.append(f"endColumn={end_column}")
    properties.append(f"title={_property(title)}")
    return f"::{command} {','.join(properties)}::{_data(message)}"


def _data(text: str) -> str:
    """Escape a command's message: GitHub reads %, CR and LF specially (and so a newline
    in a claim file could otherwise start a command of its own)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
