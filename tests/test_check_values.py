"""Values: the passage that reports the claim's event gives its day and figures."""

from __future__ import annotations

import datetime as dt

import pytest
from pipeline_helpers import TERMBASE, best_matches, check_one, document, index_of, read_page

from factcheck.model import Verdict
from factcheck.sources.extract.page import extract_text

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


# A phone call readout in MOFA's Japanese layout, written for this test.
CALL = document(
    "u",
    "ja",
    "本日、午後5時から約25分間、高市総理大臣は、ルイス・ペルー共和国大統領と電話会談を行いました。",
    "両首脳は、鉱業分野での協力を進めることで一致しました。",
    "ルイス大統領から、漁業分野での交流を促進したい旨の発言がありました。",
)


def test_the_duration_of_the_call_is_the_leads_however_little_else_it_shares():
    # The lead names the call and how long it lasted; nothing else of the claim is there.
    result = check_one(
        "The roughly 40-minute call covered mining, fisheries and space, according to Tokyo.",
        CALL,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "約25分間" in result.reason


def test_the_calls_own_duration_is_no_contradiction():
    result = check_one("The roughly 25-minute call covered mining cooperation.", CALL)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_a_duration_the_source_gives_elsewhere_is_no_change():
    # 約40分間 stands in the source (a tour): the claim's figure is the source's, whatever it
    # timed, so the call's duration does not contradict it.
    toured = document(
        "u",
        "ja",
        *CALL.sentences[0].text.split("\n"),
        "ルイス大統領から、銅山の視察を約40分間行った旨の紹介がありました。",
    )
    result = check_one(
        "The roughly 40-minute call covered mining, fisheries and space, according to Tokyo.",
        toured,
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# A readout in MOFA's Japanese layout (written for this test): one sentence counts two kinds of
# trainees, another gives a sum.
NURSES = document(
    "u",
    "ja",
    "7月8日（水）午後3時から約30分間、高市総理大臣は、ネパール首相と首脳会談を行いました。",
    "高市総理から、今後3年間でネパールの看護師200名と介護福祉士50名を日本で研修する旨述べました。",
    "両首脳は、防災分野での協力を進めることで一致しました。",
)


def test_a_count_of_the_same_thing_given_otherwise_is_contradicted():
    # The claim counts nurses; the passage counts nurses too (看護師200名), with another number,
    # however little else of the claim it carries.
    result = check_one(
        "Japan will train 500 Nepali nurses over three years, Takaichi told the visiting leader.",
        NURSES,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "200名" in result.reason and "500" in result.reason


def test_the_right_count_beside_another_count_is_no_contradiction():
    # 200 is the nurses' count; 50 counts care workers, a different thing in the same sentence.
    result = check_one(
        "Japan will train 200 Nepali nurses over three years, Takaichi told the visiting leader.",
        NURSES,
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_a_count_of_another_thing_is_not_read_as_the_claims():
    # The claim counts doctors, which the passage does not count: 200名 counts nurses.
    result = check_one(
        "Japan will train 500 Nepali doctors over three years, Takaichi told the visiting leader.",
        NURSES,
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_the_verb_after_the_counted_thing_is_not_what_is_counted():
    # The claim counts doctors, which the passage does not count; "train" after them is the
    # verb, though the passage writes 研修 beside its own counts.
    result = check_one("Takaichi said 500 Nepali doctors train in Japan over three years.", NURSES)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_a_count_whose_digits_end_an_earlier_count_is_read_where_it_stands():
    # "20" also stands inside "200": the doctors' count is read at its own place, not as a
    # second count of nurses.
    result = check_one(
        "Japan will train 200 Nepali nurses and 20 Nepali doctors over three years, "
        "Takaichi told the visiting leader.",
        NURSES,
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_each_count_of_a_joined_part_is_found_in_its_own_half():
    from factcheck.checks.check_values import number_offsets
    from factcheck.text.analyse import ClaimPart, _join, analyse_text

    def part(text: str) -> ClaimPart:
        return ClaimPart(text, 0, len(text), (), analyse_text(text, "en", TERMBASE))

    joined = _join(part("Peru will host 150 geologists"), part("and 50 divers"))
    assert joined.text == "Peru will host 150 geologists … and 50 divers"
    assert number_offsets(joined) == [joined.text.index("150"), joined.text.index(" 50 ") + 1]


# Relief goods counted in one list (written for this test); 浄水器 is glossed "water filter",
# which gives "water" of the claim's "water purifiers" and not its head.
RELIEF = document(
    "g",
    "ja",
    "6月9日（火）午後4時から約25分間、高市総理大臣は、ニジェール首相と電話会談を行いました。",
    "日本政府は、テント600張及び浄水器120台を緊急援助物資として供与しました。",
)


@pytest.mark.parametrize(
    ("claim", "contradicted"),
    [
        ("Japan supplied 600 tents and 210 water purifiers as emergency relief.", True),
        ("Japan supplied 600 tents and 120 water purifiers as emergency relief.", False),
        # Without the other count in the same list, nothing ties "water tanks" (or
        # "purifiers") to the sentence's count of filters.
        ("Japan supplied 210 water tanks as emergency relief.", False),
        ("Japan supplied 210 water purifiers as emergency relief.", False),
    ],
)
def test_a_count_listed_beside_an_agreeing_count_is_tied_by_its_compound(claim, contradicted):
    result = check_one(claim, RELIEF)
    assert (result.verdict is Verdict.CONTRADICTED) is contradicted, result.reason


def test_the_counted_word_is_the_head_of_the_words_beside_the_count():
    from factcheck.checks.check_values import counted_heads

    def heads(text: str, count: str, language: str) -> set[str]:
        at = text.index(count)
        return counted_heads(text, at, at + len(count), language)

    assert heads("about 80 young Estonian engineers from Tartu", "about 80", "en") == {"engineers"}
    assert heads("some 40 Uruguayans", "some 40", "en") == set()
    # English words have no verb class: the run stops at the plural noun, or before a word
    # mostly used as a verb once a noun stands before it, not at the verb after the noun.
    assert heads("Some 300 Kenyan nurses arrived", "Some 300", "en") == {"nurses"}
    assert heads("90 surveyors joined the mission", "90", "en") == {"surveyors"}
    assert heads("70 staff joined the team", "70", "en") == {"staff"}
    assert heads("60 trained pilots left", "60", "en") == {"pilots"}
    assert heads("若手技術者80名を招へい", "80名", "ja") == {"技術者"}
    assert heads("80名の技術者を招へい", "80名", "ja") == {"技術者"}
    from factcheck.checks.check_values import counted_words

    text = "600 tents and 210 water purifiers"
    at = text.index("210")
    assert counted_words(text, at, at + 3, "en") == ({"purifiers"}, {"water"})
    assert heads("研修員が約80人に上る", "約80人", "ja") == {"研修員"}
    assert heads("技術者80名と看護師30名", "30名", "ja") == {"看護師"}
    # A total before the count (計) names nothing counted: the noun after the counter does.
    assert heads("円借款を含む計5件の交換公文が署名された", "5", "ja") == {"公文"}
    # An acronym and a word used mostly as a noun go on the phrase, though the stop list
    # holds them ("us", "state"); a grammar word ends it.
    assert heads("made up of nine US state governors", "nine", "en") == {"governors"}
    assert heads("five of the governors were there", "five", "en") == set()
    # "a" and "us" are nouns to WordNet (vitamin A, the US), but grammar words here.
    assert heads("Japan will train 500 a year in nursing", "500", "en") == set()
    assert heads("nine us state governors", "nine", "en") == set()


def test_a_span_of_days_is_not_compared_with_the_talks_minutes():
    # A reconstruction in a readout's structure, in our own words.
    source = read_page(
        "ja",
        "令和8年5月6日（水曜日）午後3時から約45分間、高市総理大臣は、訪日中のルヴァロ・"
        "カーランド共和国大統領と首脳会談を行ったところ、概要は以下のとおりです。",
        "1　両首脳は、両国間の漁業協定の有効期間を30日間延長することで一致しました。",
        "2　ルヴァロ大統領は、5月5日から7日までの3日間の日程で訪日中です。",
    )
    for text, language in (
        ("Takaichi and Ruvalo agreed on May 6 to extend the fisheries agreement by 30 days.", "en"),
        ("高市首相は6日、3日間の日程で来日中のルヴァロ大統領と会談した。", "ja"),
    ):
        result = check_one(text, source, language=language)
        assert result.verdict is not Verdict.CONTRADICTED, (text, result.reason)
    # The talks' own length is still compared.
    result = check_one("Takaichi and Ruvalo held talks for about two hours on May 6.", source)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_durations_compare_by_their_span_not_their_unit():
    # A reconstruction in a readout's structure, in our own words.
    source = read_page(
        "ja",
        "令和8年5月11日（月曜日）午前10時から約1時間、高市総理大臣は、訪日中のルヴァロ・"
        "カーランド大統領と首脳会談を行いました。",
        "1　両首脳は、国境地域における3日間の人道的停戦を支持しました。",
    )
    # 48 hours is two days: a span of days, compared with the three days.
    result = check_one("The two leaders backed a 48-hour ceasefire in the border region.", source)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "3日間" in result.reason, result.reason
    result = check_one("The two leaders backed a 72-hour ceasefire in the border region.", source)
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_a_yearly_amount_is_not_borne_out_by_a_total_over_years():
    source = read_page(
        "ja",
        "令和8年5月11日、高市総理大臣は、訪日中のルヴァロ・カーランド大統領と首脳会談を"
        "行いました。",
        "1　高市総理から、今後5年間で総額50億ドルの投資を行う旨述べました。",
    )
    result = check_one("Takaichi said Japan would invest $5 billion a year in Qarland.", source)
    assert result.verdict is not Verdict.SUPPORTED, result.reason


_ANNIVERSARY_LINES = (
    "本日、午後4時から約30分間、高市早苗内閣総理大臣は、サーレム・ハキーミー・ザルカン国首相と"
    "電話会談を行ったところ、概要は以下のとおりです。",
    "冒頭、高市総理から、本年が日・ザルカン外交関係樹立55周年に当たることに触れつつ、"
    "両国関係を更に発展させたい旨述べました。",
)
_ANNIVERSARY_PAGE = document("https://example.invalid/ann", "ja", *_ANNIVERSARY_LINES)


def _anniversary_verdict(claim: str) -> tuple[Verdict, str]:
    result = check_one(claim, _ANNIVERSARY_PAGE, language="en")
    return result.verdict, result.reason


def test_a_changed_anniversary_is_contradicted_though_it_costs_the_claim_its_alignment():
    verdict, reason = _anniversary_verdict(
        "Takaichi told Hakimi that this year marks the 50th anniversary of diplomatic ties."
    )
    assert verdict is Verdict.CONTRADICTED, reason
    assert "55周年" in reason


def test_the_right_anniversary_is_no_contradiction():
    verdict, reason = _anniversary_verdict(
        "Takaichi told Hakimi that this year marks the 55th anniversary of diplomatic ties."
    )
    assert verdict is not Verdict.CONTRADICTED, reason


def test_an_anniversary_of_something_else_is_no_contradiction():
    # The page's anniversary is of diplomatic relations; the claim's, of a treaty the page
    # never names: nothing ties the two ranks together.
    verdict, reason = _anniversary_verdict(
        "Takaichi and Hakimi marked the 10th anniversary of the Paris Agreement on climate change."
    )
    assert verdict is not Verdict.CONTRADICTED, reason


@pytest.mark.parametrize(
    ("claim", "contradicted"),
    [
        # The years an anniversary marks name its rank, however far the phrase runs on.
        (
            "Takaichi told Hakimi that this year marks 50 years since the two countries "
            "established diplomatic ties, and hoped to deepen them.",
            True,
        ),
        # Years "of" something are a length: "20 years of negotiations".
        ("After 20 years of negotiations, Takaichi and Hakimi signed the agreement.", False),
        (
            "Takaichi told Hakimi that this year marks 55 years since the two countries "
            "established diplomatic ties.",
            False,
        ),
        # Years of something the page's anniversary does not mark, whatever verb stands
        # before them.
        ("Takaichi noted the 30th anniversary of the Paris Agreement on climate change.", False),
        ("Takaichi noted 30 years since the Paris Agreement on climate change was signed.", False),
    ],
)
def test_the_years_an_anniversary_marks_are_its_rank(claim, contradicted):
    verdict, reason = _anniversary_verdict(claim)
    assert (verdict is Verdict.CONTRADICTED) is contradicted, reason


def test_a_term_of_two_words_is_met_where_the_page_writes_them_otherwise():
    # The termbase lists 国交 for "diplomatic relations"; the page writes 外交関係 (外交 |
    # 関係): the term's two words, side by side, in the lexicon's words.
    index = index_of(s=_ANNIVERSARY_PAGE)
    [part] = best_matches(
        "Takaichi said this year marks the 55th anniversary of diplomatic relations.", index, "s"
    )
    assert "diplomatic-relations" in {a.key for a in part.matches[0].covered}
    result = check_one(
        "Takaichi told Hakimi that this year marks the 55th anniversary of diplomatic relations.",
        _ANNIVERSARY_PAGE,
        language="en",
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


# Extracted as a page's text is, so the point keeps its label "(2)" until extraction.
BOATS = extract_text(
    (
        "11月17日（火曜日）午後6時から約30分間、高市総理大臣は、ヴァロ・ネリアン共和国大統領と"
        "首脳会談を行いました。\n\n"
        "(2) 両首脳は、海上保安分野での協力を強化していくことで一致し、高市総理から、"
        "巡視艇1隻の供与に向けて調整を進めている旨述べました。"
    ).encode(),
    "b",
    "text/plain",
    language_hint="ja",
)


@pytest.mark.parametrize(
    ("boats", "contradicted"), [("two patrol boats", True), ("one patrol boat", False)]
)
def test_a_count_of_two_spelled_out_is_compared_when_it_counts_a_thing(boats, contradicted):
    # "two patrol boats" counts boats, not the event's two parties: against 巡視艇1隻 it is
    # a changed figure; the point's label "(2)" is no count at all.
    result = check_one(
        f"Takaichi said Japan was arranging to hand over {boats} as the two leaders agreed to "
        "strengthen maritime security cooperation.",
        BOATS,
    )
    assert (result.verdict is Verdict.CONTRADICTED) is contradicted, result.reason


# A readout in MOFA's English layout (written for this test): one bare count, with no word
# beside it that says what it counts.
VESSELS = document(
    "u",
    "en",
    "On June 3, for about 40 minutes, Prime Minister Takaichi held a telephone call with "
    "Prime Minister Marles.",
    "Prime Minister Takaichi noted that under the joint shipbuilding plan, the first three of "
    "the nine new survey vessels would be built in Japan.",
    "The two leaders agreed to keep in close contact on regional affairs.",
)


def test_the_one_count_the_aligned_passage_leaves_unexplained_is_the_claims():
    # "the first four of the nine" against "the first three of the nine": nine agrees, and the
    # claim's four and the passage's three are each the only count left over.
    result = check_one(
        "Under the joint shipbuilding plan, the first four of the nine new survey vessels "
        "will be built in Japan, Takaichi said.",
        VESSELS,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "three" in result.reason and "four" in result.reason


def test_the_right_leftover_count_is_no_contradiction():
    result = check_one(
        "Under the joint shipbuilding plan, the first three of the nine new survey vessels "
        "will be built in Japan, Takaichi said.",
        VESSELS,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_count_the_source_gives_in_another_sentence_is_no_leftover():
    source = document(
        "u",
        "en",
        "On June 3, for about 40 minutes, Prime Minister Takaichi held a telephone call with "
        "Prime Minister Marles, their fourth call this year, after four calls last year.",
        "Prime Minister Takaichi noted that under the joint shipbuilding plan, the first three "
        "of the nine new survey vessels would be built in Japan.",
    )
    result = check_one(
        "Under the joint shipbuilding plan, the first four of the nine new survey vessels "
        "will be built in Japan, Takaichi said.",
        source,
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_a_source_figure_that_bears_out_one_figure_of_the_claim_contradicts_no_other():
    # The grant's figure answers the claim's first sum; the second sum is one the source
    # does not give (an added detail), not another figure for the same grant.
    result = check_one(
        "Takaichi announced grant aid of about 2 billion yen to improve maternal and child "
        "health and a further 1 billion yen for school meals.",
        GRANT,
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
    result = check_one(
        "Takaichi announced grant aid of about 4 billion yen to improve maternal and child "
        "health and a further 1 billion yen for school meals.",
        GRANT,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# A readout in MOFA's English layout (written for this test; the organisation's head is
# fictional): the lead names a review of 2026; a later paragraph gives a year of its own.
MEMBER_SINCE = document(
    "u",
    "en",
    "On April 15, for about 25 minutes, Prime Minister Takaichi received a courtesy call from "
    "Secretary-General Lindqvist of the OECD, who is visiting Japan to launch the OECD's 2026 "
    "review of Japan's economy.",
    "Secretary-General Lindqvist noted that Japan, a member of the OECD since 1964, "
    "continues to shape its work on growth.",
)


def test_a_year_the_source_writes_elsewhere_is_no_other_year():
    result = check_one(
        "Lindqvist described Japan, an OECD member since 1964, as \"the OECD's most valued "
        'member" during the courtesy call.',
        MEMBER_SINCE,
    )
    # The quotation is what is wrong; the year is the source's.
    assert result.verdict is Verdict.MISQUOTED, result.reason


def test_a_year_the_source_never_writes_is_still_compared():
    result = check_one(
        "Lindqvist described Japan, an OECD member since 1972, as \"the OECD's most valued "
        'member" during the courtesy call.',
        MEMBER_SINCE,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "1964" in result.reason or "2026" in result.reason


# A courtesy-call readout in MOFA's English layout, dated 2026 (written for this test; the
# visitor is fictional): a year before the page dates a partnership.
PARTNERSHIP_SINCE = document(
    "p",
    "en",
    "On March 10, 2026, Prime Minister Takaichi received a courtesy call from Mr. Aldo Verani, "
    "former Prime Minister of Carland.",
    "Prime Minister Takaichi stated that, since the two countries made their relationship a "
    "Strategic Partnership in 2023, Japan would steadily advance the joint fighter programme "
    "with Carland.",
)


@pytest.mark.parametrize(
    ("claim", "verdict"),
    [
        # A target to come is no other year than the past year the sentence gives.
        (
            "Takaichi told Verani that Japan would steadily advance the joint fighter programme "
            "with Carland, aiming to field the jet by 2035.",
            Verdict.PARTLY_SUPPORTED,
        ),
        # Another past year for the partnership is.
        (
            "Takaichi told Verani that, since the two countries made their relationship a "
            "Strategic Partnership in 2021, Japan would advance the joint fighter programme.",
            Verdict.CONTRADICTED,
        ),
    ],
)
def test_years_on_either_side_of_the_pages_own_date_the_two_happenings(claim, verdict):
    result = check_one(claim, PARTNERSHIP_SINCE, source_dated=dt.date(2026, 3, 10))
    assert result.verdict is verdict, result.reason


# A call readout in MOFA's English layout (written for this test; the minister abroad is
# fictional): the lead dates the call in March and names both ministers in full; a later
# paragraph dates a planned mission in May.
MISSION_IN_MAY = document(
    "u",
    "en",
    "Japan-Kuwait Foreign Ministers' Telephone Talk",
    "On March 10, commencing at 9:00 p.m. for approximately 30 minutes, Mr. MOTEGI "
    "Toshimitsu, Minister for Foreign Affairs of Japan, held a telephone talk with Sheikh "
    "Khalid bin Rashid Al Sabah, Minister of Foreign Affairs of the State of Kuwait. The "
    "overview of the talk is as follows.",
    "1. Minister Motegi stated that Kuwait is an important partner for Japan's energy security.",
    "2. Minister Motegi explained Japan's plan to dispatch a public-private economic mission "
    "to Kuwait City in May, and Sheikh Khalid expressed support for the plan.",
)
MISSION_CLAIM = (
    "Kuwaiti Foreign Minister Sheikh Khalid bin Rashid backed Japan's plan to send a joint "
    "government and business economic mission to Kuwait City in {}."
)


def test_a_month_the_source_gives_elsewhere_dates_what_it_names_there():
    # The lead aligns best on the names, and dates the call in March; the month is the
    # mission's, which the second paragraph gives.
    result = check_one(MISSION_CLAIM.format("May"), MISSION_IN_MAY, speaker="Khalid")
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_month_the_source_never_gives_is_still_compared():
    result = check_one(MISSION_CLAIM.format("June"), MISSION_IN_MAY, speaker="Khalid")
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# A courtesy-call readout in MOFA's English layout (written for this test; the bank and its
# president are fictional): the last point names the bank's 41st annual meeting in May.
FIRST_CALL = document(
    "u",
    "en",
    "Courtesy Call on Prime Minister Takaichi by Mr. Aldo Ferreira, President of the Southern "
    "Development Bank",
    "March 10, 2026",
    "On March 10, commencing at 4:30 p.m. for approximately 25 minutes, Ms. TAKAICHI Sanae, "
    "Prime Minister of Japan, received a courtesy call from Mr. Aldo Ferreira, President of "
    "the Southern Development Bank (SDB), at the Prime Minister's Office. The overview is as "
    "follows.",
    "1. At the outset, Prime Minister Takaichi welcomed President Ferreira's courtesy call, the "
    "first since she took office.",
    "2. President Ferreira also told Prime Minister Takaichi that he looked forward to Japan's "
    "active participation in the 41st Annual Meeting of the SDB, to be held in Lisbon in May "
    "this year.",
)
FIRST_CALL_CLAIM = (
    "SDB President Aldo Ferreira called on Prime Minister Sanae Takaichi at her office {}, his "
    "first courtesy call on her since she took office."
)


@pytest.mark.parametrize("day", ["on Tuesday", "on March 10"])
def test_a_rank_in_words_makes_no_passage_the_one_that_gives_the_claim_s_values(day):
    # "first" is a qualifier, not a figure: the 41st meeting in May is another happening, and
    # the call's day is the lead's (the article is of Wednesday 11 March).
    result = check_one(FIRST_CALL_CLAIM.format(day), FIRST_CALL, published=dt.date(2026, 3, 11))
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_changed_day_of_the_call_is_still_contradicted():
    result = check_one(FIRST_CALL_CLAIM.format("on March 12"), FIRST_CALL)
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "March 10" in result.reason


# A meeting readout in MOFA's English layout (written for this test; the organisation is
# fictional): one new contribution, in a currency the number reader counts as a plain count.
NEW_CONTRIBUTION = document(
    "u",
    "en",
    "On April 23, for approximately 40 minutes, Foreign Minister Motegi held a meeting with "
    "Secretary General Lindqvist of the Nordic Maritime Council in Oslo.",
    "Minister Motegi stated that Japan has decided to provide a new contribution of "
    "approximately 1.5 million euros to the Council's projects on port security in the Baltic.",
)


def test_the_passage_s_one_count_answers_the_claim_figure_it_bears_out():
    # The 1.5 million is the source's; the total of 4 million is a figure it lacks.
    result = check_one(
        "Motegi announced a new contribution of around 1.5 million euros for the Council's port "
        "security projects in the Baltic, bringing Japan's support this year to 4 million "
        "euros.",
        NEW_CONTRIBUTION,
        speaker="Motegi",
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "4 million" in result.reason


def test_a_changed_count_of_the_same_thing_is_still_contradicted():
    result = check_one(
        "Motegi announced a new contribution of around 2.5 million euros for the Council's port "
        "security projects in the Baltic.",
        NEW_CONTRIBUTION,
        speaker="Motegi",
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_a_figure_of_another_unit_is_no_answer_for_a_changed_count():
    # "8 countries" counts countries; the passage's one count (of agreements) is another
    # value for the claim's 10 agreements.
    result = check_one(
        "Motegi said Japan had signed 10 agreements with 8 countries of the region.",
        document(
            "u",
            "en",
            "Minister Motegi stated that Japan had signed 8 agreements with countries of the "
            "region.",
        ),
        speaker="Motegi",
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# A call readout in MOFA's Japanese layout (written for this test; the agency's head is
# fictional): a contribution from a fiscal year's supplementary budget.
FISCAL_BUDGET = document(
    "u",
    "ja",
    "ノルデン事務局長から、日本の令和7年度補正予算による拠出を通じ、避難民約12万人に"
    "水・衛生分野の支援を届けることができた旨の説明がありました。",
)


def test_a_calendar_year_is_borne_out_by_the_fiscal_year_of_its_number():
    result = check_one(
        "Norden said Japan's 2025 supplementary budget had brought water and sanitation aid "
        "to some 120,000 displaced people.",
        FISCAL_BUDGET,
        speaker="Norden",
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_another_calendar_year_is_not_said_by_the_fiscal_year():
    result = check_one(
        "Norden said Japan's 2024 supplementary budget had brought water and sanitation aid "
        "to some 120,000 displaced people.",
        FISCAL_BUDGET,
        speaker="Norden",
    )
    assert result.verdict is not Verdict.SUPPORTED, result.reason


def test_a_count_of_a_word_the_claim_also_writes_in_the_singular_is_compared():
    # "Governor" and "governors" are one anchor of the claim, shown as written first; the
    # count of governors is 6名 in the readout. (A readout written for this test.)
    source = document(
        "g",
        "ja",
        "2月17日、高市総理大臣は、ケン・ラング・カーランド州知事を団長とする州知事代表団による"
        "表敬を受けました。",
        "代表団には、ラング知事のほか、計6名の州知事が参加しました。",
    )
    result = check_one(
        "The delegation, headed by Carland Governor Ken Lang, was made up of nine state governors.",
        source,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "6名" in result.reason


def test_the_words_an_anniversary_marks_run_past_an_abbreviation():
    from factcheck.checks.check_values import _stretch

    text = "This year marks the 70th anniversary of Japan-U.S. diplomatic relations, she said."
    at = text.index("70th")
    assert "diplomatic relations" in _stretch(text, at, at + 4, 24, "en")


def test_a_japanese_total_counts_the_noun_after_its_counter():
    # A reconstruction in our own words: the passage holds a phase's number and the total of
    # the exchanged notes; the claim's total counts the notes too.
    source = document(
        "https://example.invalid/notes",
        "ja",
        "令和8年9月22日、高市総理大臣は、ノルヴェインのサリナス大統領と首脳会談を行いました。",
        "両首脳は、同日、円借款「ポートセルバ港湾整備計画（フェーズ2）」を含む計3件の交換公文の"
        "署名が行われたことを歓迎しました。",
    )
    result = check_one(
        "両首脳は、港湾整備への円借款を含む計5件の交換公文が署名されたことを歓迎した。",
        source,
        language="ja",
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "3" in result.reason and "5" in result.reason
    result = check_one(
        "両首脳は、港湾整備への円借款を含む計3件の交換公文が署名されたことを歓迎した。",
        source,
        language="ja",
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_the_two_parties_spelled_out_are_no_other_figure_for_a_count_of_countries():
    # A reconstruction in our own words: "the two Ministers" are the host's guests, and count
    # no countries; the three countries the claim counts are the ones the sentence lists.
    source = document(
        "https://example.invalid/trilateral",
        "en",
        "On September 22, the Foreign Ministers of the three countries, Japan, Norvain and "
        "Estoria, held a meeting.",
        "At the outset, Minister Salinas, as the host, welcomed the two Ministers and stated "
        "that the partnership among Japan, Norvain and Estoria was a firm foundation for peace.",
    )
    result = check_one(
        "Salinas, who hosted the talks, called the partnership of the three countries a firm "
        "foundation for peace.",
        source,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
