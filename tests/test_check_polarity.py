"""Polarity: a claim that denies what its source states, or states what its source denies, is
contradicted; grammar that only looks like a denial is not one."""

from __future__ import annotations

import pytest
from pipeline_helpers import check_one, document

from factcheck.model import Verdict

# Our own readouts of a fictional meeting with Norland's prime minister, Lind: each opens
# with its lead.
LEAD = {
    "en": "On May 2, Prime Minister Takaichi held a meeting with Prime Minister Lind of Norland.",
    "ja": "令和8年5月2日、高市総理大臣は、来日中のリンド・ノーランド首相と会談しました。",
}
EN_SOURCE = document(
    "s",
    "en",
    LEAD["en"],
    "Prime Minister Takaichi stated that Japan would help modernise the ports of Norland.",
    "Prime Minister Lind stated that Norland would not join the whaling convention.",
)
JA_SOURCE = document(
    "s",
    "ja",
    LEAD["ja"],
    "高市総理から、ノーランドの港湾の近代化を支援していく旨述べました。",
    "リンド首相からは、ノーランドは捕鯨条約には参加しない旨の発言がありました。",
)


@pytest.mark.parametrize(
    ("claim", "source", "denial"),
    [
        ("Takaichi said Japan would not help modernise Norland's ports.", EN_SOURCE, "not help"),
        ("Takaichi said Japan wouldn't help modernise Norland's ports.", EN_SOURCE, "wouldn't"),
        ("Takaichi said Japan would no longer help modernise Norland's ports.", EN_SOURCE, "no"),
        ("Takaichi said Japan would not support modernising Norland's ports.", JA_SOURCE, "not"),
        ("Lind said Norland would join the whaling convention.", EN_SOURCE, "not join"),
        ("Lind said Norland would join the whaling convention.", JA_SOURCE, "参加しない"),
    ],
)
def test_a_claim_and_its_source_of_opposite_polarity_are_contradicted(claim, source, denial):
    speaker = claim.split()[0]
    result = check_one(claim, source, speaker=speaker)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert denial in result.reason


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Takaichi said Japan would help modernise Norland's ports.", EN_SOURCE),
        (
            "Takaichi said Japan would keep supporting the modernisation of Norland's ports.",
            JA_SOURCE,
        ),
        ("Lind said Norland would not join the whaling convention.", EN_SOURCE),
        ("Lind said Norland would not join the whaling convention.", JA_SOURCE),
        ("Lind said Norland had decided against joining the whaling convention.", JA_SOURCE),
    ],
)
def test_a_claim_with_its_sources_polarity_is_not_contradicted(claim, source):
    result = check_one(claim, source, speaker=claim.split()[0])
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        # A double negation is an obligation: しなければならない "must".
        (
            "Takaichi said Japan must help modernise Norland's ports.",
            "高市総理から、日本はノーランドの港湾の近代化を支援しなければならない旨述べました。",
        ),
        # A negation of aim: しないよう "so that it does not".
        (
            "Takaichi said Japan would work with Norland so that its coast erodes more slowly.",
            "高市総理から、海岸の浸食が悪化しないよう、ノーランドと協力していく旨述べました。",
        ),
        # "Not only": のみならず.
        (
            "Takaichi said the ports matter to Norland and to the whole region.",
            "高市総理から、港湾はノーランドのみならず地域全体にとって重要である旨述べました。",
        ),
        # A word that holds its own negation: 欠かせない "indispensable".
        (
            "Takaichi said Japanese technology was indispensable to Norland's ports.",
            "高市総理から、ノーランドの港湾には日本の技術が欠かせない旨述べました。",
        ),
        # A negating prefix is the dictionary's: "unacceptable" is 認められない.
        (
            "Takaichi said attempts to change borders by force were unacceptable.",
            "高市総理から、力による現状変更の試みは認められない旨述べました。",
        ),
    ],
)
def test_grammar_that_only_looks_like_a_denial_is_none(claim, sentence):
    result = check_one(claim, document("s", "ja", LEAD["ja"], sentence), speaker="Takaichi")
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_english_not_only_and_a_denied_noun_deny_no_act():
    source = document(
        "s",
        "en",
        "Prime Minister Lind stated that the partnership was not a choice between powers but "
        "a commitment, and that Norland would help Japan.",
    )
    for claim in (
        "Lind said Norland would not only help Japan but also trade with it.",
        "Lind said the partnership was a choice Norland had made.",
    ):
        result = check_one(claim, source, speaker="Lind")
        assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_one_occurrence_that_agrees_is_enough():
    source = document(
        "s",
        "en",
        "Prime Minister Lind stated that Norland would not join the whaling convention but "
        "would join the fisheries convention.",
    )
    result = check_one(
        "Lind said Norland would join the fisheries convention.", source, speaker="Lind"
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_a_denial_reported_by_a_verb_of_saying_is_the_clauses_own():
    # "said he would not …": the saying reports the clause; the clause denies the act.
    result = check_one("Takaichi said she would not help modernise Norland's ports.", EN_SOURCE)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        # A predicate inside a noun phrase or another clause is not its clause's head.
        (
            "Lind said Norland would not join the whaling convention.",
            "リンド首相からは、ノーランドが捕鯨条約に参加することは困難である旨の発言がありました。",
        ),
        (
            "Lind said Norland would join the whaling convention.",
            "リンド首相からは、ノーランドが捕鯨条約に参加しないとの報道は誤りである旨の発言がありました。",
        ),
        # A denial done to another thing.
        (
            "Lind said Norland would not join the whaling convention.",
            "Prime Minister Lind stated that Norland would join the fisheries pact instead of "
            "the whaling convention.",
        ),
        # Another person's belief, reported.
        (
            "Lind said Norland would join the fisheries pact.",
            "Prime Minister Lind said speculation that Norland would not join the fisheries "
            "pact was wrong.",
        ),
        # A verb that governs the act, in the claim.
        (
            "Lind refused to join the whaling convention.",
            "Prime Minister Lind stated that Norland would not join the whaling convention.",
        ),
        # Degree: a denial that is praise, and a negative adverb.
        (
            "Lind said he was grateful for Japan's help with the ports.",
            "Prime Minister Lind stated that he could not be more grateful for Japan's help "
            "with the ports.",
        ),
        (
            "Takaichi said Japan could not accept the proposal on the ports.",
            "Prime Minister Takaichi stated that Japan could hardly accept the proposal on the "
            "ports.",
        ),
        # Another time: a past denial against a future act, a time limit.
        (
            "Lind said Norland had not ratified the whaling convention.",
            "Prime Minister Lind stated that Norland would ratify the whaling convention soon.",
        ),
        (
            "Lind said Norland would not join the fisheries pact for now.",
            "Prime Minister Lind stated that Norland would join the fisheries pact once its "
            "parliament approved it.",
        ),
        # A demand is no statement that the act is done: "urged that Norland join".
        (
            "Norland has not joined the fisheries pact.",
            "Prime Minister Takaichi urged that Norland join the fisheries pact.",
        ),
        # 〜かねない "may well": a modal, not a denial.
        (
            "高市総理は、今回の発射は地域の平和を脅かしうると述べた。",
            "高市総理から、今回の発射は地域の平和を脅かしかねない旨述べました。",
        ),
    ],
)
def test_a_denial_that_is_not_plain_on_both_sides_is_no_contradiction(claim, sentence):
    language = "en" if sentence.isascii() else "ja"
    claim_language = "en" if claim.isascii() else "ja"
    speaker = claim.split()[0] if claim_language == "en" else "Takaichi"
    result = check_one(
        claim,
        document("s", language, LEAD[language], sentence),
        language=claim_language,
        speaker=speaker,
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
