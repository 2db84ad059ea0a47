"""Key facts: every date, number, name and qualifier of a claim must stand in the source."""

from __future__ import annotations

import datetime as dt

import pytest
from pipeline_helpers import check_one, document

from factcheck.model import Document, Verdict

# A readout laid out as MOFA lays one out: the date, place, people and duration in the lead,
# what was said in later paragraphs.
SUMMIT = document(
    "u",
    "en",
    "On November 3, 2025, commencing at 10:00 a.m. for approximately 45 minutes, Prime "
    "Minister Takaichi held a summit meeting with Prime Minister Albanese in Tokyo.",
    "The two leaders reaffirmed the Japan-Australia Special Strategic Partnership.",
    "Prime Minister Albanese expressed his intention to expand cooperation on critical minerals.",
)
SUMMIT_JA = document(
    "v",
    "ja",
    "令和7年11月3日、午前10時から約45分間、高市総理大臣は東京でアルバニージー豪州首相と"
    "日豪首脳会談を行いました。",
    "両首脳は、日豪「特別な戦略的パートナーシップ」を再確認しました。",
)


@pytest.mark.parametrize(
    ("claim", "detail"),
    [
        (
            "The two leaders agreed to deepen the Japan-Australia Special Strategic Partnership.",
            "deepen",
        ),
        (
            "For the first time, the two leaders reaffirmed the Special Strategic Partnership.",
            "first",
        ),
        ("Takaichi and Albanese held a summit meeting by video link on November 3.", "by video"),
        ("Takaichi and Albanese held a summit meeting in Osaka on November 3.", "Osaka"),
    ],
)
def test_a_claim_adding_a_detail_is_partly_supported_and_names_it(claim, detail):
    result = check_one(claim, SUMMIT)
    # (Whether the absent beef and wine make it partly supported is coverage's call.)
    assert result.verdict in (Verdict.SUPPORTED, Verdict.PARTLY_SUPPORTED), result.reason
    assert f"does not say “{detail}”" in result.reason
    # The reason says what the source says instead.
    assert "says «" in result.reason


def test_the_same_claims_without_the_detail_are_supported():
    for claim in (
        "The two leaders reaffirmed the Japan-Australia Special Strategic Partnership.",
        "Takaichi and Albanese held a summit meeting in Tokyo on November 3.",
    ):
        result = check_one(claim, SUMMIT)
        assert result.verdict is Verdict.SUPPORTED, (claim, result.reason)


def test_not_only_adds_rather_than_restricts():
    # "not only X but also Y" claims X and Y; it is not the qualifier "only".
    result = check_one(
        "The two leaders not only reaffirmed the Japan-Australia Special Strategic Partnership "
        "but also held a summit meeting in Tokyo.",
        SUMMIT,
    )
    assert "“only”" not in result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_qualifier_is_checked_across_languages():
    deepen = check_one(
        "The two leaders agreed to deepen the Special Strategic Partnership.", SUMMIT_JA
    )
    assert deepen.verdict is Verdict.PARTLY_SUPPORTED, deepen.reason
    assert "“deepen”" in deepen.reason


def test_facts_spread_over_the_lead_and_a_later_paragraph_combine():
    # The duration is in the lead, the topic in the third sentence.
    result = check_one(
        "In a 45-minute meeting, Albanese expressed his intention to expand cooperation on "
        "critical minerals.",
        SUMMIT,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "45" in result.reason and "sentence 1" in result.reason


def test_a_date_line_set_apart_leaves_the_lead_to_the_next_paragraph():
    # A readout whose date line is a paragraph of its own: the duration stands in the
    # paragraph after it, and it still frames a claim about a later paragraph (one that has
    # a number of its own).
    talks = document(
        "d",
        "ja",
        "令和8年6月15日",
        "6月15日（月）午後5時30分から約45分間、高市総理大臣は、ルイス・ペルー大統領と"
        "首脳会談を行いました。",
        "ルイス大統領から、日本で学ぶペルー人研究者が昨年約300人に達した旨の紹介があり、"
        "両首脳は、学術交流を一層促進していくことを確認しました。",
    )
    claim = (
        "In talks lasting about 45 minutes, Takaichi and Ruiz confirmed that they would further "
        "promote academic exchanges."
    )
    right = check_one(claim, talks)
    assert right.verdict is Verdict.SUPPORTED, right.reason
    assert "45 minutes from s sentence 2" in right.reason
    # A duration the lead does not give is still compared with the lead's.
    wrong = check_one(claim.replace("45", "90"), talks)
    assert wrong.verdict is Verdict.CONTRADICTED, wrong.reason


def _ruritania_talks(*opening: str, ending: str = ".") -> Document:
    """A readout as extraction gives its text: `opening` lines (headings, a date line), the
    lead paragraph with the meeting's length (ending with `ending`), then later paragraphs."""
    return document(
        "s",
        "en",
        *opening,
        "On May 12, commencing at 4:00 p.m. for approximately 50 minutes, Minister for Foreign "
        f"Affairs Motegi held a meeting with Minister Vella of Ruritania{ending}",
        "At the outset, Minister Motegi welcomed Minister Vella to Tokyo for her first visit.",
        "The two ministers exchanged views on the situation in the Indo-Pacific.",
        "Minister Vella stated that Ruritania hopes to expand cooperation with Japan on port "
        "logistics.",
    )


@pytest.mark.parametrize(
    ("opening", "ending"),
    [
        # Its section's name and its title as headings, then the date line.
        (
            ("Diplomatic Relations", "Japan-Ruritania Foreign Ministers' Meeting", "May 12, 2026"),
            ".",
        ),
        # "… as follows:" or a lead that lost its full stop is no heading: it gives figures.
        (("May 12, 2026",), ":"),
        (("May 12, 2026",), ""),
    ],
    ids=["headings", "colon", "no-full-stop"],
)
def test_the_lead_is_the_first_paragraph_written_in_sentences(
    opening: tuple[str, ...], ending: str
) -> None:
    # The lead (time, length, people) frames a claim about a later paragraph.
    talks = _ruritania_talks(*opening, ending=ending)
    claim = (
        "In talks lasting about 50 minutes, Vella told Foreign Minister Motegi that Ruritania "
        "hopes to expand cooperation with Japan on port logistics."
    )
    right = check_one(claim, talks)
    assert right.verdict is Verdict.SUPPORTED, right.reason
    assert f"about 50 minutes from s sentence {len(opening) + 1} (context)" in right.reason
    wrong = check_one(claim.replace("50", "90"), talks)
    assert wrong.verdict is Verdict.CONTRADICTED, wrong.reason


def test_a_date_only_the_date_line_carries_is_compared():
    talk = document(
        "w",
        "ja",
        "本日、高市総理大臣は、アルバニージー豪州首相と電話会談を行いました。",
        "両首脳は、重要鉱物の供給網の強靱化に向けて協力していくことで一致しました。",
    )
    dated = dt.date(2025, 11, 14)
    right = check_one(
        "On November 14, Takaichi and Albanese agreed to cooperate on critical minerals supply "
        "chains.",
        talk,
        source_dated=dated,
    )
    assert right.verdict is Verdict.SUPPORTED, right.reason
    wrong = check_one(
        "On November 15, Takaichi and Albanese agreed to cooperate on critical minerals supply "
        "chains.",
        talk,
        source_dated=dated,
    )
    assert wrong.verdict is Verdict.CONTRADICTED, wrong.reason
    assert "November 15" in wrong.reason


def test_a_name_inside_a_covered_term_is_covered_by_it():
    source = document("x", "ja", "両首脳は、南シナ海を含む地域情勢について意見交換を行いました。")
    result = check_one(
        "The two leaders exchanged views on the regional situation, including the South China Sea.",
        source,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Takaichi and Albanese discussed Australian beef exports during the meeting.", SUMMIT),
        ("高市総理とアルバニージー首相は首脳会談で、牛肉の輸入拡大について協議した。", SUMMIT_JA),
    ],
)
def test_an_absent_topic_added_to_the_event_frame_is_not_found(claim, source):
    # The names and the meeting frame the whole readout; beef is in no part of it.
    result = check_one(claim, source)
    assert result.verdict is Verdict.NOT_FOUND, result.reason


def test_an_absent_detail_beside_a_found_topic_is_not_not_found():
    # Critical minerals are the source's topic: the claim is found, beef and wine or not.
    result = check_one(
        "Albanese expressed his intention to expand cooperation on critical minerals, beef "
        "and wine exports.",
        SUMMIT,
    )
    # (Whether the absent beef and wine make it partly supported is coverage's call.)
    assert result.verdict in (Verdict.SUPPORTED, Verdict.PARTLY_SUPPORTED), result.reason


def test_a_qualifier_is_found_in_a_source_through_the_lexicon():
    # No list says 最初 or 即座 is "first" or "immediately": JMdict's glosses do.
    source = document(
        "w",
        "ja",
        "令和7年11月3日、高市総理大臣はアルバニージー豪州首相と最初の首脳会談を行いました。",
        "両首脳は、重要鉱物の協力に即座に着手することで一致しました。",
    )
    first = check_one("Takaichi and Albanese held the first summit meeting on November 3.", source)
    assert first.verdict is Verdict.SUPPORTED, first.reason
    assert "first" in " ".join(first.details) and "最初" in " ".join(first.details)
    at_once = check_one(
        "The two leaders agreed to start cooperation on critical minerals immediately.", source
    )
    assert "does not say “immediately”" not in at_once.reason, at_once.reason
    assert "即座" in " ".join(at_once.details)


DEFENCE = document(
    "d",
    "en",
    "On November 3, 2025, commencing at 10:00 a.m. for approximately 45 minutes, Prime "
    "Minister Takaichi held a summit meeting with Prime Minister Albanese in Tokyo.",
    "The two leaders reaffirmed the Japan-Australia Special Strategic Partnership.",
    "Prime Minister Takaichi stated that Japan would strengthen its own defence capabilities.",
)


def test_an_absent_topic_is_not_found_though_a_stray_word_of_it_stands_elsewhere():
    # "defence" is said of something else; the request, the raise and the spending are in
    # no sentence. The summit meeting the claim names is the lead's event, not its topic.
    result = check_one(
        "At the summit meeting, Albanese asked Japan to raise its defence spending sharply.",
        DEFENCE,
    )
    assert result.verdict is Verdict.NOT_FOUND, result.reason


def test_a_claim_of_the_event_frame_alone_is_supported_by_its_date_and_duration():
    # Nothing beyond the frame ("lasted" aside) is claimed, and the lead bears out when and
    # how long: that is no absent topic.
    result = check_one(
        "Takaichi and Albanese held a summit meeting on November 3 that lasted about 45 minutes.",
        DEFENCE,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_the_event_named_by_the_lead_does_not_make_an_absent_topic_found():
    talk = document(
        "t",
        "ja",
        "令和7年10月25日、約10分間、高市総理大臣は、トランプ米国大統領と電話会談を行いました。",
        "両首脳は、日米同盟を更なる高みに引き上げるため協力していくことで一致しました。",
    )
    result = check_one(
        "Takaichi and Trump also discussed visa rules for Japanese students during the call.",
        talk,
    )
    assert result.verdict is Verdict.NOT_FOUND, result.reason


SPACE = document(
    "p",
    "ja",
    "令和8年3月12日（木）午後5時から約50分間、高市総理大臣は、ルイス・ペルー大統領と"
    "日・ペルー首脳会談を行いました。",
    "両首脳は、防災分野での協力について意見交換を行い、新たな対話を開始することで一致しました。",
    "高市総理から、ルイス大統領の訪日を歓迎する旨述べました。",
    "なお、ルイス大統領は、前日の3月11日に広島を訪問し、平和記念資料館を見学しました。",
)
TOPIC = "the two leaders agreed to start a new dialogue on disaster risk reduction."


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        (f"On March 12, {TOPIC}", Verdict.SUPPORTED),
        # 11 March is the date of another event, in another sentence: the consultation's
        # date is the meeting's, and it differs.
        (f"On March 11, {TOPIC}", Verdict.CONTRADICTED),
        (f"In talks lasting about 50 minutes, {TOPIC}", Verdict.SUPPORTED),
        (f"In talks lasting about 90 minutes, {TOPIC}", Verdict.CONTRADICTED),
    ],
)
def test_the_passage_is_the_one_with_the_claims_content_not_the_one_with_its_date(claim, verdict):
    result = check_one(claim, SPACE)
    assert result.verdict is verdict, result.reason


def test_where_an_element_is_covered_is_a_typed_place_that_reads_as_prose():
    from factcheck.checks.source_layout import Coverage, Place

    assert Coverage(Place.PASSAGE, "mofa", 2).describe() == "mofa sentence 3"
    assert Coverage(Place.CONTEXT, "mofa", 11).describe() == "mofa sentence 12 (context)"
    assert Coverage(Place.DATE_LINE, "mofa").describe() == "the date line of mofa"
    assert Coverage(Place.TITLE, "mofa").describe() == "the title of mofa"


def test_the_reason_names_what_the_context_supplies_from_where():
    talk = document(
        "w",
        "ja",
        "高市総理大臣は、アルバニージー豪州首相と電話会談を行いました。",
        "両首脳は、重要鉱物の供給網の強靱化に向けて協力していくことで一致しました。",
    )
    result = check_one(
        "On November 14, Takaichi and Albanese agreed to cooperate on critical minerals supply "
        "chains.",
        talk,
        source_dated=dt.date(2025, 11, 14),
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "November 14 from the date line of s" in result.reason


def test_a_country_named_only_inside_a_bilateral_compound_is_named():
    # The readout never writes 日本: 日伊 ("Japan-Italy", JMdict) names Japan.
    source = document(
        "i",
        "ja",
        "令和8年3月12日、高市総理大臣は、メローニ・イタリア首相と日伊首脳会談を行いました。",
        "高市総理から、イタリアの大阪・関西万博への参加に謝意を述べました。",
    )
    result = check_one("Takaichi conveyed Japan's thanks for Italy's participation.", source)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert any("“Japan”: s sentence 1 as “日伊 (JMdict)”" in d for d in result.details)


@pytest.mark.parametrize(
    "claim",
    [
        "Reuters reported that Takaichi and Albanese held a summit meeting in Tokyo on November 3.",
        "Takaichi and Albanese held a summit meeting in Tokyo on November 3, Kyodo News reported.",
    ],
)
def test_the_articles_source_of_news_is_no_element_the_source_must_carry(claim):
    result = check_one(claim, SUMMIT)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_source_word_that_only_shares_a_stem_with_a_qualifier_does_not_say_it():
    # 就任 "inauguration" is no "first" (as "inaugural" would make it); 大統領 "big man" is no
    # "record" (as "biggest", lemmatised to "big", would make it).
    source = document(
        "f",
        "ja",
        "令和7年10月28日、高市総理大臣は、トランプ米国大統領と首脳会談を行いました。",
        "トランプ大統領から、高市総理の就任に対する祝意が表されました。",
    )
    first = check_one(
        "Trump congratulated Takaichi on October 28 in the first meeting of the two leaders.",
        source,
    )
    assert "“first”" in first.reason, first.reason


def test_a_capitalised_word_opening_a_quotation_is_no_name_the_source_must_carry():
    from factcheck.checks.key_names import proper_words

    words = proper_words(
        'In Osaka, Carney called the talks "Productive and warm" and met Albanese.', "en"
    )
    assert set(words.values()) == {"Osaka", "Carney", "Albanese"}


def test_a_word_of_a_gloss_phrase_does_not_say_a_qualifier():
    # JMdict glosses 前半 "first half": a half, not a first.
    source = document(
        "h",
        "ja",
        "令和7年11月14日、高市総理大臣は、アルバニージー豪州首相と電話会談を行いました。",
        "両首脳は、来年前半にキャンベラで首脳会談を行うことを目指すことで一致しました。",
    )
    result = check_one(
        "The two leaders agreed to aim for the first summit meeting in Canberra.", source
    )
    assert "does not say “first”" in result.reason, result.reason


def test_countries_named_elsewhere_on_the_page_count_toward_a_passages_coverage():
    # The passage says what was agreed; another paragraph (neither the lead nor the
    # passage's own) names the countries. People and places frame the whole page, so they
    # are no shortfall of the passage: only the unsaid "closely" is, and it weighs little.
    call = document(
        "w",
        "en",
        "On March 2, 2026, Prime Minister Takaichi held a telephone call with Prime Minister "
        "Carney.",
        "Prime Minister Takaichi said that Japan values its partnership with Canada.",
        "Prime Minister Carney expressed his gratitude for the support on wildfires.",
        "The two leaders confirmed that they would cooperate on critical minerals.",
    )
    result = check_one("Japan and Canada will cooperate closely on critical minerals.", call)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "sentence 4" in result.reason
    # A country the page never names is still missing, and named.
    result = check_one("Japan and Brazil will cooperate closely on critical minerals.", call)
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "“Brazil”" in result.reason


def test_a_country_named_by_its_people_or_another_name_is_named_by_the_pages_name():
    # CLDR writes Türkiye, JMdict glosses トルコ as Turkey and トルコ語 as Turkish: one country.
    talks = document(
        "t",
        "en",
        "On October 14, 2026, Foreign Minister Motegi held talks with Foreign Minister Aksoy.",
        "Minister Aksoy said that Türkiye would welcome more Japanese visitors to its Black Sea "
        "coast.",
    )
    for claim in (
        "Aksoy said Turkey would welcome more Japanese visitors to its Black Sea coast.",
        "Aksoy said the Turkish side would welcome more Japanese visitors to its Black Sea coast.",
    ):
        result = check_one(claim, talks)
        assert result.verdict is Verdict.SUPPORTED, (claim, result.reason)
    # Another country is still one the page does not name.
    result = check_one(
        "Aksoy said Greece would welcome more Japanese visitors to its Black Sea coast.",
        talks,
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "“Greece”" in result.reason


# A readout that names where goods come from by the country's name (チリ産, "from Peru"), in
# both source languages.
ORIGINS_JA = document(
    "o",
    "ja",
    "令和8年3月10日、高市総理大臣はヴァルガ首相と首脳会談を行いました。",
    "両首脳は、チリ産サーモンの輸入拡大について意見交換を行いました。",
    "両首脳は、ペルー産の銅の調達について意見交換を行いました。",
)
ORIGINS_EN = document(
    "o",
    "en",
    "On March 10, 2026, Prime Minister Takaichi held a summit meeting with Prime Minister Varga.",
    "The two leaders exchanged views on expanding imports of salmon from Chile.",
    "The two leaders exchanged views on the procurement of copper from Peru.",
)


@pytest.mark.parametrize("source", [ORIGINS_JA, ORIGINS_EN], ids=["ja", "en"])
@pytest.mark.parametrize(
    "claim",
    [
        "The two leaders exchanged views on expanding imports of Chilean salmon.",
        "The two leaders exchanged views on the procurement of Peruvian copper.",
    ],
)
def test_a_countrys_adjective_meets_the_country_the_source_names(claim, source):
    result = check_one(claim, source)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize("source", [ORIGINS_JA, ORIGINS_EN], ids=["ja", "en"])
def test_another_countrys_adjective_is_still_missing(source):
    result = check_one(
        "The two leaders exchanged views on the procurement of Bolivian copper.", source
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "Bolivian" in result.reason


# Readouts that name a leader by title and surname only, in both source languages.
SURNAMES_JA = document(
    "n",
    "ja",
    "令和8年3月10日、高市総理大臣はカスト・チリ大統領と電話会談を行いました。",
    "カスト大統領から、銅の対日輸出拡大に期待する旨の発言がありました。",
    "オルポ首相は、日本の造船企業との協力を歓迎しました。",
)
SURNAMES_EN = document(
    "n",
    "en",
    "On March 10, 2026, Prime Minister Takaichi held a telephone talk with President Kast.",
    "President Kast expressed his hope to expand exports of copper to Japan.",
    "Prime Minister Orpo welcomed cooperation with Japanese shipbuilders.",
)


@pytest.mark.parametrize("source", [SURNAMES_EN, SURNAMES_JA], ids=["en", "ja"])
@pytest.mark.parametrize(
    "claim",
    [
        "Petteri Orpo welcomed cooperation with Japanese shipbuilders.",
        "José Antonio Kast said he hoped to expand copper exports to Japan.",
        "José A. Kast said he hoped to expand copper exports to Japan.",
    ],
)
def test_given_names_of_a_person_the_source_names_by_surname_are_no_missing_fact(claim, source):
    result = check_one(claim, source)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize("source", [SURNAMES_EN, SURNAMES_JA], ids=["en", "ja"])
def test_a_second_person_beside_a_named_one_is_still_missing(source):
    # "and" ends the run: Kristersson is another person, whom the source never names; the
    # given name of the one it does name is not reported.
    result = check_one(
        "Petteri Orpo and Kristersson welcomed cooperation with Japanese shipbuilders.", source
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "Kristersson" in result.reason
    assert "Petteri" not in result.reason


ROUTES_EN = document(
    "r",
    "en",
    "On March 10, 2026, Minister Motegi held a meeting with Minister Aldana.",
    "Minister Motegi expressed support for the northern transport route across the region.",
)


def test_a_capitalised_phrase_is_no_person_whose_other_words_go_unreported():
    # "Northern Corridor" is a run of capitalised words, but its last word is not covered:
    # no surname names a person here, so "Corridor" stays a word the source lacks.
    result = check_one("Motegi expressed support for the Northern Corridor.", ROUTES_EN)
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "Corridor" in result.reason


# Foreign ministers' talks as MOFA's English pages lay them out: the date, duration and people
# in the lead, numbered points after it. Neither minister is in the termbase.
MINISTERS = document(
    "m",
    "en",
    "On September 21, 2026, commencing at 2:00 p.m. for approximately 75 minutes, Minister "
    "Motegi held a Foreign Ministers' Meeting with Minister Aldana.",
    "After the meeting, Minister Motegi hosted a working lunch.",
    "Minister Motegi welcomed Minister Aldana to Tokyo.",
    "The two ministers exchanged views on regional affairs.",
    "After the meeting, the two ministers signed a memorandum on cooperation in meteorology.",
)


def test_names_the_termbase_does_not_know_are_no_content_when_choosing_the_passage():
    # The lead names both ministers and carries the date; what the claim says of them (the
    # memorandum) stands in the last point, which is the passage.
    result = check_one(
        "Motegi and Aldana signed a meteorology cooperation memorandum on September 21.",
        MINISTERS,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "sentence 5" in result.reason


def test_a_wrong_duration_is_compared_when_the_passage_has_the_content_and_the_page_the_names():
    result = check_one(
        "Motegi and Aldana met in Tokyo for roughly 40 minutes before a working lunch.",
        MINISTERS,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "75 minutes" in result.reason


# A readout written for these tests (our own words, laid out as a summit readout): the lead
# carries the event, later paragraphs what was agreed.
TRADE = document(
    "t",
    "en",
    "On June 8, 2027, Prime Minister Takaichi held a summit meeting with President Ruiz, "
    "followed by a lunch hosted by the Prime Minister.",
    "Prime Minister Takaichi welcomed the progress of tax reform in Peru.",
    "The two leaders confirmed that consultations on expanding exports of Peruvian avocados to "
    "Japan would move forward.",
    "Under international frameworks, the two leaders will continue close cooperation on the "
    "management of Pacific fisheries.",
)


def test_common_words_worded_otherwise_in_a_covered_clause_are_a_paraphrase():
    # "selling more" for "expanding exports", "go ahead" for "move forward": common words,
    # each alone between words the source carries; the lunch and its host are the lead's.
    result = check_one(
        "At talks followed by a lunch hosted by Takaichi, the two leaders confirmed that "
        "consultations on selling more Peruvian avocados to Japan would go ahead.",
        TRADE,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    # The reason says which of the claim's words the source words otherwise.
    assert "in other words than the claim's “ahead” and “selling”" in result.reason
    assert any("as a paraphrase" in d for d in result.details), result.details


def test_a_missing_phrase_of_common_words_is_a_missing_fact():
    # "signed a long-term contract": every word is common, but none of the phrase stands in
    # the source, so it is a fact the claim adds, not a wording.
    result = check_one("The two leaders signed a long-term contract on Peruvian avocados.", TRADE)
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "“contract”" in result.reason, result.reason


def test_a_missing_specific_word_is_no_paraphrase_and_the_reason_names_it_first():
    # "sardine" is rare and stands nowhere: that is what the editor must check. "within" is
    # a common word the source says otherwise ("under") and is not named.
    result = check_one(
        "The two leaders will keep cooperating closely within international frameworks on the "
        "management of Pacific sardine stocks.",
        TRADE,
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "has nothing for “sardine”" in result.reason, result.reason
    assert "“within”" not in result.reason, result.reason


def test_a_word_the_reason_names_is_named_without_an_apostrophe_after_it():
    # A plural's apostrophe (or a closing straight quote) glued to the missing word is not
    # part of the word the reason names.
    result = check_one(
        "The two leaders will keep cooperating closely under international frameworks on the "
        "management of the Pacific sardines' stocks.",
        TRADE,
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "“sardines”" in result.reason, result.reason


TRADE_JA = document(
    "m",
    "ja",
    "令和9年6月8日、高市総理大臣は、ルイス・ペルー共和国大統領と首脳会談を行いました。",
    "高市総理から、ペルーの税制改革を評価する旨述べました。",
    "両首脳は、ペルー産アボカドの対日輸出の拡大に向けた協議を進めることを確認しました。",
)


def test_a_paraphrase_across_languages_leaves_no_name_behind():
    # "selling more" and "go ahead" are worded otherwise in the Japanese readout: a paraphrase.
    paraphrase = check_one(
        "The two leaders confirmed that consultations on selling more Peruvian avocados would go "
        "ahead.",
        TRADE_JA,
    )
    assert paraphrase.verdict is Verdict.SUPPORTED, paraphrase.reason
    # An organisation the readout never names is no wording but a fact the claim adds, though
    # no termbase knows it and the claim's language only marks it as a name.
    added = check_one(
        "The two leaders confirmed that consultations on selling more Peruvian avocados would go "
        "ahead, backed by the International Labour Organization.",
        TRADE_JA,
    )
    assert added.verdict is Verdict.PARTLY_SUPPORTED, added.reason
    assert "“Labour”" in added.reason, added.reason


def test_check_worth_grades_content_words_by_their_frequency():
    from factcheck.checks.keyfacts import KeyKind, check_worth
    from factcheck.languages import language_for
    from factcheck.model import Anchor, AnchorKind

    english = language_for("en")

    def worth(word: str, kind: KeyKind = KeyKind.CONTENT) -> float:
        return check_worth(kind, Anchor(AnchorKind.WORD, word, word, weight=0.6), english)

    assert worth("tuna") == 1.0  # rare: fully check-worthy
    assert worth("within") == 0.0  # as common as a word gets
    assert 0.0 < worth("steel") < worth("tariff") <= 1.0  # graded between
    assert worth("within", KeyKind.NAME) == 1.0  # a key element is always worth checking
    date = Anchor(AnchorKind.DATE, "2027-06-08", "June 8")
    assert check_worth(KeyKind.DATE, date, english) == 1.0


def test_check_worth_grades_japanese_words_by_their_frequency_too():
    from factcheck.checks.keyfacts import KeyKind, check_worth
    from factcheck.languages import language_for
    from factcheck.model import Anchor, AnchorKind

    japanese = language_for("ja")

    def worth(word: str) -> float:
        return check_worth(KeyKind.CONTENT, Anchor(AnchorKind.WORD, word, word), japanese)

    # Everyday words ("environment", "field") may be worded otherwise, as English ones may;
    # a rarer one ("minerals") is fully check-worthy, and so is a compound the frequency list
    # lacks and JMdict does not mark common ("decarbonisation").
    assert 0.0 < worth("環境") < worth("分野") < 1.0
    assert worth("鉱物") == 1.0
    assert worth("脱炭素") == 1.0
    # The weight's factor stays JMdict's: an everyday word weighs as a common one always did.
    assert japanese.rarity("環境") == japanese.rarity("鉱物") == 1.0


# A courtesy call written for these tests (our own words): polar science, the Arctic.
POLAR_CALL = document(
    "m",
    "en",
    "Foreign Minister Motegi received a courtesy call from Mr. Erik Lund, Minister of Trade of "
    "Norway, on May 11, 2027.",
    "Minister Lund conveyed that Norway regarded Japan as an important partner.",
    "The two ministers confirmed that Japan and Norway would continue close cooperation in "
    "polar science, including on protection of the Arctic environment.",
)


def test_everyday_words_side_by_side_are_wording_not_a_missing_phrase():
    # "working", "big" and "picture" stand nowhere in the source ("cooperation", "polar
    # science"): too common to check on their own, and no phrase the claim adds for being
    # neighbours.
    said = check_one(
        "Japan and Norway would go on working closely on the big picture and, within it, on "
        "protecting the Arctic environment, Lund said on Tuesday.",
        POLAR_CALL,
        published=dt.date(2027, 5, 12),
        source_dated=dt.date(2027, 5, 11),
    )
    assert said.verdict is Verdict.SUPPORTED, said.reason
    # Rarer words the source lacks ("icebreaker fleets") are still a detail it does not give.
    added = check_one(
        "Japan and Norway would go on working closely on icebreaker fleets and, within it, on "
        "protecting the Arctic environment, Lund said on Tuesday.",
        POLAR_CALL,
        published=dt.date(2027, 5, 12),
        source_dated=dt.date(2027, 5, 11),
    )
    assert added.verdict is Verdict.PARTLY_SUPPORTED, added.reason
    assert "icebreaker" in added.reason, added.reason


# A summit readout written for these tests (our own words): the lead names the counterpart in
# katakana only, a later paragraph says what was agreed.
SUMMIT_SE = document(
    "k",
    "ja",
    "令和8年9月2日、午後3時から約40分間、高市総理大臣は、ウルフ・クリステルソン・スウェーデン"
    "王国首相と首脳会談を行いました。",
    "両首脳は、水素及び半導体の分野での協力を進めていくことで一致しました。",
)


def test_a_name_the_page_writes_in_katakana_is_covered_through_its_reading():
    # "Ulf Kristersson" is in no termbase; the lead writes ウルフ・クリステルソン. The topic stands
    # in sentence 2, the people and the date in the lead: supported, nothing named as missing.
    # Sentence 2 alone covers under PARTIAL_COVERAGE of the part (the rest is the lead's):
    # it is covered because it carries the topic and the lead the frame (decide.judge_part).
    result = check_one(
        "Takaichi held talks with Sweden's Prime Minister Ulf Kristersson on September 2, "
        "agreeing to advance cooperation on hydrogen and semiconductors.",
        SUMMIT_SE,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "Kristersson" not in result.reason, result.reason


# A readout that reports every topic with the same verb ("cooperate"), as readouts do.
HABITS = document(
    "h",
    "en",
    "On May 6, 2026, commencing at 11:00 a.m. for approximately 70 minutes, Prime Minister "
    "Takaichi held a summit meeting with Prime Minister Carney in Ottawa.",
    "The two leaders agreed to cooperate on geothermal power and satellite navigation.",
    "Prime Minister Carney said that Canada would cooperate with Japan on the supply of "
    "liquefied natural gas.",
    "The two leaders exchanged views on regional affairs, including the South China Sea.",
    "The two leaders also agreed to cooperate closely toward a Free and Open Indo-Pacific.",
    "Prime Minister Takaichi welcomed the growth of student exchanges between the two countries.",
)
HABITS_JA = document(
    "j",
    "ja",
    "令和8年5月6日（水）午前11時から約1時間10分、高市総理大臣は、カーニー・カナダ首相と"
    "首脳会談を行いました。",
    "両首脳は、地熱発電や衛星測位の分野で協力していくことで一致しました。",
    "カーニー首相から、液化天然ガスの供給について日本と協力していきたい旨述べました。",
    "両首脳は、地域情勢について意見交換を行い、南シナ海を含む地域の安全保障について緊密に"
    "協力していくことを確認しました。",
    "高市総理から、両国間の学生交流の拡大を歓迎する旨述べました。",
)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        # A country the page never names, added to the frame of a topic the page has
        # ("exchanged views").
        ("Takaichi and Carney exchanged views on the situation in Venezuela.", HABITS),
        # An organisation the page never names.
        ("Takaichi and Carney discussed reform of the World Trade Organization.", HABITS),
        # The source's stock verb is all the claim shares with it beyond the frame.
        ("Takaichi and Carney agreed to cooperate on preventing forest fires.", HABITS),
        ("Takaichi and Carney agreed to cooperate on preventing forest fires.", HABITS_JA),
    ],
)
def test_a_claim_whose_substance_the_source_never_mentions_is_not_found(claim, source):
    result = check_one(claim, source)
    assert result.verdict is Verdict.NOT_FOUND, result.reason


@pytest.mark.parametrize(
    "claim",
    [
        # The substance (satellite navigation) is there; the ground station is a detail the
        # source lacks.
        "Takaichi and Carney agreed to cooperate on satellite navigation and a new ground "
        "station in Halifax.",
        # The substance (student exchanges) is there; the number is a detail it lacks.
        "Takaichi welcomed the growth of student exchanges to 5,000 students a year.",
    ],
)
def test_a_claim_whose_substance_is_there_but_adds_a_detail_is_partly_supported(claim):
    result = check_one(claim, HABITS)
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason


def test_a_name_the_page_writes_against_another_script_is_no_absent_name():
    # ASEAN touches kanji (ASEAN議長国): the page names it, so it frames the event.
    source = document(
        "a",
        "ja",
        "令和7年10月26日、高市総理大臣は、アンワル・マレーシア首相と首脳会談を行いました。",
        "高市総理から、ASEAN議長国として会議を成功に導いたアンワル首相の手腕に敬意を表しました。",
    )
    result = check_one("Takaichi praised Anwar's leadership as ASEAN chair.", source)
    assert result.verdict is not Verdict.NOT_FOUND, result.reason


VISIT_JA = document(
    "vv",
    "ja",
    "令和9年3月9日、高市総理大臣は、来日中のアルバニージー豪州首相と首脳会談を行いました。",
    "冒頭、高市総理から、豪州首相として約12年ぶりとなる公式訪問を歓迎する旨述べました。",
)
"""A readout that counts the years since the last visit (約12年ぶり), in our own words."""


def test_the_first_in_so_many_years_is_a_duration_not_a_first_of_its_kind():
    # "the first … in some 12 years" is 約12年ぶり: no first-ever visit is claimed.
    result = check_one(
        "Takaichi welcomed Albanese's official visit, the first by an Australian prime "
        "minister in some 12 years.",
        VISIT_JA,
    )
    assert "“first”" not in result.reason, result.reason
    # "visit" meets 訪問 through the dictionary: the termbase keeps only "working visit".
    assert result.verdict is Verdict.SUPPORTED, result.reason
    ever = check_one(
        "Takaichi welcomed Albanese's official visit, the first-ever by an Australian prime "
        "minister.",
        VISIT_JA,
    )
    assert "“first”" in ever.reason, ever.reason


# A loan agreement in English; the claims below say it in Japanese.
LOAN = document(
    "g",
    "en",
    "On February 17, 2027, Minister for Foreign Affairs Motegi held a meeting with Foreign "
    "Minister Ruiz of Peru.",
    "The two ministers welcomed the signing of the Exchange of Notes concerning a Japanese ODA "
    "loan of up to 25 billion yen for the Southern Coastal Water Supply Project.",
)


def test_a_bound_on_an_amount_is_no_record():
    # 最大250億円 is "up to 25 billion yen": the amount's bound, compared as the number.
    bound = check_one(
        "両外相は、南部沿岸給水事業を対象とする最大250億円の円借款に関する交換公文の署名を歓迎した。",
        LOAN,
        language="ja",
    )
    assert "“record”" not in bound.reason, bound.reason
    assert not any("qualifier “record”" in d for d in bound.details), bound.details


@pytest.mark.parametrize("largest", ["過去最大の", "最大規模の"])
def test_a_largest_that_bounds_no_amount_is_still_a_record(largest):
    claim = (
        f"両外相は、南部沿岸給水事業を対象とする{largest}円借款に関する交換公文の署名を歓迎した。"
    )
    result = check_one(claim, LOAN, language="ja")
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "does not say “record”" in result.reason, result.reason


# The lead reports the meeting and the dinner after it; a later paragraph what was said.
MEETING_AND_DINNER = document(
    "l",
    "en",
    "On November 3, 2025, commencing at 10:00 a.m. for approximately 45 minutes, Prime "
    "Minister Takaichi held a summit meeting with Prime Minister Albanese in Tokyo, and then "
    "hosted a dinner for him.",
    "The two leaders reaffirmed the Japan-Australia Special Strategic Partnership.",
)


def test_a_claim_about_the_event_the_lead_reports_is_weighed_on_the_leads_words():
    # The passage is the lead: the dinner and its host are what the claim says, so a common
    # word worded otherwise ("afterwards" / "then") is a paraphrase.
    result = check_one(
        "Takaichi met Albanese on November 3 and hosted a dinner for him afterwards.",
        MEETING_AND_DINNER,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    "claim",
    [
        "Takaichi met Albanese on November 3 and hosted a dinner for him at the Akasaka Palace.",
        "Takaichi met Albanese on November 3 and hosted a dinner and a concert for him afterwards.",
    ],
)
def test_a_detail_added_to_the_event_the_lead_reports_is_still_missing(claim):
    result = check_one(claim, MEETING_AND_DINNER)
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason


# A visit reported without saying it is the guest's first, and one that says so.
VISIT = document(
    "w",
    "en",
    "On February 18, 2027, Minister Aldana visited the Japan Meteorological Agency in Tokyo.",
)
FIRST_VISIT = document(
    "f",
    "en",
    "On February 18, 2027, Minister Aldana, on his first visit to Japan, visited the Japan "
    "Meteorological Agency in Tokyo.",
)


@pytest.mark.parametrize("whose", ["his", "the"])
def test_a_first_visit_the_source_does_not_call_first_is_partly_supported(whose):
    result = check_one(
        f"On {whose} first visit to Japan, Aldana toured the Japan Meteorological Agency on "
        "February 18.",
        VISIT,
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "does not say “first”" in result.reason, result.reason


def test_a_first_visit_the_source_calls_first_is_supported():
    result = check_one(
        "On his first visit to Japan, Aldana toured the Japan Meteorological Agency on "
        "February 18.",
        FIRST_VISIT,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_first_visit_a_name_s_possessive_calls_first_is_supported():
    # "Minister Aldana's first visit" says it as "his first visit" does.
    source = document(
        "p",
        "en",
        "On February 18, 2027, during Minister Aldana's first visit to Japan, he visited the "
        "Japan Meteorological Agency in Tokyo.",
    )
    result = check_one(
        "On his first visit to Japan, Aldana toured the Japan Meteorological Agency on "
        "February 18.",
        source,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    # …and a claim that says it with a possessive is checked for it.
    result = check_one(
        "On Aldana's first visit to Japan, he toured the Japan Meteorological Agency on "
        "February 18.",
        VISIT,
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason


def test_a_first_visit_in_the_readout_s_welcome_covers_a_claim_on_the_talks():
    # The readout welcomes the guest's first visit in one sentence and reports the talks in
    # the next: the qualifier stands on the page, of the claim's own guest.
    source = document(
        "w",
        "en",
        "On 4 May 2026, Foreign Minister Motegi held a meeting with Foreign Minister Ebba "
        "Lindqvist of the Kingdom of Sveland for about 30 minutes.",
        "Minister Motegi welcomed Minister Lindqvist's first visit to Japan.",
        "The two ministers exchanged views on forestry management and on the protection of "
        "wetlands around the southern lakes.",
    )
    result = check_one(
        "Motegi welcomed Lindqvist on his first visit to Japan, and the two ministers "
        "exchanged views on forestry management.",
        source,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    # Another guest's first visit is not the claim's guest's.
    result = check_one(
        "Motegi welcomed Okafor on his first visit to Japan, and the two ministers "
        "exchanged views on forestry management.",
        source,
    )
    assert result.verdict is not Verdict.SUPPORTED, result.reason


def test_his_first_visit_in_so_many_years_counts_years_and_is_no_first():
    result = check_one(
        "On his first visit to Japan in ten years, Aldana toured the Japan Meteorological Agency "
        "on February 18.",
        VISIT,
    )
    assert "“first”" not in result.reason, result.reason


def test_a_leaders_first_call_orders_her_own_acts_and_is_left_to_its_date():
    # "her first call with Albanese" (a new leader's) is no first of its kind the readout must
    # say: the date it comes with is checked.
    result = check_one(
        "In her first call with Prime Minister Albanese on November 3, Takaichi held a summit "
        "meeting in Tokyo.",
        SUMMIT,
    )
    assert "“first”" not in result.reason, result.reason


# Patrol boats promised without a count, and with one.
BOATS = document(
    "b",
    "en",
    "On May 6, 2026, Prime Minister Takaichi held a summit meeting with Prime Minister "
    "Fakafanua of Tonga.",
    "Prime Minister Takaichi stated that Japan would provide patrol boats to Tonga.",
)
TWO_BOATS = document(
    "t",
    "en",
    "On May 6, 2026, Prime Minister Takaichi held a summit meeting with Prime Minister "
    "Fakafanua of Tonga.",
    "Prime Minister Takaichi stated that Japan would provide two patrol boats to Tonga.",
)


def test_a_count_of_two_things_is_a_number_the_source_must_give():
    added = check_one("Takaichi said Japan would provide Tonga with two patrol boats.", BOATS)
    assert added.verdict is Verdict.PARTLY_SUPPORTED, added.reason
    assert "does not say “two”" in added.reason, added.reason
    given = check_one("Takaichi said Japan would provide Tonga with two patrol boats.", TWO_BOATS)
    assert given.verdict is Verdict.SUPPORTED, given.reason


@pytest.mark.parametrize(
    "claim",
    [
        "The two leaders agreed that Japan would provide patrol boats to Tonga.",
        "Takaichi met Fakafanua, and the two agreed Japan would provide patrol boats to Tonga.",
    ],
)
def test_a_count_of_two_that_names_the_parties_is_no_number_to_check(claim):
    result = check_one(claim, BOATS)
    assert "“two”" not in result.reason, result.reason
    assert not any("number “two”" in d for d in result.details), result.details


# The analyser splits 再生可能エネルギー and 太陽光発電 into words none of which glosses
# "renewable" or "solar"; the dictionary knows each compound as one word.
ENERGY_JA = document(
    "e",
    "ja",
    "令和8年9月3日（木）午後5時から約25分間、高市総理大臣は、ルイス・ペルー大統領と"
    "電話会談を行いました。",
    "両首脳は、鉱業分野及び再生可能エネルギー分野における協力を進めていくことで一致しました。",
    "高市総理から、太陽光発電の分野で日本企業の技術を活用していきたい旨述べました。",
)


@pytest.mark.parametrize(
    "claim",
    [
        "The two leaders agreed to advance cooperation on mining and renewable energy.",
        "Takaichi said she wanted Japanese companies' technology to be used in solar power.",
    ],
)
def test_a_word_a_compound_of_the_passage_means_is_covered(claim):
    result = check_one(claim, ENERGY_JA)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def _elements(claim_text: str, source):
    """The key-fact elements of a one-part claim against one source, by surface."""
    from pipeline_helpers import TERMBASE, best_matches, index_of

    from factcheck.checks.keyfacts import assess_key_facts
    from factcheck.checks.source_layout import layout_of
    from factcheck.checks.title_links import TitleLinks

    index = index_of(s=source)
    (matches,) = best_matches(claim_text, index)
    layouts = {"s": layout_of("s", source, TERMBASE)}
    facts = assess_key_facts(matches, "en", index, layouts, TitleLinks(index))
    return {e.surface: e for e in facts.elements}


def test_a_compound_covers_only_the_words_it_means():
    # 太陽光発電 is "solar power": it says "solar", not "wind".
    solar = _elements("Takaichi wants Japanese technology used in solar power.", ENERGY_JA)
    assert solar["solar"].covered_by is not None
    assert "太陽光発電" in solar["solar"].source_form
    wind = _elements("Takaichi wants Japanese technology used in wind power.", ENERGY_JA)
    assert wind["wind"].covered_by is None


# Relief goods after an earthquake, and nothing else sent.
AID_JA = document(
    "a",
    "ja",
    "令和8年6月2日（火）午後9時から約20分間、高市総理大臣は、ルイス・ペルー大統領と"
    "電話会談を行いました。",
    "冒頭、高市総理から、ペルー北部で発生した大規模な地震の犠牲者に対する哀悼の意を"
    "伝達し、日本として緊急援助物資を供与する旨述べました。",
    "ルイス大統領からは、日本の迅速な支援に対する謝意が表されました。",
)


def test_a_phrase_the_source_does_not_say_is_an_added_fact_not_a_wording():
    # "a Japan Disaster Relief rescue team": words in a row that nothing covers, though the
    # rest is a paraphrase.
    result = check_one(
        "Takaichi offered condolences over the earthquake in Peru and said Japan would "
        "send relief supplies and a Japan Disaster Relief rescue team.",
        AID_JA,
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "“rescue”" in result.reason, result.reason


def test_words_worded_otherwise_one_by_one_are_still_a_paraphrase():
    # "offered", "send", "relief": each alone between covered words, no phrase of them.
    result = check_one(
        "Takaichi offered condolences over the earthquake in Peru and said Japan would "
        "send relief supplies.",
        AID_JA,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


# A courtesy call: the people and the welcome, nothing on energy.
WELCOME = document(
    "c",
    "en",
    "On May 3, 2027, commencing at 11:00 a.m. for approximately 75 minutes, Prime Minister "
    "Takaichi held a summit meeting with President Ruiz in Lima.",
    "President Ruiz warmly welcomed Prime Minister Takaichi's visit to Peru.",
    "The two leaders agreed to cooperate in agriculture and health.",
)


def test_a_phrase_of_a_topic_the_source_never_mentions_is_not_found():
    result = check_one(
        "Takaichi and Ruiz agreed to cooperate on building offshore wind farms.",
        WELCOME,
    )
    assert result.verdict is Verdict.NOT_FOUND, result.reason


@pytest.mark.parametrize(
    "claim",
    [
        # The topic is there; the added phrase is a detail beside it.
        "Takaichi and Ruiz agreed to cooperate in agriculture and health, including offshore "
        "wind farms.",
        # The source bears out how long they met.
        "Takaichi and Ruiz met for about 75 minutes to discuss offshore wind farms.",
    ],
)
def test_a_missing_phrase_beside_what_the_source_bears_out_is_partly_supported(claim):
    result = check_one(claim, WELCOME)
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason


# A readout that welcomes the guest's first visit at the outset, in a paragraph of its own,
# and reports what was agreed further down; and one whose "first" is of something else.
# (Fictional: President Venner of the Republic of Norland.)
def _readout(outset: str) -> object:
    return document(
        "o",
        "en",
        "On June 9, 2027, commencing at 2:30 p.m. for approximately 40 minutes, Prime Minister "
        "Takaichi held a summit meeting with President Venner.",
        outset,
        "The two leaders exchanged views on the situation in their region.",
        "President Venner and Prime Minister Takaichi agreed to work together on geothermal "
        "power and on training engineers for the power grid.",
    )


GEOTHERMAL_CLAIM = (
    "On the first visit to Japan by President Venner, he and Takaichi agreed to work together "
    "on geothermal power and on training engineers for the power grid."
)


def test_a_qualifier_the_source_says_of_the_same_visit_elsewhere_on_the_page_is_covered():
    source = _readout(
        "At the outset, Prime Minister Takaichi welcomed the first visit to Japan by President "
        "Venner."
    )
    result = check_one(GEOTHERMAL_CLAIM, source)
    assert "“first”" not in result.reason, result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_qualifier_the_source_says_of_something_else_elsewhere_is_still_missing():
    source = _readout(
        "At the outset, the two leaders welcomed the first session of the Japan-Norland "
        "committee on trade."
    )
    result = check_one(GEOTHERMAL_CLAIM, source)
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "does not say “first”" in result.reason, result.reason


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("On her first trip to Africa, Takaichi met him.", ("trip",)),
        ("It was the first visit by a Japanese leader.", ("visit",)),
        ("It was the first-ever visit by a Japanese leader.", ("visit",)),
        ("They met for the first time, and then talked.", ()),
    ],
)
def test_the_words_a_qualifier_qualifies(text, words):
    from factcheck.checks.qualifiers import qualified_words

    assert qualified_words("first", text, "en") == words


@pytest.mark.parametrize(
    ("outset", "said"),
    [
        # The page calls the trip a visit: WordNet relates the two words in one step.
        (
            "At the outset, Prime Minister Takaichi welcomed the first visit to Japan by President "
            "Venner.",
            True,
        ),
        # The page's first is of a meeting, not of the trip the claim calls the first.
        (
            "At the outset, the two leaders welcomed the first meeting of the Japan-Norland "
            "committee on trade.",
            False,
        ),
    ],
)
def test_a_first_trip_meets_a_first_visit_elsewhere_on_the_page_not_a_first_meeting(outset, said):
    result = check_one(
        "On the first trip to Japan by President Venner, he and Takaichi agreed to work together "
        "on geothermal power and on training engineers for the power grid.",
        _readout(outset),
    )
    assert ("does not say “first”" not in result.reason) is said, result.reason
    expected = Verdict.SUPPORTED if said else Verdict.PARTLY_SUPPORTED
    assert result.verdict is expected, result.reason


def _readout_ja(outset: str) -> object:
    return document(
        "j",
        "ja",
        "令和9年6月9日、午後2時30分から約40分間、高市総理大臣は、ヴェナー・ノーランド共和国"
        "大統領と首脳会談を行いました。",
        outset,
        "両首脳は、地域の情勢について意見交換を行いました。",
        "両首脳は、地熱発電の分野で協力していくことで一致しました。",
    )


@pytest.mark.parametrize(
    ("outset", "said"),
    [
        # 訪日 has only a phrase for a gloss ("visit to Japan"): its words stand for it.
        ("冒頭、高市総理から、ヴェナー大統領の初の訪日を歓迎しました。", True),
        # A first summit is no first trip.
        ("冒頭、両首脳は、両国間で初となる首脳会談の開催を歓迎しました。", False),
    ],
)
def test_a_first_trip_meets_a_japanese_page_that_welcomes_the_first_visit_to_japan(outset, said):
    result = check_one(
        "During his first trip to Japan, Venner agreed with Takaichi to work together on "
        "geothermal power.",
        _readout_ja(outset),
    )
    assert ("“first”" not in result.reason) is said, result.reason


def test_each_language_says_which_english_words_a_qualified_word_stands_for():
    from factcheck.languages import language_for
    from factcheck.languages.interface import Qualifying

    english = language_for("en")
    japanese = language_for("ja")
    assert isinstance(english, Qualifying)
    assert isinstance(japanese, Qualifying)
    assert "voyage" in english.qualified_word_pivots(english.tokens("voyages"))
    # 訪日 has only a phrase for a gloss ("visit to Japan"): its content words stand for it.
    words = japanese.qualified_word_pivots([t for t in japanese.tokens("訪日") if t.content])
    assert {"visit", "japan"} <= words
    assert "to" not in words


@pytest.mark.parametrize(
    ("outset", "said"),
    [
        # The page's first visit is another person's (the foreign minister's, in March).
        (
            "冒頭、高市総理から、本年3月のハルバート・ノーランド外務大臣の初の訪日に言及しつつ、"
            "ヴェナー大統領の訪日を歓迎しました。",
            False,
        ),
        # The same page saying it of the claim's own visitor.
        ("冒頭、高市総理から、ヴェナー大統領の初の訪日を歓迎しました。", True),
    ],
)
def test_a_first_visit_the_page_says_of_someone_else_does_not_cover_the_claims(outset, said):
    result = check_one(
        "On his first trip to Japan, Venner and Takaichi agreed to work together on geothermal "
        "power.",
        _readout_ja(outset),
    )
    assert ("does not say “first”" not in result.reason) is said, result.reason


@pytest.mark.parametrize(
    ("outset", "said"),
    [
        (
            "At the outset, Prime Minister Takaichi recalled Foreign Minister Halbert's first "
            "visit to Japan in March.",
            False,
        ),
        ("At the outset, Prime Minister Takaichi welcomed President Venner's first visit.", True),
    ],
)
def test_a_first_visit_an_english_page_says_of_someone_else_does_not_cover_the_claims(outset, said):
    result = check_one(
        "On the first trip to Japan by President Venner, he and Takaichi agreed to work together "
        "on geothermal power and on training engineers for the power grid.",
        _readout(outset),
    )
    assert ("does not say “first”" not in result.reason) is said, result.reason


def test_a_capital_standing_for_its_government_is_met_where_the_page_names_its_country():
    page = document(
        "https://example.invalid/en",
        "en",
        "On October 8, Foreign Minister Motegi spoke by telephone with Ms. Claire Dufresne, "
        "Minister of Natural Resources of Canada.",
        "Minister Dufresne explained that Canada intends to double its exports of liquefied "
        "natural gas to Asia by 2030.",
    )
    result = check_one(
        "Ottawa plans to double LNG shipments to Asia by 2030, Dufresne told Motegi.", page
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    # Where the claim says the event happened, the capital is a place the page must give.
    result = check_one(
        "Speaking in Ottawa, Dufresne said Canada intends to double its LNG exports to Asia by "
        "2030.",
        page,
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "Ottawa" in result.reason


@pytest.mark.parametrize(
    "claim",
    [
        "Lula said Brasilia wanted to strengthen economic relations with Japan.",
        "Takaichi welcomed Brasilia's wish to strengthen economic relations with Japan.",
    ],
)
def test_a_capital_no_termbase_lists_stands_for_its_government_in_another_language(claim):
    # WordNet knows Brasilia as Brazil's capital; the Japanese page names ブラジル.
    page = document(
        "https://example.invalid/ja",
        "ja",
        "令和8年5月2日、高市総理大臣は、ルーラ・ブラジル大統領と首脳会談を行いました。",
        "ルーラ大統領から、ブラジルは日本との経済関係を強化したい旨の発言があり、高市総理はこれを"
        "歓迎しました。",
    )
    result = check_one(claim, page)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_capital_of_two_words_stands_for_its_government_whole():
    # "Port Moresby": the claim's language says "Port" may open the name a run of names
    # leaves it out of, so the capital is read whole and met where the page names its country.
    page = document(
        "https://example.invalid/en",
        "en",
        "On May 2, the Minister for Foreign Affairs of Japan held a meeting with Mr. Tomas "
        "Bolenga, Minister of Foreign Affairs of Papua New Guinea.",
        "Minister Bolenga stated that Papua New Guinea hoped to attract more investment from "
        "Japanese companies in its fisheries.",
    )
    result = check_one(
        "Bolenga said Port Moresby hoped Japanese companies would invest more in fisheries.",
        page,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


# A meeting of two ministers and a speech by one (our own words).
MEETING_OF_TWO = document(
    "m2",
    "en",
    "On March 3, 2027, Minister for Foreign Affairs Motegi held a meeting with Minister Lund "
    "of Norway.",
    "The two ministers agreed to continue close cooperation on fisheries.",
)
SPEECH_OF_ONE = document(
    "s1",
    "en",
    "On March 3, 2027, Minister for Foreign Affairs Motegi gave a speech on relations with Norway.",
    "Minister Motegi said Japan would continue close cooperation with Norway on fisheries.",
)


def test_a_counterpart_is_the_other_party_of_a_meeting_of_two():
    # "his counterpart" is whom a page that speaks of "the two ministers" met the first with;
    # a page reporting one minister's speech names nobody the word could mean.
    claim = "Motegi and his Norwegian counterpart agreed to keep cooperating on fisheries."
    met = _elements(claim, MEETING_OF_TWO)["counterpart"]
    assert met.covered_by is not None
    assert met.source_form == "The two ministers"
    assert _elements(claim, SPEECH_OF_ONE)["counterpart"].covered_by is None


NORLAND_JA = document(
    "https://example.invalid/readout-ja",
    "ja",
    "3月3日、茂木外務大臣は、ノーランド共和国のヴェンナー外務大臣と約40分間会談を行いました。",
    "茂木大臣から、ヴェンナー外務大臣の訪日を歓迎する旨述べました。",
    "両外相は、漁業資源の管理及び北部諸島周辺のサンゴ礁の保護について意見交換を行いました。",
    "ヴェンナー外務大臣から、気象予報分野における日本の支援に謝意が表明されました。",
)


def test_the_act_both_sides_perform_frames_an_absent_topic_and_does_not_carry_it():
    # 意見交換 is how the readout reports any talk (`ClausePatterns.joint_act`): that the
    # source says it of fisheries does not make a talk on language teaching partly there.
    absent = check_one(
        "両外相は、ノーランドの高校における日本語教育の拡充について意見交換した。",
        NORLAND_JA,
        language="ja",
    )
    assert absent.verdict is Verdict.NOT_FOUND
    present = check_one("両外相は、サンゴ礁の保護について意見交換した。", NORLAND_JA, language="ja")
    assert present.verdict is Verdict.SUPPORTED


AID_CALL = document(
    "aid",
    "ja",
    "本日、午後4時30分から約20分間、高市総理大臣は、ピエール・ナベリ・ガルモア共和国首相と"
    "首脳電話会談を行いました。",
    "冒頭、ナベリ首相から、日本からのお見舞いに謝意が表明されました。",
    "高市総理から、国際機関を通じて約3億円の食糧援助を新たに実施する旨伝えました。",
    "両首脳は、人材育成分野での協力を進めていくことで一致しました。",
)


@pytest.mark.parametrize(
    ("amount", "verdict"),
    [("300 million", Verdict.SUPPORTED), ("900 million", Verdict.CONTRADICTED)],
)
def test_the_event_a_dated_lead_names_does_not_make_the_lead_the_passage(amount, verdict):
    # The lead carries the date and names the call; what the claim says of the call (the food
    # aid and its amount) stands in a later point, which is the passage. The call the claim
    # names beside its date frames it, as the date does, and is no sign of its content.
    result = check_one(
        f"Japan will provide about {amount} yen in food aid through international "
        "organisations, Takaichi told Naberi in a phone call on Wednesday.",
        AID_CALL,
        published=dt.date(2027, 2, 4),
        source_dated=dt.date(2027, 2, 3),
    )
    assert result.verdict is verdict, result.reason


WELCOMED_FIRST = document(
    "fv",
    "en",
    "On May 20, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, held a meeting "
    "with Mr. Aldo Venner, Minister of Foreign Affairs of Nerica, who is visiting Japan.",
    "At the outset, Minister Motegi welcomed Minister Venner on his first visit to Japan in his "
    "current capacity.",
    "Minister Venner expressed his gratitude for the fishing vessels Japan provided, noting "
    "that last year's storm had shown the need for resilient ports.",
)


def test_a_first_the_page_writes_with_its_noun_meets_the_claims_first_of_its_kind():
    # "his first visit" is one wording of the qualifier with the word it qualifies; a visit
    # is a kind of trip, so the claim's "first trip" is the page's first visit.
    result = check_one(
        "On his first trip to Japan as foreign minister, Venner thanked Tokyo for fishing "
        "vessels, saying last year's storm had shown the need for resilient ports.",
        WELCOMED_FIRST,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "first from" in result.reason


OSLO_CALL = document(
    "o",
    "en",
    "On March 10, commencing at 9:00 p.m. for approximately 30 minutes, Mr. MOTEGI Toshimitsu, "
    "Minister for Foreign Affairs of Japan, held a telephone talk with Mr. Arvid Halvar, "
    "Minister of Foreign Affairs of Norway, at the request of the Norwegian side.",
    "Minister Halvar explained plans for a new ferry terminal in the port of Oslo, and "
    "Minister Motegi welcomed them.",
)


def test_a_name_in_the_possessive_is_on_the_page_that_writes_it_bare():
    # "Oslo's request": the page writes "Oslo" (sentence 2), without the possessive.
    result = check_one(
        "The half-hour phone call between Motegi and Halvar took place at Oslo's request.",
        OSLO_CALL,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    elements = _elements("Halvar raised Bergen's ferry plans with Motegi.", OSLO_CALL)
    assert elements["Bergen's"].covered_by is None


# A readout in MOFA's layout (written for this test; the fund is fictional): the lead gives
# the day, the length and the place; a later paragraph the amount given.
PLASTIC_FUND = document(
    "u",
    "ja",
    "6月9日（火）午後2時から約30分間、ナイロビを訪問中の茂木外務大臣は、国連環境計画（UNEP）本部において、"
    "アンダーセン事務局長と会談を行いました。",
    "冒頭、アンダーセン事務局長から、茂木大臣の来訪を歓迎する旨述べました。",
    "茂木大臣から、海洋プラスチック対策の重要性を指摘しました。",
    "また、茂木大臣から、日本としてプラスチック行動基金に500万ドルを拠出することを表明しました。",
)


def test_the_amount_given_is_content_the_lead_frames():
    # The lead carries as many of the claim's words as the paragraph with the amount (the
    # fund's name is a name, no content): the amount says which passage reports the act.
    result = check_one(
        "Motegi announced a $5 million contribution to the Plastic Action Fund on June 9, "
        "during some 30 minutes of talks with Andersen at the UNEP headquarters in Nairobi.",
        PLASTIC_FUND,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "sentence 4 says it" in result.reason


def test_a_changed_amount_beside_the_lead_is_contradicted():
    result = check_one(
        "Motegi announced an $8 million contribution to the Plastic Action Fund on June 9, "
        "during some 30 minutes of talks with Andersen at the UNEP headquarters in Nairobi.",
        PLASTIC_FUND,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "500万ドル" in result.reason


# A readout in MOFA's layout (written for this test; the event is fictional): a video
# conference, written as MOFA writes one, テレビ会談, a compound JMdict does not list.
VIDEO_TALK = document(
    "u",
    "ja",
    "高市総理大臣とレンツ国際開発機構総裁とのテレビ会談",
    "本日午後9時から約30分間、高市総理大臣は、レンツ国際開発機構総裁とテレビ会談を行いました。",
    "両者は、低所得国の債務問題への対応に関し、緊密に連携していくことで一致しました。",
)


def test_a_compound_the_dictionary_lacks_is_read_as_its_analogue():
    # テレビ会談 is read as テレビ会議 ("teleconference", "video conferencing"): its second
    # word shares a sense with 会議 ("conference"). The call by video is what the page says.
    from factcheck.languages import language_for

    japanese = language_for("ja")
    assert japanese is not None
    (found,) = japanese.analogous_compounds("レンツ総裁とのテレビ会談")  # type: ignore[attr-defined]
    assert found[0] == "テレビ会談"
    assert "teleconference" in {gloss.text for gloss in found[1]}
    result = check_one(
        "Takaichi and Lentz agreed by video link to work closely on the debt problems of "
        "low-income countries.",
        VIDEO_TALK,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_call_the_page_does_not_hold_by_video_still_adds_the_mode():
    source = document(
        "u",
        "ja",
        "本日午後9時から約30分間、高市総理大臣は、レンツ国際開発機構総裁と会談を行いました。",
        "両者は、低所得国の債務問題への対応に関し、緊密に連携していくことで一致しました。",
    )
    result = check_one(
        "Takaichi and Lentz agreed by video link to work closely on the debt problems of "
        "low-income countries.",
        source,
    )
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert "by video" in result.reason


def test_the_two_after_a_clause_joined_to_the_frame_counts_the_parties():
    # "…, where the two spoke …" is read as its own part joined to the claim's frame; "the
    # two" there are the leaders, no count the source must give. (A readout written for
    # this test: a fictional speaker.)
    source = document(
        "c",
        "ja",
        "令和8年5月7日（木曜日）午後3時30分から約25分間、高市早苗内閣総理大臣は、総理大臣官邸"
        "において、訪日中のオルン・ケシュ共和国議会議長による表敬を受けたところ、概要は以下の"
        "とおりです。",
        "冒頭、高市総理から、オルン議長の訪日を歓迎する旨述べました。",
    )
    result = check_one(
        "Orun paid a courtesy call on Takaichi at the Prime Minister's Office, where the two "
        "spoke for about 25 minutes.",
        source,
        speaker="Orun",
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
