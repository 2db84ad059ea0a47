"""The body of `factcheck lint`, without typer; and a plain `lint` run started without it.

Importing typer, and building the command from its signature, is about a sixth of the whole
process of a one-article lint (an editor's save, a pre-commit hook). The console script
(`factcheck.entry`) hands this module the command line of a `lint` run when it is plain:
files, and only options whose values are spelt out (`plain_lint_args`: `--format json`,
`--termbase FILE`, `--language CODE`, `--max-bytes N`, `--stdin-filename PATH`, `--diff`,
`-q`). Anything else (--help, --fix, -v, an unknown or repeated option, a value that is not
plainly valid, no file) goes to the typer command, which then parses, helps and fails as
always. Both run `run_lint`, under the same rules (`factcheck.cli_guard`), so a run gives the
same output, messages and exit code either way; a test holds the two to it.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple, NoReturn

from factcheck.errors import InputError

EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 2, 3, 130
FORMATS = ("text", "markdown", "json", "github", "sarif")
"""The values of --format, as `factcheck.cli.lint_cmd.LintFormatChoice` has them."""
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
STDIN = Path("-")


class LintArgs(NamedTuple):
    """A `lint` run's command line, parsed (a named tuple: a frozen dataclass costs about 1 %
    of a one-article lint process to define)."""

    files: tuple[Path, ...]
    output_format: str = "text"
    fix: bool = False
    diff: bool = False
    termbases: tuple[Path, ...] = ()
    language: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    stdin_filename: str | None = None
    quiet: bool = False


class LintStop(Exception):
    """Ends a lint run with exit code `code`, after `message` as a `factcheck: error:` line."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def run_lint(args: LintArgs, echo: Callable[[str], None]) -> int:
    """Lint the files; the exit code. `echo` writes a line to standard error; `LintStop` for
    bad usage or input (exit 2)."""
    from factcheck.cli_output import write_stdout
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
        from factcheck.terms.termbase import load_termbase

    files, fix, diff = args.files, args.fix, args.diff
    if fix and diff:
        raise LintStop(
            "--fix and --diff contradict each other; --diff previews what --fix would do"
        )
    if files.count(STDIN) > 1:
        raise LintStop("'-' (stdin) can be given once")
    if fix and STDIN in files:
        raise LintStop("--fix cannot write back to stdin; use --diff to see the fixes")
    stdin_name = args.stdin_filename or "-"
    near = Path(stdin_name) if files[0] == STDIN and args.stdin_filename else files[0]
    with loading_modules():
        # The built-in termbase, the configuration's termbases, then those of --termbase.
        try:
            config = load_config(near)
            termbase = load_termbase(
                [*config.termbases, *args.termbases], builtin=config.builtin_termbase
            )
        except InputError as exc:
            raise LintStop(str(exc)) from None
        try:
            language = args.language or load_config(near).language
        except InputError as exc:
            raise LintStop(str(exc)) from None
        prepare_lint(termbase, language)
    quiet = logging.getLogger().level >= logging.ERROR
    findings = []
    for path in files:
        name = stdin_name if path == STDIN else str(path)
        try:
            if path == STDIN:
                # One byte past the cap is enough to know the input is too large.
                data = sys.stdin.buffer.read(args.max_bytes + 1)
                text = decode_article(data, name, args.max_bytes)
            else:
                text = read_article(path, args.max_bytes)
            logging.getLogger("factcheck.cli.lint_cmd").info("lint %s (%s)", name, language)
            found = lint_text(text, termbase, language=language, path=name)
            if fix or diff:
                fixed = apply_fixes(text, found)
                if diff:
                    write_stdout(diff_fixes(text, fixed, name))
                elif fixed != text:
                    from factcheck.cli.files import _write  # --fix runs through typer

                    _write(fixed, path)
                    if not quiet:
                        echo(f"{path}: fixed")
                    found = lint_text(fixed, termbase, language=language, path=name)
        except InputError as exc:
            raise LintStop(str(exc)) from None
        findings.extend(found)
    if not diff:
        write_stdout(render_lint(findings, LintFormat(args.output_format)))
    code = lint_exit_code(findings)
    if code or not quiet:
        echo(lint_summary_line(findings))
    return code


# ── a plain run, without typer ────────────────────────────────────────────────────────

_VALUED = {
    "--format": "output_format",
    "-f": "output_format",
    "--termbase": "termbases",
    "--language": "language",
    "-l": "language",
    "--max-bytes": "max_bytes",
    "--stdin-filename": "stdin_filename",
}
_FLAGS = {"--diff": "diff", "-q": "quiet", "--quiet": "quiet"}


def plain_lint_args(argv: Sequence[str]) -> LintArgs | None:
    """The arguments after `lint` when they are plain (see the module's docstring): each
    option spelt in full (`--format json`, `--format=json`, `-f json`), once (but
    `--termbase`), with a value valid as it is; None for anything else."""
    if not all(arg.isprintable() for arg in argv):
        return None  # click strips escape sequences from what it echoes: leave it to click
    files: list[Path] = []
    values: dict[str, object] = {}
    termbases: list[Path] = []
    at = 0
    while at < len(argv):
        arg = argv[at]
        at += 1
        if arg == "-" or not arg.startswith("-"):
            files.append(Path(arg))
            continue
        if arg in _FLAGS:
            values[_FLAGS[arg]] = True
            continue
        name, equals, value = arg.partition("=")
        if name not in _VALUED or (equals and not name.startswith("--")):
            return None
        if not equals:
            if at >= len(argv):
                return None
            value = argv[at]
            at += 1
        if not value or value.startswith("-"):
            return None
        field = _VALUED[name]
        if field == "termbases":
            termbases.append(Path(value))
            continue
        if field in values:
            return None
        if field == "output_format" and value not in FORMATS:
            return None
        if field == "max_bytes":
            if not (value.isascii() and value.isdigit()) or int(value) < 1:
                return None
            values[field] = int(value)
            continue
        values[field] = value
    if not files:
        return None
    return LintArgs(files=tuple(files), termbases=tuple(termbases), **values)  # type: ignore[arg-type]


def main_plain(args: LintArgs) -> NoReturn:
    """Run a plain `lint` as `factcheck.cli.apps` runs every command: logging at -q's level,
    standard output guarded, Ctrl-C 130, a bug exit 3 with its one line."""
    from factcheck import interrupt
    from factcheck.cli_guard import arm_interrupt, internal_error_lines, log_at, working_on
    from factcheck.cli_output import OutputClosed, guarded_stdout, silence_stdout

    log_at(logging.ERROR if args.quiet else logging.WARNING)
    with guarded_stdout():
        interrupt.reset()
        working_on.clear()
        previous = arm_interrupt()
        try:
            code = run_lint(args, _echo)
        except LintStop as stop:
            code = _fail(stop.message, stop.code)
        except KeyboardInterrupt:
            interrupt.interrupt()
            _echo("factcheck: interrupted")
            # As the typer app's exit 130: fetches abandoned may sit in a connect.
            for stream in (sys.stderr, sys.stdout):
                try:
                    stream.flush()
                except (OSError, ValueError):
                    pass
            os._exit(EXIT_INTERRUPTED)
        except OutputClosed as exc:
            silence_stdout()
            code = _fail(str(exc))
        except Exception as exc:  # a bug, as the typer app reports it
            for line in internal_error_lines(exc):
                _echo(line)
            code = EXIT_INTERNAL
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)
    raise SystemExit(code)


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    from factcheck.render.escape import escape_line

    _echo(f"factcheck: error: {escape_line(message)}")
    return code


def _echo(line: str) -> None:
    """A line on standard error, flushed (as `typer.echo(..., err=True)` writes it)."""
    sys.stderr.write(line + "\n")
    sys.stderr.flush()
