"""The language seam for speakers and names: each language's `Speaking` and `Naming`, and
factcheck.text.speakers asking every language, the page's own first."""

from __future__ import annotations

import pytest
from test_languages import Esperanto

from factcheck.languages import _REGISTRY, language_for, register_language
from factcheck.languages.en_speakers import EnglishNaming, EnglishSpeaking
from factcheck.languages.interface import Naming, ReadoutSpeaker, Speaking
from factcheck.languages.ja_speakers import JapaneseNaming, JapaneseSpeaking
from factcheck.text.speakers import Label, SpeakerTracker, find_label, speaker_phrase_end

EN_SPEAKING, JA_SPEAKING = EnglishSpeaking(), JapaneseSpeaking()
EN_NAMING, JA_NAMING = EnglishNaming(), JapaneseNaming()


def test_both_languages_read_speakers_and_names():
    for code in ("en", "ja"):
        module = language_for(code)
        assert isinstance(module, Speaking) and isinstance(module, Naming)


# ── Speaking ─────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("speaking", "paragraph", "label"),
    [
        (EN_SPEAKING, "MINISTER OKAFOR: We agreed.", "MINISTER OKAFOR"),
        (EN_SPEAKING, "Ambassador  Lindqvist: Thank you.", "Ambassador Lindqvist"),
        (EN_SPEAKING, "Q3: And the port?", "Q3"),
        (JA_SPEAKING, "【外務報道官】 お答えします。", "外務報道官"),
        (JA_SPEAKING, "（記者）港湾の件は。", "記者"),
        (JA_SPEAKING, "答：検討中です。", "答"),
    ],
)
def test_a_label_names_its_speaker_and_where_the_speech_starts(
    speaking: Speaking, paragraph: str, label: str
) -> None:
    found = speaking.speaker_label(paragraph)
    assert found is not None and found[0] == label
    assert not paragraph[found[1]].isspace()


@pytest.mark.parametrize(
    ("speaking", "paragraph"),
    [
        (EN_SPEAKING, "Venue: the harbour office."),
        (EN_SPEAKING, "Harbour talks: a summary"),  # no role, not in capitals
        (EN_SPEAKING, "CLOSE 4:30 P.M."),
        (EN_SPEAKING, "【外務報道官】 お答えします。"),  # another language's convention
        (JA_SPEAKING, "（参考）港湾の概要"),  # no role
        (JA_SPEAKING, "MINISTER OKAFOR: We agreed."),
    ],
)
def test_what_only_looks_like_a_label_is_none(speaking: Speaking, paragraph: str) -> None:
    assert speaking.speaker_label(paragraph) is None


def test_a_readout_names_its_speaker_where_the_sentence_opens():
    sentence = "2. Foreign Minister Okafor also stressed the value of the port."
    found = EN_SPEAKING.readout_speaker(sentence)
    assert found == ReadoutSpeaker("Foreign Minister Okafor", sentence.index(" the value"))
    sentence = "続いて、岸辺外務大臣から、港湾協力について説明がありました。"
    found = JA_SPEAKING.readout_speaker(sentence)
    assert found is not None and found.name == "岸辺外務大臣"  # 続いて is no part of the name
    assert sentence[found.end :].startswith("、港湾")
    assert EN_SPEAKING.readout_speaker("The port opened in May.") is None
    assert JA_SPEAKING.readout_speaker("港湾は五月に開港しました。") is None


def test_the_phrase_naming_the_speaker_ends_after_its_comma():
    sentence = "続いて、岸辺外務大臣から、港湾協力について説明がありました。"
    assert sentence[speaker_phrase_end(sentence, "ja") :].startswith("港湾")
    assert speaker_phrase_end("The port opened in May.", "en") == 0


def test_which_sentences_go_on_in_the_speaker_before_s_words():
    assert EN_SPEAKING.continues_speaker("She also thanked the crew.")
    assert not EN_SPEAKING.continues_speaker("The crew was thanked.")
    assert JA_SPEAKING.continues_speaker("また、謝意を表しました。")
    assert not JA_SPEAKING.continues_speaker("She also thanked the crew.")


def test_a_header_names_who_speaks_under_it():
    assert EN_SPEAKING.header_speaker("Closing words by Minister Okafor") == "Minister Okafor"
    assert EN_SPEAKING.header_speaker("Map by the harbour office") is None  # no role
    assert JA_SPEAKING.header_speaker("質疑応答") is None


def test_a_title_names_its_one_author():
    title = "Statement by President Almeida on the harbour accord"
    assert EN_SPEAKING.title_speaker(title) == "President Almeida"
    assert EN_SPEAKING.title_speaker("Joint remarks by President Almeida and Mr Okafor") is None
    assert EN_SPEAKING.title_speaker("Harbour accord signed") is None
    assert JA_SPEAKING.title_speaker("アルメイダ大統領による声明") is None


def test_the_first_person_is_the_speaker_s_own():
    assert EN_SPEAKING.first_person("We opened the new berth together.")
    assert not EN_SPEAKING.first_person("They opened the new berth together.")
    assert not EN_SPEAKING.first_person("Our harbour, 12 May")  # no sentence said
    assert not JA_SPEAKING.first_person("私たちは新しい岸壁を開きました。")


@pytest.mark.parametrize(
    ("who", "english", "japanese"),
    [
        ("Minister Okafor", True, False),
        ("the two delegations", True, False),
        ("the port we built with shared", False, False),
        ("岸辺外務大臣", False, True),
    ],
)
def test_what_names_a_speaker(who: str, english: bool, japanese: bool) -> None:
    assert EN_SPEAKING.names_speaker(who) is english
    assert JA_SPEAKING.names_speaker(who) is japanese


# ── Naming ───────────────────────────────────────────────────────────────────


def test_the_names_a_sentence_writes():
    names = EN_NAMING.name_words("Yesterday Okafor met Ruiz-Tamar and Kenyan crews in May.")
    assert names == {"Okafor", "Ruiz-Tamar"}  # not the first word, a people's word, a month
    names = JA_NAMING.name_words("オカフォー大統領はアナ・ルイス氏と港を視察した。")
    assert names == {"オカフォー", "アナ・ルイス"}


def test_an_english_sentence_writes_a_name_as_a_whole_word_in_any_case():
    assert EN_NAMING.writes_name("The ferry left LIMA at noon.", "Lima")
    assert EN_NAMING.writes_name("The ferry left Lima’s port.", "Lima")
    assert not EN_NAMING.writes_name("The ferry left Limassol at noon.", "Lima")
    assert not EN_NAMING.writes_name("The ferry left Limassol’s port.", "Lima")


def test_a_japanese_sentence_writes_a_name_as_written_or_by_its_reading():
    assert JA_NAMING.writes_name("フェリーはリマを出港した。", "リマ")
    assert JA_NAMING.writes_name("フェリーはリマを出港した。", "Lima")
    assert not JA_NAMING.writes_name("フェリーはキトを出港した。", "Lima")


def test_the_runs_of_names_a_sentence_writes():
    runs = EN_NAMING.name_runs("Ferries from Porto Alegre reached Lima before dawn, said Okafor.")
    assert runs == ["Ferries", "Porto Alegre", "Lima", "Okafor"]  # a first word too
    assert EN_NAMING.name_runs("the ferry left at noon.") == []
    runs = JA_NAMING.name_runs("フェリーは「Porto Alegre」を出港し、リマに着いた。")
    assert runs == ["Porto Alegre"]  # リマ is the termbase's to read
    assert JA_NAMING.name_runs("フェリーはリマに着いた。") == []
    # Without brackets the run ends where the kana begin.
    assert JA_NAMING.name_runs("フェリーはPorto Alegreを出港した。") == ["Porto Alegre"]


# ── the seam: every language asked, the page's own first ─────────────────────


class SpeakingEsperanto(Esperanto, EnglishSpeaking):
    """A toy language whose transcripts label a speaker with «Parolas X:»."""

    def speaker_label(self, paragraph: str) -> tuple[str, int] | None:
        head, colon, _ = paragraph.partition(":")
        if not colon or not head.startswith("Parolas "):
            return None
        return head.removeprefix("Parolas "), len(head) + 2


def test_a_registered_language_s_speaker_conventions_are_read():
    assert find_label("Parolas Zamenhof: Saluton.") is None
    register_language(SpeakingEsperanto())
    try:
        assert find_label("Parolas Zamenhof: Saluton.", "eo") is not None
        tracker = SpeakerTracker("Kunveno", "en")
        start = tracker.paragraph("Parolas Zamenhof: Saluton al ĉiuj.")
        assert start == len("Parolas Zamenhof: ")
        assert tracker.speaker("Saluton al ĉiuj.") == "Zamenhof"
    finally:
        del _REGISTRY["eo"]
    assert find_label("Parolas Zamenhof: Saluton.") is None


def test_a_page_s_own_language_is_asked_first():
    class Rival(SpeakingEsperanto):
        def speaker_label(self, paragraph: str) -> tuple[str, int] | None:
            return ("someone", 0) if paragraph.startswith("Q:") else None

    register_language(Rival())
    try:
        assert find_label("Q: Kiam?", "eo") == Label("someone", 0)
        assert find_label("Q: Kiam?", "en") == Label("Q", 3)
    finally:
        del _REGISTRY["eo"]
