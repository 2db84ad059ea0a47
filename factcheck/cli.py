"""The command line: the only place that prints, writes reports or exits.

Exit codes: 0 no claim failed; 1 a claim's verdict is in --fail-on or differs from its
`expect:`; 2 bad usage or bad input (claim file, termbase, archive).
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from factcheck import __version__
from factcheck.errors import ArchiveError, FactcheckError, InputError, SourceError
from factcheck.model import Capture, Report, SourceSpec, Verdict

if TYPE_CHECKING:
    from factcheck.archive import EvidenceArchive
    from factcheck.fetch import FetchPolicy
    from factcheck.render import OutputFormat
    from factcheck.termbase import Termbase

# The pipeline's modules (httpx, bs4, warcio …) are imported inside the commands that use
# them, so `factcheck --version` and `--help` start fast.

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
DEFAULT_FAIL_ON = "contradicted,misquoted,misattributed"
EVIDENCE_DIR = "evidence"

app = typer.Typer(
    name="factcheck",
    help="Check a translated news article's claims against the primary sources they rest on.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
archive_app = typer.Typer(
    help="Look into or add to an evidence archive (WARC captures of sources).",
    no_args_is_help=True,
)
app.add_typer(archive_app, name="archive")


def _fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    typer.echo(f"factcheck: error: {message}", err=True)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log what each stage does to stderr.")
    ] = False,
) -> None:
    """Check a translated news article's claims against the primary sources they rest on."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="factcheck: %(levelname)s: %(message)s",
        stream=sys.stderr,
    )


class FormatChoice(enum.StrEnum):
    markdown = "markdown"
    json = "json"


def _parse_fail_on(value: str) -> frozenset[Verdict]:
    verdicts = set()
    for word in filter(None, (w.strip() for w in value.split(","))):
        try:
            verdicts.add(Verdict(word))
        except ValueError:
            allowed = ", ".join(v.value for v in Verdict)
            _fail(f"--fail-on: unknown verdict '{word}' (use a comma-separated list of {allowed})")
    return frozenset(verdicts)


def _load_termbase(paths: list[Path], near: Path) -> Termbase:
    """The built-in termbase, the configuration's termbases, then those given with --termbase."""
    from factcheck.config import load_config
    from factcheck.termbase import load_termbase

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
            metavar="CLAIM_FILE",
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
    output_format: Annotated[
        FormatChoice, typer.Option("--format", "-f", help="Report format.", metavar="FORMAT")
    ] = FormatChoice.markdown,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write the report to this file instead of stdout.",
            metavar="FILE",
        ),
    ] = None,
    fail_on: Annotated[
        str,
        typer.Option(
            "--fail-on",
            help="Comma-separated verdicts that make the run exit 1 (empty: none).",
            metavar="VERDICTS",
        ),
    ] = DEFAULT_FAIL_ON,
    archive_dir: Annotated[
        Path | None,
        typer.Option(
            "--archive",
            help="Evidence archive folder [default: 'evidence' beside each claim file].",
            metavar="DIR",
        ),
    ] = None,
    termbases: Annotated[
        list[Path] | None,
        typer.Option(
            "--termbase", help="Extra termbase file (YAML); may be repeated.", metavar="FILE"
        ),
    ] = None,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private",
            help="Allow source URLs on loopback or private addresses (local use only).",
        ),
    ] = False,
) -> None:
    """Check every claim of CLAIM_FILES against its sources and write a report."""
    from factcheck.archive import EvidenceArchive
    from factcheck.claims import load_claims
    from factcheck.fetch import FetchPolicy
    from factcheck.render import OutputFormat
    from factcheck.render.markdown_report import summary_line
    from factcheck.verify import verify_claim_file

    if offline and refresh:
        _fail("--offline and --refresh contradict each other; use one")
    failing = _parse_fail_on(fail_on)
    termbase = _load_termbase(termbases or [], claim_files[0])
    policy = FetchPolicy(allow_private=allow_private)
    reports: list[Report] = []
    for path in claim_files:
        try:
            claim_file = load_claims(path)
        except InputError as exc:
            _fail(str(exc))
        root = archive_dir or path.parent / EVIDENCE_DIR
        try:
            archive = EvidenceArchive(root)
        except ArchiveError as exc:
            _fail(str(exc))
        reports.append(
            verify_claim_file(
                claim_file,
                _getter(archive, offline=offline, refresh=refresh, policy=policy),
                termbase,
                offline=offline,
                progress=_progress if len(claim_file.sources) > 3 else None,
            )
        )
    _write(_render_all(reports, OutputFormat(output_format.value)), output)
    failed = False
    for report in reports:
        typer.echo(f"{report.claim_file.path}: {summary_line(report)}", err=True)
        for result in report.results:
            if result.verdict in failing or not result.matches_expectation:
                failed = True
    raise typer.Exit(EXIT_FAILED if failed else EXIT_OK)


def _getter(
    archive: EvidenceArchive, *, offline: bool, refresh: bool, policy: FetchPolicy
) -> Callable[[SourceSpec], Capture]:
    from factcheck.archive import get_capture

    def get(spec: SourceSpec) -> Capture:
        try:
            return get_capture(spec.url, archive, offline=offline, refresh=refresh, policy=policy)
        except ArchiveError as exc:
            raise SourceError(spec.url, str(exc)) from exc

    return get


def _progress(spec: SourceSpec, number: int, count: int) -> None:
    if sys.stderr.isatty():
        typer.echo(f"[{number}/{count}] {spec.id}", err=True)


def _render_all(reports: list[Report], output_format: OutputFormat) -> str:
    from factcheck.render import OutputFormat, render_report

    texts = [render_report(report, output_format) for report in reports]
    if output_format is OutputFormat.JSON and len(texts) > 1:
        return "[\n" + ",\n".join(t.rstrip() for t in texts) + "\n]\n"
    return "\n---\n\n".join(texts)


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    temporary = output.with_name(output.name + ".part")
    try:
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(output)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        _fail(f"cannot write {output}: {exc.strerror}")


@app.command()
def text(
    source: Annotated[str, typer.Argument(help="A URL, or the path of a saved HTML or text file.")],
    language: Annotated[
        str | None,
        typer.Option("--language", "-l", help="Language to assume when the page does not say."),
    ] = None,
    allow_private: Annotated[
        bool,
        typer.Option("--allow-private", help="Allow URLs on loopback or private addresses."),
    ] = False,
) -> None:
    """Print what factcheck sees in a page: title, date, language and numbered sentences."""
    from factcheck.extract import extract_text
    from factcheck.fetch import FetchPolicy, fetch_source
    from factcheck.render.text_view import render_text_view

    try:
        if source.startswith(("http://", "https://")):
            fetched = fetch_source(source, FetchPolicy(allow_private=allow_private))
            capture = fetched.capture
            body, url, content_type = capture.body, capture.final_url, capture.content_type
        else:
            path = Path(source)
            try:
                body = path.read_bytes()
            except OSError as exc:
                _fail(f"{source}: cannot read: {exc.strerror}")
            url, content_type = path.resolve().as_uri(), _guess_type(path)
        document = extract_text(body, url, content_type, language)
    except SourceError as exc:
        _fail(str(exc))
    sys.stdout.write(render_text_view(document))


def _guess_type(path: Path) -> str:
    return "text/plain" if path.suffix.lower() in {".txt", ".md"} else "text/html"


class LintFormatChoice(enum.StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"


@app.command()
def lint(
    files: Annotated[
        list[Path],
        typer.Argument(help="Articles to lint (plain text or markdown).", metavar="FILE"),
    ],
    output_format: Annotated[
        LintFormatChoice,
        typer.Option("--format", "-f", help="Output format.", metavar="FORMAT"),
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
    termbases: Annotated[
        list[Path] | None,
        typer.Option(
            "--termbase", help="Extra termbase file (YAML or TBX); may be repeated.", metavar="FILE"
        ),
    ] = None,
    language: Annotated[
        str | None,
        typer.Option(
            "--language", "-l", help="Language of the articles [default: from config, en]."
        ),
    ] = None,
) -> None:
    """Find garbled official terms in articles, with the official wording (see docs/lint.md)."""
    from factcheck.config import load_config
    from factcheck.lint import apply_fixes, diff_fixes, lint_exit_code, lint_text, read_article
    from factcheck.render.lint_report import LintFormat, lint_summary_line, render_lint

    if fix and diff:
        _fail("--fix and --diff contradict each other; --diff previews what --fix would do")
    termbase = _load_termbase(termbases or [], files[0])
    try:
        language = language or load_config(files[0]).language
    except InputError as exc:
        _fail(str(exc))
    findings = []
    for path in files:
        try:
            text = read_article(path)
            found = lint_text(text, termbase, language=language, path=str(path))
            if fix or diff:
                fixed = apply_fixes(text, found)
                if diff:
                    sys.stdout.write(diff_fixes(text, fixed, str(path)))
                elif fixed != text:
                    _write(fixed, path)
                    typer.echo(f"{path}: fixed", err=True)
                    found = lint_text(fixed, termbase, language=language, path=str(path))
        except InputError as exc:
            _fail(str(exc))
        findings.extend(found)
    if not diff:
        sys.stdout.write(render_lint(findings, LintFormat(output_format.value)))
    typer.echo(lint_summary_line(findings), err=True)
    raise typer.Exit(lint_exit_code(findings))


@app.command("eval")
def evaluate(
    folder: Annotated[Path, typer.Argument(help="Folder of labelled case files (*.yaml).")] = Path(
        "tests"
    )
    / "fixtures"
    / "eval",
    termbases: Annotated[
        list[Path] | None,
        typer.Option(
            "--termbase", help="Extra termbase file (YAML); may be repeated.", metavar="FILE"
        ),
    ] = None,
    misses: Annotated[
        bool, typer.Option("--misses/--no-misses", help="List every case judged wrongly.")
    ] = True,
) -> None:
    """Score verdicts against a labelled set: per-verdict precision, recall and accuracy."""
    from factcheck.evaluate import load_eval_cases, score_cases
    from factcheck.render.eval_report import render_eval

    termbase = _load_termbase(termbases or [], folder)
    try:
        cases = load_eval_cases(folder)
    except InputError as exc:
        _fail(str(exc))
    sys.stdout.write(render_eval(score_cases(cases, termbase), show_misses=misses))


@archive_app.command("add")
def archive_add(
    url: Annotated[str, typer.Argument(help="The URL the capture stands for.")],
    file: Annotated[Path, typer.Argument(help="The page's bytes (HTML or text), saved to a file.")],
    archive_dir: Annotated[Path, typer.Option("--archive", help="Evidence archive folder.")] = Path(
        "claims"
    )
    / EVIDENCE_DIR,
    note: Annotated[
        str,
        typer.Option(
            "--note", help="Why this capture exists and how it was made (kept in the WARC)."
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
        str, typer.Option("--content-type", help="Content type of the file.")
    ] = "text/html; charset=utf-8",
    captured_at: Annotated[
        str | None,
        typer.Option("--captured-at", help="Capture time, ISO 8601 [default: now]."),
    ] = None,
) -> None:
    """Add a saved page to an evidence archive (e.g. a page saved from a browser)."""
    from factcheck.archive import EvidenceArchive

    if not reconstruction:
        _fail("only reconstructions can be added by hand for now; pass --reconstruction")
    if not note.strip():
        _fail("--note is required: say what the capture is and who wrote it")
    try:
        body = file.read_bytes()
    except OSError as exc:
        _fail(f"{file}: cannot read: {exc.strerror}")
    when = dt.datetime.now(dt.UTC)
    if captured_at:
        try:
            when = dt.datetime.fromisoformat(captured_at)
        except ValueError:
            _fail(f"--captured-at: '{captured_at}' is not an ISO 8601 time")
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
    try:
        capture = EvidenceArchive(archive_dir).add_reconstruction(
            url, body, content_type, note, when
        )
    except FactcheckError as exc:
        _fail(str(exc))
    typer.echo(f"added {capture.url} ({capture.sha256[:12]}, {capture.origin.value})", err=True)


@archive_app.command("list")
def archive_list(
    archive_dir: Annotated[Path, typer.Argument(help="Evidence archive folder.")] = Path("claims")
    / EVIDENCE_DIR,
) -> None:
    """List the captures in an evidence archive, newest first per URL."""
    from factcheck.archive import EvidenceArchive

    try:
        captures = EvidenceArchive(archive_dir).captures()
    except ArchiveError as exc:
        _fail(str(exc))
    for capture in captures:
        typer.echo(
            f"{capture.fetched_at:%Y-%m-%dT%H:%MZ}  {capture.origin.value:<14}  "
            f"{capture.sha256[:12]}  {capture.url}"
        )


def main() -> None:
    """Console-script entry point."""
    app()
