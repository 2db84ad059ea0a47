"""A month named alone ("in November", 11月に) is a date of month precision: any day of the
month bears it out, a day of another month conflicts with it. A range of months ("from April
to June", 4月から6月) bears out every month inside it."""

from __future__ import annotations

import datetime as dt

import pytest
from pipeline_helpers import check_one, document

from factcheck.languages import language_for
from factcheck.model import Verdict
from factcheck.text.dates import find_dates, names_a_month, names_a_month_each


@pytest.mark.parametrize(
    ("text", "language", "key"),
    [
        ("a fisheries forum due in Reykjavik in March.", "en", "--03"),
        ("talks resume in May", "en", "--05"),
        ("In May, the council voted again.", "en", "--05"),
        ("Mid-May storms closed the port.", "en", "--05"),
        ("the harvest that ended late September", "en", "--09"),
        ("3月に首都で開催予定の会合", "ja", "--03"),
    ],
)
def test_a_month_named_alone_is_a_date_when_asked_for(text, language, key):
    (found,) = find_dates(text, language, 2030, months=True)
    assert found.key == key and found.bare and found.year is None
    assert find_dates(text, language, 2030) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("May I add one point", "en"),
        ("it may rain", "en"),
        ("Mayor Ortiz", "en"),
        ("June Berne chaired the panel.", "en"),
        ("the panel chaired by June Berne", "en"),
        ("an August body of scholars", "en"),
        ("the March on Washington", "en"),
        ("during her June trip to Lima", "en"),  # no word that introduces a time
        ("3月間", "ja"),
        ("12月期決算を発表した", "ja"),
        ("4-6月期の成長率", "ja"),
    ],
)
def test_no_month_here(text, language):
    assert find_dates(text, language, months=True) == []


@pytest.mark.parametrize(
    ("text", "language", "key"),
    [
        ("the exhibition runs from April to June", "en", "--04/--06"),
        ("between April and June the road is shut", "en", "--04/--06"),
        ("in April–June", "en", "--04/--06"),
        ("from April to June 2031", "en", "2031-04/2031-06"),
        ("the canal locks close in April-June", "en", "--04/--06"),
        ("ferries stop in April-June 2033", "en", "2033-04/2033-06"),
        ("展示会は4月から6月にかけて開かれる", "ja", "--04/--06"),
        ("展示会は4月～6月に開かれる", "ja", "--04/--06"),
        ("4～6月に工事を行う", "ja", "--04/--06"),
        ("2031年4-6月に工事を行う", "ja", "2031-04/2031-06"),
    ],
)
def test_a_range_of_months_is_one_date(text, language, key):
    (found,) = find_dates(text, language, 2030, months=True)
    assert found.key == key
    (may,) = find_dates("in May", "en", months=True)
    assert found.covers(may) and not found.conflicts(may)
    (august,) = find_dates("in August", "en", months=True)
    assert not found.covers(august) and found.conflicts(august)


def test_months_joined_as_a_list_are_months_of_their_own():
    found = find_dates("in April and June, and again in August", "en", months=True)
    assert [date.key for date in found] == ["--04", "--06", "--08"]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("The regatta is held from April to June 10, 2034.", ["--04", "2034-06-10"]),
        ("Tolls rise between March and May 5 in the valley.", ["--03", "--05-05"]),
        ("Hearings in February, March and April 22nd.", ["--02", "--03", "--04-22"]),
        ("from September through October 3", ["--09", "--10-03"]),
    ],
)
def test_a_month_with_a_day_after_it_is_that_day_not_the_end_of_a_range_or_list(text, keys):
    assert [date.key for date in find_dates(text, "en", months=True)] == keys


@pytest.mark.parametrize("text", ["crews in May-based teams", "by April-end", "since March-ish"])
def test_a_hyphen_after_a_month_joins_only_another_month(text):
    assert find_dates(text, "en", months=True) == []


def test_a_day_of_the_month_bears_out_a_month_named_alone_and_another_month_conflicts():
    (month,) = find_dates("in March", "en", months=True)
    (day,) = find_dates("3月14日", "ja", 2030)
    (other,) = find_dates("4月2日", "ja", 2030)
    assert day.covers(month)
    assert not other.covers(month) and other.conflicts(month)


def test_a_day_of_a_range_of_months_does_not_bear_out_the_range():
    (months,) = find_dates("from April to June", "en", months=True)
    (day,) = find_dates("4月18日", "ja", 2030)
    assert not day.covers(months)


def test_a_text_without_digits_may_still_name_a_month():
    assert names_a_month("the forum meets in March", "en")
    assert names_a_month("In May, the forum met", "en")
    assert not names_a_month("the forum meets soon", "en")
    assert not names_a_month("June Berne met the forum", "en")


def test_months_named_in_many_texts_at_once_are_those_named_in_each():
    texts = [
        "the harvest fair opens in October",
        "",
        "the Mayor of the port spoke",  # a month's name inside a word: no month
        "fishing quotas rise from June to August",
        "since",
        "April",  # the name with no word that introduces a time
        "in\0September the ferry resumes",  # a NUL of the text's own
        "the ferry resumes in September",
        "the lake froze in",
        "December storms closed the pass",
        "the pass closed in mid-December",
    ]
    expected = [names_a_month(text, "en") for text in texts]
    assert expected == [True, False, False, True, False, False, False, True, False, False, True]
    assert names_a_month_each(texts, "en") == expected
    # One at a time, and joined at each boundary: a name never spans two texts.
    for cut in range(len(texts)):
        assert names_a_month_each(texts[cut:], "en") == expected[cut:]
    assert names_a_month_each(["in", "May"], "en") == [False, False]
    assert names_a_month_each([], "en") == []
    assert names_a_month_each(["来月の11月に開かれる"], "ja") == [False]  # no month words


ELECTION = document(
    "https://example.invalid/ja",
    "ja",
    "外務省は、モンゴルで9月に行われる大統領選挙に選挙監視団を派遣することを決定しました。",
    "監視団は、投票所を訪れて投票の様子を確認します。",
)


def test_a_claim_month_the_page_gives_is_covered():
    result = check_one(
        "The Foreign Ministry decided to send election observers to Mongolia's presidential "
        "election in "
        "September.",
        ELECTION,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_claim_month_the_page_gives_otherwise_is_contradicted():
    result = check_one(
        "The Foreign Ministry decided to send election observers to Mongolia's presidential "
        "election in "
        "November.",
        ELECTION,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason


SEASON = document(
    "https://example.invalid/ja",
    "ja",
    "国立博物館は、ウルグアイの先住民工芸品の特別展を4月から6月にかけて開催すると発表しました。",
)
SEASON_EN = document(
    "https://example.invalid/en",
    "en",
    "The national museum announced a special exhibition of Uruguayan indigenous crafts, "
    "open from April to June.",
)


@pytest.mark.parametrize("page", [SEASON, SEASON_EN], ids=["ja", "en"])
def test_a_claim_month_within_the_pages_range_of_months_is_no_contradiction(page):
    result = check_one(
        "The national museum will show Uruguayan indigenous crafts in a special exhibition in May.",
        page,
    )
    assert result.verdict is not Verdict.CONTRADICTED, result.reason


@pytest.mark.parametrize("page", [SEASON, SEASON_EN], ids=["ja", "en"])
def test_a_claim_month_outside_the_pages_range_of_months_is_contradicted(page):
    result = check_one(
        "The national museum will show Uruguayan indigenous crafts in a special exhibition "
        "in October.",
        page,
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason


OPENING = document(
    "https://example.invalid/en",
    "en",
    "October 3, 2031",
    "The Minister of Culture opened a bridge across the Drava river in Osijek today.",
    "The minister praised the engineers who built it and the town that hosted them.",
)


def test_a_month_named_alone_that_the_page_does_not_give_dates_another_happening():
    # The building's month is not the opening's date line: the page does not say it, nor
    # another month.
    result = check_one(
        "The minister praised the engineers who built the bridge in Osijek in February.",
        OPENING,
        published=dt.date(2031, 10, 4),
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "February" in result.reason


# ── a claim's month against a source's days, and a claim's day against a source's month ──


def test_a_day_bears_out_its_month_with_or_without_a_year_and_a_month_none_of_its_days():
    (day,) = find_dates("2032年9月21日", "ja", 2032)
    (bare,) = find_dates("in September", "en", months=True)
    (with_year,) = find_dates("September 2032", "en")
    (range_of_days,) = find_dates("September 20–22, 2032", "en")
    for month in (bare, with_year):
        assert day.covers(month) and range_of_days.covers(month)
        assert not month.covers(day) and not month.conflicts(day)
        assert month.holds_less_precisely(day)
    assert not day.holds_less_precisely(with_year)
    (other_year,) = find_dates("September 2031", "en")
    assert not day.covers(other_year) and not other_year.holds_less_precisely(day)


ARBORETUM = document(
    "https://example.invalid/ja",
    "ja",
    "環境省は、エストニアの森林研究所と樹木の種子を保存する共同事業を始めると発表しました。",
    "両機関は、2032年9月21日にタリンで協定に署名し、北方の樹種の種子を交換します。",
    "署名式には、エストニアの環境大臣も出席しました。",
)
ARBORETUM_EN = document(
    "https://example.invalid/en",
    "en",
    "The Environment Ministry announced a joint project with Estonia's forestry institute to "
    "store tree seeds.",
    "The two bodies signed an agreement in Tallinn on 21 September 2032 to exchange seeds of "
    "northern tree species.",
    "Estonia's environment minister attended the signing.",
)
SIGNING = (
    "The Environment Ministry and Estonia's forestry institute signed an agreement in Tallinn "
    "{when} to exchange seeds of northern tree species."
)


@pytest.mark.parametrize("page", [ARBORETUM, ARBORETUM_EN], ids=["ja", "en"])
@pytest.mark.parametrize("when", ["in September", "in September 2032"])
def test_a_claim_month_is_borne_out_by_a_day_of_it(page, when):
    result = check_one(SIGNING.format(when=when), page, published=dt.date(2032, 9, 25))
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize("page", [ARBORETUM, ARBORETUM_EN], ids=["ja", "en"])
@pytest.mark.parametrize("when", ["in October", "in October 2032"])
def test_a_claim_month_is_contradicted_by_a_day_of_another_month(page, when):
    result = check_one(SIGNING.format(when=when), page, published=dt.date(2032, 10, 25))
    assert result.verdict is Verdict.CONTRADICTED, result.reason


SEED_MONTH = document(
    "https://example.invalid/en",
    "en",
    "The Environment Ministry announced a joint project with Estonia's forestry institute to "
    "store tree seeds.",
    "The two bodies signed an agreement in Tallinn in September 2032 to exchange seeds of "
    "northern tree species.",
)
SEED_MONTH_AHEAD = document(
    "https://example.invalid/en",
    "en",
    "In September 2032, the Environment Ministry began a joint project with Estonia's "
    "forestry institute to store tree seeds.",
    "The two bodies signed an agreement in Tallinn to exchange seeds of northern tree species.",
)


@pytest.mark.parametrize(
    ("page", "text"),
    [
        (SEED_MONTH, SIGNING.format(when="on September 21, 2032")),
        (
            SEED_MONTH_AHEAD,
            "The two bodies signed an agreement in Tallinn on September 21, 2032 to exchange "
            "seeds of northern tree species.",
        ),
    ],
    ids=["passage", "context"],
)
def test_a_claim_day_that_the_source_gives_only_as_its_month_is_neither_borne_out_nor_contradicted(
    page, text
):
    # The source names the month, in the passage or beside it, not the day: the claim's
    # day is not in it.
    result = check_one(text, page, published=dt.date(2032, 9, 25))
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "September 21, 2032" in result.reason


DREDGING = document(
    "https://example.invalid/en",
    "en",
    "On 4 May 2033, the minister opened a new ferry terminal in Asunción.",
    "The ministry also plans a workshop on dredging the Paraguay River with local engineers.",
    "The minister thanked the river port authority for its cooperation.",
)


def test_a_claim_month_does_not_pull_in_another_dated_sentence_over_the_one_on_its_topic():
    from pipeline_helpers import best_matches, index_of

    index = index_of(s=DREDGING)
    (part,) = best_matches(
        "The ministry plans a workshop on dredging the Paraguay River with local engineers in May.",
        index,
    )
    assert part.matches[0].sentence.index == 1


def test_each_language_says_how_it_names_a_month_alone():
    english, japanese = language_for("en"), language_for("ja")
    assert english.month_words is not None and english.month_numerals is None
    assert japanese.month_words is None and japanese.month_numerals is not None
    assert japanese.month_numerals.range.search("植樹は9月から11月に行う") is not None
    assert japanese.month_numerals.range.search("9月から11月5日まで") is None
    # A month alone is read the language's way only: a numeral is no month in English text,
    # a name none in Japanese text; a full date is one in any text.
    assert find_dates("植樹は9～11月に行う", "en", months=True) == []
    assert find_dates("植樹は9～11月に行う", "ja", months=True)[0].key == "--09/--11"
    assert find_dates("planting from September to November", "ja", months=True) == []
    assert find_dates("2033年9月5日", "en")[0].key == "2033-09-05"
