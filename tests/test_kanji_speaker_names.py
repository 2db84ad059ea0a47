"""A Japanese speaker written as a kanji surname and a title the termbase knows (茂木外相)
is that person, not "someone": a remark the readout gives to the other minister is
misattributed. The readout here is written for this test: a fictional country and people."""

from __future__ import annotations

import datetime as dt

import pytest
from pipeline_helpers import TERMBASE, check_one, read_page

from factcheck.checks.claim_speakers import claim_speakers
from factcheck.model import Claim, Verdict

READOUT = "\n\n".join(
    [
        "令和8年5月4日（月曜日）午前10時から約50分間、茂木敏充外務大臣は、訪日中のオルン・"
        "ケシュ共和国外務大臣と日・ケシュ外相会談を行ったところ、概要は以下のとおりです。",
        "1　茂木大臣から、ケシュの都市交通の改善に貢献したい旨述べました。",
        "2　オルン大臣から、日本の鉄道技術への強い関心が示されました。",
        "3　オルン大臣から、茂木大臣に対し、ケシュ訪問の招待があり、茂木大臣はこれに謝意を述べ"
        "ました。",
        "4　オルン大臣から、日本企業による投資の拡大への協力を求めました。",
    ]
)


@pytest.mark.parametrize("speaker", ["同外相", "英外相", "中外相", "韓国外相"])
def test_a_word_before_a_known_title_that_is_no_surname_is_no_name(speaker):
    # A demonstrative (同), a country's one-letter or full name: nobody's name.
    found = claim_speakers(
        Claim(id="c", text=f"{speaker}は協力すると述べた。", sources=("s",)), "ja", TERMBASE
    )
    assert found is None or not found.names


def test_a_kanji_surname_before_a_known_title_is_a_name():
    found = claim_speakers(
        Claim(id="c", text="茂木外相は協力すると述べた。", sources=("s",)), "ja", TERMBASE
    )
    assert found is not None and found.names == {"茂木"}


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("茂木外相は、日本の鉄道技術に強い関心を示した。", Verdict.MISATTRIBUTED),
        ("オルン外相は、日本の鉄道技術に強い関心を示した。", Verdict.SUPPORTED),
        ("茂木外相は、ケシュの都市交通の改善に貢献したいと述べた。", Verdict.SUPPORTED),
        # The thanks are the clause of their own after the invitation (…があり、茂木大臣は).
        ("茂木外相は、ケシュ訪問の招待に謝意を述べた。", Verdict.SUPPORTED),
        # A claim opening with the meeting: the request part shares the subject, 茂木外相
        # (a title after the name closes it), and the request is Orun's.
        (
            "茂木外相は4日、オルン外相と会談し、日本企業による投資の拡大への協力を求めた。",
            Verdict.MISATTRIBUTED,
        ),
        (
            "オルン外相は4日、茂木外相と会談し、日本企業による投資の拡大への協力を求めた。",
            Verdict.SUPPORTED,
        ),
    ],
)
def test_a_minister_named_by_surname_and_title_is_checked_as_that_person(claim, expected):
    source = read_page("ja", READOUT)
    result = check_one(claim, source, language="ja", published=dt.date(2026, 5, 5))
    assert result.verdict is expected, result.reason


# A reconstruction in a readout's structure, in our own words: the lead names the minister
# with the office's name, the items with the surname and 大臣 alone.
OFFICE_READOUT = "\n\n".join(
    [
        "令和8年5月9日（土曜日）、木原防衛大臣は、来日中のブレン・タヴィラ国防大臣と会談を"
        "行いました。",
        "1　木原大臣から、タヴィラとの防衛交流を一層進めたい旨述べました。",
        "2　ブレン大臣からは、共同訓練の拡大に強い関心が示されました。",
    ]
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("木原防衛大臣は、タヴィラとの防衛交流を一層進めたいと述べた。", Verdict.SUPPORTED),
        ("木原防衛大臣は、共同訓練の拡大に強い関心を示した。", Verdict.MISATTRIBUTED),
    ],
)
def test_a_surname_with_its_office_is_the_surname_with_its_title(claim, expected):
    source = read_page("ja", OFFICE_READOUT)
    result = check_one(claim, source, language="ja")
    assert result.verdict is expected, result.reason


def test_a_surname_inside_a_longer_surname_is_another_minister():
    # 小野 is no word of «小野寺大臣»: 小野寺 is a surname of its own.
    source = read_page(
        "ja",
        "令和8年5月11日、小野寺経済産業大臣及び小野農林水産大臣は、訪日中のタルン・ケシュ"
        "経済大臣と会談を行いました。",
        "1　小野寺大臣から、重要鉱物のサプライチェーン強靱化に向けた協力を提案しました。",
        "2　小野大臣から、日本産農産品に対する輸入規制の撤廃を要請しました。",
    )
    result = check_one(
        "小野寺経済産業大臣は、日本産農産品に対する輸入規制の撤廃を要請した。",
        source,
        language="ja",
    )
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason
    result = check_one(
        "小野農林水産大臣は、日本産農産品に対する輸入規制の撤廃を要請した。", source, language="ja"
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(("speaker", "name"), [("村岡総裁", "村岡"), ("岡野事務局長", "岡野")])
def test_a_kanji_surname_before_an_office_the_dictionary_glosses_is_a_name(speaker, name):
    # No title list holds 総裁 or 事務局長; JMdict glosses them as people's offices.
    found = claim_speakers(
        Claim(id="c", text=f"{speaker}は協力すると述べた。", sources=("s",)), "ja", TERMBASE
    )
    assert found is not None and found.names == {name}


def test_an_office_alone_names_no_one():
    found = claim_speakers(
        Claim(id="c", text="同総裁は協力すると述べた。", sources=("s",)), "ja", TERMBASE
    )
    assert found is None or not found.names


@pytest.mark.parametrize(("speaker", "name"), [("松尾政務官", "松尾"), ("山田副大臣", "山田")])
def test_a_surname_the_analyser_reads_as_a_place_before_an_office_is_a_name(speaker, name):
    # Sudachi reads 松尾 in «松尾政務官» as a place name, and alone as a surname.
    found = claim_speakers(
        Claim(id="c", text=f"{speaker}は協力すると述べた。", sources=("s",)), "ja", TERMBASE
    )
    assert found is not None and found.names == {name}


@pytest.mark.parametrize("speaker", ["東京都知事", "日本政府", "宮崎県知事", "長野市長"])
def test_a_place_before_an_office_is_no_name(speaker):
    found = claim_speakers(
        Claim(id="c", text=f"{speaker}は協力すると述べた。", sources=("s",)), "ja", TERMBASE
    )
    assert found is None or not found.names


def test_a_request_by_a_junior_minister_the_analyser_reads_as_a_place_is_his():
    # «松尾政務官から、…求めました»: the request is Matsuo's, not the visiting vice-minister's.
    source = read_page(
        "ja",
        "5月20日、松尾亮太外務大臣政務官は、訪日中のタルン・ケシュ共和国外務副大臣と会談を"
        "行いました。",
        "1　経済関係について、松尾政務官から、経済連携協定交渉の早期妥結に向けた協力を求めました。",
        "2　タルン副大臣からは、日本企業の投資を歓迎する旨の発言がありました。",
    )
    claim = "Tarun sought Japan's cooperation in concluding the economic partnership talks early."
    result = check_one(claim, source, language="en", speaker="Tarun")
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason
    claim = "Matsuo sought cooperation in concluding the economic partnership talks early."
    result = check_one(claim, source, language="en", speaker="Matsuo")
    assert result.verdict is Verdict.SUPPORTED, result.reason
