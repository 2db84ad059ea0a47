"""Numbers with units meet on one key in English and Japanese."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.text.numbers import NumberMention, Unit, find_numbers, label_end


def only(text: str, language: str) -> NumberMention:
    found = find_numbers(text, language)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "key", "approximate"),
    [
        ("about 10 minutes", "10 minute", True),
        ("approximately 40 minutes", "40 minute", True),
        ("around 40 minutes", "40 minute", True),
        ("some 40 minutes", "40 minute", True),
        ("nearly 40 minutes", "40 minute", True),
        ("40 minutes or so", "40 minute", True),
        ("10-minute", "10 minute", False),
        ("10 min", "10 minute", False),
        ("ten minutes", "10 minute", False),
        ("ten-minute", "10 minute", False),
        ("twenty-five people", "25 person", False),
        ("one hour", "1 hour", False),
        ("two thousand five hundred", "2500", False),
        ("two", "2", False),
        ("1,000 people", "1000 person", False),
        ("1,000", "1000", False),
        ("2.5%", "2.5 percent", False),
        ("3 percent", "3 percent", False),
        ("3 per cent", "3 percent", False),
        ("$3 billion", "3000000000 dollar", False),
        ("about $3 billion", "3000000000 dollar", True),
        ("1.5 million yen", "1500000 yen", False),
        ("three times", "3 time", False),
        ("three days", "3 day", False),
        ("104th", "104 ordinal", False),
        ("first", "1 ordinal", False),
        ("second", "2 ordinal", False),
        ("third", "3 ordinal", False),
        ("twenty-first", "21 ordinal", False),
    ],
)
def test_english_forms(text: str, key: str, approximate: bool) -> None:
    mention = only(f"It took {text} in all.", "en")
    assert mention.key == key
    assert mention.surface == text
    assert mention.approximate is approximate


@pytest.mark.parametrize(
    ("text", "key", "approximate"),
    [
        ("約10分間", "10 minute", True),
        ("約10分", "10 minute", True),
        ("40分間", "40 minute", False),
        ("１０分間", "10 minute", False),
        ("十分間", "10 minute", False),
        ("約十分", "10 minute", True),
        ("三十分", "30 minute", False),
        ("10分程度", "10 minute", True),
        ("およそ10分", "10 minute", True),
        ("100人余り", "100 person", True),
        ("３人", "3 person", False),
        ("二人", "2 person", False),
        ("5名", "5 person", False),
        ("1万人", "10000 person", False),
        ("2億円", "200000000 yen", False),
        ("1億2千万円", "120000000 yen", False),
        ("100万ドル", "1000000 dollar", False),
        ("２．５％", "2.5 percent", False),
        ("3パーセント", "3 percent", False),
        ("24時間", "24 hour", False),
        ("3日間", "3 day", False),
        ("2週間", "2 week", False),
        ("3か月", "3 month", False),
        ("3ヶ月間", "3 month", False),
        ("5年間", "5 year", False),
        ("10か国", "10 country", False),
        ("3回", "3 time", False),
        ("1.5倍", "1.5 fold", False),
        ("第104代", "104 ordinal", False),
        ("第１０４代", "104 ordinal", False),
        ("第百四代", "104 ordinal", False),
        ("第2回", "2 ordinal", False),
        ("2回目", "2 ordinal", False),
    ],
)
def test_japanese_forms(text: str, key: str, approximate: bool) -> None:
    mention = only(f"会談は{text}行われた。", "ja")
    assert mention.key == key
    assert mention.surface == text
    assert mention.approximate is approximate


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("October 25, 2025", "en"),  # parts of dates are not numbers
        ("on 10/25/2025", "en"),
        ("2025-10-25", "en"),
        ("令和7年10月25日", "ja"),
        ("十月二十五日", "ja"),
        ("the summit began at 9:50", "en"),
        ("at 21:30 local time", "en"),
        ("at 10 a.m.", "en"),
        ("at 10am", "en"),
        ("at 9 o'clock", "en"),
        ("午後9時30分から", "ja"),
        ("22時から", "ja"),
        ("10月", "ja"),
        ("2030年代", "ja"),  # a decade
        ("COP2030", "en"),
        ("to avoid double taxation", "en"),  # "double" as an adjective
        ("double-digit growth", "en"),
        ("they doubled down on it", "en"),
        ("a triple crown", "en"),
        ("the 1950s", "en"),
        ("G7 leaders", "en"),
        ("5G networks", "en"),
        ("COVID-19", "en"),
        ("version 1.2.3", "en"),
        ("3/4 of the members", "en"),
        ("3分の1", "ja"),
        ("十分に", "ja"),  # 十分 = enough
        ("五分五分", "ja"),
        ("一方", "ja"),
        ("安倍晋三元総理", "ja"),
        ("万全を期す", "ja"),
        ("万人", "ja"),
        ("no one came", "en"),
        ("one of them", "en"),
        ("per second", "en"),
        ("hundreds of people", "en"),
        ("", "en"),
        # A span counted from another event is a point in time, not a duration.
        ("A day before the summit, Adeang toured a desalination plant.", "en"),
        ("Two days after the flood, Japan sent relief goods.", "en"),
    ],
)
def test_not_numbers(text: str, language: str) -> None:
    assert find_numbers(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "value", "surface"),
    [
        ("by 2035", "en", 2035, "2035"),
        ("in 2025", "en", 2025, "2025"),
        ("2030年までに", "ja", 2030, "2030年"),
        ("令和12年までに", "ja", 2030, "令和12年"),  # an era year without a month
        ("平成元年", "ja", None, None),  # 元 is no numeral: nothing is read
    ],
)
def test_calendar_years(text: str, language: str, value: int | None, surface: str | None) -> None:
    found = find_numbers(text, language)
    if value is None:
        assert found == []
        return
    (mention,) = found
    assert (mention.value, mention.unit, mention.surface) == (value, Unit.CALENDAR_YEAR, surface)


def test_calendar_years_agree_only_when_equal() -> None:
    (claim,) = find_numbers("aims to reach the goal by 2035", "en")
    (same,) = find_numbers("2035年までに目標を達成する", "ja")
    (other,) = find_numbers("2030年までに目標を達成する", "ja")
    assert claim.agrees(same)
    assert claim.conflicts(other)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Nigeria aims to double its capacity", "en", 2.0),
        ("the number of visas would triple", "en", 3.0),  # after a modal: a verb
        ("a double bed", "en", None),  # an adjective
        ("trade has doubled since then", "en", 2.0),
        ("they agreed to halve the backlog", "en", 0.5),
        ("quadrupling the number of flights", "en", 4.0),
        ("貿易額を倍増させる", "ja", 2.0),
        ("排出量を半減する", "ja", 0.5),
    ],
)
def test_multiplying_verbs_are_multiples(text: str, language: str, value: float | None) -> None:
    found = find_numbers(text, language)
    if value is None:
        assert found == []
        return
    (mention,) = found
    assert (mention.value, mention.unit) == (value, Unit.FOLD)


def test_a_multiplying_verb_meets_its_multiple_in_the_other_language() -> None:
    (double,) = find_numbers("aims to double its capacity", "en")
    (triple,) = find_numbers("would triple the number of visas", "en")
    (source,) = find_numbers("発電容量を約2倍に引き上げる", "ja")
    assert double.agrees(source)
    assert triple.conflicts(source)


def test_numbers_of_the_readout_in_both_languages() -> None:
    ja = "令和7年10月25日（土）午後10時30分から約10分間、電話会談を行った。第104代内閣総理大臣。"
    en = (
        "On October 25, 2025, commencing at 22:30 for approximately 10 minutes, "
        "the 104th Prime Minister held a telephone talk."
    )
    assert [m.key for m in find_numbers(ja, "ja")] == ["10 minute", "104 ordinal"]
    assert [m.key for m in find_numbers(en, "en")] == ["10 minute", "104 ordinal"]


def test_exclude_skips_further_spans() -> None:
    text = "10 people and 20 people"
    assert [m.key for m in find_numbers(text, "en", exclude=[(0, 2)])] == ["20 person"]


def test_offsets_point_into_the_original_text() -> None:
    text = "首脳会談は約４０分間行われ、１万人が集まった。"
    found = find_numbers(text, "ja")
    assert [m.key for m in found] == ["40 minute", "10000 person"]
    assert all(text[m.start : m.end] == m.surface for m in found)


# ── agrees and conflicts ──────────────────────────────────────────────────────


def n(text: str, language: str = "en") -> NumberMention:
    return only(text, language)


@pytest.mark.parametrize(
    ("a", "b", "agrees", "conflicts"),
    [
        (n("about 10 minutes"), n("約10分間", "ja"), True, False),
        (n("10 minutes"), n("十分間", "ja"), True, False),
        (n("about 10 minutes"), n("11 minutes"), True, False),  # within 10% of an estimate
        (n("10 minutes"), n("11 minutes"), False, True),  # exact figures must match
        (n("about 10 minutes"), n("40 minutes"), False, True),
        # Durations compare across units: ten hours is not about ten minutes.
        (n("about 10 minutes"), n("10 hours"), False, True),
        (n("about an hour"), n("60分間", "ja"), True, False),
        (n("half an hour"), n("30 minutes"), True, False),
        (n("a quarter of an hour"), n("15 minutes"), True, False),
        (n("about an hour and a quarter"), n("約1時間15分", "ja"), True, False),
        (n("an hour and a quarter"), n("約1時間30分", "ja"), False, True),
        (n("about an hour and three quarters"), n("105 minutes"), True, False),
        (n("about an hour"), n("約30分間", "ja"), False, True),
        (n("104th"), n("第104代", "ja"), True, False),
        (n("104th"), n("第105代", "ja"), False, True),
        (n("104th"), n("104 people"), False, False),
        (n("3 people"), n("３人", "ja"), True, False),
        (n("2.5%"), n("２．５％", "ja"), True, False),
        (n("1 million yen"), n("100万円", "ja"), True, False),
        (n("two leaders"), n("three leaders"), False, False),  # bare counts never conflict
        (n("two leaders"), n("two ministers"), True, False),
        # A span of days and one of the clock measure two things (a visit, a talk).
        (n("30 days"), n("約45分間", "ja"), False, False),
        (n("3日間", "ja"), n("about 45 minutes"), False, False),
        (n("a three-day visit"), n("two hours"), False, False),
        (n("48 hours"), n("two days"), True, False),
        (n("three days"), n("2日間", "ja"), False, True),
        # The scale is the span's, not its unit's: 48 hours is two days.
        (n("48 hours"), n("3日間", "ja"), False, True),
        (n("90 minutes"), n("約1時間", "ja"), False, True),
        (n("12 hours"), n("3日間", "ja"), False, False),
        (n("two weeks"), n("10 days"), False, True),
    ],
)
def test_agrees_and_conflicts(a: NumberMention, b: NumberMention, agrees: bool, conflicts: bool):
    assert a.agrees(b) is agrees and b.agrees(a) is agrees
    assert a.conflicts(b) is conflicts and b.conflicts(a) is conflicts


def test_units_are_language_independent_strings() -> None:
    mention = n("約10分間", "ja")
    assert mention.unit is Unit.MINUTE
    assert mention.unit == "minute"
    assert mention.key == "10 minute"


# ── properties ────────────────────────────────────────────────────────────────

_JA_COUNTERS = {Unit.MINUTE: "分間", Unit.PERSON: "人", Unit.YEN: "円", Unit.PERCENT: "%"}
_EN_UNITS = {Unit.MINUTE: "minutes", Unit.PERSON: "people", Unit.YEN: "yen", Unit.PERCENT: "%"}


@settings(max_examples=200)
@given(
    st.integers(min_value=0, max_value=10**9),
    st.sampled_from(sorted(_JA_COUNTERS)),
    st.booleans(),
)
def test_counts_round_trip_in_both_languages(value: int, unit: Unit, approximate: bool) -> None:
    ja = f"{'約' if approximate else ''}{value}{_JA_COUNTERS[unit]}"
    space = "" if unit is Unit.PERCENT else " "
    en = f"{'about ' if approximate else ''}{value:,}{space}{_EN_UNITS[unit]}"
    ja_mention = only(f"それは{ja}だった。", "ja")
    en_mention = only(f"It was {en} then.", "en")
    assert ja_mention.key == en_mention.key == f"{value} {unit}"
    assert ja_mention.approximate is en_mention.approximate is approximate
    assert ja_mention.agrees(en_mention)


_NUMBERISH = st.text(
    alphabet="0123456789０１,.%％:-/ 約第代分間人万億十一二三時年月日abouttenfirst$", max_size=40
)


@settings(max_examples=200)
@given(st.one_of(st.text(max_size=200), _NUMBERISH), st.sampled_from(["en", "ja"]))
def test_spans_always_lie_inside_the_text(text: str, language: str) -> None:
    found = find_numbers(text, language)
    for mention in found:
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.surface == text[mention.start : mention.end]
        assert mention.key
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


@pytest.mark.parametrize(
    ("ja", "en"),
    [
        ("協定の発効から15年を迎えました。", "The agreement has been in force for 15 years."),
        ("約30年ぶりの公式訪問となりました。", "No such visit had taken place for about 30 years."),
        ("今後5年以内に拡大させます。", "They will expand it within 5 years."),
    ],
)
def test_a_japanese_count_of_years_is_a_duration(ja: str, en: str) -> None:
    ja_mention = only(ja, "ja")
    assert ja_mention.unit is Unit.YEAR
    assert ja_mention.agrees(only(en, "en"))


def test_a_count_of_years_and_a_multiple_in_one_sentence() -> None:
    ja = find_numbers("今後5年以内に倍増させます。", "ja")
    en = find_numbers("They will double it within 5 years.", "en")
    assert [(m.value, m.unit) for m in ja] == [(5, Unit.YEAR), (2, Unit.FOLD)]
    assert sorted((m.value, m.unit) for m in en) == sorted((m.value, m.unit) for m in ja)


def test_a_japanese_anniversary_is_the_english_ordinal() -> None:
    ja_mention = only("本年は外交関係樹立60周年に当たります。", "ja")
    assert ja_mention.ordinal and ja_mention.value == 60
    assert ja_mention.agrees(only("This year is the 60th anniversary of relations.", "en"))
    assert ja_mention.conflicts(only("This year is the 50th anniversary of relations.", "en"))


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("令和9年に開催します。", 2027),
        ("平成 3年のことでした。", 1991),
        ("2027年に開催します。", 2027),
        ("26年度予算です。", None),  # a fiscal year without its era: neither
    ],
)
def test_a_calendar_year_is_no_count_of_years(text: str, year: int | None) -> None:
    found = [(m.value, m.unit) for m in find_numbers(text, "ja")]
    assert found == ([(year, Unit.CALENDAR_YEAR)] if year else [])


@pytest.mark.parametrize(
    ("text", "language", "minutes"),
    [
        ("The talks lasted approximately 2 hours and 10 minutes.", "en", 130),
        ("They spoke for one hour, 5 minutes.", "en", 65),
        ("会談は約１時間２０分行われました。", "ja", 80),
    ],
)
def test_hours_and_minutes_are_one_duration(text: str, language: str, minutes: int) -> None:
    mention = only(text, language)
    assert mention.unit is Unit.MINUTE and mention.value == minutes


def test_an_approximate_duration_covers_what_rounds_to_it() -> None:
    source = only("会談は約１時間２０分行われました。", "ja")
    assert only("They talked for about an hour.", "en").agrees(source)
    assert only("They talked for 80 minutes.", "en").agrees(source)
    longer = only("会談は約１時間４０分行われました。", "ja")
    assert only("They talked for about an hour.", "en").conflicts(longer)
    assert only("They talked for about two hours.", "en").agrees(longer)
    # Minutes round to the minute: "about 30 minutes" is not 40.
    assert only("They talked for about 30 minutes.", "en").conflicts(only("約40分", "ja"))


def test_a_bare_count_agrees_with_a_count_of_people_of_its_value() -> None:
    # "80 Angolans": the noun counted is no unit the list knows; 80人 counts people.
    bare = only("Japan will train 80 Angolans", "en")
    assert bare.unit is None
    assert bare.agrees(only("80人の研修員", "ja"))
    assert only("80人の研修員", "ja").agrees(bare)
    assert bare.agrees(only("12か国", "ja")) is False  # another value
    assert only("12 member states", "en").agrees(only("12か国", "ja"))


def test_a_bare_count_does_not_agree_with_a_measure_of_its_value_nor_conflict_alone() -> None:
    bare = only("Japan will train 80 Angolans", "en")
    assert not bare.agrees(only("80%", "ja"))
    assert not bare.agrees(only("80年", "ja"))
    assert not bare.agrees(only("80億円", "ja"))
    # A bare count never conflicts with another bare count or a measure.
    assert not bare.conflicts(only("90 trainees", "en"))
    assert not bare.conflicts(only("90%", "ja"))


def test_a_count_of_people_conflicts_with_a_bare_count_of_another_value() -> None:
    # "約400人" in the claim against "around 40 Armenian students" in the source.
    assert only("約400人", "ja").conflicts(only("around 40 Armenian students", "en"))
    assert not only("約40人", "ja").conflicts(only("around 40 Armenian students", "en"))
    assert not only("400%", "ja").conflicts(only("around 40 Armenian students", "en"))


@pytest.mark.parametrize(
    ("text", "language", "key", "approximate"),
    [
        ("arrivals rose by about half", "en", "50 percent", True),
        ("nearly half of the members", "en", "50 percent", True),
        ("half of the budget", "en", "50 percent", True),
        ("約3割増加した", "ja", "30 percent", True),
        ("三割", "ja", "30 percent", False),
        ("5割強", "ja", "50 percent", True),
    ],
)
def test_shares_in_words_are_percent(text: str, language: str, key: str, approximate: bool) -> None:
    mention = only(text, language)
    assert (mention.key, mention.approximate) == (key, approximate)


@pytest.mark.parametrize(
    "text",
    ["the second half of the year", "more than half of them", "more than half", "on behalf of"],
)
def test_a_half_that_is_no_share_is_no_number(text: str) -> None:
    assert [n for n in find_numbers(text, "en") if n.unit is Unit.PERCENT] == []


def test_about_half_a_share_conflicts_with_three_tenths() -> None:
    assert only("about half", "en").conflicts(only("約3割", "ja"))
    assert only("about half", "en").agrees(only("約5割", "ja"))


def test_half_an_hour_in_words_is_held_to_thirty_minutes() -> None:
    # "about half an hour" is thirty minutes said in words, not a rounding to whole hours.
    assert only("around half an hour", "en").conflicts(only("約20分間", "ja"))
    assert only("around half an hour", "en").agrees(only("約30分間", "ja"))
    # "about an hour" still rounds in hours.
    assert only("about an hour", "en").agrees(only("約45分間", "ja"))


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # The number of a name in capitals is the name's, written glued or apart, when
        # nothing after it is what it counts: the end, punctuation, a grammar word, a verb.
        ("delegates met at FOCAC 9 in Beijing", []),
        ("delegates met at FOCAC9 in Beijing", []),
        ("the close of FOCAC 9.", []),
        ("FOCAC 9 was held in Beijing", []),
        ("FOCAC 9 opened with a speech", []),
        # A figure with a scale, or a count of a noun, stays a number.
        ("a loan of USD 30 million", ["30000000 dollar"]),
        ("the UNDP 40 experts", ["40"]),
        # A plural, of any form, or a body counted by its members (WordNet: a kind of
        # organisation), past an adjective.
        ("the IAEA 6 staff", ["6"]),
        ("the NHS 300 personnel", ["300"]),
        ("UNHCR 12 women and children", ["12"]),
        ("the UNICEF 40 local teachers", ["40"]),
        ("the WFP 25 crew", ["25"]),
        # A singular noun otherwise modifies the label: the process, summit or forum of
        # the name with its number, as if glued ("FOCAC9 summit").
        ("the OSCE 4 process", []),
        ("at the FOCAC 9 summit in Beijing", []),
        ("at the FOCAC9 summit in Beijing", []),
        ("the ASEM 14 forum opened", []),
        ("the FOCAC 9 ministerial conference", []),
        # One counts nothing in the plural: a label.
        ("the UNDP 1 expert", []),
    ],
)
def test_a_count_after_a_name_in_capitals_is_its_label(text, keys):
    assert [n.key for n in find_numbers(text, "en")] == keys


@pytest.mark.parametrize(
    ("text", "name", "labelled"),
    [
        # The first figure of a longer one is no label: "2+2" (the talks of two ministers
        # a side), "24/7".
        ("the India-UK 2+2 dialogue in Delhi", "UK", False),
        ("an NHS 24/7 helpline", "NHS", False),
        # A Roman numeral is a number itself, not a name a count labels.
        ("Henry VIII 1509 accession papers", "VIII", False),
        ("Section XI 4 applies", "XI", False),
        ("Chapter XIV 2 of the code", "XIV", False),
        # An acronym that only looks like one is still a name with its label.
        ("the CDC 5 review closed", "CDC", True),
        ("the UK 2 plan", "UK", True),
    ],
)
def test_a_label_is_a_whole_count_after_an_acronym(text, name, labelled):
    from factcheck.languages.en import English

    end = text.index(name) + len(name)
    assert (label_end(text, end) is not None) == labelled
    surfaces = [token.surface for token in English().tokens(text)]
    assert (f"{name} " in " ".join(s for s in surfaces if " " in s)) == labelled
    assert name in surfaces or labelled


@pytest.mark.parametrize(
    "text",
    [
        "the OSCE 4 meeting in Vienna",
        "on JULY 4 the fleet sailed",
        "a grant of EBRD 12 million",
        "the NATO 3 plan and NATO 3 members",
        f"the {'X' * 45} 7 plan",
    ],
)
def test_a_label_is_the_same_to_the_word_reader_and_the_number_reader(text):
    # `label_end` (the English word reader's) and `find_numbers` apply one rule: a count
    # after a name in capitals is a label for one exactly when the other drops it.
    for name in re.finditer(r"[A-Z]{2,}", text):
        end = label_end(text, name.end())
        count = re.match(r" ([0-9]+)", text[name.end() :])
        if count is None:
            assert end is None
            continue
        start = name.end() + 1
        kept = [n.start for n in find_numbers(text, "en")]
        every = [n.start for n in find_numbers(text, "en", labels=True)]
        assert (end is not None) == (start in every and start not in kept), text


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # A currency code before an amount that looks like money is no name: a price,
        # a thousands separator, a decimal, a scale (ISO 4217 codes in use, per CLDR).
        ("tickets cost GBP 12 each", ["12"]),
        ("INR 700 per visit", ["700"]),
        ("a fee of CHF 1,250", ["1250"]),
        ("a grant of EUR 2.5 million", ["2500000"]),
        # A bare count after it is a label: the code is also a name's acronym.
        ("leaders met at COP 31 in Antalya", []),
        ("the ferry CHF 45 left", []),
        ("paid KES 30, then left", []),
        # Spelling an English word, too ("cop", "all", "cad"), it is still an acronym.
        ("the ALL 3 summit", []),
        ("the ALL 3 delegates", ["3"]),
        ("CAD 5 opened", []),
        # A historic code (Deutsche Mark) is no currency: a name like any other.
        ("at DEM 4 in Berlin", []),
    ],
)
def test_a_currency_code_before_an_amount_is_no_label(text, keys):
    assert [n.key for n in find_numbers(text, "en")] == keys


@pytest.mark.parametrize(
    ("text", "key", "surface"),
    [
        # The code gives the amount the unit its symbol reads as: USD is "$", JPY "¥".
        ("a loan of USD 5 billion", "5000000000 dollar", "USD 5 billion"),
        ("a loan of $5 billion", "5000000000 dollar", "$5 billion"),
        ("JPY 300 million in aid", "300000000 yen", "JPY 300 million"),
        ("seats at USD 40 each", "40 dollar", "USD 40"),
        # A currency with no unit of ours stays an amount without one.
        ("a loan of EUR 5 billion", "5000000000", "EUR 5 billion"),
    ],
)
def test_a_currency_code_gives_its_amount_a_unit(text, key, surface):
    (number,) = find_numbers(text, "en")
    assert (number.key, number.surface) == (key, surface)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # A headline writes every word in capitals: none of them is a name by it.
        ("KENYA SENDS 300 POLICE TO HAITI", ["300"]),
        ("LEADERS GATHER AS FOCAC 9 OPENS", ["9"]),
        # Only the line in capitals is a headline; one name in capitals alone is none.
        ("LEADERS GATHER IN BEIJING\nthen FOCAC 9 in Beijing", []),
        ("FOCAC 9", []),
    ],
)
def test_a_headline_in_capitals_keeps_its_numbers(text, keys):
    assert [n.key for n in find_numbers(text, "en")] == keys


@pytest.mark.parametrize(
    ("text", "language", "keys"),
    [
        # An English word in capitals is no acronym: its count is a number, as in
        # "Article 9" (read as before, beside 第9条's ordinal 9).
        ("under ARTICLE 9 of the constitution", "en", ["9"]),
        ("under Article 9 of the constitution", "en", ["9"]),
        ("the PHASE 2 trial in Nairobi", "en", ["2"]),
        # A word WordNet also writes in capitals is an acronym ("un", "who" are words).
        ("the UN 80 agenda", "en", []),
        ("the WHO 3 plan", "en", []),
        ("憲法第9条", "ja", ["9 ordinal"]),
    ],
)
def test_a_word_in_capitals_is_no_acronym(text, language, keys):
    assert [n.key for n in find_numbers(text, language)] == keys


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("no such meeting had been held in a decade", 10),
        ("ties that go back nearly a century", 100),
        ("for two decades", 20),
        ("half a century of friendship", 50),
    ],
)
def test_a_decade_and_a_century_count_years(text: str, years: int) -> None:
    # "a decade" is ten years, as 10年 or "ten years" write it, so a source that gives
    # another count of years is compared with it, and one that gives none lacks it. It is
    # a round count: approximate, so 11年ぶり is "the first in a decade", 15 years is not.
    mention = only(text, "en")
    assert (mention.value, mention.unit, mention.approximate) == (years, Unit.YEAR, True)
    assert mention.agrees(only(f"{years}年ぶり", "ja"))
    assert mention.agrees(only(f"{years * 1.1:g} years", "en"))
    assert not mention.agrees(only(f"{years * 1.5:g} years", "en"))


def test_decades_without_a_count_are_no_number() -> None:
    assert find_numbers("Australia has supplied energy to Japan for decades.", "en") == []


def test_a_lower_bound_is_borne_out_by_a_count_above_it_and_never_denied_by_one():
    claim = only("It was his visit in more than a decade.", "en")
    assert claim.at_least and claim.value == 10
    # The source's 15 years bears out the claim's "more than a decade"; its 8 years does not.
    assert only("15年ぶりの訪問となりました。", "ja").agrees(claim)
    assert only("8年ぶりの訪問となりました。", "ja").conflicts(claim)
    # The source's bound neither bears out nor denies a claim's count above it.
    source = only("The war lasted for more than a decade.", "en")
    exact = only("The war lasted 14 years.", "en")
    assert not source.agrees(exact) and not source.conflicts(exact)
    # Two bounds are compared by their values.
    more = only("agreements worth more than 3 billion dollars", "en")
    assert more.conflicts(only("agreements worth more than 5 billion dollars", "en"))


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("for over two decades", "en", 20),
        ("a century-old bridge", "en", 100),
        ("10年以上にわたり", "ja", 10),
        ("100億円超の投資", "ja", 1e10),
    ],
)
def test_lower_bounds_in_both_languages(text: str, language: str, value: float) -> None:
    mention = only(text, language)
    assert mention.at_least and mention.value == value


def test_over_before_a_span_of_time_is_no_bound() -> None:
    # "over five years" is the span the plan runs over, not more than five years.
    assert not only("Japan will invite researchers over five years.", "en").at_least


@pytest.mark.parametrize(
    "text",
    [
        "The treaty was signed a decade ago.",
        "The treaty was signed 10 years ago.",
        "10年前に署名された条約",
    ],
)
def test_a_span_before_ago_is_a_point_in_time_not_a_number(text: str) -> None:
    assert find_numbers(text, "en" if text.isascii() else "ja") == []


@pytest.mark.parametrize(("text", "years"), [("約半世紀にわたる友好", 50), ("四半世紀の協力", 25)])
def test_japanese_centuries_count_years(text: str, years: int) -> None:
    mention = only(text, "ja")
    assert (mention.value, mention.unit) == (years, Unit.YEAR)
    assert mention.agrees(only(f"for {years} years", "en"))
    assert find_numbers("21世紀の課題", "ja") == [] or all(
        m.unit is None for m in find_numbers("21世紀の課題", "ja")
    )


def test_a_decade_written_as_a_name_is_no_number() -> None:
    assert find_numbers("They launched a Decade of Friendship in May.", "en") == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Takaichi stayed for a day.", "1 day"),
        ("They met a day later.", "1 day"),
        ("The talks ran for about an hour.", "1 hour"),
        ("Japan has backed the project for a decade.", "10 year"),
        ("They hope to host the summit once a decade.", "10 year"),
    ],
)
def test_a_unit_after_an_article_alone_is_a_span(text: str, key: str) -> None:
    assert [m.key for m in find_numbers(text, "en")] == [key]


def test_a_count_of_years_agrees_with_the_anniversary_it_marks():
    # "75 years of diplomatic ties" is the 75th anniversary (75周年, "the 75th anniversary").
    (rank,) = find_numbers("外交関係樹立75周年", "ja")
    (years,) = find_numbers("marking 75 years of diplomatic ties", "en")
    (english_rank,) = find_numbers("the 75th anniversary of diplomatic ties", "en")
    assert rank.agrees(years) and years.agrees(rank)
    assert english_rank.agrees(years)
    (other,) = find_numbers("marking 70 years of diplomatic ties", "en")
    (bound,) = find_numbers("more than 75 years of ties", "en")
    assert not rank.agrees(other)
    assert not rank.agrees(bound)
    # Only the agreement is read: another count of years may count other years.
    assert not rank.conflicts(other)


@pytest.mark.parametrize(
    ("text", "language", "surfaces"),
    [
        # A count that opens a sentence is read (a list's label is taken off a point when
        # its text is extracted, test_extract).
        ("2 leaders met in Tokyo.", "en", ["2"]),
        ("2.5 billion yen was pledged.", "en", ["2.5 billion yen"]),
    ],
)
def test_a_count_that_opens_a_sentence_is_read(
    text: str, language: str, surfaces: list[str]
) -> None:
    assert [n.surface for n in find_numbers(text, language)] == surfaces


@pytest.mark.parametrize(
    "text",
    [
        "The talks lasted two days after a long delay.",
        "They met in a session of about 20 minutes before the expanded talks.",
        "They held a 30-minute call before the dinner.",
        "The visit, for three days after the summit, ended in Osaka.",
        "会談は2日間の後半に行われた。",
    ],
)
def test_a_duration_before_before_or_after_stays_a_duration(text: str) -> None:
    (found,) = find_numbers(text, "ja" if not text.isascii() else "en")
    assert found.unit in (Unit.DAY, Unit.MINUTE), found


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # A currency word before a plural noun names the kind of what the number counts.
        ("Japan signed three yen loans worth 110 billion yen.", ["3", "110000000000 yen"]),
        ("The museum sold five dollar coins.", ["5"]),
        # With a scale word it is an amount; before a verb in -s, it is one still.
        ("Japan extended 5 billion yen loans.", ["5000000000 yen"]),
        ("Each of them said 10 dollars was enough.", ["10 dollar"]),
        ("Japan gave 300 dollars to the fund.", ["300 dollar"]),
    ],
)
def test_a_currency_word_that_names_a_kind_is_no_unit(text: str, keys: list[str]) -> None:
    assert [m.key for m in find_numbers(text, "en")] == keys


def test_a_unit_made_one_word_with_half_or_long_is_a_duration() -> None:
    # "a half-hour call" is thirty minutes; "the hour-long talks" about an hour.
    half = only("They held a half-hour call.", "en")
    assert (half.surface, half.key, half.dimension) == ("half-hour", "0.5 hour", "duration")
    assert half.agrees(only("約30分間", "ja")) and half.conflicts(only("約50分間", "ja"))
    assert only("a half-day session", "en").key == "0.5 day"
    long = only("The hour-long talks ended.", "en")
    assert (long.surface, long.approximate) == ("hour-long", True)
    assert long.agrees(only("約1時間", "ja")) and long.conflicts(only("約30分間", "ja"))
    # After "an" the article reads it already, once; "the second half" is no duration.
    assert [n.surface for n in find_numbers("an hour-long meeting", "en")] == ["an hour"]
    assert [n for n in find_numbers("in the second half of May", "en") if n.unit] == []


@pytest.mark.parametrize(
    "text, language, surface, key",
    [
        (
            "a lunch of roughly two and a half hours",
            "en",
            "roughly two and a half hours",
            "2.5 hour",
        ),
        ("for 2 and a half hours", "en", "2 and a half hours", "2.5 hour"),
        ("a two-and-a-half-year programme", "en", "two-and-a-half-year", "2.5 year"),
        ("after two and one-half days", "en", "two and one-half days", "2.5 day"),
        ("約2時間半にわたり会談", "ja", "約2時間半", "2.5 hour"),
        ("3か月半の研修", "ja", "3か月半", "3.5 month"),
        ("1年半ぶりの訪日", "ja", "1年半", "1.5 year"),
    ],
)
def test_a_half_after_a_whole_number_adds_half_its_unit(
    text: str, language: str, surface: str, key: str
) -> None:
    found = only(text, language)
    assert (found.surface, found.key) == (surface, key)


def test_a_half_after_a_count_of_time_compares_as_such() -> None:
    # "two and a half hours" is no bare "two" that nothing compares with.
    assert only("roughly two and a half hours", "en").conflicts(only("約1時間", "ja"))
    assert only("about two and a half hours", "en").agrees(only("約2時間半", "ja"))


def test_the_middle_of_a_year_is_no_half() -> None:
    # 2026年半ば is the middle of 2026, a calendar year, not 2026.5 of anything.
    (found,) = find_numbers("2026年半ばまでに", "ja")
    assert (found.surface, found.unit) == ("2026年", Unit.CALENDAR_YEAR)


def test_a_currency_joined_to_a_noun_names_the_kind_counted() -> None:
    # "four yen-loan projects" counts projects, as "three yen loans" counts loans; with a
    # scale word the currency is the amount's ("5 billion yen-denominated bonds").
    found = find_numbers("four yen-loan projects worth roughly 110 billion yen", "en")
    assert [(n.surface, n.unit) for n in found] == [
        ("four", None),
        ("roughly 110 billion yen", Unit.YEN),
    ]
    assert only("5 billion yen-denominated bonds", "en").unit is Unit.YEN


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("令和7年度補正予算", "ja", "令和7年度"),
        ("2025年度の予算", "ja", "2025年度"),
        ("the FY2025 supplementary budget", "en", "FY2025"),
        ("in FY 2025", "en", "FY 2025"),
        ("in fiscal 2025", "en", "fiscal 2025"),
        ("for fiscal year 2025", "en", "fiscal year 2025"),
    ],
)
def test_a_fiscal_year_is_named_by_its_calendar_year(text, language, surface):
    (found,) = find_numbers(text, language)
    assert (found.surface, found.value, found.unit) == (surface, 2025, Unit.FISCAL_YEAR)


def test_a_fiscal_year_bears_out_the_calendar_year_of_its_number_and_denies_none():
    (fiscal,) = find_numbers("令和7年度補正予算", "ja")
    (same,) = find_numbers("the 2025 supplementary budget", "en")
    (other,) = find_numbers("the 2024 supplementary budget", "en")
    (fiscal_other,) = find_numbers("the fiscal 2024 budget", "en")
    assert fiscal.agrees(same)
    assert not fiscal.agrees(other) and not fiscal.conflicts(other)
    assert fiscal.conflicts(fiscal_other)
