"""The README stays true: its --help block, the CI test command, its links and commands."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from conftest import REPO_ROOT
from typer.testing import CliRunner

from factcheck.cli import app

README = REPO_ROOT / "README.md"
CI_RUN = REPO_ROOT / ".ci" / "run"
HELP_WIDTH = 78
"""Click wraps help at min(terminal columns, 80) - 2, so a shell of 80 columns or more
(the README block was made with `COLUMNS=100 factcheck --help`) gives 78. CliRunner forces
80 unless told otherwise, so the width is passed explicitly."""


def readme() -> str:
    return README.read_text(encoding="utf-8")


def marked_block(text: str, marker: str) -> str:
    """The fenced code inside `<!-- marker -->` … `<!-- /marker -->`."""
    found = re.search(
        rf"<!-- {re.escape(marker)} -->\n```[a-z]*\n(.*?)```\n<!-- /{re.escape(marker)} -->",
        text,
        re.DOTALL,
    )
    assert found, f"README.md has no fenced block between the {marker} markers"
    return found.group(1)


def test_help_block_is_current():
    result = CliRunner().invoke(app, ["--help"], terminal_width=HELP_WIDTH)

    assert result.exit_code == 0
    assert marked_block(readme(), "readme:help") == result.stdout, (
        "README.md's help block is stale: paste the output of "
        "`COLUMNS=100 .venv/bin/factcheck --help` between the readme:help markers"
    )


def test_ci_runs_the_readme_test_command():
    command = marked_block(readme(), "ci:test-command").strip()
    script = CI_RUN.read_text(encoding="utf-8")

    assert "pytest" in command and ".[test]" in command
    assert "<!-- ci:test-command -->" in script
    assert 'bash -euo pipefail -c "$command"' in script


@pytest.mark.skipif(not shutil.which("bash") or not shutil.which("sed"), reason="needs bash, sed")
def test_ci_extracts_exactly_the_readme_test_command():
    # Run .ci/run's own extraction (everything before it checks the command) and print
    # what it found, instead of re-implementing it here.
    script = CI_RUN.read_text(encoding="utf-8")
    extraction = script.split('if [ -z "$command" ]', 1)[0]
    assert "command=" in extraction
    found = subprocess.run(
        # $0 is the script's path, as when CI runs it: it cds to the repository from there.
        ["bash", "-c", extraction + '\nprintf "%s" "$command"', str(CI_RUN)],
        cwd=REPO_ROOT / "tests",
        capture_output=True,
        text=True,
        check=True,
        timeout=10,
    ).stdout

    assert found == marked_block(readme(), "ci:test-command").rstrip("\n")


def test_main_command_runs_the_seed_offline():
    command = marked_block(readme(), "readme:main-command")

    assert "factcheck verify --offline claims/takaichi-trump-call.yaml" in command
    assert (REPO_ROOT / "claims" / "takaichi-trump-call.yaml").is_file()


def _links(text: str) -> list[str]:
    without_code = re.sub(r"```.*?```", "", text, flags=re.DOTALL)
    return re.findall(r"\[[^\]]*\]\(([^)\s]+)\)", without_code)


def _slug(heading: str) -> str:
    # GitHub's anchors: lower case, punctuation dropped, spaces to hyphens.
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


RELATIVE_LINKS = sorted(
    {link for link in _links(readme()) if not re.match(r"[a-z]+:", link) and link[0] != "#"}
)


def test_readme_has_relative_links():
    assert "docs/claim-files.md" in RELATIVE_LINKS


@pytest.mark.parametrize("link", RELATIVE_LINKS)
def test_relative_link_points_to_a_file(link):
    target = REPO_ROOT / link.split("#", 1)[0]

    assert target.exists(), f"README.md links to {link}, which does not exist"


def test_anchor_links_point_to_headings():
    text = readme()
    headings = {_slug(h) for h in re.findall(r"^#+ (.+)$", text, re.MULTILINE)}
    anchors = [link[1:] for link in _links(text) if link.startswith("#")]

    assert anchors, "the README links to its own sections (e.g. #exit-codes)"
    assert set(anchors) <= headings
