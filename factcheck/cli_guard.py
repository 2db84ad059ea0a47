"""The rules every command run shares that need no typer: what the run is working on (for
an internal error's message), -v/-q logging, and Ctrl-C reaching fetches in worker threads.

`factcheck.cli.apps` applies them to every command through typer; `factcheck.cli_lint`
applies the same to a plain `lint` run, which the console script starts without loading
typer (see `factcheck.entry`).
"""

from __future__ import annotations

import logging
import signal
import sys
import threading
from collections.abc import Callable

from factcheck import interrupt

working_on: dict[str, str] = {}
"""What the run is busy with, for the message of an internal error: "claim file" → path
(and "verbose" when -v asks for the traceback too)."""


def log_at(level: int) -> None:
    """Send log records of `level` and above to stderr (each run sets it anew)."""
    logging.basicConfig(
        level=level, format="factcheck: %(levelname)s: %(message)s", stream=sys.stderr, force=True
    )
    # The generic extractor's own notes ("discarding data: URL") mean "no main text found",
    # which the document already says; they are for -v only.
    quieter = logging.NOTSET if level <= logging.INFO else logging.ERROR
    for name in ("trafilatura", "htmldate"):
        logging.getLogger(name).setLevel(quieter)


def arm_interrupt() -> signal.Handlers | Callable[..., object] | int | None:
    """Make Ctrl-C stop fetches in worker threads too; returns the handler it replaced."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def on_interrupt(signum: int, frame: object) -> None:
        interrupt.interrupt()
        raise KeyboardInterrupt

    previous = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, on_interrupt)
    return previous


def internal_error_lines(exc: Exception) -> list[str]:
    """What an unexpected exception (a bug) prints on standard error: its traceback when -v
    asked for it, then one line naming what the run was working on and how to report it."""
    from factcheck.render.escape import escape_terminal

    where = [f"claim file {working_on['claim file']}"] if "claim file" in working_on else []
    where += [str(note) for note in getattr(exc, "__notes__", ())]
    context = f" while working on {', '.join(where)}" if where else ""
    detail = escape_terminal(f"{type(exc).__name__}: {exc}".replace("\n", " "))[:300]
    lines = []
    if working_on.get("verbose"):  # -v: the traceback, for the bug report
        import traceback

        lines.append("".join(traceback.format_exception(exc)).rstrip())
    lines.append(
        f"factcheck: internal error{escape_terminal(context)}: {detail} (this is a bug in "
        "factcheck; please report it with the output of the same command run with -v)"
    )
    return lines
