"""The GitHub Action (action.yml) and the pre-commit hooks (.pre-commit-hooks.yaml).

The action's shell steps run here as GitHub runs them: bash, with the step's `env:` (its
`${{ }}` expressions filled in as a pull request would fill them), GITHUB_OUTPUT,
GITHUB_STEP_SUMMARY and RUNNER_TEMP, in a sample git repository. Steps that use other
actions (setup-python, upload-sarif) and the install step (this test runs the factcheck
it is testing) are left out. The hooks are run for real by pre-commit in `.ci/run`
(`.ci/pre-commit-hooks`); here their manifest is checked with pre-commit's own loader.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import REPO_ROOT, SEED_EVIDENCE, copy_seed_claims
from identify.identify import tags_from_path
from pre_commit.clientlib import load_manifest

ACTION = yaml.safe_load((REPO_ROOT / "action.yml").read_text(encoding="utf-8"))
BIN = Path(sys.executable).parent
EXPRESSION = re.compile(r"\$\{\{\s*([^}]+?)\s*\}\}")


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        cwd=repo,
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout.strip()


def run_action(repo: Path, tmp: Path, inputs: dict[str, str], base_sha: str = ""):
    """Run the action's own shell steps; (exit code of the last step run, outputs, logs)."""
    values = {f"inputs.{k}": v.get("default", "") for k, v in ACTION["inputs"].items()}
    values |= {f"inputs.{k}": v for k, v in inputs.items()}
    values["github.event.pull_request.base.sha"] = base_sha
    temp, output, summary = tmp / "runner", tmp / "output", tmp / "summary.md"
    temp.mkdir(exist_ok=True)
    output.write_text("", encoding="utf-8")
    outputs: dict[str, dict[str, str]] = {}
    logs = []
    code = 0
    for step in ACTION["runs"]["steps"]:
        if "run" not in step or step["name"] == "Install factcheck":
            continue
        env = {
            **os.environ,
            "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
            "GITHUB_OUTPUT": str(output),
            "GITHUB_STEP_SUMMARY": str(summary),
            "RUNNER_TEMP": str(temp),
            "GITHUB_ACTION_PATH": str(REPO_ROOT),
        }
        for name, value in (step.get("env") or {}).items():
            env[name] = EXPRESSION.sub(lambda m: values[m.group(1)], str(value))
        output.write_text("", encoding="utf-8")
        done = subprocess.run(
            ["bash", "--noprofile", "--norc", "-e", "-o", "pipefail", "-c", step["run"]],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        logs.append(done.stdout + done.stderr)
        outputs[step.get("id", step["name"])] = _read_outputs(output.read_text(encoding="utf-8"))
        code = done.returncode
        if code:
            break
    return code, outputs, logs, summary


def _read_outputs(text: str) -> dict[str, str]:
    """GITHUB_OUTPUT's `name=value` and `name<<DELIMITER` … `DELIMITER` forms."""
    found, lines = {}, iter(text.splitlines())
    for line in lines:
        if "<<" in line and "=" not in line.split("<<", 1)[0]:
            name, delimiter = line.split("<<", 1)
            found[name] = "\n".join(iter(lambda: next(lines), delimiter))
        elif "=" in line:
            name, value = line.split("=", 1)
            found[name] = value
    return found


@pytest.fixture
def sample_repo(tmp_path) -> tuple[Path, str]:
    """A repository with two claim files; a pull request then changes one. (repo, base)"""
    repo = tmp_path / "repo"
    claims = repo / "claims"
    copy_seed_claims(claims)
    shutil.copytree(SEED_EVIDENCE, claims / "evidence")
    second = claims / "second.yaml"
    second.write_text(
        (claims / "takaichi-trump-call.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "base")
    base = git(repo, "rev-parse", "HEAD")
    second.write_text(
        second.read_text(encoding="utf-8").replace("Takaichi's first call", "Takaichi's call"),
        encoding="utf-8",
    )
    git(repo, "commit", "-qam", "the pull request")
    return repo, base


def test_action_verifies_the_changed_claim_files_and_reports_for_code_scanning(
    sample_repo, tmp_path
):
    repo, base = sample_repo
    code, outputs, logs, summary = run_action(repo, tmp_path, {}, base_sha=base)
    assert outputs["select"]["claim-files"] == "claims/second.yaml"
    # The seed's misattributed claim fails the job, after annotating it.
    assert code == 1, logs
    assert re.search(r"^::error file=claims/second\.yaml,line=\d+,col=\d+,", logs[-1], re.M)
    assert outputs["verify"]["sarif-file"] == "factcheck.sarif"
    sarif = json.loads((repo / "factcheck.sarif").read_text(encoding="utf-8"))
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in sarif["runs"][0]["results"]
    }
    assert uris == {"claims/second.yaml"}
    assert "## factcheck" in summary.read_text(encoding="utf-8")


def test_action_checks_every_claim_file_outside_a_pull_request(sample_repo, tmp_path):
    repo, _ = sample_repo
    code, outputs, logs, _ = run_action(repo, tmp_path, {"fail-on": ""})
    assert outputs["select"]["claim-files"].splitlines() == [
        "claims/second.yaml",
        "claims/takaichi-trump-call.yaml",
    ]
    assert code == 0, logs


def test_action_passes_when_a_pull_request_changes_no_claim_file(sample_repo, tmp_path):
    repo, _ = sample_repo
    head = git(repo, "rev-parse", "HEAD")
    code, outputs, logs, summary = run_action(repo, tmp_path, {}, base_sha=head)
    assert code == 0, logs
    assert outputs["select"]["claim-files"] == ""
    assert outputs["verify"]["sarif-file"] == ""
    assert "no claim file to verify" in summary.read_text(encoding="utf-8")


def test_action_steps_take_values_through_env_only():
    for step in ACTION["runs"]["steps"]:
        assert "${{" not in step.get("run", ""), f"{step['name']}: use env:, not ${{{{ }}}}"


# ── pre-commit hooks ─────────────────────────────────────────────────────────

HOOKS = {hook["id"]: hook for hook in load_manifest(str(REPO_ROOT / ".pre-commit-hooks.yaml"))}


def hook_selects(hook: dict, path: str) -> bool:
    """Whether pre-commit would pass `path` to the hook (files, exclude, types_or)."""
    if not re.search(hook["files"], path) or (
        hook["exclude"] != "^$" and re.search(hook["exclude"], path)
    ):
        return False
    tags = tags_from_path(str(REPO_ROOT / path)) if (REPO_ROOT / path).exists() else set()
    tags = tags or _tags_by_name(path)
    return not hook["types_or"] or bool(tags & set(hook["types_or"]))


def _tags_by_name(path: str) -> set[str]:
    from identify.identify import tags_from_filename

    return set(tags_from_filename(path))


def test_hooks_are_lint_and_verify_and_run_factcheck():
    assert set(HOOKS) == {"factcheck-lint", "factcheck-verify"}
    assert HOOKS["factcheck-lint"]["entry"].startswith("factcheck lint")
    assert HOOKS["factcheck-verify"]["entry"].startswith("factcheck verify --offline")
    assert all(hook["language"] == "python" for hook in HOOKS.values())


@pytest.mark.parametrize(
    ("hook", "path", "selected"),
    [
        ("factcheck-lint", "articles/draft.md", True),
        ("factcheck-lint", "claims/takaichi-trump-call.article.txt", True),
        ("factcheck-lint", "claims/takaichi-trump-call.yaml", False),
        ("factcheck-lint", "claims/evidence/README.md", False),
        ("factcheck-verify", "claims/takaichi-trump-call.yaml", True),
        ("factcheck-verify", "desk/claims/other.yml", True),
        ("factcheck-verify", "claims/evidence/index.json", False),
        ("factcheck-verify", "claims/takaichi-trump-call.article.txt", False),
        ("factcheck-verify", "config.yaml", False),
    ],
)
def test_hooks_select_their_files(hook, path, selected):
    assert hook_selects(HOOKS[hook], path) is selected


@pytest.mark.parametrize("hook", ["factcheck-lint", "factcheck-verify"])
def test_hook_entries_are_valid_commands(hook):
    from typer.testing import CliRunner

    from factcheck.cli import app

    args = HOOKS[hook]["entry"].split()[1:] + list(HOOKS[hook]["args"])
    result = CliRunner().invoke(app, [*args, "--help"])
    assert result.exit_code == 0, result.output
