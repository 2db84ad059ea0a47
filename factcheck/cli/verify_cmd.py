"""`factcheck verify` and `factcheck merge`: reports in one or more formats, the GitHub
job summary, and the run's verdict on stderr and in the exit code."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from factcheck.cli.apps import (
    EXIT_FAILED,
    EXIT_OK,
    QuietOption,
    VerboseOption,
    _fail,
    _quiet,
)
from factcheck.cli.files import _write
from factcheck.cli.online import (
    _fetch_policy,
    _getter,
    _noon,
    _progress_bar,
    _sources_online,
    _used_sources,
)
from factcheck.cli.options import (
    DEFAULT_FAIL_ON,
    EVIDENCE_DIR,
    AllowNetworkOption,
    AllowPrivateOption,
    ArchiveOption,
    FailOnOption,
    FormatChoice,
    FormatOption,
    OutputFormatOption,
    OutputOption,
    StrictOption,
    TermbaseOption,
    WaybackOption,
    _load_termbase,
    _parse_as_of,
    _parse_fail_on,
    _termbase_inputs,
)
from factcheck.cli_guard import working_on as _working_on
from factcheck.errors import ArchiveError, InputError

if TYPE_CHECKING:
    from factcheck.model import Report, Verdict

STEP_SUMMARY_ENV = "GITHUB_STEP_SUMMARY"
"""GitHub Actions names the job summary file here; `--format github` appends to it."""


def verify(
    claim_files: Annotated[
        list[Path],
        typer.Argument(
            help="Claim files (YAML) to verify; see docs/claim-files.md.",
            show_default=False,
            metavar="CLAIM_FILE...",
        ),
    ],
    offline: Annotated[
        bool,
        typer.Option("--offline", help="Use only the evidence archive; never touch the network."),
    ] = False,
    refresh: Annotated[
        bool,
        typer.Option("--refresh", help="Fetch every source again even if it is archived."),
    ] = False,
    output_format: FormatOption = FormatChoice.markdown,
    output: OutputOption = None,
    output_formats: OutputFormatOption = None,
    fail_on: FailOnOption = DEFAULT_FAIL_ON,
    archive_dir: ArchiveOption = None,
    termbases: TermbaseOption = None,
    allow_private: AllowPrivateOption = False,
    allow_network: AllowNetworkOption = None,
    wayback: WaybackOption = True,
    strict: StrictOption = False,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Verify against the captures closest to this date (YYYY-MM-DD, or an ISO "
            "time): the archive's, or online the Internet Archive's.",
            metavar="DATE",
        ),
    ] = None,
    shard: Annotated[
        str | None,
        typer.Option(
            "--shard",
            help="Verify only shard I of N (1-based) of the claim files, picked by a stable "
            "hash of their paths; N jobs with the same files cover each exactly once. "
            "Combine their JSON reports with `factcheck merge`.",
            metavar="I/N",
        ),
    ] = None,
    verbose: VerboseOption = False,
    quiet: QuietOption = False,
) -> None:
    """Check every claim of CLAIM_FILES against its sources and write a report.

    Exit codes: 0 no claim failed; 1 a claim's verdict is in --fail-on or differs from its
    `expect:`, or with --strict a source could not be had; 2 bad usage or input.
    """
    from factcheck.startup import loading_modules

    with loading_modules():
        from factcheck.claimfiles.claims import load_claims, read_article_text
        from factcheck.shard import parse_shard, select_shard
        from factcheck.sources.archive.evidence import EvidenceArchive
        from factcheck.verify import verify_claim_file

    if offline and refresh:
        _fail("--offline and --refresh contradict each other; use one")
    if as_of and refresh:
        _fail("--as-of and --refresh contradict each other: --as-of never fetches the live page")
    failing = _parse_fail_on(fail_on)
    outputs = _outputs(output_format, output, output_formats or [])
    moment = _parse_as_of(as_of) if as_of else None
    if shard is not None:
        try:
            part = parse_shard(shard)
        except ValueError as exc:
            _fail(f"--shard: {exc}")
        chosen = select_shard(claim_files, part)
        logging.getLogger(__name__).info(
            "shard %s: %d of %d claim files", part, len(chosen), len(claim_files)
        )
        claim_files = chosen
    near = claim_files[0] if claim_files else Path.cwd()
    termbase = _load_termbase(termbases or [], near)
    policy = _fetch_policy(allow_private, allow_network or [])
    reports: list[Report] = []
    inputs = [*claim_files, *_termbase_inputs(termbases or [], near)]
    with _sources_online(policy, online=not offline, wayback=wayback) as (session, ia):
        for path in claim_files:
            _working_on["claim file"] = str(path)
            try:
                claim_file = load_claims(path)
            except InputError as exc:
                _fail(str(exc))
            try:
                article_text = read_article_text(claim_file)
            except InputError as exc:
                # Only the reports' pointers into the article need it: say so, go on.
                logging.getLogger(__name__).warning("%s; claims are not placed in it", exc)
                article_text = None
            root = archive_dir or path.parent / EVIDENCE_DIR
            inputs.append(root)
            if claim_file.article.text_path is not None:
                inputs.append(path.parent / claim_file.article.text_path)
            try:
                archive = EvidenceArchive(root)
            except ArchiveError as exc:
                _fail(str(exc))
            get = _getter(
                archive,
                offline=offline,
                refresh=refresh,
                policy=policy,
                session=session,
                wayback=ia,
                near=_noon(claim_file.article.published),
                as_of=moment,
            )
            with _progress_bar(_used_sources(claim_file), "sources") as progress:
                report = verify_claim_file(
                    claim_file,
                    get,
                    termbase,
                    offline=offline,
                    progress=progress,
                    article_text=article_text,
                )
            reports.append(report)
    _working_on.pop("claim file", None)
    _write_reports(reports, outputs, failing, inputs=inputs)
    raise typer.Exit(_judge(reports, failing, strict=strict))


def merge(
    report_files: Annotated[
        list[Path],
        typer.Argument(
            help="JSON reports written by `factcheck verify --format json` (e.g. one per "
            "--shard), each one report or an array of them.",
            show_default=False,
            metavar="REPORT_JSON...",
        ),
    ],
    output_format: FormatOption = FormatChoice.markdown,
    output: OutputOption = None,
    output_formats: OutputFormatOption = None,
    fail_on: FailOnOption = DEFAULT_FAIL_ON,
    strict: StrictOption = False,
    verbose: VerboseOption = False,
    quiet: QuietOption = False,
) -> None:
    """Combine the JSON reports of several runs (CI shards) into one report, in any format.

    The claim files are ordered by path, so merged shards give the report one run over the
    sorted claim files gives. Exit codes as for verify: 0 no claim failed; 1 a merged
    verdict is in --fail-on or differs from its `expect:` (or --strict and a source was not
    had); 2 bad usage or input, or a claim file reported twice.
    """
    from factcheck.claimfiles.yamlnodes import read_text_file
    from factcheck.merge import MAX_REPORT_BYTES, merge_reports, read_json_reports

    failing = _parse_fail_on(fail_on)
    outputs = _outputs(output_format, output, output_formats or [])
    groups = []
    try:
        for path in report_files:
            text = read_text_file(path, InputError, "JSON report", max_bytes=MAX_REPORT_BYTES)
            groups.append(read_json_reports(text, str(path)))
        reports = merge_reports(groups)
    except InputError as exc:
        _fail(str(exc))
    _write_reports(reports, outputs, failing, inputs=report_files)
    raise typer.Exit(_judge(reports, failing, strict=strict))


def _outputs(
    output_format: FormatChoice, output: Path | None, extra: list[str]
) -> list[tuple[FormatChoice, Path | None]]:
    """Where each report goes: --format to --output (or stdout), then each --output-format."""
    outputs: list[tuple[FormatChoice, Path | None]] = [(output_format, output)]
    for item in extra:
        name, sep, target = item.partition("=")
        try:
            chosen = FormatChoice(name.strip().lower())
        except ValueError:
            chosen = None
        if not sep or not target or chosen is None:
            allowed = ", ".join(f.value for f in FormatChoice)
            _fail(
                f"--output-format: '{item}' is not FORMAT=PATH with FORMAT one of {allowed} "
                "(e.g. sarif=factcheck.sarif)"
            )
        outputs.append((chosen, None if target == "-" else Path(target)))
    if sum(1 for _, path in outputs if path is None) > 1:
        _fail("only one report can go to stdout: give --output FILE or FORMAT=PATH for the rest")
    return outputs


def _write_reports(
    reports: list[Report],
    outputs: list[tuple[FormatChoice, Path | None]],
    failing: frozenset[Verdict],
    *,
    inputs: Iterable[Path] = (),
) -> None:
    """Each output through `_write`, which refuses to overwrite any of the run's `inputs`."""
    from factcheck.render import OutputFormat, render_reports

    inputs = list(inputs)
    for chosen, path in outputs:
        _write(render_reports(reports, OutputFormat(chosen.value), failing), path, inputs=inputs)
        if chosen is FormatChoice.github:
            _append_step_summary(reports, failing)


def _append_step_summary(reports: list[Report], failing: frozenset[Verdict]) -> None:
    """GitHub Actions: add the markdown summary to the job's summary page, when it has one."""
    target = os.environ.get(STEP_SUMMARY_ENV, "").strip()
    if not target:
        return
    from factcheck.render.github import render_github_summary

    try:
        with open(target, "a", encoding="utf-8") as summary:
            summary.write(render_github_summary(reports, failing))
    except OSError as exc:
        _fail(f"cannot append to ${STEP_SUMMARY_ENV} ({target}): {exc.strerror}")


def _judge(reports: list[Report], failing: frozenset[Verdict], *, strict: bool) -> int:
    """Say on stderr how each claim file fared; the run's exit code."""
    from factcheck.render.markdown_report import summary_line

    failed = False
    for report in reports:
        bad = any(r.verdict in failing or not r.matches_expectation for r in report.results)
        missing = [o.spec.id for o in report.sources if o.problem and o.capture is None]
        if bad or not _quiet():
            typer.echo(f"{report.claim_file.path}: {summary_line(report)}", err=True)
        if strict and missing:
            typer.echo(
                f"{report.claim_file.path}: --strict: sources not had: {', '.join(missing)}",
                err=True,
            )
        failed = failed or bad or (strict and bool(missing))
    return EXIT_FAILED if failed else EXIT_OK
