"""The project's exceptions: one small tree, so no caller ever catches a third-party error.

Lower-level errors (httpx, yaml, warcio, lxml) are mapped into this tree at the edge where
they happen. Only the CLI turns these into messages and exit codes.

    FactcheckError
     ├── InputError                 bad input from the user; carries file:line:column
     │    ├── ClaimFileError        a claim file is malformed or inconsistent
     │    ├── TermbaseError         a termbase (YAML or TBX) is malformed or fails its specs
     │    └── ConfigError           factcheck.toml / [tool.factcheck] is malformed
     ├── SourceError                a source could not be had (becomes an `unverifiable` result)
     │    ├── FetchError            the network fetch failed (timeout, reset, HTTP status …)
     │    │    ├── HTTPStatusError  the server answered 4xx/5xx; carries the status
     │    │    ├── BlockedURLError  refused by policy: private address, scheme, robots.txt
     │    │    └── TooLargeError    the body or its decompressed size exceeds the cap
     │    └── NotArchivedError      offline, and the archive holds no capture of the URL
     └── ArchiveError               the evidence archive cannot be read or written
          └── CorruptCaptureError   one capture file is not to be trusted (only its source suffers)
"""

from __future__ import annotations

from dataclasses import dataclass


class FactcheckError(Exception):
    """Base of every error factcheck raises on purpose."""


@dataclass(frozen=True)
class Location:
    """A place in a user's file, 1-based, for `file:line:column:` messages."""

    file: str
    line: int = 0
    """1-based line; 0 when the whole file is meant."""
    column: int = 0
    """1-based column; 0 when the whole line is meant."""

    def __str__(self) -> str:
        if self.line and self.column:
            return f"{self.file}:{self.line}:{self.column}"
        if self.line:
            return f"{self.file}:{self.line}"
        return self.file


class InputError(FactcheckError):
    """The user's input is wrong; the message says where and what to do."""

    def __init__(self, message: str, location: Location | None = None, hint: str = "") -> None:
        self.message = message
        self.location = location
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.location}: " if self.location else ""
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{hint}"


class ClaimFileError(InputError):
    """A claim file is malformed, has unknown keys, duplicate ids or dangling references."""


class TermbaseError(InputError):
    """A termbase is malformed, or one of its self-test specs fails."""


class ConfigError(InputError):
    """The project configuration is malformed."""


class SourceError(FactcheckError):
    """A source could not be had; the claims resting on it become `unverifiable`."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"{url}: {reason}")


class FetchError(SourceError):
    """The network fetch failed: timeout, reset connection, HTTP error status …"""


class HTTPStatusError(FetchError):
    """The server answered with an error status (4xx/5xx) or one that cannot be used.

    `status` lets callers choose a fallback (403, 404, 410 → the Internet Archive's copy);
    `retry_after` is the wait in seconds the server asked for, when it named one.
    """

    def __init__(
        self, url: str, reason: str, status: int, retry_after: float | None = None
    ) -> None:
        super().__init__(url, reason)
        self.status = status
        self.retry_after = retry_after


class BlockedURLError(FetchError):
    """Refused by policy: a non-public address, a scheme other than http(s), robots.txt."""


class TooLargeError(FetchError):
    """The response body, or its decompressed size, exceeds the configured cap."""


class NotArchivedError(SourceError):
    """Offline, and the evidence archive holds no capture of the URL."""


class ArchiveError(FactcheckError):
    """The evidence archive cannot be read or written."""


class CorruptCaptureError(ArchiveError):
    """One capture file cannot be trusted: not a regular file inside the archive, truncated,
    failing its digests or missing its metadata. Only the source it holds is affected.

    The message names the file and what is wrong with it, never its content (a capture can
    be a link to a secret, and the message goes into reports).
    """

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(
            f"capture {path} is corrupt: {problem}; restore it from version control or "
            "delete it and fetch the source again"
        )
