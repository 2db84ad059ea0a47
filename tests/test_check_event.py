"""The event's date, duration, count and place against the claim's, outside the best passage."""

from __future__ import annotations

import datetime as dt

import pytest
from pipeline_helpers import check_one, document
from test_keyfacts import SUMMIT, SUMMIT_JA

from factcheck.model import SourceKind, Verdict


def test_a_wrong_duration_in_another_sentence_is_contradicted():
    # The claim's topic aligns with sentence 2; its duration is the lead's, and differs.
    result = check_one(
        "In a two-hour meeting, the two leaders reaffirmed the Special Strategic Partnership.",
        SUMMIT,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "approximately 45 minutes" in result.reason and "two-hour" in result.reason


def test_a_wrong_date_in_another_sentence_is_contradicted():
    result = check_one(
        "On November 4, the two leaders reaffirmed the Japan-Australia Special Strategic "
        "Partnership.",
        SUMMIT,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "November 3, 2025" in result.reason


def test_another_place_for_the_event_is_a_contradiction():
    result = check_one(
        "Takaichi and Albanese held a summit meeting in Canberra on November 3.", SUMMIT
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "Canberra" in result.reason and "Tokyo" in result.reason


def test_the_place_of_the_next_meeting_is_not_the_events_place():
    # "their next summit in Canberra": a meeting not held yet, which the source never
    # mentions; the claim adds it, and says nothing of where this one was.
    result = check_one(
        "The two leaders reaffirmed the Special Strategic Partnership and agreed to hold their "
        "next summit in Canberra.",
        SUMMIT,
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    result = check_one(
        "両首脳は日豪「特別な戦略的パートナーシップ」を再確認し、次回の首脳会談をキャンベラで開くことでも一致した。",
        SUMMIT_JA,
        language="ja",
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The meeting itself set there is still another place for the event, whatever else
        # the clause says of it.
        ("両首脳はキャンベラで日豪首脳会談を行った。", "ja"),
        (
            "Takaichi held a summit meeting with Albanese in Canberra after a welcome ceremony.",
            "en",
        ),
        (
            "Takaichi and Albanese held a summit meeting in Canberra for the first time since "
            "2023.",
            "en",
        ),
    ],
)
def test_the_events_own_place_stays_compared_beside_other_words_of_time(text, language):
    result = check_one(text, SUMMIT_JA if language == "ja" else SUMMIT, language=language)
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_a_place_standing_for_a_government_is_not_the_events_place():
    # "with Canberra": the Australian government, not where the meeting was.
    result = check_one(
        "Takaichi agreed with Canberra to reaffirm the Japan-Australia Special Strategic "
        "Partnership.",
        SUMMIT,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_another_count_of_the_same_thing_is_a_contradiction():
    source = document(
        "y",
        "en",
        "Prime Minister Takaichi announced that Japan would train 100,000 digital "
        "professionals in the region.",
    )
    wrong = check_one(
        "Takaichi announced that Japan would train 10,000 digital professionals in the region.",
        source,
    )
    assert wrong.verdict is Verdict.CONTRADICTED, wrong.reason
    assert "100,000" in wrong.reason and "10,000" in wrong.reason
    right = check_one(
        "Takaichi announced that Japan would train 100,000 digital professionals in the region.",
        source,
    )
    assert right.verdict is Verdict.SUPPORTED, right.reason


CALL_JA = document(
    "w",
    "ja",
    "本日、午前9時から約25分間、高市総理大臣は、アルバニージー豪州首相と電話会談を行いました。",
    "高市総理から、豪州東部で発生した森林火災の犠牲者に哀悼の意を表し、日本政府として緊急援助"
    "物資を供与する旨伝達しました。",
)
"""A call readout dated only by its date line (本日), whose body the lexicon bridges in part."""


def test_a_wrong_relative_date_for_the_pages_people_is_contradicted():
    # The claim names the page's people and says part of what the page says in other words
    # ("fly in … relief supplies" for 援助物資を供与); its "yesterday" is 1 June, the call 2 June.
    result = check_one(
        "Japan's prime minister told her Australian counterpart yesterday that Tokyo would "
        "fly in emergency relief supplies for the bushfire victims.",
        CALL_JA,
        published=dt.date(2026, 6, 2),
        source_dated=dt.date(2026, 6, 2),
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "date line" in result.reason


def test_the_right_relative_date_for_the_pages_people_is_no_contradiction():
    result = check_one(
        "Japan's prime minister told her Australian counterpart today that Tokyo would "
        "fly in emergency relief supplies for the bushfire victims.",
        CALL_JA,
        published=dt.date(2026, 6, 2),
        source_dated=dt.date(2026, 6, 2),
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_a_date_for_other_people_is_not_the_pages_event():
    # Another leader than the page's: nothing says it is the page's event, so its date is
    # not compared with the page's.
    result = check_one(
        "Japan's prime minister told Indian Prime Minister Modi yesterday that Tokyo would "
        "fly in emergency relief supplies for the bushfire victims.",
        CALL_JA,
        published=dt.date(2026, 6, 2),
        source_dated=dt.date(2026, 6, 2),
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


REMARKS_EN = document(
    "r",
    "en",
    "President Tokayev and Prime Minister Takaichi spoke to the press after their talks.",
    "Today our ministries and firms concluded contracts worth more than 2 billion dollars in "
    "mining and logistics.",
)


def test_another_amount_where_only_the_names_stand_elsewhere_is_contradicted():
    # The passage carries what the claim says but its people ("Tokayev", "Kazakh", which
    # weigh more than the rest): the same agreements, another amount.
    result = check_one(
        "Tokayev said Kazakh and Japanese firms concluded contracts worth over $7 billion.",
        REMARKS_EN,
        kind=SourceKind.PRESS_REMARKS,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "2 billion dollars" in result.reason and "$7 billion" in result.reason
    right = check_one(
        "Tokayev said Kazakh and Japanese firms concluded contracts worth over $2 billion.",
        REMARKS_EN,
        kind=SourceKind.PRESS_REMARKS,
    )
    assert right.verdict is not Verdict.CONTRADICTED, right.reason


VISIT = document(
    "w",
    "en",
    "On November 3, 2025, Prime Minister Takaichi held a summit meeting with Prime Minister "
    "Albanese in Tokyo.",
    "The two leaders reaffirmed the Japan-Australia Special Strategic Partnership.",
    "Earlier, on November 2, Prime Minister Albanese toured a shipyard in Yokohama.",
)


def test_a_second_day_the_source_gives_another_happening_is_no_contradiction():
    # Two days in the claim: the meeting's (the date line's) and the shipyard tour's, which
    # the source's last sentence dates. Neither is wrong.
    result = check_one(
        "Takaichi and Albanese held a summit meeting in Tokyo on November 3, after Albanese "
        "toured a shipyard in Yokohama on November 2.",
        VISIT,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_second_day_the_source_gives_nowhere_is_still_compared():
    # The tour's day appears nowhere in the source, and the meeting's day is wrong: the
    # meeting's day is compared as before.
    result = check_one(
        "Takaichi and Albanese held a summit meeting in Tokyo on November 4, after Albanese "
        "toured a shipyard in Yokohama on November 1.",
        VISIT,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_a_second_day_a_japanese_readout_gives_its_own_sentence_is_supported():
    # The date line dates the meeting; the last paragraph dates the shipyard visit the day
    # before. The claim's second day is that visit's, and that sentence carries the visit.
    source = document(
        "x",
        "ja",
        "11月3日、高市総理大臣は、東京でアルバニージー豪州首相と首脳会談を行いました。",
        "両首脳は、日豪「特別な戦略的パートナーシップ」を再確認しました。",
        "両首脳は、重要鉱物分野での協力を進めていくことで一致しました。",
        "アルバニージー首相は、これに先立ち、11月2日、横浜の造船所を視察しました。",
    )
    claim_text = (
        "Takaichi and Albanese held a summit meeting in Tokyo on November 3, after Albanese "
        "inspected a shipyard in Yokohama on November {day}."
    )
    right = check_one(claim_text.format(day=2), source, source_dated=dt.date(2025, 11, 3))
    assert right.verdict is Verdict.SUPPORTED, right.reason
    assert "November 2 from" in right.reason
    wrong = check_one(claim_text.format(day=1), source, source_dated=dt.date(2025, 11, 3))
    assert wrong.verdict is Verdict.CONTRADICTED, wrong.reason


def test_the_two_parties_are_no_rival_to_a_count_the_claim_adds():
    # "The two ministers" counts the parties; the claim's 300 students is a detail the
    # source lacks, not another number for the same thing.
    source = document(
        "z",
        "en",
        "On May 3, 2026, Foreign Minister Motegi held a meeting with Foreign Minister Dlamini "
        "in Tokyo.",
        "The two ministers concurred on expanding student exchanges, including through a grant "
        "program for engineering students at Japanese universities.",
    )
    result = check_one(
        "The two ministers agreed to expand student exchanges, including grants for 300 "
        "engineering students a year at Japanese universities.",
        source,
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "300" in result.reason


COUNTED_JA = document(
    "z",
    "ja",
    "令和9年4月20日、高市総理大臣は、来日中の首相と首脳会談を行いました。",
    "首相から、昨年日本で学んだ同国の留学生が約4万人に達した旨の紹介があり、高市総理から、"
    "留学生交流を更に拡大していきたい旨述べました。",
)
"""A readout that counts people with a counter (約4万人) beside what it counts (留学生)."""


def test_a_bare_count_of_what_the_source_counts_is_compared():
    # "about 60,000 students" has no unit; the sentence's only count stands by 留学生.
    wrong = check_one(
        "The prime minister said about 60,000 students from his country studied in Japan last "
        "year.",
        COUNTED_JA,
    )
    assert wrong.verdict is Verdict.CONTRADICTED, wrong.reason
    assert "約4万人" in wrong.reason and "60,000" in wrong.reason
    right = check_one(
        "The prime minister said some 40,000 students from his country studied in Japan last year.",
        COUNTED_JA,
    )
    assert right.verdict is not Verdict.CONTRADICTED, right.reason


def test_a_count_of_something_the_source_does_not_count_is_no_conflict():
    # The sentence counts students; the claim counts flights, which the source never counts.
    result = check_one(
        "The prime minister said 60 new flights to Japan had brought students last year.",
        COUNTED_JA,
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


VALDORA_VISIT = document(
    "https://example.invalid/valdora",
    "ja",
    # A reconstruction in our own words of a readout's layout: the date line dates the talks,
    # the last paragraph dates a visit the day before.
    "現地時間5月3日（月曜日）午前10時から約1時間、ヴァルドラを訪問中の高市内閣総理大臣は、"
    "ポートセルバの大統領府において、ペドロ・サリナス大統領と首脳会談を行いました。",
    "1　冒頭、サリナス大統領から、高市総理の訪問を歓迎する旨述べました。",
    "2　両首脳は、港湾整備と漁業分野での協力を確認しました。",
    "3　高市総理は、前日の5月2日、日本の無償資金協力により整備されたポートセルバの水産物卸売市場を"
    "視察しました。",
)


def test_the_date_of_talks_is_the_meetings_not_that_of_another_act_on_the_page():
    # The claim's date stands on the page, but for the market visit: the talks were on 3 May.
    for text in (
        "Takaichi held talks at the presidential palace in Port Selva on May 2, 2027.",
        "On May 2, Takaichi held talks at the presidential palace in Port Selva.",
    ):
        result = check_one(text, VALDORA_VISIT)
        assert result.verdict is Verdict.CONTRADICTED, (text, result.reason)
        assert "May 2" in result.reason, result.reason
    # A date the claim gives to the other act, in a stretch of its own, is that act's.
    result = check_one(
        "5月2日にポートセルバの水産物卸売市場を視察した高市総理は、翌3日にサリナス大統領と会談した。",
        VALDORA_VISIT,
        language="ja",
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


WINDHOEK_LIKE = document(
    "https://example.invalid/marvel",
    "ja",
    # A reconstruction in our own words: the date line dates the talks, the last paragraph
    # dates the arrival the day before.
    "令和9年11月18日（水曜日）、ノルヴェインを訪問中の高市総理大臣は、ペドロ・サリナス大統領と"
    "首脳会談を行いました。",
    "1　両首脳は、国連安全保障理事会改革を含め、国際場裡で連携していくことを確認しました。",
    "2　高市総理は、11月17日にマーヴェル市に到着し、同日夜、日本企業の関係者と懇談しました。",
)


def test_a_date_in_a_phrase_of_its_own_dates_that_act_where_the_page_dates_it():
    # The arrival's day is the page's, in paragraph 2; the talks' day is the date line's.
    result = check_one(
        "After arriving in Marvel City on November 17, Takaichi agreed to work together on "
        "reforming the UN Security Council.",
        WINDHOEK_LIKE,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    # The day the claim gives the talks themselves is compared with the date line's.
    result = check_one(
        "On November 17, Takaichi agreed to work together on reforming the UN Security Council.",
        WINDHOEK_LIKE,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason


def test_a_date_before_and_a_second_predicate_dates_the_first():
    # "toured … on May 2 and held talks": the tour's day, not the talks'.
    result = check_one(
        "Takaichi toured a fish market in Port Selva on May 2 and held talks at the "
        "presidential palace.",
        VALDORA_VISIT,
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


def test_the_day_after_a_japanese_subject_dates_the_main_clause():
    # «高市首相は6日、» is the day the sentence reports its talks by, not an act of its own;
    # the flood's day the claim gives (4日) is another than the page's (5月2日).
    source = document(
        "https://example.invalid/call",
        "ja",
        "令和8年5月6日（水曜日）午前9時から約30分間、高市総理大臣は、サリナス・ノルヴェイン共和国"
        "大統領と電話会談を行いました。",
        "1　冒頭、高市総理から、ノルヴェインで5月2日に発生した地震の被害に対しお見舞いを述べ、"
        "サリナス大統領からは謝意が表明されました。",
    )
    result = check_one(
        "高市首相は6日、サリナス大統領と電話会談した。サリナス氏は4日の地震被害への見舞いに謝意を表した。",
        source,
        language="ja",
        published=dt.date(2026, 5, 7),
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason


# A reconstruction in our own words: the lead dates the courtesy call the 2nd and gives the
# visitor's stay, the 1st to the 5th, in the same sentence.
STAY_AND_CALL = document(
    "https://example.invalid/stay",
    "ja",
    "1　6月2日（火曜日）午後3時から、茂木外務大臣は、6月1日から5日まで訪日中のペドロ・サリナス・"
    "ノルヴェイン州首相による表敬を受けました（約30分間）。",
    "2　茂木大臣から、同州との経済交流の拡大を歓迎する旨述べました。",
)


def test_a_day_of_the_visitors_stay_does_not_date_the_call_the_lead_dates():
    # The 5th lies in the stay, not on the day of the call.
    for text in (
        "Norvain Premier Pedro Salinas paid a courtesy call on Foreign Minister Motegi on June 5.",
        "Foreign Minister Motegi held a meeting with Norvain Premier Pedro Salinas on June 5.",
        "Foreign Minister Motegi and Norvain Premier Pedro Salinas met on June 5.",
    ):
        result = check_one(text, STAY_AND_CALL)
        assert result.verdict is Verdict.CONTRADICTED, (text, result.reason)
        assert "June 5" in result.reason, result.reason
    # The day of the call is borne out, and a claim about the stay keeps the range's days.
    result = check_one(
        "Norvain Premier Pedro Salinas paid a courtesy call on Foreign Minister Motegi on June 2.",
        STAY_AND_CALL,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    result = check_one(
        "Norvain Premier Pedro Salinas, who was visiting Japan until June 5, paid a courtesy "
        "call on Foreign Minister Motegi.",
        STAY_AND_CALL,
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


# A reconstruction in our own words: the lead dates the departure; the talks were held during
# the summit, whose days the next sentence gives as a range.
SUMMIT_RANGE = document(
    "https://example.invalid/summit-range",
    "en",
    "On November 20, Prime Minister Takaichi departed Tokyo for Marvel City.",
    "Prime Minister Takaichi held talks with President Salinas during the summit in Marvel "
    "City from November 22 to 23, their first meeting since a telephone call on October 30.",
)


def test_a_range_of_days_that_may_be_the_meetings_own_still_bears_its_day_out():
    # The single day beside the range is not the event's, so the range may date the talks.
    result = check_one(
        "Takaichi held talks with Salinas in Marvel City on November 22.", SUMMIT_RANGE
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason
