"""`factcheck eval`: verdicts scored against the labelled set, per split, and floors
pinned."""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.apps import QuietOption, VerboseOption, _fail
from factcheck.cli.files import _emit, _write
from factcheck.cli.options import TermbaseOption, _load_termbase
from factcheck.errors import InputError


class SplitChoice(enum.StrEnum):
    DEV = "dev"
    TEST = "test"
    HOLDOUT = "holdout"
    ALL = "all"


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
        bool | None,
        typer.Option(
            "--misses/--no-misses",
            help="List every case judged wrongly, in every split; --no-misses in none. By "
            "default only the dev split's misses (and a folder without splits) are listed: the "
            "test and holdout splits measure, and reading their misses makes them something "
            "tuned on.",
            show_default=False,
        ),
    ] = None,
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
        UNREAD_SPLITS,
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
    shown = {name: misses if misses is not None else name not in UNREAD_SPLITS for name in scores}
    _emit(render_eval_splits(scores, show_misses=shown))
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
