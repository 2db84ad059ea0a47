"""Dates meet on one key whatever the language, format or calendar they are written in."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.text.dates import DateMention, find_dates, fold_width, parse_date, read_numeral

KANJI = "〇一二三四五六七八九"
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
JA_WEEKDAYS = "月火水木金土日"


def only(text: str, language: str, default_year: int | None = None) -> DateMention:
    found = find_dates(text, language, default_year)
    assert len(found) == 1, found
    return found[0]


# ── forms ─────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("October 25", "--10-25"),
        ("October 25, 2025", "2025-10-25"),
        ("October 25 2025", "2025-10-25"),
        ("25 October 2025", "2025-10-25"),
        ("Oct. 25", "--10-25"),
        ("Oct 25", "--10-25"),
        ("Oct 25th", "--10-25"),
        ("25 Oct 2025", "2025-10-25"),
        ("25th of October 2025", "2025-10-25"),
        ("Saturday, October 25, 2025", "2025-10-25"),
        ("Sat., Oct. 25, 2025", "2025-10-25"),
        ("Sept. 3, 2024", "2024-09-03"),
        ("2025-10-25", "2025-10-25"),
        ("2025/10/25", "2025-10-25"),
        ("2025.10.25", "2025-10-25"),
        ("10/25/2025", "2025-10-25"),
        ("25/10/2025", "2025-10-25"),
        ("October 27 to 29", "--10-27/--10-29"),
        ("October 27-29", "--10-27/--10-29"),
        ("October 27–29, 2025", "2025-10-27/2025-10-29"),
        ("27–29 October 2025", "2025-10-27/2025-10-29"),
        ("27 to 29 October", "--10-27/--10-29"),
        ("October 2025", "2025-10"),
        ("May 2025", "2025-05"),
    ],
)
def test_english_forms(text: str, key: str) -> None:
    mention = only(f"It happened on {text} in Tokyo.", "en")
    assert mention.key == key
    assert mention.surface == text


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("10月25日", "--10-25"),
        ("2025年10月25日", "2025-10-25"),
        ("2025年 10月 25日", "2025-10-25"),
        ("令和7年10月25日", "2025-10-25"),
        ("令和７年１０月２５日", "2025-10-25"),
        ("１０月２５日", "--10-25"),
        ("十月二十五日", "--10-25"),
        ("二〇二五年十月二十五日", "2025-10-25"),
        ("令和七年十月二十五日", "2025-10-25"),
        ("10月25日(土)", "--10-25"),
        ("10月25日（土曜日）", "--10-25"),
        ("10月25日土曜日", "--10-25"),
        ("11月3日(月・祝)", "--11-03"),
        ("10月27日から29日", "--10-27/--10-29"),
        ("10月27日～29日", "--10-27/--10-29"),
        ("10月27日〜29日", "--10-27/--10-29"),
        ("10月27日から10月29日まで", "--10-27/--10-29"),
        ("10月27日(月)から29日(水)まで", "--10-27/--10-29"),
        ("令和7年10月", "2025-10"),
        ("2025年10月", "2025-10"),
        ("2025-10-25", "2025-10-25"),
        ("2025/10/25", "2025-10-25"),
    ],
)
def test_japanese_forms(text: str, key: str) -> None:
    mention = only(f"会談は{text}に行われた。", "ja")
    assert mention.key == key
    assert mention.surface == text


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("令和元年5月1日", "2019-05-01"),  # first day of Reiwa
        ("令和1年5月1日", "2019-05-01"),
        ("平成31年4月30日", "2019-04-30"),  # last day of Heisei
        ("平成元年1月8日", "1989-01-08"),  # first day of Heisei
        ("平成12年2月29日", "2000-02-29"),
        ("昭和64年1月7日", "1989-01-07"),  # last day of Showa
        ("昭和元年12月25日", "1926-12-25"),
        ("大正15年12月25日", "1926-12-25"),
        ("平成31年4月", "2019-04"),
        ("令和元年5月", "2019-05"),
    ],
)
def test_era_conversion(text: str, key: str) -> None:
    assert only(text, "ja").key == key


@pytest.mark.parametrize(
    "text",
    [
        "平成32年1月1日",  # Heisei ended in its 31st year
        "平成31年5月1日",  # already Reiwa
        "令和元年4月30日",  # still Heisei
        "昭和64年1月8日",  # already Heisei
        "昭和元年12月24日",  # still Taisho
        "令和0年5月1日",
        "令和元年4月",
    ],
)
def test_dates_outside_their_era_are_not_dates(text: str) -> None:
    assert find_dates(text, "ja") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the 104th Prime Minister", "en"),
        ("the summit began at 9:50", "en"),
        ("3/4 of the members", "en"),
        ("version 1.2.3 and 2.10.5", "en"),
        ("in the 1950s", "en"),
        ("in 2025", "en"),
        ("October", "en"),
        ("you may 5 times", "en"),
        ("February 30, 2025", "en"),
        ("April 31", "en"),
        ("13/25/2025", "en"),
        ("2025-13-01", "en"),
        ("2025-10-25.1", "en"),
        ("1.2025.10.25", "en"),
        ("Octopus 25", "en"),
        ("10/25/2025", "ja"),  # month-first numeric dates are an English habit
        ("2月30日", "ja"),
        ("10月", "ja"),  # a month without a year is too weak to be a date anchor
        ("3か月", "ja"),
        ("25日", "ja"),
        ("毎週月曜日", "ja"),
        ("約10分間", "ja"),
        ("", "en"),
    ],
)
def test_not_dates(text: str, language: str) -> None:
    assert find_dates(text, language) == []


def test_several_dates_in_order_with_offsets() -> None:
    text = "Takaichi took office on October 21; Trump visited Japan on October 27–29, 2025."
    found = find_dates(text, "en", default_year=2025)
    assert [m.key for m in found] == ["2025-10-21", "2025-10-27/2025-10-29"]
    assert all(text[m.start : m.end] == m.surface for m in found)
    assert [m.year_inferred for m in found] == [True, False]


def test_iso_timestamp_gives_its_day() -> None:
    mention = only("published 2025-10-25T22:30:00+09:00", "en")
    assert (mention.key, mention.surface) == ("2025-10-25", "2025-10-25")


def test_mixed_text_finds_both_scripts() -> None:
    text = "The readout (令和7年10月25日) says the call on October 25 lasted 10 minutes."
    assert [m.key for m in find_dates(text, "en")] == ["2025-10-25", "--10-25"]


def test_range_across_months_gives_two_days() -> None:
    found = find_dates("2025年12月30日から1月3日まで", "ja")
    assert [m.key for m in found] == ["2025-12-30", "2026-01-03"]
    assert [m.surface for m in found] == ["2025年12月30日", "1月3日"]


def test_range_with_impossible_end_keeps_the_first_day() -> None:
    assert only("October 27 to 35", "en").key == "--10-27"


# ── weekdays and years ────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "language", "weekday", "mismatch"),
    [
        ("Saturday, October 25, 2025", "en", 5, False),
        ("Friday, October 25, 2025", "en", 4, True),
        ("October 25, 2025 (Sat)", "en", 5, False),
        ("令和7年10月25日(土)", "ja", 5, False),
        ("令和7年10月25日（金曜日）", "ja", 4, True),
        ("10月25日(土)", "ja", 5, False),  # no year: nothing to disagree with
    ],
)
def test_weekday_is_kept_and_checked(text: str, language: str, weekday: int, mismatch: bool):
    mention = only(text, language)
    assert mention.weekday == weekday
    assert mention.weekday_mismatch is mismatch


def test_default_year_fills_in_and_is_marked() -> None:
    mention = only("on October 25", "en", default_year=2025)
    assert (mention.key, mention.year_inferred) == ("2025-10-25", True)
    assert mention.date == dt.date(2025, 10, 25)
    written = only("on October 25, 2024", "en", default_year=2025)
    assert (written.key, written.year_inferred) == ("2024-10-25", False)


def test_default_year_that_makes_the_date_impossible_is_not_used() -> None:
    mention = only("February 29", "en", default_year=2025)
    assert (mention.key, mention.year_inferred) == ("--02-29", False)
    assert find_dates("February 29, 2025", "en") == []


# ── covers and conflicts ──────────────────────────────────────────────────────


def d(text: str, language: str = "en", default_year: int | None = None) -> DateMention:
    return only(text, language, default_year)


@pytest.mark.parametrize(
    ("wide", "narrow", "covers"),
    [
        (d("令和7年10月25日", "ja"), d("October 25"), True),
        (d("October 25"), d("令和7年10月25日", "ja"), True),
        (d("10月27日から29日", "ja"), d("October 28, 2025"), True),
        (d("10月27日から29日", "ja"), d("October 27"), True),
        (d("10月27日から29日", "ja"), d("October 29"), True),
        (d("10月27日から29日", "ja"), d("October 30"), False),
        (d("October 28"), d("October 27–29"), False),
        # A month gives none of its days; a day of the month bears the month out.
        (d("October 2025"), d("October 25, 2025"), False),
        (d("October 25, 2025"), d("October 2025"), True),
        (d("10月27日から29日", "ja"), d("October 2025"), True),
        (d("November 3, 2025"), d("October 2025"), False),
        (d("2025年10月25日", "ja"), d("October 25, 2024"), False),
        (d("2025年10月25日", "ja"), d("October 26, 2025"), False),
    ],
)
def test_covers(wide: DateMention, narrow: DateMention, covers: bool) -> None:
    assert wide.covers(narrow) is covers


@pytest.mark.parametrize(
    ("a", "b", "conflicts"),
    [
        (d("October 25"), d("October 26"), True),
        (d("October 25"), d("2025年10月25日", "ja"), False),
        (d("October 25"), d("2025年10月", "ja"), False),
        (d("October 25"), d("2025年11月", "ja"), True),
        (d("October 28"), d("10月27日～29日", "ja"), False),
        (d("October 30"), d("10月27日～29日", "ja"), True),
        (d("October 25, 2024"), d("令和7年10月25日", "ja"), True),
        # A year guessed from the article's date is no evidence against a written one.
        (d("October 25", default_year=2024), d("令和7年10月25日", "ja"), False),
        (d("October 26", default_year=2024), d("令和7年10月25日", "ja"), True),
    ],
)
def test_conflicts(a: DateMention, b: DateMention, conflicts: bool) -> None:
    assert a.conflicts(b) is conflicts
    assert b.conflicts(a) is conflicts


def test_a_mention_covers_itself_and_does_not_conflict_with_itself() -> None:
    for mention in find_dates("October 25; 2025-10; 10月27日から29日; 令和7年10月", "ja"):
        assert mention.covers(mention)
        assert not mention.conflicts(mention)


# ── parse_date ────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("令和7年10月25日", "ja", dt.date(2025, 10, 25)),
        ("October 28, 2025", "en", dt.date(2025, 10, 28)),
        ("Date: 2025-10-28T09:00:00Z", "en", dt.date(2025, 10, 28)),
        ("October 28, 2025 / 2025-10-28", "en", dt.date(2025, 10, 28)),
        ("October 28", "en", None),
        ("October 2025", "en", None),
        ("October 27–29, 2025", "en", None),
        ("October 27, 2025 and October 28, 2025", "en", None),
        ("no date here", "en", None),
    ],
)
def test_parse_date(text: str, language: str, expected: dt.date | None) -> None:
    assert parse_date(text, language) == expected


# ── numerals ──────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("25", 25),
        ("二十五", 25),
        ("十", 10),
        ("三十一", 31),
        ("二〇二五", 2025),
        ("1,000", 1000),
        ("1.5万", 15000),
        ("1億2千万", 120_000_000),
        ("", None),
        ("abc", None),
    ],
)
def test_read_numeral(numeral: str, value: float | None) -> None:
    assert read_numeral(numeral) == value


def test_fold_width_keeps_offsets() -> None:
    assert fold_width("１０月（土）２．５％") == "10月(土)2.5%"


# ── properties ────────────────────────────────────────────────────────────────


def kanji(n: int) -> str:
    """1..99 as 十-style kanji (二十五)."""
    tens, units = divmod(n, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else KANJI[tens] + "十")) + (
        KANJI[units] if units else ""
    )


def kanji_digits(n: int) -> str:
    return "".join(KANJI[int(c)] for c in str(n))


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in text)


def era(day: dt.date) -> str:
    for name, first in (
        ("令和", dt.date(2019, 5, 1)),
        ("平成", dt.date(1989, 1, 8)),
        ("昭和", dt.date(1926, 12, 25)),
    ):
        if day >= first:
            n = day.year - first.year + 1
            return f"{name}{'元' if n == 1 else n}年{day.month}月{day.day}日"
    raise AssertionError(day)


def english_forms(day: dt.date) -> list[tuple[str, bool]]:
    """(text, has a year) in every English form the finder reads."""
    y, m, dd = day.year, day.month, day.day
    month, abbr, weekday = MONTHS[m - 1], MONTHS[m - 1][:3], WEEKDAYS[day.weekday()]
    return [
        (f"{month} {dd}", False),
        (f"{month} {dd}, {y}", True),
        (f"{dd} {month} {y}", True),
        (f"{abbr}. {dd}", False),
        (f"{abbr} {dd}", False),
        (f"{dd} {abbr} {y}", True),
        (f"{weekday}, {month} {dd}, {y}", True),
        (f"{y}-{m:02d}-{dd:02d}", True),
        (f"{m}/{dd}/{y}", True),
    ]


def japanese_forms(day: dt.date) -> list[tuple[str, bool]]:
    y, m, dd = day.year, day.month, day.day
    weekday = JA_WEEKDAYS[day.weekday()]
    return [
        (f"{m}月{dd}日", False),
        (f"{y}年{m}月{dd}日", True),
        (full_width(f"{y}年{m}月{dd}日"), True),
        (f"{kanji(m)}月{kanji(dd)}日", False),
        (f"{kanji_digits(y)}年{kanji(m)}月{kanji(dd)}日", True),
        (f"{y}年{m}月{dd}日({weekday})", True),
        (f"{m}月{dd}日（{weekday}曜日）", False),
        (era(day), True),
    ]


dates = st.dates(min_value=dt.date(1927, 1, 1), max_value=dt.date(2199, 12, 31))


@settings(max_examples=200)
@given(dates)
def test_every_english_form_round_trips(day: dt.date) -> None:
    for form, has_year in english_forms(day):
        mention = only(f"The meeting on {form} was short.", "en")
        expected = day.isoformat() if has_year else f"--{day:%m-%d}"
        assert mention.key == expected, form
        assert mention.surface == form
        assert not mention.weekday_mismatch


@settings(max_examples=200)
@given(dates)
def test_every_japanese_form_round_trips(day: dt.date) -> None:
    for form, has_year in japanese_forms(day):
        mention = only(f"会談は{form}に行われた。", "ja")
        expected = day.isoformat() if has_year else f"--{day:%m-%d}"
        assert mention.key == expected, form
        assert mention.surface == form
        assert not mention.weekday_mismatch


@settings(max_examples=200)
@given(dates, st.integers(min_value=1, max_value=27))
def test_ranges_round_trip_and_cover_their_days(day: dt.date, length: int) -> None:
    last = min(day.day + length, 28)
    if last <= day.day:
        return
    y, m, first = day.year, day.month, day.day
    key = f"{y:04d}-{m:02d}-{first:02d}/{y:04d}-{m:02d}-{last:02d}"
    english = only(f"from {MONTHS[m - 1]} {first}–{last}, {y}", "en")
    japanese = only(f"{y}年{m}月{first}日から{last}日まで", "ja")
    assert english.key == japanese.key == key
    inside = only(f"{y}年{m}月{(first + last) // 2}日", "ja")
    assert english.covers(inside) and not english.conflicts(inside)


_DATEISH = st.text(
    alphabet="0123456789０１２年月日元令和平成から～-/.,: (土)Oct25Sat十二〇", max_size=40
)


@settings(max_examples=200)
@given(st.one_of(st.text(max_size=200), _DATEISH), st.sampled_from(["en", "ja"]))
def test_spans_always_lie_inside_the_text(text: str, language: str) -> None:
    found = find_dates(text, language, default_year=2025)
    for mention in found:
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.surface == text[mention.start : mention.end]
        assert mention.key
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_long_runs_of_blanks_stay_linear() -> None:
    # A leading optional blank run in the Japanese pattern once made this take seconds.
    text = " " * 50_000 + "10月25日"
    assert [m.key for m in find_dates(text, "ja")] == ["--10-25"]
