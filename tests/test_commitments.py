"""Verbs of commitment: a claim's "pledged" / "offered" against a source's statement that its
speaker's side will do something or go on doing it (languages' `Commitments`)."""

from __future__ import annotations

import pytest
from pipeline_helpers import best_matches, check_one, document, index_of

from factcheck.checks.match import by_commitment
from factcheck.languages import language_for
from factcheck.languages.interface import Commitments
from factcheck.languages.wordnet import wordnet
from factcheck.model import Verdict


def _module(code: str) -> Commitments:
    module = language_for(code)
    assert isinstance(module, Commitments)
    return module


@pytest.mark.parametrize("verb", ["pledge", "promise", "vow", "offer", "guarantee"])
def test_wordnet_files_promising_and_offering_as_commitment(verb: str):
    assert wordnet().commits(verb)


@pytest.mark.parametrize("verb", ["say", "hope", "ask", "agree", "support", "rent", "lease"])
def test_other_verbs_and_kinds_filed_elsewhere_are_no_commitment(verb: str):
    assert not wordnet().commits(verb)


@pytest.mark.parametrize(
    ("word", "before"),
    [("pledged", "Chancellor Brandt "), ("offered", ""), ("vowed", "The two envoys "),
     ("promising", "She toured the port, ")],
)  # fmt: skip
def test_an_english_verb_of_commitment_as_a_predicate_commits(word: str, before: str):
    assert _module("en").commits(word, before, " to fund the clinics.")


@pytest.mark.parametrize(
    ("word", "before"),
    [("offering", "They talked about "), ("promised", "the "), ("pledge", "a new "),
     ("offers", "Ecuador "), ("said", "Brandt "), ("hoped", "Brandt ")],
)  # fmt: skip
def test_a_noun_a_verbal_noun_or_another_verb_does_not(word: str, before: str):
    assert not _module("en").commits(word, before, " to fund the clinics.")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Minister Solberg stated that Norway would continue to fund the clinics.",
            "would continue",
        ),
        (
            "Chancellor Brandt expressed her intention to send engineers to Lima.",
            "intention to send",
        ),
        ("The envoys confirmed that they will work together on fisheries.", "will work"),
    ],
)
def test_an_english_statement_of_what_the_speakers_side_will_do(text: str, words: str):
    assert _module("en").commitment(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Minister Solberg hoped that Germany would continue to fund the clinics.",
        "Chancellor Brandt asked whether Peru would open its market.",
        "Norway has funded the clinics since 2019.",
    ],
)
def test_a_hope_a_request_or_a_past_fact_is_no_english_commitment(text: str):
    assert _module("en").commitment(text) == ""


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("ブラント首相から、ペルーの港湾整備を引き続き支援していく旨述べました。", "支援していく"),
        ("ソルベルグ大臣から、診療所の建設に資金を供与する旨伝達しました。", "供与する旨"),
        ("同首相から、技術者を派遣する考えを示しました。", "派遣する考え"),
    ],
)
def test_a_japanese_statement_of_what_the_speakers_side_will_do(text: str, words: str):
    assert _module("ja").commitment(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "ソルベルグ大臣から、ドイツによる支援の継続を期待する旨述べました。",
        "ブラント首相から、ペルーの改革を支持する旨述べました。",
        "同首相から、両国の関係は良好である旨述べました。",
        "同大臣から、診療所の建設を支援してきた旨説明がありました。",
        "同首相は、港湾整備を支援している旨述べた。",
    ],
)
def test_a_hope_a_stance_a_state_or_a_past_fact_is_no_japanese_commitment(text: str):
    assert _module("ja").commitment(text) == ""


def test_a_japanese_claim_verb_commits_by_most_of_its_glosses():
    assert _module("ja").commits("誓う", "", "")
    assert not _module("ja").commits("述べる", "", "")


@pytest.mark.parametrize(
    "after", [" condolences over the floods.", " her sympathy to the families.", " thanks."]
)
def test_offering_words_or_feelings_commits_to_nothing(after: str):
    assert not _module("en").commits("offered", "Chancellor Brandt ", after)


@pytest.mark.parametrize("after", [" a loan for the port.", " continued help.", " support."])
def test_offering_an_act_or_a_thing_commits(after: str):
    assert _module("en").commits("offered", "Chancellor Brandt ", after)


def _pledged_covered(source_line: str) -> bool:
    source = document(
        "s", "en", "On May 4, Chancellor Brandt met President Salas in Lima.", source_line
    )
    (matches,) = best_matches(
        "Chancellor Brandt pledged to keep funding water projects in Peru.", index_of(s=source)
    )
    best = matches.matches[0]
    return any(a.surface == "pledged" for a in best.covered)


def test_a_statement_that_her_side_will_go_on_covers_pledged():
    assert _pledged_covered(
        "Chancellor Brandt stated that Germany would continue to fund water projects in Peru."
    )


@pytest.mark.parametrize(
    "line",
    [
        "President Salas hoped that Germany would continue to fund water projects in Peru.",
        "Chancellor Brandt noted that Germany had funded water projects in Peru.",
    ],
)
def test_the_other_sides_hope_or_a_past_fact_does_not_cover_pledged(line: str):
    assert not _pledged_covered(line)


def test_the_covering_words_are_shown_as_a_commitment():
    source = document(
        "s", "ja", "ブラント首相から、ペルーの水道整備を引き続き支援していく旨述べました。"
    )
    (matches,) = best_matches(
        "Brandt pledged continued help for water supply in Peru.", index_of(s=source)
    )
    best = matches.matches[0]
    forms = dict(zip((a.surface for a in best.covered), best.source_forms, strict=False))
    assert forms.get("pledged") == "支援していく (commitment)"


def _summit(line: str):
    return document(
        "s",
        "ja",
        "令和9年3月4日、高市総理大臣は、訪日中のブラント・ノルディア首相と首脳会談を行いました。",
        line,
        "高市総理から、ノルディアの改革努力を評価する旨述べました。",
    )


OWN_PLEDGE = _summit(
    "ブラント首相から、ノルディアの港湾整備を日本と協力して進めていく旨述べました。"
)


def test_the_speakers_own_statement_of_what_they_will_do_supports_the_pledge():
    result = check_one(
        "Brandt pledged to work with Japan on developing Nordia's ports.", OWN_PLEDGE
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_pledge_given_to_the_other_speaker_is_misattributed():
    result = check_one("Takaichi pledged to work with Nordia on developing its ports.", OWN_PLEDGE)
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


def test_the_speakers_hope_that_the_other_side_will_act_is_no_pledge():
    # The rest of the claim may still be covered well enough; "pledged" itself is not.
    hope = _summit("ブラント首相から、港湾整備における日本との協力の継続を期待する旨述べました。")
    (matches,) = best_matches(
        "Brandt pledged to keep working with Japan on developing ports.", index_of(s=hope)
    )
    assert "pledged" in {a.surface for a in matches.matches[0].missing}
    (own,) = best_matches(
        "Brandt pledged to keep working with Japan on developing ports.", index_of(s=OWN_PLEDGE)
    )
    assert "pledged" in {a.surface for a in own.matches[0].covered}


def test_a_word_covered_only_as_a_commitment_is_told_apart():
    source = document(
        "s", "en", "Chancellor Brandt stated that Germany would continue to fund projects in Peru."
    )
    (matches,) = best_matches(
        "Chancellor Brandt pledged to fund projects in Peru.", index_of(s=source)
    )
    best = matches.matches[0]
    by_word = {a.surface: by_commitment(best, a) for a in best.covered}
    assert by_word["pledged"]
    assert not by_word["fund"]


# A call readout, written for this test: nothing in it is about a bridge.
CALL = document(
    "s",
    "en",
    "On June 9, Prime Minister Takaichi held a telephone call with President Salas of Peru.",
    "The two leaders confirmed that they would work together toward stable food markets.",
    "President Salas thanked Japan for its support for flood relief.",
)


def test_a_commitment_does_not_place_a_quote_on_a_topic_the_source_never_mentions():
    # Every passage that promises covers "pledged": with names that is all the readout
    # shares with the claim outside its quote, which says nothing of where the claim stands.
    result = check_one(
        'Takaichi and Salas pledged to "bankroll entirely" a bridge over the northern river.', CALL
    )
    assert result.verdict is Verdict.NOT_FOUND, result.reason


def test_a_pledge_whose_frame_stands_is_still_misquoted():
    result = check_one(
        'Takaichi and Salas pledged to work together on "permanent price controls".', CALL
    )
    assert result.verdict is Verdict.MISQUOTED, result.reason
    assert "sentence 2" in result.reason
