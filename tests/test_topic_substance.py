"""An absent topic is not found though a sentence shares its commonest words (our wording)."""

from __future__ import annotations

import pytest
from pipeline_helpers import TERMBASE, check_one, claim, document, index_of

from factcheck.checks.keyfacts import _office_as_place
from factcheck.checks.match import anchor_sentences
from factcheck.checks.topic_links import firm_sentences
from factcheck.model import Verdict
from factcheck.text.analyse import analyse_claim

# The ministers say their research institutes will keep working as one team; nothing of a
# research team on glaciers.
READOUT = document(
    "s",
    "en",
    "On March 9, 2027, Minister Motegi held a foreign ministers' meeting with Minister Aldana.",
    "Minister Aldana said his country counted on Japan as a trusted friend, and the two ministers "
    "confirmed that the research institutes of their countries would keep working as one team.",
    "The two ministers agreed to promote exchanges in music and film.",
)
# The same meeting, where they do set up a research team on glaciers.
GLACIERS = document(
    "t",
    "en",
    "On March 9, 2027, Minister Motegi held a foreign ministers' meeting with Minister Aldana.",
    "The two ministers agreed to set up a research team on glaciers.",
    "The two ministers agreed to promote exchanges in music and film.",
)


def test_a_topic_whose_specific_word_is_absent_is_not_found_beside_its_common_words():
    # "research" and "team" stand in sentence 2, "glaciers" nowhere: the research team on
    # glaciers is no topic of the source.
    result = check_one("Motegi and Aldana agreed to set up a research team on glaciers.", READOUT)
    assert result.verdict is Verdict.NOT_FOUND, result.reason


@pytest.mark.parametrize(
    ("claim", "source", "verdict"),
    [
        (
            "Motegi and Aldana agreed to set up a research team on glaciers.",
            GLACIERS,
            Verdict.SUPPORTED,
        ),
        # A detail added to a topic the source carries stays partly supported.
        (
            "Motegi and Aldana agreed to set up a research team on glaciers that will meet in "
            "Sapporo every autumn.",
            GLACIERS,
            Verdict.PARTLY_SUPPORTED,
        ),
        # A topic of common words only is carried by the sentence that says them.
        (
            "Motegi and Aldana agreed that the research institutes of their countries would keep "
            "working as one team.",
            READOUT,
            Verdict.SUPPORTED,
        ),
    ],
)
def test_a_topic_the_source_carries_is_found(claim, source, verdict):
    assert check_one(claim, source).verdict is verdict


LUNCH = document(
    "d",
    "en",
    "On February 16, 2027, Prime Minister Takaichi held a summit meeting with President Varga, "
    "who is visiting Japan, and afterwards held a working lunch with her.",
    "Prime Minister Takaichi thanked President Varga for coming to Japan.",
)
LUNCH_AT_KANTEI = document(
    "k",
    "en",
    "On February 16, 2027, Prime Minister Takaichi held a summit meeting with President Varga, "
    "who is visiting Japan, and afterwards held a working lunch with her at the Prime Minister's "
    "Office.",
    "Prime Minister Takaichi thanked President Varga for coming to Japan.",
)
CLAIM = (
    "Takaichi thanked Varga for coming to Japan, then held a working lunch with her at the Prime "
    "Minister's Office."
)


def test_an_institution_named_as_the_events_place_is_a_place_the_source_must_give():
    result = check_one(CLAIM, LUNCH)
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "does not say “Prime Minister's Office”" in result.reason, result.reason


def test_the_events_place_the_source_gives_is_supported():
    assert check_one(CLAIM, LUNCH_AT_KANTEI).verdict is Verdict.SUPPORTED


def test_an_institution_that_speaks_is_no_place():
    for text, place in (
        ("Takaichi held a working lunch at the Prime Minister's Office.", True),
        ("The Prime Minister's Office said Takaichi held a working lunch.", False),
    ):
        (part,) = analyse_claim(claim(text), "en", TERMBASE).parts
        anchors = [a for a in part.anchors if a.key == "prime-ministers-office"]
        assert anchors, part.anchors
        assert _office_as_place(part, anchors[0], "en", TERMBASE) is place, text


# A Japanese readout of a courtesy call (our own words): a first visit, a quoted
# partnership, farming.
CALL_ON_JA = document(
    "j",
    "ja",
    "令和9年2月16日、茂木外務大臣は、ヴァルガ大統領を表敬訪問しました。",
    "冒頭、ヴァルガ大統領から、日本の外務大臣として初めてとなる同国への訪問を歓迎する旨述べました。",
    "茂木大臣から、「包括的戦略的パートナーシップ」の構築に向けた協力を呼びかけ、ヴァルガ大統領は"
    "これに賛同する旨述べました。",
    "両者は、農業分野での協力を進めることで一致しました。",
)


def test_a_qualifier_the_source_bears_out_makes_the_part_no_absent_topic():
    result = check_one(
        "Varga greeted Motegi on what he called the first journey to his nation by a serving "
        "Japanese foreign minister.",
        CALL_ON_JA,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_quoted_words_the_passage_carries_are_the_parts_topic():
    result = check_one(
        'Motegi called for joint work toward a "Comprehensive Strategic Partnership", an aim '
        "Varga said he shared.",
        CALL_ON_JA,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_first_the_source_does_not_bear_out_leaves_an_absent_topic_absent():
    result = check_one("Motegi and Varga held their first talks on tidal power.", CALL_ON_JA)
    assert result.verdict is Verdict.NOT_FOUND, result.reason


# A Japanese readout of a lunch (our own words): young people, students, sports.
LUNCH_JA = document(
    "s",
    "ja",
    "令和8年10月15日、高市総理大臣は、来日中のリンド首相と昼食を共にしながら懇談しました。",
    "リンド首相は、若い世代の相互理解が両国関係の土台である旨述べ、高市総理は、留学生の受入れを"
    "拡大していきたいと応じました。",
    "両首脳は、スポーツ交流の実績を評価し、この分野での交流を続けることで一致しました。",
)


def test_a_topic_met_only_through_a_shared_gloss_of_another_word_is_absent():
    # 発電 "generation (of electricity)" and 世代 "generation" (of young people) share an
    # English gloss: two dictionary steps between two words of one language, which say
    # nothing of power plants.
    result = check_one(
        "高市総理とリンド首相は、原子力発電について協議した。", LUNCH_JA, language="ja"
    )
    assert result.verdict is Verdict.NOT_FOUND, result.reason


def test_two_words_of_one_language_that_share_a_gloss_still_paraphrase():
    # 合意 / 一致 meet through "agreement": weak for finding a topic, enough to cover a part
    # whose topic (sports exchanges) the source says in its own words.
    result = check_one(
        "高市総理とリンド首相は、スポーツ交流の継続で合意した。", LUNCH_JA, language="ja"
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


# A call's readout (our own words): the guest thanks Japan for quick help after floods.
FLOODS = document(
    "f",
    "en",
    "On May 20, Minister Motegi held a telephone talk with Minister Halden of Norvale.",
    "Minister Motegi expressed his condolences for the victims of the floods in Norvale.",
    "In response, Minister Halden expressed his sincere gratitude for Japan's prompt assistance.",
)


def test_a_part_whose_every_topic_word_its_passage_says_in_synonyms_is_supported():
    # "thanked" / "gratitude" and "swift" / "prompt" each share a dictionary sense: weak links
    # one at a time, but the passage says every word of the part.
    for claim_text in (
        "Halden thanked Japan for its swift assistance.",
        "Halden thanked Japan for its swift help.",
    ):
        result = check_one(claim_text, FLOODS)
        assert result.verdict is Verdict.SUPPORTED, result.reason


# A call's readout (our own words): the guest explains work to expand trade with Japan.
TRADE_JA = document(
    "k",
    "ja",
    "令和8年6月10日、高市総理大臣は、ヴァロ・ケシュ大統領と電話会談を行いました。",
    "ヴァロ大統領から、日本との貿易拡大に向けた取組について説明がありました。",
)


def test_a_topic_met_only_through_a_near_synonym_across_languages_stays_absent():
    # "smuggling" reaches 貿易 (trade) only through 密貿易 "contraband trade": two dictionary
    # steps, no sign that the page speaks of smuggling, though it is the part's only topic word.
    result = check_one("Varro explained Kesh's efforts against smuggling.", TRADE_JA)
    assert result.verdict is Verdict.NOT_FOUND, result.reason


def test_a_degree_qualifier_said_of_something_else_bears_out_nothing():
    # The source expands the intake of students (拡大), not the supply of hydrogen: "expand"
    # found there does not make the claim's absent topic partly supported.
    result = check_one(
        "高市総理は、リンド首相に対し、水素の供給拡大を提案した。", LUNCH_JA, language="ja"
    )
    assert result.verdict is Verdict.NOT_FOUND, result.reason


def test_a_degree_qualifier_of_the_sources_topic_is_supported():
    result = check_one(
        "Takaichi said Japan would expand its acceptance of international students.",
        LUNCH_JA,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_near_synonym_reaches_a_sentence_but_is_no_firm_link():
    # childcare → 育児 ("childcare; upbringing") → 教育 ("education; upbringing"): a sentence
    # on education is within the claim word's reach, but does not firmly carry it; a sentence
    # that writes 育児 does.
    index = index_of(
        s=document(
            "s",
            "ja",
            "両首脳は、教育分野での協力を進めることを確認しました。",
            "両首脳は、育児分野での協力を進めることを確認しました。",
        )
    )
    (part,) = analyse_claim(claim("cooperation in childcare"), "en", TERMBASE).parts
    (word,) = [a for a in part.anchors if a.key == "childcare"]
    assert anchor_sentences(word, part, "en", index) == {0, 1}
    assert firm_sentences(word, part, "en", index) == {1}


# A readout's remark (our own words): the guest calls Japan a partner it can trust.
PARTNER_JA = document(
    "s",
    "ja",
    "令和8年5月2日、高市総理大臣は、来日中のリンド首相と会談しました。",
    "リンド首相からは、日本は港湾の近代化において信頼できるパートナーである旨の発言がありました。",
)


def test_a_paraphrase_reason_leaves_the_quoted_words_to_the_quote_check():
    # The quote check says how the source words the quote (“trustworthy” = 信頼); the
    # reason names only the claim's own words the source says otherwise.
    result = check_one(
        "Lind called Japan a “trustworthy” partner in modernising ports.",
        PARTNER_JA,
        speaker="Lind",
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "in other words than the claim's “called”" in result.reason
    assert "“trustworthy”" not in result.reason
    assert any("“trustworthy” = 信頼" in d for d in result.details)


# A foreign minister on a visit to Japan, and no invitation anywhere (our wording); the same
# readout with the invitation.
VISITING = document(
    "s",
    "ja",
    "3月3日、茂木外務大臣は、公式実務訪問中のヴェナー・ノーランド外務大臣と外相会談を行いました。",
    "茂木大臣から、首都ヴェルンの港湾整備を支援する無償資金協力について説明しました。",
    "両外相は、漁業分野での協力を進めていくことで一致しました。",
)
INVITED = document(
    "s",
    "ja",
    *(sentence.text for sentence in VISITING.sentences),
    "ヴェナー大臣から、茂木大臣に対し、ノーランドへの公式訪問の招待がありました。",
)


def test_an_absent_act_makes_the_visit_it_invites_to_no_frame():
    # The lead's visit is Venner's own, to Japan; the visit the claim's absent act invites
    # Motegi to is what that act is about, not the event's frame: not found, not a paraphrase
    # of the lead (nor misattributed to the clause that names the capital).
    text = "Venner invited Motegi to make an official visit to Norland."
    result = check_one(text, VISITING)
    assert result.verdict is Verdict.NOT_FOUND, result.reason
    assert check_one(text, INVITED).verdict is Verdict.SUPPORTED
    # An act inside what someone said or agreed leaves the words after it the frame.
    result = check_one(
        "The two ministers agreed to push ahead with fisheries cooperation.", VISITING
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
