"""The command line: the only package that prints, writes reports or exits.

`apps` holds the Typer apps and the rules every command shares (exit codes, errors,
logging, --version); `options`, `files` and `online` what several commands use; each
`*_cmd` module a command or two. Commands are registered here, in the order `--help`
lists them. The pipeline's modules (httpx, bs4, warcio …) are imported inside the
commands that use them, so `factcheck --help` starts fast.
"""

from __future__ import annotations

from factcheck.cli import archive_cmd, draft_cmd, eval_cmd, fetch_cmd, lint_cmd, verify_cmd
from factcheck.cli.apps import app, archive_app, main

__all__ = ["app", "main"]

app.command()(verify_cmd.verify)
app.command()(verify_cmd.merge)
app.command()(fetch_cmd.fetch)
app.command()(draft_cmd.draft)
app.command()(fetch_cmd.discover)
app.command()(draft_cmd.text)
app.command()(lint_cmd.lint)
app.command("eval")(eval_cmd.evaluate)
archive_app.command("add")(archive_cmd.archive_add)
archive_app.command("import")(archive_cmd.archive_import)
archive_app.command("list")(archive_cmd.archive_list)
