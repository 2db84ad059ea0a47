"""The console script `factcheck`: answers `--version`, and runs a plain `lint`
(`factcheck.cli_lint`), before the CLI and typer are loaded.

Importing typer (and rich under it) is most of the start-up of `factcheck --version`; the
answer needs neither. It is written through `factcheck.cli_output`, the CLI's own writer
(a closed or full output is one line and exit 2); everything else goes to `factcheck.cli`,
with the regular expressions and dataclass methods compiled when the wheel was built
(`factcheck.precompiled`).
"""

from __future__ import annotations

import sys

from factcheck import __version__


def main() -> None:
    """Console-script entry point."""
    if sys.argv[1:] == ["--version"]:
        from factcheck.cli_output import OutputClosed, exit_output_closed, write_stdout

        try:
            # The same line `factcheck.cli` prints for --version.
            write_stdout(f"factcheck {__version__}\n")
        except OutputClosed as error:
            exit_output_closed(error)
        return
    from factcheck.precompiled import use_shipped
    from factcheck.startup import one_command_process

    one_command_process()
    use_shipped()
    if sys.argv[1:2] == ["lint"]:
        # A plain lint (an editor's save, a pre-commit hook) runs without typer: importing
        # it and building the command is a sixth of such a run. Anything not plain (help,
        # --fix, an unknown option …) goes to the typer command below.
        from factcheck.cli_lint import main_plain, plain_lint_args

        args = plain_lint_args(sys.argv[2:])
        if args is not None:
            main_plain(args)
    from factcheck.startup import loading_modules

    with loading_modules():
        from factcheck.cli import main as cli_main

    cli_main()
