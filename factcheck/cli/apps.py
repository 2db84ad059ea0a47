"""The Typer apps and the rules every command shares: exit codes, what a bug or Ctrl-C
becomes, -v/-q logging, --version, and the console-script entry point.

Exit codes: 0 no claim failed; 1 a claim's verdict is in --fail-on or differs from its
`expect:`; 2 bad usage or bad input (claim file, termbase, archive) or the report could
not be written; 3 an internal error (a bug: report it); 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import contextlib
import copy
import logging
import os
import signal
import sys
from typing import Annotated, Any, NoReturn

import typer
import typer.core
from typer.core import TyperGroup

from factcheck import __version__, interrupt
from factcheck.cli_guard import arm_interrupt as _arm_interrupt
from factcheck.cli_guard import internal_error_lines
from factcheck.cli_guard import log_at as _log_at
from factcheck.cli_guard import working_on as _working_on
from factcheck.cli_output import OutputClosed, guarded_stdout, silence_stdout, write_stdout

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

# The commands live in the `*_cmd` modules; `factcheck/cli/__init__.py` registers them on
# these apps. They import the pipeline (httpx, bs4, warcio …) inside, so --help starts fast.

HELP_OPTIONS = {"help_option_names": ["-h", "--help"]}


class _PlainArgument(typer.core.TyperArgument):
    """An argument shown by its metavar alone: `CLAIM_FILE...`, not `{CLAIM_FILE}...` in the
    usage line and `CLAIM_FILE <list[Path]>` in the list (Typer's own style)."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None

    def _usage_display_name(self) -> str:  # Typer ≥ 0.29 builds the usage line with this
        name = self.metavar or self.name or ""
        if not self.required:
            name = f"[{name}]"
        return name if self.nargs == 1 or name.endswith("...") else name + "..."

    def make_metavar(self, *args: Any, **kwargs: Any) -> str:  # Typer < 0.29 with this
        if not kwargs.get("usage"):
            return str(super().make_metavar(*args, **kwargs))
        return self._usage_display_name()


class _PlainGroup(TyperGroup):
    """A command group whose commands show plain argument names in their help."""

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        for param in getattr(command, "params", ()):
            if type(param) is typer.core.TyperArgument:
                param.__class__ = _PlainArgument
        return command


class GuardedGroup(_PlainGroup):
    """The command group, with the one exit-code rule for what no command handled itself.

    Ctrl-C stops fetches in flight (see `factcheck.interrupt`), prints "interrupted" and
    exits 130. Any other unexpected exception is a bug: one line naming what the run was
    working on and how to report it, exit 3 (never 1, which means "a claim failed").
    """

    def main(self, *args: Any, **kwargs: Any) -> Any:
        # What click writes on its own (--help) goes through the guard too: a closed or
        # full output is `OutputClosed`, not an OSError click would call exit 1 or a bug.
        with guarded_stdout():
            return super().main(*args, **kwargs)

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        # `factcheck --help` and `--version` write while the options are parsed, before
        # `invoke`.
        try:
            return super().make_context(*args, **kwargs)
        except OutputClosed as exc:
            _output_closed(exc)

    def invoke(self, ctx: Any) -> Any:
        interrupt.reset()
        _working_on.clear()
        previous = _arm_interrupt()
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            interrupt.interrupt()
            typer.echo("factcheck: interrupted", err=True)
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except OutputClosed as exc:
            _output_closed(exc)
        except Exception as exc:  # the one place where a bug becomes exit 3
            if _is_cli_exception(exc):
                raise
            _report_internal_error(exc)
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)


def _output_closed(exc: OutputClosed) -> NoReturn:
    silence_stdout()  # Python flushes stdout again at exit: that must not fail too
    _fail(str(exc))


def _is_cli_exception(exc: Exception) -> bool:
    """Exits, aborts and usage errors of typer (and the click it is built on) pass through."""
    if isinstance(exc, typer.Exit | typer.Abort | typer.BadParameter):
        return True
    return hasattr(exc, "exit_code") or type(exc).__module__.split(".")[0] in ("click", "typer")


def _report_internal_error(exc: Exception) -> NoReturn:
    for line in internal_error_lines(exc):
        typer.echo(line, err=True)
    raise typer.Exit(EXIT_INTERNAL)


app = typer.Typer(
    cls=GuardedGroup,
    name="factcheck",
    context_settings=HELP_OPTIONS,
    help="Check a translated news article's claims against the primary sources they rest on.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
archive_app = typer.Typer(
    help="Look into or add to an evidence archive (WARC captures of sources).",
    context_settings=HELP_OPTIONS,
    cls=_PlainGroup,
    no_args_is_help=True,
)
app.add_typer(archive_app, name="archive")


def _fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    from factcheck.render.escape import escape_line

    typer.echo(f"factcheck: error: {escape_line(message)}", err=True)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        write_stdout(f"factcheck {__version__}\n")
        raise typer.Exit()


def _quiet() -> bool:
    """Whether -q asked for problems only."""
    return logging.getLogger().level >= logging.ERROR


def _on_verbose(value: bool) -> bool:
    if value:
        _working_on["verbose"] = "yes"  # an internal error then shows its traceback
        _log_at(logging.INFO)
    return value


def _on_quiet(value: bool) -> bool:
    if value:
        _log_at(logging.ERROR)
    return value


# -v and -q work before the command (`factcheck -v verify`) and after it (`verify -v`).
VerboseOption = Annotated[
    bool,
    typer.Option(
        "--verbose", "-v", callback=_on_verbose, help="Log what each stage does to stderr."
    ),
]
QuietOption = Annotated[
    bool,
    typer.Option(
        "--quiet",
        "-q",
        callback=_on_quiet,
        help="Print only problems: no summary for what passed, no log below errors.",
    ),
]


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
    verbose: VerboseOption = False,
    quiet: QuietOption = False,
) -> None:
    """Check a translated news article's claims against the primary sources they rest on."""
    if verbose:
        _working_on["verbose"] = "yes"
    _log_at(logging.INFO if verbose else logging.ERROR if quiet else logging.WARNING)


_GROUP_OPTIONS = frozenset({"-v", "--verbose", "-q", "--quiet"})


def _command_name(info: typer.models.CommandInfo) -> str:
    if info.name:
        return info.name
    callback = info.callback
    return typer.main.get_command_name(callback.__name__) if callback is not None else ""


def app_for(args: list[str]) -> typer.Typer:
    """The app with only the command `args` run, when they name one plainly (after -v or -q
    at most); else the whole app.

    Typer builds the click command of every registered command, options and help included,
    before it parses anything: about 20 ms of every start, for the ten commands that do not
    run. A run of one command parses, helps and fails exactly as it would with them all; a
    name that is no command, --help or --version before it, or any other option there, gets
    the whole app (its usage, its list of commands, its "no such command").
    """
    name = next((arg for arg in args if arg not in _GROUP_OPTIONS), None)
    if name is None or name.startswith("-"):
        return app
    commands = [info for info in app.registered_commands if _command_name(info) == name]
    groups = [info for info in app.registered_groups if info.name == name]
    if len(commands) + len(groups) != 1:
        return app
    only = copy.copy(app)
    only.registered_commands = commands
    only.registered_groups = groups
    return only


def main() -> None:
    """Console-script entry point."""
    try:
        app_for(sys.argv[1:])()
    except SystemExit as exc:
        if exc.code == EXIT_INTERRUPTED:
            # Fetches abandoned by Ctrl-C may still sit in a connect; do not wait for them
            # (nothing half-written survives: archive writes are atomic renames).
            with contextlib.suppress(OSError, ValueError):
                sys.stderr.flush()
                sys.stdout.flush()
            os._exit(EXIT_INTERRUPTED)
        raise
