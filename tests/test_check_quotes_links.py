"""Quotes translated across languages where the link is not a content word's gloss: a grammar
word written with a kanji (基づく "based"), a katakana name no dictionary glosses (サヘル
"Sahel"), a phrase stem whose tail a synonym's headword shows (信頼できる "reliable"). Each
with the changed quote it must still call altered. Sentences written for these tests, in the
shape of a readout."""

from __future__ import annotations

from pipeline_helpers import TERMBASE, claim, document, index_of

from factcheck.checks.check_quotes import QuoteGrade, check_quote
from factcheck.model import Article, ClaimFile, SourceOutcome, SourceSpec, Verdict
from factcheck.verify import check_claims

RULE = document("s", "ja", "両首脳は、法の支配に基づく国際秩序を維持することで一致しました。")
REGION = document("s", "ja", "高市総理から、日本の「サヘル協力イニシアティブ」を紹介しました。")
REGION_WEST = document(
    "s", "ja", "高市総理から、日本の「西サヘル協力イニシアティブ」を紹介しました。"
)
RELIABLE = document("s", "ja", "大臣は、日本を信頼できるパートナーと位置付けました。")
DEEPEN = document("s", "ja", "大臣は、日本との信頼を深めるパートナーシップを歓迎しました。")


def grade(quote: str, language: str, source):
    index = index_of(s=source)
    return check_quote(quote, language, index, sorted(index.sentences_of({"s": source})))


def test_a_grammar_word_written_with_a_kanji_carries_a_quoted_word():
    # に基づく is grammar to the analyser, "based on" to a translator.
    check = grade("an international order based on the rule of law", "en", RULE)
    assert check.grade is QuoteGrade.PARAPHRASE
    assert "“based” = 基づく" in check.diff


def test_a_grammar_word_never_stands_in_place_of_a_changed_word():
    check = grade("a regional order based on the rule of law", "en", RULE)
    assert check.grade is QuoteGrade.ALTERED
    assert any(d.startswith("“regional” →") for d in check.diff)
    assert not any("→ 基づく" in d for d in check.diff)


NO_CALCULATION = document(
    "s", "ja", "日本は、フィジーにとって、政治的な思惑なしに手を差し伸べてくれる友人です。"
)


def test_a_grammar_word_in_kana_carries_a_quoted_word():
    # 思惑なしに: なし is grammar to the analyser, "without" to a translator.
    check = grade(
        "a friend who reaches out to Fiji without political calculations", "en", NO_CALCULATION
    )
    assert check.grade is QuoteGrade.PARAPHRASE, check.diff
    assert "“without” = なし" in check.diff
    # It only carries: a quoted word changed around it is still an alteration.
    check = grade(
        "a friend who reaches out to Fiji without political ambitions", "en", NO_CALCULATION
    )
    assert check.grade is QuoteGrade.ALTERED


def test_a_katakana_name_meets_its_latin_spelling():
    check = grade("Sahel Cooperation Initiative", "en", REGION)
    assert check.grade is QuoteGrade.PARAPHRASE
    assert "“Sahel” = サヘル" in check.diff


def test_another_name_in_place_of_the_katakana_one_is_altered():
    check = grade("Carpathian Cooperation Initiative", "en", REGION)
    assert check.grade is QuoteGrade.ALTERED
    assert any(d.startswith("“Carpathian” → サヘル") for d in check.diff)


def test_a_phrase_stem_takes_the_tail_of_a_synonyms_headword():
    # "reliable" glosses 信頼に足る and 信頼のおける; its synonym "trustworthy" glosses
    # 信用できる: 信頼できる is "reliable" too.
    check = grade("a reliable partner", "en", RELIABLE)
    assert check.grade is QuoteGrade.PARAPHRASE
    assert "“reliable” = 信頼" in check.diff
    english = document("s", "en", 'She called Japan "a reliable partner".')
    check = grade("信頼できるパートナー", "ja", english)
    assert check.grade is QuoteGrade.PARAPHRASE


def test_the_stem_followed_by_other_grammar_is_not_the_adjective():
    # 信頼を深める is "deepen trust": its 信頼 is the noun, not "reliable".
    check = grade("a reliable partnership", "en", DEEPEN)
    assert "“reliable” = 信頼" not in check.diff
    assert check.grade is not QuoteGrade.PARAPHRASE or check.unchecked


def test_a_quote_of_a_claim_whose_source_could_not_be_had_is_listed_as_not_checked():
    spec = SourceSpec("s", "https://example.invalid/", language="ja")
    claim_file = ClaimFile(
        "c.yaml",
        Article("t", language="en"),
        (spec,),
        (claim('Takaichi called Japan "a reliable partner".'),),
    )
    outcome = SourceOutcome(spec, problem="HTTP 403 Forbidden")
    (result,) = check_claims(claim_file, (outcome,), TERMBASE)
    assert result.verdict is Verdict.UNVERIFIABLE
    assert "quote “a reliable partner”: not checked (no source could be had)" in result.details


def test_a_quote_checked_against_a_source_is_not_listed_as_not_checked():
    spec = SourceSpec("s", "https://example.invalid/", language="ja")
    claim_file = ClaimFile(
        "c.yaml", Article("t", language="en"), (spec,), (claim("大臣は「信頼できる」と述べた。"),)
    )
    (result,) = check_claims(claim_file, (SourceOutcome(spec, document=RELIABLE),), TERMBASE)
    assert not any("not checked" in d for d in result.details)


SUPPORT = document(
    "s", "ja", "大統領から、保健分野での支援を含む日本の長年の支援に謝意が表明されました。"
)


def test_a_word_without_a_link_meets_a_word_of_the_same_root_beside_the_others():
    # Nothing links "long-standing" to 長年 ("long; many years"); its first part is 長年's
    # gloss. The quote is the 支援 that 長年 stands beside, not the 支援 of 保健分野.
    check = grade("long-standing support", "en", SUPPORT)
    assert check.grade is QuoteGrade.PARAPHRASE
    assert check.source_span == "長年の支援"
    assert any(d.startswith("“long-standing” ≈ 長年") for d in check.diff)
    # "western" is 西 "west" and a suffix.
    check = grade("Western Sahel Cooperation Initiative", "en", REGION_WEST)
    assert check.grade is QuoteGrade.PARAPHRASE
    assert any(d.startswith("“Western” ≈ 西") for d in check.diff)


def test_without_the_word_of_the_same_root_the_quote_is_altered():
    only = document("s", "ja", "大統領から、保健分野での支援に謝意が表明されました。")
    check = grade("long-standing support", "en", only)
    assert check.grade is QuoteGrade.ALTERED
    assert any(d.startswith("“long-standing” → 分野") for d in check.diff)


def test_a_root_followed_by_a_word_of_its_own_is_no_root():
    # "partnership" is "part" and nine letters more: no suffix.
    check = grade("an important partnership", "en", document("s", "ja", "重要な部分を協議した。"))
    assert check.grade is QuoteGrade.ALTERED
    assert not any("≈" in d for d in check.diff)


def test_words_of_the_same_root_alone_never_make_a_span_the_quotes_counterpart():
    # 一層 glosses "ever", 両国間 "countries": only "nation" is carried, "every" would be by
    # its root: not enough of the quote to be graded against this sentence.
    exchanges = document(
        "s",
        "ja",
        "両首脳は、両国間の学術交流の活発化を歓迎し、若者の往来の一層の拡大で一致しました。",
    )
    check = grade("must be met with sanctions by every nation", "en", exchanges)
    assert check.grade is QuoteGrade.NOT_FOUND


def test_a_near_synonym_of_the_sources_gloss_beside_the_others_carries_a_word():
    # 揺るぎない glosses "unwavering"; "steadfast" is its near-synonym (WordNet, and JMdict's
    # 不動), not its gloss. "generous" is neither: altered.
    firm = document("s", "ja", "大統領から、日本の揺るぎない支援に謝意が表明されました。")
    check = grade("steadfast support", "en", firm)
    assert check.grade is QuoteGrade.PARAPHRASE
    assert any(d.startswith("“steadfast” ≈ 揺るぎない (a near-synonym") for d in check.diff)
    check = grade("generous support", "en", firm)
    assert check.grade is QuoteGrade.ALTERED
    assert any(d.startswith("“generous” →") for d in check.diff)


ALLIANCE = document(
    "s",
    "en",
    "Prime Minister Takaichi stated that the Japan-U.S. Alliance is the cornerstone of peace "
    "and stability in the region.",
    "She restated her long-standing commitment to a free and open Indo-Pacific.",
)


def test_an_ellipsis_leaves_words_of_the_source_out():
    check = grade("the Japan-U.S. Alliance is the cornerstone … in the region", "en", ALLIANCE)
    assert check.grade is QuoteGrade.NORMALISED
    assert check.diff == ("the quote leaves out “of peace and stability”",)
    assert grade("the cornerstone [...] in the region", "en", ALLIANCE).grade is (
        QuoteGrade.NORMALISED
    )


def test_a_changed_word_beside_an_ellipsis_is_still_altered():
    check = grade(
        "the Japan-U.S. Alliance is the cornerstone ... of war in the region", "en", ALLIANCE
    )
    assert check.grade is QuoteGrade.ALTERED


def test_pieces_joined_out_of_order_say_where_each_stands():
    check = grade(
        "the cornerstone of peace ... commitment to a free and open Indo-Pacific", "en", ALLIANCE
    )
    assert check.grade is QuoteGrade.PARAPHRASE
    assert "not in this order in one sentence" in check.diff[0]
    assert "s sentence 2" in check.diff[0]


def test_punctuation_and_spacing_inside_words_are_normalised():
    check = grade("the Japan-US Alliance", "en", ALLIANCE)
    assert check.grade is QuoteGrade.NORMALISED
    assert check.source_span == "the Japan-U.S. Alliance"
    assert grade("longstanding commitment", "en", ALLIANCE).grade is QuoteGrade.NORMALISED


def test_a_quote_is_never_found_inside_a_longer_word():
    rally = document("s", "en", "Thousands joined the rally in Tokyo.")
    assert grade("ally", "en", rally).grade is not QuoteGrade.NORMALISED
    assert grade("the rally", "en", rally).grade is QuoteGrade.EXACT


DEFENCE = document(
    "s",
    "en",
    "The Prime Minister said Japan will prioritise its defence capabilities with 2 partners.",
)


def test_a_quote_respelled_to_another_house_style_is_the_same_quote():
    check = grade("Japan will prioritize its defense capabilities", "en", DEFENCE)
    assert check.grade is QuoteGrade.PARAPHRASE
    check = grade("Japan will prioritize its police capabilities", "en", DEFENCE)
    assert check.grade is QuoteGrade.ALTERED


def test_a_number_written_in_words_is_the_same_number():
    check = grade("its defence capabilities with two partners", "en", DEFENCE)
    assert check.grade is QuoteGrade.PARAPHRASE
    check = grade("its defence capabilities with three partners", "en", DEFENCE)
    assert check.grade is QuoteGrade.ALTERED


READOUT_JA = document(
    "s",
    "ja",
    "高市総理から、両国関係を新たな段階に引き上げたい旨述べました。",
    "大統領からは、日本の取組を高く評価し、更なる協力に期待する旨の発言がありました。",
    "両首脳は、ＡＳＥＡＮとの協力を一層強化することで一致しました。",
)


def test_a_japanese_quote_spelled_otherwise_is_equal_after_normalisation():
    # Okurigana (引上げ / 引き上げ, 取り組み / 取組), kana for kanji (さらなる / 更なる) and
    # full-width letters (ＡＳＥＡＮ) are spellings of the same words.
    for quote in (
        "両国関係を新たな段階に引上げたい",
        "日本の取り組みを高く評価",
        "さらなる協力に期待",
    ):
        assert grade(quote, "ja", READOUT_JA).grade is QuoteGrade.NORMALISED, quote
    check = grade("ASEANとの協力を一層強化", "ja", READOUT_JA)
    assert check.grade is QuoteGrade.NORMALISED
    assert check.source_span == "ＡＳＥＡＮとの協力を一層強化"


def test_a_japanese_quote_with_another_word_is_altered_word_by_word():
    check = grade("両国関係を新たな段階に高めたい", "ja", READOUT_JA)
    assert check.grade is QuoteGrade.ALTERED
    assert any(d.startswith("“高め") and "引き上げ" in d for d in check.diff)


def test_a_japanese_ellipsis_leaves_words_out():
    check = grade("両国関係を……引き上げたい", "ja", READOUT_JA)
    assert check.grade is QuoteGrade.NORMALISED
    assert check.diff == ("the quote leaves out “新たな段階に”",)


def test_a_particle_put_in_anothers_place_is_a_change():
    # 日本を支援 is "support Japan"; 日本が支援 is "Japan supports".
    source = document("s", "ja", "両首脳は、国際社会が日本を支援していくことを確認しました。")
    check = grade("国際社会が日本が支援していく", "ja", source)
    assert check.grade is QuoteGrade.ALTERED
    assert any("“が” → “を”" in d for d in check.diff)


def test_a_japanese_word_keeps_its_ending_when_spellings_are_normalised():
    # 強化する is not the 強化し of 強化しない: normalised forms alone would meet them.
    source = document("s", "ja", "両首脳は、制裁を強化しないことで一致しました。")
    check = grade("制裁を強化する", "ja", source)
    assert check.grade is QuoteGrade.ALTERED
    assert any(d.startswith("“する” → “しない") for d in check.diff)
    assert grade("制裁を強化しない", "ja", source).grade is QuoteGrade.EXACT


# A foreign leader's words, as MOFA reports them: 我が国 is a termbase term (Japan, when Japan
# speaks), yet in this leader's mouth it is his own country.
FRIEND = document(
    "s", "ja", "大統領から、「日本は我が国の独立以来の揺るぎないパートナーである」旨述べました。"
)


def test_the_words_a_term_is_written_with_carry_a_quoted_word():
    check = grade("a steadfast partner of our country since independence", "en", FRIEND)
    assert check.grade is QuoteGrade.PARAPHRASE, check.diff
    assert not any("→ 我が国" in d for d in check.diff)


def test_another_word_in_place_of_the_terms_words_is_altered():
    check = grade("a steadfast partner of our continent since independence", "en", FRIEND)
    assert check.grade is QuoteGrade.ALTERED, check.diff
    assert any(d.startswith("“continent” →") for d in check.diff)


# 欠かせない is one JMdict headword ("indispensable"); the analyser reads 欠かす ("miss") and
# a negation, which carry nothing of the quote word by word.
VITAL = document(
    "s", "ja", "大統領から、日本は地域の安定にとって欠かせない存在である旨述べました。"
)


def test_a_headword_run_carries_a_quote_no_single_word_carries():
    check = grade("indispensable", "en", VITAL)
    assert check.grade is QuoteGrade.PARAPHRASE, check
    assert "“indispensable” = 欠かせない" in check.diff


def test_a_quote_no_headword_run_carries_stays_not_found():
    check = grade("irrelevant", "en", VITAL)
    assert check.grade is QuoteGrade.NOT_FOUND, check


def test_an_english_word_is_related_by_the_english_module_in_either_sides_text(monkeypatch):
    # The English word of a pair is asked of the English module for its near-synonyms, even
    # where it stands in Japanese text (a Latin word in a Japanese quote): the Japanese
    # module would read it as a Japanese word.
    from factcheck.checks import check_quotes
    from factcheck.languages.ja import glosses_of

    asked: list[str] = []
    real = check_quotes.language_for
    monkeypatch.setattr(check_quotes, "language_for", lambda code: asked.append(code) or real(code))
    check_quotes._near_synonyms.cache_clear()
    try:
        pivots = ",".join(g.pivot for g in glosses_of("揺るぎない", "揺るぎない"))
        hit = check_quotes._SpanHit(f"word:揺るぎない|{pivots}", "揺るぎない", 0, 5, "unwavering")
        concept = check_quotes._Concept("word:steadfast", "steadfast")
        link = check_quotes._weak_link(hit, "word:steadfast", concept)
        assert link is not None and link.startswith("a near-synonym")
        assert asked == ["en"]
    finally:
        check_quotes._near_synonyms.cache_clear()


def test_a_function_word_synonym_is_no_near_synonym_of_a_quoted_word():
    # "talks" is a WordNet synonym of "negotiations" the English stop list reads as a function
    # word: the meeting's own word (会談 "talks"), it does not carry a quoted "negotiations".
    from factcheck.checks import check_quotes
    from factcheck.languages.en import English
    from factcheck.languages.interface import BridgeKind

    assert any(
        g.bridge is BridgeKind.FUNCTION_WORD and g.pivot == "talks"
        for g in English().bridges("negotiation", "negotiation")
    )
    check_quotes._near_synonyms.cache_clear()
    try:
        assert "talks" not in check_quotes._near_synonyms("negotiation", "en")
    finally:
        check_quotes._near_synonyms.cache_clear()
