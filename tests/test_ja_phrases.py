"""Japanese `PhraseStems`: a kanji word that stands for a dictionary phrase by the kana
after it (信頼 in 信頼できる "reliable"); English reads no tails."""

from __future__ import annotations

from factcheck.checks.check_quotes import _phrase_tail, _stem_of_phrase
from factcheck.languages import language_for
from factcheck.languages.interface import PhraseStems
from factcheck.languages.ja_phrases import JapanesePhraseStems

JA = JapanesePhraseStems()
SENTENCE = "委員会は信頼できる仲介者を選んだ。"


def test_only_japanese_reads_tails():
    assert isinstance(language_for("ja"), PhraseStems)
    assert not isinstance(language_for("en"), PhraseStems)


def test_the_tail_is_the_kana_after_a_word():
    assert JA.phrase_tail(SENTENCE, SENTENCE.index("できる")) == "できる仲介者を選"
    assert JA.phrase_tail(SENTENCE, len(SENTENCE)) == ""  # nothing follows
    assert JA.phrase_tail("港のIT化を進めた。", 4) == ""  # a kanji follows, no kana


def test_english_text_has_no_tail():
    text = "The board chose a reliable mediator."
    assert _phrase_tail(text, text.index(" mediator"), "en") == ""
    assert _phrase_tail(SENTENCE, SENTENCE.index("できる"), "ja") == "できる仲介者を選"


def test_a_stem_stands_for_the_phrase_its_tail_completes():
    # "reliable" glosses 信頼に足る; its synonym's headword 信用できる shows the tail できる.
    assert JA.stems_phrase("信頼", "できる仲介者", "reliable")
    assert _stem_of_phrase("信頼", "できる仲介者", "reliable")
    # 信頼を深める is the noun "trust", no phrase "reliable".
    assert not JA.stems_phrase("信頼", "を深める", "reliable")
    # The other side must be an English word, and the stem a kanji compound.
    assert not JA.stems_phrase("信頼", "できる", "信用")
    assert not JA.stems_phrase("しん", "できる", "reliable")


def test_the_tail_must_be_the_phrase_s_own():
    assert JA.stems_phrase("安定", "した", "firm")  # 安定した "stable, firm"
    assert not JA.stems_phrase("安定", "に向けて", "firm")
