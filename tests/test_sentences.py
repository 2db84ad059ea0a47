"""Sentence splitting: English and Japanese rules, and invariants on any input."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.text.sentences import skip_list_number, split_sentences


def sentences(text: str, language: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rained. We stayed in.", ["It rained.", "We stayed in."]),
        ("Did it rain? Yes! We stayed in.", ["Did it rain?", "Yes!", "We stayed in."]),
        # Abbreviations that never end a sentence.
        ("Mr. Sato met Ms. Lee.", ["Mr. Sato met Ms. Lee."]),
        ("Mrs. Hill and Dr. Ono came.", ["Mrs. Hill and Dr. Ono came."]),
        ("Prof. Kim spoke at St. Paul hall.", ["Prof. Kim spoke at St. Paul hall."]),
        ("Gen. Ito, Gov. Mori, Sen. Park and Rep. Diaz came.", None),
        ("It is red vs. blue, e.g. Tokyo, i.e. the capital.", None),
        ("See No. 5 in the list.", ["See No. 5 in the list."]),
        ("Martin Luther King Jr. Day is a holiday.", None),
        # "Jan." … "Dec." before a day number.
        ("It began on Jan. 5 and ended on Feb. 9.", None),
        ("Talks resumed Sept. 14 and Oct. 2 and Dec. 31 this year.", None),
        # Dotted abbreviations end a sentence only before a typical sentence opener.
        (
            "He visited the U.S. It was his first trip.",
            ["He visited the U.S.", "It was his first trip."],
        ),
        ("The U.S. Congress and the U.K. Parliament met.", None),
        (
            "It began at 9 a.m. The talks lasted an hour.",
            ["It began at 9 a.m.", "The talks lasted an hour."],
        ),
        ("It began at 9 a.m. Tokyo time and ended at 5 p.m. local time.", None),
        # A bracket in lower case after a full stop goes on with the sentence.
        ("It began at 10:15 a.m. (local time) for about an hour.", None),
        (
            "They met at noon. (The talks had been delayed.) Both spoke.",
            [
                "They met at noon.",
                "(The talks had been delayed.)",
                "Both spoke.",
            ],
        ),
        # "etc." can end a sentence.
        (
            "They grow rice, wheat, etc. The harvest is in autumn.",
            ["They grow rice, wheat, etc.", "The harvest is in autumn."],
        ),
        ("They grow rice, wheat, etc. and sell them.", None),
        # Initials, decimals, ellipses.
        ("Donald J. Trump arrived.", None),
        (
            "Growth was 2.5 percent. Prices rose 0.3 percent.",
            ["Growth was 2.5 percent.", "Prices rose 0.3 percent."],
        ),
        ("He hesitated... Then he answered.", None),
        ("He hesitated… Then he answered.", None),
        # Closing quotes and brackets stay with the sentence they close.
        ('She said "It is done." Then she left.', ['She said "It is done."', "Then she left."]),
        (
            "He agreed. (The vote was close.) Work began.",
            ["He agreed.", "(The vote was close.)", "Work began."],
        ),
        ("It ended. 2026 will be busier.", ["It ended.", "2026 will be busier."]),
        ('It ended. "Next year," he said.', ["It ended.", '"Next year," he said.']),
        # A numbered list item keeps its number.
        ("1. The two leaders met. 2. They agreed.", ["1. The two leaders met.", "2. They agreed."]),
        # No split before a lower-case word.
        ("The price rose 3 pct. and then fell.", None),
    ],
)
def test_english_sentences(text: str, expected: list[str] | None) -> None:
    assert sentences(text, "en") == (expected if expected is not None else [text])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "会談を行いました。両首脳は一致しました。",
            ["会談を行いました。", "両首脳は一致しました。"],
        ),
        ("本当ですか？はい！分かりました。", ["本当ですか？", "はい！", "分かりました。"]),
        ("本当ですか?はい!分かりました。", ["本当ですか?", "はい!", "分かりました。"]),
        # A 。 inside 「…」 belongs to the quotation, not to the outer sentence.
        (
            "総理は「準備は整った。始めよう。」と述べた。次に移った。",
            ["総理は「準備は整った。始めよう。」と述べた。", "次に移った。"],
        ),
        ("『題名。副題。』を読んだ。", ["『題名。副題。』を読んだ。"]),
        ("（注。詳細は別紙。）以上です。", ["（注。詳細は別紙。）以上です。"]),
        # Nested quotations keep their depth.
        (
            "彼は「彼女が『はい。』と言った。」と話した。終わり。",
            ["彼は「彼女が『はい。』と言った。」と話した。", "終わり。"],
        ),
        # Quotations that stand alone as sentences are split between each other.
        ("「おはよう。」「こんにちは。」", ["「おはよう。」", "「こんにちは。」"]),
        # Unbalanced brackets do not swallow the rest of the paragraph.
        (
            "彼は「準備は整った。始めよう。と述べた。次に移った。",
            ["彼は「準備は整った。", "始めよう。", "と述べた。", "次に移った。"],
        ),
        ("準備は整った」。始めよう。", ["準備は整った」。", "始めよう。"]),
        ("（1 準備は整った。始めよう。", ["（1 準備は整った。", "始めよう。"]),
        # Closing brackets after the terminator stay with the sentence.
        ("会議は終わった。）次の議題。", ["会議は終わった。）", "次の議題。"]),
        # English names and abbreviations inside Japanese.
        (
            "Donald J. Trump大統領とU.S.の関係者が来日した。会談はU.S.側の提案だ。",
            ["Donald J. Trump大統領とU.S.の関係者が来日した。", "会談はU.S.側の提案だ。"],
        ),
        ("ドナルド・J・トランプ大統領が述べた。", ["ドナルド・J・トランプ大統領が述べた。"]),
        # A list number with a full-width period is not a sentence end.
        ("1．冒頭、祝意が表された。", ["1．冒頭、祝意が表された。"]),
    ],
)
def test_japanese_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text, "ja") == expected


def test_blank_line_always_ends_a_sentence() -> None:
    text = "First paragraph without a period\n\nSecond one, also open\n \n\nThird."
    assert sentences(text, "en") == [
        "First paragraph without a period",
        "Second one, also open",
        "Third.",
    ]
    assert sentences("段落一\n\n段落二", "ja") == ["段落一", "段落二"]


def test_japanese_and_english_sentences_mixed_in_one_text() -> None:
    text = "Prime Minister Takaichi spoke. 高市総理が述べた。その後、会見した。"
    assert sentences(text, "ja") == [
        "Prime Minister Takaichi spoke.",
        "高市総理が述べた。",
        "その後、会見した。",
    ]
    assert sentences(text, "en") == sentences(text, "ja")


def test_language_codes_with_region_are_understood() -> None:
    assert sentences("本当?はい。", "ja-JP") == ["本当?", "はい。"]


def test_spans_are_trimmed_and_point_into_the_text() -> None:
    text = "  \u3000Hello there.   General Kenobi!  \n"
    spans = split_sentences(text, "en")
    assert [text[a:b] for a, b in spans] == ["Hello there.", "General Kenobi!"]


def test_empty_and_blank_text_give_no_sentences() -> None:
    assert split_sentences("", "en") == []
    assert split_sentences(" \n\n \u3000", "ja") == []


_ALPHABET = st.sampled_from(
    list("。．！？!?.…「」『』（）【】()\"'”“ \n\u3000aAzZ19Jj総理はかカ、,:")
    + ["U.S.", "a.m.", "Mr.", "etc.", "...", "\n\n", "1. ", "2.5"]
)


@given(
    text=st.one_of(st.text(), st.lists(_ALPHABET, max_size=60).map("".join)),
    language=st.sampled_from(["en", "ja", "ja-JP", "fr", ""]),
)
def test_spans_are_ordered_disjoint_nonempty_and_cover_all_text(text: str, language: str) -> None:
    spans = split_sentences(text, language)
    previous_end = 0
    covered = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert not piece[0].isspace() and not piece[-1].isspace()
        covered += sum(1 for ch in piece if not ch.isspace())
        previous_end = end
    # Nothing but whitespace falls between sentences.
    assert covered == sum(1 for ch in text if not ch.isspace())


# ── list numbers ──────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("paragraph", "content"),
    [
        (
            "1 冒頭、トランプ大統領から祝意が表されました。",
            "冒頭、トランプ大統領から祝意が表されました。",
        ),
        ("2 高市総理から述べました。", "高市総理から述べました。"),
        ("7　両首脳は一致しました。", "両首脳は一致しました。"),
        ("1 日米同盟について述べました。", "日米同盟について述べました。"),
        ("1 「自由で開かれたインド太平洋」について", "「自由で開かれたインド太平洋」について"),
        ("1. The two leaders met.", "The two leaders met."),
        ("12.The two leaders met.", "The two leaders met."),
        ("１．両首脳は一致しました。", "両首脳は一致しました。"),
        ("3、高市総理から述べました。", "高市総理から述べました。"),
        ("(1) The two leaders met.", "The two leaders met."),
        ("( 2 ) The two leaders met.", "The two leaders met."),
        ("（１）両首脳は一致しました。", "両首脳は一致しました。"),
        ("4) They agreed.", "They agreed."),
        ("3. October 2025 was busy.", "October 2025 was busy."),  # a number, then a date
    ],
)
def test_list_numbers_are_skipped(paragraph: str, content: str) -> None:
    assert paragraph[skip_list_number(paragraph) :] == content


@pytest.mark.parametrize(
    "paragraph",
    [
        # Dates.
        "10月25日（土曜日）、電話会談を行いました。",
        "10 月 25 日、電話会談を行いました。",
        "2025年10月25日",
        "25 October 2025, the leaders spoke.",
        "10.25 was the date.",
        # Numbers with a unit, decimals and counts.
        "10 minutes later, they spoke.",
        "10 分間、電話会談を行いました。",
        "2 人が出席しました。",
        "3 か月後に再会します。",
        "1.5 million tonnes were shipped.",
        "5 ships arrived.",
        "1、2名が出席しました。",
        # Too many digits, nothing after the number, or no number at the start.
        "1000. The list goes on.",
        "2025. The year of the call.",
        "1.",
        "(1)",
        "1 ",
        "第1に、両首脳は一致しました。",
        "Item 1. The list.",
        "",
    ],
)
def test_dates_quantities_and_plain_text_are_not_list_numbers(paragraph: str) -> None:
    assert skip_list_number(paragraph) == 0


@given(st.text(max_size=40))
def test_skip_list_number_only_skips_a_short_number_before_content(paragraph: str) -> None:
    start = skip_list_number(paragraph)
    assert 0 <= start < max(len(paragraph), 1)
    if start:
        number = paragraph[:start]
        assert 1 <= sum(ch.isdigit() for ch in number) <= 3
        assert not paragraph[start].isspace()
