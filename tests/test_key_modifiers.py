"""Key modifiers (checks/key_modifiers.py): a word a claim writes right before a head the
source covers, where the source gives that head another modifier of the same kind, is a detail
the claim changes; the claim is partly supported and its reason names the modifier. A claim
that renders the source's modifier, or leaves it out, stays supported. Sentences are our own."""

from __future__ import annotations

import pytest
from pipeline_helpers import check_one, document

from factcheck.checks import key_modifiers
from factcheck.model import Verdict

_COAL_JA = document("u", "ja", "両大臣は、石炭火力の削減で合意しました。")
_ATLANTIC_JA = document("u", "ja", "両大臣は、大西洋のサケの保護で合意しました。")
_PORK_JA = document("u", "ja", "両大臣は、豚肉の輸入の拡大で合意しました。")
_LNG_JA = document("u", "ja", "両大臣は、天然ガスの輸入の削減で合意しました。")
_OCEAN_JA = document("u", "ja", "両首脳は、海洋気象観測に関する文書の署名を歓迎しました。")
_NICKEL_EN = document("u", "en", "The ministers agreed to expand nickel mining.")


@pytest.mark.parametrize(
    ("claim", "source", "modifier"),
    [
        ("The two ministers agreed to reduce gas-fired power.", _COAL_JA, "gas-fired"),
        ("The ministers agreed to protect Pacific salmon.", _ATLANTIC_JA, "Pacific"),
        ("The ministers agreed to expand beef imports.", _PORK_JA, "beef"),
        ("The ministers agreed to cut coal imports.", _LNG_JA, "coal"),
        ("The ministers agreed to expand copper mining.", _NICKEL_EN, "copper"),
    ],
)
def test_a_swapped_modifier_is_partly_supported_and_named(claim, source, modifier):
    result = check_one(claim, source)
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert f"does not say “{modifier}”" in result.reason
    assert any(f"modifier “{modifier}”: in no part of the source" in d for d in result.details)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The two ministers agreed to reduce coal-fired power.", _COAL_JA),
        ("The two ministers agreed to reduce thermal power.", _COAL_JA),
        ("The ministers agreed to protect Atlantic salmon.", _ATLANTIC_JA),
        ("The ministers agreed to protect salmon.", _ATLANTIC_JA),
        ("The ministers agreed to expand pork imports.", _PORK_JA),
        ("The ministers agreed to cut gas imports.", _LNG_JA),
        ("The ministers agreed to expand nickel mining.", _NICKEL_EN),
        # "marine" is of the sea, and 海洋 "ocean": a word for one may mean the other.
        (
            "The two leaders welcomed the signing of a document on marine weather observation.",
            _OCEAN_JA,
        ),
    ],
)
def test_the_source_s_modifier_or_none_stays_supported(claim, source):
    result = check_one(claim, source)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_verb_before_a_covered_noun_is_no_modifier():
    # "boost" acts on the exports; the source words the act otherwise ("expand").
    source = document("u", "en", "The ministers agreed to expand grain exports.")
    result = check_one("The ministers agreed to boost grain exports.", source)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_the_modifier_must_stand_directly_before_its_head():
    # "copper" stands after "mining", not before it.
    result = check_one("The ministers agreed to expand mining of copper.", _NICKEL_EN)
    assert not any("modifier “copper”" in d for d in result.details)


def test_the_rarity_bound_decides(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(key_modifiers, "MODIFIER_MIN_RARITY", 2.5)
    result = check_one("The ministers agreed to expand copper mining.", _NICKEL_EN)
    assert not any("modifier “copper”" in d for d in result.details)


@pytest.mark.parametrize(
    ("claim_word", "source_glosses", "swapped"),
    [
        ("gas-fired", {"coal"}, True),  # gasoline a fuel, coal a fossil fuel
        ("pacific", {"atlantic ocean"}, True),
        ("copper", {"nickel"}, True),
        ("marine", {"ocean"}, False),  # "sea" also means "ocean, sea"
        ("coal", {"coal"}, False),
        ("fuel", {"coal"}, False),  # coal is a kind of fuel: a broader word, no swap
        ("relief", {"aid"}, False),  # kinds of help, not things: a wording
    ],
)
def test_two_modifiers_contrast_when_they_name_concrete_things_of_one_kind(
    claim_word, source_glosses, swapped
):
    assert key_modifiers._contrasts(claim_word, source_glosses) is swapped


@pytest.mark.parametrize(
    ("said", "claimed"),
    [("mountain", "hill"), ("border", "frontier"), ("hill", "mountain")],
)
def test_two_words_one_japanese_word_renders_are_no_swap(said: str, claimed: str):
    # WordNet makes them two kinds of one thing; JMdict renders both by one word (山:
    # mountain, hill; 国境: border, frontier): the claim words the source's thing otherwise.
    source = document(
        "u", "en", f"Foreign Minister Sato said Japan would build {said} bridges in Lamu."
    )
    result = check_one(f"Sato said Japan would build {claimed} bridges in Lamu.", source)
    assert result.verdict is Verdict.SUPPORTED, result.reason
