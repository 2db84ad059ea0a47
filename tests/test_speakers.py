"""Speakers: transcript labels, readout actors, and how both carry from sentence to sentence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.text.speakers import (
    Label,
    SpeakerTracker,
    find_header_speaker,
    find_label,
    find_readout_speaker,
    find_section_marker,
    find_title_speaker,
    is_reaction,
    names_speaker,
)

# ── transcript labels ─────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("paragraph", "speaker", "speech"),
    [
        ("PRIME MINISTER TAKAICHI: Thank you.", "PRIME MINISTER TAKAICHI", "Thank you."),
        ("Q: When?", "Q", "When?"),
        ("A2: Next year.", "A2", "Next year."),
        ("REPORTER (Mori, Example News): How?", "REPORTER (Mori, Example News)", "How?"),
        ("Prime Minister Takaichi: We agreed.", "Prime Minister Takaichi", "We agreed."),
        ("Secretary of State Rubio: Yes.", "Secretary of State Rubio", "Yes."),
        ("【高市総理】本日は二点申し上げます。", "高市総理", "本日は二点申し上げます。"),
        ("（記者）訪日日程は決まりましたか。", "記者", "訪日日程は決まりましたか。"),
        ("(官房長官) 決まり次第お知らせします。", "官房長官", "決まり次第お知らせします。"),
        ("○高市内閣総理大臣　ありがとうございます。", "高市内閣総理大臣", "ありがとうございます。"),
        ("問：日程は。", "問", "日程は。"),
        ("Ｑ１：日程は。", "Ｑ１", "日程は。"),
        ("【 官房長官 】 二点あります。", "官房長官", "二点あります。"),
    ],
)
def test_labels_name_the_speaker_and_are_left_out_of_the_speech(
    paragraph: str, speaker: str, speech: str
) -> None:
    label = find_label(paragraph)
    assert label == Label(speaker, len(paragraph) - len(speech))
    assert paragraph[label.end :] == speech


@pytest.mark.parametrize(
    "paragraph",
    [
        "Note: the venue changed.",
        "Date: October 1, 2025",
        "Related links: none",
        "The main points are as follows: first, trade.",
        "Tokyo: the two leaders met.",  # a place, not a speaker: no role, not in capitals
        "【質疑応答】",  # a section, not a speaker
        "（参考）日程",
        "2 高市総理から、述べました。",
        "両首脳は一致しました。",
        "",
    ],
)
def test_text_that_only_looks_like_a_label_is_none(paragraph: str) -> None:
    assert find_label(paragraph) is None


def test_section_markers() -> None:
    assert find_section_marker("【質疑応答】") == "質疑応答"
    assert find_section_marker("【 冒頭発言 】") == "冒頭発言"
    assert find_section_marker("【質疑応答】問：日程は。") is None
    assert find_section_marker("質疑応答") is None


# ── readout actors ────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("冒頭、トランプ大統領から、祝意が表されました。", "トランプ大統領"),
        ("高市総理から、最重要事項である旨を述べました。", "高市総理"),
        ("両首脳は、更なる高みに引き上げることで一致しました。", "両首脳"),
        ("また、茂木外務大臣より説明がありました。", "茂木外務大臣"),
        ("At the outset, President Trump congratulated her.", "President Trump"),
        ("Prime Minister Takaichi stated that the alliance matters.", "Prime Minister Takaichi"),
        ("The two leaders confirmed their cooperation.", "The two leaders"),
        ("Secretary of State Marco Rubio also said so.", "Secretary of State Marco Rubio"),
        # A numbered point of an English readout, an adverb or two before the verb.
        ("3. Minister Halbert stated that Norland would host the fair.", "Minister Halbert"),
        ("1. At the outset, Minister Halbert welcomed the visit.", "Minister Halbert"),
        ("2. The two ministers confirmed their cooperation.", "The two ministers"),
        ("4. Prime Minister Takaichi once again thanked Norland.", "Prime Minister Takaichi"),
        # A katakana name with an office the title list does not hold.
        ("冒頭、ハルバート首席顧問から、訪日への謝意が述べられました。", "ハルバート首席顧問"),
        ("ノルデン事務総長より、説明がありました。", "ノルデン事務総長"),
        # … and with は after から, as a second speaker's own sentence opens.
        ("ノルデン事務局長からは、支援への謝意が表明されました。", "ノルデン事務局長"),
        # A kanji surname and an office read with its suffix (事務局 | 長).
        ("岡野事務局長から、説明がありました。", "岡野事務局長"),
    ],
)
def test_readouts_name_the_speaker_inside_the_sentence(sentence: str, speaker: str) -> None:
    assert find_readout_speaker(sentence, None) == speaker
    assert find_readout_speaker(sentence, "someone else") == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # An office no pattern lists, read through JMdict (議長 "chairman", 主席 "chief").
        ("また、同議長から、友好議員連盟を設立する旨紹介しました。", "同議長"),
        ("李主席から、手続きを進める旨述べました。", "李主席"),
        # A place before から is no speaker.
        ("日本から、支援を行う旨述べました。", None),
    ],
)
def test_an_office_jmdict_glosses_as_a_person_names_the_speaker(
    sentence: str, speaker: str | None
) -> None:
    assert find_readout_speaker(sentence, None, "ja") == speaker


def test_a_katakana_word_and_a_noun_before_wa_is_a_topic_not_a_speaker() -> None:
    assert find_readout_speaker("ミャンマー情勢は、引き続き深刻です。", None) is None
    assert find_readout_speaker("ミャンマー情勢は、引き続き深刻です。", "両首脳") == "両首脳"


def test_follow_up_sentences_keep_the_previous_speaker() -> None:
    # Japanese drops the subject of a follow-up sentence.
    assert find_readout_speaker("また、協力を求めました。", "高市総理") == "高市総理"
    # English keeps it only for a sentence that opens with a pronoun.
    assert find_readout_speaker("She also noted the alliance.", "PM") == "PM"
    assert find_readout_speaker("They also agreed.", "The two leaders") == "The two leaders"
    assert find_readout_speaker("The call lasted ten minutes.", "PM") is None
    # … or that closes with one and its verb.
    assert find_readout_speaker("The port will reopen in May, she added.", "PM") == "PM"
    assert find_readout_speaker("The port will reopen in May, officials said.", "PM") is None
    # Nothing to carry: no speaker.
    assert find_readout_speaker("また、協力を求めました。", None) is None
    assert find_readout_speaker("He agreed.", None) is None


# ── carrying speakers and sections through a document ─────────────────────────


def run(tracker: SpeakerTracker, paragraph: str, sentences: list[str]) -> list[str | None]:
    tracker.paragraph(paragraph)
    return [tracker.speaker(sentence) for sentence in sentences]


def test_a_label_holds_until_the_next_label_or_heading() -> None:
    tracker = SpeakerTracker("Press conference")
    assert tracker.paragraph("SPOKESPERSON: Good afternoon.") == len("SPOKESPERSON: ")
    assert tracker.speaker("Good afternoon.") == "SPOKESPERSON"
    # An unlabelled paragraph continues the transcript speaker, even with a readout-like name.
    assert run(tracker, "x", ["President Trump said so.", "Yes."]) == ["SPOKESPERSON"] * 2
    assert run(tracker, "Q: When?", ["When?"]) == ["Q"]
    tracker.heading("Background", 2)
    assert tracker.section == "Background"
    assert tracker.speaker("Background") is None  # a heading has no speaker
    # Under a new heading the label no longer holds; the readout form does.
    assert run(tracker, "x", ["President Trump said so.", "He smiled.", "It rained."]) == [
        "President Trump",
        "President Trump",
        None,
    ]


def test_a_bracketed_header_names_who_speaks_until_the_next_header() -> None:
    # A plain page without a publisher profile: "[Opening statement by …]" names the speaker
    # of the unlabelled paragraphs under it; a header that names nobody ends it.
    tracker = SpeakerTracker("Press conference")
    header = "[Opening statement by Prime Minister Halbert]"
    assert tracker.paragraph(header) == len(header)  # a label, not something said
    assert tracker.section == "Opening statement by Prime Minister Halbert"
    assert run(tracker, "x", ["Today I met the President."]) == ["Prime Minister Halbert"]
    assert run(tracker, "x", ["We agreed to work together."]) == ["Prime Minister Halbert"]
    assert tracker.paragraph("[Question and answer session]") == 0
    assert run(tracker, "x", ["Thank you."]) == [None]
    # A bracketed note is no section and ends no transcript label.
    tracker = SpeakerTracker("Press conference")
    assert run(tracker, "MODERATOR: Welcome.", ["Welcome."]) == ["MODERATOR"]
    tracker.paragraph("[Provisional translation]")
    assert tracker.section is None
    assert tracker.speaker("Please go ahead.") == "MODERATOR"
    assert find_header_speaker("[Remarks by the President]") == "the President"
    assert find_header_speaker("[Provisional translation]") is None
    assert find_header_speaker("[Photo by Cabinet Public Affairs Office]") is None


def test_a_readout_speaker_does_not_cross_paragraphs() -> None:
    tracker = SpeakerTracker("")
    assert run(tracker, "x", ["高市総理から述べました。", "また、求めました。"]) == ["高市総理"] * 2
    assert run(tracker, "x", ["また、求めました。"]) == [None]


def test_a_section_marker_opens_a_section_and_ends_the_label() -> None:
    tracker = SpeakerTracker("会見")
    run(tracker, "【官房長官】二点申し上げます。", [])
    tracker.paragraph("【質疑応答】")
    assert tracker.section == "質疑応答"
    assert tracker.speaker("質疑応答") is None


def test_the_title_heading_opens_no_section() -> None:
    tracker = SpeakerTracker("Readout")
    tracker.heading("Readout", 1)
    assert tracker.section is None
    tracker.heading("Readout", 2)  # the same words one level down are a section
    assert tracker.section == "Readout"


def test_paragraph_looks_for_the_label_after_the_start_it_is_given() -> None:
    tracker = SpeakerTracker("")
    paragraph = "1. Q: When?"
    assert tracker.paragraph(paragraph, 3) == len("1. Q: ")
    assert tracker.speaker("When?") == "Q"


@given(st.text(max_size=80))
def test_any_paragraph_gives_a_label_inside_it_or_none(paragraph: str) -> None:
    label = find_label(paragraph)
    if label is not None:
        assert 0 < label.end <= len(paragraph)
        assert label.speaker == label.speaker.strip() != ""


# A leader's own remarks as a government site titles them: the page holds one person's words,
# in the first person, with no label before each paragraph. Written by us in our own words.
REMARKS = (
    "Remarks by Prime Minister Carney at the Joint Press Conference with Prime Minister "
    "Takaichi\n\n"
    "Thank you, Prime Minister Takaichi, for your warm welcome to Tokyo. Today we discussed "
    "how to deepen the partnership between Canada and Japan.\n\n"
    "We see Japan as an indispensable partner in the Indo-Pacific. I welcomed Japan's decision "
    "to buy more Canadian liquefied natural gas.\n\n"
    "Foreign Minister Anand said the talks had gone well.\n"
)


def _remarks_speakers(text: str) -> dict[str, str | None]:
    from factcheck.sources.extract.page import extract_text

    document = extract_text(text.encode(), "https://example.invalid/r", "text/plain", "en")
    return {s.text: s.speaker for s in document.sentences}


def test_a_remarks_page_gives_its_first_person_sentences_to_the_speaker_its_title_names():
    speakers = _remarks_speakers(REMARKS)
    carney = "Prime Minister Carney"
    assert speakers["We see Japan as an indispensable partner in the Indo-Pacific."] == carney
    assert (
        speakers["I welcomed Japan's decision to buy more Canadian liquefied natural gas."]
        == carney
    )
    # Someone the page says spoke keeps their words.
    assert speakers["Foreign Minister Anand said the talks had gone well."] != carney


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Remarks by Prime Minister Carney at the Joint Press Conference", "Prime Minister Carney"),
        ("Statement by President Lula on the Summit", "President Lula"),
        ("Opening Remarks by Prime Minister Takaichi, Tokyo", "Prime Minister Takaichi"),
        # A site's name after the title is no part of the speaker.
        ("Statement by Prime Minister Carney | Prime Minister of Canada", "Prime Minister Carney"),
        ("Remarks by President Lula - Planalto", "President Lula"),
        # Two speakers: the page's sentences are not one person's.
        ("Joint Remarks by Prime Minister Takaichi and Prime Minister Carney", None),
        # A title naming no one by a role, or naming no author.
        ("Japan-Canada Summit Meeting", None),
        ("Remarks by the Press Office", None),
    ],
)
def test_the_speaker_a_page_title_names(title, speaker):
    assert find_title_speaker(title) == speaker


def test_a_first_person_sentence_handed_to_the_other_leader_is_misattributed():
    from pipeline_helpers import check_one

    from factcheck.model import SourceKind, Verdict
    from factcheck.sources.extract.page import extract_text

    document = extract_text(REMARKS.encode(), "https://example.invalid/r", "text/plain", "en")
    kind = SourceKind.PRESS_REMARKS
    wrong = check_one(
        "Takaichi said she saw Japan as an indispensable partner in the Indo-Pacific.",
        document,
        kind=kind,
        speaker="Takaichi",
    )
    assert wrong.verdict is Verdict.MISATTRIBUTED, wrong.reason
    right = check_one(
        "Carney said he saw Japan as an indispensable partner in the Indo-Pacific.",
        document,
        kind=kind,
        speaker="Carney",
    )
    assert right.verdict is Verdict.SUPPORTED, right.reason


def test_a_name_joined_to_i_on_a_remarks_page_is_both_speakers_not_the_name_alone():
    # "Prime Minister Takaichi and I agreed …" on Carney's page: both agreed; the name inside
    # the subject is not the sentence's only speaker.
    from pipeline_helpers import check_one

    from factcheck.model import SourceKind, Verdict
    from factcheck.sources.extract.page import extract_text

    text = (
        "Remarks by Prime Minister Carney at the Joint Press Conference\n\n"
        "Thank you for your warm welcome to Tokyo. Today Prime Minister Takaichi and I agreed "
        "to begin talks on a new economic security agreement.\n"
    )
    document = extract_text(text.encode(), "https://example.invalid/r", "text/plain", "en")
    for speaker in ("Carney", "Takaichi"):
        result = check_one(
            f"{speaker} said the two leaders agreed to begin talks on a new economic security "
            "agreement.",
            document,
            kind=SourceKind.PRESS_REMARKS,
            speaker=speaker,
        )
        assert result.verdict is Verdict.SUPPORTED, (speaker, result.reason)


def test_header_lines_without_brackets_name_who_speaks_under_them():
    # Joint remarks set out as lines of their own: the title names two speakers, so it gives
    # none; each header line names the one whose words follow.
    speakers = _remarks_speakers(
        "Joint Press Remarks by Prime Minister Orpo and Prime Minister Takaichi\n\n"
        "Opening statement by Prime Minister Orpo\n\n"
        "Welcome to Helsinki. We see Japan as a like-minded partner.\n\n"
        "Opening statement by Prime Minister Takaichi\n\n"
        "Thank you. I welcomed Finland's decision to join the project.\n"
    )
    assert speakers["We see Japan as a like-minded partner."] == "Prime Minister Orpo"
    assert speakers["I welcomed Finland's decision to join the project."] == (
        "Prime Minister Takaichi"
    )
    # The header is a label, not something anyone said.
    assert "Opening statement by Prime Minister Orpo" not in speakers


def test_the_lines_under_a_remarks_title_that_are_no_speech_get_no_speaker():
    speakers = _remarks_speakers(
        "Remarks by President Lula at the State Dinner\n\n"
        "November 6, 2025\n\nBrasília, D.F.\n\nGood evening, and thank you for joining us.\n"
    )
    assert speakers["November 6, 2025"] is None
    assert speakers["Good evening, and thank you for joining us."] == "President Lula"


def test_a_page_that_names_its_speakers_itself_gives_no_sentence_to_its_title_speaker():
    # Once headers say who speaks, a first-person sentence after a header that names nobody
    # is whoever spoke last, which the page does not say: not the title's speaker.
    speakers = _remarks_speakers(
        "Remarks by Prime Minister Orpo at the Joint Press Conference\n\n"
        "[Opening statement by Prime Minister Takaichi]\n\n"
        "We agreed to work together on quantum technology.\n\n"
        "[Question and answer session]\n\n"
        "I believe our partnership will grow.\n"
    )
    assert speakers["We agreed to work together on quantum technology."] == (
        "Prime Minister Takaichi"
    )
    assert speakers["I believe our partnership will grow."] is None
    # A header line first on the page is a header, not the page's author.
    assert find_title_speaker("[Opening statement by Prime Minister Orpo]") is None


@pytest.mark.parametrize(
    "who",
    [
        "President Trump",
        "Japan's Foreign Minister Motegi",
        "the Prime Minister",
        "The two leaders",
        "Takaichi, who arrived on Monday,",
        "On Tuesday, Prime Minister Carney",
        "3. Minister Motegi",
        "the prime minister",
        "Japan's foreign minister",
        "高市総理",
    ],
)
def test_a_name_or_title_phrase_has_a_speakers_shape(who):
    assert names_speaker(who)


@pytest.mark.parametrize(
    "who",
    [
        "We regard Japan as a dependable partner in meeting",
        "In this regard, we",
        "Our two countries have long",
    ],
)
def test_a_stretch_of_a_sentence_is_no_speaker(who):
    assert not names_speaker(who)


def test_a_reaction_word_marks_a_reaction():
    assert is_reaction("Prime Minister Takaichi welcomed this.", "en")
    assert is_reaction("高市総理から、これを歓迎する旨述べました。", "ja")
    assert not is_reaction(
        "President Ruvalo stated that Qarland would lift its restrictions.", "en"
    )


def test_a_premier_named_in_a_readout_speaks_and_keeps_speaking():
    first = find_readout_speaker("Premier Li stated that trade should grow.", None)
    assert first == "Premier Li"
    assert find_readout_speaker("He also said that tariffs would fall.", first) == "Premier Li"


@pytest.mark.parametrize(
    ("language", "sentences", "expected"),
    [
        (
            "ja",
            [
                "高市総理から、防災協力を強化したい旨述べ、ルヴァロ大統領からは、日本の知見に期待する"
                "旨の発言がありました。",
                "また、早期警戒システムの整備について説明がありました。",
            ],
            "ルヴァロ大統領",
        ),
        (
            "en",
            [
                "Prime Minister Takaichi stated that Japan would help, and President Ruvalo added "
                "that Qarland counted on Japanese know-how.",
                "He also explained Qarland's plans for early-warning systems.",
            ],
            "President Ruvalo",
        ),
        (
            "ja",
            [
                "高市総理から、防災協力を強化したい旨述べました。",
                "また、早期警戒システムの整備を支援する旨述べました。",
            ],
            "高市総理",
        ),
    ],
)
def test_a_sentence_without_a_speaker_continues_the_last_one_who_spoke(
    language, sentences, expected
):
    tracker = SpeakerTracker("title", language)
    tracker.paragraph(" ".join(sentences))
    tracker.speaker(sentences[0])
    assert tracker.speaker(sentences[1]) == expected


@pytest.mark.parametrize(
    ("text", "reaction"),
    [
        ("Takaichi welcomed Qarland's decision to open the port.", True),
        ("Ruvalo thanked Japan for its help.", True),
        ("Ruvalo hailed the agreement.", True),
        ("Takaichi expressed her appreciation for the support.", True),
        # A word that only begins like a reaction verb is no reaction.
        ("Hailemariam said the talks went well.", False),
        ("Ruvalo said the plan was laudanum-free.", False),
    ],
)
def test_a_reaction_is_a_whole_reaction_word(text: str, reaction: bool) -> None:
    assert is_reaction(text, "en") is reaction


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Dalmen highly praised the port plan.", "Dalmen"),
        ("Kelly warmly welcomed the visit.", "Kelly"),
        ("President Kelly said Kesh would help.", "President Kelly"),
    ],
)
def test_an_adverb_before_the_verb_is_no_part_of_the_speaker(text, who):
    from factcheck.languages.en import SPEECH

    found = SPEECH.match(text)
    assert found is not None and found.group("who") == who
