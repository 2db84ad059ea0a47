"""A month named alone ("in November", 11月に) is a date of month precision: any day of the
month bears it out, a day of another month conflicts with it."""

from __future__ import annotations

import datetime as dt

import pytest
from pipeline_helpers import check_one, document

from factcheck.model import Verdict
from factcheck.text.dates import find_dates, names_a_month


@pytest.mark.parametrize(
    ("text", "language", "key"),
    [
        ("a fisheries forum due in Reykjavik in March.", "en", "--03"),
        ("during her June trip to Lima", "en", "--06"),
        ("talks resume in May", "en", "--05"),
        ("3月に首都で開催予定の会合", "ja", "--03"),
    ],
)
def test_a_month_named_alone_is_a_date_when_asked_for(text, language, key):
    (found,) = find_dates(text, language, 2030, months=True)
    assert found.key == key and found.bare and found.year is None
    assert find_dates(text, language, 2030) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [("May I add one point", "en"), ("it may rain", "en"), ("Mayor Ortiz", "en"), ("3月間", "ja")],
)
def test_no_month_here(text, language):
    assert find_dates(text, language, months=True) == []


def test_a_day_of_the_month_bears_out_a_month_named_alone_and_another_month_conflicts():
    (month,) = find_dates("in March", "en", months=True)
    (day,) = find_dates("3月14日", "ja", 2030)
    (other,) = find_dates("4月2日", "ja", 2030)
    assert day.covers(month)
    assert not other.covers(month) and other.conflicts(month)


def test_a_text_without_digits_may_still_name_a_month():
    assert names_a_month("the forum meets in March")
    assert not names_a_month("the forum meets soon")


PAGE = document(
    "https://example.invalid/ja",
    "ja",
    "本日、高市総理大臣は、ペルー共和国大統領と電話会談を行いました。",
    "両首脳は、3月にリマで開催予定の日・ペルー漁業合同委員会に向けて、準備を進めていくことで一致しました。",
)


def test_a_claim_month_the_page_gives_is_covered():
    result = check_one(
        "The two leaders agreed to prepare for a joint fisheries committee in Lima in March.", PAGE
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_claim_month_the_page_gives_otherwise_is_contradicted():
    result = check_one(
        "The two leaders agreed to prepare for a joint fisheries committee in Lima in July.", PAGE
    )
    assert result.verdict is Verdict.CONTRADICTED, result.reason


CALL = document(
    "https://example.invalid/ja",
    "ja",
    "令和12年9月8日",
    "本日、午後4時から約20分間、高市総理大臣は、ケストリア共和国首相と電話会談を行いました。",
    "冒頭、ケストリア首相から、訪日時の歓待に改めて謝意が表明されました。",
)


def test_a_month_named_alone_that_the_page_does_not_give_dates_another_happening():
    # The visit's month is not the call's date line: the page does not say it, nor another.
    result = check_one(
        "Kestria's prime minister thanked Takaichi again for his welcome in Japan in April.",
        CALL,
        published=dt.date(2030, 9, 9),
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "April" in result.reason
