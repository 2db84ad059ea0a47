"""How commands get their sources: the fetch policy, the polite session and Internet
Archive client of a run, the getter each claim file's sources go through, and the
progress bar shown while they come."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from factcheck.cli.apps import _fail
from factcheck.errors import ArchiveError, SourceError

if TYPE_CHECKING:
    from factcheck.model import Capture, ClaimFile, SourceSpec
    from factcheck.sources.archive.evidence import EvidenceArchive
    from factcheck.sources.fetch import FetchPolicy
    from factcheck.sources.politeness import PoliteSession
    from factcheck.sources.wayback import Wayback

WAYBACK_ENV = "FACTCHECK_WAYBACK_URL"
"""Base URL of an Internet Archive mirror (or a local fake in tests); "off" disables it."""
PROGRESS_MIN_SOURCES = 4
"""A progress bar is shown from this many sources on, when stderr is a terminal."""


def _getter(
    archive: EvidenceArchive,
    *,
    offline: bool,
    refresh: bool,
    policy: FetchPolicy,
    session: PoliteSession | None = None,
    wayback: Wayback | None = None,
    near: dt.datetime | None = None,
    as_of: dt.datetime | None = None,
) -> Callable[[SourceSpec], Capture]:
    from factcheck.sources.archive.retrieve import get_capture

    def get(spec: SourceSpec) -> Capture:
        if spec.url is None:
            raise SourceError(
                f"source {spec.id}", "no URL yet: run `factcheck discover CLAIM_FILE --write`"
            )
        try:
            return get_capture(
                spec.url,
                archive,
                offline=offline,
                refresh=refresh,
                policy=policy,
                session=session,
                wayback=wayback,
                near=near,
                as_of=as_of,
            )
        except ArchiveError as exc:
            raise SourceError(spec.url, str(exc)) from exc

    return get


def _fetch_policy(allow_private: bool, networks: list[str]) -> FetchPolicy:
    import ipaddress

    from factcheck.sources.fetch_policy import FetchPolicy

    allowed = []
    for text in networks:
        try:
            allowed.append(ipaddress.ip_network(text, strict=False))
        except ValueError:
            _fail(f"--allow-network: '{text}' is not a network (use CIDR, e.g. 10.1.0.0/16)")
    return FetchPolicy(allow_private=allow_private, allowed_networks=tuple(allowed))


@contextlib.contextmanager
def _sources_online(
    policy: FetchPolicy, *, online: bool, wayback: bool = True, delay: float | None = None
) -> Iterator[tuple[PoliteSession | None, Wayback | None]]:
    """The run's polite session and Internet Archive client; (None, None) when offline."""
    if not online:
        yield None, None
        return
    from factcheck.sources.politeness import Politeness, PoliteSession
    from factcheck.sources.wayback import Wayback, WaybackEndpoints

    base = os.environ.get(WAYBACK_ENV, "").strip()
    politeness = Politeness() if delay is None else Politeness(delay=delay)
    with PoliteSession(policy, politeness) as session:
        if not wayback or base.lower() == "off":
            yield session, None
            return
        endpoints = WaybackEndpoints.at(base) if base else WaybackEndpoints()
        yield session, Wayback(session, endpoints)


def _noon(day: dt.date | None) -> dt.datetime | None:
    """A day as a moment: its middle, in UTC (captures are compared by time)."""
    return None if day is None else dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC)


def _used_sources(claim_file: ClaimFile) -> int:
    used = {sid for claim in claim_file.claims for sid in claim.sources}
    return sum(1 for spec in claim_file.sources if spec.id in used)


@contextlib.contextmanager
def _progress_bar(
    total: int, label: str
) -> Iterator[Callable[[SourceSpec, int, int], None] | None]:
    """A rich progress bar on stderr for many sources; no hook when few or not a terminal."""
    if total < PROGRESS_MIN_SOURCES or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)

        def advance(spec: SourceSpec, done: int, count: int) -> None:
            bar.update(task, completed=done, total=count, description=f"{label}: {spec.id}")

        yield advance
