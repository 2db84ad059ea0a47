"""The quality gate: verdicts on the labelled set must not fall below the stored floors.

Like trafilatura's eval gate: tests/fixtures/eval/ holds labelled claim/source pairs in
English and Japanese (written by us), floors.json the figures the code must keep. When a
change lifts the figures, raise the floors in the same commit; never lower them to let a
change through.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.errors import InputError
from factcheck.evaluate import load_eval_cases, score_cases
from factcheck.model import Verdict
from factcheck.termbase import load_termbase

EVAL = Path(__file__).resolve().parent / "fixtures" / "eval"


@pytest.fixture(scope="module")
def scores():
    return score_cases(load_eval_cases(EVAL), load_termbase())


@pytest.fixture(scope="module")
def floors():
    return json.loads((EVAL / "floors.json").read_text(encoding="utf-8"))


def test_the_set_is_large_and_covers_every_verdict_in_both_languages(scores):
    cases = [o.case for o in scores.outcomes]
    assert len(cases) >= 80
    for verdict in Verdict:
        assert sum(c.expect is verdict for c in cases) >= 8, verdict
    assert sum(c.source.language == "ja" for c in cases) >= 30
    assert sum(c.source.language == "en" for c in cases) >= 30


def test_accuracy_holds_its_floor(scores, floors):
    assert scores.accuracy >= floors["accuracy"], _misses(scores)


@pytest.mark.parametrize("verdict", [v.value for v in Verdict])
def test_precision_and_recall_hold_their_floors(scores, floors, verdict):
    v = Verdict(verdict)
    assert scores.precision[v] >= floors["precision"][verdict], _misses(scores, v)
    assert scores.recall[v] >= floors["recall"][verdict], _misses(scores, v)


def test_every_miss_still_explains_itself(scores):
    for outcome in scores.misses:
        assert outcome.result.reason.strip()


def test_a_bad_case_file_is_an_input_error(tmp_path):
    (tmp_path / "bad.yaml").write_text("cases:\n  - id: x\n    claim: {text: a}\n", "utf-8")
    with pytest.raises(InputError, match="bad.yaml:2:5"):
        load_eval_cases(tmp_path)


def _misses(scores, verdict: Verdict | None = None) -> str:
    lines = [
        f"{o.case.id}: expected {o.case.expect.value}, got {o.result.verdict.value}"
        for o in scores.misses
        if verdict is None or verdict in (o.case.expect, o.result.verdict)
    ]
    return "\n".join(lines)
