"""`factcheck archive add | import | list`: the evidence archive, found by the rule
verify uses (the 'evidence' folder beside a claim file)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.apps import EXIT_FAILED, EXIT_OK, QuietOption, VerboseOption, _fail
from factcheck.cli.files import _emit, _escaped_lines, _read_input_file, _shown
from factcheck.cli.options import EVIDENCE_DIR
from factcheck.errors import ArchiveError, FactcheckError

ClaimsLocationOption = Annotated[
    Path | None,
    typer.Option(
        "--claims",
        help="The claim file whose archive to use: the 'evidence' folder beside it, as "
        "verify reads it.",
        metavar="FILE",
    ),
]
ArchiveLocationOption = Annotated[
    Path | None,
    typer.Option(
        "--archive",
        help="The archive folder itself: an existing archive, or an 'evidence' folder "
        "beside claim files.",
        metavar="DIR",
    ),
]


def _archive_location(claims: Path | None, archive: Path | None, *, existing: bool) -> Path:
    """The archive folder an `archive` command works on: one rule, the one verify uses.

    `--claims FILE` means the `evidence/` folder beside FILE; `--archive DIR` names it. With
    neither, the claim files in the current folder (or in ./claims) decide. A folder no
    claim file would read (not named `evidence` and not already an archive) is refused, and
    with `existing`, so is a folder that does not exist.
    """
    if claims is not None and archive is not None:
        _fail("give --claims FILE or --archive DIR, not both")
    if claims is not None:
        if not claims.is_file():
            _fail(f"--claims {claims}: no such claim file")
        root = claims.parent / EVIDENCE_DIR
    elif archive is not None:
        root = archive
        if not (root.name == EVIDENCE_DIR or _is_archive(root)):
            _fail(
                f"{root} is not an evidence archive, and no claim file would read it: verify "
                f"reads the '{EVIDENCE_DIR}' folder beside the claim file (use --claims FILE, "
                f"or an '{EVIDENCE_DIR}' folder)"
            )
    else:
        here = [folder for folder in (Path("."), Path("claims")) if _has_claim_files(folder)]
        if not here:
            _fail(
                "no claim file here to find the archive by: give --claims FILE (the archive "
                f"is the '{EVIDENCE_DIR}' folder beside it) or --archive DIR"
            )
        root = here[0] / EVIDENCE_DIR
    if existing and not root.is_dir():
        _fail(f"there is no evidence archive at {root} (nothing has been archived there yet)")
    return root


def _is_archive(folder: Path) -> bool:
    from factcheck.sources.archive.files import WARC_SUFFIX
    from factcheck.sources.archive.index import INDEX_NAME

    return (folder / INDEX_NAME).is_file() or any(folder.glob(f"*/*{WARC_SUFFIX}"))


def _has_claim_files(folder: Path) -> bool:
    return folder.is_dir() and any(
        path.is_file() for pattern in ("*.yaml", "*.yml") for path in folder.glob(pattern)
    )


def archive_add(
    url: Annotated[str, typer.Argument(help="The URL of the page the file holds.", metavar="URL")],
    file: Annotated[
        Path,
        typer.Argument(
            help="The page saved from a browser (HTML, or MHTML from 'Save page as'), or with "
            "--reconstruction a page you wrote.",
            metavar="FILE",
        ),
    ],
    claims: ClaimsLocationOption = None,
    archive_dir: ArchiveLocationOption = None,
    note: Annotated[
        str,
        typer.Option(
            "--note",
            help="Who saved the page, how and why (kept in the WARC); required for "
            "reconstructions.",
            metavar="TEXT",
        ),
    ] = "",
    reconstruction: Annotated[
        bool,
        typer.Option(
            "--reconstruction",
            help="Mark the capture as a reconstruction written by you, not the publisher's page.",
        ),
    ] = False,
    content_type: Annotated[
        str | None,
        typer.Option(
            "--content-type",
            help="Content type of the file [default: text/html, or the MHTML page's own].",
            metavar="TYPE",
        ),
    ] = None,
    captured_at: Annotated[
        str | None,
        typer.Option(
            "--captured-at",
            help="When the page was saved, ISO 8601 [default: the file's modification time; "
            "for a reconstruction, now].",
            metavar="TIME",
        ),
    ] = None,
    verbose: VerboseOption = False,
    quiet: QuietOption = False,
) -> None:
    """Add a page saved from a browser to the evidence archive, as a saved copy.

    Reports name it a saved copy, with the time it was saved. With --reconstruction the
    file is a page you wrote in your own words to stand in for the real one (reports warn
    about it). The archive is the one verify reads: the 'evidence' folder beside the claim
    file (--claims FILE), or --archive DIR.
    """
    from factcheck.model import CaptureOrigin
    from factcheck.sources.archive.evidence import EvidenceArchive
    from factcheck.sources.archive.files import check_capture_time
    from factcheck.sources.archive.read import MAX_ARCHIVED_BODY
    from factcheck.sources.saved import read_saved_page

    if reconstruction and not note.strip():
        _fail("--note is required with --reconstruction: say what the page is and who wrote it")
    root = _archive_location(claims, archive_dir, existing=False)
    data, info = _read_input_file(file, "saved page", MAX_ARCHIVED_BODY)
    if captured_at:
        try:
            when = dt.datetime.fromisoformat(captured_at)
            if when.tzinfo is None:
                when = when.replace(tzinfo=dt.UTC)
        except (ValueError, OverflowError):
            _fail(f"--captured-at: '{captured_at}' is not an ISO 8601 time")
    elif reconstruction:
        when = dt.datetime.now(dt.UTC)
    else:
        when = dt.datetime.fromtimestamp(info.st_mtime, dt.UTC)
    try:
        check_capture_time(when)
    except (ArchiveError, OverflowError) as exc:
        _fail(f"--captured-at: {exc}")
    try:
        archive = EvidenceArchive(root)
        if reconstruction:
            capture = archive.add_reconstruction(
                url, data, content_type or "text/html; charset=utf-8", note, when
            )
        else:
            page = read_saved_page(data, str(file))
            extra = {"saved_as": page.kind}
            if page.saved_url:
                extra["saved_url"] = page.saved_url
            capture = archive.add_page(
                url,
                page.body,
                content_type or page.content_type,
                note or f"saved from a browser ({page.kind})",
                when,
                origin=CaptureOrigin.SAVED,
                metadata=extra,
            )
    except FactcheckError as exc:
        _fail(str(exc))
    typer.echo(
        f"added {_shown(capture.url)} to {root} ({capture.sha256[:12]}, {capture.origin.value})",
        err=True,
    )


def archive_import(
    warc_file: Annotated[
        Path,
        typer.Argument(
            help="A WARC file (.warc or .warc.gz) made by another web-archiving tool.",
            metavar="FILE",
        ),
    ],
    claims: ClaimsLocationOption = None,
    archive_dir: ArchiveLocationOption = None,
    verbose: VerboseOption = False,
    quiet: QuietOption = False,
) -> None:
    """Import the page captures of a WARC file made by another tool (Browsertrix, ArchiveBox,
    webrecorder, wget --warc-file …).

    Each response record of an http(s) page (2xx; HTML, XHTML, plain text or PDF) becomes a
    capture of origin 'imported', its record copied byte for byte with its digests; other
    records are skipped. Exit codes: 0 done; 2 the file cannot be read or imported.
    """
    from factcheck.sources.archive.evidence import EvidenceArchive
    from factcheck.sources.archive.read import MAX_CAPTURE_FILE

    root = _archive_location(claims, archive_dir, existing=False)
    data, _ = _read_input_file(warc_file, "WARC file", MAX_CAPTURE_FILE, "split it first")
    try:
        result = EvidenceArchive(root).import_warc(data, str(warc_file))
    except FactcheckError as exc:
        _fail(str(exc))
    for capture in result.added:
        typer.echo(f"imported {_shown(capture.url)} ({capture.sha256[:12]})", err=True)
    typer.echo(
        f"{warc_file}: {len(result.added)} imported into {root}, {len(result.already)} already "
        f"there, {result.skipped} other records skipped",
        err=True,
    )


def archive_list(
    archive_dir: Annotated[
        Path | None,
        typer.Argument(
            help="Evidence archive folder [default: the one --claims names].", metavar="DIR"
        ),
    ] = None,
    claims: ClaimsLocationOption = None,
    verbose: VerboseOption = False,
    quiet: QuietOption = False,
) -> None:
    """List the captures in an evidence archive, newest first per URL, with the origin each
    was recorded with (live, wayback, reconstruction, saved, imported).

    Capture files that cannot be trusted (links, special files, truncated, failing their
    digests) are listed on stderr by path. Exit codes: 0 every capture is sound; 1 some
    capture is corrupt; 2 no archive there, or it cannot be read.
    """
    from factcheck.sources.archive.evidence import EvidenceArchive

    root = _archive_location(claims, archive_dir, existing=True)
    try:
        archive = EvidenceArchive(root)
        entries = archive.entries()
        problems = archive.problems()
    except ArchiveError as exc:
        _fail(str(exc))
    lines = [
        f"{entry.fetched_at:%Y-%m-%dT%H:%MZ}  {entry.origin.value:<14}  "
        f"{entry.sha256[:12]}  {entry.url}\n"
        for entry in sorted(entries, key=lambda e: (e.url, -e.fetched_at.timestamp()))
    ]
    _emit(_escaped_lines(lines))
    for name, problem in sorted(problems.items()):
        typer.echo(f"corrupt: {_shown(str(root / name))}: {_shown(problem)}", err=True)
    raise typer.Exit(EXIT_FAILED if problems else EXIT_OK)
