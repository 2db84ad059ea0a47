"""Verdicts: each one on its own small case, always with a reason that names the evidence."""

from __future__ import annotations

import pytest
from pipeline_helpers import TERMBASE, check_one, document, read_page

from factcheck.model import (
    Article,
    Claim,
    ClaimFile,
    SourceKind,
    SourceOutcome,
    SourceSpec,
    Verdict,
)
from factcheck.verify import check_claims

READOUT_JA = document(
    "https://example.invalid/readout",
    "ja",
    "10月25日、高市総理大臣は、トランプ米国大統領と約10分間電話会談を行った。",
    "冒頭、トランプ大統領から、高市総理の就任に対する祝意が表された。",
    "高市総理から、日米同盟の強化は日本の外交・安全保障政策の最重要事項である旨述べた。",
    "両首脳は、日米同盟を更なる高みに引き上げるべく協力していくことで一致した。",
)
REMARKS_JA = document(
    "https://example.invalid/remarks",
    "ja",
    "【記者】電話会談はいかがでしたか。",
    "【高市総理】大統領からは、安倍元総理との思い出についてのお話がありました。",
    "【高市総理】とても快活で楽しい方だという印象を持ちました。",
)
SPECS = {
    "readout": SourceSpec("readout", READOUT_JA.url, language="ja", kind=SourceKind.READOUT),
    "remarks": SourceSpec("remarks", REMARKS_JA.url, language="ja", kind=SourceKind.PRESS_REMARKS),
}
DOCS = {"readout": READOUT_JA, "remarks": REMARKS_JA}


def judge(text: str, *sources: str, missing: str | None = None, **fields: object):
    claim = Claim(id="c", text=text, sources=tuple(sources), **fields)  # type: ignore[arg-type]
    claim_file = ClaimFile("x.yaml", Article("t"), tuple(SPECS[s] for s in sources), (claim,))
    outcomes = tuple(
        SourceOutcome(SPECS[s], problem="HTTP 403 Forbidden")
        if s == missing
        else SourceOutcome(SPECS[s], document=DOCS[s])
        for s in sources
    )
    (result,) = check_claims(claim_file, outcomes, TERMBASE)
    return result


def test_supported_names_the_sentence_and_its_coverage():
    result = judge(
        "Takaichi said strengthening the alliance is the top priority of her foreign and "
        "security policy.",
        "readout",
    )
    assert result.verdict is Verdict.SUPPORTED
    assert "readout sentence 3" in result.reason
    # The reason quotes what the source says; the scores stay in the details.
    assert "最重要事項" in result.reason
    assert "coverage" not in result.reason
    assert any("coverage" in line for line in result.details)
    assert result.sources_checked == ("readout",)


def test_contradicted_by_another_date_shows_both_values():
    result = judge("Takaichi and Trump held a telephone talk on October 26.", "readout")
    assert result.verdict is Verdict.CONTRADICTED
    assert "October 26" in result.reason and "10月25日" in result.reason


def test_contradicted_by_another_duration():
    result = judge("Takaichi and Trump held a telephone talk for about 40 minutes.", "readout")
    assert result.verdict is Verdict.CONTRADICTED
    assert "about 40 minutes" in result.reason and "約10分間" in result.reason


def test_misquoted_shows_the_word_that_changed():
    result = judge(
        'Takaichi described Trump as a "very cheerful and attractive" person.', "remarks"
    )
    assert result.verdict is Verdict.MISQUOTED
    assert "attractive" in result.reason and "楽しい" in result.reason


def test_a_faithful_quote_across_languages_is_supported():
    result = judge('Takaichi described Trump as "very cheerful".', "remarks", speaker="Takaichi")
    assert result.verdict is Verdict.SUPPORTED


def test_misattributed_names_the_speaker_and_the_setting():
    result = judge(
        "During the call, the two leaders recalled memories of former Prime Minister Abe.",
        "readout",
        "remarks",
        speaker="both leaders",
        setting=SourceKind.READOUT,
    )
    assert result.verdict is Verdict.MISATTRIBUTED
    assert "大統領" in result.reason
    assert "remarks to the press" in result.reason


def test_partly_supported_names_the_part_no_source_supports():
    result = judge(
        "Takaichi and Trump held a telephone talk on October 25, especially in the context "
        "of increasing strategic competition with China.",
        "readout",
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED
    assert "China" in result.reason


def test_not_found_lists_the_sources_checked_and_the_nearest_miss():
    result = judge("The leaders discussed competition with China and Chinese strategy.", "readout")
    assert result.verdict is Verdict.NOT_FOUND
    assert "not found in the sources checked (readout)" in result.reason


def test_unverifiable_when_no_source_could_be_had():
    result = judge(
        "Takaichi and Trump held a telephone talk on October 25.", "readout", missing="readout"
    )
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "HTTP 403" in result.reason
    assert result.sources_checked == ()


def test_not_found_becomes_unverifiable_while_a_source_is_missing():
    # The missing source might carry the claim: "not found" would overstate what was checked.
    result = judge(
        "The leaders discussed competition with China and Chinese strategy.",
        "readout",
        "remarks",
        missing="remarks",
    )
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "remarks" in result.reason


@pytest.mark.parametrize("verdict", list(Verdict))
def test_expect_mismatch_is_reported(verdict):
    result = judge(
        "Takaichi and Trump held a telephone talk on October 25.", "readout", expect=verdict
    )
    assert result.matches_expectation is (verdict is Verdict.SUPPORTED)


def test_a_passage_covered_with_its_context_but_missing_a_detail_is_partly_covered():
    # The names stand in the lead, the words in sentence 2, "deepen" nowhere: the statement
    # is there (so whose it is counts), not absent.
    source = document(
        "m",
        "ja",
        "4月14日、高市総理大臣は、ルイス・ペルー大統領と日・ペルー首脳会談を行いました。",
        "高市総理から、銅の精錬や水素分野での協力を一層進めたい旨述べました。",
        "ルイス大統領からは、日本からの観光客増加への期待が示されました。",
    )
    swapped = check_one(
        "Ruiz said Peru wanted to deepen cooperation with Japan on hydrogen and copper refining.",
        source,
        speaker="Ruiz",
    )
    assert swapped.verdict is Verdict.MISATTRIBUTED, swapped.reason
    right = check_one(
        "Takaichi said Japan wanted to deepen cooperation with Peru on hydrogen and copper "
        "refining.",
        source,
        speaker="Takaichi",
    )
    assert right.verdict is Verdict.PARTLY_SUPPORTED, right.reason
    assert "“deepen”" in right.reason


def test_a_quote_in_no_source_is_misquoted_when_the_rest_of_the_claim_stands_in_a_passage():
    remarks = document(
        "p",
        "en",
        "Prime Minister Takaichi held joint press remarks with President Ruiz.",
        "Prime Minister Takaichi said that Peru is a trustworthy friend for Japan.",
    )
    # The quote is all the claim says; who said it of whom stands in sentence 2, with other
    # words: the source does not say what the quotation marks claim it does.
    result = check_one(
        'Takaichi told the press that Peru was "a strategic ally" for Japan.', remarks
    )
    assert result.verdict is Verdict.MISQUOTED, result.reason
    assert "does not say “a strategic ally”" in result.reason
    assert "sentence 2" in result.reason
    # A claim whose frame the source lacks as well is not found, quote or none.
    result = check_one(
        'Ruiz told reporters that copper exports would "triple within five years".', remarks
    )
    assert result.verdict is Verdict.NOT_FOUND, result.reason


def test_a_translated_quote_names_the_words_no_dictionary_could_check():
    # "fellow" has no dictionary link to the source's words and meets none of them in its
    # place: the quote stands as a translation, and the reason says what was left unchecked.
    result = judge(
        'Takaichi said Trump was "a very cheerful and fun fellow".',
        "remarks",
        speaker="Takaichi",
    )
    assert result.verdict is Verdict.SUPPORTED
    assert "“fellow” could not be checked across languages" in result.reason


def test_a_part_whose_only_missing_words_are_a_faithfully_translated_quote_is_supported():
    # かけがえのない is one JMdict headword ("irreplaceable"): word-by-word coverage misses it,
    # the quote check aligns it. Written for this test in the shape of a readout.
    source = document(
        "https://example.invalid/friends",
        "ja",
        "高市総理から、日本とポーランドはかけがえのない友人である旨述べました。",
    )
    result = check_one(
        'Takaichi said Japan and Poland were "irreplaceable friends".',
        source,
        language="en",
        speaker="Takaichi",
    )
    assert result.verdict is Verdict.SUPPORTED
    assert "かけがえのない友人" in result.reason


# A reconstruction in a readout's structure, in our own words: a leader describes his country
# in a phrase the readout quotes, and 物差し ("ruler; measure") is linked to "yardstick" only
# by the quote check, through WordNet.
YARDSTICK = read_page(
    "ja",
    "2025年10月1日、高市総理は、メリダのソラン首相と首脳会談を行いました。",
    "ソラン首相から、メリダは「幸福を国の物差しとする国」として、気候変動対策において日本と"
    "協力していきたい旨述べました。",
)
CALLED = "Solan called Merida 'a country that uses happiness as its national yardstick'"


@pytest.mark.parametrize(
    ("rest", "verdict", "named"),
    [
        # The frame's common word ("called") is how the claim reports the quote.
        (" and offered to join Japan in tackling climate change.", Verdict.SUPPORTED, ""),
        # A check-worthy word around the quote is a detail the claim adds.
        (
            " at a state banquet and offered to join Japan in tackling climate change.",
            Verdict.PARTLY_SUPPORTED,
            "banquet",
        ),
        # So is what the claim goes on to say after it, however common its words.
        (" and said more work was needed.", Verdict.PARTLY_SUPPORTED, ""),
    ],
)
def test_a_faithful_quote_carries_its_reporting_frame_and_no_more(rest, verdict, named):
    result = check_one(CALLED + rest, YARDSTICK, language="en", speaker="Solan")
    assert result.verdict is verdict, result.reason
    assert named in result.reason


def _topic_absent_part(
    coverage: float,
    worthy: float,
    *,
    differs: bool,
    adds: bool = False,
    clause: str = "ルヴァロ大臣から、氷河研究を進めたい旨述べ、",
    form: str = "研究 (JMdict)",
):
    """A part judged uncovered because its topic reads absent, with its attribution check
    on another speaker's `clause`: built directly, the way `decide_verdict` sees it. The
    part's one topic word the source covers, "research", it words 研究."""
    from types import SimpleNamespace
    from typing import Any, cast

    from factcheck.checks.check_attribution import AttributionCheck
    from factcheck.checks.decide import PartJudgement, PartStatus
    from factcheck.checks.keyfacts import KeyFacts, KeyKind

    research = SimpleNamespace(
        kind=KeyKind.CONTENT, named=False, covered_by=object(), source_form=form
    )
    facts = cast(
        KeyFacts,
        SimpleNamespace(
            names_only=False,
            topic_absent=True,
            phrase_absent=False,
            worthy_coverage=worthy,
            uncovered=("a place the page never names",) if adds else (),
            elements=(research,),
        ),
    )
    match = SimpleNamespace(coverage=coverage)
    judged = PartJudgement(
        cast(Any, SimpleNamespace(matches=(match,))), PartStatus.UNCOVERED, facts
    )
    check = AttributionCheck(
        "s", 2, None, SourceKind.READOUT, None, None, differs, False, clause=clause
    )
    return judged, check


@pytest.mark.parametrize(
    ("coverage", "worthy", "differs", "compared"),
    [
        (0.5, 0.6, True, True),  # its topic's specific words in another speaker's clause
        (0.5, 0.2, True, False),  # the people and a stray common word: the topic is absent
        (0.2, 0.6, True, False),  # a near miss is no passage
        (0.5, 0.6, False, False),  # the same speaker: nothing to compare, still absent
    ],
)
def test_a_topic_absent_part_is_compared_for_attribution_only_in_another_mouth(
    coverage: float, worthy: float, differs: bool, compared: bool
) -> None:
    from factcheck.checks.decide import _said_by_another

    judged, check = _topic_absent_part(coverage, worthy, differs=differs)
    assert _said_by_another(judged, check) is compared


def test_a_topic_absent_part_whose_other_clause_shares_only_its_names_is_said_by_no_one():
    # The other speaker's clause names the country and the people, nothing the part says.
    from factcheck.checks.decide import _said_by_another

    judged, check = _topic_absent_part(
        0.5, 0.6, differs=True, clause="茂木大臣から、アイスランドの取組を高く評価する旨述べ、"
    )
    assert _said_by_another(judged, check) is False


def test_a_topic_word_counts_in_the_other_clause_whatever_its_case():
    from factcheck.checks.decide import _said_by_another

    judged, check = _topic_absent_part(
        0.5, 0.6, differs=True, clause="Minister Ruvalo said Research on glaciers", form="research"
    )
    assert _said_by_another(judged, check) is True


def test_a_topic_absent_part_that_adds_a_key_element_is_said_by_no_one() -> None:
    from factcheck.checks.decide import _said_by_another

    judged, check = _topic_absent_part(0.5, 0.6, differs=True, adds=True)
    assert _said_by_another(judged, check) is False


def test_a_number_inside_an_altered_quote_is_a_misquote_and_one_outside_it_contradicts():
    source = document(
        "p",
        "en",
        "On May 4, Minister Motegi held a meeting with Minister Ruvalo of Norvane.",
        "Minister Ruvalo said that Japan is a loyal friend that has stood by Norvane for "
        "more than a century.",
    )
    # The quote words the source's sentence otherwise, its number with it: the claim
    # misquotes, and the number's conflict is shown among the details.
    result = check_one(
        'Ruvalo called Japan "a loyal ally that has stood by Norvane for fifty years."', source
    )
    assert result.verdict is Verdict.MISQUOTED, result.reason
    assert any("fifty years" in detail for detail in result.details if "conflict" in detail)
    # The same number outside the quotation marks is the claim's own: it contradicts.
    result = check_one(
        "Ruvalo said Japan had been a loyal friend that has stood by Norvane for fifty years.",
        source,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_a_number_written_outside_the_quote_still_contradicts_though_the_quote_is_altered():
    source = document(
        "p",
        "en",
        "On May 4, Minister Motegi held a meeting with Minister Ruvalo of Norvane.",
        "Minister Ruvalo said that Norvane would send 5 trade missions to Japan this year, "
        "calling Japan a friend of many years.",
    )
    # "3" is written outside the quote; the quote's "30" is another word, not where it is.
    result = check_one(
        "Ruvalo said Norvane would send 3 trade missions to Japan this year, calling Japan "
        '"a friend of 30 long years".',
        source,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "“3”" in result.reason or "3 trade" in result.reason, result.reason
