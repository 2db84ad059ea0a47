"""The console script `factcheck`: answers `--version` before the CLI and typer are loaded.

Importing typer (and rich under it) is most of the start-up of `factcheck --version`; the
answer needs neither. Everything else goes to `factcheck.cli`, the one place that prints.
"""

from __future__ import annotations

import sys

from factcheck import __version__


def main() -> None:
    """Console-script entry point."""
    if sys.argv[1:] == ["--version"]:
        # The same line `factcheck.cli` prints for --version.
        sys.stdout.write(f"factcheck {__version__}\n")
        return
    from factcheck.cli import main as cli_main

    cli_main()
