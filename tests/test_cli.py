"""The command line through CliRunner: exit codes, where output goes, messages for bad input."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer.main
from conftest import REPO_ROOT, SEED_CLAIMS, SEED_EVIDENCE, copy_seed_claims
from typer.testing import CliRunner, Result

from factcheck import __version__
from factcheck.cli import app

PAGES = REPO_ROOT / "tests" / "fixtures" / "pages"
SEED_IDS = [
    "call-date",
    "top-priority",
    "indispensable-role",
    "china-competition",
    "new-heights",
    "congratulations",
    "inauguration-date",
    "abe-memories",
    "abe-foip",
    "cheerful",
    "arrival",
    "summit-date",
]
# Each claim has its details block in the markdown report, in claim-file order.
TABLE_ROW = re.compile(r"^<summary>(\d+)\. ([a-z0-9-]+): ")


def invoke(*args: object) -> Result:
    # A crash propagates and fails the test with its traceback; exits are results.
    return CliRunner().invoke(app, [str(arg) for arg in args], catch_exceptions=False)


def assert_clean_usage_error(result: Result, *fragments: str) -> None:
    """Exit 2 with a message naming each fragment, and no traceback or crash."""
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in result.stderr, (fragment, result.stderr)
    assert result.stdout == ""


def where(text: str, needle: str, shift: int = 0) -> str:
    """`line:column` (1-based) of the first `needle` in `text`, moved `shift` characters."""
    offset = text.index(needle) + shift
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"{line}:{column}"


# ── verify on the seed case ───────────────────────────────────────────────────


def test_seed_offline_exits_1_with_a_row_per_claim_and_summary_on_stderr():
    result = invoke("verify", "--offline", SEED_CLAIMS)

    # The seed holds a misquote and a misattribution: both are in the default --fail-on.
    assert result.exit_code == 1, result.output
    rows = [TABLE_ROW.match(line) for line in result.stdout.splitlines()]
    found = [m for m in rows if m]
    assert [int(m.group(1)) for m in found] == list(range(1, 13))
    assert [m.group(2).replace("\\", "") for m in found] == SEED_IDS
    summary = result.stderr.strip().splitlines()
    assert len(summary) == 1
    assert summary[0].startswith(f"{SEED_CLAIMS}: 12 claims: ")
    assert "1 misquoted" in summary[0] and "1 misattributed" in summary[0]
    assert "differs from expect" not in summary[0]


def test_seed_offline_passes_when_nothing_is_in_fail_on():
    result = invoke("verify", "--offline", "--fail-on", "", SEED_CLAIMS)

    # Every verdict matches its expect:, so with no failing verdicts the run passes.
    assert result.exit_code == 0, result.output
    assert "differs from expect" not in result.stderr


def test_a_verdict_that_differs_from_expect_fails_and_is_named(tmp_path):
    changed = copy_seed_claims(
        tmp_path,
        {
            "arrive in Tokyo on October 27\n    sources: [mofa-en-1028]\n    expect: supported": (
                "arrive in Tokyo on October 27\n    sources: [mofa-en-1028]\n"
                "    expect: contradicted"
            )
        },
    )

    result = invoke("verify", "--offline", "--fail-on", "", "--archive", SEED_EVIDENCE, changed)

    assert result.exit_code == 1, result.output
    assert "differs from expect: arrival" in result.stderr
    assert "(expected contradicted)" in result.stdout


def test_output_file_takes_the_report_and_stdout_stays_empty(tmp_path):
    report = tmp_path / "report.md"

    result = invoke("verify", "--offline", "--fail-on", "", "--output", report, SEED_CLAIMS)

    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    text = report.read_text(encoding="utf-8")
    assert text.startswith("# factcheck report: ")
    assert sum(1 for line in text.splitlines() if TABLE_ROW.match(line)) == 12
    assert "12 claims" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_a_failed_report_write_is_a_usage_error_and_leaves_nothing(tmp_path):
    target = tmp_path / "out"
    target.mkdir()

    result = invoke("verify", "--offline", "--fail-on", "", "--output", target, SEED_CLAIMS)

    assert_clean_usage_error(result, f"cannot write {target}: ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"], "a partial file was left"
    assert list(target.iterdir()) == []


def test_json_report_has_the_documented_fields():
    result = invoke("verify", "--offline", "--format", "json", SEED_CLAIMS)

    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert [claim["id"] for claim in data["claims"]] == SEED_IDS
    for claim in data["claims"]:
        assert claim["text"] and claim["reason"]
        assert claim["verdict"] == claim["expect"]
        assert isinstance(claim["evidence"], list)
    assert {source["id"] for source in data["sources"]} == {
        "mofa-ja-call",
        "kantei-ja-remarks",
        "kantei-en-1021",
        "mofa-en-1028",
    }
    for source in data["sources"]:
        assert source["problem"] is None
        assert source["capture"]["origin"] == "reconstruction"
        assert re.fullmatch(r"[0-9a-f]{64}", source["capture"]["sha256"])


def test_several_claim_files_give_a_json_array(tmp_path):
    copy = copy_seed_claims(tmp_path)

    result = invoke(
        "verify",
        "--offline",
        "--format",
        "json",
        "--archive",
        SEED_EVIDENCE,
        SEED_CLAIMS,
        copy,
    )

    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert isinstance(data, list)
    assert [report["claim_file"] for report in data] == [str(SEED_CLAIMS), str(copy)]
    assert all(len(report["claims"]) == 12 for report in data)
    assert len(result.stderr.strip().splitlines()) == 2


# ── bad input: exit 2, a precise message, never a traceback ──────────────────────

GOOD_HEAD = """\
article:
  title: Leaders hold first call
sources:
  - id: readout
    url: https://example.org/readout
claims:
"""

BAD_CLAIM_FILES = {
    # name: (claim file text, text that the error points at, shift within it, message)
    "malformed-yaml": (
        GOOD_HEAD + "  - id: call-date\n    text: The leaders: spoke.\n    sources: [readout]\n",
        "leaders:",
        len("leaders"),
        "malformed YAML",
    ),
    "unknown-key": (
        GOOD_HEAD + "  - id: call-date\n    text: They spoke.\n    sorces: [readout]\n",
        "sorces",
        0,
        "unknown key 'sorces'",
    ),
    "undefined-source": (
        GOOD_HEAD + "  - id: call-date\n    text: They spoke.\n    sources: [readuot]\n",
        "readuot",
        0,
        "undefined source 'readuot'",
    ),
    "duplicate-id": (
        GOOD_HEAD
        + "  - id: call-date\n    text: They spoke.\n    sources: [readout]\n"
        + "  - id: call-date\n    text: They spoke again.\n    sources: [readout]\n",
        "call-date\n    text: They spoke again",
        0,
        "duplicate claim id 'call-date'",
    ),
    "wrong-type": (
        GOOD_HEAD.replace("Leaders hold first call", "[Leaders, call]")
        + "  - id: call-date\n    text: They spoke.\n    sources: [readout]\n",
        "[Leaders",
        0,
        "expected a string, got a list",
    ),
}


@pytest.mark.parametrize("kind", sorted(BAD_CLAIM_FILES))
def test_bad_claim_file_is_reported_at_its_place(tmp_path, kind):
    text, needle, shift, message = BAD_CLAIM_FILES[kind]
    path = tmp_path / f"{kind}.yaml"
    path.write_text(text, encoding="utf-8")

    result = invoke("verify", "--offline", path)

    assert_clean_usage_error(result, f"{path}:{where(text, needle, shift)}: ", message)


def test_missing_claim_file_is_a_usage_error(tmp_path):
    missing = tmp_path / "nope.yaml"

    result = invoke("verify", "--offline", missing)

    assert_clean_usage_error(result, f"{missing}: claim file not found")


def test_offline_and_refresh_together_are_refused():
    result = invoke("verify", "--offline", "--refresh", SEED_CLAIMS)

    assert_clean_usage_error(result, "--offline", "--refresh")


def test_unknown_fail_on_verdict_is_refused_with_the_allowed_ones():
    result = invoke("verify", "--offline", "--fail-on", "misquoted,bogus", SEED_CLAIMS)

    assert_clean_usage_error(result, "'bogus'", "misattributed", "not-found")


def test_bad_termbase_is_reported_at_its_place(tmp_path):
    termbase = tmp_path / "house.yaml"
    termbase.write_text("entries:\n  - id: x\n    en: [Indo-Pacific\n", encoding="utf-8")

    result = invoke("verify", "--offline", "--termbase", termbase, SEED_CLAIMS)

    assert_clean_usage_error(result)
    assert re.search(rf"{re.escape(str(termbase))}:\d+:\d+: ", result.stderr), result.stderr


# ── sources that cannot be had ───────────────────────────────────────────────


def _offline_json(archive: Path, claims: Path, *extra: object) -> tuple[Result, dict[str, Any]]:
    result = invoke("verify", "--offline", "--format", "json", "--archive", archive, *extra, claims)
    return result, json.loads(result.stdout)


def test_empty_archive_makes_every_claim_unverifiable_with_the_reason(tmp_path):
    empty = tmp_path / "empty"

    result, data = _offline_json(empty, SEED_CLAIMS, "--fail-on", "")

    # Unverifiable is not in --fail-on, but every claim differs from its expect:.
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert [c["verdict"] for c in data["claims"]] == ["unverifiable"] * 12
    for claim in data["claims"]:
        assert f"not in the evidence archive at {empty}" in claim["reason"]
    assert all(s["capture"] is None and s["problem"] for s in data["sources"])
    assert "12 unverifiable" in result.stderr
    assert not empty.exists(), "reading an archive must not create it"


def test_unverifiable_claims_without_expect_do_not_fail_the_run(tmp_path):
    text = SEED_CLAIMS.read_text(encoding="utf-8")
    lines = {line for line in text.splitlines() if line.strip().startswith("expect:")}
    claims = copy_seed_claims(tmp_path / "claims", dict.fromkeys(lines, ""))

    result, data = _offline_json(tmp_path / "empty", claims, "--fail-on", "")

    assert result.exit_code == 0, result.output
    assert {c["verdict"] for c in data["claims"]} == {"unverifiable"}


def test_the_missing_capture_hint_names_a_real_command(tmp_path):
    _, data = _offline_json(tmp_path / "empty", SEED_CLAIMS, "--fail-on", "")

    commands = set(typer.main.get_command(app).commands)
    named = {m for c in data["claims"] for m in re.findall(r"`factcheck (\w+)", c["reason"])}
    assert named, "the reason should say how to get the capture"
    assert named <= commands


# ── version and help ────────────────────────────────────────────────────────


def test_version():
    result = invoke("--version")

    assert result.exit_code == 0
    assert result.stdout == f"factcheck {__version__}\n"


def test_version_from_the_console_script_is_the_same(monkeypatch, capsys):
    # `factcheck --version` alone answers before typer is imported; with anything else on
    # the line, the CLI handles it as before.
    from factcheck.entry import main

    monkeypatch.setattr("sys.argv", ["factcheck", "--version"])
    main()
    assert capsys.readouterr().out == invoke("--version").stdout
    monkeypatch.setattr("sys.argv", ["factcheck", "--version", "--verbose"])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"factcheck {__version__}\n"


def test_the_console_script_answers_version_without_typer():
    code = (
        "import sys; sys.argv = ['factcheck', '--version']; "
        "from factcheck.entry import main; main(); "
        "assert 'typer' not in sys.modules, 'typer imported'"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout == f"factcheck {__version__}\n"


def _walk(command, path=("factcheck",)):
    yield path, command
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        yield from _walk(sub, (*path, name))


COMMANDS = list(_walk(typer.main.get_command(app)))


def test_every_command_is_walked():
    names = {" ".join(path) for path, _ in COMMANDS}
    assert {
        "factcheck",
        "factcheck verify",
        "factcheck text",
        "factcheck eval",
        "factcheck archive",
        "factcheck archive add",
        "factcheck archive list",
    } <= names


@pytest.mark.parametrize(
    ("path", "command"), COMMANDS, ids=[" ".join(path) for path, _ in COMMANDS]
)
def test_every_command_and_option_has_help(path, command):
    assert (command.help or "").strip(), f"{' '.join(path)} has no help text"
    for param in command.params:
        assert (getattr(param, "help", None) or "").strip(), (
            f"{' '.join(path)}: {param.name} has no help text"
        )
    result = invoke(*path[1:], "--help")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Usage: {' '.join(path)} ")


@pytest.mark.parametrize(
    ("path", "command"), COMMANDS[1:], ids=[" ".join(path) for path, _ in COMMANDS[1:]]
)
def test_a_run_builds_only_its_command_and_helps_and_fails_as_the_whole_app(path, command):
    from factcheck.cli.apps import app_for

    args = [*path[1:]]
    only = app_for(["-v", *args])
    assert only is not app
    assert list(typer.main.get_command(only).commands) == [path[1]]
    for extra in (["--help"], ["--no-such-option"], []):
        whole = CliRunner().invoke(app, [*args, *extra])
        alone = CliRunner().invoke(only, [*args, *extra])
        assert (alone.exit_code, alone.stdout, alone.stderr) == (
            whole.exit_code,
            whole.stdout,
            whole.stderr,
        )


@pytest.mark.parametrize(
    "args", [[], ["--help"], ["--version"], ["-v", "--help", "lint"], ["lnt"], ["--", "lint"]]
)
def test_anything_but_a_plain_command_name_gets_the_whole_app(args):
    from factcheck.cli.apps import app_for

    assert app_for(args) is app


# ── text ──────────────────────────────────────────────────────────────────────


def test_text_shows_title_language_and_numbered_sentences():
    result = invoke("text", PAGES / "mofa-ja-call.html")

    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "title:     日米首脳電話会談" in lines
    assert "language:  ja" in lines
    count = int(next(line for line in lines if line.startswith("sentences:")).split()[1])
    numbers = [int(m.group(1)) for line in lines if (m := re.match(r"^\s*(\d+)\. \S", line))]
    assert count > 5
    assert numbers == list(range(1, count + 1))
    assert any("最重要事項" in line for line in lines)
    # Boilerplate (the page-top link, the footer) is not shown as text.
    assert "ページのトップへ戻る" not in result.stdout
    assert "Copyright" not in result.stdout


def test_text_on_a_missing_file_is_a_usage_error(tmp_path):
    missing = tmp_path / "nope.html"

    result = invoke("text", missing)

    assert_clean_usage_error(result, f"{missing}: page file not found")


# ── archive ─────────────────────────────────────────────────────────────────


def test_archive_add_then_list(tmp_path):
    archive = tmp_path / "evidence"
    page = PAGES / "mofa-en-1028.html"
    url = "https://www.example.org/summit"

    added = invoke(
        "archive",
        "add",
        url,
        page,
        "--archive",
        archive,
        "--reconstruction",
        "--note",
        "Written by the test suite in its own words.",
        "--captured-at",
        "2025-10-29T10:00:00",
    )
    listed = invoke("archive", "list", archive)

    assert added.exit_code == 0, added.output
    assert url in added.stderr
    assert len(list(archive.rglob("*.warc.gz"))) == 1
    assert listed.exit_code == 0, listed.output
    digest = hashlib.sha256(page.read_bytes()).hexdigest()
    assert listed.stdout.split() == ["2025-10-29T10:00Z", "reconstruction", digest[:12], url]


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--reconstruction"], "--note"),
        (["--reconstruction", "--note", "   "], "--note"),
    ],
)
def test_archive_add_of_a_reconstruction_requires_a_note(tmp_path, flags, message):
    archive = tmp_path / "evidence"

    result = invoke(
        "archive", "add", "https://example.org/p", PAGES / "mofa-en-1028.html",
        "--archive", archive, *flags,
    )  # fmt: skip

    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert not archive.exists()


# ── lint size limit ───────────────────────────────────────────────────────────


def test_lint_refuses_an_article_over_max_bytes_and_says_how_to_raise_it(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("The India-Pacific region.\n" * 40, encoding="utf-8")
    result = invoke("lint", "--max-bytes", "100", article)
    assert_clean_usage_error(
        result, f"{article}: the article is 1,040 bytes; the limit is 100 bytes", "--max-bytes"
    )
    assert "a article" not in result.stderr
    raised = invoke("lint", "--max-bytes", "2000", article)
    assert raised.exit_code == 1, raised.output  # the India-Pacific garble is an error
    assert "Indo-Pacific" in raised.stdout


def test_lint_reads_an_article_over_five_megabytes_when_allowed(tmp_path):
    article = tmp_path / "long.txt"
    article.write_text("Plain words without terms.\n" * 200_000, encoding="utf-8")
    assert article.stat().st_size > 5 * 1024 * 1024
    assert_clean_usage_error(invoke("lint", article), "the limit is 5 MB", "--max-bytes")
    assert invoke("lint", "--max-bytes", 8 * 1024 * 1024, article).exit_code == 0


# ── only the CLI package prints or exits (STYLE.md) ──────────────────────────

OUTSIDE_THE_CLI = sorted(
    path
    for path in (REPO_ROOT / "factcheck").rglob("*.py")
    if path.relative_to(REPO_ROOT / "factcheck").parts[0]
    not in ("cli", "cli_output.py", "cli_guard.py", "cli_lint.py")
)


@pytest.mark.parametrize("path", OUTSIDE_THE_CLI, ids=lambda p: p.relative_to(REPO_ROOT).as_posix())
def test_no_module_outside_the_cli_package_writes_to_the_terminal_or_exits(path):
    # ruff's T20 catches print(); this catches the other ways out: typer, the standard
    # streams and exiting. The CLI package and its typer-free modules (the writer, the
    # shared run rules and the plain lint run, outside the package so that importing them
    # does not import typer) are the only ones.
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            module = node.module if isinstance(node, ast.ImportFrom) else None
            if any(n.split(".")[0] in ("typer", "click") for n in [*names, module or ""]):
                found.append(f"line {node.lineno}: imports typer/click")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if (node.value.id, node.attr) in {
                ("sys", "stdout"),
                ("sys", "stderr"),
                ("sys", "exit"),
                ("os", "_exit"),
            }:
                found.append(f"line {node.lineno}: {node.value.id}.{node.attr}")
    assert found == []
