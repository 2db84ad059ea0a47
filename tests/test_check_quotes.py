"""Quote grades, within one language and across languages through the termbase."""

from __future__ import annotations

import pytest
from pipeline_helpers import check_one, document, index_of

from factcheck.checks.check_quotes import QuoteGrade, check_quote
from factcheck.model import Verdict

EN = document(
    "u",
    "en",
    'The Prime Minister said the alliance was "the cornerstone of Japan\'s diplomacy".',
    "She called the President a very cheerful and fun person.",
)
JA = document("v", "ja", "【高市総理】とても快活で楽しい方だという印象を持ちました。")


def grade(quote: str, language: str = "en", **docs):
    index = index_of(**docs)
    return check_quote(quote, language, index, sorted(index.sentences_of(docs)))


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("the cornerstone of Japan's diplomacy", QuoteGrade.EXACT),
        ("The Cornerstone of Japan's Diplomacy!", QuoteGrade.NORMALISED),
        ("the cornerstones of Japan's diplomacy", QuoteGrade.PARAPHRASE),
        ("the cornerstone of Asia's diplomacy", QuoteGrade.ALTERED),
        ("the tariffs on steel will rise sharply", QuoteGrade.NOT_FOUND),
    ],
)
def test_grades_within_one_language(quote, expected):
    assert grade(quote, s=EN).grade is expected


def test_an_altered_quote_shows_the_word_diff():
    check = grade("a very cheerful and attractive person", s=EN)
    assert check.grade is QuoteGrade.ALTERED
    assert any("attractive" in d and "fun" in d for d in check.diff)
    assert check.where == "s sentence 2"


def test_across_languages_the_termbase_carries_the_comparison():
    check = grade("very cheerful and fun", s=JA)
    assert check.grade is QuoteGrade.PARAPHRASE
    assert check.source_span.startswith("とても快活で楽しい")


def test_across_languages_a_changed_word_is_named_with_the_source_word():
    check = grade("very cheerful and attractive", s=JA)
    assert check.grade is QuoteGrade.ALTERED
    assert any("attractive" in d and "楽しい" in d for d in check.diff)


def test_a_quote_of_ordinary_words_is_compared_through_the_lexicon():
    # No termbase entry knows these words; JMdict does, and the source has neither.
    check = grade("splendid weather", s=JA)
    assert check.grade is QuoteGrade.NOT_FOUND
    assert check.comparable and check.absent


def test_a_quote_without_any_content_word_cannot_be_compared_across_languages():
    check = grade("and so on", s=JA)
    assert check.grade is QuoteGrade.NOT_FOUND
    assert not check.comparable and not check.absent


# Across languages, a quote is aligned word by word with its source span. Sentences written
# for these tests, in the shape of a readout.
PERSON = document("p", "ja", "【高市総理】首相の人柄は、非常に誠実で温かい方だと感じました。")
PHRASES = document(
    "q",
    "ja",
    "両首脳は、両国が互いにかけがえのない隣国であることを確認しました。",
    "両首脳は、両国が太平洋を挟む隣国であることを確認しました。",
    "両首脳は、力による現状の変更に反対する旨述べました。",
)
PHRASES_EN = document(
    "r", "en", "The two leaders said their countries were irreplaceable neighbours."
)


def test_a_word_with_no_dictionary_link_and_nothing_in_its_place_is_unchecked():
    # 方 is a grammar word to the analyser, "person; gentleman" to JMdict: it carries those.
    # The words before the comma are the frame, not the quotation. "statesman" has no link to
    # 方 or to any other word, and a grammar word never stands in place of a quoted one: the
    # quote is a faithful translation, and the check says which word it could not check.
    check = grade("a very sincere and warm person", s=PERSON)
    assert check.grade is QuoteGrade.PARAPHRASE
    assert check.source_span.endswith("非常に誠実で温かい方")
    check = grade("a very sincere and warm statesman", s=PERSON)
    assert check.grade is QuoteGrade.PARAPHRASE
    assert check.unchecked == ("statesman",)
    assert "“statesman” could not be checked across languages" in check.describe()


def test_a_word_that_meets_another_word_of_the_span_is_altered():
    check = grade("a very sincere and cold person", s=PERSON)
    assert check.grade is QuoteGrade.ALTERED
    assert check.unchecked == ()
    assert any("cold" in d and "温かい" in d for d in check.diff)


def test_unchecked_words_alone_need_most_of_the_quote_aligned():
    plain = document("t", "ja", "【高市総理】首相の人柄は、誠実で温かい。")
    # Two of three words aligned, "statesman" unlinked: a translation, one word unchecked.
    check = grade("sincere and warm statesman", s=plain)
    assert check.grade is QuoteGrade.PARAPHRASE
    assert check.unchecked == ("statesman",)
    # Two of four: too little of the quote is aligned to call it a translation.
    check = grade("sincere and warm statesman of resolve", s=plain)
    assert check.grade is QuoteGrade.ALTERED


def test_a_dictionary_headword_of_several_words_is_one_unit():
    # かけがえ の ない is one JMdict headword ("irreplaceable"); 太平 洋 is 太平洋.
    check = grade("irreplaceable neighbours", s=PHRASES)
    assert check.grade is QuoteGrade.PARAPHRASE
    assert "“irreplaceable” = かけがえのない" in check.diff
    check = grade("neighbours across the Pacific", s=PHRASES)
    assert check.grade is QuoteGrade.PARAPHRASE
    assert "“Pacific” = 太平洋" in check.diff


def test_a_japanese_quote_of_a_headword_phrase_meets_its_english_gloss():
    check = grade("かけがえのない隣国", "ja", s=PHRASES_EN)
    assert check.grade is QuoteGrade.PARAPHRASE
    assert "“かけがえのない” = irreplaceable" in check.diff


def test_one_source_word_carries_two_words_of_the_quote():
    check = grade("changing the status quo by force", s=PHRASES)
    assert check.grade is QuoteGrade.PARAPHRASE
    assert "“status” = 現状" in check.diff and "“quo” = 現状" in check.diff


# r9-lex: a left-over quote word and the word in its place, as the quote language's lexical
# data (WordNet, any sense) relates them. Sentences written for these tests.
MEASURE = document("m", "ja", "【大臣】健康は幸福の物差しである。")
STANDING = document("n", "ja", "【大統領】日本は常に我が国に寄り添ってくれた。")


def test_a_word_the_data_relates_in_some_sense_is_no_alteration():
    # JMdict glosses 物差し "ruler; measure" only; WordNet has "measure" and "ruler" as more
    # general words of "yardstick" in two of its senses: a faithful translation.
    check = grade("health is the yardstick of happiness", s=MEASURE)
    assert check.grade is QuoteGrade.PARAPHRASE
    assert any(d.startswith("“yardstick” ≈ 物差し") and "WordNet" in d for d in check.diff)


def test_a_rare_word_the_data_does_not_relate_is_still_altered():
    # "enemy" is no kind of measure in any sense: the span has its own word there.
    check = grade("health is the enemy of happiness", s=MEASURE)
    assert check.grade is QuoteGrade.ALTERED
    assert any("enemy" in d and "物差し" in d for d in check.diff)


def test_a_common_word_with_an_unlinked_word_in_place_stays_altered():
    # "stand" has dozens of senses, and JMdict glosses 寄り添う "to get close; to nestle close
    # to": nothing links them, nothing relates them. A common word is no less checkable than
    # a rare one (misquotes swap "space" for 経済, "Europe" for 日本), so it stays altered.
    check = grade("Japan has always stood by our country", s=STANDING)
    assert check.grade is QuoteGrade.ALTERED
    assert any("stood" in d and "寄り添" in d for d in check.diff)


# r9-fixA: a more general word in the span is no agreement for a verb or an adjective: a
# quote that "raises" what the source only "changes" says more than the source.
REVISING = document("r", "ja", "【大臣】我が国は今後も援助を変更していく。")


def test_a_more_general_word_in_place_of_a_verb_is_still_altered():
    # WordNet has "change" as a more general word of "increase" (in one of its noun senses,
    # and "alter" of its verb): 変更 "change" does not say "increase".
    check = grade("we will keep increasing our aid", s=REVISING)
    assert check.grade is QuoteGrade.ALTERED
    assert any("increas" in d and "変更" in d for d in check.diff)


def test_a_synonym_in_place_of_a_verb_still_agrees():
    check = grade("we will keep altering our aid", s=REVISING)
    assert check.grade is QuoteGrade.PARAPHRASE


HALF_CENTURY = document(
    "hc",
    "ja",
    "令和8年9月8日、高市総理大臣は、訪日中のアマドゥ・ネリク・モーリタニア・イスラム共和国大統領と"
    "首脳会談を行いました。",
    "ネリク大統領から、「モーリタニアの海と日本の食卓は、半世紀にわたって結ばれてきた」旨の発言が"
    "ありました。",
)


def test_a_number_changed_inside_a_quote_misquotes_the_speaker():
    # The quote is found where the speaker said it; its "century" is the source's 半世紀
    # (half a century) changed: the claim misquotes, it does not contradict a figure.
    result = check_one(
        "Nerik said Mauritania's seas and Japan's dinner tables had been \"linked for more "
        'than a century."',
        HALF_CENTURY,
    )
    assert result.verdict is Verdict.MISQUOTED, result.reason
    assert "半世紀" in result.reason


# A reconstruction in our own words of a foreign minister's remark in a readout.
FRIEND = document("f", "ja", "【外相】日本は、政治的な思惑なしに手を差し伸べてくれる友人です。")
FORCE = document("g", "ja", "【高市総理】力による一方的な現状変更の試みは決して認められない。")
MUST = document("h", "ja", "【高市総理】日本は地域の平和のために協力しなければならない。")
HELP = document("k", "ja", "【高市総理】日本は港湾の近代化を引き続き支援していく。")


@pytest.mark.parametrize(
    ("quote", "doc", "expected"),
    [
        ("a friend who reaches out without political calculations", FRIEND, QuoteGrade.PARAPHRASE),
        ("a friend who reaches out with political calculations", FRIEND, QuoteGrade.ALTERED),
        # The quote leaves the denied words out: nothing of it is denied.
        ("a friend who reaches out", FRIEND, QuoteGrade.PARAPHRASE),
        ("attempts to change the status quo by force can be accepted", FORCE, QuoteGrade.ALTERED),
        # A double negation is no denial: しなければならない is "must".
        ("Japan must cooperate for the peace of the region", MUST, QuoteGrade.PARAPHRASE),
        ("Japan will continue to support the modernisation of ports", HELP, QuoteGrade.PARAPHRASE),
        ("Japan will not support the modernisation of ports", HELP, QuoteGrade.ALTERED),
    ],
)
def test_across_languages_a_quote_that_turns_a_denial_round_is_altered(quote, doc, expected):
    check = grade(quote, s=doc)
    assert check.grade is expected
    if expected is QuoteGrade.ALTERED:
        assert any("denies" in d for d in check.diff)


# A meeting readout in MOFA's Japanese layout (written for this test; the organisation's
# head is fictional): the head's words in 「」.
MODEL_READOUT = document(
    "u",
    "ja",
    "これに対し、ハルヴォルセン事務局長から、日本のこれまでの支援に謝意を表するとともに、"
    "「日本の経験は、他のアジア諸国にとって重要な模範となる」旨述べました。",
)


def test_a_qualifier_the_source_lacks_inside_a_quote_misquotes():
    result = check_one(
        'Halvorsen praised Japan, saying its experience was "the only model" for other Asian '
        "countries.",
        MODEL_READOUT,
        speaker="Halvorsen",
    )
    assert result.verdict is Verdict.MISQUOTED, result.reason
    assert "only" in result.reason


def test_a_qualifier_outside_the_quote_adds_a_detail():
    result = check_one(
        'Halvorsen praised Japan, saying its experience alone was "an important model" for '
        "other Asian countries, the first such praise.",
        MODEL_READOUT,
        speaker="Halvorsen",
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason


ONE_OF_EN = document(
    "w",
    "en",
    'Speaker Kowal stated that "Japan is one of Norland\'s most important partners in Asia."',
)
ONE_OF_JA = document(
    "x",
    "ja",
    "コワル議長から、「日本はアジアにおけるノーランドの最も重要なパートナーの一つである」旨の"
    "発言がありました。",
)


@pytest.mark.parametrize("source", [ONE_OF_EN, ONE_OF_JA], ids=["en", "ja"])
def test_a_quote_that_cuts_off_one_of_misquotes(source):
    # The source makes Japan one of several partners; the quote makes it the only one.
    result = check_one(
        'Kowal said Japan was "Norland\'s most important partner in Asia".',
        source,
        speaker="Kowal",
    )
    assert result.verdict is Verdict.MISQUOTED, result.reason
    assert "leaves out" in result.reason


@pytest.mark.parametrize("source", [ONE_OF_EN, ONE_OF_JA], ids=["en", "ja"])
@pytest.mark.parametrize(
    "claim",
    [
        'Kowal said Japan was one of "Norland\'s most important partners in Asia".',
        'Kowal called Japan "one of Norland\'s most important partners in Asia".',
    ],
)
def test_a_quote_whose_claim_says_one_of_is_borne_out(source, claim):
    result = check_one(claim, source, speaker="Kowal")
    assert result.verdict is Verdict.SUPPORTED, result.reason


READY = document(
    "r",
    "ja",
    "スミス州首相からは、「アルバータは日本のエネルギー安全保障に貢献する用意がある」旨の発言がありました。",
)


def test_one_source_word_renders_one_place_of_the_quote():
    # 安全保障 renders "security" of "energy security" (エネルギー stands beside it); it cannot
    # also render "guarantee", which stands apart in the quote where the source says 貢献.
    check = grade("ready to guarantee Japan's energy security", s=READY)
    assert check.grade is QuoteGrade.ALTERED
    assert any("guarantee" in d and "貢献" in d for d in check.diff)
    check = grade("ready to contribute to Japan's energy security", s=READY)
    assert check.grade is QuoteGrade.PARAPHRASE, check.diff


def test_a_source_word_written_twice_renders_two_places():
    source = document("y", "ja", "【首相】幸福を国の物差しとする国として取り組んでいる。")
    check = grade("a country that uses happiness as its national yardstick", s=source)
    assert check.grade is QuoteGrade.PARAPHRASE, check.diff


@pytest.mark.parametrize(
    ("language", "text", "member"),
    [
        ("ja", "最も重要なパートナーの一つである", True),
        ("ja", "国民の一人当たりの所得", False),
        ("ja", "彼の一人娘", False),
        ("ja", "課題の一つ一つに取り組む", False),
        ("en", "one of the most important partners", True),
        ("en", "amongst the closest partners", True),
        ("en", "a partnership one of a kind", False),
    ],
)
def test_the_words_that_make_one_of_a_set(language, text, member):
    from factcheck.languages import key_fact_pattern

    pattern = key_fact_pattern(language, "membership")
    assert pattern is not None
    assert bool(pattern.search(text)) is member


def test_one_of_in_another_phrase_does_not_alter_the_quote():
    source = document(
        "z",
        "ja",
        "コワル議長から、「日本はアジアにおけるノーランドの最も重要なパートナーだ」と述べ、"
        "課題の一つとして人材交流を挙げました。",
    )
    result = check_one(
        'Kowal said Japan was "Norland\'s most important partner in Asia".', source, speaker="Kowal"
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
