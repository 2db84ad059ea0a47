"""Relative dates: weekdays, yesterday, 本日, last week, read against a reference day."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pipeline_helpers import SourceKind, check_one, document

from factcheck.model import Verdict
from factcheck.text.dates import find_dates
from factcheck.text.relative_dates import find_relative_dates, find_sequence_dates

MONDAY_27_OCT = dt.date(2025, 10, 27)


def keys(text: str, reference: dt.date, language: str = "en") -> list[str]:
    mentions, _ = find_relative_dates(text, language, reference)
    return [m.key for m in mentions]


def test_sunday_in_an_article_of_monday_is_the_day_before_and_says_so():
    mentions, notes = find_relative_dates(
        "Takaichi and Trump spoke by phone on Sunday.", "en", MONDAY_27_OCT
    )
    assert [m.key for m in mentions] == ["2025-10-26"]
    assert mentions[0].resolution == "Sunday → 26 October 2025 (article published 27 October 2025)"
    assert notes == []


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # Across a month's end: Sunday before Monday 1 December is 30 November.
        ("The leaders met on Sunday.", dt.date(2025, 12, 1), "2025-11-30"),
        # Across a year's end: Sunday before Monday 1 January 2024 is 31 December 2023.
        ("The leaders met on Sunday.", dt.date(2024, 1, 1), "2023-12-31"),
        # A visit to come, across a year's end: Friday 27 December 2024 → Thursday 2 January.
        ("Ishiba will travel to Manila on Thursday.", dt.date(2024, 12, 27), "2025-01-02"),
        # A past event across a month's end: Tuesday 1 July → Friday 27 June.
        ("The ministers signed the deal on Friday.", dt.date(2025, 7, 1), "2025-06-27"),
        # The reference day's own weekday is the reference day.
        ("The talks are held on Monday.", MONDAY_27_OCT, "2025-10-27"),
        ("Takaichi met Albanese last Saturday.", MONDAY_27_OCT, "2025-10-25"),
        ("The summit opens next Wednesday.", MONDAY_27_OCT, "2025-10-29"),
    ],
)
def test_weekdays_across_month_and_year_ends(text, reference, expected):
    assert keys(text, reference) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "scheduled" and "expected" end in -ed, yet say the act is to come.
        ("Motegi is scheduled to travel to Osaka on Thursday.", "2025-10-30"),
        ("The talks, which are scheduled for Friday, will cover trade.", "2025-10-31"),
        ("Takaichi is expected to arrive on Saturday.", "2025-11-01"),
        # "planned" alone is no mark of the future: the visit lies behind.
        ("The visit planned for Saturday was cancelled.", "2025-10-25"),
    ],
)
def test_a_word_that_marks_the_future_is_no_past_mark(text, expected):
    assert keys(text, MONDAY_27_OCT) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Irregular pasts that no list in the code names: WordNet's exceptions give them.
        ("On Tuesday Takaichi spent about 25 minutes with the delegation.", "2025-10-21"),
        ("Motegi sought Japan's support on Friday.", "2025-10-24"),
        ("The two leaders withdrew to a smaller room on Saturday.", "2025-10-25"),
        # A present in -s and a participle of "be" mark no past: the future mark decides.
        ("The minister has a call on Thursday and will raise trade.", "2025-10-30"),
        # A form WordNet meets mostly as a noun ("ground") marks no past either.
        ("On Friday, ground forces will begin the joint drill.", "2025-10-31"),
    ],
)
def test_an_irregular_past_marks_the_past(text, expected):
    assert keys(text, MONDAY_27_OCT) == [expected]


def test_a_weekday_with_no_tense_is_ambiguous_and_not_guessed():
    mentions, notes = find_relative_dates("Takaichi meets Trump on Tuesday.", "en", MONDAY_27_OCT)
    assert mentions == []
    (note,) = notes
    assert "ambiguous" in note.reason
    assert "21 October 2025" in note.reason and "28 October 2025" in note.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two leaders spoke yesterday.", "2025-10-26"),
        ("The ministers meet today.", "2025-10-27"),
        ("They will meet tomorrow.", "2025-10-28"),
        ("Last week the two spoke twice.", "2025-10-20/2025-10-26"),
        ("Earlier this month the two spoke.", "2025-10"),
        ("Last month the two spoke.", "2025-09"),
    ],
)
def test_days_weeks_and_months(text, expected):
    assert keys(text, MONDAY_27_OCT) == [expected]


def test_a_month_before_january_is_december_of_the_year_before():
    assert keys("Last month the two spoke.", dt.date(2026, 1, 14)) == ["2025-12"]


def test_a_week_across_a_months_end_is_noted_not_compared():
    mentions, notes = find_relative_dates("Last week the two spoke.", "en", dt.date(2025, 11, 5))
    assert mentions == []
    assert "across a month" in notes[0].reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本日、高市総理大臣はトランプ大統領と電話会談を行いました。", "2025-10-27"),
        ("昨日、両首脳は会談した。", "2025-10-26"),
        ("先週の土曜日に会談した。", "2025-10-25"),
        ("来週の水曜日に訪日する予定です。", "2025-11-05"),
        ("今月、両国は協議を行いました。", "2025-10"),
    ],
)
def test_japanese_relative_dates(text, expected):
    assert keys(text, MONDAY_27_OCT, "ja") == [expected]


def test_a_weekday_after_a_written_date_is_not_read_again():
    # 10月25日（土）: the weekday belongs to the written date.
    assert keys("10月25日（土）に電話会談を行いました。", MONDAY_27_OCT, "ja") == []
    spans = ((0, len("Saturday, October 25")),)
    mentions, notes = find_relative_dates("Saturday, October 25", "en", MONDAY_27_OCT, taken=spans)
    assert mentions == [] and notes == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Japanese paper dates what it reports by a day without its month, right after the
        # subject: the last such day up to the article's date.
        ("高市首相は26日、アルバニージー首相と電話会談した。", ["2025-10-26"]),
        ("両首脳は２７日夜、夕食会を行った。", ["2025-10-27"]),
        ("高市首相は30日、会談した。", ["2025-09-30"]),
        # Elsewhere a day without its month is no date of the event, and a plan is not read.
        ("政府は26日、リンド首相が30日から来日すると発表した。", ["2025-10-26"]),
        ("3日にわたる日程で来日中のリンド首相は、会談した。", []),
        ("両首脳は、協定の有効期間を30日延長することで一致した。", []),
        ("高市首相は5日（日本時間6日）、会談した。", []),
        ("高市首相は30日、訪米する予定だ。", []),
    ],
)
def test_a_japanese_papers_day_of_the_event_is_read_against_the_article(text, expected):
    mentions, _ = find_relative_dates(text, "ja", MONDAY_27_OCT)
    assert [m.key for m in mentions] == expected


# ── end to end: relative dates meet written ones ─────────────────────────────

CALL = document(
    "u",
    "ja",
    "令和7年10月26日、高市総理大臣はアルバニージー豪州首相と約20分間電話会談を行いました。",
    "両首脳は、日豪関係の強化で一致しました。",
)


def test_on_sunday_in_an_article_of_monday_meets_october_26():
    result = check_one(
        "Takaichi and Albanese held a telephone talk on Sunday.",
        CALL,
        published=MONDAY_27_OCT,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert any(
        "Sunday → 26 October 2025 (article published 27 October 2025)" in d for d in result.details
    )


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("高市首相は26日、アルバニージー豪州首相と電話会談した。", Verdict.SUPPORTED),
        ("高市首相は25日、アルバニージー豪州首相と電話会談した。", Verdict.CONTRADICTED),
    ],
)
def test_a_japanese_papers_day_of_the_event_meets_the_readouts_date(text, verdict):
    result = check_one(text, CALL, language="ja", published=MONDAY_27_OCT)
    assert result.verdict is verdict, result.reason


def test_on_saturday_is_a_day_off_and_says_which_day_it_was_read_as():
    result = check_one(
        "Takaichi and Albanese held a telephone talk on Saturday.",
        CALL,
        published=MONDAY_27_OCT,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "Saturday (25 October 2025)" in result.reason


@pytest.mark.parametrize(
    ("text", "verdict", "read_as"),
    [
        # The weekday's clause ends in a chained verb (会談し): its tense is the sentence's.
        (
            "高市首相は日曜日、アルバニージー豪州首相と電話会談し、関係強化で一致した。",
            Verdict.SUPPORTED,
            "日曜日 → 26 October 2025",
        ),
        (
            "高市首相は土曜日、アルバニージー豪州首相と電話会談し、関係強化で一致した。",
            Verdict.CONTRADICTED,
            "土曜日 → 25 October 2025",
        ),
    ],
)
def test_a_weekday_in_a_chained_clause_takes_the_tense_of_its_sentence(text, verdict, read_as):
    result = check_one(text, CALL, language="ja", published=MONDAY_27_OCT)
    assert result.verdict is verdict, result.reason
    assert any(read_as in d for d in result.details), result.details


def test_a_clause_that_marks_its_own_tense_is_not_overruled_by_its_sentence():
    # 予定 in the clause says it is still to come, though the sentence ends in the past.
    clause = "土曜日に訪問する予定"
    mentions, _ = find_relative_dates(
        clause, "ja", MONDAY_27_OCT, sentence=(clause + "の大統領と、先月会談した。", 0)
    )
    assert [m.key for m in mentions] == ["2025-11-01"]


@pytest.mark.parametrize(
    ("clause", "sentence", "reference", "expected"),
    [
        # 予定 only modifies the visit on the way: the chained 会談し shares 協議した's past.
        (
            "高市総理は日曜日、カレブ大統領と会談し",
            "高市総理は日曜日、カレブ大統領と会談し、来年予定されている同大統領の大阪訪問について"
            "協議した。",
            dt.date(2026, 10, 13),
            ["2026-10-11"],
        ),
        # A comma in a list or after a time word joins no clause.
        (
            "高市総理は日曜日、カレブ大統領と会談し",
            "高市総理は日曜日、カレブ大統領と会談し、経済、安全保障の両分野で協力を強化することで"
            "一致した。",
            dt.date(2026, 10, 13),
            ["2026-10-11"],
        ),
        (
            "高市総理は日曜日、カレブ大統領と会談し",
            "高市総理は日曜日、カレブ大統領と会談し、その後、共同声明に署名した。",
            dt.date(2026, 10, 13),
            ["2026-10-11"],
        ),
        # A subordinate clause that ends in 後、 has a tense of its own, the later one none.
        (
            "高市総理は日曜日、ヴェリン大統領と会談し",
            "高市総理は日曜日、ヴェリン大統領と会談し、覚書に署名した後、京都訪問の日程について"
            "説明する予定だ。",
            dt.date(2026, 10, 13),
            [],
        ),
        # Nor when another chained clause (しており、) stands before the first mark.
        (
            "高市総理は日曜日、ヴェリン大統領と会談し",
            "高市総理は日曜日、ヴェリン大統領と会談し、覚書に署名しており、協力事業は来年から"
            "本格化する予定だ。",
            dt.date(2026, 10, 13),
            [],
        ),
        # Nor when it ends a subordinate clause (ため) before a later outlook.
        (
            "高市総理は日曜日、ヴェリン大統領と会談し",
            "高市総理は日曜日、ヴェリン大統領と会談し、覚書に署名したため、協力事業は来年から"
            "本格化する見込みだ。",
            dt.date(2026, 10, 13),
            [],
        ),
        # It shares the predicate it chains to (署名したが), not the outlook after it.
        (
            "高市総理は日曜日、カレブ大統領と会談し",
            "高市総理は日曜日、カレブ大統領と会談し、共同声明に署名したが、同大統領の大阪訪問は"
            "来年になる見込みだ。",
            dt.date(2026, 10, 13),
            ["2026-10-11"],
        ),
        # The chained 来日し shares 予定だ, which ends the predicate: still to come.
        (
            "ゲレ大統領は土曜日、来日し",
            "ゲレ大統領は土曜日、来日し、高市総理と協議する予定だ。",
            dt.date(2026, 10, 14),
            ["2026-10-17"],
        ),
        # Its own sentence ends with no tense (署名。): the next sentence's outlook is not its.
        (
            "高市総理は日曜日、カレブ大統領と会談し",
            "高市総理は日曜日、カレブ大統領と会談し、共同声明に署名。来年は大阪で再会する予定だ。",
            dt.date(2026, 10, 13),
            [],
        ),
    ],
)
def test_a_chained_clause_takes_the_tense_of_the_predicate_it_chains_to(
    clause, sentence, reference, expected
):
    mentions, _ = find_relative_dates(clause, "ja", reference, sentence=(sentence, 0))
    assert [m.key for m in mentions] == expected


def test_an_english_clause_without_tense_is_not_given_another_clauses():
    # English says no clause's tense through another's: "seabed" and "will" decide nothing.
    clause = "Gere to visit Japan on Saturday"
    mentions, notes = find_relative_dates(
        clause,
        "en",
        dt.date(2026, 10, 14),
        sentence=(clause + ", and the two leaders will discuss seabed mining.", 0),
    )
    assert mentions == [] and notes


def test_today_in_a_statement_takes_the_statements_date():
    statement = document(
        "v",
        "en",
        "Statement by Foreign Minister Motegi.",
        "Today marks the 30th anniversary of diplomatic relations between Japan and the "
        "Republic of Calvania.",
    )
    claim_text = (
        "Motegi marked the 30th anniversary of diplomatic relations with Calvania on June 20."
    )
    wrong = check_one(
        claim_text, statement, kind=SourceKind.STATEMENT, source_dated=dt.date(2025, 6, 22)
    )
    assert wrong.verdict is Verdict.CONTRADICTED, wrong.reason
    right = check_one(
        claim_text.replace("June 20", "June 22"),
        statement,
        kind=SourceKind.STATEMENT,
        source_dated=dt.date(2025, 6, 22),
    )
    assert right.verdict is Verdict.SUPPORTED, right.reason


RELATIVE_PIECES = [
    "on ",
    "Sunday",
    "Monday",
    "last ",
    "next ",
    "will ",
    "met ",
    "yesterday",
    "week",
]
RELATIVE_PIECES += ["month", "this ", "本日", "先週の", "土曜日", "来週", "予定", "した", " "]


@given(
    st.lists(st.sampled_from(RELATIVE_PIECES), max_size=12).map("".join),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)),
)
def test_relative_dates_lie_near_their_reference(text, reference):
    mentions, _ = find_relative_dates(text, "en", reference)
    mentions += find_relative_dates(text, "ja", reference)[0]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.surface
        assert mention.resolution
        assert mention.year is not None and abs(mention.year - reference.year) <= 1


def test_a_tense_cue_at_the_start_of_the_sentence_still_counts():
    # The only cue ("Earlier") opens the sentence; its distance from the weekday equals the
    # weekday's own offset, which once made it look like a cue inside the weekday's words.
    assert keys("Earlier, talks between Kishida and Albanese on Sunday.", MONDAY_27_OCT) == [
        "2025-10-26"
    ]


@pytest.mark.parametrize(
    ("text", "language", "month", "day"),
    [
        ("Støre toured a shipyard on March 8 and held talks the following day.", "en", 3, 9),
        ("The talks were held on March 1; a day earlier, Støre toured a shipyard.", "en", 2, 28),
        ("The ministers met on December 31, 2026 and signed the accord the next day.", "en", 1, 1),
        # What the day was for may follow it ("… the following day to learn …").
        ("He said on May 4 he would tour a port the following day to learn of it.", "en", 5, 5),
        ("5月2日に市場を視察した高市総理は、翌日に大統領と会談した。", "ja", 5, 3),
    ],
)
def test_a_day_named_from_the_date_before_it_is_read_against_that_date(
    text: str, language: str, month: int, day: int
) -> None:
    found = find_sequence_dates(text, language, find_dates(text, language, 2027))
    assert [(d.month, d.day) for d in found] == [(month, day)]
    assert "the day" in found[0].resolution


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # No date before it: nothing to count from.
        ("Støre held talks with Takaichi the following day.", "en"),
        # "the day before the summit" counts from the summit, not from a date.
        ("On May 3, the day before the summit, Lee arrived in Tokyo.", "en"),
        # 「前日の5月2日」 gives its day itself.
        ("高市総理は、前日の5月2日、市場を視察しました。", "ja"),
    ],
)
def test_no_day_is_counted_without_a_date_to_count_from(text: str, language: str) -> None:
    assert find_sequence_dates(text, language, find_dates(text, language, 2027)) == []


def test_a_claim_whose_talks_took_place_the_day_after_a_dated_visit_is_not_contradicted():
    source = document(
        "https://example.invalid/valdora",
        "ja",
        "現地時間5月3日（月曜日）午前10時から約1時間、ヴァルドラを訪問中の高市内閣総理大臣は、"
        "ポートセルバの大統領府において、ペドロ・サリナス大統領と首脳会談を行いました。",
        "1　両首脳は、港湾整備と漁業分野での協力を確認しました。",
        "2　高市総理は、前日の5月2日、ポートセルバの水産物卸売市場を視察しました。",
    )
    # "the following day" is 3 May, the talks' date: the claim's 2 May is the market's.
    result = check_one(
        "Takaichi, who toured a fish market in Port Selva on May 2, held talks with Pedro "
        "Salinas the following day.",
        source,
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A comparison with a plan, or a span of a day or two, names no day.
        ("The summit, set for May 3, took place a day later than planned.", "en"),
        ("Lee arrived on May 1 and will leave within the next day or two.", "en"),
        # 「会談の前日」 counts from the meeting; 前日比 compares with the day before.
        ("4月28日に就任した大統領は、会談の前日に書簡を送った。", "ja"),
        ("5月2日の株価は前日比で上昇した。", "ja"),
    ],
)
def test_words_of_a_day_that_count_from_no_date_are_not_read(text: str, language: str) -> None:
    assert find_sequence_dates(text, language, find_dates(text, language, 2027)) == []


# A reconstruction in a readout's structure, in our own words.
MISSION = document(
    "mofa",
    "en",
    "On May 11, commencing at 2:00 p.m. for approximately one hour, Prime Minister Takaichi "
    "held a summit meeting with President Ruvalo of Qarland.",
    "Prime Minister Takaichi stated that Japan would send an economic mission to Qarland on "
    "May 20.",
)
TUESDAY_12_MAY = dt.date(2026, 5, 12)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Takaichi said Japan would send an economic mission to Qarland next week.", "supported"),
        ("高市首相は来週、経済ミッションをカーランドに派遣すると述べた。", "supported"),
    ],
)
def test_a_day_of_the_week_a_claim_names_bears_the_week_out(text, verdict):
    language = "en" if text.isascii() else "ja"
    result = check_one(text, MISSION, language=language, published=TUESDAY_12_MAY)
    assert result.verdict.value == verdict, result.reason


def test_a_day_outside_the_week_a_claim_names_contradicts_it():
    text = "Takaichi said Japan would send an economic mission to Qarland next week."
    result = check_one(text, MISSION, published=dt.date(2026, 5, 5))
    assert result.verdict is Verdict.CONTRADICTED, result.reason
    assert "next week (11 May 2026 to 17 May 2026)" in result.reason, result.reason


def test_a_week_a_claim_names_is_read_as_a_whole_week():
    week = find_relative_dates("the mission leaves next week", "en", TUESDAY_12_MAY)[0][0]
    assert week.week and week.key == "2026-05-18/2026-05-24"


@pytest.mark.parametrize(
    ("text", "language", "years"),
    [
        ("本年は両国の外交関係樹立30周年に当たります。", "ja", [2026]),
        ("昨年の首脳会談に続き、来年も協議を行う。", "ja", [2025, 2027]),
        ("This year marks the 30th anniversary; last year they met.", "en", [2026, 2025]),
        # A fiscal year, and a span of twelve months, are no calendar year.
        ("本年度の予算で実施します。", "ja", []),
        ("Trade grew over the last year and will grow in the next year.", "en", []),
    ],
)
def test_a_source_names_a_year_by_its_distance_from_its_own_date(text, language, years):
    from factcheck.text.relative_dates import find_relative_years

    found = find_relative_years(text, language, dt.date(2026, 9, 9))
    assert [int(n.value) for n in found] == years


@pytest.mark.parametrize("language", ["ja", "en"])
def test_a_claim_that_writes_the_year_meets_the_sources_this_year(language):
    source = {
        "ja": document(
            "y",
            "ja",
            "令和8年9月9日、高市総理大臣は、ヴァルマー首相と会談しました。",
            "高市総理から、本年は両国の外交関係樹立30周年に当たる旨述べました。",
        ),
        "en": document(
            "y",
            "en",
            "On September 9, 2026, Prime Minister Takaichi met Prime Minister Valmar.",
            "Prime Minister Takaichi noted that this year marks the 30th anniversary of "
            "diplomatic relations.",
        ),
    }[language]
    dated = dt.date(2026, 9, 9)
    right = check_one(
        "Takaichi noted that 2026 marks 30 years of diplomatic relations.",
        source,
        source_dated=dated,
    )
    assert right.verdict is Verdict.SUPPORTED, right.reason
    # Another year is not borne out; nor is it denied: a sentence's "this year" may stand
    # beside another year it speaks of ("… and to double it by 2030").
    other = check_one(
        "Takaichi noted that 2027 marks 30 years of diplomatic relations.",
        source,
        source_dated=dated,
    )
    assert other.verdict is Verdict.PARTLY_SUPPORTED, other.reason
    assert "2027" in other.reason


def test_a_year_the_source_names_from_its_date_denies_no_other_year_and_stays_a_word():
    source = document(
        "y",
        "ja",
        "令和8年9月9日、高市総理大臣は、ヴァルマー首相と電話会談を行いました。",
        "両首脳は、本年の外交関係樹立30周年を機に、2030年までに人的往来を倍増させることで"
        "一致しました。",
    )
    dated = dt.date(2026, 9, 9)
    result = check_one(
        "The two leaders agreed to double travel between their countries by 2030.",
        source,
        source_dated=dated,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    # 今年 in a claim meets the source's 本年 as a word, as it did before 本年 was a year.
    said = check_one(
        "両首脳は、今年の外交関係樹立30周年を機に、人的往来を倍増させることで一致した。",
        source,
        language="ja",
        source_dated=dated,
    )
    assert said.verdict is Verdict.SUPPORTED, said.reason


def test_a_day_the_source_dates_in_last_year_is_a_day_of_last_year():
    # A reconstruction in our own words: 昨年3月28日 in a page dated 2026 is 28 March 2025.
    source = document(
        "q",
        "ja",
        "令和8年2月18日、茂木外務大臣は、ヴァルマー外相と会談しました。",
        "ヴァルマー外相から、昨年3月28日の地震の後に日本が派遣した医療チームに謝意が表明されました。",
    )
    dated = dt.date(2026, 2, 18)
    right = check_one(
        "Valmar thanked Japan for the medical team it sent after the March 28, 2025 earthquake.",
        source,
        source_dated=dated,
    )
    assert right.verdict is Verdict.SUPPORTED, right.reason
    wrong = check_one(
        "Valmar thanked Japan for the medical team it sent after the March 28, 2024 earthquake.",
        source,
        source_dated=dated,
    )
    assert wrong.verdict is Verdict.CONTRADICTED, wrong.reason
