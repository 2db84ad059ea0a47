"""The HTML report: self-contained, escaped, and laid out for an editor's screen.

The layout test opens the seed report in a real headless browser (Debian's `chromium`, which
.ci/run installs) at 1280×800 and measures it: every problem claim is fully visible without
scrolling, and nothing overflows horizontally. Where chromium is missing the test skips,
except in CI (CI=true), where a missing browser fails it.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from test_render import hostile_report, seed_report  # noqa: F401 (fixtures)

from factcheck.model import Report, Verdict
from factcheck.render import OutputFormat, render_report
from factcheck.render.html_report import render_html

WIDTH, HEIGHT = 1280, 800
BROWSERS = ("chromium", "chromium-browser", "google-chrome")
# Measured inside the page by the test's own script (the report itself has none): the
# viewport, the widest element, and the box of each problem and of its parts.
MEASURE = """
<script>
(() => {
  const box = (e) => { const r = e.getBoundingClientRect(); return [r.top, r.bottom, r.right]; };
  const doc = document.documentElement;
  const wide = [...document.querySelectorAll('body *')]
    .filter((e) => e.getBoundingClientRect().right > innerWidth + 0.5)
    .map((e) => e.tagName.toLowerCase() + '.' + e.className);
  const result = {
    viewport: [innerWidth, innerHeight],
    scrollWidth: doc.scrollWidth,
    wide: wide.slice(0, 10),
    problems: [...document.querySelectorAll('section.problem')].map((s) => ({
      id: s.id, box: box(s),
      fix: s.querySelector('.fix') ? box(s.querySelector('.fix')) : null,
    })),
  };
  document.body.setAttribute('data-measure', JSON.stringify(result));
})();
</script>
"""


def require_browser() -> str:
    """The headless browser's path; a skip where none is installed (a failure in CI)."""
    browser = next((path for name in BROWSERS if (path := shutil.which(name))), None)
    if browser is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed; .ci/run installs it (apt-get install chromium)")
        pytest.skip("chromium is not installed (CI installs it)")
    return browser


def headless(browser: str, profile: Path, *arguments: str) -> list[str]:
    """The command line that runs `browser` headless, alone, with a fresh profile."""
    return [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        *arguments,
    ]


def dump_dom(browser: str, path: Path, profile: Path, height: int) -> str:
    command = headless(
        browser,
        profile,
        f"--window-size={WIDTH},{height}",
        "--hide-scrollbars",
        "--dump-dom",
        path.as_uri(),
    )
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.stdout, (
        f"the browser printed nothing (exit {done.returncode}): {done.stderr[-2000:]}"
    )
    return done.stdout


def window_height(browser: str, tmp_path: Path) -> int:
    """The window height that gives a viewport HEIGHT tall: headless chromium counts its
    (invisible) window frame in --window-size, by an amount that varies between versions."""
    probe = tmp_path / "probe.html"
    probe.write_text(
        "<html><body><script>document.body.setAttribute('data-inner', innerHeight)"
        "</script></body></html>",
        encoding="utf-8",
    )
    found = re.search(r'data-inner="(\d+)"', dump_dom(browser, probe, tmp_path / "p0", HEIGHT))
    assert found, "the browser ran no script in the probe page"
    return HEIGHT + (HEIGHT - int(found.group(1)))


def measure(page: str, tmp_path: Path) -> dict[str, object]:
    browser = require_browser()
    height = window_height(browser, tmp_path)
    # The report forbids scripts (CSP); the measuring copy lifts that, and only that.
    measured = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
    measured = measured.replace("</body>", MEASURE + "</body>")
    path = tmp_path / "report.html"
    path.write_text(measured, encoding="utf-8")
    found = re.search(r'data-measure="([^"]*)"', dump_dom(browser, path, tmp_path / "p1", height))
    assert found, "the browser gave no measurement"
    result: dict[str, object] = json.loads(html.unescape(found.group(1)))
    return result


def test_seed_problems_are_visible_without_scrolling_and_nothing_overflows(seed_report, tmp_path):  # noqa: F811
    page = render_html(seed_report)

    result = measure(page, tmp_path)

    assert result["viewport"] == [WIDTH, HEIGHT]
    assert result["scrollWidth"] <= WIDTH, f"horizontal overflow: {result['wide']}"
    assert result["wide"] == []
    problems = result["problems"]
    assert isinstance(problems, list)
    expected = [
        n for n, r in enumerate(seed_report.results, 1) if r.verdict is not Verdict.SUPPORTED
    ]
    assert [p["id"] for p in problems] == [f"claim-{n}" for n in expected]
    for problem in problems:
        top, bottom, right = problem["box"]
        assert 0 <= top and bottom <= HEIGHT, f"{problem['id']} is not fully in view: {problem}"
        assert right <= WIDTH


def test_html_is_self_contained_without_scripts(seed_report):  # noqa: F811
    page = render_report(seed_report, OutputFormat.HTML)

    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page.lower()
    assert not re.search(r"""(?:src|href)\s*=|@import|url\(""", page), "a remote asset"
    assert "default-src 'none'" in page  # and the browser is told to load nothing
    assert page.count("<details>") == len(seed_report.results)
    # Source sentences sit beside the claim in each problem.
    assert page.count('<div class="pair">') == 4
    assert "@media print" in page


def test_html_escapes_untrusted_text(hostile_report: Report):  # noqa: F811
    page = render_html(hostile_report)

    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert not re.search(r"<a\b", page), "no link from untrusted text"


def test_cli_writes_one_html_page_for_several_claim_files(tmp_path):
    from conftest import SEED_CLAIMS
    from typer.testing import CliRunner

    from factcheck.cli import app

    output = tmp_path / "report.html"
    result = CliRunner().invoke(
        app,
        [
            "verify",
            "--offline",
            "-f",
            "html",
            "-o",
            str(output),
            str(SEED_CLAIMS),
            str(SEED_CLAIMS),
        ],
        catch_exceptions=False,
    )

    assert result.exit_code == 1, result.output  # the seed's misquote and misattribution
    page = output.read_text(encoding="utf-8")
    assert page.count("<!DOCTYPE html>") == 1 and page.count("</html>") == 1
    assert page.count("<h2>Problems: 4</h2>") == 2
    ids = re.findall(r'<section class="problem" id="([^"]+)"', page)
    assert len(ids) == len(set(ids)) == 8, "problem anchors stay unique across reports"


def test_printing_the_report_shows_the_collapsed_details(seed_report, tmp_path):  # noqa: F811
    from pypdf import PdfReader

    browser = require_browser()
    page = tmp_path / "report.html"
    page.write_text(render_html(seed_report), encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    command = headless(
        browser,
        tmp_path / "profile",
        "--no-pdf-header-footer",
        f"--print-to-pdf={pdf}",
        page.as_uri(),
    )
    subprocess.run(command, capture_output=True, timeout=120, check=False)
    assert pdf.exists(), "the browser printed no PDF"

    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Problems: 4" in text
    # Inside the <details> blocks, closed on screen: printed open.
    assert "anchors matched" in text and "Editor's note" in text
