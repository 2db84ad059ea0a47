"""A katakana name a page writes whole once is that name in the page's other sentences too,
where the analyser cuts it into dictionary words before a title (ハルコ | スキー首相)."""

from __future__ import annotations

from pipeline_helpers import best_matches, check_one, document, index_of

from factcheck.languages import language_for
from factcheck.languages.interface import CutNames, WordClass
from factcheck.languages.names import names_agree
from factcheck.model import Verdict

PAGE = document(
    "https://example.invalid/ja",
    "ja",
    "アラン・ハルコスキー首相は、東京で開かれた国際会議に出席しました。",
    "地震の観測技術について、ハルコスキー首相は日本の研究機関を訪れて説明を聞きました。",
    "同首相は、帰国前に京都を訪問する予定です。",
)


def _covered(text: str) -> list[tuple[int, list[str]]]:
    (part,) = best_matches(text, index_of(s=PAGE))
    return [(m.sentence.index, [a.surface for a in m.covered]) for m in part.matches]


def test_a_name_cut_before_a_title_is_met_where_the_page_writes_it_whole_elsewhere():
    found = dict(_covered("Harukoski heard how Japan observes earthquakes."))
    assert "Harukoski" in found[1]


def test_a_name_inside_a_longer_katakana_word_is_not_filed_under_it():
    page = document(
        "https://example.invalid/ja2",
        "ja",
        "高市総理大臣は、来日中のアラン・マリーニ首相と会談を行いました。",
        "両首脳は、マリーニャ地区とマリーニ首相の故郷について意見交換を行いました。",
        "両首脳は、マリーニャ地区の開発について意見交換を行いました。",
    )
    index = index_of(s=page)
    holders = dict(index.name_holders("Marini"))
    filed = {index.sentences[p].sentence.index for p in holders["マリーニ"]}
    assert filed == {0, 1}


def test_a_katakana_name_of_a_japanese_claim_is_shown_where_an_english_page_writes_it():
    # The name is no dictionary word (nothing glosses it): met through its reading in the
    # page's Latin names, anywhere on the page, as a name is.
    page = document(
        "https://example.invalid/en",
        "en",
        "On October 7, the Minister for Foreign Affairs of Japan held a meeting with Ms. Ilse "
        "Moravek, Minister of Foreign Affairs of the Republic of Calvania.",
        "The Calvanian side said that Calvania would welcome Japanese investment in its wool "
        "industry.",
        "The two ministers confirmed that they would stay in close contact.",
    )
    result = check_one(
        "モラヴェク氏は、羊毛産業への日本の投資を歓迎すると述べた。", page, language="ja"
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert any("“モラヴェク”: s sentence 1 as “Moravek”" in line for line in result.details)


def test_the_japanese_module_finds_its_long_katakana_names_written_whole():
    japanese, english = language_for("ja"), language_for("en")
    assert isinstance(japanese, CutNames)
    assert not isinstance(english, CutNames)  # an English analyser does not cut names
    pattern = japanese.whole_names(["ペトラノフ", "アン", "東京"])
    assert pattern is not None
    assert [m.group() for m in pattern.finditer("ペトラノフ首相と会談した。")] == ["ペトラノフ"]
    # Inside a longer katakana word, or after the middle dot of a full name: not it.
    assert not pattern.search("ドペトラノフ首相")
    assert not pattern.search("イワン・ペトラノフ首相")
    # Short names (アン) stand inside too many words; no katakana name: nothing to find.
    assert japanese.whole_names(["アン", "東京"]) is None


def test_a_leader_whose_name_english_also_has_as_a_plural_is_met_in_katakana():
    # "Morales" is a plural of "morale" too; JMnedict spells モラレス "Morales".
    source = document(
        "https://example.invalid/m",
        "ja",
        "令和9年6月2日、高市総理大臣は、訪日中のモラレス・ノルヴェイン共和国大統領と首脳会談を"
        "行いました。",
        "冒頭、高市総理から歓迎の意を述べ、モラレス大統領からは、日本の長年の支援に対する謝意が"
        "表明されました。",
    )
    result = check_one("President Morales thanked Japan for its long-standing support.", source)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_name_the_analyser_cuts_everywhere_is_met_in_the_possessive():
    # ヴァルドール is cut into dictionary words (ヴァル | ドール) wherever the page writes it:
    # the name stands whole before its title all the same, and "Valdor's" is that name.
    page = document(
        "https://example.invalid/ja3",
        "ja",
        "令和8年9月14日、高市総理大臣は、公式実務訪問中のオルセン・ヴァルドール首相と首脳会談を"
        "行いました。",
        "冒頭、高市総理から、ヴァルドール首相の訪日を歓迎する旨述べました。",
    )
    assert language_for("ja").tokens("ヴァルドール首相")[0].surface != "ヴァルドール"
    result = check_one(
        "Takaichi welcomed Valdor's visit to Japan.", page, language="en", speaker="Takaichi"
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


_ARABIC_PAGE = document(
    "https://example.invalid/ja3",
    "ja",
    "本日、午後4時から約30分間、高市早苗内閣総理大臣は、サーレム・アル・ハキーミー・ザルカン国首相と"
    "電話会談を行ったところ、概要は以下のとおりです。",
    "両首脳は、海水淡水化分野での協力を進めていくことで一致しました。",
)


def test_a_name_after_a_lower_case_particle_is_met_in_katakana():
    # "al-Hakimi": the particle and hyphen before a capitalised word no dictionary has
    # lower-cased make it a name, as "Hakimi" alone is.
    result = check_one(
        "Takaichi and al-Hakimi agreed to advance cooperation on desalination.",
        _ARABIC_PAGE,
        language="en",
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_the_particle_alone_does_not_meet_another_name_that_has_it():
    # アル is in the page's name, but "al-" is no part of the claim's name to compare.
    result = check_one(
        "Takaichi and al-Zubaidi agreed to advance cooperation on desalination.",
        _ARABIC_PAGE,
        language="en",
    )
    assert result.verdict is not Verdict.SUPPORTED, result.reason
    assert not names_agree("al-Zubaidi", "サーレム・アル・ハキーミー")
    assert names_agree("al-Hakimi", "サーレム・アル・ハキーミー")


def test_a_possessive_ending_is_no_part_of_the_name():
    # "Kast's wish": the name is Kast, whichever apostrophe the claim writes.
    assert names_agree("Kast's", "カスト")
    assert names_agree("Kast’s", "カスト")


def test_words_after_a_prefix_and_hyphen_are_no_names():
    module = language_for("en")
    classes = {t.surface: t.word_class for t in module.tokens("pro-European mid-October al-Sudani")}
    assert classes["al-Sudani"] is WordClass.PROPER_NOUN
    assert classes["pro-European"] is not WordClass.PROPER_NOUN
    assert classes["mid-October"] is not WordClass.PROPER_NOUN


def test_a_name_the_analyser_cuts_alike_in_claim_and_page_is_on_the_page():
    # Sudachi cuts マリアカルラ into マリア | カルラ in both texts: neither piece is a whole
    # katakana word of the page, yet the page writes the claim's name (in sentence 2), so the
    # quoted words the claim gives her are not an added fact about someone the page never
    # names.
    source = document(
        "m",
        "ja",
        "【マリアカルラ外務大臣】本日、茂木大臣をお迎えできて光栄です。港湾の改修は、両国の協力の象徴です。",
        "【茂木外務大臣】マリアカルラ大臣、温かい歓迎に感謝します。",
    )
    claim = "マリアカルラ外相は共同記者発表で、港湾の改修を両国の「協力の象徴」と呼んだ。"
    result = check_one(claim, source, language="ja", speaker="Maria Carla")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    # A name the page writes nowhere, cut the same way, is still missing.
    other = check_one(
        claim.replace("マリアカルラ", "アブデルカリム"), source, language="ja", speaker="Abdelkarim"
    )
    assert other.verdict is not Verdict.SUPPORTED, other.reason


def test_a_dotted_katakana_name_with_a_short_word_names_its_speaker():
    # ダ of ダ・ローシャ is the copula to the analyser; the middle dot makes it a name.
    ja = language_for("ja")
    assert ja is not None
    assert ja.speaker_names("ダ・ローシャ次官") == ("ダ・ローシャ",)


def test_a_remark_in_the_second_clause_of_a_dotted_name_is_not_the_first_speakers():
    source = document(
        "https://example.invalid/br",
        "ja",
        "8月18日、北川外務大臣政務官は、ブラジリアにおいて、ルイス・ダ・ローシャ・ブラジル外務次官と"
        "会談を行いました。",
        "冒頭、北川政務官から、両国関係を更に発展させたい旨述べ、ダ・ローシャ次官からは、"
        "ブラジルには約270万人の日系人が暮らしている旨の発言がありました。",
    )
    claim = "Kitagawa noted that some 2.7 million people of Japanese descent live in Brazil."
    result = check_one(claim, source, speaker="Kitagawa")
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason
    claim = "Da Rocha noted that some 2.7 million people of Japanese descent live in Brazil."
    result = check_one(claim, source, speaker="Da Rocha")
    assert result.verdict is Verdict.SUPPORTED, result.reason
