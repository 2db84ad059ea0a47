"""The event's date, duration, count and place against the claim's, outside the best passage."""

from __future__ import annotations

from pipeline_helpers import check_one, document
from test_keyfacts import SUMMIT

from factcheck.model import Verdict


def test_a_wrong_duration_in_another_sentence_is_contradicted():
    # The claim's topic aligns with sentence 2; its duration is the lead's, and differs.
    result = check_one(
        "In a two-hour meeting, the two leaders reaffirmed the Special Strategic Partnership.",
        SUMMIT,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "approximately 45 minutes" in result.reason and "two-hour" in result.reason


def test_a_wrong_date_in_another_sentence_is_contradicted():
    result = check_one(
        "On November 4, the two leaders reaffirmed the Japan-Australia Special Strategic "
        "Partnership.",
        SUMMIT,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "November 3, 2025" in result.reason


def test_another_place_for_the_event_is_a_contradiction():
    result = check_one(
        "Takaichi and Albanese held a summit meeting in Canberra on November 3.", SUMMIT
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "Canberra" in result.reason and "Tokyo" in result.reason


def test_a_place_standing_for_a_government_is_not_the_events_place():
    # "with Canberra": the Australian government, not where the meeting was.
    result = check_one(
        "Takaichi agreed with Canberra to reaffirm the Japan-Australia Special Strategic "
        "Partnership.",
        SUMMIT,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_another_count_of_the_same_thing_is_a_contradiction():
    source = document(
        "y",
        "en",
        "Prime Minister Takaichi announced that Japan would train 100,000 digital "
        "professionals in the region.",
    )
    wrong = check_one(
        "Takaichi announced that Japan would train 10,000 digital professionals in the region.",
        source,
    )
    assert wrong.verdict is Verdict.CONTRADICTED, wrong.reason
    assert "100,000" in wrong.reason and "10,000" in wrong.reason
    right = check_one(
        "Takaichi announced that Japan would train 100,000 digital professionals in the region.",
        source,
    )
    assert right.verdict is Verdict.SUPPORTED, right.reason
