"""`factcheck lint`: garbled official terms in articles, with --fix and --diff.

The command's options and help; its body is `factcheck.cli_lint.run_lint`, which the
console script also runs without typer for a plain command line (see that module).
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.apps import QuietOption, VerboseOption, _fail
from factcheck.cli.options import TermbaseOption


class LintFormatChoice(enum.StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"
    github = "github"
    sarif = "sarif"


def lint(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="Articles to lint (plain text or markdown); '-' reads one from stdin.",
            metavar="FILE...",
        ),
    ],
    output_format: Annotated[
        LintFormatChoice,
        typer.Option("--format", "-f", help="Output format.", case_sensitive=False),
    ] = LintFormatChoice.text,
    fix: Annotated[
        bool,
        typer.Option(
            "--fix", help="Apply the suggestions of listed, unambiguous variants in place."
        ),
    ] = False,
    diff: Annotated[
        bool, typer.Option("--diff", help="Print the fixes as a unified diff; change nothing.")
    ] = False,
    termbases: TermbaseOption = None,
    language: Annotated[
        str | None,
        typer.Option(
            "--language",
            "-l",
            help="Language of the articles [default: from config, en].",
            metavar="CODE",
        ),
    ] = None,
    max_bytes: Annotated[
        int,
        typer.Option(
            "--max-bytes",
            min=1,
            metavar="BYTES",
            help="Refuse an article larger than this many bytes [default: 5 MB].",
            show_default=False,
        ),
    ] = 5 * 1024 * 1024,
    stdin_filename: Annotated[
        str | None,
        typer.Option(
            "--stdin-filename",
            help="The path to report for the article read from stdin ('-'), so positions "
            "and the configuration found match the file it came from.",
            metavar="PATH",
        ),
    ] = None,
    verbose: VerboseOption = False,
    quiet: QuietOption = False,
) -> None:
    """Find garbled official terms in articles, with the official wording (see docs/lint.md).

    Exit codes: 0 no open error-level finding; 1 an error-level finding is not accepted;
    2 bad usage or input.
    """
    from factcheck.cli_lint import LintArgs, LintStop, run_lint

    args = LintArgs(
        files=tuple(files),
        output_format=output_format.value,
        fix=fix,
        diff=diff,
        termbases=tuple(termbases or ()),
        language=language,
        max_bytes=max_bytes,
        stdin_filename=stdin_filename,
    )
    try:
        code = run_lint(args, lambda line: typer.echo(line, err=True))
    except LintStop as stop:
        _fail(stop.message, stop.code)
    raise typer.Exit(code)
