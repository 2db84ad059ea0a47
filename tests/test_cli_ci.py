"""The command line for CI: several outputs in one run, shards and merge, stdin for lint,
-q / -v / -h, plain help, NO_COLOR."""

from __future__ import annotations

import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import SEED_EVIDENCE, copy_seed_claims
from test_cli import COMMANDS, assert_clean_usage_error, invoke
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.cli.online import _progress_bar
from factcheck.model import SourceSpec

# ── several outputs in one run ────────────────────────────────────────────────


@pytest.fixture(scope="module")
def seed_copy(tmp_path_factory) -> Path:
    return copy_seed_claims(tmp_path_factory.mktemp("seed") / "claims")


def test_output_format_writes_each_format_to_its_file_in_one_run(seed_copy, tmp_path):
    sarif, junit = tmp_path / "out.sarif", tmp_path / "out.xml"
    result = invoke(
        "verify",
        "--offline",
        "--archive",
        SEED_EVIDENCE,
        seed_copy,
        "--output-format",
        f"sarif={sarif}",
        "--output-format",
        f"JUnit={junit}",
    )
    assert result.exit_code == 1  # the seed has misattributed claims
    assert result.stdout.startswith("# factcheck report")  # --format markdown to stdout
    log = json.loads(sarif.read_text(encoding="utf-8"))
    assert log["version"] == "2.1.0" and log["runs"][0]["results"]
    suite = ET.fromstring(junit.read_text(encoding="utf-8")).find("testsuite")
    assert suite.get("tests") == "12"


@pytest.mark.parametrize(
    ("value", "fragment"),
    [("sarif", "'sarif' is not FORMAT=PATH"), ("pdf=x.pdf", "'pdf=x.pdf' is not FORMAT=PATH")],
)
def test_a_bad_output_format_is_a_usage_error(seed_copy, value, fragment):
    result = invoke("verify", "--offline", seed_copy, "--output-format", value)
    assert_clean_usage_error(result, fragment, "markdown, json, html, sarif, github, junit")


def test_only_one_report_may_go_to_stdout(seed_copy):
    result = invoke("verify", "--offline", seed_copy, "--output-format", "json=-")
    assert_clean_usage_error(result, "only one report can go to stdout")


def test_github_format_annotates_and_appends_to_the_step_summary(seed_copy, tmp_path):
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    runner = CliRunner(env={"GITHUB_STEP_SUMMARY": str(summary)})
    args = ["verify", "--offline", "--archive", str(SEED_EVIDENCE), str(seed_copy)]
    result = runner.invoke(app, [*args, "-f", "github"], catch_exceptions=False)
    assert result.exit_code == 1
    commands = result.stdout.splitlines()
    assert commands and all(re.match(r"::(error|warning|notice) file=", c) for c in commands)
    assert any(c.startswith(f"::error file={seed_copy},line=") for c in commands)
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## factcheck\n")
    assert "### Claims that fail the run" in text


# ── shards and merge ──────────────────────────────────────────────────────────


@pytest.fixture(scope="module")
def three_claim_files(tmp_path_factory) -> list[Path]:
    root = tmp_path_factory.mktemp("many")
    return [copy_seed_claims(root / name) for name in ("one", "two", "three")]


def _json_run(tmp_path: Path, name: str, *args: object) -> Path:
    out = tmp_path / name
    result = invoke(
        "verify", "--offline", "--archive", SEED_EVIDENCE, "-f", "json", "-o", out, *args
    )
    assert result.exit_code in (0, 1), result.output
    return out


def test_shards_merged_give_the_unsharded_report(three_claim_files, tmp_path):
    files = sorted(three_claim_files)
    whole = _json_run(tmp_path, "whole.json", *files)
    shards = [_json_run(tmp_path, f"s{i}.json", "--shard", f"{i}/2", *files) for i in (1, 2)]
    counts = []
    for shard in shards:
        data = json.loads(shard.read_text(encoding="utf-8"))
        counts.append(len(data) if isinstance(data, list) else 1)
    assert sorted(counts) == [1, 2]

    merged = invoke("merge", *shards, "-f", "json")
    assert merged.exit_code == 1  # the seed's misattributed claims fail the merged run too
    expected = json.loads(whole.read_text(encoding="utf-8"))
    got = json.loads(merged.stdout)
    for report in (*expected, *got):
        report.pop("generated_at")
    assert got == expected
    relaxed = invoke("merge", *shards, "--fail-on", "", "-f", "sarif")
    assert relaxed.exit_code == 0
    assert json.loads(relaxed.stdout)["version"] == "2.1.0"


def test_merging_overlapping_shards_is_refused(three_claim_files, tmp_path):
    report = _json_run(tmp_path, "one.json", three_claim_files[0])
    assert_clean_usage_error(invoke("merge", report, report), "is reported twice")


def test_merge_of_a_file_that_is_not_a_report_is_a_usage_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    assert_clean_usage_error(invoke("merge", bad), f"{bad}: report 1 is not a factcheck JSON")


def test_an_empty_shard_writes_an_empty_report_and_passes(three_claim_files):
    # Of one claim file, one of two shards is empty: it checks nothing and passes.
    runs = [
        invoke(
            "verify",
            "--offline",
            "--archive",
            SEED_EVIDENCE,
            "--shard",
            f"{i}/2",
            "-f",
            "json",
            three_claim_files[0],
        )
        for i in (1, 2)
    ]
    empty = [r for r in runs if json.loads(r.stdout) == []]
    assert len(empty) == 1
    assert empty[0].exit_code == 0


def test_a_bad_shard_is_a_usage_error(seed_copy):
    assert_clean_usage_error(invoke("verify", "--shard", "3/2", seed_copy), "--shard: '3/2'")


# ── lint from stdin ───────────────────────────────────────────────────────────

GARBLED = "Japan works with the US in the India-Pacific region.\n"


def test_lint_reads_stdin_and_reports_the_stdin_filename(tmp_path):
    runner = CliRunner()
    result = runner.invoke(
        app,
        ["lint", "-", "--stdin-filename", "articles/draft.md", "-f", "github"],
        input=GARBLED.encode(),
        catch_exceptions=False,
    )
    assert result.stdout.startswith("::")
    assert "file=articles/draft.md,line=1,col=32" in result.stdout
    assert "Indo-Pacific" in result.stdout
    plain = runner.invoke(app, ["lint", "-"], input=GARBLED.encode(), catch_exceptions=False)
    assert plain.stdout.startswith("-:1:32: ")


def test_lint_stdin_refuses_fix_and_bad_utf8():
    runner = CliRunner()
    fix = runner.invoke(app, ["lint", "-", "--fix"], input=b"x", catch_exceptions=False)
    assert_clean_usage_error(fix, "--fix cannot write back to stdin")
    bad = runner.invoke(app, ["lint", "-"], input=b"caf\xe9\n", catch_exceptions=False)
    assert_clean_usage_error(bad, "-:1: article is not UTF-8")


def test_lint_stdin_over_max_bytes_is_said_to_be_over_the_limit():
    # Standard input is read one byte past the limit, so its length is not known: the
    # message must not give the bytes read as the article's size.
    runner = CliRunner()
    args = ["lint", "-", "--max-bytes", "100"]
    big = runner.invoke(app, args, input=b"x" * 5000, catch_exceptions=False)
    assert_clean_usage_error(big, "-: the article is over the limit of 100 bytes", "--max-bytes")
    assert "101" not in big.stderr and "5,000" not in big.stderr
    small = runner.invoke(app, args, input=b"x" * 100, catch_exceptions=False)
    assert small.exit_code == 0, small.output


# ── -q, -v, -h, help texts ────────────────────────────────────────────────────


def test_quiet_keeps_problems_and_drops_the_rest(tmp_path):
    clean = tmp_path / "clean.md"
    clean.write_text("Nothing official here.\n", encoding="utf-8")
    loud = invoke("lint", clean)
    assert loud.exit_code == 0 and "0 errors" in loud.stderr
    quiet = invoke("lint", "-q", clean)
    assert quiet.exit_code == 0 and quiet.stderr == "" and quiet.stdout == ""


def test_quiet_verify_still_names_a_failing_claim_file(seed_copy):
    result = invoke("-q", "verify", "--offline", "--archive", SEED_EVIDENCE, seed_copy)
    assert result.exit_code == 1
    assert f"{seed_copy}: " in result.stderr
    passing = invoke(
        "verify", "-q", "--offline", "--archive", SEED_EVIDENCE, "--fail-on", "", seed_copy
    )
    assert passing.exit_code == 0 and passing.stderr == ""


@pytest.mark.parametrize("before", [True, False])
def test_verbose_logs_each_stage_before_or_after_the_command(seed_copy, before):
    args = ["verify", "--offline", "--archive", SEED_EVIDENCE, seed_copy]
    result = invoke(*(["-v", *args] if before else [*args, "-v"]))
    log = [line for line in result.stderr.splitlines() if line.startswith("factcheck: INFO:")]
    text = "\n".join(log)
    for stage in ("load", "source mofa-ja-call", "match", "verdict"):
        assert stage in text, (stage, text)


@pytest.mark.parametrize(
    ("path", "command"), COMMANDS, ids=[" ".join(path) for path, _ in COMMANDS]
)
def test_every_help_takes_h_and_shows_plain_metavars(path, command):
    result = invoke(*path[1:], "-h")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Usage: {' '.join(path)} ")
    # No Typer type labels or braces: metavars read FILE, CLAIM_FILE..., I/N.
    assert not re.search(r"<(list\[|str>|path>|int>|float>)|\{", result.stdout), result.stdout


@pytest.mark.parametrize(
    ("command", "choices"),
    [
        ("verify", "<markdown|json|html|sarif|github|junit|claimreview>"),
        ("merge", "<markdown|json|html|sarif|github|junit|claimreview>"),
        ("lint", "<text|markdown|json|github|sarif>"),
    ],
)
def test_format_help_lists_the_choices(command, choices):
    assert choices in invoke(command, "--help").stdout


# ── NO_COLOR ──────────────────────────────────────────────────────────────────


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("no_color", [True, False])
def test_the_progress_bar_honours_no_color(monkeypatch, no_color):
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.delenv("NO_COLOR", raising=False)
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    spec = SourceSpec("a", "https://example.org/")
    with _progress_bar(4, "sources") as advance:
        assert advance is not None
        for done in range(1, 5):
            advance(spec, done, 4)
    colours = re.findall(r"\x1b\[[0-9;]*(?:3[0-9]|38;[0-9;]+)m", terminal.getvalue())
    assert bool(colours) is not no_color


def test_an_unreadable_article_text_only_loses_the_article_locations(tmp_path):
    claims = copy_seed_claims(tmp_path / "claims")
    (claims.parent / "takaichi-trump-call.article.txt").write_bytes(b"caf\xe9\n")
    result = invoke(
        "verify", "--offline", "--archive", SEED_EVIDENCE, "-f", "json", "--fail-on", "", claims
    )
    assert result.exit_code == 0, result.output
    assert "article text file is not UTF-8" in result.stderr
    assert "claims are not placed in it" in result.stderr
    data = json.loads(result.stdout)
    assert all(claim["article_location"] is None for claim in data["claims"])
    assert all(claim["location"] is not None for claim in data["claims"])


def test_merge_reads_reports_larger_than_an_input_file_may_be(tmp_path):
    from test_render_ci import small_report

    from factcheck.claimfiles.yamlnodes import MAX_FILE_BYTES
    from factcheck.render import OutputFormat, render_reports

    reports = [small_report(f"claims/{n:05d}.yaml") for n in range(1400)]
    big = tmp_path / "shard.json"
    big.write_text(render_reports(reports, OutputFormat.JSON), encoding="utf-8")
    assert big.stat().st_size > MAX_FILE_BYTES
    result = invoke("merge", big, "-q", "-f", "junit", "--fail-on", "")
    assert result.exit_code == 1  # small_report's "surprise" claim differs from its expect
    assert result.stdout.count("<testsuite ") == 1400
