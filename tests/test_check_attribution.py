"""Attribution: who says a sentence, in which setting, compared with what the claim says."""

from __future__ import annotations

import pytest
from pipeline_helpers import (
    TERMBASE,
    best_matches,
    check_one,
    claim,
    document,
    index_of,
    read_page,
)

from factcheck.checks.check_attribution import check_attribution
from factcheck.checks.claim_speakers import claim_speakers
from factcheck.checks.clause_choice import claim_acts
from factcheck.checks.speaker_names import _written_as_names
from factcheck.checks.title_links import TitleLinks
from factcheck.checks.who_speaks import sentence_speakers
from factcheck.languages import language_for
from factcheck.model import ClaimResult, Document, SourceKind, Verdict
from factcheck.text.clauses import split_clauses
from factcheck.thresholds import ATTRIBUTED_CONTENT_SHARE

REMARKS = document(
    "u",
    "ja",
    "【記者】トランプ大統領との電話会談はいかがでしたか。",
    "【高市総理】先ほど、トランプ大統領と電話会談を行いました。",
    "【高市総理】大統領からは、安倍元総理との思い出についてのお話がありました。",
    "【高市総理】とても快活で楽しい方だという印象を持ちました。",
)
READOUT = document(
    "v",
    "en",
    "Prime Minister Takaichi stated that the alliance is the top priority.",
    "President Trump congratulated Prime Minister Takaichi.",
    "The two leaders confirmed that they would meet in person.",
)


def speakers_of(index, source, number):
    return sentence_speakers(index.entry(source, number), TERMBASE, TitleLinks(index))


def test_transcript_labels_and_reported_speakers():
    index = index_of(s=REMARKS)
    assert speakers_of(index, "s", 0).names == {"reporter"}
    assert "takaichi" in speakers_of(index, "s", 1).persons
    # 「大統領からは」 inside Takaichi's answer: the President spoke, resolved through the
    # same source, where 大統領 stands next to トランプ.
    reported = speakers_of(index, "s", 2)
    assert reported.persons == {"trump"}
    assert "Trump" in reported.text


def test_a_subject_inside_a_clause_made_a_noun_is_no_speaker():
    # In Venner's turn, 茂木大臣が is the subject of 表明された, which …ことを makes the object
    # of Venner's own 歓迎します: the sentence stays Venner's; a sentence that opens with its
    # speaker and a verb of speech is still that speaker's.
    index = index_of(
        s=document(
            "s",
            "ja",
            "【ヴェナー外務大臣】茂木大臣が、100名の研修員を受け入れると表明されたことを歓迎します。",
            "【ヴェナー外務大臣】茂木大臣が、研修員を受け入れる旨述べました。",
        )
    )
    assert speakers_of(index, "s", 0).names == {"ヴェナー"}
    assert speakers_of(index, "s", 1).names == {"茂木"}


def test_readout_speakers_in_english():
    index = index_of(s=READOUT)
    assert "takaichi" in speakers_of(index, "s", 0).persons
    assert "trump" in speakers_of(index, "s", 1).persons
    assert speakers_of(index, "s", 2).both


MINISTERS_EN = document(
    "m",
    "en",
    "Minister Motegi held a foreign ministers' meeting with Minister Aldana.",
    "The two ministers confirmed that they would strengthen cooperation on water purification.",
)
MINISTERS_JA = document(
    "n",
    "ja",
    "茂木外務大臣は、アルダナ外務大臣と外相会談を行いました。",
    "両外相は、浄水分野での協力を強化していくことを確認しました。",
)


@pytest.mark.parametrize("source", [MINISTERS_EN, MINISTERS_JA])
def test_the_two_ministers_are_both_sides_not_a_name(source):
    # "The two ministers" / 両外相 speak for both sides, as "the two leaders" do: "ministers"
    # is no person's name, and a claim that gives the act to both countries agrees.
    index = index_of(s=source)
    speakers = speakers_of(index, "s", 1)
    assert speakers.both and not speakers.names
    joint = claim_speakers(claim("Japan and South Africa agreed to work together."), "en", TERMBASE)
    assert joint is not None and joint.compatible(speakers)


def test_claim_speaker_from_its_field_or_its_opening():
    assert claim_speakers(claim("x", speaker="Takaichi"), "en", TERMBASE).persons == {"takaichi"}
    inferred = claim_speakers(claim("President Trump said the visit was fruitful."), "en", TERMBASE)
    assert inferred is not None and "trump" in inferred.persons
    assert claim_speakers(claim("The two leaders agreed to meet."), "en", TERMBASE).both
    assert claim_speakers(claim("Both governments agreed to meet."), "en", TERMBASE).both
    assert claim_speakers(claim("The visit was fruitful."), "en", TERMBASE) is None


def test_a_courtesy_call_is_no_one_s_words():
    # "called on X" is a visit unless it goes on to what X is asked to do.
    visit = claim("Cook Islands Prime Minister Mark Brown called on Takaichi for 25 minutes.")
    assert claim_speakers(visit, "en", TERMBASE) is None
    urged = claim_speakers(claim("Brown called on Japan to lift the ban."), "en", TERMBASE)
    assert urged is not None and urged.text == "Brown"
    asked = claim_speakers(claim("Brown called for restraint in the region."), "en", TERMBASE)
    assert asked is not None and asked.text == "Brown"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Japan on Thursday pledged grant aid for the port.", "Japan"),
        ("Lind last week announced a loan for the port.", "Lind"),
        ("Lind on March 3 said the port would open.", "Lind"),
        ("On Thursday, Lind said the port would open.", "Lind"),
        # A date a preposition opens before the subject, with no comma after it.
        ("On Thursday the two ministers stressed the port's importance.", "the two ministers"),
        ("On March 3 Lind said the port would open.", "Lind"),
        # A name that is a date's word, with no grammar word leading into it, stays a name.
        ("President Monday said the port would open.", "President Monday"),
    ],
)
def test_the_date_a_claim_s_speaker_runs_into_is_no_part_of_it(text, who):
    found = claim_speakers(claim(text), "en", TERMBASE)
    assert found is not None and found.text == who


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        # A date inside a noun phrase, or one that goes on, is not cut off on its own.
        ("At a May 3 press conference Motegi said the port would open.", "press conference"),
        ("On May 6 and 7 the ministers said the port would open.", "and 7"),
    ],
)
def test_a_date_that_opens_no_subject_is_not_cut_from_the_speaker(text, cut):
    found = claim_speakers(claim(text), "en", TERMBASE)
    assert found is None or not found.text.startswith(cut), found


def test_another_speaker_is_a_mismatch_and_one_of_both_leaders_is_not():
    index = index_of(s=READOUT)
    links = TitleLinks(index)
    entry = index.entry("s", 2)
    as_takaichi = claim("Takaichi said they would meet.", speaker="Takaichi")
    check = check_attribution(
        as_takaichi,
        claim_speakers(as_takaichi, "en", TERMBASE),
        entry,
        SourceKind.READOUT,
        TERMBASE,
        links,
    )
    assert check is not None and not check.differs  # she is one of the two leaders
    by_trump = index.entry("s", 1)
    check = check_attribution(
        as_takaichi,
        claim_speakers(as_takaichi, "en", TERMBASE),
        by_trump,
        SourceKind.READOUT,
        TERMBASE,
        links,
    )
    assert check is not None and check.speaker_differs
    assert "Trump" in check.describe()


def test_setting_differs_only_when_the_claim_gives_one():
    index = index_of(s=REMARKS)
    entry = index.entry("s", 3)
    placed = claim("In the call, Takaichi said he was cheerful.", setting=SourceKind.READOUT)
    check = check_attribution(
        placed, None, entry, SourceKind.PRESS_REMARKS, TERMBASE, TitleLinks(index)
    )
    assert check is not None and check.setting_differs and not check.speaker_differs
    assert "remarks to the press" in check.describe()
    unplaced = claim("Takaichi said he was cheerful.")
    assert (
        check_attribution(
            unplaced, None, entry, SourceKind.PRESS_REMARKS, TERMBASE, TitleLinks(index)
        )
        is None
    )


# ── two speakers in one sentence ──────────────────────────────────────────────

TWO_SPEAKERS = {
    "ja": document(
        "w",
        "ja",
        "令和7年10月28日、高市総理大臣は、東京でトランプ大統領と日米首脳会談を行いました。",
        "高市総理から、日米同盟の強化は最重要事項である旨述べ、トランプ大統領からも、"
        "拉致問題の早期解決に向けて全面的に協力する旨の発言がありました。",
    ),
    "en": document(
        "x",
        "en",
        "On October 28, 2025, Prime Minister Takaichi held a summit meeting with President "
        "Trump in Tokyo.",
        "Prime Minister Takaichi stated that strengthening the Japan-U.S. Alliance is the top "
        "priority, and President Trump added that he would fully cooperate toward an early "
        "resolution of the abduction issue.",
    ),
}
SECOND_CLAUSE = "he would fully cooperate toward an early resolution of the abduction issue."
FIRST_CLAUSE = "strengthening the Japan-U.S. Alliance is the top priority."


def verdict_of(text: str, speaker: str, source_language: str):
    from factcheck.model import Article, Claim, ClaimFile, SourceOutcome, SourceSpec
    from factcheck.verify import check_claims

    spec = SourceSpec(
        "s", "https://example.invalid/", language=source_language, kind=SourceKind.READOUT
    )
    claim_file = ClaimFile(
        "c.yaml",
        Article("t"),
        (spec,),
        (Claim("c", text, ("s",), speaker=speaker),),
    )
    outcome = SourceOutcome(spec, document=TWO_SPEAKERS[source_language])
    (result,) = check_claims(claim_file, (outcome,), TERMBASE)
    return result


@pytest.mark.parametrize("source_language", ["ja", "en"])
def test_the_second_speakers_clause_is_not_given_to_the_first(source_language):
    result = verdict_of(f"Trump said {SECOND_CLAUSE}", "Trump", source_language)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    # The report shows the clause that carries the statement.
    assert any(
        "clause «" in d and ("トランプ" in d or "President Trump" in d) for d in result.details
    )


@pytest.mark.parametrize("source_language", ["ja", "en"])
def test_the_first_speakers_clause_stays_hers(source_language):
    result = verdict_of(f"Takaichi said {FIRST_CLAUSE}", "Takaichi", source_language)
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize("source_language", ["ja", "en"])
def test_the_second_clause_in_the_first_speakers_mouth_is_misattributed(source_language):
    result = verdict_of(f"Takaichi said {SECOND_CLAUSE}", "Takaichi", source_language)
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason
    assert "Trump" in result.reason or "トランプ" in result.reason


def test_an_author_named_in_a_source_sentence_is_not_its_speaker():
    index = index_of(
        s=document(
            "y",
            "en",
            "The vision proposed by the late Prime Minister Abe was praised by both leaders.",
        )
    )
    assert speakers_of(index, "s", 0) is None
    credited = claim("The vision proposed by Mr. Abe was praised by both leaders.")
    assert claim_speakers(credited, "en", TERMBASE) is None


def test_a_japanese_claim_names_its_speaker_in_its_text_or_in_english():
    said = claim_speakers(
        claim("李大統領は会談で、シャトル外交を続けていきたいと述べた。"), "ja", TERMBASE
    )
    assert said is not None and said.persons == {"lee-jae-myung"}
    # `speaker:` is written in English, also for a claim in Japanese.
    given = claim_speakers(claim("…と述べた。", speaker="Lee Jae-myung"), "ja", TERMBASE)
    assert given is not None and given.persons == {"lee-jae-myung"}


def test_the_clause_is_chosen_by_the_words_a_claim_meets_across_languages():
    # The English claim meets 港湾 / 整備 / 協力 of the first clause through JMdict; the second
    # speaker, named only in katakana, said something else.
    source = document(
        "r",
        "ja",
        "令和9年5月1日、高市総理大臣は、来日中のハルバート首相と首脳会談を行いました。",
        "高市総理から、港湾の整備に向けた協力を進めたい旨述べ、ハルバート首相からも、"
        "文化交流の拡大を歓迎する旨の発言がありました。",
    )
    swapped = check_one(
        "Halbert said he wanted to advance cooperation on port development.", source
    )
    assert swapped.verdict is Verdict.MISATTRIBUTED, swapped.reason
    right = check_one("Halbert welcomed the expansion of cultural exchanges.", source)
    assert right.verdict is not Verdict.MISATTRIBUTED, right.reason


def test_a_name_the_lexicon_glosses_does_not_choose_the_clause():
    # "told Cuba": キューバ is a country in JMdict and the second speaker's name here. The
    # statement (pupils learning Japanese at Uruguayan high schools) is the first clause's.
    source = document(
        "p",
        "ja",
        "高市総理から、ウルグアイの高校で日本語を学ぶ生徒が増えていることを歓迎する旨述べ、"
        "キューバ大統領からも、スポーツ交流を一層促進したい旨の発言がありました。",
    )
    result = check_one(
        "Takaichi told Cuba she was glad that more pupils at high schools were learning Japanese.",
        source,
    )
    assert result.verdict is not Verdict.MISATTRIBUTED, result.reason


# ── who a clause is about, joint subjects ─────────────────────────────────────


@pytest.mark.parametrize(
    "source",
    [
        document(
            "h",
            "ja",
            "令和9年5月1日、高市総理大臣は、来日中のハルバート首相と首脳会談を行いました。",
            "冒頭、ハルバート首相から、高市総理のノルランド訪問を心から歓迎し、両国関係の節目と"
            "なる旨述べ、高市総理からは、手厚い歓迎への感謝を伝えました。",
        ),
        document(
            "h",
            "en",
            "On May 1, 2027, Prime Minister Takaichi held a summit meeting with Prime Minister "
            "Halbert.",
            "At the outset, Prime Minister Halbert welcomed the visit of Prime Minister Takaichi "
            "to Norland as a milestone in relations, and Prime Minister Takaichi thanked him for "
            "the generous welcome.",
        ),
    ],
)
def test_a_person_the_claim_speaks_of_places_it_in_the_clause_about_her(source):
    # Both clauses speak of a welcome; the claim's "Takaichi's visit" is what the first
    # clause is about, and the second clause only opens with her name as its speaker.
    welcomed = check_one(
        "Halbert warmly welcomed Takaichi's visit to Norland.", source, speaker="Halbert"
    )
    assert welcomed.verdict is not Verdict.MISATTRIBUTED, welcomed.reason
    swapped = check_one(
        "Takaichi warmly welcomed Halbert's visit to Norland.", source, speaker="Takaichi"
    )
    assert swapped.verdict is not Verdict.SUPPORTED, swapped.reason


@pytest.mark.parametrize(
    ("text", "language", "both"),
    [
        ("Japan and South Africa agreed to deepen cooperation on minerals.", "en", True),
        ("Prime Minister Takaichi and President Trump agreed to meet again.", "en", True),
        ("高市総理とトランプ大統領は、協力していくと表明した。", "ja", True),
        # Names the termbase lacks count where the language writes them as names.
        ("Okafor and Lindqvist agreed to reopen the port.", "en", True),
        ("Okafor and lindqvist agreed to reopen the port.", "en", False),
        ("Takaichi, in talks with Trump, said the alliance mattered.", "en", False),
        ("Takaichi on Tuesday said the alliance mattered.", "en", False),
        ("Prime Minister Takaichi said the alliance mattered.", "en", False),
        ("高市総理は、トランプ大統領との会談で、協力していくと述べた。", "ja", False),
    ],
)
def test_a_subject_naming_two_parties_is_joint(text, language, both):
    found = claim_speakers(claim(text), language, TERMBASE)
    assert found is not None and found.both is both


JOINT = {
    "en": document(
        "j",
        "en",
        "On May 1, 2027, Minister Motegi held a foreign ministers' meeting with Minister Aldana "
        "of Uruguay.",
        "The two ministers confirmed that they would strengthen cooperation on livestock such "
        "as cattle.",
        "Minister Aldana stated that Uruguay would host a trade fair on forestry.",
    ),
    "ja": document(
        "j",
        "ja",
        "令和9年5月1日、茂木外務大臣は、アルダナ・ウルグアイ外務大臣と外相会談を行いました。",
        "両外相は、牛などの家畜に関する協力を強化していくことを確認しました。",
        "アルダナ大臣から、ウルグアイが林業の見本市を開催する旨の発言がありました。",
    ),
}


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_joint_subject_meets_the_two_ministers_but_not_a_third_party(language):
    source = JOINT[language]
    joint = check_one(
        "Japan and Uruguay agreed to strengthen cooperation on livestock such as cattle.",
        source,
    )
    assert joint.verdict is not Verdict.MISATTRIBUTED, joint.reason
    named = check_one(
        "Motegi and Aldana agreed to strengthen cooperation on livestock such as cattle.",
        source,
    )
    assert named.verdict is not Verdict.MISATTRIBUTED, named.reason
    # A joint subject that names its parties meets a clause by one of them.
    one = check_one("Motegi and Aldana said Uruguay would host a trade fair on forestry.", source)
    assert one.verdict is not Verdict.MISATTRIBUTED, one.reason
    third = check_one(
        "Takaichi and Trump said Uruguay would host a trade fair on forestry.", source
    )
    assert third.verdict is Verdict.MISATTRIBUTED, third.reason


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_passive_first_clause_hands_over_to_the_second_speaker(language):
    source = {
        "ja": document(
            "p",
            "ja",
            "令和9年5月1日、高市総理大臣は、ハルバート首相と電話会談を行いました。",
            "ハルバート首相から、これまでの日本の支援に対する謝意が述べられ、高市総理からは、"
            "港湾の整備への支援を続けていく旨述べました。",
        ),
        "en": document(
            "p",
            "en",
            "On May 1, 2027, Prime Minister Takaichi held a telephone call with Prime Minister "
            "Halbert.",
            "Prime Minister Halbert's gratitude for Japan's support was expressed, and Prime "
            "Minister Takaichi stated that Japan would keep supporting the development of ports.",
        ),
    }[language]
    right = check_one(
        "Takaichi said Japan would keep supporting the development of ports.",
        source,
        speaker="Takaichi",
    )
    assert right.verdict is not Verdict.MISATTRIBUTED, right.reason
    swapped = check_one(
        "Halbert said Japan would keep supporting the development of ports.",
        source,
        speaker="Halbert",
    )
    assert swapped.verdict is Verdict.MISATTRIBUTED, swapped.reason


@pytest.mark.parametrize(
    ("label", "sentence"),
    [
        ("【高市総理】", "大統領は首脳会談の成果を語られ、大変満足しているとおっしゃいました。"),
        ("【PRIME MINISTER TAKAICHI】", "The President said that he was pleased with the talks."),
    ],
)
def test_words_a_transcript_reports_of_another_person_are_that_persons(label, sentence):
    # Under Takaichi's label, a sentence whose subject says something gives those words to
    # its subject: 大統領 (= Trump, named next to the title in the same source).
    language = "ja" if label == "【高市総理】" else "en"
    opening = {
        "ja": "【高市総理】先ほど、トランプ大統領と電話会談を行いました。",
        "en": "【PRIME MINISTER TAKAICHI】I just spoke with President Trump on the phone.",
    }[language]
    index = index_of(s=document("t", language, opening, label + sentence))
    said = speakers_of(index, "s", 1)
    assert said is not None and said.persons == {"trump"}, said


def test_a_numbered_point_of_the_two_ministers_is_theirs():
    # MOFA's English readouts number their points: "3. The two ministers …" is a joint act,
    # the number no part of who acted.
    source = document(
        "n",
        "en",
        "On May 3, 2026, Foreign Minister Motegi held a meeting with Foreign Minister Dlamini "
        "in Tokyo.",
        "3. The two ministers agreed to expand student exchanges, including through a grant "
        "program for engineering students.",
    )
    result = check_one(
        "The two ministers agreed to expand student exchanges, including a grant program for "
        "engineering students.",
        source,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


# ── the clause that carries the claim, across the matched passage ─────────────

PASSAGE = {
    "ja": document(
        "q",
        "ja",
        "令和9年5月1日、高市総理大臣は、来日中のハルバート首相と首脳会談を行いました。",
        "両首脳は、気象観測を含む防災分野の協力を強化することで一致し、高市総理から、"
        "測量船1隻の供与について調整中である旨説明しました。",
        "ハルバート首相から、地方の学校における日本の教員ボランティアの活動に謝意が示され、"
        "両首脳は、教育分野での協力を続けていくことを確認しました。",
    ),
    "en": document(
        "q",
        "en",
        "On May 1, 2027, Prime Minister Takaichi held a summit meeting with Prime Minister "
        "Halbert, who is visiting Japan.",
        "The two leaders agreed to strengthen cooperation on disaster risk reduction including "
        "weather observation, and Prime Minister Takaichi explained that arrangements were "
        "under way to provide a survey ship.",
        "Prime Minister Halbert thanked the Japanese volunteer teachers working at rural "
        "schools, and the two leaders confirmed that they would continue cooperation in "
        "education.",
    ),
}
PATROL_FORMS = {"ja": ("測量船", "供与", "調整"), "en": ("survey", "provide", "arrangements")}


def _passage_match(language, sentence, context, forms, missing=()):
    """A match of the claim on `sentence` with its neighbours `context`, covering one word
    anchor per form (each of weight 1), and `missing` anchors it lacks."""
    from factcheck.model import Anchor, AnchorKind, Match

    words = [Anchor(AnchorKind.WORD, f"w{i}", f"w{i}", weight=1.0) for i in range(len(forms))]
    lacking = tuple(Anchor(AnchorKind.WORD, m, m, weight=w) for m, w in missing)
    return Match(
        "s",
        sentence,
        50.0,
        0.0,
        0.8,
        covered=tuple(words),
        source_forms=tuple(forms),
        missing=lacking,
        context=tuple(context),
    )


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_clause_is_sought_in_the_neighbour_sentence_of_the_passage(language):
    # The match is the third sentence with the second as its neighbour: what the claim says
    # (the survey ship) is the second sentence's last clause, Takaichi's; the third
    # sentence's first clause is Halbert's thanks. Her clause is the one compared.
    source = PASSAGE[language]
    index = index_of(s=source)
    links = TitleLinks(index)
    third, second = index.entry("s", 2), index.entry("s", 1)
    match = _passage_match(
        language, source.sentences[2], (source.sentences[1],), PATROL_FORMS[language]
    )
    checks = {}
    for who in ("Takaichi", "Halbert"):
        told = claim(f"{who} said a survey ship would be provided.", speaker=who)
        speakers = claim_speakers(told, "en", TERMBASE)
        checks[who] = check_attribution(
            told,
            speakers,
            third,
            SourceKind.READOUT,
            TERMBASE,
            links,
            match,
            (second,),
            "en",
        )
    right, swapped = checks["Takaichi"], checks["Halbert"]
    assert right is not None and not right.speaker_differs, right.describe()
    assert swapped is not None and swapped.speaker_differs, swapped.describe()
    # The report names the clause, in the sentence that holds it.
    assert swapped.sentence_index == 1
    assert PATROL_FORMS[language][0] in swapped.clause
    assert ("Halbert" in swapped.clause or "ハルバート" in swapped.clause) is False


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_correct_claim_in_the_neighbours_second_clause_is_not_misattributed(language):
    # Through the pipeline: the claim matches the passage of the last two sentences.
    source = PASSAGE[language]
    right = check_one(
        "Takaichi told Halbert that Japan was making arrangements to provide a survey ship.",
        source,
        speaker="Takaichi",
    )
    assert right.verdict is not Verdict.MISATTRIBUTED, right.reason
    swapped = check_one(
        "Halbert said arrangements were being made for Japan to provide a survey ship.",
        source,
        speaker="Halbert",
    )
    assert swapped.verdict is Verdict.MISATTRIBUTED, swapped.reason
    assert "survey" in swapped.reason or "測量船" in swapped.reason


LONE = {
    "ja": document(
        "r",
        "ja",
        "令和9年5月1日、高市総理大臣は、来日中のハルバート首相と首脳会談を行いました。",
        "高市総理から、両国は長年の学術交流に支えられた特別な関係にある旨述べました。",
    ),
    "en": document(
        "r",
        "en",
        "On May 1, 2027, Prime Minister Takaichi held a summit meeting with Prime Minister "
        "Halbert.",
        "Prime Minister Takaichi stated that the special relationship rested on many years of "
        "academic exchanges.",
    ),
}


@pytest.mark.parametrize("language", ["en", "ja"])
def test_attribution_speaks_only_once_the_claims_content_is_covered(language):
    # "The two prime ministers agreed to promote rugby exchanges": the only clause shares
    # "exchanges" with the claim, and the rest of what it says (rugby, promote) is nowhere.
    # Who said that clause says nothing about who said the claim; when the clause carries
    # the claim's content, a joint claim against one leader's clause is misattributed.
    source = LONE[language]
    index = index_of(s=source)
    entry = index.entry("s", 1)
    exchanges = "交流" if language == "ja" else "exchanges"
    joint = claim("The two prime ministers agreed to promote rugby exchanges.")
    speakers = claim_speakers(joint, "en", TERMBASE)
    assert speakers is not None and speakers.both
    # The clause carries half the share the threshold asks of the claim's content.
    rest = 2 / ATTRIBUTED_CONTENT_SHARE - 1
    stray = _passage_match(
        language, source.sentences[1], (), (exchanges,), (("rugby", rest - 1), ("promote", 1.0))
    )
    check = check_attribution(
        joint, speakers, entry, SourceKind.READOUT, TERMBASE, TitleLinks(index), stray, (), "en"
    )
    assert check is not None and not check.speaker_differs, check.describe()
    special = "特別な関係" if language == "ja" else "special relationship"
    carried = _passage_match(language, source.sentences[1], (), (exchanges, special))
    check = check_attribution(
        joint, speakers, entry, SourceKind.READOUT, TERMBASE, TitleLinks(index), carried, (), "en"
    )
    assert check is not None and check.speaker_differs, check.describe()


def test_a_passage_sharing_only_its_frame_neither_misattributes_nor_covers_in_part():
    # Another speaker's clause is the nearest passage, and it shares with the claim only its
    # frame (AttributionCheck.frame_only): the claim is not found, not misattributed and not
    # partly supported. When the clause carries the claim's content, the different speaker
    # makes it misattributed.
    import dataclasses

    from factcheck.checks.check_attribution import AttributionCheck
    from factcheck.checks.decide import Signals, decide_verdict
    from factcheck.checks.speaker_set import Speakers

    source = LONE["en"]
    index = index_of(s=source)
    text = "The two prime ministers agreed to promote rugby exchanges."
    (part,) = best_matches(text, index)
    assert part.matches
    partial = dataclasses.replace(
        part, matches=(dataclasses.replace(part.matches[0], coverage=0.45, wording=0.0),)
    )
    takaichi = Speakers("Prime Minister Takaichi", frozenset({"takaichi"}))
    joint = Speakers("The two prime ministers", frozenset(), both=True)

    def verdict(frame_only: bool) -> Verdict:
        check = AttributionCheck(
            "s",
            1,
            takaichi,
            SourceKind.READOUT,
            joint,
            None,
            not frame_only,
            False,
            "",
            frame_only,
        )
        signals = Signals(attributions=(check,))
        return decide_verdict(claim(text), [partial], {}, signals).verdict

    assert verdict(frame_only=True) is Verdict.NOT_FOUND
    assert verdict(frame_only=False) is Verdict.MISATTRIBUTED


CONTINUED = {
    "ja": document(
        "c",
        "ja",
        "令和9年5月1日、高市総理大臣は、来日中のハルバート・ノルランド首相と首脳会談を行いました。",
        "高市総理から、東部オストマルク州における銅製錬事業は日本のサプライチェーンにとって"
        "重要である旨述べ、ハルバート首相からも、同事業の予定どおりの稼働に向け、技術者の育成に"
        "最大限努める旨の発言がありました。",
    ),
    "en": document(
        "c",
        "en",
        "On May 1, 2027, Prime Minister Takaichi held a summit meeting with Prime Minister "
        "Halbert of Norland.",
        "Prime Minister Takaichi stated that the copper smelter project in the eastern "
        "province of Ostmark was important for Japan's supply chains, and Prime Minister "
        "Halbert also stated that Norland would do its utmost to train engineers so that the "
        "project could start on schedule.",
    ),
}


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_swap_onto_a_clause_that_continues_the_topic_is_judged_on_what_is_said(language):
    # The first clause names the topic (the project in Ostmark); the second speaker's
    # clause («Yからも、同事業の…», "Y also stated … the project") speaks to it by reference.
    # The name is both clauses', so what the claim says of the project places it.
    source = CONTINUED[language]
    grid = (
        "{} vowed to make the utmost efforts to train engineers so that the copper smelter "
        "project in Ostmark could start operating on schedule."
    )
    right = check_one(grid.format("Halbert"), source, speaker="Halbert")
    assert right.verdict is not Verdict.MISATTRIBUTED, right.reason
    swapped = check_one(grid.format("Takaichi"), source, speaker="Takaichi")
    assert swapped.verdict is Verdict.MISATTRIBUTED, swapped.reason
    # What the first clause says of the topic stays the first speaker's.
    security = (
        "{} said the copper smelter project in Ostmark was important for Japan's supply chains."
    )
    first = check_one(security.format("Takaichi"), source, speaker="Takaichi")
    assert first.verdict is not Verdict.MISATTRIBUTED, first.reason
    moved = check_one(security.format("Halbert"), source, speaker="Halbert")
    assert moved.verdict is Verdict.MISATTRIBUTED, moved.reason


# ── a surname wins over a title ───────────────────────────────────────────────

HOST_AND_PREMIER = document(
    "p",
    "en",
    "On May 3, Prime Minister Takaichi held a summit meeting with Premier Li Wei of Qarland "
    "in Tokyo.",
    "Premier Li stated that Qarland would expand its imports of Japanese rice.",
    "The Premier stated that Qarland would open a consulate in Sapporo.",
    "The Prime Minister stated that Japan would send a trade mission to Qarland.",
)
RICE = "{} said Qarland would expand its imports of Japanese rice."


def test_a_surname_after_a_title_names_that_person_not_the_titles_other_holder():
    # "premier" is one of the words the termbase gives the prime minister's title; the
    # surname after it (two letters: Li) names the speaker, not the host prime minister.
    index = index_of(s=HOST_AND_PREMIER)
    speakers = speakers_of(index, "s", 1)
    assert speakers.names == {"li"} and not speakers.persons
    right = check_one(RICE.format("Li"), HOST_AND_PREMIER, speaker="Li")
    assert right.verdict is Verdict.SUPPORTED, right.reason
    swapped = check_one(RICE.format("Takaichi"), HOST_AND_PREMIER, speaker="Takaichi")
    assert swapped.verdict is Verdict.MISATTRIBUTED, swapped.reason
    assert "Premier Li" in swapped.reason


def test_a_bare_title_stands_for_the_one_holder_its_wording_has_in_the_source():
    index = index_of(s=HOST_AND_PREMIER)
    # "The Premier": the page writes "Premier" only before Li Wei, a name the termbase lacks.
    premier = speakers_of(index, "s", 2)
    assert premier.names == {"li", "wei"} and not premier.persons
    assert "Li Wei" in premier.text
    # "The Prime Minister": written only before Takaichi.
    assert speakers_of(index, "s", 3).persons == {"takaichi"}


def test_a_bare_title_two_people_hold_in_the_source_names_neither():
    source = document(
        "q",
        "en",
        "Prime Minister Takaichi held a summit meeting with Prime Minister Aldren of Qarland.",
        "The Prime Minister stated that the two countries share fundamental values.",
    )
    index = index_of(s=source)
    speakers = speakers_of(index, "s", 1)
    assert not speakers.persons and not speakers.names
    # Nobody to compare with: a claim giving it to either is not misattributed.
    for who in ("Takaichi", "Aldren"):
        result = check_one(
            f"{who} said the two countries share fundamental values.", source, speaker=who
        )
        assert result.verdict is not Verdict.MISATTRIBUTED, result.reason


# ── a sentence is not a speaker ───────────────────────────────────────────────

OPENING_STATEMENT = document(
    "o",
    "en",
    "Prime Minister Takaichi held a summit meeting with President Ruvalo of Qarland.",
    "【Prime Minister Takaichi】We regard Qarland as a dependable partner in meeting shared "
    "challenges.",
    "【Prime Minister Takaichi】President Ruvalo shared his view that trade should grow.",
)
PARTNER = "{} said she regards Qarland as a dependable partner in meeting shared challenges."


def test_a_sentence_under_a_speaker_header_keeps_the_header_speaker():
    # "shared" is an adjective here, not a reporting verb: what stands before it is a
    # stretch of the sentence, not a speaker, and the header's speaker holds.
    index = index_of(s=OPENING_STATEMENT)
    assert speakers_of(index, "s", 1).persons == {"takaichi"}
    right = check_one(PARTNER.format("Takaichi"), OPENING_STATEMENT, speaker="Takaichi")
    assert right.verdict is Verdict.SUPPORTED, right.reason
    swapped = check_one(PARTNER.format("Ruvalo"), OPENING_STATEMENT, speaker="Ruvalo")
    assert swapped.verdict is Verdict.MISATTRIBUTED, swapped.reason
    assert "Prime Minister Takaichi" in swapped.reason


def test_a_named_speaker_reported_under_a_header_is_still_that_speaker():
    # A name before the same word ("President Ruvalo shared …") is a speaker.
    index = index_of(s=OPENING_STATEMENT)
    assert speakers_of(index, "s", 2).names == {"ruvalo"}


# ── a reaction to another party's act ─────────────────────────────────────────

REACTION = {
    "en": document(
        "r",
        "en",
        "Prime Minister Takaichi held a summit meeting with President Ruvalo of Qarland.",
        "President Ruvalo stated that Qarland had decided to lift its import restrictions on "
        "Japanese seafood.",
        "Prime Minister Takaichi welcomed this.",
        "The two leaders agreed to hold a dialogue on energy.",
    ),
    "ja": document(
        "r",
        "ja",
        "高市総理大臣は、ルヴァロ・カーランド大統領と首脳会談を行いました。",
        "ルヴァロ大統領から、カーランドが日本産水産物の輸入規制を撤廃することを決定した旨説明"
        "があり、高市総理から、これを歓迎する旨述べました。",
        "両首脳は、エネルギー分野での対話を開始することで一致しました。",
    ),
}
LIFTED = "Takaichi welcomed Qarland's decision to lift its import restrictions on Japanese seafood."


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_reaction_is_checked_on_the_reacting_speaker_not_on_the_content(language):
    result = check_one(LIFTED, REACTION[language], speaker="Takaichi")
    assert result.verdict is not Verdict.MISATTRIBUTED, result.reason
    assert any(
        "attribution agrees" in d and ("Takaichi" in d or "高市" in d) for d in result.details
    ), result.details


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_content_without_a_reaction_stays_the_other_speakers(language):
    # The claim gives Ruvalo's statement to Takaichi as her own words: no reaction to save it.
    said = "Takaichi said Qarland had decided to lift its import restrictions on Japanese seafood."
    result = check_one(said, REACTION[language], speaker="Takaichi")
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


def test_a_reaction_the_claimed_speaker_never_made_stays_misattributed():
    # The only reaction near the content is Ruvalo's own, to something else.
    source = document(
        "r",
        "en",
        "Prime Minister Takaichi held a summit meeting with President Ruvalo of Qarland.",
        "President Ruvalo stated that Qarland had decided to lift its import restrictions on "
        "Japanese seafood.",
        "President Ruvalo welcomed Japanese investment in Qarland's ports.",
    )
    result = check_one(LIFTED, source, speaker="Takaichi")
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


# ── an endorsement of the other party's point ─────────────────────────────────

ENDORSED = {
    "en": document(
        "e",
        "en",
        "Minister Motegi held a foreign ministers' meeting with Minister Halvar of Norland.",
        "Minister Motegi proposed holding a business forum on the reconstruction of Ukraine in "
        "Vestby this autumn.",
        "Minister Halvar expressed his support for Minister Motegi's proposal.",
        "Minister Halvar explained that Norland will double its grants for Ukraine's power grid.",
        "Minister Motegi expressed his gratitude for the warm welcome.",
    ),
    "ja": document(
        "e",
        "ja",
        "茂木外務大臣は、ハルヴァル・ノーランド外務大臣と外相会談を行いました。",
        "茂木大臣から、本年秋にヴェストビーでウクライナ復興に関するビジネスフォーラムを開催する"
        "ことを提案し、ハルヴァル大臣もこれに賛同しました。",
        "ハルヴァル大臣から、ノーランドはウクライナの送電網への無償資金協力を倍増する旨説明があり、"
        "茂木大臣から、温かい歓迎に謝意を述べました。",
    ),
}


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize(
    "text",
    [
        "Halvar backed Motegi's proposal for a business forum on rebuilding Ukraine in Vestby "
        "this autumn.",
        "Halvar expressed support for Motegi's proposal to hold a business forum on the "
        "reconstruction of Ukraine in Vestby this autumn.",
    ],
)
def test_an_endorsement_is_the_endorsers_though_the_content_is_the_proposers(language, text):
    # The proposal is Motegi's clause; Halvar's own clause (the next sentence, or the second
    # clause of the same one) endorses it, and that is what the claim reports.
    result = check_one(text, ENDORSED[language], speaker="Halvar")
    assert result.verdict is not Verdict.MISATTRIBUTED, result.reason
    assert any("attribution agrees" in d for d in result.details), result.details


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_proposal_an_endorser_backed_is_not_the_endorsers(language):
    # Halvar endorsed the forum; proposing it was Motegi's act.
    said = (
        "Halvar proposed holding a business forum on the reconstruction of Ukraine in Vestby "
        "this autumn."
    )
    result = check_one(said, ENDORSED[language], speaker="Halvar")
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


def test_thanks_for_something_else_are_no_endorsement():
    # Motegi endorsed nothing: his only answer near Halvar's grants is thanks for the welcome.
    said = "Motegi backed Norland's plan to double its grants for Ukraine's power grid."
    result = check_one(said, ENDORSED["en"], speaker="Motegi")
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


def test_a_part_elaborating_an_endorsement_is_the_endorsers_too():
    source = document(
        "e",
        "en",
        "Minister Motegi held a foreign ministers' meeting with Minister Halvar of Norland.",
        "Minister Motegi explained Japan's position on North Korea, including its nuclear and "
        "missile activities and the abductions issue, and Minister Halvar expressed his "
        "support for Japan's position.",
    )
    # The part after "including" names only what Motegi explained; the act it elaborates,
    # in the part before it, is Halvar's support. (The source says "position" where the
    # claim says "stance", so the first part is judged on its own words; the second is
    # not misattributed for its content.)
    said = (
        "Halvar expressed support for Japan's stance on North Korea, including its nuclear "
        "and missile activities and the abductions issue."
    )
    result = check_one(said, source, speaker="Halvar")
    assert result.verdict is not Verdict.MISATTRIBUTED, result.reason
    assert all("gives it to" not in d for d in result.details), result.details


def test_a_two_letter_surname_is_a_name_and_a_two_letter_grammar_word_is_not():
    assert claim_speakers(claim("x", speaker="Li Wei"), "en", TERMBASE).names == {"li", "wei"}
    said = claim_speakers(claim("On Tuesday, Premier Li said the talks went well."), "en", TERMBASE)
    assert said is not None and "li" in said.names and "on" not in said.names


TOPIC_OPENED = document(
    "t",
    "ja",
    "令和9年5月1日、高市総理大臣は、来日中のハルバート・ノルランド首相と首脳会談を行いました。",
    "高市総理から、北部における空港拡張事業は日本からの観光客にとって重要である旨述べ、"
    "ハルバート首相からも、同事業の円滑な実施に向け、用地の取得を急ぐ旨の発言がありました。",
)
PORT = (
    "{} pledged to speed up the purchase of land so that the airport project in the north can "
    "go smoothly."
)


def test_the_topic_a_first_clause_opens_is_the_continuing_clauses_too():
    # The project and its place open the first clause («…空港拡張事業は»); the second
    # speaker continues it («からも、同事業の…») and says what the claim says of it. The
    # topic's words place the statement in neither clause.
    right = check_one(PORT.format("Halbert"), TOPIC_OPENED, speaker="Halbert")
    assert right.verdict is not Verdict.MISATTRIBUTED, right.reason
    swapped = check_one(PORT.format("Takaichi"), TOPIC_OPENED, speaker="Takaichi")
    assert swapped.verdict is Verdict.MISATTRIBUTED, swapped.reason


DATE_LINE_FIRST = document(
    "d",
    "ja",
    "令和9年6月8日、高市総理大臣は、訪日中のルヴァロ・カーランド共和国大統領と日・カーランド"
    "首脳会談を行いました。",
    "高市総理から、カーランドにおける司法制度改革の成果を高く評価する旨述べ、ルヴァロ大統領からも、"
    "日本企業による港湾運営への参入を期待する旨の発言がありました。",
    "両首脳は、農業分野における技術協力の拡充について意見交換を行いました。",
)
REFORMS = "{} spoke highly of the results of Qarland's judicial reforms during the summit."


def test_a_statement_is_judged_where_its_content_is_not_on_the_date_line():
    # The date line names both leaders and the summit and may align best; it names no one
    # speaking. The content stands in Takaichi's clause, so giving it to Ruvalo is a swap.
    swapped = check_one(REFORMS.format("Ruvalo"), DATE_LINE_FIRST, speaker="Ruvalo")
    assert swapped.verdict is Verdict.MISATTRIBUTED, swapped.reason
    assert "高市総理" in swapped.reason
    right = check_one(REFORMS.format("Takaichi"), DATE_LINE_FIRST, speaker="Takaichi")
    assert right.verdict is not Verdict.MISATTRIBUTED, right.reason
    # A claim with no speaker is not judged on who said it.
    plain = check_one(
        "The summit took up the results of Qarland's judicial reforms.", DATE_LINE_FIRST
    )
    assert plain.verdict is not Verdict.MISATTRIBUTED, plain.reason


ACCENTED = {
    "en": document(
        "a",
        "en",
        "Minister Motegi held a foreign ministers' meeting with Minister Peñalver-Ríos of Qarland.",
        "Minister Motegi stated that the canal is vital to world trade, and Minister "
        "Peñalver-Ríos added that Qarland intends to widen the canal by 2030.",
    ),
    "ja": document(
        "a",
        "ja",
        "高市総理大臣は、カーラ＝ンドゥワ・カーランド共和国大統領と首脳会談を行いました。",
        "高市総理から、運河は世界の貿易にとって重要である旨述べ、カーラ＝ンドゥワ大統領からも、"
        "2030年までに運河を拡張する意向である旨の発言がありました。",
    ),
}


@pytest.mark.parametrize(
    ("language", "speaker", "other"),
    [("en", "Peñalver-Ríos", "Motegi"), ("ja", "Kala-Nduwa", "Takaichi")],
)
def test_a_second_speaker_whose_name_has_accents_or_a_double_hyphen_opens_a_clause(
    language, speaker, other
):
    # «Peñalver-Ríos», «カーラ＝ンドゥワ»: a name is a name whatever letters it is written in.
    text = "{} said Qarland intends to widen the canal by 2030."
    right = check_one(text.format(speaker), ACCENTED[language], speaker=speaker)
    assert right.verdict is Verdict.SUPPORTED, right.reason
    swapped = check_one(text.format(other), ACCENTED[language], speaker=other)
    assert swapped.verdict is Verdict.MISATTRIBUTED, swapped.reason


COUNTRY_SPEAKS = document(
    "k",
    "en",
    "Prime Minister Takaichi held a summit meeting with President Ruvalo of Kenya.",
    "Prime Minister Takaichi stated that Japan would provide grant aid of 2 billion yen for "
    "maternal health.",
    "Kenyan President Ruvalo stated that Kenya would expand its exports of shrimp to Japan.",
)


def test_a_country_speaks_through_its_leader():
    # News copy writes "Japan pledged …" for what the Japanese prime minister said.
    for who in ("Japan", "Tokyo"):
        result = check_one(
            f"{who} pledged grant aid of 2 billion yen for maternal health.", COUNTRY_SPEAKS
        )
        assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_country_is_not_the_leader_the_source_names_with_another_country():
    result = check_one(
        "Japan said Kenya would expand its exports of shrimp to Japan.", COUNTRY_SPEAKS
    )
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


def test_a_country_name_that_is_a_leaders_surname_is_that_leader():
    # "Jordan" names a country, and here the Prime Minister of Qarland.
    source = document(
        "j",
        "en",
        "Prime Minister Takaichi held a summit meeting with Prime Minister Tomas Jordan of "
        "Qarland.",
        "Prime Minister Takaichi stated that Japan would provide grant aid of 2 billion yen for "
        "maternal health.",
    )
    text = "{} pledged grant aid of 2 billion yen for maternal health."
    swapped = check_one(text.format("Jordan"), source, speaker="Jordan")
    assert swapped.verdict is Verdict.MISATTRIBUTED, swapped.reason


# ── r8: a claim naming two speakers; its speaker phrase is its frame ─────────────
EXCHANGE = {
    "en": document(
        "r",
        "en",
        "Prime Minister Takaichi held a summit meeting with President Ruvalo of Qarland.",
        "President Ruvalo expressed his gratitude for Japan's help in rebuilding the flooded "
        "river ports, and Prime Minister Takaichi stated that Japan would keep supporting the "
        "training of Qarland's customs officers.",
    ),
    "ja": document(
        "r",
        "ja",
        "高市総理大臣は、ルヴァロ・カーランド大統領と首脳会談を行いました。",
        "ルヴァロ大統領から、洪水で被災した河川港の復旧への日本の協力に謝意が表明され、"
        "高市総理から、カーランドの税関職員の育成を引き続き支援していく旨述べました。",
    ),
}
THANKS = "Ruvalo thanked Japan for its help in rebuilding the flooded river ports"
TRAINING = "Japan would keep supporting the training of Qarland's customs officers."


@pytest.mark.parametrize("language", ["en", "ja"])
def test_each_part_of_a_claim_with_two_speakers_is_judged_on_its_own_speaker(language):
    text = f"{THANKS}, and Takaichi added that {TRAINING}"
    result = check_one(text, EXCHANGE[language], speaker="Takaichi")
    assert result.verdict is not Verdict.MISATTRIBUTED, result.reason
    agree = [d for d in result.details if d.startswith("attribution agrees")]
    assert any("Ruvalo" in d or "ルヴァロ" in d for d in agree), result.details


@pytest.mark.parametrize("language", ["en", "ja"])
def test_two_speakers_swapped_in_a_claim_are_misattributed(language):
    text = (
        "Takaichi thanked Qarland for its help in rebuilding the flooded river ports, and "
        f"Ruvalo added that {TRAINING}"
    )
    result = check_one(text, EXCHANGE[language], speaker="Ruvalo")
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


def test_a_part_opening_with_a_clause_before_its_subject_keeps_the_claims_speaker():
    from factcheck.checks.claim_speakers import part_speakers

    said = claim(
        "After Ruvalo noted the flood damage, Takaichi said Japan would help, and she "
        "offered experts.",
        speaker="Takaichi",
    )
    claimed = claim_speakers(said, "en", TERMBASE)
    part = "After Ruvalo noted the flood damage, Takaichi said Japan would help"
    assert part_speakers(said, part, "en", TERMBASE, claimed) == claimed
    # A part naming its own, other speaker is that speaker's.
    other = part_speakers(said, "Ruvalo noted the flood damage", "en", TERMBASE, claimed)
    assert other is not None and other.names == {"ruvalo"}
    # A part naming the claim's speaker by a shorter name is still the claim's.
    full = claim("Tomas Ruvalo said so, and he left.", speaker="Tomas Ruvalo")
    fully = claim_speakers(full, "en", TERMBASE)
    assert part_speakers(full, "Ruvalo said so", "en", TERMBASE, fully) == fully


def test_a_speech_verb_joined_to_the_predicate_before_it_has_no_speaker_of_its_own():
    # "…, including rice-growing techniques, and said …": the words before "and said" are
    # no subject; the verb shares the subject of the predicate before it.
    from factcheck.checks.claim_speakers import part_speakers

    said = claim(
        "Brenn praised Japan's help in farming, including rice-growing techniques, and said "
        "Tavira hoped to sell more coffee to Japan."
    )
    claimed = claim_speakers(said, "en", TERMBASE)
    part = "including rice-growing techniques, and said Tavira hoped to sell more coffee to Japan."
    assert part_speakers(said, part, "en", TERMBASE, claimed) == claimed


def test_a_half_cut_before_a_joined_verb_of_speech_keeps_the_claims_speaker():
    # A claim cut in two halves at a joint: "…, and said Kesh wanted …" is still Varro's;
    # Kesh, after the verb, is no subject of the half. "and Lenka promised …" is Lenka's.
    from factcheck.checks.claim_speakers import part_speakers
    from factcheck.verify import _unjoined

    said = claim(
        "Varro praised Japan's help in areas such as signalling, and said Kesh wanted more "
        "Japanese trains."
    )
    claimed = claim_speakers(said, "en", TERMBASE)
    half = "and said Kesh wanted more Japanese trains."
    assert _unjoined(half, "en") == half
    assert part_speakers(said, _unjoined(half, "en"), "en", TERMBASE, claimed) == claimed
    assert _unjoined("and Lenka promised experts.", "en") == "Lenka promised experts."


TITLED = document(
    "r",
    "ja",
    "高市総理大臣は、トマス・ルヴァロ・カーランド大統領と首脳会談を行いました。",
    "冒頭、高市総理から、トマス・ルヴァロ大統領の歓迎に謝意を述べ、カーランドの港湾整備への協力に"
    "感謝する旨述べ、ルヴァロ大統領からは、日本は地域の繁栄に欠かせない存在である旨の発言が"
    "ありました。",
)


def test_the_words_of_the_claims_speaker_phrase_do_not_choose_the_clause():
    # "Qarland's President Tomas Ruvalo" names the speaker: that the first clause names him
    # (as the one thanked) does not make it the clause that carries the claim.
    text = (
        "Qarland's President Tomas Ruvalo told Takaichi that Japan is indispensable to the "
        "prosperity of the region."
    )
    result = check_one(text, TITLED, speaker="Ruvalo")
    assert result.verdict is not Verdict.MISATTRIBUTED, result.reason
    swapped = (
        "Japan's Prime Minister Sanae Takaichi told Ruvalo that Japan is indispensable to the "
        "prosperity of the region."
    )
    result = check_one(swapped, TITLED, speaker="Takaichi")
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


# ── r8: a meeting is no one's words; an answer to thanks or a request ─────────
@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_claim_that_the_leaders_spoke_by_phone_is_not_given_a_speaker(language):
    from factcheck.checks.claim_speakers import part_speakers

    met = claim("Takaichi spoke with Ruvalo by phone on Tuesday, and she promised more help.")
    claimed = claim_speakers(met, "en", TERMBASE)
    assert (
        part_speakers(
            met, "Takaichi spoke with Ruvalo by phone on Tuesday", "en", TERMBASE, claimed
        )
        is None
    )
    # A part that says something keeps the claim's speaker.
    assert part_speakers(met, "she promised more help.", "en", TERMBASE, claimed) == claimed
    said = claim("Takaichi said she would send more help.")
    assert part_speakers(said, said.text, "en", TERMBASE, claim_speakers(said, "en", TERMBASE))
    # The readout's meeting line names who took part, not who spoke.
    line = {
        "en": "Prime Minister Takaichi held a summit meeting with President Ruvalo of Qarland.",
        "ja": "高市総理大臣は、ルヴァロ・カーランド大統領と首脳会談を行いました。",
    }[language]
    (clause,) = split_clauses(line, language)
    assert clause.meeting
    (said_clause,) = split_clauses(
        {
            "en": "Prime Minister Takaichi stated that Japan would help.",
            "ja": "高市総理から、日本として支援する旨述べました。",
        }[language],
        language,
    )
    assert not said_clause.meeting


ANSWERED = {
    "en": document(
        "r",
        "en",
        "Prime Minister Takaichi held a telephone talk with President Ruvalo of Qarland.",
        "President Ruvalo expressed his gratitude for Japan's emergency relief after the "
        "wildfires, and Prime Minister Takaichi stated that Japan would continue to support the "
        "recovery of the areas hit by the wildfires.",
    ),
    "ja": document(
        "r",
        "ja",
        "高市総理大臣は、ルヴァロ・カーランド大統領と電話会談を行いました。",
        "ルヴァロ大統領から、大規模な山火事に際しての日本の緊急援助に謝意が表明され、"
        "高市総理から、山火事の被災地域の復旧に向けて引き続き支援していく旨述べました。",
    ),
}


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_claimed_speakers_answer_to_thanks_keeps_the_claim_hers(language):
    text = "Takaichi promised continued Japanese help for the wildfire recovery."
    result = check_one(text, ANSWERED[language], speaker="Takaichi")
    assert result.verdict is not Verdict.MISATTRIBUTED, result.reason


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_thanks_itself_in_the_other_mouth_stays_misattributed(language):
    # The claim reports the gratitude, and gives it to the one thanked.
    text = "Takaichi expressed gratitude for the emergency relief after the wildfires."
    result = check_one(text, ANSWERED[language], speaker="Takaichi")
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason
    # The claimed speaker's later clause shares too little of it to answer for it.
    text = "Takaichi said Qarland was grateful for Japan's emergency relief after the wildfires."
    result = check_one(text, ANSWERED[language], speaker="Takaichi")
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


def test_a_countrys_office_speaks_for_the_country():
    japan = claim_speakers(claim("Japan's prime minister said Japan would help."), "en", TERMBASE)
    assert japan is not None and "japan" in japan.countries
    of = claim_speakers(claim("The Prime Minister of Japan said Japan would help."), "en", TERMBASE)
    assert of is not None and "japan" in of.countries
    # A title before a name is that person, even where the name is a country's.
    named = claim_speakers(claim("Prime Minister Takaichi said Japan would help."), "en", TERMBASE)
    assert named is not None and not named.countries and "takaichi" in named.persons


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_countrys_office_meets_its_holder_and_not_another_countrys(language):
    said = "Japan's prime minister said Japan would continue to support the recovery."
    result = check_one(said, ANSWERED[language])
    assert result.verdict is not Verdict.MISATTRIBUTED, result.reason
    other = {
        "en": document(
            "r",
            "en",
            "President Ruvalo of Chile stated that Chile would continue to support the "
            "recovery of the areas of Japan hit by the wildfires.",
        ),
        "ja": document(
            "r",
            "ja",
            "チリ共和国のルヴァロ大統領から、チリとして日本の被災地の復旧・復興を引き続き"
            "支援していく旨述べました。",
        ),
    }[language]
    result = check_one(
        "Japan's prime minister said she would continue to support the recovery.", other
    )
    assert result.verdict is not Verdict.SUPPORTED, result.reason


HOMES = {
    "en": document(
        "r",
        "en",
        "Minister Motegi held a meeting with Mr. Tomas Ruvalo, Minister of Foreign Affairs of "
        "the Republic of Chile.",
        "Minister Ruvalo stated that Chile hoped Japanese companies would take part in "
        "developing its copper mines.",
    ),
    "ja": document(
        "r",
        "ja",
        "茂木外務大臣は、トマス・ルヴァロ・チリ共和国外務大臣と会談を行いました。",
        "ルヴァロ外務大臣から、チリは日本企業による銅鉱山の開発への参画に期待する旨述べました。",
    ),
}


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_countrys_office_is_not_held_by_the_one_the_source_names_with_another_country(
    language,
):
    mines = "hoped Japanese companies would take part in developing Chile's copper mines."
    result = check_one(f"Japan's foreign minister said Chile {mines}", HOMES[language])
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason
    result = check_one(f"Chile's foreign minister said his country {mines}", HOMES[language])
    assert result.verdict is not Verdict.MISATTRIBUTED, result.reason


def test_a_part_sharing_only_its_frame_does_not_outvote_a_misattributed_part():
    # "Takaichi said X and hoped Y": X is the other speaker's; the passage of Y shares only
    # names with that speaker's clause (frame only). Y says nothing of who said the claim, so
    # X decides: misattributed. A part whose clause agrees still outvotes X.
    import dataclasses

    from factcheck.checks.check_attribution import AttributionCheck
    from factcheck.checks.decide import Signals, decide_verdict
    from factcheck.checks.speaker_set import Speakers

    index = index_of(s=LONE["en"])
    text = "The two prime ministers agreed to promote rugby exchanges."
    (part,) = best_matches(text, index)
    covered = dataclasses.replace(
        part, matches=(dataclasses.replace(part.matches[0], coverage=0.9, wording=0.0),)
    )
    takaichi = Speakers("Prime Minister Takaichi", frozenset({"takaichi"}))
    ruvalo = Speakers("Ruvalo", frozenset(), frozenset({"ruvalo"}))

    def check(differs: bool, frame_only: bool) -> AttributionCheck:
        return AttributionCheck(
            "s", 1, takaichi, SourceKind.READOUT, ruvalo, None, differs, False, "", frame_only
        )

    def verdict(*checks: AttributionCheck) -> Verdict:
        signals = Signals(attributions=checks)
        return decide_verdict(claim(text), [covered] * len(checks), {}, signals).verdict

    assert verdict(check(True, False), check(False, True)) is Verdict.MISATTRIBUTED
    assert verdict(check(True, False), check(False, False)) is not Verdict.MISATTRIBUTED
    assert "not judged" in check(False, True).describe()


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_claim_adding_a_detail_or_an_absent_topic_is_not_saved_by_an_answer(language):
    # The answer keeps the speaker, not the detail the source lacks.
    added = (
        "Takaichi promised continued Japanese help for the wildfire recovery, including a "
        "new hospital in the capital."
    )
    result = check_one(added, ANSWERED[language], speaker="Takaichi")
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    absent = "Takaichi promised Japanese help to build a new airport in Qarland's capital."
    result = check_one(absent, ANSWERED[language], speaker="Takaichi")
    assert result.verdict is Verdict.NOT_FOUND, result.reason


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_two_speaker_claim_adding_a_detail_stays_partly_supported(language):
    text = (
        f"{THANKS}, and Takaichi added that Japan would keep supporting the training of "
        "300 of Qarland's customs officers every year."
    )
    result = check_one(text, EXCHANGE[language], speaker="Takaichi")
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason


def test_what_a_claim_sets_off_after_its_speakers_name_is_not_its_frame():
    from factcheck.checks.claim_speakers import _own_speaker

    opened = _own_speaker(
        "Ruvalo, on his first trip to Japan as president, thanked Tokyo for its help.",
        "en",
        TERMBASE,
    )
    assert opened is not None
    assert "ruvalo" in opened.phrase.lower() and "Tokyo" in opened.phrase
    assert "first" not in opened.phrase and "trip" not in opened.phrase


@pytest.mark.parametrize(
    "text",
    [
        "ルヴァロ大統領は、日本企業の投資に期待する考えを示した。",
        "ルヴァロ大統領は、日本の支援への謝意を示した。",
        "ルヴァロ大統領は、日本の決定を歓迎した。",
        "ルヴァロ大統領は、日本の支援を求めると応じた。",
    ],
)
def test_a_japanese_claim_names_its_speaker_with_what_a_readout_reports_as_said(text):
    found = claim_speakers(claim(text), "ja", TERMBASE)
    assert found is not None and found.names, text


def test_a_japanese_claim_with_no_speech_names_no_speaker():
    assert claim_speakers(claim("ルヴァロ大統領は、10月に来日した。"), "ja", TERMBASE) is None


SPELLED = document(
    "r",
    "en",
    "Minister Motegi held a meeting with Minister Ruvalo of Qarland.",
    # The speaker each readout sentence opens with, as extraction gives it (【】 here).
    "【Minister Motegi】Minister Motegi stated that Japan would continue to support the "
    "improvement of dairy farming in Qarland.",
    "【Minister Ruvalo】Minister Ruvalo stated that Qarland welcomed Japanese investment in its "
    "ports.",
)


def test_a_katakana_name_is_read_as_the_sources_spelling_of_it():
    # ルヴァロ is the source's Minister Ruvalo: his own words stand, Motegi's are not his.
    own = check_one(
        "ルヴァロ外相は、カーランドは港湾への日本の投資を歓迎すると述べた。", SPELLED, language="ja"
    )
    assert own.verdict is not Verdict.MISATTRIBUTED, own.reason
    swapped = check_one(
        "ルヴァロ外相は、カーランドの酪農の改善を引き続き支援すると表明した。",
        SPELLED,
        language="ja",
    )
    assert swapped.verdict is Verdict.MISATTRIBUTED, swapped.reason


def test_the_one_spoken_to_is_not_the_claims_speaker_in_a_later_part():
    from factcheck.checks.claim_speakers import part_speakers

    told = claim(
        "Takaichi told Ruvalo that Japan would help, and Ruvalo said Qarland would expand the "
        "port.",
        speaker="Takaichi",
    )
    claimed = claim_speakers(told, "en", TERMBASE)
    assert claimed is not None and "Ruvalo" in claimed.phrase
    # The addressee of the first part speaks the second: the part is Ruvalo's, not the claim's.
    other = part_speakers(
        told, "Ruvalo said Qarland would expand the port.", "en", TERMBASE, claimed
    )
    assert other is not None and other.names == {"ruvalo"}
    # A name is met as a whole word: "Ruvalo" is no speaker named inside "Ruvalova".
    town = claim("Takaichi spoke in Ruvalova, and Ruvalo said the same.", speaker="Takaichi")
    in_town = claim_speakers(town, "en", TERMBASE)
    own = part_speakers(town, "Ruvalo said the same.", "en", TERMBASE, in_town)
    assert own is not None and own.names == {"ruvalo"}


# ── r9: a topic named in several words; parts with a past-tense predicate ────────
INVESTMENT = {
    "ja": document(
        "m",
        "ja",
        "高市総理大臣は、ルヴァロ・シエラレオネ大統領と首脳会談を行いました。",
        "高市総理から、シエラレオネが進める教育改革を支持する旨述べ、ルヴァロ大統領からも、"
        "日本企業の進出を更に促したい旨の発言がありました。",
    ),
    "en": document(
        "m",
        "en",
        "Prime Minister Takaichi held a summit meeting with President Ruvalo of Sierra Leone.",
        "Prime Minister Takaichi stated that Japan supports the education reforms of Sierra "
        "Leone, and President Ruvalo also said that he wished to encourage more Japanese "
        "companies to set up in the country.",
    ),
}
DRAW = "said she wanted to bring more Japanese companies into Sierra Leone."


@pytest.mark.parametrize("language", ["ja", "en"])
def test_a_country_named_in_two_words_places_the_statement_in_neither_clause(language):
    # The country is the topic of both clauses; the investment is the second speaker's.
    swapped = check_one(f"Takaichi {DRAW}", INVESTMENT[language], speaker="Takaichi")
    assert swapped.verdict is Verdict.MISATTRIBUTED, swapped.reason
    right = check_one(f"Ruvalo {DRAW.replace('she', 'he')}", INVESTMENT[language], speaker="Ruvalo")
    assert right.verdict is not Verdict.MISATTRIBUTED, right.reason


@pytest.mark.parametrize("language", ["ja", "en"])
def test_each_part_with_a_predicate_that_is_no_verb_of_speech_keeps_its_own_speaker(language):
    text = (
        "Takaichi threw her support behind the education reforms of Sierra Leone, and "
        "Ruvalo added that he wished to encourage more Japanese companies to set up there."
    )
    right = check_one(text, INVESTMENT[language], speaker="Ruvalo")
    assert right.verdict is not Verdict.MISATTRIBUTED, right.reason
    agree = [d for d in right.details if d.startswith("attribution agrees")]
    assert len(agree) == 2, right.details


def test_an_office_named_in_small_letters_with_its_country_speaks_for_the_country():
    # "top diplomat" is no termbase title and no name: the country's office all the same.
    office = claim("Chile's top diplomat said Chile would help.")
    found = claim_speakers(office, "en", TERMBASE)
    assert found is not None and "chile" in found.countries
    # A name in capitals beside the country is a person, not the office.
    named = claim_speakers(claim("Chile's Ruvalo said Chile would help."), "en", TERMBASE)
    assert named is None or not named.countries


AFTER_A_PHRASE = document(
    "p",
    "en",
    "Minister Motegi held a meeting with Minister Ruvalo, Minister of Foreign Affairs of the "
    "Republic of Chile.",
    "In response, Minister Ruvalo expressed his gratitude for Japan's support to Chile's "
    "fisheries.",
)


def test_the_speaker_shown_is_the_person_not_a_phrase_set_before_the_name():
    said = "Chile's top diplomat thanked Japan for its support to Chile's fisheries."
    result = check_one(said, AFTER_A_PHRASE)
    assert result.verdict is not Verdict.MISATTRIBUTED, result.reason
    shown = " ".join(result.details)
    assert "Minister Ruvalo" in shown and "In response" not in shown.split("says")[0]
    index = index_of(p=AFTER_A_PHRASE)
    speaker = speakers_of(index, "p", 1)
    assert speaker is not None and speaker.text == "Minister Ruvalo"


def test_which_words_are_written_as_names_is_the_language_modules_to_say():
    # In Latin letters a capital opens a name; a word in small letters names no one.
    assert _written_as_names("Norland's top diplomat Odra Vell", "en") == {
        "norland's",
        "odra",
        "vell",
    }
    # Kana and kanji have no capitals: a word in them may always be a name.
    assert "ヴェルン外相" in _written_as_names("ヴェルン外相 top", "ja")
    assert "top" not in _written_as_names("ヴェルン外相 top", "ja")
    # The mark is the language module's, not the pipeline's.
    for code in ("en", "ja"):
        module = language_for(code)
        assert module is not None and module.speaker_patterns is not None
        assert module.speaker_patterns.name_word is not None


def test_a_title_heading_a_for_phrase_is_an_office_not_a_name():
    # The title's "for"/"of" phrase is read with the language's own pattern
    # (KeyFactPatterns.of_after), not a word list in the pipeline.
    module = language_for("en")
    assert module is not None and module.key_fact_patterns is not None
    of_after = module.key_fact_patterns.of_after
    assert of_after is not None and of_after.match(" for Trade")
    found = claim_speakers(
        claim("The Prime Minister for Japan said Japan would help."), "en", TERMBASE
    )
    assert found is not None and "japan" in found.countries
    named = claim_speakers(claim("Prime Minister Takaichi said Japan would help."), "en", TERMBASE)
    assert named is not None and not named.countries


# ── r10: a claim that says its speaker answered another speaker's words ─────────
BRIEFED = {
    "en": document(
        "r",
        "en",
        "Prime Minister Takaichi held a summit meeting with President Ruvalo of Qarland.",
        "Prime Minister Takaichi explained Japan's plan for a coast guard academy serving the "
        "region, and President Ruvalo expressed his support.",
    ),
    "ja": document(
        "r",
        "ja",
        "高市総理大臣は、ルヴァロ・カーランド大統領と首脳会談を行いました。",
        "高市総理から、地域に資する沿岸警備隊の訓練学校に関する日本の構想を説明し、"
        "ルヴァロ大統領から、支持が表明されました。",
    ),
}


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize(
    "told", ["briefed him on it", "explained it to him", "set it out", "presented it"]
)
def test_a_claim_that_answers_the_other_speakers_words_is_not_misattributed(language, told):
    # The plan stands in Takaichi's clause, and the claim itself says she set it out first.
    text = f"Ruvalo backed Japan's plan for a regional coast guard academy after Takaichi {told}."
    result = check_one(text, BRIEFED[language], speaker="Ruvalo")
    assert result.verdict is not Verdict.MISATTRIBUTED, result.reason


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_other_speakers_words_with_no_answer_claimed_stay_misattributed(language):
    # Presenting the plan is Takaichi's act; Ruvalo's clause answers it with support only.
    text = "Ruvalo presented Japan's plan for a regional coast guard academy."
    result = check_one(text, BRIEFED[language], speaker="Ruvalo")
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason
    # Someone else's briefing is not the words of the clause that holds the plan.
    text = (
        "Ruvalo presented Japan's plan for a regional coast guard academy after Velmar briefed him."
    )
    result = check_one(text, BRIEFED[language], speaker="Ruvalo")
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


@pytest.mark.parametrize("language", ["en", "ja"])
def test_backing_the_other_sides_plan_is_the_backers_own_act(language):
    # "Ruvalo backed Japan's plan" reports Ruvalo's support, which his own clause says, of a
    # plan the claim itself gives to Japan: said by whom the claim says (an endorsement,
    # `ClausePatterns.claimed_endorsement`), whoever explained the plan.
    text = "Ruvalo backed Japan's plan for a regional coast guard academy."
    result = check_one(text, BRIEFED[language], speaker="Ruvalo")
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("words", ["Takaichi's proposal", "Takaichi's explanation"])
def test_a_claim_that_names_whose_words_it_answers_is_not_misattributed(language, words):
    # "Takaichi's proposal" gives the plan to Takaichi by the claim's own account.
    text = f"Ruvalo backed {words} of a regional coast guard academy."
    result = check_one(text, BRIEFED[language], speaker="Ruvalo")
    assert result.verdict is not Verdict.MISATTRIBUTED, result.reason


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_possessive_that_names_no_words_gives_them_to_no_one(language):
    # A visit is no one's words: the plan stays Takaichi's, not Ruvalo's.
    text = (
        "Ruvalo presented Japan's plan for a regional coast guard academy during Takaichi's visit."
    )
    result = check_one(text, BRIEFED[language], speaker="Ruvalo")
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


def test_a_claimed_answer_that_carries_one_minor_word_of_the_claim_is_none():
    # Ruvalo's clause shares only "region" with the claim: of the rest of the sentence (the
    # plan's clause left out) that is all, but of the claim it is a stray word, no answer.
    source = document(
        "r",
        "en",
        "Prime Minister Takaichi held a summit meeting with President Ruvalo of Qarland.",
        "Prime Minister Takaichi explained Japan's plan for a coast guard academy to train "
        "officers of the region in maritime law enforcement, and President Ruvalo expressed "
        "his hopes for the region.",
    )
    text = (
        "Ruvalo backed Japan's plan for a coast guard academy that would train officers of "
        "the region in maritime law enforcement after Takaichi briefed him."
    )
    result = check_one(text, source, speaker="Ruvalo")
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


JA_PLAN = "地域の沿岸警備隊の訓練学校に関する日本の構想への支持を表明した。"


@pytest.mark.parametrize("language", ["en", "ja"])
@pytest.mark.parametrize("told", ["高市首相から説明を受け、", "高市首相の説明を受けて、"])
def test_a_japanese_claim_that_answers_the_other_speakers_words_is_not_misattributed(
    language, told
):
    text = f"ルヴァロ大統領は、{told}{JA_PLAN}"
    result = check_one(text, BRIEFED[language], language="ja", speaker="Ruvalo")
    assert result.verdict is not Verdict.MISATTRIBUTED, result.reason


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_japanese_claim_with_no_answer_or_another_prompter_stays_misattributed(language):
    # Setting out the plan is Takaichi's act, whoever the claim says briefed Ruvalo.
    presented = "地域の沿岸警備隊の訓練学校に関する日本の構想を説明した。"
    for text in (
        f"ルヴァロ大統領は、{presented}",
        f"ルヴァロ大統領は、ヴェルマー外相から説明を受け、{presented}",
    ):
        result = check_one(text, BRIEFED[language], language="ja", speaker="Ruvalo")
        assert result.verdict is Verdict.MISATTRIBUTED, (text, result.reason)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_japanese_claim_of_support_for_the_other_sides_plan_is_the_supporters(language):
    # 「…日本の構想への支持を表明した」 reports Ruvalo's own support, which his clause says.
    result = check_one(
        f"ルヴァロ大統領は、{JA_PLAN}", BRIEFED[language], language="ja", speaker="Ruvalo"
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


# Reconstructions in the readouts' structure, in our own words: the first speaker asks or
# explains, and the other answers in a clause of their own.
ASKED_AND_ANSWERED = {
    "en": (
        "On May 8, Foreign Minister Motegi held a telephone talk with Minister Halvorsen of "
        "Norvale.",
        "1. Minister Motegi requested cooperation in ensuring the safety of Japanese nationals "
        "in Norvale, and Minister Halvorsen stated that he would make every effort.",
        "2. Minister Halvorsen explained Norvale's Arctic policy, and Minister Motegi praised "
        "it highly.",
    ),
    "ja": (
        "令和8年5月8日（金曜日）、茂木外務大臣は、ハルヴォルセン・ノルヴェール王国外務大臣と"
        "電話会談を行いました。",
        "1　茂木大臣から、ノルヴェールに滞在する日本人の安全確保への協力を要請し、"
        "ハルヴォルセン大臣は最大限努力する旨述べました。",
        "2　ハルヴォルセン大臣から、ノルヴェールの北極政策について説明があり、"
        "茂木大臣はこれを高く評価する旨述べました。",
    ),
}


@pytest.mark.parametrize("source", ["en", "ja"])
@pytest.mark.parametrize(
    ("language", "text", "answerer"),
    [
        ("ja", "茂木外相は、日本人の安全確保に最大限努力すると述べた。", "Halvorsen"),
        ("en", "Halvorsen praised Norvale's Arctic policy.", "Motegi"),
        ("ja", "ハルヴォルセン外相は、ノルヴェールの北極政策を高く評価すると述べた。", "Motegi"),
    ],
)
def test_the_answer_another_speaker_gives_is_not_the_first_speakers(
    source, language, text, answerer
):
    result = check_one(text, read_page(source, *ASKED_AND_ANSWERED[source]), language=language)
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason
    written = {"Halvorsen": ("Halvorsen", "ハルヴォルセン"), "Motegi": ("Motegi", "茂木")}
    assert any(name in result.reason for name in written[answerer]), result.reason


@pytest.mark.parametrize("source", ["en", "ja"])
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Motegi asked Norvale to help ensure the safety of Japanese nationals."),
        ("ja", "茂木外相は、日本人の安全確保への協力を要請した。"),
        ("ja", "ハルヴォルセン外相は、日本人の安全確保に最大限努力すると述べた。"),
        ("en", "Halvorsen explained Norvale's Arctic policy."),
        ("ja", "ハルヴォルセン外相は、ノルヴェールの北極政策について説明した。"),
        ("ja", "茂木外相は、ノルヴェールの北極政策を高く評価すると述べた。"),
    ],
)
def test_the_request_the_explanation_and_their_answers_stay_their_speakers(source, language, text):
    result = check_one(text, read_page(source, *ASKED_AND_ANSWERED[source]), language=language)
    assert result.verdict is not Verdict.MISATTRIBUTED, result.reason


def test_a_manner_word_of_the_answer_alone_does_not_move_the_claim():
    # The welcome is Ruvalo's. Takaichi's thanks for the "warm" welcome repeat its act, so
    # the manner word in her clause alone does not make the welcome hers.
    source = read_page(
        "ja",
        "令和8年8月19日、高市総理大臣は、ルヴァロ・カーランド大統領と首脳会談を行いました。",
        "1　冒頭、ルヴァロ大統領から、高市総理のカーランド訪問を心から歓迎する旨述べ、"
        "高市総理からは、温かい歓迎に対する謝意を表明しました。",
    )
    result = check_one("Ruvalo warmly welcomed Takaichi's visit to Qarland.", source)
    assert result.verdict is not Verdict.MISATTRIBUTED, result.reason


VISA_REQUEST = (
    "令和8年5月6日（水曜日）午後3時から約45分間、高市総理大臣は、訪日中のルヴァロ・カーランド"
    "共和国大統領と首脳会談を行いました。",
    "1　ルヴァロ大統領から、カーランド国民に対する査証要件の緩和について要請があり、"
    "高市総理から、前向きに検討する旨応じました。",
)


def test_a_request_the_claim_says_was_the_others_is_answered_by_its_speaker():
    # «ルヴァロ大統領からの…要請»: the request is Ruvalo's, named as what Takaichi acts on; the
    # part is hers (its subject), and the source gives her the answer.
    text = (
        "高市首相は6日、ルヴァロ大統領と会談し、"
        "ルヴァロ大統領からの査証要件緩和の要請を前向きに検討する考えを示した。"
    )
    result = check_one(text, read_page("ja", *VISA_REQUEST), language="ja")
    assert result.verdict is not Verdict.MISATTRIBUTED, result.reason
    # The same answer given to the one who asked is his no more.
    text = (
        "ルヴァロ大統領は6日、高市首相と会談し、"
        "高市首相からの査証要件緩和の提案を前向きに検討する考えを示した。"
    )
    result = check_one(text, read_page("ja", *VISA_REQUEST), language="ja")
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


def test_a_name_before_kara_no_is_no_subject():
    from factcheck.checks.claim_speakers import _subject_speaker

    assert _subject_speaker("高市首相からの要請を検討する考えを示した。", "ja", TERMBASE) is None
    for text in ("高市首相から、要請があった。", "高市首相は、要請を検討する考えを示した。"):
        found = _subject_speaker(text, "ja", TERMBASE)
        assert found is not None and "takaichi" in found.persons, text


PROPOSED = {
    "ja": (
        "令和8年5月6日（水曜日）午後5時から約30分間、高市総理大臣は、訪日中のサルメ・エストリア"
        "首相と首脳会談を行いました。",
        "1　高市総理から、再生可能エネルギー分野での協力を提案し、サルメ首相は前向きに検討したい"
        "旨述べました。",
        "2　高市総理から、日本企業によるエストリアへの投資を歓迎する旨述べ、サルメ首相からは、"
        "更なる投資への期待が示されました。",
    ),
    "en": (
        "On May 6, commencing at 5:00 p.m. for approximately 30 minutes, Prime Minister "
        "Takaichi held a summit meeting with Prime Minister Salme of Estoria.",
        "1. Prime Minister Takaichi proposed cooperation in renewable energy, and Prime "
        "Minister Salme stated that he would consider it positively.",
        "2. Prime Minister Takaichi welcomed investment by Japanese companies in Estoria, and "
        "Prime Minister Salme expressed hope for further investment.",
    ),
}


@pytest.mark.parametrize(
    ("source", "language", "text"),
    [
        ("ja", "ja", "サルメ首相は、再生可能エネルギー分野での協力を前向きに検討したいと述べた。"),
        ("en", "ja", "サルメ首相は、再生可能エネルギー分野での協力を前向きに検討したいと述べた。"),
        ("en", "en", "Salme said Estoria would consider renewable energy cooperation positively."),
        ("ja", "en", "Takaichi welcomed Japanese investment in Estoria and Salme hoped for more."),
        ("en", "en", "Takaichi welcomed Japanese investment in Estoria and Salme hoped for more."),
    ],
)
def test_the_answer_the_claim_gives_its_own_speaker_is_theirs(source, language, text):
    result = check_one(text, read_page(source, *PROPOSED[source]), language=language)
    assert result.verdict is not Verdict.MISATTRIBUTED, result.reason


@pytest.mark.parametrize("source", ["en", "ja"])
def test_the_answer_given_to_the_proposer_is_still_misattributed(source):
    text = "高市首相は、再生可能エネルギー分野での協力を前向きに検討したいと述べた。"
    result = check_one(text, read_page(source, *PROPOSED[source]), language="ja")
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


def test_a_claim_naming_the_answerer_as_the_one_it_answers_is_still_misattributed():
    # The claim names Takaichi only as the one whose request Salme answers; the source has
    # Salme ask and Takaichi answer.
    source = read_page(
        "ja",
        "令和8年5月6日、高市総理大臣は、訪日中のサルメ・エストリア首相と首脳会談を行いました。",
        "1　サルメ首相から、半導体産業への支援について要請があり、高市総理は検討する旨述べました。",
    )
    text = "サルメ首相は、高市首相からの半導体産業支援の要請を検討する考えを示した。"
    result = check_one(text, source, language="ja")
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


POINTED_BACK = {
    "ja": (
        "令和8年6月2日、高市総理大臣は、訪日中のダルメン・ケシュ大統領と首脳会談を行いました。",
        "1　ダルメン大統領から、ケシュの再生可能エネルギー分野への日本の投資に期待する旨述べ、"
        "高市総理はこれを歓迎しました。",
        "2　ダルメン大統領から、北極海航路に関するケシュの取組について説明があり、"
        "高市総理はこれを支持する旨述べました。",
    ),
    "en": (
        "On June 2, Prime Minister Takaichi held a summit meeting with President Dalmen of Kesh.",
        "1. President Dalmen expressed his expectation for Japanese investment in Kesh's "
        "renewable energy sector, and Prime Minister Takaichi welcomed this.",
        "2. President Dalmen explained Kesh's efforts regarding the Arctic sea route, and Prime "
        "Minister Takaichi expressed her support for them.",
    ),
}


@pytest.mark.parametrize("source", ["en", "ja"])
@pytest.mark.parametrize(
    ("text", "language", "verdict"),
    [
        ("Dalmen welcomed Japanese investment in Kesh's renewable energy sector.", "en", False),
        ("Takaichi welcomed Japanese investment in Kesh's renewable energy sector.", "en", True),
        ("ダルメン大統領は、北極海航路に関するケシュの取組を支持すると述べた。", "ja", False),
        ("高市首相は、北極海航路に関するケシュの取組を支持すると述べた。", "ja", True),
    ],
)
def test_an_answer_that_points_back_carries_what_it_points_to(source, text, language, verdict):
    result = check_one(text, read_page(source, *POINTED_BACK[source]), language=language)
    expected = Verdict.SUPPORTED if verdict else Verdict.MISATTRIBUTED
    assert result.verdict is expected, result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("サルメ首相も、日本企業による投資拡大を歓迎する考えを示した。", Verdict.MISATTRIBUTED),
        ("サルメ首相も、日本からの更なる投資に期待を示した。", Verdict.SUPPORTED),
        ("高市首相も、日本からの更なる投資に期待を示した。", Verdict.MISATTRIBUTED),
    ],
)
def test_a_japanese_subject_with_mo_is_the_claims_speaker(text, expected):
    # 「Xも」 ("X, too, …") marks the subject as は does.
    source = read_page(
        "ja",
        "令和8年6月2日、高市総理大臣は、訪日中のサルメ・エストリア首相と首脳会談を行いました。",
        "1　高市総理から、日本企業によるエストリアへの投資拡大を歓迎する旨述べ、サルメ首相からは、"
        "日本からの更なる投資への期待が示されました。",
    )
    result = check_one(text, source, language="ja")
    assert result.verdict is expected, result.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("茂木外相は、北極海航路の安全確保に向けた協力を提案した。", Verdict.MISATTRIBUTED),
        ("ダルメン外相は、北極海航路の安全確保に向けた協力を提案した。", Verdict.SUPPORTED),
    ],
)
def test_a_japanese_claim_that_reports_a_proposal_names_its_speaker(text, expected):
    # 「…を提案した」 reports what its subject said, as 「…を要請した」 does.
    source = read_page(
        "ja",
        "令和8年5月11日、茂木外務大臣は、訪日中のダルメン・ケシュ外務大臣と会談を行いました。",
        "1　ダルメン大臣から、北極海航路の安全確保に向けた協力を提案し、茂木大臣はこれを"
        "歓迎しました。",
    )
    result = check_one(text, source, language="ja")
    assert result.verdict is expected, result.reason


@pytest.mark.parametrize("source", ["en", "ja"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Takaichi hoped to deepen cooperation in disaster risk reduction.", Verdict.MISATTRIBUTED),
        ("Salme hoped to deepen cooperation in disaster risk reduction.", Verdict.SUPPORTED),
        # Told, not telling: the claim's one person receives the words.
        ("Takaichi learned that Estoria hoped to deepen cooperation.", None),
        ("Takaichi was promised deeper cooperation in disaster risk reduction.", None),
    ],
)
def test_a_claim_whose_main_verb_tells_or_feels_names_its_subject(source, text, expected):
    # "hoped" is no verb of speech the claim pattern reads, but it reports what its subject
    # felt and said: the claim's one person is its speaker.
    readouts = {
        "ja": (
            "令和8年6月2日、高市総理大臣は、訪日中のサルメ・エストリア首相と首脳会談を行いました。",
            "1　サルメ首相から、防災分野での協力を深めたい旨の発言がありました。",
        ),
        "en": (
            "On June 2, Prime Minister Takaichi held a summit meeting with Prime Minister Salme "
            "of Estoria.",
            "1. Prime Minister Salme stated that he hoped to deepen cooperation in disaster risk "
            "reduction.",
        ),
    }
    result = check_one(text, read_page(source, *readouts[source]))
    if expected is None:
        assert result.verdict is not Verdict.MISATTRIBUTED, result.reason
    else:
        assert result.verdict is expected, result.reason


# A reconstruction in a readout's structure, in our own words: the host welcomes the visitor,
# and the visitor thanks the host for the welcome, in a clause of their own.
WELCOMED_AND_THANKED = read_page(
    "ja",
    "令和8年9月14日、高市総理大臣は、公式実務訪問中のオルセン・ヴァルドール首相と首脳会談を"
    "行いました。",
    "冒頭、高市総理から、ヴァルドール首相の訪日を歓迎する旨述べ、ヴァルドール首相からは、"
    "温かい歓迎への謝意が表明されました。",
)


def test_a_verb_after_an_aside_set_off_by_commas_is_the_claims_act():
    acts = claim_acts(
        "Prime Minister Olsen Valdor, in Japan on an official working visit, thanked Takaichi "
        "for the warm welcome.",
        "en",
    )
    assert "thank" in acts


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Takaichi returned the 'warm welcome' she had received.", "welcome"),
        ("Motegi praised Japan's long-standing, generous support.", "support"),
    ],
)
def test_a_mark_inside_a_noun_phrase_does_not_make_its_noun_a_verb(text, noun):
    assert noun not in claim_acts(text, "en")


def test_a_participle_after_a_preposition_or_determiner_is_no_act():
    # "on soaring prices", "the promised loan": words of a noun phrase, not what the claim's
    # speaker did; a participle that is the predicate still is.
    assert not claim_acts("Japan would help the agency on soaring fertilizer prices.", "en") & {
        "soar",
        "soaring",
    }
    assert not claim_acts("Lind welcomed the promised loan.", "en") & {"promise", "promised"}
    assert "soar" in claim_acts("Fertilizer prices were soaring.", "en")
    # A gerund or a participle that acts keeps its act.
    assert "provide" in claim_acts("Japan will help by providing aid.", "en")
    assert "strengthen" in claim_acts("They praised a project that strengthened ties.", "en")


def test_a_plural_possessive_does_not_end_its_noun_phrase():
    # The analyser drops the apostrophe of "ministers'": the gap it leaves is no comma.
    acts = claim_acts("Takaichi hosted the ministers' meeting in Osaka.", "en")
    assert "meeting" not in acts and "meet" not in acts


@pytest.mark.parametrize(
    ("text", "speaker", "verdict"),
    [
        (
            "Prime Minister Olsen Valdor, in Japan on an official working visit, thanked "
            "Takaichi for the warm welcome.",
            "Valdor",
            Verdict.SUPPORTED,
        ),
        ("Takaichi thanked Valdor for the warm welcome.", "Takaichi", Verdict.MISATTRIBUTED),
        ("Valdor welcomed Takaichi's visit to Japan.", "Valdor", Verdict.MISATTRIBUTED),
    ],
)
def test_thanks_for_a_welcome_are_the_thanking_speakers_own_clause(text, speaker, verdict):
    # The welcome (歓迎) stands in both clauses; the thanks (謝意), the act the claim
    # reports, only in the visitor's.
    result = check_one(text, WELCOMED_AND_THANKED, language="en", speaker=speaker)
    assert result.verdict is verdict, result.reason


def test_a_reaction_verb_both_speakers_use_does_not_move_the_claim_to_the_other_clause():
    # Kaleb's clause holds a reaction too ("praised"), but nothing of what the claim says
    # was praised: the reform is what Motegi welcomed.
    source = read_page(
        "en",
        "On May 3, Foreign Minister Motegi held a meeting with Minister Kaleb of Solvania.",
        "Minister Motegi welcomed Solvania's economic reform, and Minister Kaleb praised "
        "Japan's contributions to regional stability.",
    )
    result = check_one(
        "Kaleb praised Solvania's economic reform.", source, language="en", speaker="Kaleb"
    )
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


ICE_TALKS = document(
    "mofa",
    "ja",
    "5月18日、茂木外務大臣は、訪日中のヴァルドール・アイスランド外務大臣と外相会談を行いました。",
    "両大臣は、氷河研究における協力を強化することで一致しました。",
    "茂木大臣から、港湾の復旧への支援を表明し、ヴァルドール大臣からも、洪水対策に関する政府の"
    "取組について説明がありました。",
    "茂木大臣から、女性の活躍に関するアイスランドの取組を高く評価する旨述べたのに対し、ヴァルドール大臣から、"
    "賃金格差の解消は重要な課題である旨の発言がありました。",
)


def test_a_second_speaker_who_reports_with_an_unlisted_verb_has_a_part_of_their_own():
    # "briefed" opens Valdor's part: the first half is Motegi's, the second Valdor's.
    result = check_one(
        "Motegi voiced support for restoring the port, and Valdor in turn briefed him on "
        "his government's work on flood control.",
        ICE_TALKS,
        speaker="Valdor",
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_second_speakers_act_no_one_reports_leaves_the_claim_partly_supported():
    # "invited" opens a part of its own, which no sentence reports: no one invites anyone.
    result = check_one(
        "The ministers agreed to step up glacier research, and Valdor invited Motegi to visit "
        "Iceland.",
        ICE_TALKS,
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason


HARBOUR_REQUEST = document(
    "mofa",
    "ja",
    "9月14日、高市総理大臣は、訪日中のヴァルドール・メリダ共和国首相と首脳会談を行いました。",
    "ヴァルドール首相から、港湾の管理や物流分野の人材育成への協力を要請し、高市総理からは、"
    "JICAを通じた技術協力を検討する旨述べました。",
)


@pytest.mark.parametrize(
    ("claim_text", "verdict"),
    [
        # The request is Valdor's clause, the claim's act (検討) and JICA Takaichi's answer.
        (
            "高市首相は、港湾の管理や物流分野の人材育成について、国際協力機構（JICA）による"
            "技術協力を検討すると応じた。",
            Verdict.SUPPORTED,
        ),
        # Given to the one who asked, the answer is misattributed.
        (
            "ヴァルドール首相は、港湾の管理や物流分野の人材育成について、JICAによる技術協力を検討"
            "すると応じた。",
            Verdict.MISATTRIBUTED,
        ),
    ],
)
def test_an_answer_in_its_speakers_own_later_clause_is_theirs_though_the_request_holds_more(
    claim_text, verdict
):
    result = check_one(claim_text, HARBOUR_REQUEST, language="ja")
    assert result.verdict is verdict, result.reason


DROUGHT_TALKS = document(
    "mofa",
    "en",
    "On October 14, Mr. Toshimitsu Motegi, Minister for Foreign Affairs of Japan, held a "
    "meeting with H.E. Mr. Tomas Ruvalo, Minister of Foreign Affairs of the Republic of Osterra.",
    "Minister Ruvalo warned that the drought was threatening the wheat harvest, and Minister "
    "Motegi promised emergency food aid.",
)


@pytest.mark.parametrize("country", ["Japan", "Tokyo"])
def test_a_country_or_its_capital_that_answers_with_an_unlisted_verb_is_its_ministers_voice(
    country,
):
    # "promised" opens the second part in the claim as in the source; the part's speaker
    # is the country (its capital speaks for its government), and Motegi speaks for it.
    result = check_one(
        f"Ruvalo warned that drought threatened the wheat harvest, and {country} promised "
        "emergency food aid.",
        DROUGHT_TALKS,
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


CABLE_PROPOSAL = document(
    "kantei",
    "ja",
    "11月5日、高市総理大臣は、訪日中のマリク・ソレン・ヴェストリア共和国大統領と首脳会談を"
    "行いました。",
    "高市総理から、海底送電ケーブルに関する共同の実現可能性調査を提案し、ソレン大統領からは、"
    "同調査の実施を前向きに検討する旨述べました。",
)


def test_a_proposal_stays_with_its_proposer_though_the_answer_holds_the_verb_it_names():
    # The claim's act (提案) is the first clause's: the answer's 検討 does not take it.
    result = check_one(
        "高市総理は、海底送電ケーブルに関する実現可能性調査の実施を両国で検討するよう提案した。",
        CABLE_PROPOSAL,
        language="ja",
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


PORT_AND_FLOODS = document(
    "mofa",
    "ja",
    "10月14日、茂木外務大臣は、訪日中のトマス・ルヴァロ・オステラ共和国外務大臣と外相会談を"
    "行いました。",
    "茂木大臣から、ヴェルマール港の復旧への支援を表明し、ルヴァロ大臣からも、洪水対策に関する"
    "政府の取組について説明がありました。",
)


@pytest.mark.parametrize(
    ("speaker", "verdict"),
    [
        # The sentence writes Ruvalo's name for the other clause: the support is 茂木大臣's.
        ("Ruvalo", Verdict.MISATTRIBUTED),
        ("Motegi", Verdict.SUPPORTED),
    ],
)
def test_a_speaker_the_sentence_names_for_another_clause_did_not_say_this_one(speaker, verdict):
    result = check_one(
        f"{speaker} voiced support for restoring the port of Velmar.",
        PORT_AND_FLOODS,
        speaker=speaker,
    )
    assert result.verdict is verdict, result.reason


def test_an_english_sentence_opened_by_an_unlisted_verb_of_speech_names_its_speaker():
    # "warned" is no listed verb of speech: the first clause is still Ruvalo's.
    result = check_one(
        "Motegi warned that the drought was threatening the wheat harvest.",
        DROUGHT_TALKS,
        speaker="Motegi",
    )
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason
    assert "gives it to Minister Ruvalo" in result.reason


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("茂木大臣は、ヴェルマール港の復旧を支援すると述べた。", Verdict.SUPPORTED),
        ("茂木大臣は、洪水対策に関する政府の取組が重要だと述べた。", Verdict.MISATTRIBUTED),
    ],
)
def test_a_bare_surname_in_the_speaker_field_is_the_titled_speaker_the_claim_opens_with(
    text, verdict
):
    # 茂木 alone reads as no name; the claim writes it with its title as its speaker.
    result = check_one(text, PORT_AND_FLOODS, language="ja", speaker="茂木")
    assert result.verdict is verdict, result.reason


@pytest.mark.parametrize(
    "opener",
    ["Tokyo", "The Japanese Government", "Japan's foreign ministry"],
)
def test_a_government_that_warns_with_an_unlisted_verb_names_no_speaker(opener):
    # A government speaks through any of its people: Motegi's claim is not given away.
    source = document(
        "mofa",
        "en",
        "On October 14, Mr. Toshimitsu Motegi, Minister for Foreign Affairs of Japan, held a "
        "meeting with H.E. Mr. Tomas Ruvalo, Minister of Foreign Affairs of the Republic of "
        "Osterra.",
        f"{opener} warned that volcanic ash could disrupt regional flights.",
    )
    result = check_one(
        "Motegi warned that volcanic ash could disrupt regional flights.",
        source,
        speaker="Motegi",
    )
    assert result.verdict is not Verdict.MISATTRIBUTED, result.reason


def test_thanks_worded_as_gratitude_answer_the_clause_they_thank_for():
    # The support is 茂木大臣's clause; the gratitude for it, Borrel's, is a reaction.
    source = document(
        "mofa",
        "ja",
        "10月14日、茂木外務大臣は、訪日中のボレル・カルドニア共和国外務大臣と外相会談を"
        "行いました。",
        "茂木大臣から、イトヴァ洪水堤防の建設への支援を表明し、ボレル大臣からは、日本の支援に"
        "対する深い謝意が表明されました。",
    )
    result = check_one(
        "Borrel expressed deep gratitude for Japan's support for the Itova flood barrier.",
        source,
        speaker="Borrel",
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def said_by(text: str, source: Document, speaker: str, *, not_by: str) -> ClaimResult:
    """Check the claim `text` ("{} said …") as `speaker`'s, which the source supports, and
    as `not_by`'s, which it misattributes; the second result, for what its reason names."""
    result = check_one(text.format(speaker), source, speaker=speaker)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    result = check_one(text.format(not_by), source, speaker=not_by)
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason
    return result


def relayed_to_oskander(result: ClaimResult) -> None:
    """The source supports the claim as Oskander's act, which another speaker reports."""
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert any("reports it as what Oskander did or said" in d for d in result.details)


TESKARIA_MEETING = (
    "On March 9, Mr. Toshimitsu Motegi, Minister for Foreign Affairs of Japan, held a meeting "
    "with H.E. Ms. Ilse Varnholt, Minister of Foreign Affairs of the Republic of Teskaria."
)
"""The date line of the invented Japan–Teskaria foreign ministers' meeting."""

RELAYING = document(
    "mofa",
    "en",
    TESKARIA_MEETING,
    "Minister Varnholt noted that President Oskander had vowed to double the number of "
    "Japanese language teachers.",
    "Minister Varnholt conveyed a message from President Oskander praising the Japanese "
    "rescue teams after the Lorvik landslide.",
    "Minister Varnholt conveyed President Oskander's invitation for Prime Minister Takaichi "
    "to open the Teskarian trade fair.",
    "Minister Varnholt asked that President Oskander receive the Japanese survey team.",
    "Minister Varnholt welcomed President Oskander's decision and pledged to reopen the "
    "consulate in Brannholm.",
)


@pytest.mark.parametrize(
    "text",
    [
        "Oskander vowed to double the number of Japanese language teachers.",
        "Oskander praised the Japanese rescue teams after the Lorvik landslide.",
        "President Oskander invited Prime Minister Takaichi to open the Teskarian trade fair.",
    ],
)
def test_a_speaker_who_reports_anothers_act_gives_it_to_the_other(text):
    # The minister speaks, but what she reports is the president's own act.
    result = check_one(text, RELAYING, speaker="Oskander")
    relayed_to_oskander(result)
    # Nor is it a third person's.
    result = check_one(text, RELAYING, speaker="Motegi")
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


@pytest.mark.parametrize(
    "text",
    [
        # What is asked of the president is no act of his.
        "Oskander received the Japanese survey team.",
        # The pledge after "and" is the reporter's own.
        "Oskander pledged to reopen the consulate in Brannholm.",
        # The welcome is the reporter's verb of speech, whoever the decision is.
        "Oskander welcomed the decision.",
    ],
)
def test_a_name_in_a_reported_clause_is_not_given_what_the_reporter_does(text):
    result = check_one(text, RELAYING, speaker="Oskander")
    assert result.verdict is not Verdict.SUPPORTED, result.reason


def test_a_japanese_readout_that_conveys_anothers_invitation_gives_it_to_them():
    source = document(
        "mofa",
        "ja",
        "3月9日、茂木外務大臣は、訪日中のイルゼ・ヴァルンホルト・テスカリア共和国外務大臣と外相"
        "会談を行いました。",
        "ヴァルンホルト大臣から、オスカンダー大統領からの高市総理への国賓訪問の招待を伝達しました。",
        "茂木大臣から、オスカンダー大統領の改革への支持を表明しました。",
    )
    text = "President Oskander invited Prime Minister Takaichi to make a state visit."
    result = check_one(text, source, speaker="Oskander")
    relayed_to_oskander(result)
    # The reform is Oskander's; the support for it is Motegi's.
    result = check_one("Oskander voiced support for the reform.", source, speaker="Oskander")
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


JAPANESE_RELAYING = document(
    "mofa",
    "ja",
    "3月9日、茂木外務大臣は、訪日中のイルゼ・ヴァルンホルト・テスカリア共和国外務大臣と外相"
    "会談を行いました。",
    "ヴァルンホルト大臣から、ロルヴィク地滑りの被災者に対するオスカンダー大統領からの"
    "お見舞いのメッセージを伝達しました。",
    "ヴァルンホルト大臣から、オスカンダー大統領が日本語教師の倍増を強く求めている旨紹介が"
    "ありました。",
    "茂木大臣から、オスカンダー大統領の提案した共同海洋調査について前向きに検討する旨述べました。",
    "茂木大臣から、オスカンダー大統領がブランホルムを訪問することを期待する旨述べました。",
    "ヴァルンホルト大臣から、鉄道分野での協力の拡大を呼びかけるオスカンダー大統領の親書を"
    "手交しました。",
    "茂木大臣から、高市総理からのメッセージとして、テスカリアの建国記念日に祝意を伝えました。",
    "ヴァルンホルト大臣から、テスカリアは地域の海洋安全保障に貢献するとのオスカンダー大統領の"
    "発言を紹介しました。",
    "茂木大臣から、日本の常任理事国入りを一貫して支持してきたオスカンダー大統領に謝意を表明しました。",
)


@pytest.mark.parametrize(
    "text",
    [
        # The head's modifiers stand before the name: «被災者に対する…からのメッセージ».
        "Oskander sent a message of sympathy to the victims of the Lorvik landslide.",
        # The name's own clause, which 旨 reports.
        "Oskander called for doubling the number of Japanese language teachers.",
        # A relative clause whose subject the name is.
        "Oskander proposed a joint ocean survey.",
        # A letter (JMdict: what is said), and the relative clause before the name.
        "Oskander called for expanding cooperation in the railway sector.",
        # A quotation tied to the name's remarks, its own topic included.
        "Oskander said Teskaria would contribute to maritime security in the region.",
        # A clause that describes the name, though the name is what the thanks go to.
        "Oskander has consistently supported Japan's bid for permanent membership.",
    ],
)
def test_a_japanese_readout_that_reports_anothers_act_gives_it_to_them(text):
    result = check_one(text, JAPANESE_RELAYING, speaker="Oskander")
    relayed_to_oskander(result)


def test_a_message_conveyed_as_anothers_gives_them_what_the_clause_conveys():
    # «高市総理からのメッセージとして、…祝意を伝えました»: the congratulations are Takaichi's.
    text = "Takaichi congratulated Teskaria on its National Foundation Day."
    result = check_one(text, JAPANESE_RELAYING, speaker="Takaichi")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    result = check_one(text.replace("Takaichi", "Varnholt"), JAPANESE_RELAYING, speaker="Varnholt")
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


def test_a_japanese_readout_gives_a_hope_about_a_name_to_the_one_who_hopes():
    # «オスカンダー大統領がブランホルムを訪問することを期待»: the visit is nested in Motegi's
    # hope, so the hope is his, not the president's.
    result = check_one(
        "Oskander expressed hope to visit Brannholm.", JAPANESE_RELAYING, speaker="Oskander"
    )
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


CLOSING = document(
    "mofa",
    "en",
    TESKARIA_MEETING,
    "President Oskander approved the new fisheries plan last week, Minister Varnholt explained.",
    "Teskaria will host the regional rail forum next year, Minister Varnholt said.",
    "The Brannholm ferry terminal will reopen in May, said Minister Varnholt.",
    "The Lorvik relief fund will double next year, Teskarian Foreign Minister Ilse Varnholt said.",
    "The Brannholm shipyard will hire 300 workers, Minister Varnholt told reporters afterwards.",
    "The Lorvik bridge will open in June, Minister Varnholt said at a joint news conference.",
)


@pytest.mark.parametrize(
    "text",
    [
        "Varnholt said President Oskander approved the new fisheries plan last week.",
        "Varnholt said Teskaria would host the regional rail forum next year.",
        "Varnholt said the Brannholm ferry terminal would reopen in May.",
        "Varnholt said the Lorvik relief fund would double next year.",
        # Whom and where it was said may follow the verb.
        "Varnholt said the Brannholm shipyard would hire 300 workers.",
        "Varnholt said the Lorvik bridge would open in June.",
    ],
)
def test_a_speaker_named_at_a_sentences_end_says_all_of_it(text):
    result = check_one(text, CLOSING, speaker="Varnholt")
    assert result.verdict is Verdict.SUPPORTED, result.reason
    result = check_one(text.replace("Varnholt", "Motegi"), CLOSING, speaker="Motegi")
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason
    assert "Varnholt" in result.reason


def test_a_speaker_the_page_names_in_kanji_is_not_the_other_ministers_clause():
    # Neither minister is in the termbase; the page writes the claim's speaker in kanji
    # (茂木, whose reading links it to "Motegi"), so the katakana clause speaker is another
    # person, not a name the tool cannot compare.
    source = document(
        "mofa",
        "ja",
        "3月9日、茂木外務大臣は、訪日中のイルゼ・ヴァルンホルト・テスカリア共和国外務大臣と"
        "外相会談を行いました。",
        "ヴァルンホルト大臣から、テスカリアの鉄道網の近代化への日本の協力に謝意が表明されました。",
    )
    text = "{} thanked Japan for its cooperation in modernising the Teskarian railway network."
    said_by(text, source, "Varnholt", not_by="Motegi")


def test_a_listed_opening_keeps_its_sentence_before_a_closing_speaker():
    source = document(
        "mofa",
        "en",
        TESKARIA_MEETING,
        "Minister Varnholt proposed a joint survey of the Lorvik fishing grounds, Minister Motegi "
        "agreed.",
    )
    text = "{} proposed a joint survey of the Lorvik fishing grounds."
    said_by(text, source, "Varnholt", not_by="Motegi")


def test_the_said_secretary_is_the_one_named_before_not_a_person_called_dou():
    # 同長官 ("the said secretary") points back to 木下官房長官: it names no one called 同.
    source = document(
        "kantei",
        "ja",
        "3月9日、木下官房長官は、来日中のイルゼ・ヴァルンホルト・テスカリア共和国外務大臣の表敬を受けました。",
        "木下官房長官から、テスカリアによる支持に謝意を表明しました。",
        "また、同長官から、拉致問題の早期解決に向けた理解と協力を求めました。",
    )
    result = check_one(
        "Kinoshita asked for understanding and cooperation toward an early resolution of the "
        "abduction issue.",
        source,
        speaker="Kinoshita",
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    "designation",
    [
        # The formal name of the visitor's state stands between the name and the office.
        "イルゼ・ヴァルンホルト・テスカリア共和国外務大臣",
        "イルゼ・ヴァルンホルト・テスカリア王国外務大臣",
        "イルゼ・ヴァルンホルト・テスカリア外務大臣",
    ],
)
def test_a_visitor_named_only_in_the_date_line_is_not_the_hosts_clause(designation):
    # The page names the visitor only in her designation, and the clause is Motegi's: the
    # claim's "Varnholt" meets the designation's name, so Motegi is someone else.
    source = document(
        "mofa",
        "ja",
        f"3月9日、茂木外務大臣は、訪日中の{designation}と外相会談を行いました。",
        "茂木大臣から、テスカリアの建国記念日に祝意を伝えました。",
    )
    text = "{} congratulated Teskaria on its National Foundation Day."
    said_by(text, source, "Motegi", not_by="Varnholt")


@pytest.mark.parametrize(
    ("order", "speaker", "other"),
    [
        (("茂木", "ヴァルンホルト"), "Varnholt", "Motegi"),
        (("ヴァルンホルト", "茂木"), "Motegi", "Varnholt"),
    ],
)
def test_the_said_minister_is_the_minister_who_spoke_last(order, speaker, other):
    # Two ministers on the page: 同大臣 ("the said minister") is the one named last before it.
    first, last = order
    source = document(
        "mofa",
        "ja",
        "3月9日、茂木外務大臣は、訪日中のイルゼ・ヴァルンホルト・テスカリア共和国外務大臣と外相"
        "会談を行いました。",
        f"{first}大臣から、両国の経済関係の強化に向けて協力したい旨述べました。",
        f"{last}大臣から、テスカリアとして日本産水産物の輸入拡大を検討する旨述べました。",
        "また、同大臣から、北極海航路の安全確保に向けて日本と連携したい旨述べました。",
    )
    text = "{} said Teskaria wanted to work with Japan on the safety of the Arctic shipping route."
    result = said_by(text, source, speaker, not_by=other)
    assert "named before" in result.reason


REPORTED_IN_ENGLISH = document(
    "mofa",
    "en",
    TESKARIA_MEETING,
    "Minister Varnholt noted that President Oskander had vowed to double the number of "
    "Japanese language teachers.",
    "Minister Varnholt conveyed a message from President Oskander praising the Japanese "
    "rescue teams after the Lorvik landslide.",
)


@pytest.mark.parametrize(
    ("text", "speaker", "source", "supported"),
    [
        # The reporter did not do what he reports another doing.
        (
            "Varnholt vowed to double the number of Japanese language teachers.",
            "Varnholt",
            REPORTED_IN_ENGLISH,
            False,
        ),
        ("Motegi proposed a joint ocean survey.", "Motegi", JAPANESE_RELAYING, False),
        (
            "Varnholt called for doubling the number of Japanese language teachers.",
            "Varnholt",
            JAPANESE_RELAYING,
            False,
        ),
        # Passing the message on is his, and so is a claim that names whose act it is.
        (
            "Varnholt conveyed a message praising the Japanese rescue teams after the Lorvik "
            "landslide.",
            "Varnholt",
            REPORTED_IN_ENGLISH,
            True,
        ),
        (
            "Varnholt noted that Oskander had vowed to double the number of Japanese language "
            "teachers.",
            "Varnholt",
            REPORTED_IN_ENGLISH,
            True,
        ),
    ],
)
def test_a_reporter_is_not_given_the_act_he_relays(text, speaker, source, supported):
    result = check_one(text, source, speaker=speaker)
    if supported:
        assert result.verdict is Verdict.SUPPORTED, result.reason
    else:
        assert result.verdict is Verdict.MISATTRIBUTED, result.reason
        assert "Oskander" in result.reason or "オスカンダー" in result.reason


def test_a_vice_minister_is_named_by_the_surname_before_the_prefix():
    # 副 ("vice") of «松井副大臣» is a prefix of the office, not a part of the name.
    source = document(
        "mofa",
        "ja",
        "3月9日、茂木外務大臣は、訪日中のイルゼ・ヴァルンホルト・テスカリア共和国外務大臣と外相"
        "会談を行いました。",
        "会談には松井外務副大臣が同席しました。",
        "松井副大臣から、テスカリアの港湾開発への日本企業の参画に期待を表明しました。",
    )
    text = "{} expressed hope for Japanese companies' participation in Teskarian port development."
    result = check_one(text.format("Motegi"), source, speaker="Motegi")
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason
    assert "松井" in result.reason


def test_a_sentence_closed_by_a_pronoun_speaker_is_the_one_before_s_speaker():
    # "…, he said." goes on in the words of the one the sentence before names, though no
    # verb of speech the page's labels read named him there.
    source = document(
        "mofa",
        "en",
        TESKARIA_MEETING,
        "Minister Varnholt expressed gratitude for Japan's assistance after the floods.",
        "Teskaria will open a new consulate general in Nagoya next month, she said.",
    )
    text = "{} said Teskaria would open a new consulate general in Nagoya next month."
    result = said_by(text, source, "Varnholt", not_by="Motegi")
    assert "Varnholt" in result.reason


KING_AND_MINISTER = document(
    "mofa",
    "ja",
    "3月9日、茂木外務大臣は、訪日中のナディム・ラシード・カシール王国外務大臣と外相会談を"
    "行いました。",
    "ナディム大臣から、両国の皇室・王室交流の深化を希望するタリク国王の親書を手交しました。",
    "茂木大臣から、国連安保理改革に関する日本の立場を一貫して支持してきたタリク国王に"
    "謝意を表明しました。",
    "高市総理から、ヴェルマール訪問に関するアールグレン首相の招待に謝意を表明しました。",
    "ナディム大臣から、タリク国王から高市総理大臣宛ての親書を手交しました。",
)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # An office no termbase title reads (国王: JMdict's "king" is a person).
        ("King Tariq hoped for deeper exchanges between the two royal families.", "Tariq"),
        (
            "King Tariq has consistently supported Japan's position on Security Council reform.",
            "Tariq",
        ),
        # A katakana name the analyser cuts (アール|グレン), and the reporter named as whom the
        # invitation is for.
        ("Prime Minister Ahlgren invited Takaichi to visit Velmar.", "Ahlgren"),
        # から before what is sent: the letter is the king's, Nadim only hands it over.
        ("King Tariq sent a personal letter to Prime Minister Takaichi.", "Tariq"),
    ],
)
def test_a_relayed_act_reads_offices_and_cut_names(text, speaker):
    result = check_one(text, KING_AND_MINISTER, speaker=speaker)
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert any("did or said" in d for d in result.details)


@pytest.mark.parametrize(
    "text",
    [
        "Nadim hoped for deeper exchanges between the two royal families.",
        "Takaichi invited Ahlgren to visit Velmar.",
    ],
)
def test_a_reporter_named_beside_an_office_is_not_given_the_relayed_act(text):
    speaker = text.split()[0]
    result = check_one(text, KING_AND_MINISTER, speaker=speaker)
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


def test_the_clauses_own_speaker_phrase_names_no_one_it_relays():
    # "President Lee added that …": the name opens the clause as its speaker, written by a
    # title and surname the termbase reads as Lee Jae-myung; the claim that names him in
    # full is his, not "in President Lee's words".
    source = document(
        "mofa",
        "en",
        "On May 4, Prime Minister Takaichi held a summit meeting with President Lee Jae-myung.",
        "Prime Minister Takaichi explained Japan's plan for a new ferry route, and President "
        "Lee added that the two countries should expand exchanges among young people.",
    )
    text = "Lee Jae-myung said the two countries should expand exchanges among young people."
    result = check_one(text, source, speaker="Lee Jae-myung")
    assert result.verdict is Verdict.SUPPORTED, result.reason


@pytest.mark.parametrize(
    ("speaker", "verdict"), [("Akazawa", Verdict.MISATTRIBUTED), ("Lenz", Verdict.SUPPORTED)]
)
def test_the_other_side_is_the_one_the_meeting_sentence_names(speaker, verdict):
    # 先方 ("the other side") is the visitor the meeting's sentence names, not the host.
    source = read_page(
        "ja",
        "10月22日、赤沢経済再生担当大臣は、訪日中のペーター・レンツ・エスタヴィア共和国経済大臣と"
        "会談を行いました。",
        "先方から、エスタヴィアとして日本企業のリチウム開発への参画を歓迎する旨述べました。",
    )
    text = (
        f"{speaker} said Estavia welcomed Japanese companies' participation in lithium development."
    )
    result = check_one(text, source, speaker=speaker)
    assert result.verdict is verdict, result.reason


def test_the_said_chairman_is_the_chairman_who_spoke_last():
    # 議長 is no office the speaker patterns list: JMdict's "chairman" makes it one, so
    # «同議長から、…» points back to the chairman, not to the prime minister between.
    source = read_page(
        "ja",
        "3月9日、高市総理大臣は、訪日中のルイス・モンテイロ・ルシタラ国民議会議長の表敬を"
        "受けました。",
        "モンテイロ議長から、日本の災害対応の経験に学びたい旨述べました。",
        "高市総理から、防災分野での協力を進めたい旨述べました。",
        "また、同議長から、ルシタラ議会として日本との友好議員連盟を設立する旨紹介しました。",
    )
    text = "{} said the Lusitaran parliament would set up a friendship league with Japan."
    said_by(text, source, "Monteiro", not_by="Takaichi")


@pytest.mark.parametrize(
    ("text", "speaker", "supported"),
    [
        # The act runs across the commas of a list, and "King" before the name is the name's.
        (
            "Oskander proposed an energy dialogue among Japan, Teskaria and Norland.",
            "Oskander",
            True,
        ),
        (
            "Varnholt proposed an energy dialogue among Japan, Teskaria and Norland.",
            "Varnholt",
            False,
        ),
        ("King Harald has decided to pay a state visit to Japan next autumn.", "Harald", True),
    ],
)
def test_an_english_relay_reads_lists_and_offices_before_the_name(text, speaker, supported):
    source = document(
        "mofa",
        "en",
        TESKARIA_MEETING,
        "Minister Varnholt noted that President Oskander had proposed an energy dialogue among "
        "Japan, Teskaria and Norland.",
        "Minister Varnholt noted that His Majesty King Harald had decided to pay a state visit "
        "to Japan next autumn.",
    )
    result = check_one(text, source, speaker=speaker)
    expected = Verdict.SUPPORTED if supported else Verdict.MISATTRIBUTED
    assert result.verdict is expected, result.reason


BARE_ANSWER = document(
    "y",
    "ja",
    "令和9年5月20日、高市総理大臣は、ヌルラン・ガルモア共和国首相と首脳会談を行いました。",
    "高市総理から、北朝鮮による核・ミサイル開発や拉致問題への対応について理解と協力を求め、"
    "ヌルラン首相から支持が表明されました。",
)


def answered_verdict(text: str, speaker: str):
    from factcheck.model import Article, Claim, ClaimFile, SourceOutcome, SourceSpec
    from factcheck.verify import check_claims

    spec = SourceSpec("s", "https://example.invalid/", language="ja", kind=SourceKind.READOUT)
    claim_file = ClaimFile(
        "c.yaml", Article("t", language="ja"), (spec,), (Claim("c", text, ("s",), speaker=speaker),)
    )
    (result,) = check_claims(claim_file, (SourceOutcome(spec, document=BARE_ANSWER),), TERMBASE)
    return result


def test_a_bare_answer_clause_is_its_speakers_support_of_what_the_first_clause_asked():
    # «…理解と協力を求め、ヌルラン首相から支持が表明されました»: the support is Nurlan's,
    # though the first clause, Takaichi's, holds what it supports.
    result = answered_verdict(
        "ヌルラン首相は、拉致問題を含む北朝鮮への対応について支持を表明した。", "Nurlan"
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert any("clause «ヌルラン首相から支持が表明されました。»" in d for d in result.details)


def test_the_support_in_the_first_speakers_mouth_is_misattributed():
    result = answered_verdict(
        "高市総理は、拉致問題を含む北朝鮮への対応について支持を表明した。", "Takaichi"
    )
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


TRUSTED = document(
    "t",
    "ja",
    "11月17日、高市総理大臣は、ヴァロ・ネリアン・パラオ共和国大統領と首脳会談を行いました。",
    "高市総理から、ネリアン大統領の訪日を歓迎する旨述べた上で、パラオは歴史的に深いつながりを"
    "持ち、多くの日系人が活躍する重要なパートナーであり、両国関係を更に発展させたい旨述べました。",
    "これに対し、ネリアン大統領から、日本は長年にわたり最も信頼できる開発パートナーである旨の"
    "発言がありました。",
)


@pytest.mark.parametrize(
    ("speaker", "verdict"),
    [("Takaichi", Verdict.MISATTRIBUTED), ("Nerian", Verdict.SUPPORTED)],
)
def test_the_remark_is_found_where_its_content_is_not_where_the_claims_names_are(speaker, verdict):
    # The first speaker's welcome names both leaders and the country; the other leader's
    # answer carries what the claim says (trusted, development partner, many years).
    said = "Japan had for many years been Palau's most trusted development partner."
    other = "Nerian" if speaker == "Takaichi" else "Takaichi"
    result = check_one(f"{speaker} told {other} that {said}", TRUSTED, speaker=speaker)
    assert result.verdict is verdict, result.reason


# ── a speaker whose name is also a word ───────────────────────────────────────

BARROW_SOURCE = document(
    "https://example.invalid/gambia",
    "ja",
    "令和9年2月12日、高市総理大臣は、アダマ・バロー・ガンビア共和国大統領と電話会談を行いました。",
    "バロー大統領から、本年12月の大統領選挙を自由かつ公正に実施する決意が述べられました。",
)


def _covers(result, word):
    """Whether the result's coverage detail lists `word` as covered."""
    return any(
        word in d.split("covered:", 1)[1].split("missing:", 1)[0]
        for d in result.details
        if "covered:" in d
    )


def test_a_speaker_whose_name_is_a_dictionary_word_is_met_as_a_name():
    # "Barrow" opens the claim, where a capital says nothing, and is a dictionary word; the
    # claim file names Barrow as the speaker, so the word is his name, met as バロー.
    claim = "Barrow said his government was determined to hold a fair presidential election."
    named = check_one(claim, BARROW_SOURCE, speaker="Barrow")
    assert _covers(named, "Barrow"), named.details
    assert not _covers(check_one(claim, BARROW_SOURCE), "Barrow")


# A meeting readout in MOFA's English layout (written for this test; the organisation and its
# head are fictional): an invitation, and the answer in a sentence of its own.
INVITED_THEN_ANSWERED = document(
    "u",
    "en",
    "On April 23, for approximately 40 minutes, Foreign Minister Motegi held a meeting with "
    "Secretary General Arvid Lindqvist of the Nordic Maritime Council.",
    "Secretary General Lindqvist invited Japan to participate at a high level in the Council's "
    "ministerial meeting to be held in December.",
    "Minister Motegi stated that Japan would give positive consideration to the invitation.",
    "Secretary General Lindqvist also stated that the Council would welcome Japanese experts.",
)


def test_an_answer_the_claim_says_was_prompted_may_stand_in_the_next_sentence():
    # The claim gives the invitation to Lindqvist and the answer to Motegi, as the source does.
    result = check_one(
        "Asked by Lindqvist to take part at a high level in December's ministerial meeting, "
        "Motegi said Japan would consider the invitation positively.",
        INVITED_THEN_ANSWERED,
        speaker="Motegi",
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_the_next_sentence_by_the_same_speaker_is_no_answer():
    # Lindqvist's own next sentence answers nothing: the welcome is his, not Motegi's.
    result = check_one(
        "Asked by Lindqvist to take part in December's ministerial meeting, Motegi said the "
        "Council would welcome Japanese experts.",
        INVITED_THEN_ANSWERED,
        speaker="Motegi",
    )
    assert result.verdict is Verdict.MISATTRIBUTED, result.reason


# A reconstruction in our own words: two speakers in one sentence, the second acting on what
# the first said ("toward its success").
HOST_AND_HELP = document(
    "https://example.invalid/press",
    "en",
    "On May 6, Prime Minister Takaichi held a summit meeting with Prime Minister Lind of Estoria.",
    "Prime Minister Lind stated that Estoria would host the Quad Leaders' Summit within the "
    "year, and Prime Minister Takaichi stated that Japan would continue to work closely with "
    "Estoria toward its success.",
)


@pytest.mark.parametrize(
    ("text", "speaker", "verdict"),
    [
        # The pledge to work closely is Takaichi's second clause, though the summit it is for
        # (the weightier words) is named in Lind's.
        (
            "Takaichi said Japan would keep working closely with Estoria to make the Quad "
            "summit Estoria hosts this year a success.",
            "Takaichi",
            Verdict.SUPPORTED,
        ),
        (
            "Lind pledged to work closely with Japan to make this year's Quad summit a success.",
            "Lind",
            Verdict.MISATTRIBUTED,
        ),
    ],
)
def test_a_second_clause_that_acts_on_the_first_holds_its_speaker_s_words(text, speaker, verdict):
    result = check_one(text, HOST_AND_HELP, speaker=speaker)
    assert result.verdict is verdict, result.reason


# A reconstruction in our own words: the second speaker acts on the first one's account,
# pointing back at it ("in this area"), in other words than the claim's.
FERTILIZER = document(
    "https://example.invalid/agency",
    "en",
    "On May 19, Prime Minister Takaichi received a courtesy call from Director-General Ruvalo "
    "of the Farm Agency.",
    "Director-General Ruvalo explained the Farm Agency's efforts to respond to the sharp rise "
    "in global fertilizer prices, and Prime Minister Takaichi stated that Japan would consider "
    "further cooperation in this area.",
)


def test_a_second_clause_that_points_back_holds_the_claim_its_act_is_worded_otherwise():
    # "look into" is "consider", which the lexicon does not link: the claim's speaker says
    # more of the claim in her clause, which points back at the first one's.
    result = check_one(
        "Takaichi told Ruvalo that Japan would look into further cooperation with the Farm "
        "Agency on soaring fertilizer prices.",
        FERTILIZER,
        speaker="Takaichi",
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
