"""The command line's writes to standard output, and its one exit for an output that went away.

Part of the CLI (`factcheck.cli` is its only other user): kept apart, without typer, so that
the fast `--version` answer of `factcheck.entry` writes through the same handling. A closed
standard output, a broken pipe or a full disk is one line on standard error and exit 2,
never a traceback.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import Any, NoReturn, TextIO, cast

EXIT_USAGE = 2
"""The exit code for bad usage or an output that cannot be written (`factcheck.cli`'s too)."""


class OutputClosed(Exception):
    """Standard output went away (a closed pipe) or is full."""


def write_stdout(text: str) -> None:
    """Write `text` to standard output and flush it, or raise `OutputClosed` saying why not."""
    stream = sys.stdout if isinstance(sys.stdout, GuardedStdout) else GuardedStdout(sys.stdout)
    stream.write(text)
    stream.flush()


class GuardedStdout:
    """Standard output, whose failures are `OutputClosed`: the CLI puts it in place of
    `sys.stdout` while a command runs, so that what click writes on its own (`--help`)
    fails the same way as a report. Everything else is the stream's own."""

    encoding = "utf-8"
    errors = "strict"
    """Used only when there is no stream (standard output closed when the process began)."""

    def __init__(self, stream: TextIO | None) -> None:
        self.stream = stream
        self.failure: OutputClosed | None = None
        """The first failure: every later write fails too, even one click makes to probe
        the stream and whose failure it ignores."""

    def write(self, text: str) -> int:
        with self._guarded():
            assert self.stream is not None  # _guarded raised otherwise
            return self.stream.write(text)

    def flush(self) -> None:
        if self.stream is None:
            return  # nothing written, nothing to flush (Python flushes at exit)
        with self._guarded():
            self.stream.flush()

    def __getattr__(self, name: str) -> Any:
        if self.stream is None:
            raise AttributeError(name)
        return getattr(self.stream, name)

    @contextlib.contextmanager
    def _guarded(self) -> Iterator[None]:
        if self.stream is None:
            raise OutputClosed("standard output is closed (for a report, give --output FILE)")
        if self.failure is not None:
            raise self.failure
        try:
            yield
        except BrokenPipeError:
            self.failure = OutputClosed("standard output was closed before everything was written")
        except (OSError, ValueError) as exc:
            self.failure = OutputClosed(f"cannot write to standard output: {_reason(exc)}")
        if self.failure is not None:
            raise self.failure


@contextlib.contextmanager
def guarded_stdout() -> Iterator[None]:
    """`sys.stdout` is a `GuardedStdout` inside the block (once: blocks may nest)."""
    previous = sys.stdout
    if isinstance(previous, GuardedStdout):
        yield
        return
    sys.stdout = cast(TextIO, GuardedStdout(previous))
    try:
        yield
    finally:
        sys.stdout = previous


def silence_stdout() -> None:
    """Point the file descriptor of standard output at /dev/null: Python flushes stdout
    again at exit, and that second failure would print a traceback."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def exit_output_closed(error: OutputClosed) -> NoReturn:
    """One line on standard error (when there is one) and exit 2."""
    silence_stdout()
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.write(f"factcheck: error: {error}\n")
        sys.stderr.flush()
    raise SystemExit(EXIT_USAGE)


def _reason(exc: OSError | ValueError) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else "it is closed"
