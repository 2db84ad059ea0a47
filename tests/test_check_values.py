"""Values: the passage that reports the claim's event gives its day and figures."""

from __future__ import annotations

from pipeline_helpers import check_one, document

from factcheck.model import Verdict

# A readout in MOFA's layout (written for this test): two training programmes, one with
# figures.
TRAINING = document(
    "u",
    "ja",
    "6月2日（火）午前10時から約40分間、高市総理大臣は、アルバニージー豪州首相と日豪首脳会談を"
    "行いました。",
    "両首脳は、技術者と看護師の育成を含む人材分野での協力を続けることで一致しました。",
    "両首脳は、今後5年間で300人の技術者を育成することでも一致しました。",
)


def test_a_duration_changed_in_the_passage_that_gives_the_figures_is_contradicted():
    # Sentence 2 shares as many words (両首脳, 技術者, 育成), but only sentence 3 gives the
    # programme's duration and count: that is the passage whose figures are compared.
    result = check_one(
        "The two leaders agreed to train 300 engineers over the next three years.", TRAINING
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "5年間" in result.reason


def test_the_right_duration_is_no_contradiction():
    result = check_one(
        "The two leaders agreed to train 300 engineers over the next five years.", TRAINING
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
