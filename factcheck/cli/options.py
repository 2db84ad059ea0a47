"""Options several commands share, defined once so their help cannot drift apart, and
the parsers that turn their values into the pipeline's (verdicts, a moment, a termbase)."""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from factcheck.cli.apps import _fail
from factcheck.errors import InputError

if TYPE_CHECKING:
    from factcheck.model import Verdict
    from factcheck.terms.termbase import Termbase

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


def _parse_as_of(value: str) -> dt.datetime:
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            return dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC)
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        _fail(f"--as-of: '{value}' is not a date (use YYYY-MM-DD or an ISO 8601 time)")
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)
