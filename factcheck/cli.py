"""The command line: the only place that prints, writes reports or exits.

Exit codes: 0 no claim failed; 1 a claim's verdict is in --fail-on or differs from its
`expect:`; 2 bad usage or bad input (claim file, termbase, archive) or the report could
not be written; 3 an internal error (a bug: report it); 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import logging
import os
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
import typer.core
from typer.core import TyperGroup

from factcheck import __version__, interrupt
from factcheck.cli_output import OutputClosed, guarded_stdout, silence_stdout, write_stdout
from factcheck.errors import ArchiveError, FactcheckError, InputError, SourceError

if TYPE_CHECKING:
    from factcheck.model import Capture, ClaimFile, Report, SourceSpec, Verdict
    from factcheck.sources.archive import EvidenceArchive
    from factcheck.sources.fetch import FetchedResponse, FetchPolicy
    from factcheck.sources.politeness import PoliteSession
    from factcheck.sources.wayback import Wayback
    from factcheck.terms.termbase import Termbase

# The pipeline's modules (httpx, bs4, warcio …) are imported inside the commands that use
# them, so `factcheck --version` and `--help` start fast.

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
DEFAULT_FAIL_ON = "contradicted,misquoted,misattributed"
EVIDENCE_DIR = "evidence"

# Options several commands share, defined once so their help cannot drift apart.
TermbaseOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--termbase", help="Extra termbase file (YAML or TBX); may be repeated.", metavar="FILE"
    ),
]
AllowPrivateOption = Annotated[
    bool,
    typer.Option(
        "--allow-private",
        help="Allow source URLs on loopback or private addresses (local use only).",
    ),
]
AllowNetworkOption = Annotated[
    list[str] | None,
    typer.Option(
        "--allow-network",
        help="Allow this one non-public network (CIDR, e.g. 10.1.0.0/16); may be repeated.",
        metavar="CIDR",
    ),
]
WaybackOption = Annotated[
    bool,
    typer.Option(
        "--wayback/--no-wayback",
        help="Use the Internet Archive's copy when a publisher refuses (403) or the page is "
        "gone (404, 410); never asked about loopback or private hosts.",
    ),
]
ArchiveOption = Annotated[
    Path | None,
    typer.Option(
        "--archive",
        help="Evidence archive folder [default: 'evidence' beside each claim file].",
        metavar="DIR",
    ),
]

HELP_OPTIONS = {"help_option_names": ["-h", "--help"]}


class _PlainArgument(typer.core.TyperArgument):
    """An argument shown by its metavar alone: `CLAIM_FILE...`, not `{CLAIM_FILE}...` in the
    usage line and `CLAIM_FILE <list[Path]>` in the list (Typer's own style)."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None

    def _usage_display_name(self) -> str:  # Typer ≥ 0.29 builds the usage line with this
        name = self.metavar or self.name or ""
        if not self.required:
            name = f"[{name}]"
        return name if self.nargs == 1 or name.endswith("...") else name + "..."

    def make_metavar(self, *args: Any, **kwargs: Any) -> str:  # Typer < 0.29 with this
        if not kwargs.get("usage"):
            return str(super().make_metavar(*args, **kwargs))
        return self._usage_display_name()


class _PlainGroup(TyperGroup):
    """A command group whose commands show plain argument names in their help."""

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        for param in getattr(command, "params", ()):
            if type(param) is typer.core.TyperArgument:
                param.__class__ = _PlainArgument
        return command


_working_on: dict[str, str] = {}
"""What the run is busy with, for the message of an internal error: "claim file" → path
(and "verbose" when -v asks for the traceback too)."""


class GuardedGroup(_PlainGroup):
    """The command group, with the one exit-code rule for what no command handled itself.

    Ctrl-C stops fetches in flight (see `factcheck.interrupt`), prints "interrupted" and
    exits 130. Any other unexpected exception is a bug: one line naming what the run was
    working on and how to report it, exit 3 (never 1, which means "a claim failed").
    """

    def main(self, *args: Any, **kwargs: Any) -> Any:
        # What click writes on its own (--help) goes through the guard too: a closed or
        # full output is `OutputClosed`, not an OSError click would call exit 1 or a bug.
        with guarded_stdout():
            return super().main(*args, **kwargs)

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        # `factcheck --help` and `--version` write while the options are parsed, before
        # `invoke`.
        try:
            return super().make_context(*args, **kwargs)
        except OutputClosed as exc:
            _output_closed(exc)

    def invoke(self, ctx: Any) -> Any:
        interrupt.reset()
        _working_on.clear()
        previous = _arm_interrupt()
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            interrupt.interrupt()
            typer.echo("factcheck: interrupted", err=True)
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except OutputClosed as exc:
            _output_closed(exc)
        except Exception as exc:  # the one place where a bug becomes exit 3
            if _is_cli_exception(exc):
                raise
            _report_internal_error(exc)
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)


def _output_closed(exc: OutputClosed) -> NoReturn:
    silence_stdout()  # Python flushes stdout again at exit: that must not fail too
    _fail(str(exc))


def _is_cli_exception(exc: Exception) -> bool:
    """Exits, aborts and usage errors of typer (and the click it is built on) pass through."""
    if isinstance(exc, typer.Exit | typer.Abort | typer.BadParameter):
        return True
    return hasattr(exc, "exit_code") or type(exc).__module__.split(".")[0] in ("click", "typer")


def _arm_interrupt() -> signal.Handlers | Callable[..., object] | int | None:
    """Make Ctrl-C stop fetches in worker threads too; returns the handler it replaced."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def on_interrupt(signum: int, frame: object) -> None:
        interrupt.interrupt()
        raise KeyboardInterrupt

    previous = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, on_interrupt)
    return previous


def _report_internal_error(exc: Exception) -> NoReturn:
    from factcheck.render.escape import escape_terminal

    where = [f"claim file {_working_on['claim file']}"] if "claim file" in _working_on else []
    where += [str(note) for note in getattr(exc, "__notes__", ())]
    context = f" while working on {', '.join(where)}" if where else ""
    detail = escape_terminal(f"{type(exc).__name__}: {exc}".replace("\n", " "))[:300]
    if _working_on.get("verbose"):  # -v: the traceback, for the bug report
        import traceback

        typer.echo("".join(traceback.format_exception(exc)).rstrip(), err=True)
    typer.echo(
        f"factcheck: internal error{escape_terminal(context)}: {detail} (this is a bug in "
        "factcheck; please report it with the output of the same command run with -v)",
        err=True,
    )
    raise typer.Exit(EXIT_INTERNAL)


app = typer.Typer(
    cls=GuardedGroup,
    name="factcheck",
    context_settings=HELP_OPTIONS,
    help="Check a translated news article's claims against the primary sources they rest on.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
archive_app = typer.Typer(
    help="Look into or add to an evidence archive (WARC captures of sources).",
    context_settings=HELP_OPTIONS,
    cls=_PlainGroup,
    no_args_is_help=True,
)
app.add_typer(archive_app, name="archive")


def _fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    from factcheck.render.escape import escape_line

    typer.echo(f"factcheck: error: {escape_line(message)}", err=True)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        _emit(f"factcheck {__version__}\n")
        raise typer.Exit()


def _log_at(level: int) -> None:
    """Send log records of `level` and above to stderr (each run sets it anew)."""
    logging.basicConfig(
        level=level, format="factcheck: %(levelname)s: %(message)s", stream=sys.stderr, force=True
    )
    # The generic extractor's own notes ("discarding data: URL") mean "no main text found",
    # which the document already says; they are for -v only.
    quieter = logging.NOTSET if level <= logging.INFO else logging.ERROR
    for name in ("trafilatura", "htmldate"):
        logging.getLogger(name).setLevel(quieter)


def _quiet() -> bool:
    """Whether -q asked for problems only."""
    return logging.getLogger().level >= logging.ERROR


def _on_verbose(value: bool) -> bool:
    if value:
        _working_on["verbose"] = "yes"  # an internal error then shows its traceback
        _log_at(logging.INFO)
    return value


def _on_quiet(value: bool) -> bool:
    if value:
        _log_at(logging.ERROR)
    return value


# -v and -q work before the command (`factcheck -v verify`) and after it (`verify -v`).
VerboseOption = Annotated[
    bool,
    typer.Option(
        "--verbose", "-v", callback=_on_verbose, help="Log what each stage does to stderr."
    ),
]
QuietOption = Annotated[
    bool,
    typer.Option(
        "--quiet",
        "-q",
        callback=_on_quiet,
        help="Print only problems: no summary for what passed, no log below errors.",
    ),
]


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
    verbose: VerboseOption = False,
    quiet: QuietOption = False,
) -> None:
    """Check a translated news article's claims against the primary sources they rest on."""
    if verbose:
        _working_on["verbose"] = "yes"
    _log_at(logging.INFO if verbose else logging.ERROR if quiet else logging.WARNING)


class FormatChoice(enum.StrEnum):
    """The report formats (render.OutputFormat), listed here so that --help starts fast."""

    markdown = "markdown"
    json = "json"
    html = "html"
    sarif = "sarif"
    github = "github"
    junit = "junit"
    claimreview = "claimreview"


FormatOption = Annotated[
    FormatChoice,
    typer.Option(
        "--format",
        "-f",
        help="Report format (docs/output-formats.md).",
        case_sensitive=False,
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write the report to this file instead of stdout.",
        metavar="FILE",
    ),
]
OutputFormatOption = Annotated[
    list[str] | None,
    typer.Option(
        "--output-format",
        help="Also write the report in FORMAT to PATH ('-' for stdout), e.g. "
        "sarif=factcheck.sarif; may be repeated. FORMAT is one of: "
        + ", ".join(f.value for f in FormatChoice)
        + ".",
        metavar="FORMAT=PATH",
    ),
]
FailOnOption = Annotated[
    str,
    typer.Option(
        "--fail-on",
        help="Comma-separated verdicts that make the run exit 1 (empty: none).",
        metavar="VERDICTS",
    ),
]
StrictOption = Annotated[
    bool,
    typer.Option(
        "--strict",
        help="Also exit 1 when any source could not be had (its claims are unverifiable).",
    ),
]
STEP_SUMMARY_ENV = "GITHUB_STEP_SUMMARY"
"""GitHub Actions names the job summary file here; `--format github` appends to it."""


def _parse_fail_on(value: str) -> frozenset[Verdict]:
    from factcheck.model import Verdict

    verdicts = set()
    for word in filter(None, (w.strip() for w in value.split(","))):
        try:
            verdicts.add(Verdict(word))
        except ValueError:
            allowed = ", ".join(v.value for v in Verdict)
            _fail(f"--fail-on: unknown verdict '{word}' (use a comma-separated list of {allowed})")
    return frozenset(verdicts)


def _termbase_inputs(paths: list[Path], near: Path) -> list[Path]:
    """The termbase and configuration files a run reads (so --output cannot overwrite them)."""
    from factcheck.config import load_config

    try:
        config = load_config(near)
    except InputError:
        return list(paths)
    found = [*config.termbases, *paths]
    return [config.path, *found] if config.path is not None else found


def _load_termbase(paths: list[Path], near: Path) -> Termbase:
    """The built-in termbase, the configuration's termbases, then those given with --termbase."""
    from factcheck.config import load_config
    from factcheck.terms.termbase import load_termbase

    try:
        config = load_config(near)
        return load_termbase([*config.termbases, *paths], builtin=config.builtin_termbase)
    except InputError as exc:
        _fail(str(exc))


@app.command()
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
    from factcheck.claimfiles.claims import load_claims, read_article_text
    from factcheck.shard import parse_shard, select_shard
    from factcheck.sources.archive import EvidenceArchive
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


@app.command()
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
    from factcheck.sources.retrieve import get_capture

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


def _parse_as_of(value: str) -> dt.datetime:
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            return dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC)
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        _fail(f"--as-of: '{value}' is not a date (use YYYY-MM-DD or an ISO 8601 time)")
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


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


@app.command()
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
    from factcheck.sources.archive import EvidenceArchive
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


@app.command()
def draft(
    article: Annotated[
        Path,
        typer.Argument(
            help="The article's text (UTF-8, plain text or markdown).", metavar="ARTICLE"
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write the claim file here (refused if it exists) instead of stdout.",
            metavar="FILE",
        ),
    ] = None,
    title: Annotated[
        str | None,
        typer.Option(
            "--title",
            help="The article's headline [default: its first line, if short].",
            metavar="TEXT",
        ),
    ] = None,
    url: Annotated[
        str | None, typer.Option("--url", help="Where the article was published.", metavar="URL")
    ] = None,
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            help="Publication date, YYYY-MM-DD: the default year of its dates and the centre "
            "of the window the sources are looked for in.",
            metavar="DATE",
        ),
    ] = None,
    translated_from: Annotated[
        str | None,
        typer.Option(
            "--translated-from",
            help="The language the article was translated from (e.g. vi).",
            metavar="LANG",
        ),
    ] = None,
    language: Annotated[
        str, typer.Option("--language", "-l", help="The article's language.", metavar="LANG")
    ] = "en",
    termbases: TermbaseOption = None,
    profiles: Annotated[
        list[Path] | None,
        typer.Option(
            "--profiles",
            help="Extra publisher profiles: a YAML file or a folder of them; may be repeated.",
            metavar="PATH",
        ),
    ] = None,
    verbose: VerboseOption = False,
    quiet: QuietOption = False,
) -> None:
    """Draft a claim file for ARTICLE: check-worthy claims, speakers, quotes, term flags
    and candidate sources to discover, as commented YAML to edit (see docs/tutorial.md)."""
    from factcheck.claimfiles.draft import DraftOptions, draft_claims
    from factcheck.render.draft_yaml import render_draft
    from factcheck.sources.publishers import load_profiles
    from factcheck.terms.lint import lint_text, read_article

    day = None
    if published is not None:
        try:
            day = dt.date.fromisoformat(published)
        except ValueError:
            _fail(f"--published: '{published}' is not a date (write YYYY-MM-DD)")
    if url is not None and not url.startswith(("http://", "https://")):
        _fail(f"--url: '{url}' is not an absolute http(s) URL")
    if output is not None and output.exists():
        _fail(f"{output} exists; choose another --output (a draft never overwrites a file)")
    termbase = _load_termbase(termbases or [], article)
    try:
        text = read_article(article)
        known = load_profiles(profiles or [])
        findings = lint_text(text, termbase, language=language, path=str(article))
    except InputError as exc:
        _fail(str(exc))
    options = DraftOptions(
        title=title,
        url=url,
        published=day,
        translated_from=translated_from,
        language=language,
        article_path=_article_path(article, output),
    )
    result = draft_claims(text, termbase, known, findings, options)
    _write(render_draft(result), output)
    typer.echo(
        f"{article}: {len(result.claims)} claims drafted, {len(result.skipped)} passages left "
        f"out, {len(result.sources)} sources to discover",
        err=True,
    )


def _article_path(article: Path, output: Path | None) -> str | None:
    """The article as the claim file's `text:` names it: relative to the claim file, which
    must hold it in its folder (stdout: assume the claim file is written beside it)."""
    folder = (output.parent if output else article.parent).resolve()
    try:
        return article.resolve().relative_to(folder).as_posix()
    except ValueError:
        return None


@app.command()
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


@app.command()
def text(
    source: Annotated[
        str,
        typer.Argument(help="A URL, or the path of a saved HTML or text file.", metavar="SOURCE"),
    ],
    language: Annotated[
        str | None,
        typer.Option(
            "--language",
            "-l",
            help="Language to assume when the page does not say.",
            metavar="CODE",
        ),
    ] = None,
    allow_private: Annotated[
        bool,
        typer.Option("--allow-private", help="Allow URLs on loopback or private addresses."),
    ] = False,
    verbose: VerboseOption = False,
    quiet: QuietOption = False,
) -> None:
    """Print what factcheck sees in a page: title, date, language and numbered sentences."""
    from factcheck.render.text_view import render_text_view
    from factcheck.sources.extract import extract_text
    from factcheck.sources.fetch import FetchPolicy, fetch_source

    try:
        if source.startswith(("http://", "https://")):
            fetched = fetch_source(source, FetchPolicy(allow_private=allow_private))
            capture = fetched.capture
            body, url, content_type = capture.body, capture.final_url, capture.content_type
        else:
            path = Path(source)
            # The same cap as a fetched page's body.
            body, _ = _read_input_file(path, "page file", FetchPolicy().max_bytes)
            url, content_type = path.resolve().as_uri(), _guess_type(path)
        document = extract_text(body, url, content_type, language)
    except SourceError as exc:
        _fail(str(exc))
    _emit(render_text_view(document))


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


class LintFormatChoice(enum.StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"
    github = "github"
    sarif = "sarif"


STDIN = Path("-")


@app.command()
def lint(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="Articles to lint (plain text or markdown); '-' reads one from stdin.",
            metavar="FILE...",
        ),
    ],
    output_format: Annotated[
        LintFormatChoice,
        typer.Option("--format", "-f", help="Output format.", case_sensitive=False),
    ] = LintFormatChoice.text,
    fix: Annotated[
        bool,
        typer.Option(
            "--fix", help="Apply the suggestions of listed, unambiguous variants in place."
        ),
    ] = False,
    diff: Annotated[
        bool, typer.Option("--diff", help="Print the fixes as a unified diff; change nothing.")
    ] = False,
    termbases: TermbaseOption = None,
    language: Annotated[
        str | None,
        typer.Option(
            "--language",
            "-l",
            help="Language of the articles [default: from config, en].",
            metavar="CODE",
        ),
    ] = None,
    max_bytes: Annotated[
        int,
        typer.Option(
            "--max-bytes",
            min=1,
            metavar="BYTES",
            help="Refuse an article larger than this many bytes [default: 5 MB].",
            show_default=False,
        ),
    ] = 5 * 1024 * 1024,
    stdin_filename: Annotated[
        str | None,
        typer.Option(
            "--stdin-filename",
            help="The path to report for the article read from stdin ('-'), so positions "
            "and the configuration found match the file it came from.",
            metavar="PATH",
        ),
    ] = None,
    verbose: VerboseOption = False,
    quiet: QuietOption = False,
) -> None:
    """Find garbled official terms in articles, with the official wording (see docs/lint.md).

    Exit codes: 0 no open error-level finding; 1 an error-level finding is not accepted;
    2 bad usage or input.
    """
    from factcheck.config import load_config
    from factcheck.render.lint_report import LintFormat, lint_summary_line, render_lint
    from factcheck.terms.lint import (
        apply_fixes,
        decode_article,
        diff_fixes,
        lint_exit_code,
        lint_text,
        read_article,
    )

    if fix and diff:
        _fail("--fix and --diff contradict each other; --diff previews what --fix would do")
    if files.count(STDIN) > 1:
        _fail("'-' (stdin) can be given once")
    if fix and STDIN in files:
        _fail("--fix cannot write back to stdin; use --diff to see the fixes")
    stdin_name = stdin_filename or "-"
    near = Path(stdin_name) if files[0] == STDIN and stdin_filename else files[0]
    termbase = _load_termbase(termbases or [], near)
    try:
        language = language or load_config(near).language
    except InputError as exc:
        _fail(str(exc))
    findings = []
    for path in files:
        name = stdin_name if path == STDIN else str(path)
        try:
            if path == STDIN:
                text = decode_article(_read_stdin(max_bytes), name, max_bytes)
            else:
                text = read_article(path, max_bytes)
            logging.getLogger(__name__).info("lint %s (%s)", name, language)
            found = lint_text(text, termbase, language=language, path=name)
            if fix or diff:
                fixed = apply_fixes(text, found)
                if diff:
                    _emit(diff_fixes(text, fixed, name))
                elif fixed != text:
                    _write(fixed, path)
                    if not _quiet():
                        typer.echo(f"{path}: fixed", err=True)
                    found = lint_text(fixed, termbase, language=language, path=name)
        except InputError as exc:
            _fail(str(exc))
        findings.extend(found)
    if not diff:
        _emit(render_lint(findings, LintFormat(output_format.value)))
    code = lint_exit_code(findings)
    if code or not _quiet():
        typer.echo(lint_summary_line(findings), err=True)
    raise typer.Exit(code)


def _read_stdin(max_bytes: int) -> bytes:
    # One byte past the cap is enough to know the input is too large.
    return sys.stdin.buffer.read(max_bytes + 1)


class SplitChoice(enum.StrEnum):
    DEV = "dev"
    TEST = "test"
    HOLDOUT = "holdout"
    ALL = "all"


@app.command("eval")
def evaluate(
    folder: Annotated[
        Path,
        typer.Argument(
            help=(
                "Folder of labelled case files (*.yaml), or of dev/, test/ and holdout/ "
                "split folders."
            ),
            metavar="FOLDER",
        ),
    ] = Path("tests") / "fixtures" / "eval",
    termbases: TermbaseOption = None,
    split: Annotated[
        SplitChoice,
        typer.Option(
            "--split",
            help="Which split of a dev/test/holdout labelled set to score.",
            case_sensitive=False,
        ),
    ] = SplitChoice.ALL,
    misses: Annotated[
        bool, typer.Option("--misses/--no-misses", help="List every case judged wrongly.")
    ] = True,
    pin: Annotated[
        bool,
        typer.Option(
            "--pin",
            help="Pin the floors of the scored splits to what they get now, in the floors file.",
        ),
    ] = False,
    reason: Annotated[
        str,
        typer.Option(
            "--reason",
            help="Why the floors are re-pinned (kept in the floors file).",
            metavar="TEXT",
        ),
    ] = "",
    floors_file: Annotated[
        Path | None,
        typer.Option(
            "--floors",
            help="The floors file to pin into [default: FOLDER/floors.json].",
            metavar="FILE",
        ),
    ] = None,
    counts: Annotated[
        bool,
        typer.Option(
            "--counts",
            help="Print case counts per verdict, alteration, language and tag (Markdown).",
        ),
    ] = False,
    verbose: VerboseOption = False,
    quiet: QuietOption = False,
) -> None:
    """Score verdicts against a labelled set: per-verdict precision, recall and accuracy,
    per split (dev, test, holdout)."""
    from factcheck.evaluation.eval_floors import (
        Pin,
        add_pin,
        measure_floors,
        parse_floors,
        render_floors,
    )
    from factcheck.evaluation.evaluate import (
        PINNED_SPLITS,
        find_splits,
        hash_case_files,
        load_eval_cases,
    )
    from factcheck.evaluation.evaluate import score_cases as score
    from factcheck.render.eval_report import render_eval_counts, render_eval_splits

    if pin and not reason.strip():
        _fail('--pin needs --reason "..." saying why the floors change')
    termbase = _load_termbase(termbases or [], folder)
    folders = find_splits(folder)
    if split is not SplitChoice.ALL:
        if split.value not in folders:
            _fail(f"{folder} has no '{split.value}' split (a {split.value}/ folder of case files)")
        folders = {split.value: folders[split.value]}
    elif not set(PINNED_SPLITS) <= set(folders) and pin:
        _fail(f"{folder} has no dev/ and test/ split folders to pin")
    seen: dict[str, str] = {}
    try:
        cases = {name: load_eval_cases(path, seen) for name, path in folders.items()}
    except InputError as exc:
        _fail(str(exc))
    if counts:
        _emit(render_eval_counts(cases))
        return
    scores = {name: score(split_cases, termbase) for name, split_cases in cases.items()}
    _emit(render_eval_splits(scores, show_misses=misses))
    if pin:
        floors_path = floors_file or folder / "floors.json"
        try:
            floors = (
                parse_floors(floors_path.read_text(encoding="utf-8"), str(floors_path))
                if floors_path.exists()
                else None
            )
            measured = {
                name: measure_floors(scores[name], hash_case_files(path))
                for name, path in folders.items()
            }
            pinned = add_pin(floors, Pin(dt.date.today().isoformat(), reason.strip(), measured))
        except (InputError, OSError) as exc:
            _fail(str(exc))
        _write(render_floors(pinned), floors_path)
        typer.echo(f"{floors_path}: pinned {', '.join(sorted(measured))}", err=True)


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
    from factcheck.sources.archive_files import WARC_SUFFIX
    from factcheck.sources.archive_index import INDEX_NAME

    return (folder / INDEX_NAME).is_file() or any(folder.glob(f"*/*{WARC_SUFFIX}"))


def _has_claim_files(folder: Path) -> bool:
    return folder.is_dir() and any(
        path.is_file() for pattern in ("*.yaml", "*.yml") for path in folder.glob(pattern)
    )


@archive_app.command("add")
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
    from factcheck.sources.archive import EvidenceArchive
    from factcheck.sources.archive_files import check_capture_time
    from factcheck.sources.archive_read import MAX_ARCHIVED_BODY
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


@archive_app.command("import")
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
    from factcheck.sources.archive import EvidenceArchive
    from factcheck.sources.archive_read import MAX_CAPTURE_FILE

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


@archive_app.command("list")
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
    from factcheck.sources.archive import EvidenceArchive

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


def _escaped_lines(lines: list[str]) -> str:
    """Lines for a terminal, each escaped (URLs come from archives, which are untrusted)."""
    return "".join(_shown(line.rstrip("\n")) + "\n" for line in lines)


def _shown(text: str) -> str:
    from factcheck.render.escape import escape_line

    return escape_line(text)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except SystemExit as exc:
        if exc.code == EXIT_INTERRUPTED:
            # Fetches abandoned by Ctrl-C may still sit in a connect; do not wait for them
            # (nothing half-written survives: archive writes are atomic renames).
            with contextlib.suppress(OSError, ValueError):
                sys.stderr.flush()
                sys.stdout.flush()
            os._exit(EXIT_INTERRUPTED)
        raise
