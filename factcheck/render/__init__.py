"""Render: turn `Report`s into text. Renderers are pure; the CLI decides where text goes."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, assert_never

if TYPE_CHECKING:
    from factcheck.model import Report, Verdict
    from factcheck.render.json_report import render_json
    from factcheck.render.markdown_report import render_markdown

# The renderers and the pipeline's values are imported when a report is rendered: `lint`
# imports `factcheck.render.escape` and `lint_report` only, and this package runs first.
_LAZY = {
    "render_json": "factcheck.render.json_report",
    "render_markdown": "factcheck.render.markdown_report",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class OutputFormat(enum.Enum):
    MARKDOWN = "markdown"
    JSON = "json"
    HTML = "html"
    SARIF = "sarif"
    GITHUB = "github"
    JUNIT = "junit"
    CLAIMREVIEW = "claimreview"


def render_report(report: Report, output_format: OutputFormat) -> str:
    """One report in the chosen format."""
    if output_format is OutputFormat.HTML:
        from factcheck.render.html_report import render_html

        return render_html(report)
    return render_reports([report], output_format)


def render_reports(
    reports: Sequence[Report],
    output_format: OutputFormat,
    failing: frozenset[Verdict] | None = None,
) -> str:
    """The reports of a run in the chosen format: one document for all of them.

    Markdown reports follow one another; HTML is one page; JSON is one object for one report
    and an array for several; the CI formats (SARIF, GitHub, JUnit, ClaimReview) gather every
    claim file into one log. `failing` is the run's --fail-on: the verdicts the CI formats mark
    as errors (the failing verdicts when None).
    """
    from factcheck.model import FAILING_VERDICTS
    from factcheck.render.json_report import render_json
    from factcheck.render.markdown_report import render_markdown

    failing = FAILING_VERDICTS if failing is None else failing
    match output_format:
        case OutputFormat.MARKDOWN:
            return "\n---\n\n".join(render_markdown(report) for report in reports)
        case OutputFormat.JSON:
            texts = [render_json(report) for report in reports]
            if len(texts) == 1:
                return texts[0]
            return "[\n" + ",\n".join(t.rstrip() for t in texts) + "\n]\n"
        case OutputFormat.HTML:
            from factcheck.render.html_report import render_html_reports

            return render_html_reports(reports)
        case OutputFormat.SARIF:
            from factcheck.render.sarif import render_sarif

            return render_sarif(reports, failing)
        case OutputFormat.GITHUB:
            from factcheck.render.github import render_github

            return render_github(reports, failing)
        case OutputFormat.JUNIT:
            from factcheck.render.junit import render_junit

            return render_junit(reports, failing)
        case OutputFormat.CLAIMREVIEW:
            from factcheck.render.claimreview import render_claimreview

            return render_claimreview(reports)
        case _:
            assert_never(output_format)


__all__ = ["OutputFormat", "render_json", "render_markdown", "render_report", "render_reports"]
