"""Where a command's output goes and where its input comes from: standard output, a file
replaced atomically (never one of the run's inputs), capped input files and stdin, and
text escaped for a terminal."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from factcheck.cli.apps import _fail
from factcheck.cli_output import write_stdout
from factcheck.errors import InputError


def _emit(text: str) -> None:
    """Write to standard output; a closed pipe or a full disk is one line and exit 2."""
    write_stdout(text)


def _write(text: str, output: Path | None, *, inputs: Iterable[Path] = ()) -> None:
    """Write `text` to `output` (stdout when None or "-").

    A regular file is replaced atomically (a new file renamed over it, keeping its
    permissions); a FIFO or a character device is written to, not replaced. `output` may
    not be any of the run's `inputs` (or lie inside an input folder, such as the archive).
    """
    if output is None or str(output) == "-":
        _emit(text)
        return
    target = output.resolve() if output.is_symlink() else output
    try:
        info: os.stat_result | None = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror}")
    clash = _input_clash(target, info, inputs)
    if clash is not None:
        _fail(
            f"--output {output} is {clash}, one of this run's inputs; it would be destroyed "
            "(give another file)"
        )
    if info is not None and stat.S_ISDIR(info.st_mode):
        _fail(f"cannot write {output}: it is a folder (give a file name)")
    try:
        if info is not None and not stat.S_ISREG(info.st_mode):
            with target.open("w", encoding="utf-8") as stream:
                stream.write(text)
            return
        _replace_file(target, text.encode("utf-8"), info)
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror or exc}")


def _input_clash(target: Path, info: os.stat_result | None, inputs: Iterable[Path]) -> str | None:
    """The input that `target` is (or lies inside), or None."""
    resolved = target.resolve()
    for given in inputs:
        try:
            theirs = given.stat()
        except OSError:
            continue
        if info is not None and (theirs.st_dev, theirs.st_ino) == (info.st_dev, info.st_ino):
            return str(given)
        if stat.S_ISDIR(theirs.st_mode) and resolved.is_relative_to(given.resolve()):
            return f"inside {given}"
    return None


def _replace_file(target: Path, data: bytes, info: os.stat_result | None) -> None:
    """Write a new file beside `target` and rename it over it: whole or not at all."""
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
            umask = os.umask(0)
            os.umask(umask)
            mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~umask
            os.fchmod(stream.fileno(), mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _read_input_file(
    path: Path, what: str, max_bytes: int, raise_hint: str = ""
) -> tuple[bytes, os.stat_result]:
    """The bytes and status of a regular file of at most `max_bytes`, or one line and exit 2.

    The file is opened once and checked through its descriptor, so it cannot be swapped
    for a FIFO or a device between the check and the read.
    """
    from factcheck.claimfiles.yamlnodes import read_capped_file_info

    try:
        return read_capped_file_info(
            path, InputError, what, max_bytes=max_bytes, raise_hint=raise_hint
        )
    except InputError as exc:
        _fail(str(exc))


def _guess_type(path: Path) -> str:
    return "text/plain" if path.suffix.lower() in {".txt", ".md"} else "text/html"


def _read_stdin(max_bytes: int) -> bytes:
    # One byte past the cap is enough to know the input is too large.
    return sys.stdin.buffer.read(max_bytes + 1)


def _escaped_lines(lines: list[str]) -> str:
    """Lines for a terminal, each escaped (URLs come from archives, which are untrusted)."""
    return "".join(_shown(line.rstrip("\n")) + "\n" for line in lines)


def _shown(text: str) -> str:
    from factcheck.render.escape import escape_line

    return escape_line(text)
