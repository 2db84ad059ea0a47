"""`factcheck lint`: garbled official terms in articles, with --fix and --diff."""

from __future__ import annotations

import enum
import logging
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.apps import QuietOption, VerboseOption, _fail, _quiet
from factcheck.cli.files import _emit, _read_stdin, _write
from factcheck.cli.options import TermbaseOption, _load_termbase
from factcheck.errors import InputError


class LintFormatChoice(enum.StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"
    github = "github"
    sarif = "sarif"


STDIN = Path("-")


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
    from factcheck.startup import loading_modules

    # The modules, the termbase and its lint index live as long as the run: the cycle
    # collector is paused while they are built, and they are frozen out of its later rounds
    # (about fifty collections, most of them for nothing, in a one-article run).
    with loading_modules():
        from factcheck.config import load_config
        from factcheck.render.lint_report import LintFormat, lint_summary_line, render_lint
        from factcheck.terms.lint import (
            apply_fixes,
            decode_article,
            diff_fixes,
            lint_exit_code,
            lint_text,
            prepare_lint,
            read_article,
        )

    if fix and diff:
        _fail("--fix and --diff contradict each other; --diff previews what --fix would do")
    if files.count(STDIN) > 1:
        _fail("'-' (stdin) can be given once")
    if fix and STDIN in files:
        _fail("--fix cannot write back to stdin; use --diff to see the fixes")
    stdin_name = stdin_filename or "-"
    near = Path(stdin_name) if files[0] == STDIN and stdin_filename else files[0]
    with loading_modules():
        termbase = _load_termbase(termbases or [], near)
        try:
            language = language or load_config(near).language
        except InputError as exc:
            _fail(str(exc))
        prepare_lint(termbase, language)
    findings = []
    for path in files:
        name = stdin_name if path == STDIN else str(path)
        try:
            if path == STDIN:
                text = decode_article(_read_stdin(max_bytes), name, max_bytes)
            else:
                text = read_article(path, max_bytes)
            logging.getLogger(__name__).info("lint %s (%s)", name, language)
            found = lint_text(text, termbase, language=language, path=name)
            if fix or diff:
                fixed = apply_fixes(text, found)
                if diff:
                    _emit(diff_fixes(text, fixed, name))
                elif fixed != text:
                    _write(fixed, path)
                    if not _quiet():
                        typer.echo(f"{path}: fixed", err=True)
                    found = lint_text(fixed, termbase, language=language, path=name)
        except InputError as exc:
            _fail(str(exc))
        findings.extend(found)
    if not diff:
        _emit(render_lint(findings, LintFormat(output_format.value)))
    code = lint_exit_code(findings)
    if code or not _quiet():
        typer.echo(lint_summary_line(findings), err=True)
    raise typer.Exit(code)
