"""Small text files read safely, with no YAML: the reading half of `yamlnodes`.

A file is read only if it is a regular file (a FIFO would block) of at most `MAX_FILE_BYTES`
(or the caller's cap), and it must be UTF-8. `lint` and the configuration read their files
through here without loading PyYAML (about a tenth of a `lint` process's start-up); claim
files and termbases go on to `yamlnodes`, which re-exports these.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from factcheck.errors import InputError, Location

MAX_FILE_BYTES = 5 * 1024 * 1024
"""Claim files, termbases and article texts are small; anything larger is refused."""


def read_text_file(
    path: Path,
    error: type[InputError],
    what: str,
    *,
    with_column: bool = False,
    max_bytes: int = MAX_FILE_BYTES,
    raise_hint: str = "",
) -> str:
    """The text of a small UTF-8 file, or `error` saying why it cannot be read.

    ``what`` names the file in messages ("claim file", "termbase"). A byte order mark is
    dropped. A byte that is not UTF-8 is reported at its line, and with ``with_column`` at its
    column too. A file over ``max_bytes`` is refused; ``raise_hint`` says how the user can
    raise that limit, when they can ("raise it with --max-bytes").
    """
    data = read_capped_file(path, error, what, max_bytes=max_bytes, raise_hint=raise_hint)
    return decode_text(data, str(path), error, what, with_column, max_bytes)


def decode_text(
    data: bytes,
    name: str,
    error: type[InputError],
    what: str,
    with_column: bool = False,
    max_bytes: int = MAX_FILE_BYTES,
) -> str:
    """`data` (a file's bytes, or standard input's) as text, as `read_text_file` reads it."""
    if len(data) > max_bytes:
        raise _too_large(error, what, len(data), max_bytes, Location(name), "")
    # A BOM is invisible in editors; dropping it keeps columns on line 1 as the editor shows them.
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        raise error(
            f"{what} is not UTF-8 (byte 0x{data[exc.start]:02x} is not valid UTF-8)",
            Location(name, line, column if with_column else 0),
            "save the file with UTF-8 encoding",
        ) from None


def read_capped_file(
    path: Path,
    error: type[InputError],
    what: str,
    *,
    max_bytes: int = MAX_FILE_BYTES,
    raise_hint: str = "",
) -> bytes:
    """The bytes of a small regular file (never a FIFO or a device), or `error` saying why not.

    A file over `max_bytes` is refused; `raise_hint` says how the user can raise the limit.
    """
    data, _ = read_capped_file_info(path, error, what, max_bytes=max_bytes, raise_hint=raise_hint)
    return data


def read_capped_file_info(
    path: Path,
    error: type[InputError],
    what: str,
    *,
    max_bytes: int = MAX_FILE_BYTES,
    raise_hint: str = "",
) -> tuple[bytes, os.stat_result]:
    """`read_capped_file`, with the status of the file that was read (its time, say)."""
    limit = max_bytes
    place = Location(str(path))
    # Open first, then look at what was opened: a check of the path followed by an open of
    # the path could be raced (a FIFO swapped in would hang the run). O_NONBLOCK keeps the
    # open of a FIFO from waiting for a writer; the read below is only done on a regular file.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise error(f"{what} not found", place, "check the path") from None
    except IsADirectoryError:
        raise error(f"the {what} is a directory", place, "give the path of a file") from None
    except (OSError, ValueError) as exc:
        raise error(f"cannot read the {what}: {_os_reason(exc)}", place) from None
    try:
        info = _regular_file_status(descriptor, error, what, place)
        if info.st_size > limit:
            raise _too_large(error, what, info.st_size, limit, place, raise_hint)
        stream = os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise
    with stream:
        try:
            data = stream.read(limit + 1)
        except OSError as exc:
            raise error(f"cannot read the {what}: {_os_reason(exc)}", place) from None
    if len(data) > limit:  # grew after stat
        raise _too_large(error, what, len(data), limit, place, raise_hint)
    return data, info


def _regular_file_status(
    descriptor: int, error: type[InputError], what: str, place: Location
) -> os.stat_result:
    try:
        info = os.fstat(descriptor)
    except OSError as exc:
        raise error(f"cannot read the {what}: {_os_reason(exc)}", place) from None
    if stat.S_ISDIR(info.st_mode):
        raise error(f"the {what} is a directory", place, "give the path of a file")
    if not stat.S_ISREG(info.st_mode):
        raise error(f"the {what} is not a regular file", place, "give a plain file")
    return info


def _too_large(
    error: type[InputError], what: str, size: int, limit: int, place: Location, raise_hint: str
) -> InputError:
    megabytes, rest = divmod(limit, 1024 * 1024)
    shown_limit = f"{megabytes} MB" if megabytes and not rest else f"{limit:,} bytes"
    hint = "check that this is the right file"
    if raise_hint:
        hint = f"{hint}, or {raise_hint}"
    return error(f"the {what} is {size:,} bytes; the limit is {shown_limit}", place, hint)


def _os_reason(exc: OSError | ValueError) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return "the path is not usable"


def suggest(word: str, choices: frozenset[str]) -> str:
    """ "did you mean …?" for a misspelt key, or the list of allowed keys."""
    from rapidfuzz import process

    best = process.extractOne(word, sorted(choices), score_cutoff=60)
    if best:
        return f"did you mean '{best[0]}'?"
    return "allowed keys: " + ", ".join(sorted(choices))
