"""A claim's qualifier of increase ("deepen", "expand") against a source's other verbs of
increase or further degree (checks/qualifiers.py `says_qualifier`): borne out by any verb
WordNet files as a kind of increasing or strengthening, or an adverb of further degree before
a verb of doing; not by a verb of keeping or confirming."""

from __future__ import annotations

import pytest
from pipeline_helpers import check_one, document

from factcheck.checks.qualifiers import increase_qualifiers
from factcheck.languages import language_for
from factcheck.languages.interface import Intensifying
from factcheck.languages.wordnet import wordnet
from factcheck.model import Verdict


def _source(language: str, said: str):
    return document(
        "q",
        language,
        "On June 4, 2025, Foreign Minister Motegi held a meeting with Foreign Minister "
        "Kallas of Estonia in Tokyo."
        if language == "en"
        else "令和7年6月4日、茂木外務大臣は東京でカラス・エストニア外務大臣と会談を行いました。",
        said,
    )


CLAIM = "The two ministers agreed to deepen cooperation on cyber defence."
CLAIM_JA = "両外相は、サイバー防衛での協力を深めることで一致した。"


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "The two ministers agreed to strengthen cooperation on cyber defence."),
        ("en", "The two ministers agreed to further promote cooperation on cyber defence."),
        ("en", "The two ministers agreed to bolster their cooperation on cyber defence."),
        ("ja", "両外相は、サイバー防衛分野での協力を強化していくことで一致しました。"),
        ("ja", "両外相は、サイバー防衛分野での協力を一層推進していくことで一致しました。"),
    ],
)
def test_a_verb_of_increase_or_further_degree_bears_out_deepen(language, said):
    result = check_one(CLAIM, _source(language, said))
    assert "does not say “deepen”" not in result.reason, result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "The two ministers reaffirmed their cooperation on cyber defence."),
        ("en", "The two ministers further confirmed their cooperation on cyber defence."),
        ("en", "The two ministers agreed to maintain cooperation on cyber defence."),
        ("ja", "両外相は、サイバー防衛分野での協力を確認しました。"),
        ("ja", "両外相は、サイバー防衛分野での協力を継続していくことで一致しました。"),
        ("ja", "両外相は、サイバー防衛分野での協力を更に確認しました。"),
    ],
)
def test_keeping_or_confirming_does_not_bear_out_deepen(language, said):
    result = check_one(CLAIM, _source(language, said))
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "does not say “deepen”" in result.reason, result.reason


def test_a_japanese_claims_deepen_is_borne_out_by_further_development():
    source = _source(
        "ja", "両外相は、サイバー防衛分野での協力をさらに発展させることで一致しました。"
    )
    result = check_one(CLAIM_JA, source, language="ja")
    assert "“deepen”" not in result.reason, result.reason


def test_a_verb_of_increase_elsewhere_on_the_page_does_not_bear_out_deepen():
    source = document(
        "r",
        "en",
        "On June 4, 2025, Foreign Minister Motegi held a meeting with Foreign Minister "
        "Kallas of Estonia in Tokyo to strengthen bilateral relations.",
        "The two ministers reaffirmed their cooperation on cyber defence.",
    )
    result = check_one(CLAIM, source)
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason


def test_the_qualifiers_of_increase_come_from_wordnet():
    # "deepen" and "expand" are kinds of increasing; "upgrade" (a kind of improving) is not.
    assert increase_qualifiers() == {"deepen", "expand"}
    net = wordnet()
    kinds = ("increase", "strengthen")
    assert net.verb_kind_of("enhance", 1, kinds, 2)
    assert net.verb_kind_of("reinforce", 1, kinds, 2)
    assert not net.verb_kind_of("reaffirm", 1, kinds, 2)
    # "confirm" makes firmer only in its third sense.
    assert not net.verb_kind_of("confirm", 2, kinds, 2)
    assert net.verb_kind_of("confirm", 3, kinds, 2)


def test_each_language_says_which_word_an_adverb_of_further_degree_modifies():
    english = language_for("en")
    japanese = language_for("ja")
    assert isinstance(english, Intensifying) and isinstance(japanese, Intensifying)
    assert [t.surface for t in english.intensified("to further promote trade")] == ["promote"]
    assert [t.surface for t in japanese.intensified("漁業協力を一層発展させる")] == ["発展"]
    assert [t.surface for t in japanese.intensified("関係をさらに深めたい")] == ["深め"]
    # さらに set off by a comma is "furthermore", a connective.
    assert japanese.intensified("さらに、両外相は協力を確認した") == []
