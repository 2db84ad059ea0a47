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


# A readout in MOFA's English layout (written for this test): one grant, with its figure.
GRANT = document(
    "u",
    "en",
    "On March 9, from 10:00 a.m. for about an hour, Prime Minister Takaichi held a summit "
    "meeting with President Chapo of Mozambique in Maputo.",
    "Prime Minister Takaichi announced grant aid totalling about 2 billion yen to improve "
    "maternal and child health.",
    "The two leaders agreed to cooperate on the development of the Nacala Corridor.",
    "President Chapo expressed his gratitude for Japan's support in the field of agriculture.",
)


def test_a_changed_figure_in_a_paraphrase_is_contradicted_not_lost():
    # The claim words the grant otherwise and changes its figure: the passage covers too
    # little of it to count as aligned, yet it is the grant, and 3 billion yen stands nowhere.
    result = check_one(
        "Takaichi pledged roughly 3 billion yen in grants so that mothers and newborn babies "
        "get better care.",
        GRANT,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "about 2 billion yen" in result.reason


def test_the_right_figure_in_a_paraphrase_is_no_contradiction():
    result = check_one(
        "Takaichi pledged roughly 2 billion yen in grants so that mothers and newborn babies "
        "get better care.",
        GRANT,
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_a_figure_for_a_topic_the_source_never_mentions_stays_not_found():
    # Same event, same people, a sum of the same kind: but a port the readout never mentions.
    result = check_one(
        "Takaichi pledged 3 billion yen to build a new fishing port in Beira.", GRANT
    )
    assert result.verdict is Verdict.NOT_FOUND, result.reason
    result = check_one(
        "Takaichi said Japan would give about 3 billion yen for schools and teachers in rural "
        "areas.",
        GRANT,
    )
    assert result.verdict is Verdict.NOT_FOUND, result.reason
