"""Floors of the quality gate: the figures each split of the labelled set must keep.

Takes the floors file (JSON, format in tests/fixtures/eval/README.md) and a split's scores;
gives the figures that fell below their floors, and new pins. Floors are pinned to a SHA-256
of each split's case files, so a changed case file is noticed and re-pinned on purpose; the
file keeps every pin (date, reason, hash, floors), and a pin that lowers a floor must say why.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

from factcheck.errors import InputError
from factcheck.evaluation.evaluate import EvalScores
from factcheck.model import Verdict


class FloorsError(InputError):
    """The floors file is malformed, or a re-pin would lower a floor without a reason."""


@dataclass(frozen=True)
class SplitFloors:
    """What one split must keep, and the content it was measured on."""

    sha256: str
    """SHA-256 of the split's case files (`evaluate.hash_case_files`)."""
    cases: int
    accuracy: float
    precision: dict[str, float]
    """Per verdict value."""
    recall: dict[str, float]
    """Per verdict value."""

    def figures(self) -> dict[str, float]:
        """Every floor by a flat name: `accuracy`, `precision.supported`, `recall.misquoted`."""
        flat = {"accuracy": self.accuracy}
        flat.update({f"precision.{k}": v for k, v in self.precision.items()})
        flat.update({f"recall.{k}": v for k, v in self.recall.items()})
        return flat


@dataclass(frozen=True)
class Pin:
    """One re-pin of the floors, kept in the file's history."""

    date: str
    """ISO date of the pin."""
    reason: str
    splits: dict[str, SplitFloors]


@dataclass(frozen=True)
class Floors:
    """The floors file: every pin, oldest first; the last one is in force."""

    pins: tuple[Pin, ...]

    @property
    def current(self) -> Pin:
        return self.pins[-1]


def _round_down(value: float) -> float:
    # Two decimals, never above the measured figure (a float 0.79 must not fail on 0.7899…).
    return math.floor(value * 100 + 1e-9) / 100


def measure_floors(scores: EvalScores, sha256: str) -> SplitFloors:
    """The floors a split's scores would pin: each figure rounded down to two decimals."""
    return SplitFloors(
        sha256=sha256,
        cases=len(scores.outcomes),
        accuracy=_round_down(scores.accuracy),
        precision={v.value: _round_down(scores.precision[v]) for v in Verdict},
        recall={v.value: _round_down(scores.recall[v]) for v in Verdict},
    )


def floor_failures(floors: SplitFloors, scores: EvalScores) -> list[str]:
    """Each figure of `scores` that falls below its floor, as `name: got X, floor Y`."""
    measured = measure_floors(scores, floors.sha256).figures()
    return [
        f"{name}: got {measured.get(name, 0.0):.2f}, floor {floor:.2f}"
        for name, floor in floors.figures().items()
        if measured.get(name, 0.0) < floor
    ]


def lowered_floors(previous: SplitFloors, new: SplitFloors) -> list[str]:
    """Each floor of `new` below the same floor of `previous`."""
    before = previous.figures()
    return [
        f"{name}: {before[name]:.2f} -> {value:.2f}"
        for name, value in new.figures().items()
        if name in before and value < before[name]
    ]


def unexplained_lowerings(floors: Floors) -> list[str]:
    """Each pin that lowers a floor of the pin before it without giving a reason."""
    problems = []
    for before, after in zip(floors.pins, floors.pins[1:], strict=False):
        for split, new in after.splits.items():
            old = before.splits.get(split)
            lowered = lowered_floors(old, new) if old else []
            if lowered and not after.reason.strip():
                problems.append(f"pin of {after.date}, split {split}: {', '.join(lowered)}")
    return problems


def add_pin(floors: Floors | None, pin: Pin) -> Floors:
    """`floors` with `pin` appended; splits the pin leaves out keep their current floors."""
    if floors is None:
        return Floors((pin,))
    splits = {**floors.current.splits, **pin.splits}
    new = Pin(pin.date, pin.reason, splits)
    for split, split_floors in pin.splits.items():
        old = floors.current.splits.get(split)
        lowered = lowered_floors(old, split_floors) if old else []
        if lowered and not pin.reason.strip():
            raise FloorsError(
                f"pinning split '{split}' would lower floors ({', '.join(lowered)})",
                hint='say why with --reason "..."; the reason is kept in the floors file',
            )
    return Floors((*floors.pins, new))


def parse_floors(text: str, file: str) -> Floors:
    """Read a floors file's JSON text."""
    try:
        data = json.loads(text)
        pins = tuple(
            Pin(
                date=str(pin["date"]),
                reason=str(pin["reason"]),
                splits={
                    name: SplitFloors(
                        sha256=str(split["sha256"]),
                        cases=int(split["cases"]),
                        accuracy=float(split["accuracy"]),
                        precision={k: float(v) for k, v in split["precision"].items()},
                        recall={k: float(v) for k, v in split["recall"].items()},
                    )
                    for name, split in pin["splits"].items()
                },
            )
            for pin in data["pins"]
        )
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise FloorsError(
            f"{file}: not a floors file ({type(exc).__name__}: {exc})",
            hint="see tests/fixtures/eval/README.md for the format",
        ) from None
    if not pins:
        raise FloorsError(f"{file}: the floors file has no pins")
    return Floors(pins)


def render_floors(floors: Floors) -> str:
    """The floors file's JSON text, stable and readable in a diff."""
    data = {
        "about": (
            "Quality-gate floors per split of the labelled set, pinned to a SHA-256 of the "
            "split's case files. Written by `factcheck eval --pin --reason ...`; the last pin "
            "is in force. See tests/fixtures/eval/README.md."
        ),
        "pins": [
            {
                "date": pin.date,
                "reason": pin.reason,
                "splits": {
                    name: {
                        "sha256": split.sha256,
                        "cases": split.cases,
                        "accuracy": split.accuracy,
                        "precision": split.precision,
                        "recall": split.recall,
                    }
                    for name, split in sorted(pin.splits.items())
                },
            }
            for pin in floors.pins
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
