"""How loud a finding is in CI output: one ranking that the SARIF log and the GitHub
workflow commands both spell in their own words.

A verdict the run fails on is an error; `unverifiable` is a note; a supported claim is
nothing; any other verdict is a warning. A term flag's level follows its severity.
"""

from __future__ import annotations

import enum
from typing import assert_never

from factcheck.model import Severity, Verdict


class Level(enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"
    NONE = "none"


def verdict_level(verdict: Verdict, failing: frozenset[Verdict]) -> Level:
    if verdict in failing:
        return Level.ERROR
    match verdict:
        case Verdict.SUPPORTED:
            return Level.NONE
        case Verdict.UNVERIFIABLE:
            return Level.NOTE
        case (
            Verdict.PARTLY_SUPPORTED
            | Verdict.NOT_FOUND
            | Verdict.MISQUOTED
            | Verdict.MISATTRIBUTED
            | Verdict.CONTRADICTED
        ):
            return Level.WARNING
        case _:
            assert_never(verdict)


def severity_level(severity: Severity) -> Level:
    match severity:
        case Severity.ERROR:
            return Level.ERROR
        case Severity.WARNING:
            return Level.WARNING
        case Severity.INFO:
            return Level.NOTE
        case _:
            assert_never(severity)
