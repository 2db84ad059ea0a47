"""A plain `lint` run without typer (`factcheck.cli_lint`) is the typer command's run: the
same standard output, standard error and exit code, for every command line it takes; any
other command line goes to typer."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import REPO_ROOT

from factcheck import entry
from factcheck.cli import apps
from factcheck.cli_lint import LintArgs, plain_lint_args

LINT_FIXTURES = REPO_ROOT / "tests" / "fixtures" / "lint"
ARTICLE = LINT_FIXTURES / "article.md"
CLEAN = LINT_FIXTURES / "clean-news-sample.txt"
TERMBASE = LINT_FIXTURES / "house.yaml"


def _run(
    main: Callable[[], None],
    argv: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
    stdin: bytes,
) -> tuple[str, str, object]:
    monkeypatch.setattr(sys, "argv", ["factcheck", *argv])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code: object = 0
    try:
        main()
    except SystemExit as done:
        code = done.code
    out, err = capfd.readouterr()
    return out, err, code


PLAIN = [
    [str(ARTICLE)],
    [str(ARTICLE), str(CLEAN)],
    ["--format", "json", str(ARTICLE)],
    ["--format=markdown", str(ARTICLE)],
    ["-f", "sarif", str(ARTICLE), str(CLEAN)],
    ["--format", "github", str(ARTICLE)],
    [str(ARTICLE), "-q"],
    ["--quiet", str(CLEAN)],
    ["--diff", str(ARTICLE)],
    ["--termbase", str(TERMBASE), str(ARTICLE)],
    ["--termbase", str(TERMBASE), "--termbase", str(TERMBASE), str(ARTICLE)],
    ["--language", "en", str(ARTICLE)],
    ["-l", "ja", str(ARTICLE)],
    ["--max-bytes", "10", str(ARTICLE)],
    ["--max-bytes=100000", str(ARTICLE)],
    ["-", "--stdin-filename", "draft.md"],
    ["-", "--format", "json"],
    ["-", "-"],
    ["--max-bytes", "5", "-"],
    [str(ARTICLE.parent / "no-such-article.md")],
    [str(LINT_FIXTURES)],
    ["--termbase", str(ARTICLE.parent / "no-such-termbase.yaml"), str(ARTICLE)],
    ["--termbase", str(LINT_FIXTURES / "bad-spec.yaml"), str(ARTICLE)],
    [f"{LINT_FIXTURES}/../lint/./article.md"],
]


@pytest.mark.parametrize("argv", PLAIN, ids=" ".join)
def test_a_plain_lint_runs_as_the_typer_command_does(argv, monkeypatch, capfd, tmp_path):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    assert plain_lint_args(argv) is not None
    taken: list[LintArgs] = []
    import factcheck.cli_lint as cli_lint

    main_plain = cli_lint.main_plain

    def recording(args: LintArgs) -> None:
        taken.append(args)
        main_plain(args)

    monkeypatch.setattr(cli_lint, "main_plain", recording)
    stdin = ARTICLE.read_bytes()
    plain = _run(entry.main, ["lint", *argv], monkeypatch, capfd, stdin)
    assert len(taken) == 1  # the console script took the plain way
    through_typer = _run(apps.main, ["lint", *argv], monkeypatch, capfd, stdin)
    assert plain == through_typer
    out, err, code = plain
    assert code in (0, 1, 2)
    if not {"-q", "--quiet"} & set(argv):
        assert err  # a summary or an error at least: the runs are compared on something
    if code != 2 and str(CLEAN) not in argv:
        assert out


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--help", str(ARTICLE)],
        ["-h"],
        ["--fix", str(ARTICLE)],
        ["-v", str(ARTICLE)],
        ["--verbose", str(ARTICLE)],
        ["--format", "JSON", str(ARTICLE)],
        ["--format", "yaml", str(ARTICLE)],
        ["-fjson", str(ARTICLE)],
        ["-f=json", str(ARTICLE)],
        ["--format", "json", "--format", "text", str(ARTICLE)],
        ["--format", str(ARTICLE)],
        ["--format"],
        ["--max-bytes", "0", str(ARTICLE)],
        ["--max-bytes", "1e6", str(ARTICLE)],
        ["--max-bytes", "-5", str(ARTICLE)],
        ["--language", "", str(ARTICLE)],
        ["--language", "-q", str(ARTICLE)],
        ["--", str(ARTICLE)],
        ["--unknown", str(ARTICLE)],
        ["-qv", str(ARTICLE)],
        ["article\x1b[31m.md"],
    ],
    ids=repr,
)
def test_anything_else_goes_to_typer(argv):
    assert plain_lint_args(argv) is None


def test_the_plain_parse_reads_what_typer_would():
    args = plain_lint_args(
        ["-q", "a.md", "--termbase=t1.yaml", "-", "--termbase", "t2.tbx", "--max-bytes", "12"]
        + ["-f", "sarif", "--language=ja", "--stdin-filename", "b.md", "--diff"]
    )
    assert args == LintArgs(
        files=(Path("a.md"), Path("-")),
        output_format="sarif",
        diff=True,
        termbases=(Path("t1.yaml"), Path("t2.tbx")),
        language="ja",
        max_bytes=12,
        stdin_filename="b.md",
        quiet=True,
    )
