"""The language seam: registry and detection, Japanese morphology, the JMdict lexicon, names
across scripts, and a language without a module."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

import pytest
from pipeline_helpers import TERMBASE, best_matches, check_one, document, index_of

from factcheck.languages import (
    Gloss,
    Language,
    Script,
    Token,
    WordClass,
    detect_language,
    language_for,
    register_language,
)
from factcheck.languages.en import lemma_of
from factcheck.languages.interface import Counting, Prompting, pivot_of
from factcheck.languages.jmdict import _agreeing, gloss_heads, jmdict
from factcheck.languages.names import names_agree, romanise, same_skeleton
from factcheck.model import (
    AnchorKind,
    Article,
    Capture,
    CaptureOrigin,
    Claim,
    ClaimFile,
    SourceSpec,
    Verdict,
)
from factcheck.text.analyse import analyse_text
from factcheck.verify import check_claims, gather_sources

# ── registry and detection ────────────────────────────────────────────────────


def test_registered_modules_implement_the_protocol():
    for code in ("en", "ja", "ja-JP", "EN_us"):
        module = language_for(code)
        assert isinstance(module, Language)
    assert language_for("ko") is None
    assert language_for("zh") is None


@pytest.mark.parametrize(
    ("text", "declared", "expected"),
    [
        ("高市総理大臣は、トランプ大統領と電話会談を行いました。", "en", "ja"),
        ("이재명 대통령은 오늘 일본 총리와 정상회담을 가졌습니다.", None, "ko"),
        ("이재명 대통령은 오늘 일본 총리와 정상회담을 가졌습니다.", "en", "ko"),
        ("国家主席同日本首相举行会谈，双方就两国关系交换了意见。", None, "zh"),
        ("Thủ tướng Nhật Bản đã có cuộc điện đàm với Tổng thống Hoa Kỳ về hợp tác.", None, "vi"),
        ("The Prime Minister held a telephone call with the President.", None, "en"),
        ("The Prime Minister held a telephone call with the President.", "en", "en"),
    ],
)
def test_detection_uses_script_then_the_declaration_then_a_detector(text, declared, expected):
    assert detect_language(text, declared) == expected


# ── Japanese morphology ───────────────────────────────────────────────────────


def tokens(text: str) -> list[Token]:
    module = language_for("ja")
    assert module is not None
    return list(module.tokens(text))


def test_japanese_tokens_carry_lemma_normal_form_reading_and_class():
    by_surface = {t.surface: t for t in tokens("高市総理大臣は、同盟を引上げる旨を述べました。")}
    assert by_surface["述べ"].lemma == "述べる"
    assert by_surface["引上げる"].normal == "引き上げる"
    assert by_surface["高市"].reading == "タカイチ"
    assert by_surface["高市"].word_class is WordClass.PERSON_NAME
    assert by_surface["は"].word_class is WordClass.FUNCTION


def test_latin_letters_touching_kana_and_kanji_are_words_of_their_own():
    surfaces = [t.surface for t in tokens("ASEAN関連首脳会議でFOIPとG7について話した。")]
    assert "ASEAN" in surfaces
    assert "FOIP" in surfaces
    assert "G7" in surfaces
    latin = [t for t in tokens("G7首脳") if t.script is Script.LATIN]
    assert [t.lemma for t in latin] == ["g7"]


def test_spelling_variants_meet_through_the_normalised_form():
    a = analyse_text("取り組みを引き上げる。", "ja", TERMBASE).words
    b = analyse_text("取組を引上げる。", "ja", TERMBASE).words
    assert a == b


def test_a_japanese_claim_splits_at_a_continuative_clause_not_at_a_particle_comma():
    module = language_for("ja")
    assert module is not None
    text = "日本政府は資金協力を決定し、救助チームも派遣した。"
    assert [text[s:e] for s, e in module.claim_parts(text)] == [
        "日本政府は資金協力を決定し",
        "救助チームも派遣した。",
    ]
    text = "首相は記者会見で、大統領に対し、招待を伝えた。"
    assert len(module.claim_parts(text)) == 1
    # The joints of `joints` (one reading of Sudachi's parts of speech): a conjunctive
    # particle after a predicate ends a clause, a compound particle (を通じ) does not.
    text = "両外相は港湾整備を確認したが、漁業協力は協議しなかった。"
    assert len(module.claim_parts(text)) == 2
    text = "日本は職業訓練を通じ、港湾の人材育成を支援する。"
    assert len(module.claim_parts(text)) == 1


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # A verb of speech no list names: WordNet's commonest sense of "brief" communicates.
        (
            "Ruvalo backed the new port plan, and Ostrander in turn briefed him on the survey.",
            ["Ruvalo backed the new port plan", "Ostrander in turn briefed him on the survey."],
        ),
        (
            "Ruvalo pledged grain for the winter, and Ostrander assured him it would be shared.",
            ["Ruvalo pledged grain for the winter", "Ostrander assured him it would be shared."],
        ),
        # A second subject that acts, not speaks, is the same assertion's frame.
        (
            "Ruvalo opened the new wharf, and Ostrander painted the gate blue.",
            ["Ruvalo opened the new wharf, and Ostrander painted the gate blue."],
        ),
        # Without a comma, "and" joins one subject of the reported clause.
        (
            "Motegi said Japan and Osterra signed a fisheries agreement in 2019.",
            ["Motegi said Japan and Osterra signed a fisheries agreement in 2019."],
        ),
        # A country speaks too, through whoever speaks for it.
        (
            "Ruvalo warned that drought threatened the harvest, and Japan promised food aid.",
            ["Ruvalo warned that drought threatened the harvest", "Japan promised food aid."],
        ),
        # "decided" reports what happened, not what was said (WordNet: cognition).
        (
            "Ruvalo explained the proposal, and Ostrander decided to join the programme.",
            ["Ruvalo explained the proposal, and Ostrander decided to join the programme."],
        ),
    ],
)
def test_an_english_claim_splits_where_a_second_speaker_reports_with_any_verb_of_speech(
    text, parts
):
    module = language_for("en")
    assert module is not None
    assert [text[s:e] for s, e in module.claim_parts(text)] == parts


def test_an_english_claim_splits_at_a_second_speaker_after_any_past_tense_predicate():
    module = language_for("en")
    assert module is not None
    # The first predicate is no verb of speech: the second speaker still opens a part.
    text = "Ruvalo threw his weight behind the port plan, and Takaichi added that Japan would help."
    assert [text[s:e] for s, e in module.claim_parts(text)] == [
        "Ruvalo threw his weight behind the port plan",
        "Takaichi added that Japan would help.",
    ]
    text = "Ruvalo spoke of floods along the coast, and President Li said aid would follow."
    assert len(module.claim_parts(text)) == 2
    # No predicate before "and": two names are one subject, not two clauses.
    text = "Prime Minister Ruvalo and President Li agreed to open a consulate."
    assert len(module.claim_parts(text)) == 1
    # A plural noun that is also a verb's form ("ministers") is no predicate.
    text = "The ministers and President Li agreed to open a consulate."
    assert len(module.claim_parts(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # A participle or an -ing form in an opening phrase is no predicate: the two names
        # after it are one subject (r9-fixA).
        "At the summit held in Valdora, Ruvalo and President Li said ties would deepen.",
        "In a call lasting 40 minutes, Ruvalo and President Li agreed to open a consulate.",
        "Leaders including Ruvalo and President Li agreed to open a consulate.",
        "After talks hosted by Norvane, Ruvalo and President Li pledged closer ties.",
    ],
)
def test_an_english_claim_does_not_split_after_a_participle_in_an_opening_phrase(text):
    module = language_for("en")
    assert module is not None
    assert [text[s:e] for s, e in module.claim_parts(text)] == [text]


def test_an_english_claim_still_splits_after_a_finite_past_verb_of_its_subject():
    module = language_for("en")
    assert module is not None
    text = "At the summit, Ruvalo backed the port plan, and President Li said aid would follow."
    assert [text[s:e] for s, e in module.claim_parts(text)] == [
        "At the summit, Ruvalo backed the port plan",
        "President Li said aid would follow.",
    ]


def test_an_english_claim_splits_at_a_time_clause_with_its_own_speaker():
    module = language_for("en")
    assert module is not None
    text = "The ministers agreed to widen trade after Ruvalo announced a new credit line."
    assert [text[s:e] for s, e in module.claim_parts(text)] == [
        "The ministers agreed to widen trade",
        "Ruvalo announced a new credit line.",
    ]
    # A time clause without a predicate of its own ("after President Li's visit") is not a
    # part, nor is one whose word after the name is no verb in the past tense.
    text = "The ministers agreed to widen trade after President Li's visit."
    assert len(module.claim_parts(text)) == 1
    text = "The ministers agreed to widen trade after Ruvalo talks end."
    assert len(module.claim_parts(text)) == 1
    # A time clause reporting an act, not words, stays in the claim's frame.
    text = "The ministers agreed to widen trade after Ruvalo inspected a port."
    assert len(module.claim_parts(text)) == 1


def test_an_english_time_clause_with_a_verb_of_telling_wordnet_files_so_is_a_part():
    # "outlined", "briefed" are no reporting verbs of the list; WordNet has their commonest
    # sense as a kind of informing, as it does not "inspected" or "toured".
    module = language_for("en")
    assert module is not None
    text = "The ministers agreed to widen trade after Ruvalo outlined a new credit line."
    assert [text[s:e] for s, e in module.claim_parts(text)] == [
        "The ministers agreed to widen trade",
        "Ruvalo outlined a new credit line.",
    ]
    text = "The ministers agreed to widen trade after Ruvalo toured a new port."
    assert len(module.claim_parts(text)) == 1
    # One that says no more than that someone spoke asserts nothing of its own.
    text = "The ministers agreed to widen trade after Ruvalo briefed them on it."
    assert len(module.claim_parts(text)) == 1


def test_an_english_time_clause_names_whose_words_the_claim_answers():
    from factcheck.languages.interface import Prompting

    module = language_for("en")
    assert isinstance(module, Prompting)
    text = "Li backed the port plan after Ruvalo briefed him on it."
    assert module.prompting_speaker(text, 0, len(text)) == "Ruvalo"
    # Right after the part that ends before it, as a claim's parts are cut.
    assert module.prompting_speaker(text, 0, text.index(" after")) == "Ruvalo"
    # Not later in the claim than the part; not words spoken afterwards.
    assert module.prompting_speaker(text, 0, 2) is None
    assert module.prompting_speaker("Li backed it before Ruvalo briefed him.", 0, 40) is None
    # An act of the time clause's own speaker came first too, by the claim's account: what
    # that speaker's clause of the source holds is theirs ("set it out" is no verb of
    # telling WordNet lists; "sought" asks).
    for text in (
        "Li backed Japan's position on fishing, after Ruvalo set it out.",
        "Li backed the plan after Ruvalo sought his understanding and cooperation.",
        "Li backed it after Ruvalo toured the port.",
    ):
        assert module.prompting_speaker(text, 0, len(text)) == "Ruvalo", text
        assert len(module.claim_parts(text)) == 1, text
    # Not a clause that says more than that someone spoke: a part of its own.
    text = "Li backed the port plan after Ruvalo outlined a new credit line."
    assert module.prompting_speaker(text, 0, len(text)) is None


def test_an_english_clause_that_opens_the_claim_names_whose_words_it_answers():
    module = language_for("en")
    assert isinstance(module, Prompting)
    for text in (
        "After Ruvalo asked for his understanding, Li backed the port plan.",
        "Asked by Ruvalo for his support, Li backed the port plan.",
        "When Ruvalo briefed him on it, Li backed the port plan.",
    ):
        assert module.prompting_speaker(text, 0, len(text)) == "Ruvalo", text
        # It opens no part of its own.
        assert len(module.claim_parts(text)) == 1, text
    # A time clause that reports an act sets its speaker's turn first all the same; a
    # participle whose verb reports no words sets none.
    text = "After Ruvalo toured the port, Li backed the plan."
    assert module.prompting_speaker(text, 0, len(text)) == "Ruvalo"
    text = "Accompanied by Ruvalo, Li backed the plan."
    assert module.prompting_speaker(text, 0, len(text)) is None


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # A second bare verb joined to one after "to" or a modal is a second predicate.
        (
            "Japan will help equip the schools and send a team of observers, Motegi said.",
            [
                "Japan will help equip the schools",
                "send a team of observers, Motegi said.",
            ],
        ),
        (
            "Li is due to inspect the port in Suva and hold talks with the governor.",
            ["Li is due to inspect the port in Suva", "hold talks with the governor."],
        ),
        (
            "An office would open in Malabo this year and be staffed by local officials.",
            ["An office would open in Malabo this year", "be staffed by local officials."],
        ),
        # Not two nouns, nor two verbs of one object, nor a verb that points back.
        ("The two agreed to promote trade and investment.", None),
        ("Japan will fund the lines that carry and distribute power.", None),
        ("Japan will open talks on the treaty and conclude them soon.", None),
        # A word that "of" follows heads a noun ("review of"), unless WordNet has the verb
        # with "of" ("dispose of").
        ("The agency would keep up its monitoring and review of the discharge.", None),
        # The first part of a hyphenated word is no verb: "cross-servicing" modifies; a
        # hyphenated verb is read whole.
        (
            "The two sides will hold drills under their acquisition and cross-servicing agreement.",
            None,
        ),
        (
            "Japan will expand trade and double-check export controls.",
            ["Japan will expand trade", "double-check export controls."],
        ),
        (
            "Japan will collect the debris and dispose of the waste safely.",
            ["Japan will collect the debris", "dispose of the waste safely."],
        ),
    ],
)
def test_english_bare_verbs_joined_by_and_are_two_parts(text, parts):
    module = language_for("en")
    assert [text[s:e] for s, e in module.claim_parts(text)] == (parts or [text])


def test_an_english_time_clause_with_an_act_wordnet_files_with_speech_is_no_part():
    # WordNet files "sign" with the verbs of communication, but as a kind of writing, not of
    # informing: the clause reports an act, not the speaker's words, so it is no part of its
    # own; it still sets its speaker's turn before the part's.
    module = language_for("en")
    assert isinstance(module, Prompting)
    text = "Li backed the port plan after Ruvalo signed the loan deal."
    assert len(module.claim_parts(text)) == 1
    assert module.prompting_speaker(text, 0, len(text)) == "Ruvalo"


def test_an_english_as_clause_frames_the_speaker_and_is_no_part_of_its_own():
    # "as Velmar announced" says who speaks the main clause (r9-fixA).
    module = language_for("en")
    assert module is not None
    text = "The ministers agreed to expand trade in farm goods, as Velmar announced afterwards."
    assert [text[s:e] for s, e in module.claim_parts(text)] == [text]


def test_an_english_press_secretary_label_is_no_reporter():
    # r9-fixA: the label of whoever asks the questions, not a press secretary who answers.
    module = language_for("en")
    assert module is not None and module.speaker_patterns is not None
    reporter = module.speaker_patterns.reporter
    assert reporter.match("Press Secretary Velmar") is None
    assert reporter.match("press secretary") is None
    assert reporter.match("Press") is not None
    assert reporter.match("Press (Norvane Daily)") is not None


# ── the JMdict lexicon ────────────────────────────────────────────────────────


def test_gloss_heads_keep_one_word_glosses_only():
    assert gloss_heads("to deepen") == ("deepen",)
    assert gloss_heads("fishing (industry)") == ("fishing",)
    assert gloss_heads("medical and pharmaceutical products") == ()


def test_a_three_word_noun_phrase_gloss_keeps_its_head_and_the_word_next_to_it():
    # クロマグロ: "Pacific bluefin tuna (Thunnus orientalis)".
    assert gloss_heads("Pacific bluefin tuna (Thunnus orientalis)") == ("bluefin", "tuna")
    assert gloss_heads("liquefied natural gas carrier") == ()  # four words: an explanation


def test_a_long_gloss_headed_by_a_noun_and_an_of_phrase_gives_the_noun():
    # An explanation too long to meet word by word still names its head noun.
    assert gloss_heads("eradication of pests that damage orchards") == ("eradication",)
    assert gloss_heads("(the) eradication of pests that damage orchards") == ("eradication",)
    # A common noun that classes what the phrase names says nothing of it.
    assert gloss_heads("type of lacquered box used for storing tea") == ()
    # Not headed so: a longer phrase before "of", or no "of" at all.
    assert gloss_heads("careful eradication of pests in orchards") == ()
    assert gloss_heads("pests that damage orchards in spring") == ()


def test_a_japanese_word_glossed_only_by_an_explanation_meets_its_head_noun():
    # 防災's glosses: "disaster preparedness; prevention of damage resulting from a natural
    # disaster; protection against disaster".
    japanese = language_for("ja")
    [token] = [t for t in japanese.tokens("防災") if t.content]
    assert pivot_of("prevention") in {gloss.pivot for gloss in japanese.glosses(token)}


@pytest.mark.parametrize(
    ("word", "synonym", "agrees"),
    [
        ("strengthening", "reinforcement", True),  # whole glosses of the same senses
        ("woman", "female", True),  # "adult female" beside "woman": the phrase's head
        ("country", "nation", True),
        ("leader", "central", False),  # only a modifier in "central figure"
        ("woman", "wife", False),  # one shared sense is not enough
    ],
)
def test_english_synonyms_gloss_the_same_jmdict_senses_word_for_word(word, synonym, agrees):
    assert (synonym in jmdict().synonyms(word)) is agrees


def test_jmdict_agreement_within_one_sense():
    # One sense's glosses: whole words, parallel phrases, and a phrase's head.
    glosses = [("leader",), ("boss",), ("central", "figure"), ("telephone", "call")]
    assert _agreeing("leader", glosses) == {"boss", "figure", "call"}
    assert _agreeing("phone", [("telephone", "call"), ("phone", "call")]) == {"telephone"}


def test_a_hyphenated_compound_meets_a_two_word_gloss():
    # JMdict glosses 防災 "disaster preparedness"; a claim writes "disaster-preparedness".
    from factcheck.languages.en import English
    from factcheck.languages.ja import glosses_of

    claim_pivots = {
        g.pivot for g in English().glosses(English().tokens("disaster-preparedness")[0])
    }
    assert claim_pivots & {g.pivot for g in glosses_of("防災", "防災")}
    # Each word alone is no such bridge: "disaster" meets 防災 through its own gloss only.
    assert "disast-prepared" not in {g.pivot for g in glosses_of("災害", "災害")}


def test_a_capitalised_hyphenated_pair_is_two_words_each_met_across_scripts():
    from factcheck.languages.en import English

    words = [t.surface for t in English().tokens("the Osaka-Kansai Expo and Lee Jae-myung")]
    assert words == ["the", "Osaka", "Kansai", "Expo", "and", "Lee", "Jae-myung"]
    assert English().plain_words("Osaka-Kansai Expo") == (True, ["Osaka", "Kansai", "Expo"])
    index = index_of(s=document("u", "ja", "高市総理から、大阪・関西万博への参加に謝意を述べた。"))
    [part] = best_matches("Takaichi thanked them for joining the Osaka-Kansai Expo.", index, "s")
    covered = {a.key for a in part.matches[0].covered}
    assert {"osaka", "kansai"} <= covered


@pytest.mark.parametrize(
    "text",
    [
        "the OSCE 4 process opened",
        "OSCE 4 and the MERCOSUR 3 round",
        "the UNDP 40 experts left",
        "Uruguay chaired MERCOSUR 3. OSCE 4 followed",
        "a round of 40 talks",
    ],
)
def test_plain_words_are_the_surfaces_of_the_tokens(text):
    # `PlainWords`: a source index reads English word by word, each surface alone; a name in
    # capitals with its label ("OSCE 4", the word "osce4": `numbers.label_end`) is one
    # surface there too, read as the token is.
    from factcheck.languages.en import English

    english = English()
    tokens = english.tokens(text)
    opens, surfaces = english.plain_words(text)
    assert surfaces == [token.surface for token in tokens]
    for i, token in enumerate(tokens):
        plain = english.plain_token(token.surface, opens and i == 0)
        assert (plain.lemma, plain.word_class) == (token.lemma, token.word_class)
    _, each, ends = english.plain_words_each(["Paris", text, "OSCE 4"])
    assert each[ends[0] : ends[1]] == surfaces and each[ends[1] :] == ["OSCE 4"]


def test_many_texts_read_plain_keep_each_texts_labels():
    # `plain_words_each` reads the texts joined, then again each text where a name may end
    # with its label: a label never reaches across into the next text.
    from factcheck.languages.en import English

    english = English()
    texts = [
        "Lima hosted the UNDP",
        "4 rounds followed",
        "the APEC 2 forum and the ASEM 14 forum",
        "Quito",
        "",
        "the UK 2+2 talks and Section XI 4",
        "GDP 3",
    ]
    opens, surfaces, ends = english.plain_words_each(texts)
    starts = [0, *ends][: len(ends)]
    each = [(o, surfaces[s:e]) for o, s, e in zip(opens, starts, ends, strict=True)]
    assert each == [english.plain_words(text) for text in texts]
    for text, (_, words) in zip(texts, each, strict=True):
        assert words == [token.surface for token in english.tokens(text)]
    assert "APEC 2" in surfaces and "ASEM 14" in surfaces and "UNDP" in surfaces
    assert "UK" in surfaces and "XI" in surfaces


def test_a_name_with_its_label_is_met_in_a_source_as_one_word():
    # A claim's "MERCOSUR 3" or "MERCOSUR3" is the word "mercosur3"; the source index files
    # its sentence's "MERCOSUR 3" under it too, not under "mercosur" alone.
    index = index_of(
        s=document("u", "en", "Uruguay chaired the MERCOSUR 3 round.", "Farmers met in Lima.")
    )
    for text in ("MERCOSUR3 was chaired by Uruguay.", "The MERCOSUR 3 round was a round."):
        [part] = best_matches(text, index, "s")
        assert "mercosur3" in {anchor.key for anchor in part.matches[0].covered}


def test_a_japanese_page_s_name_with_its_label_is_the_claim_s_one_word():
    # 「（TICAD 9）」 in a Japanese sentence is the name "ticad9", as an English claim reads
    # "TICAD 9"; a currency code before an amount is no label.
    japanese = language_for("ja")
    assert japanese is not None
    tokens = japanese.tokens("第9回アフリカ開発会議（TICAD 9）の成果")
    assert [t.lemma for t in tokens if t.script is Script.LATIN] == ["ticad9"]
    assert "TICAD 9" in [t.surface for t in tokens]
    assert "usd" in [t.lemma for t in japanese.tokens("USD 30 millionの協力")]
    index = index_of(
        s=document(
            "u",
            "ja",
            "両首脳は、横浜で開催された第9回アフリカ開発会議（TICAD 9）の成果を確認しました。",
        )
    )
    [part] = best_matches("The two leaders confirmed the outcome of TICAD 9.", index, "s")
    assert "ticad9" in {anchor.key for anchor in part.matches[0].covered}


def test_a_compound_without_an_entry_is_met_through_its_parts():
    from factcheck.languages.ja import glosses_of

    assert not jmdict().senses("夕食会") and not jmdict().senses("南東部")
    assert pivot_of("dinner") in {g.pivot for g in glosses_of("夕食会", "夕食会")}
    southeast = {g.pivot for g in glosses_of("南東部", "南東部")}
    assert pivot_of("southeast") in southeast
    assert pivot_of("department") not in southeast  # 部, a one-letter affix, says nothing
    assert glosses_of("高市", "高市") == ()  # a name is one unit: no parts to gloss


def test_a_phrase_of_several_words_is_no_compound():
    """The parts' glosses stand for a compound only: a run of words (as a quote check looks
    up phrases such as かけがえのない) that no entry has means nothing as one unit, so the
    words keep their own places in an alignment (the seed's 楽しい stays free to stand where
    a quote says "attractive")."""
    from factcheck.languages.ja import glosses_of

    assert glosses_of("快活", "快活")  # each word alone has its glosses
    assert glosses_of("静かで優しい方", "静かで優しい方") == ()
    assert glosses_of("快活で楽しい方", "快活で楽しい方") == ()


def test_a_prefix_glossed_as_an_english_prefix_binds_its_noun():
    # Sudachi reads 無 as a prefix before 報告; JMdict glosses it "un-; non-" and has no entry
    # for 無報告: the two are one word that means "unreported" (not what 報告 means: below).
    module = language_for("ja")
    words = [t.surface for t in module.tokens("無報告の操業") if t.content]
    assert words[0] == "無報告"
    [token] = [t for t in module.tokens("無報告の操業") if t.surface == "無報告"]
    meant = {g.pivot for g in module.glosses(token)}
    assert pivot_of(lemma_of("unreported")) in meant
    assert pivot_of(lemma_of("unregulated")) in pivots("無規制の漁業")
    # A prefix JMdict renders by a word, not an English prefix (同 "the said"), binds nothing.
    assert "同大統領" not in [t.surface for t in module.tokens("同大統領は述べた")]


def test_an_english_negated_word_meets_the_prefixed_noun_and_not_another_word():
    index = index_of(
        s=document("u", "ja", "両首脳は、無報告の漁業への対策で協力することで一致した。")
    )
    [part] = best_matches("The leaders agreed to tackle unreported fishing.", index, "s")
    assert "unreported" in {a.key for a in part.matches[0].covered}
    index = index_of(s=document("u", "ja", "両首脳は、漁業への対策で協力することで一致した。"))
    [part] = best_matches("The leaders agreed to tackle unreported fishing.", index, "s")
    assert "unreported" in {a.key for a in part.matches[0].missing}


def test_a_negating_prefix_keeps_none_of_the_bare_nouns_meanings():
    # 無 is glossed "un-; non-", prefixes WordNet mostly gives the bare word's opposite after:
    # 無報告 means "unreported", never "reported"; 反 "anti-" does not negate in WordNet's
    # words (anticorruption is about corruption), so 反汚職 keeps 汚職's "corruption".
    from factcheck.languages.en import negates

    assert negates("un") and negates("non")
    assert not negates("anti") and not negates("vice") and not negates("re")
    module = language_for("ja")
    [token] = [t for t in module.tokens("無報告の操業") if t.surface == "無報告"]
    meant = {g.pivot for g in module.glosses(token)}
    assert pivot_of(lemma_of("unreported")) in meant
    assert pivot_of(lemma_of("report")) not in meant
    [token] = module.tokens("反汚職")
    meant = {g.pivot for g in module.glosses(token)}
    assert pivot_of(lemma_of("corruption")) in meant
    assert pivot_of(lemma_of("anticorruption")) in meant


@pytest.mark.parametrize(
    ("written", "negated", "bare"),
    [
        ("非関税の障壁", "non-tariff", "tariff"),  # 非 "non-", Sudachi: prefix | noun
        ("無申告の取引", "undeclared", "declaration"),  # 無 "un-; non-"
        ("未承認の薬", "unapproved", "approval"),  # 未 "un-", a word Sudachi keeps whole
        ("非居住の者", "nonresident", "residence"),  # 非, kept whole too
    ],
)
def test_every_negating_prefix_keeps_none_of_the_bare_nouns_meanings(written, negated, bare):
    # Words of 無報告's class, none of them in JMdict: a prefix glossed by an English prefix
    # that negates binds its noun, also where Sudachi keeps the two one word (未承認), which
    # read through its parts would have meant its opposite (承認 "approval").
    module = language_for("ja")
    word = written[:3]
    [token] = [t for t in module.tokens(written) if t.surface == word]
    meant = {g.pivot for g in module.glosses(token)}
    assert pivot_of(lemma_of(negated)) in meant
    assert pivot_of(lemma_of(bare)) not in meant


def test_a_claim_saying_the_bare_word_does_not_meet_the_negated_noun():
    index = index_of(
        s=document("u", "ja", "両首脳は、無報告の漁業への対策で協力することで一致した。")
    )
    [part] = best_matches("The leaders agreed to tackle reported fishing.", index, "s")
    assert "reported" not in {a.key for a in part.matches[0].covered}
    assert "report" not in {a.key for a in part.matches[0].covered}


def test_a_hyphenated_prefix_word_meets_its_closed_form():
    # A claim writes "anti-government"; JMdict glosses 反政府 "antigovernment".
    index = index_of(s=document("u", "ja", "政府は反政府勢力との対話を始めた。"))
    [part] = best_matches("The government opened talks with anti-government forces.", index, "s")
    assert "anti-government" in {a.key for a in part.matches[0].covered}
    # The closed form is the whole word's, not its head's: "anti-whaling" is no "government".
    index = index_of(s=document("u", "ja", "政府は勢力との対話を始めた。"))
    [part] = best_matches("The government opened talks with anti-government forces.", index, "s")
    assert "anti-government" in {a.key for a in part.matches[0].missing}


def test_a_prefix_glossed_with_a_note_binds_its_noun():
    # JMdict glosses 脱 "de- (indicating reversal, removal, etc.)": the note is no part of
    # the prefix, and 脱炭素 (not in JMdict) is "decarbon-", which "decarbonisation" and
    # "decarbonising" are, not only 炭素 "carbon".
    index = index_of(
        s=document("u", "ja", "両首脳は、水素などの脱炭素分野での協力を進めることで一致した。")
    )
    [part] = best_matches("The leaders agreed to advance decarbonisation.", index, "s")
    assert "decarbonisation" in {a.key for a in part.matches[0].covered}
    index = index_of(
        s=document("u", "ja", "両首脳は、船舶の脱炭素化に関する研究を進めることで一致した。")
    )
    [part] = best_matches("The leaders agreed on research into decarbonising ships.", index, "s")
    assert "decarbonise" in {a.key for a in part.matches[0].covered}


def pivots(text: str) -> set[str]:
    return set(analyse_text(text, "ja", TERMBASE).pivots)


def test_japanese_words_mean_english_lemmas_through_jmdict():
    assert pivot_of("deepen") in pivots("関係を深化させる。")
    assert pivot_of("pharmaceutical") in pivots("医薬品の供給。")
    wanted = {pivot_of(w) for w in ("strengthen", "reinforcement", "enhancement")}
    assert wanted <= pivots("同盟の強化。")


def test_an_adverb_written_in_kana_means_the_adverb_not_its_homophones():
    # こうした "such": the analyser reads こう as an adverb, which JMdict has as 斯う "thus";
    # 請う "to invite" and 高 "high" are only read so. An adverb keeps its own meaning
    # (しっかり "firmly"), and a noun in kana is read as before.
    such = pivots("こうした交流が両国の絆の基盤である。")
    assert pivot_of("invite") not in such
    assert pivot_of("high") not in such
    assert pivot_of("firmly") in pivots("しっかり取り組む。")


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("modernisation", "modernization"),  # -ise as -ize, where the dictionary has it
        ("prioritised", "prioritized"),
        ("defence", "defense"),  # breame's list
        ("programme", "program"),
        ("neighbouring", "neighboring"),
    ],
)
def test_british_and_american_spellings_are_one_pivot(british, american):
    assert pivot_of(lemma_of(british)) == pivot_of(lemma_of(american))


def test_a_british_spelling_meets_a_gloss_written_the_american_way():
    # JMdict glosses 近代化 "modernization" only.
    assert pivot_of(lemma_of("modernisation")) in pivots("港湾の近代化。")
    assert pivot_of(lemma_of("exercise")) != pivot_of("exercize")  # no such word: unchanged


def test_pivots_meet_a_verb_with_its_noun():
    assert pivot_of("congratulate") == pivot_of(lemma_of("congratulations"))
    assert pivot_of(lemma_of("deepened")) == pivot_of(lemma_of("deepening"))


def test_jmdict_does_not_give_tanoshii_the_sense_attractive():
    found = pivots("とても快活で楽しい方だ。")
    assert pivot_of("cheerful") in found
    assert pivot_of("attractive") not in found


def test_an_english_claim_word_meets_a_japanese_word_and_the_report_names_the_layer():
    index = index_of(
        s=document("u", "ja", "両首脳は、医薬品の供給網の強靱化で協力することで一致した。")
    )
    [part] = best_matches("The leaders agreed to cooperate on pharmaceuticals.", index, "s")
    best = part.matches[0]
    forms = dict(zip((a.key for a in best.covered), best.source_forms, strict=True))
    assert forms["pharmaceutical"] == "医薬品 (JMdict)"
    assert all(a.kind is AnchorKind.WORD for a in best.covered if a.key == "pharmaceutical")


def test_a_claim_detail_the_japanese_source_lacks_is_missing():
    index = index_of(s=document("u", "ja", "両首脳は、港の整備で協力することで一致した。"))
    [part] = best_matches("The leaders agreed to cooperate on ports and railways.", index, "s")
    best = part.matches[0]
    assert "port" in {a.key for a in best.covered}  # 港: harbour, port
    assert "railway" in {a.key for a in best.missing}


def test_english_words_meet_as_lemmas():
    index = index_of(s=document("u", "en", "The ministers deepened cooperation on fisheries."))
    [part] = best_matches("They deepen their fishery cooperation.", index, "s")
    covered = {a.key for a in part.matches[0].covered}
    assert {"deepen", "fishery", "cooperation"} <= covered


# ── names across scripts ──────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("latin", "written"),
    [
        ("Albanese", "アルバニージー"),
        ("Lula", "ルーラ"),
        ("Starmer", "スターマー"),
        ("Luxon", "ラクソン"),
        ("Stubb", "ストゥッブ"),
        ("Meloni", "メローニ"),
        ("Takaichi", "高市"),
        # Latin "kh" (/x/) and Japanese フ are both written in the h-row.
        ("Khaltmaa", "ハルトマー"),
        ("Fumio", "フミオ"),
        ("Philip", "フィリップ"),
        # A romanised Thai "v" is /w/: ウィ.
        ("Charnvirakul", "チャーンウィーラクン"),
        # A soft "g" and a kept "r" (ジョルジャ), "ph" read /p/, a silent "ğ", "c" read /ts/.
        ("Giorgia", "ジョルジャ"),
        ("Ramaphosa", "ラマポーザ"),
        ("Erdoğan", "エルドアン"),
        ("Fico", "フィツォ"),
        ("Orpo", "オルポ"),
        # A Spanish "j" is heard /h/ (メヒア, バジェホ); "ll" is /j/; "ñ" is /ɲ/ (ニャ).
        ("Mejía", "メヒア"),
        ("Vallejo", "バジェホ"),
        ("Ojeda", "オヘダ"),
        ("Peña", "ペニャ"),
        # A Slavic, German or Nordic "j" is /j/: the y-row (ヤ, ユ), or イ after a vowel.
        ("Juha", "ユハ"),
        ("Maja", "マヤ"),
        # A double-barrelled name written as one katakana word.
        ("Lopez-Amaro", "ロペスアマロ"),
    ],
)
def test_a_name_meets_its_latin_spelling_through_its_reading(latin, written):
    assert names_agree(latin, written)


@pytest.mark.parametrize(
    ("latin", "written"),
    [
        ("Albanese", "アンワル"),
        ("Starmer", "スズキ"),
        ("Luxon", "ルーラ"),
        ("Merz", "マクロン"),
        ("Khan", "カーター"),
        ("Fico", "ヒラリー"),
        # A final "r" stays non-rhotic: the kept-"r" reading is for an "r" before a syllable.
        ("Peters", "ペトロ"),
        ("Merz", "ミレイ"),
        ("Keir", "ブケレ"),
        # Another way of hearing a spelling is held closer than the spelling as written:
        # Sevilla with its "ll" read /j/ is no Lula, Castillo no Justin.
        ("Sevilla", "ルーラ"),
        ("Vallejo", "イバニェス"),
        ("Castillo", "ジャスティン"),
        # A short name heard another way must agree exactly: Mackay read "mak" is no "maks".
        ("Mackay", "マルコス"),
        ("Lopez-Amaro", "ロペスアラゴン"),
    ],
)
def test_different_names_do_not_meet(latin, written):
    assert not names_agree(latin, written)


@pytest.mark.parametrize(("word", "written"), [("thanked", "サンチェス"), ("visited", "ビジット")])
def test_an_inflected_english_word_is_no_name_across_scripts(word, written):
    # "thanked" reduces to "sankid", close to サンチェス's "sankis": an inflected form of an
    # English word is no name, however it is written (callers lower-case names).
    assert not names_agree(word, written)
    assert not names_agree(word.capitalize(), written)


@pytest.mark.parametrize(
    ("latin", "written"),
    [("Morales", "モラレス"), ("Salinas", "サリナス"), ("Fields", "フィールズ")],
)
def test_a_name_that_english_also_has_as_a_plural_meets_its_jmnedict_spelling(latin, written):
    # "morales" is a plural of "morale", "fields" of "field"; JMnedict spells モラレス
    # "Morales", so the katakana name is that one, not a word.
    assert names_agree(latin, written)
    assert names_agree(latin.lower(), written)


@pytest.mark.parametrize(
    ("name", "written"),
    [("tusk", "トゥスク"), ("Xi", "習"), ("macron", "マクロン"), ("montenegro", "モンテネグロ")],
)
def test_a_lower_cased_name_or_one_that_is_also_a_word_still_meets_its_reading(name, written):
    assert names_agree(name, written)


@pytest.mark.parametrize(
    ("latin", "written", "agree"),
    [
        # A final "ay" written as one vowel (デー, ベ): the fuzzy compare weighs the lost
        # vowel too much in a short name, the consonants agree one for one.
        ("Corday", "コルデー", True),
        ("Tolbay", "トルベ", True),
        # The same consonants with a vowel the Latin spelling does not have in that place
        # (タ, ボ; カ, ケ): each vowel is compared after its own consonant.
        ("Tolbay", "タルボ", False),
        ("Tolbay", "トルボ", False),
        ("Corday", "カルデ", False),
        ("Corday", "ケルド", False),
    ],
)
def test_a_short_name_meets_its_katakana_through_its_consonants(latin, written, agree):
    assert same_skeleton(latin, romanise(written)) is agree
    assert names_agree(latin, written) is agree


def test_consonants_alone_do_not_make_one_name_when_a_vowel_opens_only_one():
    assert not same_skeleton("Otolbay", romanise("トルベ"))
    assert same_skeleton("Tolbay", romanise("トルベ"))


@pytest.mark.parametrize(
    ("latin", "written", "agree"),
    [
        # The vowel katakana adds to a consonant that closes a syllable (ブ, ト, シ) may
        # stand for nothing; where the Latin spelling writes a vowel, it must be heard.
        ("Hegseth", "ヘグセス", True),
        ("Pashinyan", "パシニャン", True),
        ("Hegseth", "ヘゴセス", False),  # ゴ: o after g is a vowel of its own
        ("Duterte", "ドゥテルテ", True),
        ("Sonko", "ソンコ", True),
        ("Sonko", "ソンカ", False),
        # A final "e" after a consonant may be silent (ト for "te").
        ("Marape", "マラペ", True),
        ("Lamotte", "ラモット", True),
        ("Lamotta", "ラモット", False),
    ],
)
def test_the_consonant_compare_weighs_each_vowel_in_its_place(latin, written, agree):
    assert same_skeleton(latin, romanise(written)) is agree


def test_romanise_reads_name_part_marks_and_a_doubled_ch():
    # ＝ sets apart the parts of one name, as ・ sets apart names; ッチ is Hepburn "tchi";
    # ディ is one syllable, "di" (it read "dei" before round 26).
    assert romanise("ナンディ＝ンダイトワ").split() == ["nandi", "ndaitowa"]
    assert romanise("ヴチッチ") == "vuchitchi"
    assert names_agree("Vucic", "ヴチッチ") and names_agree("Vučić", "ヴチッチ")
    assert names_agree("Nandi-Ndaitwah", "ナンディ＝ンダイトワ")
    assert not names_agree("Vucic", "ナンディ＝ンダイトワ")


def test_romanise_drops_the_long_vowel_mark():
    assert romanise("スターマー") == "sutama"


def _claim_file(claim: Claim, *specs: SourceSpec) -> ClaimFile:
    article = Article("t", published=dt.date(2026, 3, 3), language="en")
    return ClaimFile("c.yaml", article, specs, (claim,))


def _capture(url: str, html: str) -> Capture:
    body = html.encode("utf-8")
    return Capture(
        url,
        url,
        200,
        (("Content-Type", "text/html; charset=utf-8"),),
        body,
        dt.datetime(2026, 3, 3, tzinfo=dt.UTC),
        "0" * 64,
        CaptureOrigin.RECONSTRUCTION,
    )


def _verdict(claim: Claim, language: str, html: str) -> tuple[Verdict, str]:
    spec = SourceSpec("s", "https://example.org/s", language=language)
    claim_file = _claim_file(claim, spec)
    outcomes = gather_sources(claim_file, lambda s: _capture(s.url or "", html))
    [result] = check_claims(claim_file, outcomes, TERMBASE)
    return result.verdict, result.reason


def test_a_leader_named_only_in_katakana_is_linked_and_the_claim_supported():
    # Names chosen without looking at the termbase: no entry knows Luxon or Stubb.
    assert not TERMBASE.find("Luxon Stubb ラクソン ストゥッブ", "en")
    html = (
        '<html lang="ja"><body><main><h1>日NZ首脳電話会談</h1>'
        "<p>3月2日、高市総理大臣は、ラクソン首相と約30分間電話会談を行いました。</p>"
        "<p>ラクソン首相から、港湾の整備と農業の分野で協力を深化させたい旨の発言がありました。</p>"
        "</main></body></html>"
    )
    claim = Claim(
        "c",
        "Prime Minister Luxon said he wanted to deepen cooperation on ports and agriculture.",
        ("s",),
        speaker="Luxon",
    )
    verdict, reason = _verdict(claim, "ja", html)
    assert verdict is Verdict.SUPPORTED, reason


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Carney said he wanted closer ties.", True),  # no word of the dictionary
        ("Osaka will host the meeting.", True),  # the dictionary knows it only capitalised
        ("Today we agreed to begin talks.", False),
        ("Semiconductors were discussed.", False),  # rare, but a word of the language
        ("Tariffs were not raised.", False),
    ],
)
def test_a_sentence_opening_word_is_a_name_when_the_dictionary_lacks_it_lower_cased(text, name):
    first = language_for("en").tokens(text)[0]
    assert (first.word_class is WordClass.PROPER_NOUN) is name


def test_a_name_opening_the_claim_meets_its_katakana_spelling():
    # "Carney" opens the sentence; it is still a name, linked to カーニー by its reading.
    html = (
        '<html lang="ja"><body><main><h1>日加首脳電話会談</h1>'
        "<p>3月2日、高市総理大臣は、カーニー・カナダ首相と約20分間電話会談を行いました。</p>"
        "<p>高市総理から、重要鉱物での協力を進めたい旨述べ、カーニー首相からも、"
        "北極圏の研究で日本との協力を深めたい旨の発言がありました。</p>"
        "</main></body></html>"
    )
    claim = Claim(
        "c",
        "Carney said he wanted to deepen cooperation with Japan on Arctic research.",
        ("s",),
        speaker="Carney",
    )
    verdict, reason = _verdict(claim, "ja", html)
    assert verdict is Verdict.SUPPORTED, reason


@pytest.mark.parametrize(
    ("who", "speaker"),
    [
        ("Today we", False),
        ("He", False),
        ("Carney", True),
        ("The two leaders", True),
        ("Prime Minister Albanese", True),
    ],
)
def test_an_english_speaker_names_someone(who, speaker):
    assert language_for("en").speaker_ends(who) is speaker


def test_a_korean_or_chinese_source_is_unverifiable_with_a_reason():
    claim = Claim("c", "President Lee met Prime Minister Takaichi on March 2.", ("s",))
    korean = (
        "<html><body><main><p>이재명 대통령은 3월 2일 다카이치 총리와 정상회담을"
        " 가졌습니다. 양 정상은 협력을 확인했습니다.</p></main></body></html>"
    )
    verdict, reason = _verdict(claim, "en", korean)
    assert verdict is Verdict.UNVERIFIABLE
    assert "no matcher for language ko" in reason
    chinese = (
        '<html lang="zh"><body><main><p>3月2日，国家主席同日本首相举行会谈。'
        "双方就两国关系交换了意见。</p></main></body></html>"
    )
    verdict, reason = _verdict(claim, "en", chinese)
    assert verdict is Verdict.UNVERIFIABLE
    assert "no matcher for language zh" in reason


# ── adding a language is one module ───────────────────────────────────────────


class Esperanto:
    """A toy language module: words split on spaces, lemmas by dropping -n and -j."""

    code = "eo"
    name = "Esperanto"
    spaced = True
    stop_words = frozenset({"la", "kaj", "de"})
    quote_marks: tuple[tuple[str, str], ...] = (("„", "“"),)
    reported_speech = re.compile(r"^(?P<who>.{1,40}?)\s+diris\b")
    claim_speech = reported_speech
    qualifiers: Mapping[str, re.Pattern[str]] = {}
    locative: tuple[re.Pattern[str], re.Pattern[str]] | None = None
    clause_patterns = None
    month_first_numeric = False
    counted_after = True
    relative_words = None
    month_words = None
    month_numerals = None
    visit_patterns = None
    speaker_patterns = None
    key_fact_patterns = None
    quote_pattern = re.compile("„(?P<q>[^“]+)“")

    def owns(self, text: str) -> float:
        return 0.0

    def tokens(self, text: str) -> tuple[Token, ...]:
        out = []
        for m in re.finditer(r"\w+", text):
            word = m.group(0).lower()
            lemma = word.removesuffix("n").removesuffix("j")
            kind = WordClass.FUNCTION if word in self.stop_words else WordClass.NOUN
            out.append(Token(m.group(0), m.start(), m.end(), lemma, lemma, "", kind, Script.LATIN))
        return tuple(out)

    def split_sentences(self, text: str) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.?", text) if m.group(0).strip()]

    def claim_parts(self, text: str) -> list[tuple[int, int]]:
        return [(0, len(text))]

    def speaker_names(self, label: str) -> tuple[str, ...]:
        return tuple(re.findall(r"[A-Z]\w+", label))

    def glosses(self, token: Token) -> tuple[Gloss, ...]:
        return {"haveno": (Gloss("port", "port", "toy"),)}.get(token.lemma, ())

    def rarity(self, lemma: str) -> float:
        return 1.0

    def usage_rarity(self, lemma: str) -> float:
        return 1.0

    def speaker_ends(self, who: str) -> bool:
        return True


def test_a_new_language_is_one_module_registered():
    register_language(Esperanto())
    try:
        assert isinstance(language_for("eo"), Language)
        index = index_of(s=document("u", "eo", "La ministroj vizitis la havenojn de Kobe."))
        [part] = best_matches("The ministers visited the port.", index, "s")
        assert "port" in {a.key for a in part.matches[0].covered}
    finally:
        from factcheck.languages import _REGISTRY

        del _REGISTRY["eo"]


def test_the_languages_read_for_counts_follow_the_registry():
    from factcheck.languages import _REGISTRY, every_language
    from factcheck.text.numbers import _counting

    before = every_language()
    assert every_language() is before  # kept while the registry stays the same
    counting = _counting()
    assert _counting() is counting and language_for("en") in counting

    class CountingEsperanto(Esperanto):
        def common_word(self, word: str) -> bool:
            return word == "HAVENO"

        def counts_words(self, words: Sequence[str], count: int) -> bool:
            return False

        def counted_words(self, run: Sequence[Token]) -> int:
            return len(run)

    esperanto = CountingEsperanto()
    register_language(esperanto)
    try:
        assert esperanto in every_language() and every_language() is not before
        assert esperanto in _counting()
    finally:
        del _REGISTRY["eo"]
    assert esperanto not in every_language() and esperanto not in _counting()
    assert every_language() == before


def test_framing_is_blanked_by_the_language_of_the_text():
    from factcheck.languages.interface import Framing

    english, japanese = language_for("en"), language_for("ja")
    assert isinstance(english, Framing) and not isinstance(japanese, Framing)
    text = "Reuters reported that Takaichi is expected to visit Seoul."
    blanked = english.blank_framing(text)
    assert len(blanked) == len(text) and "report" not in blanked and "expected" not in blanked
    assert "Takaichi" in blanked and "Seoul" in blanked

    class FramingEsperanto(Esperanto):
        def blank_framing(self, text: str) -> str:
            return re.sub(r"(?i)oni diras, ke", lambda m: " " * len(m.group(0)), text)

    register_language(FramingEsperanto())
    try:
        plain = analyse_text("La ministroj vizitis Kobe.", "eo", TERMBASE).words
        framed = analyse_text("Oni diras, ke la ministroj vizitis Kobe.", "eo", TERMBASE).words
        assert framed == plain
    finally:
        from factcheck.languages import _REGISTRY

        del _REGISTRY["eo"]


def test_the_cli_loads_no_dictionary_until_a_text_needs_it():
    import subprocess
    import sys

    heavy = ["sudachipy", "jamdict_data", "simplemma", "wordfreq", "py3langid", "jaconv", "breame"]
    code = f"import sys, factcheck.cli\nprint(','.join(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_jmdict_synonyms_come_out_in_the_same_order_whatever_the_hash_seed(tmp_path):
    # Synonyms are gathered in a set and then kept in the cache folder by whichever process
    # meets a word first: unless they are ordered, two runs of one report list links in a
    # different order (grill/roast, roast/grill).
    import os
    import subprocess
    import sys

    code = (
        "from factcheck.languages.jmdict import jmdict; "
        "print([jmdict().synonyms(w) for w in ('bake', 'strengthen', 'leader', 'phone')])"
    )
    seen = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "FACTCHECK_CACHE_DIR": ""}
        run = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        seen.add(run.stdout)
    assert len(seen) == 1, seen


def test_the_registry_says_how_a_built_in_language_is_spaced_as_its_module_does():
    import importlib

    from factcheck.languages import _BUILT_IN, written_unspaced

    assert set(_BUILT_IN) >= {"en", "ja"}
    for code, entry in _BUILT_IN.items():
        module = getattr(importlib.import_module(entry.module), entry.name)()
        assert module.code == code
        assert entry.spaced is module.spaced
        assert written_unspaced(code) is not module.spaced
    assert written_unspaced("zh") and not written_unspaced("fr")


def test_a_polite_word_means_what_jmdict_gives_the_bare_word():
    # JMdict lacks お悔やみ, and glosses お見舞い only as a call on the sick; 悔やみ and 見舞い
    # say "condolence" and "expression of sympathy".
    index = index_of(
        s=document(
            "u",
            "ja",
            "高市総理から、地震の犠牲者に対するお悔やみと被災者へのお見舞いを伝えました。",
        )
    )
    [part] = best_matches(
        "Takaichi offered condolences and sympathy to the earthquake victims.", index, "s"
    )
    forms = dict(
        zip((a.key for a in part.matches[0].covered), part.matches[0].source_forms, strict=True)
    )
    assert forms["condolence"] == "お悔やみ (JMdict)"
    assert forms["sympathy"] == "お見舞い (JMdict)"


def test_a_polite_word_does_not_take_the_bare_spellings_other_words():
    # 茶 is also "brown" and "mockery"; お茶 is tea only: no sense of theirs shares a gloss.
    from factcheck.languages.ja import glosses_of

    texts = {gloss.text for gloss in glosses_of("お茶", "御茶")}
    assert "brown" not in texts
    assert "mockery" not in texts


def test_a_nouns_suffix_naming_a_thing_is_a_word_a_persons_or_an_affix_is_not():
    japanese = language_for("ja")
    assert japanese is not None
    content = {t.surface for t in japanese.tokens("ディリ港と電力網と田中氏と淡水化") if t.content}
    assert {"港", "網"} <= content  # the port of Dili, the power network
    assert "氏" not in content  # Mr Tanaka
    assert "化" not in content  # "-ification": grammar, not a thing
    index = index_of(s=document("u", "ja", "高市総理から、ディリ港の改修を支援する旨述べました。"))
    [part] = best_matches("Takaichi said Japan would help repair the port of Dili.", index, "s")
    forms = dict(
        zip((a.key for a in part.matches[0].covered), part.matches[0].source_forms, strict=True)
    )
    assert forms["port"] == "港 (JMdict)"


@pytest.mark.parametrize(
    ("language", "people", "countries"),
    [
        ("en", "The two ministers agreed.", "Both governments agreed."),
        ("ja", "両外相は一致した。", "両政府は一致した。"),
    ],
)
def test_each_language_names_the_two_parties_of_an_event_together(language, people, countries):
    # The matcher reads who "the two" are from the page's first sentence; the words that say
    # "the two people" and "the two countries" are the language module's.
    module = language_for(language)
    assert module is not None and module.key_fact_patterns is not None
    both_people = module.key_fact_patterns.both_people
    both_countries = module.key_fact_patterns.both_countries
    assert both_people is not None and both_countries is not None
    assert both_people.search(people) and not both_people.search(countries)
    assert both_countries.search(countries) and not both_countries.search(people)


def test_a_japanese_clause_names_whose_words_the_claim_answers():
    from factcheck.languages.interface import Prompting

    module = language_for("ja")
    assert isinstance(module, Prompting)
    text = "リー首相は、ルヴァロ大統領から説明を受け、港湾計画への支持を表明した。"
    assert module.prompting_speaker(text, 0, len(text)) == "ルヴァロ大統領"
    # Right before a part that starts after it, as well as inside one.
    after = text.index("港湾")
    assert module.prompting_speaker(text, after, len(text)) == "ルヴァロ大統領"
    # Said after the part, or no words (a visit), names no one.
    assert module.prompting_speaker(text, 0, 3) is None
    visited = "リー首相は、ルヴァロ大統領の訪問を受け、港湾計画への支持を表明した。"
    assert module.prompting_speaker(visited, 0, len(visited)) is None
    # The clause that says no more than who spoke first is no part of its own.
    assert len(module.claim_parts(text)) == 1
    assert len(module.claim_parts(visited)) == 2


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # A count after a name in capitals is the name's label: one word, as glued.
        ("delegates met at FOCAC 9 in Beijing", ["delegates", "met", "at", "focac9", "in"]),
        # An amount after a currency code, a count of a noun and a headline's count are not.
        ("the fare was CHF 45 each", ["the", "fare", "was", "chf"]),
        ("the IAEA 6 staff", ["the", "iaea", "staff"]),
        ("KENYA SENDS 300 POLICE", ["kenya", "sends", "police"]),
        # A singular noun after the count modifies the label, as after the glued name.
        ("the FOCAC 9 summit opened", ["the", "focac9", "summit", "opened"]),
        ("leaders met at COP 31 in Antalya", ["leaders", "met", "at", "cop31", "in"]),
    ],
)
def test_an_english_label_is_read_with_its_name(text, words):
    found = [token.surface.lower().replace(" ", "") for token in language_for("en").tokens(text)]
    assert found[: len(words)] == words


@pytest.mark.parametrize(
    ("words", "count", "counts"),
    [
        # A plural, or a body counted by its members, is what a count above one counts.
        (["experts"], 40, True),
        (["children"], 12, True),
        (["staff"], 6, True),
        (["personnel", "arrived"], 300, True),
        (["local", "teachers"], 40, True),
        # A singular noun modifies a label; a gathering is counted as one; one is a label.
        (["summit"], 9, False),
        (["conference"], 9, False),
        (["local", "forum"], 4, False),
        (["expert"], 1, False),
        (["experts"], 1, False),
        # A grammar word or a verb ends the search.
        (["in", "experts"], 9, False),
        (["opened"], 9, False),
    ],
)
def test_english_says_what_a_count_after_a_name_counts(words, count, counts):
    english = language_for("en")
    assert isinstance(english, Counting)
    assert english.counts_words(words, count) is counts


@pytest.mark.parametrize(
    ("word", "common"),
    [("ARTICLE", True), ("PHASE", True), ("UN", False), ("WHO", False), ("FOCAC", False)],
)
def test_english_tells_a_word_in_capitals_from_an_acronym(word, common):
    english = language_for("en")
    assert isinstance(english, Counting)
    assert english.common_word(word) is common


# ── verbs and what they act on (Predicating) ──────────────────────────────────


def _at(tokens: Sequence[Token], surface: str) -> int:
    return next(n for n, t in enumerate(tokens) if t.surface == surface)


def test_english_says_which_word_acts_and_which_is_acted_on():
    from factcheck.languages.interface import Predicating

    english = language_for("en")
    assert isinstance(english, Predicating)
    tokens = english.tokens("Japan would close the wharves after the storm.")
    assert english.verb_at(tokens, _at(tokens, "close"))
    assert not english.verb_at(tokens, _at(tokens, "wharves"))
    assert english.names_thing(tokens, _at(tokens, "wharves"))
    assert english.verbs_meant(tokens[_at(tokens, "close")]) == {"close"}
    assert english.object_follows_verb()
    # "closest" is no form of the verb; a phrasal verb's head is not the act on its own.
    tokens = english.tokens("The closest ports will stand by.")
    assert not english.verb_at(tokens, _at(tokens, "closest"))
    assert not english.verb_at(tokens, _at(tokens, "stand"))
    assert english.writes_argument(tokens[_at(tokens, "ports")], "the closest ports")
    assert not english.writes_argument(tokens[_at(tokens, "ports")], "passports")
    # A plural right after a verb (or after a verb and a determiner) is its object, however
    # often WordNet's corpus meets the word as a verb ("sanctions").
    tokens = english.tokens("The two leaders agreed to halt the sanctions.")
    assert english.verb_at(tokens, _at(tokens, "halt"))
    assert not english.verb_at(tokens, _at(tokens, "sanctions"))
    assert english.names_thing(tokens, _at(tokens, "sanctions"))


def test_japanese_says_which_word_acts_and_reads_its_act_from_the_glosses():
    from factcheck.languages.interface import Predicating

    japanese = language_for("ja")
    assert isinstance(japanese, Predicating)
    tokens = japanese.tokens("日本は埠頭を閉鎖する。")
    closing, wharf = _at(tokens, "閉鎖"), _at(tokens, "埠頭")
    assert japanese.verb_at(tokens, closing)  # a noun that する follows
    assert not japanese.verb_at(tokens, wharf)
    assert japanese.names_thing(tokens, wharf)
    assert "close" in japanese.verbs_meant(tokens[closing])  # 閉鎖 "closing" → close
    assert not japanese.object_follows_verb()
    assert japanese.writes_argument(tokens[wharf], "第三埠頭")  # part of an unspaced form
    # An English word written in a Japanese sentence is read as English.
    tokens = japanese.tokens("両国はASEANとの協力を確認した。")
    assert japanese.names_thing(tokens, _at(tokens, "ASEAN")) is True
    assert japanese.verbs_meant(tokens[_at(tokens, "ASEAN")]) == frozenset()


def test_a_language_without_predicates_compares_no_acts():
    from factcheck.checks.key_actions import swapped_actions

    source = document("s", "en", "Minister Sato said Japan would repair the wharves at Kobe.")
    [part] = best_matches(
        "Sato said Japan would close the wharves at Kobe.", index_of(s=source), "s"
    )
    best = part.matches[0]
    covered = {"wharf": "wharves"}
    found = swapped_actions(part.part.text, "en", best, "en", frozenset({"close"}), covered)
    assert [(s.claim_word, s.source_word) for s in found] == [("close", "repair")]
    register_language(Esperanto())
    try:
        assert (
            swapped_actions(part.part.text, "eo", best, "en", frozenset({"close"}), covered) == ()
        )
    finally:
        from factcheck.languages import _REGISTRY

        del _REGISTRY["eo"]


# ── a name written whole, by its script ───────────────────────────────────────


@pytest.mark.parametrize(
    ("name", "text", "options", "written"),
    [
        ("Lima", "Talks in Limassol ended.", {}, False),
        ("Lima", "Talks in Lima ended.", {}, True),
        ("Støre", "Prime Minister Støre spoke.", {}, True),
        ("Støre", "The Størestad plant opened.", {}, False),
        ("EPA", "日・ペルーEPA交渉を歓迎した。", {}, True),  # a Latin name beside kanji
        ("PALM", "PALM11の成功に向けて", {}, False),
        ("PALM", "PALM11の成功に向けて", {"number_after": True}, True),
        ("Türkiye", "the Japan-Türkiye partnership", {}, False),
        ("Türkiye", "the Japan-Türkiye partnership", {"hyphen": True}, True),
        ("EPA", "the EPAX index", {}, False),  # not inside a longer Latin word
        ("Lee", "President Lee Jae-myung", {}, True),
        ("Lee", "the Leeward Islands", {}, False),
        ("キルギス", "キルギス共和国との関係", {}, True),  # a katakana name before kanji
        ("3M", "a 3MW solar plant", {}, False),  # a name opening with a digit is Latin
        ("3M", "the 13M fund", {}, False),
        ("3M", "talks with 3M executives", {}, True),
        ("Iasi", "the Iasiș road", {}, False),  # Latin letters beyond Latin-1
        ("タイ", "ネクタイを締めた。", {}, False),
        ("タイ", "タイ王国の首相", {}, True),
        ("日本", "日本政府は発表した。", {}, True),  # a kanji name inside its compound
        ("日本", "日本ハムの工場", {}, False),  # not run on into a katakana word
    ],
)
def test_a_name_is_written_whole_by_the_bounds_of_its_script(name, text, options, written):
    from factcheck.languages.interface import whole_name_pattern

    pattern = re.compile(whole_name_pattern(name, **options), re.IGNORECASE)
    assert bool(pattern.search(text)) is written


def test_a_dictionary_phrase_of_a_verb_and_its_grammar_is_a_word_of_its_own():
    # 欠かせ | ない is one JMdict headword, 欠かせない "indispensable; vital": the parts stay,
    # and the whole is met as the dictionary glosses it.
    from factcheck.languages.ja_morphology import _compounds

    text = "港湾の近代化には日本の技術が欠かせない旨の発言がありました。"
    assert "欠かせない" in {t.surface for t in _compounds(text)}
    assert not any(t.surface.endswith("ない旨") for t in _compounds(text))
    source = document(
        "s",
        "ja",
        "令和8年5月2日、高市総理大臣は、来日中のリンド首相と会談しました。",
        "リンド首相からは、" + text,
    )
    claim = "Lind called Japanese technology indispensable for the ports."
    result = check_one(claim, source, speaker="Lind")
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    "text",
    [
        "Ruvalo set out the port plan and President Li said aid would follow.",
        "Minister Ruvalo put forward a rail plan and Li said Norvane would back it.",
    ],
)
def test_a_verb_whose_past_is_its_own_form_is_a_predicate_after_a_name(text):
    # "Ruvalo set out": after a name, the bare form is a past tense (the present would be
    # "sets"), so the second speaker opens a part of their own.
    module = language_for("en")
    assert module is not None
    parts = [text[s:e] for s, e in module.claim_parts(text)]
    assert len(parts) == 2 and parts[1].endswith(text.split(" and ")[1]), parts


def test_a_plural_subject_and_a_names_noun_are_no_predicate():
    module = language_for("en")
    assert module is not None
    # No name before "trade": two names and a noun, one subject.
    text = "Norvane trade and President Li said tariffs would fall."
    assert len(module.claim_parts(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # A noun after a name ("visit", "aid", "lead"): their pasts are "visited", "aided",
        # "led", so the word is no past tense, and the two names stay one subject.
        "Ruvalo visit and Motegi welcomed the trip to Japan.",
        "Valdora lead negotiator Ruvalo and Motegi agreed to open talks.",
        "Norvane aid and President Li said the money had arrived.",
    ],
)
def test_a_noun_after_a_name_whose_verb_has_another_past_is_no_predicate(text):
    module = language_for("en")
    assert module is not None
    assert len(module.claim_parts(text)) == 1, module.claim_parts(text)


def test_an_adverb_between_a_name_and_a_same_form_past_keeps_it_a_predicate():
    module = language_for("en")
    assert module is not None
    text = "Motegi also set out a port plan and Li said Norvane would back it."
    assert len(module.claim_parts(text)) == 2


@pytest.mark.parametrize(
    ("sentence", "name", "act"),
    [
        (
            "Lind noted that Mr. Oskander had vowed to act, and more.",
            "Oskander",
            "had vowed to act",
        ),
        ("Lind quoted President Oskander as saying so.", "Oskander", "as saying so."),
        ("Lind sent a note from Oskander praising the crews.", "Oskander", "praising the crews."),
        (
            "Lind conveyed Oskander's invitation to Osaka and left.",
            "Oskander's",
            "invitation to Osaka",
        ),
        # A possessive names who said what is said or felt, up to the clause's own verb.
        ("Lind said Oskander's remarks there were apt.", "Oskander's", "remarks there"),
        ("Lind welcomed Oskander's visit to Osaka.", "Oskander's", None),
        ("Lind outlined Oskander's plan to open a port.", "Oskander's", "plan to open a port"),
        ("Lind praised Mr. Oskander regarding the launch.", "Oskander", None),
        ("Lind noted that Oskander told them so.", "Oskander", "told them so."),
        (
            "Lind noted that Oskander and Prime Minister Takaichi had agreed on it.",
            "Oskander",
            "and Prime Minister Takaichi had agreed on it.",
        ),
        ("Lind invited President Oskander and Mr. Berg to visit Osaka.", "Oskander", None),
        ("Lind invited President Oskander to visit Osaka.", "Oskander", None),
        ("Lind asked that President Oskander reconsider.", "Oskander", None),
        ("Lind said President Oskander should reconsider.", "Oskander", None),
        ("Lind thanked President Oskander, who had helped.", "Oskander", None),
        # A comma between a list's items does not end the act; one that ends a clause does.
        (
            "Lind noted that Oskander had proposed talks among Japan, Teskaria and Norland.",
            "Oskander",
            "had proposed talks among Japan, Teskaria and Norland.",
        ),
        (
            "Lind noted that Oskander had proposed talks, and Japan agreed.",
            "Oskander",
            "had proposed talks",
        ),
    ],
)
def test_english_reads_what_a_name_in_a_reported_clause_does(sentence, name, act):
    english = language_for("en")
    tokens = english.tokens(sentence)
    number = next(i for i, t in enumerate(tokens) if t.surface == name)
    span = english.reported_of(sentence, tokens, number, number)
    if act is None:
        assert span is None
    else:
        assert span is not None
        start, end = span
        assert sentence[tokens[start].start : tokens[end - 1].end].strip(" ,") == act.rstrip(".")


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        # からの marks what the name sends: the phrase up to its head is theirs.
        (
            "茂木大臣から、オスカンダー大統領からのリンド首相への訪問招待を伝達しました。",
            "オスカンダー大統領からのリンド首相への訪問招待",
        ),
        (
            "茂木大臣から、オスカンダー大統領からの洪水の被災者への弔意を伝えました。",
            "オスカンダー大統領からの洪水の被災者への弔意",
        ),
        # The head's other modifiers come before the name: they are part of what it sends.
        (
            "茂木大臣から、洪水の被災者に対するオスカンダー大統領からの弔意を伝えました。",
            "洪水の被災者に対するオスカンダー大統領からの弔意",
        ),
        (
            "茂木大臣から、先月の洪水へのオスカンダー大統領からの弔意を伝えました。",
            "先月の洪水へのオスカンダー大統領からの弔意",
        ),
        # A phrase ended by its own particle is the reporter's: it stops the modifiers.
        (
            "茂木大臣から、リンド首相にオスカンダー大統領からの弔意を伝えました。",
            "オスカンダー大統領からの弔意",
        ),
        # の and a relative clause: the name is the subject of its verb.
        (
            "茂木大臣から、オスカンダー大統領の提案した共同巡視について前向きに検討する旨述べました。",
            "オスカンダー大統領の提案した共同巡視",
        ),
        # が or は and the name's own clause, which 旨 reports.
        (
            "茂木大臣から、オスカンダー大統領が出席を決めた旨説明しました。",
            "オスカンダー大統領が出席を決めた",
        ),
        (
            "リンド大臣から、オスカンダー大統領は漁業協定の早期締結を強く求めている旨紹介がありました。",
            "オスカンダー大統領は漁業協定の早期締結を強く求めている",
        ),
        # A clause nested in it (a nominaliser, a second subject) is another's predicate.
        ("茂木大臣から、オスカンダー大統領が訪日することを期待する旨述べました。", None),
        ("茂木大臣から、オスカンダー大統領が出席を決めたことを歓迎しました。", None),
        # の ties the name to what is its own or done to it, not to what it says.
        ("茂木大臣から、オスカンダー大統領の改革への支持を表明しました。", None),
        ("茂木大臣から、オスカンダー大統領の早期訪日を招請しました。", None),
        # の and a noun JMdict glosses as what is said, thought or felt: the name's words.
        (
            "茂木大臣から、オスカンダー大統領の親書を手交しました。",
            "オスカンダー大統領の親書",
        ),
        # A relative clause right before the name is the name's act too.
        (
            "リンド大臣から、両国の協力の拡大を呼びかけるオスカンダー大統領の親書を手交しました。",
            "両国の協力の拡大を呼びかけるオスカンダー大統領の親書",
        ),
        # として makes what the clause conveys the message's.
        (
            "リンド大臣から、オスカンダー大統領からのメッセージとして、洪水への支援に謝意を伝えました。",
            "オスカンダー大統領からのメッセージとして、洪水への支援に謝意を伝えました",
        ),
        ("茂木大臣から、オスカンダー大統領の訪問を歓迎しました。", None),
        # A phrase tied to the head by any grammar but a case particle is part of it, and a
        # relative clause inside it brings its own arguments.
        (
            "リンド大臣から、北極海における科学協力に関するオスカンダー大統領の提案を説明しました。",
            "北極海における科学協力に関するオスカンダー大統領の提案",
        ),
        (
            "リンド大臣から、来年テスカリアで開かれる港湾会議へのオスカンダー大統領の招待を伝えました。",
            "来年テスカリアで開かれる港湾会議へのオスカンダー大統領の招待",
        ),
        # A quotation tied to the name («…とのオスカンダー大統領の発言») holds its own topic.
        (
            "リンド大臣から、テスカリアは地域の安定に貢献するとのオスカンダー大統領の発言を紹介しました。",
            "テスカリアは地域の安定に貢献するとのオスカンダー大統領の発言",
        ),
        # A relative clause after の may open with a time word, and name its head in quotes.
        (
            "リンド大臣から、オスカンダー大統領の昨年表明した脱炭素化目標について説明しました。",
            "オスカンダー大統領の昨年表明した脱炭素化目標",
        ),
        (
            "茂木大臣から、オスカンダー大統領の掲げる「開かれた海」構想を支持する旨述べました。",
            "オスカンダー大統領の掲げる「開かれた海」構想",
        ),
        # A clause that describes the name is its act, whatever the name is to the clause.
        (
            "茂木大臣から、日本の立場を支持してきたオスカンダー大統領に謝意を表明しました。",
            "日本の立場を支持してきた",
        ),
        # A middle dot joins two words of the phrase; a noun after の's head goes with it.
        (
            "リンド大臣から、オスカンダー大統領の提案した日・テスカリア科学協定の締結について説明しました。",
            "オスカンダー大統領の提案した日・テスカリア科学協定の締結",
        ),
        (
            "リンド大臣から、両国の皇室・王室交流の深化を希望するオスカンダー大統領の親書を手交しました。",
            "両国の皇室・王室交流の深化を希望するオスカンダー大統領の親書",
        ),
        # から before what is sent, whose head is what is said (no の after から).
        (
            "リンド大臣から、オスカンダー大統領から高市総理大臣宛ての親書を手交しました。",
            "オスカンダー大統領から高市総理大臣宛ての親書",
        ),
        ("茂木大臣から、オスカンダー大統領から日本への支援を歓迎しました。", None),
        # Only the nearest head after の: a phrase tied to a later noun takes the name with it.
        ("茂木大臣から、オスカンダー大統領の訪日実現への期待を表明しました。", None),
        # Unless it has a subject of its own: then the name is what it acts on.
        ("茂木大臣から、日本が招待したオスカンダー大統領に謝意を表明しました。", None),
        ("茂木大臣から、テスカリアのオスカンダー大統領に謝意を表明しました。", None),
        # A name marked as an object reads no act.
        ("茂木大臣から、オスカンダー大統領を日本に招待しました。", None),
        ("茂木大臣から、オスカンダー大統領に出席を求める旨述べました。", None),
    ],
)
def test_japanese_reads_what_a_name_in_a_reported_clause_authors(sentence, act):
    japanese = language_for("ja")
    tokens = japanese.tokens(sentence)
    # The caller gives the name with its title (termbase data): オスカンダー大統領.
    first = next(i for i, t in enumerate(tokens) if t.surface == "オスカンダー")
    span = japanese.reported_of(sentence, tokens, first, first + 1)
    if act is None:
        assert span is None
    else:
        assert span is not None
        start, end = span
        assert sentence[tokens[start].start : tokens[end - 1].end] == act


@pytest.mark.parametrize(
    ("language", "text", "word", "office"),
    [
        ("en", "King Tariq spoke.", "King", True),
        ("en", "Sultan Omar spoke.", "Sultan", True),
        ("en", "Government officials spoke.", "Government", False),
        ("en", "the king spoke.", "king", False),  # not written as a title
        ("ja", "タリク国王が述べた。", "国王", True),
        ("ja", "マルク議長が述べた。", "議長", True),
        ("ja", "カルドニア政府が述べた。", "政府", False),
    ],
)
def test_a_language_reads_which_words_name_an_office(language, text, word, office):
    module = language_for(language)
    token = next(t for t in module.tokens(text) if t.surface == word)
    assert module.names_office(token) is office
