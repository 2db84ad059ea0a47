"""Lint renderers: compiler-style text, escaped markdown, JSON; accepted findings always listed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from factcheck.render.lint_report import (
    LintFormat,
    lint_summary_line,
    render_lint,
    render_lint_json,
    render_lint_markdown,
    render_lint_text,
)
from factcheck.terms.lint import lint_text
from factcheck.terms.termbase import Termbase, load_termbase, parse_termbase

FIXTURES = Path(__file__).parent / "fixtures" / "lint"
GOLDEN = FIXTURES / "golden"
# Set FACTCHECK_UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change.
UPDATE = os.environ.get("FACTCHECK_UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def findings():
    text = (FIXTURES / "article.md").read_text(encoding="utf-8")
    return lint_text(text, load_termbase(), path="article.md")


@pytest.mark.parametrize(
    ("output_format", "golden"),
    [
        (LintFormat.TEXT, "article.txt"),
        (LintFormat.MARKDOWN, "article.md"),
        (LintFormat.JSON, "article.json"),
    ],
)
def test_renderers_match_golden_files(findings, output_format, golden):
    rendered = render_lint(findings, output_format)
    path = GOLDEN / golden
    if UPDATE:
        path.write_text(rendered, encoding="utf-8")
    assert rendered == path.read_text(encoding="utf-8")


def test_text_lines_are_compiler_style(findings):
    lines = render_lint_text(findings).splitlines()
    assert lines[0] == (
        'article.md:3:27: error: "India-Pacific" should be "Indo-Pacific" (indo-pacific; listed)'
    )
    accepted = [line for line in lines if ": accepted: " in line]
    assert len(accepted) == 2
    assert accepted[0].endswith("— accepted: the article quotes a slogan used at the rally")


def test_json_document_shape(findings):
    document = json.loads(render_lint_json(findings))
    assert document["schema"] == 1
    assert document["summary"] == {
        "files": 1,
        "findings": 4,
        "error": 1,
        "warning": 1,
        "info": 0,
        "accepted": 2,
    }
    first = document["findings"][0]
    assert first["found"] == "India-Pacific" and first["suggestion"] == "Indo-Pacific"
    assert first["listed"] is True and first["accepted"] is None and first["kind"] == "listed"
    inferred = document["findings"][1]
    assert inferred["listed"] is False and inferred["kind"] == "wrong-word"


def test_summary_line(findings):
    assert lint_summary_line(findings) == "1 error, 1 warning, 0 info, 2 accepted"
    assert lint_summary_line([]) == "0 errors, 0 warnings, 0 info, 0 accepted"


def test_markdown_escapes_article_and_termbase_text():
    termbase = Termbase(
        parse_termbase(
            "entries:\n  - id: x\n    en: ['[Safe](https://ok)']\n"
            "    variants:\n      en: ['<b>Evil</b>']\n    severity: error\n"
            "    reference: 'https://x/`|y'\n",
            "t.yaml",
        )
    )
    findings = lint_text("see <b>Evil</b> here", termbase, path="a|b.md")
    markdown = render_lint_markdown(findings)
    assert "<b>" not in markdown and "&lt;b&gt;Evil&lt;/b&gt;" in markdown
    assert "[Safe](https://ok)" not in markdown and r"\[Safe\]\(https://ok\)" in markdown
    assert "`a\\|b.md:1:5`" in markdown
    assert "`https://x/'\\|y`" in markdown


def test_markdown_for_a_clean_article():
    assert "No garbled official terms found." in render_lint_markdown([])
