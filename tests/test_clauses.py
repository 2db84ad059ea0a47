"""Clauses: a sentence with two speakers is cut where the second one takes over."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.text.clauses import is_authorship, split_clauses


def speakers(sentence: str, language: str) -> list[tuple[str | None, bool]]:
    return [(c.speaker, c.joint) for c in split_clauses(sentence, language)]


def test_clauses_cover_the_sentence_end_to_end():
    sentence = "高市総理から、祝意を述べ、トランプ大統領からも、謝意の表明がありました。"
    clauses = split_clauses(sentence, "ja")
    assert "".join(c.text for c in clauses) == sentence
    assert [sentence[c.start : c.end] for c in clauses] == [c.text for c in clauses]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Xから…旨述べ、Yからも…
        (
            "高市総理から、日米同盟の強化は最重要事項である旨述べ、"
            "トランプ大統領からも、拉致問題の解決に協力する旨の発言がありました。",
            [(None, False), ("トランプ大統領", False)],
        ),
        # Xから…があり、Yから…
        (
            "李大統領から、就任への祝意の表明があり、高市総理から、謝意を伝えました。",
            [(None, False), ("高市総理", False)],
        ),
        # …旨伝達し、両首脳は…
        (
            "高市総理から、訪日を歓迎する旨伝達し、両首脳は、同盟の強化で一致しました。",
            [(None, False), ("両首脳", False)],
        ),
        # …について意見交換を行い: both sides, one clause
        (
            "両首脳は、地域情勢について意見交換を行い、緊密に連携していくことで一致しました。",
            [(None, True)],
        ),
        # A passive predicate ends the first clause (…が述べられ、).
        (
            "ハルバート首相から、日本の支援に対する謝意が述べられ、高市総理からは、"
            "港湾整備への支援を続けていく旨述べました。",
            [(None, False), ("高市総理", False)],
        ),
        # A katakana name with any office in kanji, where から marks it as the speaker.
        (
            "高市総理から、訪日を歓迎する旨述べ、ハルバート首席顧問からは、"
            "日本は長年の友人である旨の発言がありました。",
            [(None, False), ("ハルバート首席顧問", False)],
        ),
        # 一方、 hands over like また、.
        (
            "高市総理から、協力を進めたい旨述べ、一方、ハルバート首相からは、懸念が示されました。",
            [(None, False), ("ハルバート首相", False)],
        ),
        # A katakana word and a noun before は is a topic, not a second speaker.
        (
            "両首脳は、協力で一致し、ウクライナ情勢は、引き続き注視していくことを確認しました。",
            [(None, False)],
        ),
        # One speaker: one clause, even with a comma and a title later on.
        ("高市総理から、トランプ大統領のリーダーシップを高く評価しました。", [(None, False)]),
        # The first act in the passive of respect (…が述べられ、Yからは…)
        (
            "ルッテ首相から、これまでの協力に対する謝意が述べられ、高市総理からは、"
            "連携を続けていく旨述べました。",
            [(None, False), ("高市総理", False)],
        ),
        # A katakana name with an office no list knows (…旨述べ、ユヌス首席顧問からは…)
        (
            "高市総理から、訪日を歓迎する旨述べ、ヌルラン首席顧問からは、"
            "投資環境を整備する旨の発言がありました。",
            [(None, False), ("ヌルラン首席顧問", False)],
        ),
        # The second speaker answers with no object of its own, and no comma after から
        # (…求め、Yから支持が表明されました / Yから支持を得ました).
        (
            "高市総理から、拉致問題の即時解決に向けた理解と協力を求め、"
            "ヌルラン首相から支持が表明されました。",
            [(None, False), ("ヌルラン首相", False)],
        ),
        (
            "高市総理から、拉致問題への理解と協力を求め、ヌルラン大統領から支持を得ました。",
            [(None, False), ("ヌルラン大統領", False)],
        ),
        # A kanji surname with an office no pattern lists, read as an office from JMdict's
        # glosses (総裁 "president", 事務局長 "secretary-general"), whatever the passive
        # its clause ends in; a run whose last word is no office (日本政府) opens none.
        (
            "高市総理から、表敬を歓迎する旨述べ、村岡総裁からは、日本の支援に対する謝意が"
            "表明されました。",
            [(None, False), ("村岡総裁", False)],
        ),
        (
            "茂木大臣から、協力を求め、事務局長からは、対応していく旨の発言がありました。",
            [(None, False), ("事務局長", False)],
        ),
        (
            "茂木大臣から、協力を求め、日本政府からは、支援を行う旨述べました。",
            [(None, False)],
        ),
        # An office with a suffix is another word: 大統領 | 室 is a room, no one.
        (
            "茂木大臣から、協力を求め、大統領室からは、資料が示されました。",
            [(None, False)],
        ),
        # A speaker before から with no comma whose clause says more than an answer is what
        # the first speaker reports, not a clause of its own.
        (
            "高市総理から、ヌルラン首相から要請のあった港湾整備を支援する旨述べました。",
            [(None, False)],
        ),
        # A second speaker whose kanji name carries its reading in brackets, as the
        # publishers write a Chinese or Korean name, before the office.
        (
            "茂木大臣から、地域協力を進めたい旨述べ、金民洙（キム・ミンス）韓国外交部長官からは、"
            "日韓協力の進展を歓迎する旨の発言がありました。",
            [(None, False), ("金民洙（キム・ミンス）韓国外交部長官", False)],
        ),
        # An office with a form of address after it (国王 | 陛下 "His Majesty", 皇太子 |
        # 殿下 "His Highness") is still the office's holder.
        (
            "高市総理から、来年の会議への参加を期待する旨述べ、国王陛下からは、これを歓迎する旨の"
            "発言がありました。",
            [(None, False), ("国王陛下", False)],
        ),
        (
            "高市総理から、交流の拡大を歓迎する旨述べ、皇太子殿下からは、謝意が表明されました。",
            [(None, False), ("皇太子殿下", False)],
        ),
    ],
)
def test_japanese_readout_patterns(sentence, expected):
    assert speakers(sentence, "ja") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Prime Minister Takaichi said the alliance was the top priority, and President "
            "Trump added that he would support the early resolution of the abductions issue.",
            [(None, False), ("President Trump", False)],
        ),
        (
            "Prime Minister Albanese welcomed the agreement; Prime Minister Takaichi stressed "
            "the importance of supply chains.",
            [(None, False), ("Prime Minister Takaichi", False)],
        ),
        (
            "Prime Minister Takaichi conveyed her condolences, and the two leaders agreed to "
            "stay in close contact.",
            [(None, False), ("the two leaders", False)],
        ),
        (
            "The two leaders exchanged views on the regional situation.",
            [(None, True)],
        ),
        # "to which", "in response" and "for his part" hand over to the second speaker.
        (
            "Prime Minister Takaichi explained the plan, to which President Halbert responded "
            "that he would help.",
            [(None, False), ("President Halbert", False)],
        ),
        (
            "Prime Minister Takaichi explained the plan, and in response, President Halbert "
            "stated that he would help.",
            [(None, False), ("President Halbert", False)],
        ),
        (
            "Prime Minister Takaichi explained the plan, and President Halbert, for his part, "
            "stated that he would help.",
            [(None, False), ("President Halbert", False)],
        ),
        # So does a participle phrase set off by commas between the speaker and the verb.
        (
            "Prime Minister Takaichi explained the plan, and President Halbert, noting that "
            "storms, floods and droughts are growing worse, welcomed Japan's help.",
            [(None, False), ("President Halbert", False)],
        ),
        # A verb of speech the pattern does not list opens the clause too (WordNet: "brief"
        # communicates); a verb of doing does not.
        (
            "Prime Minister Takaichi explained the plan, and President Halbert briefed her on "
            "the harbour survey.",
            [(None, False), ("President Halbert", False)],
        ),
        (
            "Prime Minister Takaichi explained the plan, and President Halbert painted the "
            "harbour gate.",
            [(None, False)],
        ),
        (
            "Minister Halbert explained that his government had studied the proposal, and "
            "Osterra decided to join the observation programme.",
            [(None, False)],
        ),
        (
            "Minister Motegi stated that Japan and Osterra signed a fisheries agreement in 2019.",
            [(None, False)],
        ),
        # Without a comma, a titled speaker opens a clause after a clause of words, not after
        # a name: two office-holders joined by "and" are one subject.
        (
            "Minister Borrel warned that locusts were spreading across the valley and Minister "
            "Motegi promised emergency supplies.",
            [(None, False), ("Minister Motegi", False)],
        ),
        (
            "Minister Motegi stated that Prime Minister Takaichi and President Tarvo hoped to "
            "meet in Osaka next spring.",
            [(None, False)],
        ),
        # "X and Y agreed" is one joint subject, not a second speaker.
        ("Prime Minister Takaichi and President Trump agreed to meet again.", [(None, False)]),
        # "he added" is the same speaker going on.
        (
            "President Trump said the talks were good, and he added that he would visit.",
            [(None, False)],
        ),
    ],
)
def test_english_patterns(sentence, expected):
    assert speakers(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "language", "contents"),
    [
        (
            "冒頭、ハルバート首相から、高市総理の訪問を歓迎する旨述べ、高市総理からは、"
            "温かい歓迎への謝意を表明しました。",
            "ja",
            ["高市総理の訪問を歓迎する旨述べ、", "温かい歓迎への謝意を表明しました。"],
        ),
        (
            "Prime Minister Halbert welcomed the visit of Prime Minister Takaichi, and Prime "
            "Minister Takaichi added that she was grateful for the warm welcome.",
            "en",
            [
                "the visit of Prime Minister Takaichi, and ",
                " that she was grateful for the warm welcome.",
            ],
        ),
    ],
)
def test_a_clause_content_leaves_out_the_phrase_naming_its_speaker(sentence, language, contents):
    # The speaker's name says who speaks, not what is said: a person the clause speaks of
    # stays in its content, the one who speaks does not.
    assert [c.content for c in split_clauses(sentence, language)] == contents


def test_an_author_is_not_a_speaker():
    assert is_authorship("the vision proposed by the late Prime Minister Abe", "en")
    assert is_authorship("According to the Prime Minister, the talks", "en")
    assert is_authorship("安倍元総理が提唱した「自由で開かれたインド太平洋」", "ja")
    assert not is_authorship("Prime Minister Takaichi proposed a new dialogue", "en")
    # "proposed by" opens no clause of its own.
    sentence = "Takaichi praised the vision proposed by Mr. Abe, and President Trump agreed."
    assert speakers(sentence, "en") == [(None, False), ("President Trump", False)]


def test_a_language_without_patterns_is_one_clause():
    assert speakers("Le président a dit, et le premier ministre a ajouté.", "fr") == [(None, False)]


CLAUSE_PIECES = [
    "高市総理",
    "トランプ大統領",
    "両首脳",
    "から",
    "からも",
    "は",
    "、",
    "旨述べ",
    "。",
]
CLAUSE_PIECES += ["意見交換を行い", "and ", "said ", "President Trump ", ", ", "; ", "added ", "x "]


@given(st.lists(st.sampled_from(CLAUSE_PIECES), max_size=30).map("".join))
def test_clauses_always_cover_the_sentence_in_order(sentence):
    for language in ("ja", "en"):
        clauses = split_clauses(sentence, language)
        assert "".join(c.text for c in clauses) == sentence
        assert all(c.end == n.start for c, n in zip(clauses, clauses[1:], strict=False))


@pytest.mark.parametrize(
    ("sentence", "language", "continues"),
    [
        (
            "高市総理から、水素事業は重要である旨述べ、ハルバート首相からも、同事業の進展に"
            "取り組む旨の発言がありました。",
            "ja",
            [False, True],
        ),
        (
            "高市総理から、水素事業は重要である旨述べ、ハルバート首相からは、謝意が表明されました。",
            "ja",
            [False, False],
        ),
        (
            "Prime Minister Takaichi stated that the project mattered, and Prime Minister "
            "Halbert also stated that Norland would support it.",
            "en",
            [False, True],
        ),
        (
            "Prime Minister Takaichi stated that the project mattered, and Prime Minister "
            "Halbert stated that Norland was grateful.",
            "en",
            [False, False],
        ),
    ],
)
def test_a_later_speaker_who_also_speaks_continues_the_topic(sentence, language, continues):
    # 「Yからも、」 and "Y also stated" mark a clause that speaks to the topic before it.
    assert [c.continues for c in split_clauses(sentence, language)] == continues


def test_both_sides_take_over_without_a_comma_after_their_particle():
    first, second = split_clauses(
        "高市総理から、カーランドの貢献を評価する旨述べ、両首脳はこの点で一致しました。", "ja"
    )
    assert first.speaker is None and second.speaker == "両首脳"
    assert second.content.startswith("この点で")
    # A name and office before は without a comma is a topic, not a speaker («…旨述べ、
    # 首相官邸は…» is the building).
    (whole,) = split_clauses("高市総理から、首相は強い指導力を発揮している旨述べました。", "ja")
    assert whole.speaker is None


def test_a_meeting_clause_is_marked():
    (line,) = split_clauses("茂木外務大臣は、ルヴァロ外務大臣と会談を行いました。", "ja")
    assert line.meeting
    (line,) = split_clauses(
        "Minister Motegi held a Foreign Ministers' Meeting with Minister Ruvalo.", "en"
    )
    assert line.meeting
    (said,) = split_clauses("Minister Motegi stated that Japan would help.", "en")
    assert not said.meeting
    # "met" reports a meeting where someone or its day, place or purpose follows it, not a
    # target or a need that was met.
    for text in (
        "Minister Motegi and Minister Ruvalo met on May 2.",
        "Minister Motegi met Minister Ruvalo in Tokyo.",
        "Minister Motegi met with Minister Ruvalo.",
    ):
        (line,) = split_clauses(text, "en")
        assert line.meeting, text
    for text in (
        "Prime Minister Takaichi said that the agreement met Japan's energy needs.",
        "Minister Motegi stated that the project had met expectations.",
    ):
        (said,) = split_clauses(text, "en")
        assert not said.meeting, text


@pytest.mark.parametrize(
    ("sentence", "speakers"),
    [
        # After a clause the grammar ends (…があり、), a titled speaker and は who reports
        # speech opens a clause of their own.
        (
            "ケシュ大臣から、茂木大臣に対し、ケシュ訪問の招待があり、茂木大臣はこれに謝意を述べ"
            "ました。",
            [None, "茂木大臣"],
        ),
        (
            "高市総理から、協力を進めたい旨述べ、リンド首相は謝意を表明しました。",
            [None, "リンド首相"],
        ),
        # A question put to a titled person is no clause of theirs.
        (
            "関税への懸念が産業界に広がっていますが、総理はどのようにお考えですか。",
            [None],
        ),
        # Inside what a speaker said (…である旨述べ), a titled person is what is said of.
        ("高市総理から、ヴァロ大統領は信頼できる友人である旨述べました。", [None]),
        # …before the first speaker's predicate: the first speaker's statement goes on.
        (
            "高市総理から、両国の交流は拡大しており、ヴァロ大統領は信頼できる友人であると"
            "述べました。",
            [None],
        ),
        # …and where the verb of speech is inside a phrase the clause goes on from.
        (
            "岩屋大臣から、改革努力を評価し、ヴァロ大統領は改革を続けると述べていることを"
            "心強く思う旨述べました。",
            [None],
        ),
        # After a predicate of the first speaker (要請し、), a titled speaker who states
        # something (…旨述べました) is a speaker of their own.
        (
            "茂木大臣から、邦人の安全確保への協力を要請し、ケシュ大臣は最大限努力する旨述べ"
            "ました。",
            [None, "ケシュ大臣"],
        ),
        # A titled speaker and も (also) whose clause ends in their answer to the one
        # before, an endorsement or a reaction with no verb of speech (…に同意しました).
        (
            "茂木大臣から、両地域の安全保障は不可分である旨述べ、ケシュ大臣もこれに同意しました。",
            [None, "ケシュ大臣"],
        ),
        ("高市総理から、支援を表明し、リンド首相はこれを歓迎しました。", [None, "リンド首相"]),
        # …but not where the answer word is not the clause's end: what the first speaker
        # says of that person goes on.
        (
            "茂木大臣から、ケシュ大臣も同意した合意を着実に実施したい旨述べました。",
            [None],
        ),
    ],
)
def test_a_titled_speaker_without_a_comma_opens_a_clause_only_after_one_ends(sentence, speakers):
    assert [c.speaker for c in split_clauses(sentence, "ja")] == speakers
