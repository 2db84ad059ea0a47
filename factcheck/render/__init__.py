"""Render: turn a `Report` into text. Renderers are pure; the CLI decides where text goes."""

from __future__ import annotations

import enum
from typing import assert_never

from factcheck.model import Report
from factcheck.render.json_report import render_json
from factcheck.render.markdown_report import render_markdown


class OutputFormat(enum.Enum):
    MARKDOWN = "markdown"
    JSON = "json"
    HTML = "html"


def render_report(report: Report, output_format: OutputFormat) -> str:
    """The report in the chosen format."""
    match output_format:
        case OutputFormat.MARKDOWN:
            return render_markdown(report)
        case OutputFormat.JSON:
            return render_json(report)
        case OutputFormat.HTML:
            from factcheck.render.html_report import render_html

            return render_html(report)
        case _:
            assert_never(output_format)


__all__ = ["OutputFormat", "render_json", "render_markdown", "render_report"]
