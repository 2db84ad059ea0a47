"""Actors: another person in the passage that reports the claim's event contradicts it."""

from __future__ import annotations

from pipeline_helpers import check_one, document

from factcheck.model import Verdict

# A readout in MOFA's layout (written for this test): a meeting on the margins of a summit.
MARGINS = document(
    "u",
    "ja",
    "11月4日（火）午後3時から約20分間、ASEAN関連首脳会議に出席するためフィリピンを訪問中の"
    "高市総理大臣は、アルバニージー豪州首相と日豪首脳会談を行いました。",
    "両首脳は、液化水素の供給網に向けた協力を確認しました。",
)


def test_a_claim_that_swaps_the_person_met_is_contradicted():
    # The swapped person brings his country and title along: the passage is still the one
    # that reports the meeting (its day, the summit).
    result = check_one(
        "On the sidelines of the ASEAN summits on November 4, Takaichi held talks with "
        "Indonesian President Prabowo.",
        MARGINS,
    )
    assert result.verdict is Verdict.CONTRADICTED
    assert "Prabowo" in result.reason


def test_the_right_person_is_no_contradiction():
    result = check_one(
        "On the sidelines of the ASEAN summits on November 4, Takaichi held talks with "
        "Australian Prime Minister Albanese.",
        MARGINS,
    )
    assert result.verdict is not Verdict.CONTRADICTED


def test_another_person_in_a_passage_of_another_day_is_no_contradiction():
    # The passage names another person, but not on the claim's day: not the claim's event.
    result = check_one(
        "On the sidelines of the ASEAN summits on November 6, Takaichi held talks with "
        "Indonesian President Prabowo.",
        MARGINS,
    )
    assert result.verdict is not Verdict.CONTRADICTED or "Prabowo" not in result.reason
