"""An amount in "US dollars" is an amount in dollars, compared with "$" (our wording)."""

from __future__ import annotations

import pytest
from pipeline_helpers import check_one, document

from factcheck.model import Verdict
from factcheck.text.numbers import Unit, find_numbers


@pytest.mark.parametrize(
    "text", ["a grant of 3 million US dollars", "3 million U.S. dollars", "5 US dollars"]
)
def test_us_dollars_are_dollars(text):
    (number,) = find_numbers(text, "en")
    assert number.unit is Unit.DOLLAR


def test_us_companies_are_no_dollars():
    (number,) = find_numbers("about 40 US companies", "en")
    assert number.unit is None


GRANT = document(
    "g",
    "en",
    "On June 4, 2026, Minister Motegi held a foreign ministers' meeting with Minister Kerr.",
    "Minister Motegi stated that Japan would extend 4 million US dollars in Emergency Grant Aid "
    "for families displaced by the floods.",
)


def test_another_amount_in_dollars_contradicts_an_amount_in_us_dollars():
    result = check_one(
        "Motegi announced $5 million in emergency grant aid for families displaced by floods.",
        GRANT,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_the_same_amount_in_dollars_is_supported():
    result = check_one(
        "Motegi announced $4 million in emergency grant aid for families displaced by floods.",
        GRANT,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
