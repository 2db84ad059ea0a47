"""A claim that swaps the act its source reports (close for repair) is not supported: the
act is a key element, and the reason names the claim's word and the source's."""

from __future__ import annotations

import pytest
from pipeline_helpers import check_one, document

from factcheck.languages import language_for
from factcheck.languages.interface import Predicating
from factcheck.model import Document, Verdict

EN_SOURCE = document(
    "https://example.invalid/en",
    "en",
    "Foreign Minister Sato stated that Japan would repair the piers of Lamu harbour.",
)
JA_SOURCE = document(
    "https://example.invalid/ja",
    "ja",
    "佐藤外務大臣は、日本がラム港の桟橋を補修すると述べました。",
)
JA_PLAN = document(
    "https://example.invalid/plan",
    "ja",
    "茂木大臣は、日本が両国の経済協力を強化し、港湾開発を推進すると述べました。",
)


@pytest.mark.parametrize("act", ["close", "demolish"])
def test_another_act_on_the_same_thing_is_partly_supported(act: str) -> None:
    result = check_one(f"Sato said Japan would {act} the piers of Lamu harbour.", EN_SOURCE)
    assert result.verdict is Verdict.PARTLY_SUPPORTED
    assert f"does not say “{act}” (it says “repair”)" in result.reason


@pytest.mark.parametrize("act", ["repair", "mend", "fix"])
def test_the_same_act_in_other_words_is_supported(act: str) -> None:
    result = check_one(f"Sato said Japan would {act} the piers of Lamu harbour.", EN_SOURCE)
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize("act", ["close", "demolish"])
def test_an_english_claim_swapping_a_japanese_sources_act(act: str) -> None:
    result = check_one(f"Sato said Japan would {act} the piers of Lamu harbour.", JA_SOURCE)
    assert result.verdict is Verdict.PARTLY_SUPPORTED
    assert f"does not say “{act}” (it says “補修”)" in result.reason


def test_an_english_claim_with_the_japanese_sources_act_is_supported() -> None:
    result = check_one("Sato said Japan would repair the piers of Lamu harbour.", JA_SOURCE)
    assert result.verdict is Verdict.SUPPORTED


def test_a_japanese_claim_swapping_the_act() -> None:
    result = check_one(
        "佐藤外務大臣は、日本がラム港の桟橋を閉鎖すると述べた。", JA_SOURCE, language="ja"
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED
    assert "does not say “閉鎖” (it says “補修”)" in result.reason
    assert any("action “閉鎖”" in d for d in result.details)


@pytest.mark.parametrize("act", ["補修", "修理"])
def test_a_japanese_claim_with_the_same_act_is_supported(act: str) -> None:
    result = check_one(
        f"佐藤外務大臣は、日本がラム港の桟橋を{act}すると述べた。", JA_SOURCE, language="ja"
    )
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    "claim",
    [
        "Motegi said Japan would boost economic cooperation between the two countries.",
        "Motegi said Japan would step up economic cooperation between the two countries.",
        "Motegi said Japan would enhance economic cooperation between the two countries.",
        "Motegi said Japan would push ahead with port development.",
        "Motegi said Japan would advance port development.",
        "Motegi said Japan would promote port development.",
    ],
)
def test_a_paraphrase_of_the_sources_act_stays_supported(claim: str) -> None:
    assert check_one(claim, JA_PLAN).verdict is Verdict.SUPPORTED


EN_TRADE = document(
    "https://example.invalid/trade",
    "en",
    "Trade Minister Sato stated that Japan would increase imports of Australian beef.",
)
JA_TRADE = document(
    "https://example.invalid/trade-ja",
    "ja",
    "佐藤大臣は、日本が豪州産牛肉の輸入を拡大すると述べました。",
)


@pytest.mark.parametrize("source", [EN_TRADE, JA_TRADE], ids=["en", "ja"])
def test_the_opposite_act_is_partly_supported(source: Document) -> None:
    # "reduce" is no antonym of "increase" or 拡大 itself, but a kind of "decrease", which is.
    result = check_one("Sato said Japan would reduce imports of Australian beef.", source)
    assert result.verdict is Verdict.PARTLY_SUPPORTED
    assert "does not say “reduce”" in result.reason


@pytest.mark.parametrize("source", [EN_TRADE, JA_TRADE], ids=["en", "ja"])
@pytest.mark.parametrize("act", ["raise", "boost"])
def test_a_degree_verb_in_other_words_stays_supported(source: Document, act: str) -> None:
    claim = f"Sato said Japan would {act} imports of Australian beef."
    assert check_one(claim, source).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(
    ("said", "claimed", "thing"),
    [
        ("promote", "accelerate", "the project"),
        ("ease", "loosen", "the restrictions"),
        ("arrest", "detain", "the smugglers"),
        # WordNet relates these below their commonest senses (_KIN_SENSES).
        ("initiate", "launch", "the programme"),
    ],
)
def test_two_verbs_one_japanese_word_renders_are_one_act(
    said: str, claimed: str, thing: str
) -> None:
    # WordNet's commonest senses do not relate these; JMdict renders both by one word
    # (促進, 緩和, 拘束…): the claim words the source's act otherwise, it does not swap it.
    source = document(
        "https://example.invalid/lamu",
        "en",
        f"Foreign Minister Sato said Japan would {said} {thing} in Lamu next month.",
    )
    result = check_one(f"Sato said Japan would {claimed} {thing} in Lamu next month.", source)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_a_swapped_act_whose_word_opens_another_word_of_the_passage_is_still_a_swap():
    # "open" is written inside "opening" of the passage; the passage's verb beside the
    # wharves is still "open", another act than the claim's "close".
    source = document(
        "s",
        "en",
        "Trade Minister Sato said Japan would open the wharves at Kobe before the opening "
        "ceremony.",
    )
    result = check_one(
        "Sato said Japan would close the wharves at Kobe before the opening ceremony.", source
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "open" in result.reason


def test_two_acts_are_not_alike_through_a_noun_sense_of_one_of_them() -> None:
    # The noun "end" is a kind of "finish"; the verb "implement" is a kind of the verb
    # "finish". That makes no kin of the two acts: only the verbs' own hierarchies count.
    from factcheck.checks.key_actions import _kin

    assert not _kin("end", "implement")
    assert _kin("reinforce", "strengthen")


EN_PORT = document(
    "https://example.invalid/port",
    "en",
    "Prime Minister Sato stated that Japan would support port development in Lamu.",
)


@pytest.mark.parametrize("act", ["promote", "advance", "boost", "foster"])
def test_an_act_is_no_opposite_through_another_sense_of_a_synonym(act: str) -> None:
    # "support" has the synonym "back" (endorse), and "back" as "move backwards" opposes
    # "advance", a synonym of "promote": opposites are read sense for sense, so none of
    # these is the opposite of "support".
    result = check_one(f"Sato said Japan would {act} port development in Lamu.", EN_PORT)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def test_opposite_acts_are_read_sense_for_sense() -> None:
    from factcheck.checks.key_actions import _opposed

    assert _opposed("reduce", "increase")
    assert _opposed("close", "open")
    assert not _opposed("support", "promote")


# Trade "promoted" (促進: promotion, acceleration, encouragement, facilitation, spurring on),
# in a readout with a lead and another paragraph.
JA_TRADE_PROMOTED = document(
    "https://example.invalid/trade-promoted",
    "ja",
    "8月5日、高市総理大臣は、ルヴァロ首相と首脳会談を行いました。",
    "両首脳は、貿易を促進していくことで一致しました。",
    "両首脳は、地域情勢についても意見交換を行いました。",
)


def test_the_passages_act_on_the_same_thing_covers_the_claims_act_in_other_words():
    # "boost" is "promote" in WordNet's third sense of it, and so "encourage": two of the
    # verbs 促進 means. The passage's act on the same thing (貿易を促進) covers the claim's.
    result = check_one("The two leaders agreed to boost trade.", JA_TRADE_PROMOTED)
    assert result.verdict is Verdict.SUPPORTED, result.reason


def _readout(paragraph: str) -> Document:
    return document(
        "https://example.invalid/readout",
        "ja",
        "8月5日、高市総理大臣は、ルヴァロ首相と首脳会談を行いました。",
        paragraph,
        "両首脳は、地域情勢についても意見交換を行いました。",
    )


@pytest.mark.parametrize(
    ("paragraph", "claim"),
    [
        ("両首脳は、貿易を促進していくことで一致しました。", "agreed to freeze trade"),
        ("両首脳は、貿易を促進していくことで一致しました。", "agreed to suspend trade"),
        ("両首脳は、貿易を促進していくことで一致しました。", "agreed to restrict trade"),
        ("両首脳は、貿易を促進していくことで一致しました。", "agreed to ban trade"),
        # Found by review: off-sense glosses and a shared general parent made these one act.
        ("両首脳は、協力を維持していくことで一致しました。", "agreed to freeze cooperation"),
        ("両首脳は、投資を促進していくことで一致しました。", "agreed to regulate investment"),
        ("両首脳は、協力を推進していくことで一致しました。", "agreed to compel cooperation"),
        ("両首脳は、協力を深化させていくことで一致しました。", "agreed to widen cooperation"),
        ("両首脳は、協力を深化させていくことで一致しました。", "agreed to enlarge cooperation"),
    ],
)
def test_another_act_on_the_same_thing_does_not_cover_the_claims_act(paragraph, claim):
    result = check_one(f"The two leaders {claim}.", _readout(paragraph))
    assert result.verdict is not Verdict.SUPPORTED, result.reason


def test_only_one_synset_makes_two_verbs_one_act() -> None:
    from factcheck.checks.key_actions import _one_act

    # "freeze" is a kind of "solidify" (a gloss of 強化): the claim says more.
    assert not _one_act("freeze", "solidify")
    # "widen" and "intensify" are both ways to "increase": siblings, not one act.
    assert not _one_act("widen", "intensify")
    assert not _one_act("suspend", "strengthen")
    # Nor is a more general one: "enlarge" above "deepen" (深化) is another act.
    assert not _one_act("enlarge", "deepen")
    # One synset in the commonest senses of each: "boost" is "promote" in its third.
    assert _one_act("boost", "promote")


SANCTIONS_KEPT = _readout("両首脳は、対露制裁を維持していくことを確認しました。")


@pytest.mark.parametrize("act", ["halt", "ban", "ease", "undermine"])
def test_another_act_on_a_plural_object_is_partly_supported(act: str) -> None:
    # "sanctions" is met as a verb more often than as a noun in WordNet's corpus; right after
    # the claim's verb it is that verb's object, so the act is compared with 維持.
    result = check_one(f"The two leaders agreed to {act} sanctions against Russia.", SANCTIONS_KEPT)
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert f"does not say “{act}” (it says “維持”)" in result.reason, result.reason


@pytest.mark.parametrize("act", ["keep", "maintain", "preserve", "sustain"])
def test_the_same_act_on_a_plural_object_stays_supported(act: str) -> None:
    result = check_one(f"The two leaders agreed to {act} sanctions against Russia.", SANCTIONS_KEPT)
    assert result.verdict is Verdict.SUPPORTED, result.reason


# A readout sentence written for these tests: an act on a thing its modifiers stand before.
JA_TRADE_GROWTH = document(
    "https://example.invalid/trade-growth",
    "ja",
    "両首脳は、両国間の貿易を拡大していくことで一致しました。",
)
EN_TRADE_GROWTH = document(
    "https://example.invalid/trade-growth-en",
    "en",
    "The two leaders agreed to expand bilateral trade.",
)


@pytest.mark.parametrize("source", [EN_TRADE_GROWTH, JA_TRADE_GROWTH], ids=["en", "ja"])
@pytest.mark.parametrize("act", ["reduce", "shrink"])
def test_an_act_on_a_thing_its_modifiers_stand_before_is_compared(
    source: Document, act: str
) -> None:
    # "reduce bilateral trade": the act's object is the head of the phrase after it,
    # past its modifiers; the passage's act likewise stands before the modifiers of its own.
    result = check_one(
        f"The two leaders agreed to {act} bilateral trade.",
        source,
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert f"does not say “{act}”" in result.reason


@pytest.mark.parametrize("source", [EN_TRADE_GROWTH, JA_TRADE_GROWTH], ids=["en", "ja"])
@pytest.mark.parametrize("act", ["expand", "increase", "extend"])
def test_the_same_act_on_a_modified_thing_stays_supported(source: Document, act: str) -> None:
    claim = f"The two leaders agreed to {act} bilateral trade."
    assert check_one(claim, source).verdict is Verdict.SUPPORTED


JA_TALKS = document(
    "https://example.invalid/talks",
    "ja",
    "両首脳は、投資協定の交渉を開始することで一致しました。",
)


@pytest.mark.parametrize(
    "claim",
    [
        # After "to" that follows a verb of saying or deciding, and after a modal, a word in
        # its bare form is a verb, however often WordNet's corpus meets it as a noun.
        "The two leaders agreed to end negotiations on an investment agreement.",
        "The two leaders decided to end negotiations on an investment agreement.",
        "The two leaders said they would end negotiations on an investment agreement.",
    ],
)
def test_a_bare_verb_after_to_or_a_modal_is_an_act(claim: str) -> None:
    result = check_one(claim, JA_TALKS)
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert "does not say “end” (it says “開始”)" in result.reason


@pytest.mark.parametrize("act", ["start", "begin", "launch", "open"])
def test_a_start_in_other_words_stays_supported(act: str) -> None:
    claim = f"The two leaders agreed to {act} negotiations on an investment agreement."
    assert check_one(claim, JA_TALKS).verdict is Verdict.SUPPORTED


def test_an_opposite_a_few_steps_up_the_verb_tree_swaps_the_act() -> None:
    # "restrict" is a kind of "limit", a kind of "decrease": the opposite of "increase", of
    # which "expand" (拡大) is a kind.
    result = check_one(
        "The two leaders agreed to restrict bilateral trade.",
        JA_TRADE_GROWTH,
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason


EN_STUDY = document(
    "https://example.invalid/study",
    "en",
    "The two ministers decided to launch a joint feasibility study on a rail link.",
)


@pytest.mark.parametrize("act", ["cancel", "shelve"])
def test_the_passages_act_is_found_past_the_determiner_and_modifiers(act: str) -> None:
    # From "study" back past "joint feasibility" and "a" to the act on it, "launch".
    result = check_one(
        f"The two ministers decided to {act} a joint feasibility study on a rail link.", EN_STUDY
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert f"does not say “{act}” (it says “launch”)" in result.reason


def test_a_verb_before_a_japanese_noun_describes_it_and_does_not_act_on_it() -> None:
    # 結ぶ in 両国を結ぶ直行便 says which flights; the act on them is 拡大, after them.
    source = document(
        "https://example.invalid/flights",
        "ja",
        "両首脳は、両国を結ぶ直行便を拡大していくことで一致しました。",
    )
    result = check_one(
        "The two leaders agreed to reduce direct flights between the two countries.", source
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason


@pytest.mark.parametrize(
    "act",
    [
        # "stop" and "drive" (a gloss of 推進) share WordNet's class of motion verbs; that
        # does not make stopping port development a way of promoting it.
        "halt",
        "stop",
        # "end", "freeze" and "promote" are all kinds of "change", the top of WordNet's tree
        # of changes: that says nothing of whether one is the other in other words.
        "end",
        "freeze",
    ],
)
def test_acts_related_only_through_a_broad_class_or_a_tree_top_are_not_one_act(act: str) -> None:
    result = check_one(f"Motegi said Japan would {act} port development.", JA_PLAN)
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason


JA_CONTINUE = document(
    "https://example.invalid/continue",
    "ja",
    "令和8年3月4日、高市総理大臣は、ヴェラ・ルリタニア首相と首脳会談を行いました。",
    "両首脳は、エネルギー分野での協力を継続していくことで一致しました。",
)


@pytest.mark.parametrize("frame", ["pledged", "vowed", "agreed"])
def test_a_pledge_the_passage_states_does_not_hide_the_act_it_is_made_of(frame: str) -> None:
    # 継続していく covers "pledged" as a statement of commitment; its act, 継続, is still
    # the passage's act on the cooperation.
    result = check_one(
        f"The two leaders {frame} to discontinue cooperation on energy.", JA_CONTINUE
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    kept = check_one(f"The two leaders {frame} to continue cooperation on energy.", JA_CONTINUE)
    assert kept.verdict is Verdict.SUPPORTED, kept.reason


JA_RECOVERY = document(
    "https://example.invalid/recovery",
    "ja",
    "令和8年3月4日、高市総理大臣は、ヴェラ・ルリタニア首相と首脳会談を行いました。",
    "高市総理から、ルリタニアの復興を引き続き支援していく旨述べました。",
)


def test_the_act_of_a_japanese_predicate_is_its_last_word_not_an_adverb_before_it() -> None:
    # 引き続き ("continuing") stands between 復興を and 支援: the act on the recovery is 支援.
    kept = check_one("Takaichi said she would keep supporting Ruritania's recovery.", JA_RECOVERY)
    assert kept.verdict is Verdict.SUPPORTED, kept.reason
    swapped = check_one("Takaichi said she would halt Ruritania's recovery.", JA_RECOVERY)
    assert swapped.verdict is Verdict.PARTLY_SUPPORTED, swapped.reason
    assert "(it says “支援”)" in swapped.reason


EN_CAPITAL = document(
    "https://example.invalid/capital",
    "en",
    "The two leaders confirmed that they would utilize private capital for port development.",
)


def test_a_preposition_after_a_verb_brings_no_object_of_that_verb() -> None:
    # "draw on private capital": what "draw" would act on is not "capital"; the act is not
    # compared with the passage's "utilize" on that ground.
    claim = "The two leaders agreed to draw on private capital for port development."
    assert check_one(claim, EN_CAPITAL).verdict is Verdict.SUPPORTED


def test_a_particle_between_a_verb_and_its_object_still_leads_to_it() -> None:
    # "scale back private capital": "back" is the verb's particle, and what follows is what
    # the verb acts on, against the passage's "utilize".
    result = check_one(
        "The two leaders agreed to scale back private capital for port development.", EN_CAPITAL
    )
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason


def _meeting_readout(url: str, language: str, *sentences: str) -> Document:
    """A readout of a fictional meeting: its meeting line, then `sentences`."""
    meeting = (
        "令和8年5月6日、高市総理大臣は、ヴェラ・ルリタニア首相と首脳会談を行いました。"
        if language == "ja"
        else "On May 6, 2026, Minister Sato held a meeting with Minister Vera of Ruritania."
    )
    return document(f"https://example.invalid/{url}", language, meeting, *sentences)


JA_ADVERBIAL = _meeting_readout(
    "adverbial",
    "ja",
    # 日本として ("as Japan"), 積極的に ("actively"), 定期的に ("regularly") stand between the
    # object and its verb: the act on the railways is 支援, on the dialogue 開催.
    "高市総理から、ルリタニアの鉄道整備を日本として積極的に支援していく旨述べました。",
    "両首脳は、漁業分野の対話を定期的に開催していくことで一致しました。",
)
JA_REPAIR = _meeting_readout(
    "repair",
    "ja",
    # "repair" is mostly a verb in WordNet's corpus, but after "the" or "Ruritania's" it is a
    # noun: what "stop" acts on, against the passage's 支援 on the same repair.
    "高市総理から、ルリタニアの灯台の修理を無償資金協力により支援する旨述べました。",
)
JA_STANCE = _meeting_readout(
    "stance",
    "ja",
    # "reject" reports a stance, left to the attribution check, but against 支持 ("support"),
    # its WordNet opposite, on the same candidacy, the claim says the reverse.
    "高市総理から、ルリタニアの国際海事機関理事国への立候補を支持する旨述べました。",
)
JA_NOMINAL = _meeting_readout(
    "nominal",
    "ja",
    # ベルン港の改修, "the repair of Bern port": 改修 is the act on the port ("change state",
    # above "close" and "improve" in WordNet, has dozens of kinds and ties none into one act).
    "高市総理から、ルリタニアのベルン港の改修に無償資金協力を行う旨述べました。",
    # 道路の整備に向けて協力: の ties the roads to 整備, so 協力 after it is no act on them.
    "両首脳は、ルリタニア国内の道路の整備に向けて協力していくことで一致しました。",
    # 企業の参画: the companies take part, so 参画 is no act done to them.
    "高市総理から、ルリタニアの鉱山開発への日本企業の参画を後押しする旨述べました。",
)
EN_FLIGHTS = _meeting_readout(
    "flights",
    "en",
    # "direct" and "close" stand between the passage's verb and its object in the claim too
    # ("direct" is mostly a verb in WordNet's corpus): the act is the verb before them.
    "The two leaders agreed to expand direct flights between their capitals.",
    "The two ministers confirmed that they would maintain close communication on fisheries.",
)
EN_CONTINUE = _meeting_readout(
    "continue-en",
    "en",
    # "continue" is a stop word (it frames "continue to …"), but before "its support" it is
    # the verb acting on the support; its commonest sense has an opposite (discontinue).
    "Minister Sato stated that Japan would continue its support for the rebuilding of Lamu's "
    "clinics.",
)
JA_FTA_TALKS = _meeting_readout(
    "fta-talks",
    "ja",
    # 開始 is the opening of the talks, which "open" says: not the passage's act in place of
    # "conclude", the claim's other verb on the negotiations.
    "両首脳は、自由貿易協定の交渉を開始し、年内の妥結を目指すことで一致しました。",
)
JA_BRIDGES = _meeting_readout(
    "bridges",
    "ja",
    # "cooperate on the repair": what the cooperation is about, not what it acts on.
    "高市総理から、首都の橋梁の補修を日本として支援する旨述べました。",
)
EN_LIGHT = _meeting_readout(
    "light-verbs",
    "en",
    # "hold" is a light verb: the meeting says what is done, and "convene" says it too.
    "The two ministers concurred to hold a meeting of their fisheries officials next spring.",
    # A denied act is not the act: "not close" is what "keep … open" says.
    "Minister Sato stated that Japan would keep its consulate in Lamu open.",
    # "can never accept" denies the acceptance: "rejected" says the same.
    "Minister Sato stated that Japan can never accept Ruritania's claim to the Bern Islands.",
    # "cooperate on the repair": the repair is no object of the passage's "cooperate".
    "Minister Sato stated that Japan would cooperate on the repair of clinics in Lamu.",
)

SWAPS = [
    pytest.param(
        JA_ADVERBIAL,
        "Takaichi said Japan would halt the development of Ruritania's railways.",
        "支援",
        id="adverbial-ja",
    ),
    pytest.param(
        JA_ADVERBIAL,
        "The two leaders agreed to end dialogue on fisheries.",
        "開催",
        id="adverbial-ja-2",
    ),
    pytest.param(
        JA_REPAIR,
        "Takaichi said Japan would stop the repair of Ruritania's lighthouses.",
        "支援",
        id="determiner",
    ),
    pytest.param(
        JA_REPAIR,
        "Takaichi said Japan would halt Ruritania's repair of its lighthouses.",
        "支援",
        id="possessive",
    ),
    pytest.param(
        JA_STANCE,
        "Takaichi said she would reject Ruritania's candidacy.",
        "支持",
        id="stance-opposite",
    ),
    pytest.param(
        JA_NOMINAL,
        "Takaichi said she would close the port of Bern in Ruritania.",
        "改修",
        id="nominal-ja",
    ),
    pytest.param(
        JA_NOMINAL,
        "Takaichi said she would demolish the port of Bern in Ruritania.",
        "改修",
        id="nominal-ja-2",
    ),
    pytest.param(
        EN_FLIGHTS,
        "The two leaders agreed to reduce direct flights between their capitals.",
        "expand",
        id="shared-modifier",
    ),
    pytest.param(
        EN_FLIGHTS,
        "The two ministers agreed to halt close communication on fisheries.",
        "maintain",
        id="shared-modifier-2",
    ),
    pytest.param(
        EN_CONTINUE,
        "Sato said Japan would end its support for rebuilding Lamu's clinics.",
        "continue",
        id="grammar-verb",
    ),
    pytest.param(
        EN_CONTINUE,
        "Sato said Japan would withdraw its support for rebuilding Lamu's clinics.",
        "continue",
        id="grammar-verb-2",
    ),
    pytest.param(
        JA_FTA_TALKS,
        "The leaders agreed to conclude negotiations on a free trade agreement.",
        "開始",
        id="stance-alone",
    ),
    pytest.param(
        JA_BRIDGES,
        "Takaichi said Japan would halt the repair of bridges in the capital.",
        "支援",
        id="after-preposition-claim",
    ),
]


@pytest.mark.parametrize(("source", "claim", "source_word"), SWAPS)
def test_a_claim_that_swaps_the_passages_act_is_partly_supported(
    source: Document, claim: str, source_word: str
) -> None:
    result = check_one(claim, source)
    assert result.verdict is Verdict.PARTLY_SUPPORTED, result.reason
    assert f"(it says “{source_word}”)" in result.reason


SAME_ACTS = [
    pytest.param(
        JA_ADVERBIAL,
        "Takaichi said Japan would actively support the development of Ruritania's railways.",
        id="adverbial-ja",
    ),
    pytest.param(
        JA_ADVERBIAL,
        "Takaichi said Japan would back the development of Ruritania's railways.",
        id="adverbial-ja-2",
    ),
    pytest.param(
        JA_ADVERBIAL,
        "The two leaders agreed to hold regular dialogue on fisheries.",
        id="adverbial-ja-3",
    ),
    pytest.param(
        JA_REPAIR,
        "Takaichi said she would support the repair of Ruritania's lighthouses.",
        id="determiner",
    ),
    pytest.param(JA_STANCE, "Takaichi said she supported Ruritania's candidacy.", id="stance"),
    pytest.param(JA_STANCE, "Takaichi expressed support for Ruritania's candidacy.", id="stance-2"),
    pytest.param(JA_STANCE, "Takaichi endorsed Ruritania's candidacy.", id="stance-3"),
    pytest.param(
        JA_NOMINAL,
        "Takaichi said she would help repair the port of Bern in Ruritania.",
        id="nominal-ja",
    ),
    pytest.param(
        JA_NOMINAL,
        "The two leaders agreed to work together to build roads in Ruritania.",
        id="genitive-not-past",
    ),
    pytest.param(
        JA_NOMINAL,
        "The two leaders agreed to work together to develop Ruritania's roads.",
        id="genitive-not-past-2",
    ),
    pytest.param(
        JA_NOMINAL,
        "Takaichi said she would encourage Japanese companies to join mining in Ruritania.",
        id="genitive-doers",
    ),
    pytest.param(
        EN_FLIGHTS,
        "The two leaders agreed to increase direct flights between their capitals.",
        id="shared-modifier",
    ),
    pytest.param(
        EN_FLIGHTS,
        "The two ministers agreed to keep up close communication on fisheries.",
        id="shared-modifier-2",
    ),
    pytest.param(
        EN_CONTINUE,
        "Sato said Japan would keep up its support for rebuilding Lamu's clinics.",
        id="grammar-verb",
    ),
    pytest.param(
        EN_CONTINUE,
        "Sato said Japan would maintain its support for rebuilding Lamu's clinics.",
        id="grammar-verb-2",
    ),
    pytest.param(
        EN_CONTINUE,
        "Sato said Japan would sustain its support for rebuilding Lamu's clinics.",
        id="grammar-verb-3",
    ),
    pytest.param(
        JA_FTA_TALKS,
        "The leaders agreed to open talks on a free trade agreement, aiming to conclude the "
        "negotiations by the end of the year.",
        id="other-claim-verb",
    ),
    pytest.param(
        JA_BRIDGES,
        "Takaichi said Japan would cooperate on the repair of bridges in the capital.",
        id="after-preposition-claim",
    ),
    pytest.param(
        EN_LIGHT,
        "The ministers agreed to convene a meeting of their fisheries officials next spring.",
        id="light-verb",
    ),
    pytest.param(
        EN_LIGHT, "Sato said Japan would not close its consulate in Lamu.", id="denied-in-claim"
    ),
    pytest.param(
        EN_LIGHT, "Sato rejected Ruritania's claim to the Bern Islands.", id="denied-in-passage"
    ),
    pytest.param(
        EN_LIGHT,
        "Sato said Japan would support the repair of clinics in Lamu.",
        id="after-preposition-passage",
    ),
]


@pytest.mark.parametrize(("source", "claim"), SAME_ACTS)
def test_the_same_act_in_other_words_or_no_act_to_compare_is_supported(
    source: Document, claim: str
) -> None:
    result = check_one(claim, source)
    assert "does not say" not in result.reason, result.reason
    assert result.verdict is Verdict.SUPPORTED, result.reason


JA_COMPOUND = _meeting_readout(
    "compound",
    "ja",
    "高市総理から、首都の大気汚染対策に資するよう、環境分野の技術協力を進めていく旨述べました。",
)


def test_a_word_of_a_japanese_compound_is_no_object_of_the_verb_after_the_compound() -> None:
    # 汚染 is a word of 大気汚染対策; 資する acts on the measures, not on the pollution.
    result = check_one(
        "Takaichi said Japan would push ahead with technical cooperation on the environment "
        "to help tackle air pollution in the capital.",
        JA_COMPOUND,
    )
    assert "(it says “資する”)" not in result.reason, result.reason


def test_a_noun_phrase_a_determiner_opens_holds_no_verb_and_heads_on_its_last_word() -> None:
    english = language_for("en")
    assert isinstance(english, Predicating)
    tokens = english.tokens("The two ministers agreed to conduct a joint survey of reefs.")
    words = [token.surface for token in tokens]
    joint, survey = words.index("joint"), words.index("survey")
    assert not english.verb_at(tokens, survey)
    assert english.names_thing(tokens, survey)
    assert not english.names_thing(tokens, joint)
