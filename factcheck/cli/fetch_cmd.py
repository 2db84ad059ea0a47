"""`factcheck fetch` (sources into the evidence archive, with what changed) and
`factcheck discover` (candidate URLs for sources that name a publisher and dates)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from factcheck.cli.apps import EXIT_FAILED, EXIT_OK, QuietOption, VerboseOption, _fail
from factcheck.cli.files import _emit, _write
from factcheck.cli.online import (
    _fetch_policy,
    _getter,
    _noon,
    _progress_bar,
    _sources_online,
    _used_sources,
)
from factcheck.cli.options import (
    EVIDENCE_DIR,
    AllowNetworkOption,
    AllowPrivateOption,
    ArchiveOption,
    WaybackOption,
    _load_termbase,
)
from factcheck.cli_guard import working_on as _working_on
from factcheck.errors import ArchiveError, InputError

if TYPE_CHECKING:
    from factcheck.sources.fetch import FetchedResponse


def fetch(
    claim_files: Annotated[
        list[Path],
        typer.Argument(
            help="Claim files (YAML) whose sources to fetch.",
            show_default=False,
            metavar="CLAIM_FILE...",
        ),
    ],
    refresh: Annotated[
        bool,
        typer.Option(
            "--refresh",
            help="Fetch archived sources again too, and show what changed since their last "
            "capture (a diff of their sentences).",
        ),
    ] = False,
    archive_dir: ArchiveOption = None,
    wayback: WaybackOption = True,
    allow_private: AllowPrivateOption = False,
    allow_network: AllowNetworkOption = None,
    delay: Annotated[
        float | None,
        typer.Option(
            "--delay",
            min=0.0,
            help="Seconds between two requests to one host (at most 2 run at once per host) "
            "[default: 1].",
            metavar="SECONDS",
        ),
    ] = None,
    verbose: VerboseOption = False,
    quiet: QuietOption = False,
) -> None:
    """Fetch the sources of CLAIM_FILES into the evidence archive and report what changed.

    Each source is reported as new, unchanged, changed (with the sentences removed and
    added), reformatted (other bytes, same sentences), archived (not fetched; use --refresh)
    or failed (with the reason). Exit codes: 0 every source was had; 1 a source could not
    be had; 2 bad usage or input.
    """
    from factcheck.claimfiles.claims import load_claims
    from factcheck.render.fetch_report import DriftKind, compare_sources, render_fetch_report
    from factcheck.sources.archive.evidence import EvidenceArchive
    from factcheck.verify import gather_sources

    policy = _fetch_policy(allow_private, allow_network or [])
    failed = False
    with _sources_online(policy, online=True, wayback=wayback, delay=delay) as (
        session,
        wayback_client,
    ):
        for path in claim_files:
            _working_on["claim file"] = str(path)
            try:
                claim_file = load_claims(path)
                archive = EvidenceArchive(archive_dir or path.parent / EVIDENCE_DIR)
            except (InputError, ArchiveError) as exc:
                _fail(str(exc))
            archived = _getter(archive, offline=True, refresh=False, policy=policy)
            before = gather_sources(claim_file, archived)
            get = _getter(
                archive,
                offline=False,
                refresh=refresh,
                policy=policy,
                session=session,
                wayback=wayback_client,
                near=_noon(claim_file.article.published),
            )
            with _progress_bar(_used_sources(claim_file), "fetching") as progress:
                after = gather_sources(claim_file, get, progress)
            drifts = compare_sources(before, after, refreshed=refresh)
            _emit(render_fetch_report(str(path), drifts))
            failed = failed or any(d.kind is DriftKind.FAILED for d in drifts)
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


def discover(
    claim_files: Annotated[
        list[Path],
        typer.Argument(
            help="Claim files whose sources carry 'discover:' (publisher, from, to) "
            "instead of a url.",
            show_default=False,
            metavar="CLAIM_FILE...",
        ),
    ],
    write: Annotated[
        bool,
        typer.Option(
            "--write",
            help="Write each best candidate's URL into the claim file, marked for the editor "
            "to confirm; nothing else in the file changes.",
        ),
    ] = False,
    profiles: Annotated[
        list[Path] | None,
        typer.Option(
            "--profiles",
            help="Extra publisher profiles: a YAML file or a folder of them (see "
            "docs/publishers.md); may be repeated.",
            metavar="PATH",
        ),
    ] = None,
    limit: Annotated[
        int,
        typer.Option("--limit", min=1, max=50, metavar="N", help="Candidates shown per source."),
    ] = 5,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private",
            help="Allow listing pages on loopback or private addresses (local use only).",
        ),
    ] = False,
    delay: Annotated[
        float | None,
        typer.Option(
            "--delay",
            min=0.0,
            help="Seconds between two requests to one host [default: 1].",
            metavar="SECONDS",
        ),
    ] = None,
    verbose: VerboseOption = False,
    quiet: QuietOption = False,
) -> None:
    """Find candidate pages for sources that name a publisher and dates but no URL.

    Reads the publisher's listing pages and feeds for the window, ranks the pages they link
    to by title and key terms against the claims and by distance in days, and prints them.
    Exit codes: 0 a candidate for every source; 1 none for some source; 2 bad usage or input.
    """
    from factcheck.render.fetch_report import render_discovery
    from factcheck.sources.discover import (
        LISTING_TYPES,
        discover_source,
        read_targets,
        write_discovered,
    )
    from factcheck.sources.publishers import load_profiles

    policy = _fetch_policy(allow_private, [])
    termbase = _load_termbase([], claim_files[0])
    try:
        known = load_profiles(profiles or [])
    except InputError as exc:
        _fail(str(exc))
    empty = False
    with _sources_online(policy, online=True, wayback=False, delay=delay) as (session, _):
        assert session is not None

        def fetch_listing(url: str) -> FetchedResponse:
            return session.fetch(url, accept=LISTING_TYPES)

        for path in claim_files:
            try:
                targets = read_targets(path)
            except InputError as exc:
                _fail(str(exc))
            if not targets:
                typer.echo(f"{path}: no source has 'discover:'; nothing to do", err=True)
                continue
            results = [
                discover_source(target, known, fetch_listing, termbase, limit=limit)
                for target in targets
            ]
            _emit(render_discovery(results))
            empty = empty or any(not r.candidates for r in results if not r.target.url)
            if write:
                # Bytes, not read_text: CRLF line endings and a BOM must survive.
                text = path.read_bytes().decode("utf-8")
                updated, done = write_discovered(text, results, dt.date.today())
                if updated != text:
                    _write(updated, path)
                for line in done:
                    typer.echo(f"{path}: {line}", err=True)
    raise typer.Exit(EXIT_FAILED if empty else EXIT_OK)
