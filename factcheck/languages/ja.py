"""Japanese: the language's patterns (speech, clauses, visits, relative dates, months,
quotes) and the `Japanese` module the pipeline asks.

Words come from `factcheck.languages.ja_morphology` (Sudachi) and their English meanings
from `factcheck.languages.ja_lexicon` (JMdict); both load their dictionaries on first use.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence

from factcheck.languages.interface import (
    SPELLING,
    ClausePatterns,
    Gloss,
    KeyFactPatterns,
    MonthNumerals,
    MonthWords,
    RelativeWords,
    Script,
    SpeakerPatterns,
    Token,
    VisitPatterns,
    WordClass,
    commitment_in,
    pivot_of,
)
from factcheck.languages.ja_lexicon import (
    analogous_glosses,
    auxiliary_glosses,
    gloss_modifiers,
    glosses_of,
    kana_glosses_of,
    kin_of,
    usage_rarity_of,
)
from factcheck.languages.ja_morphology import (
    STOP_WORDS,
    _analyse,
    _compounds,
    _ends_predicate,
    _morphemes,
)
from factcheck.languages.ja_phrases import JapanesePhraseStems
from factcheck.languages.ja_predicates import JapaneseNegating, JapanesePredicating
from factcheck.languages.ja_speakers import JapaneseNaming, JapaneseSpeaking
from factcheck.languages.jmdict import gloss_words, jmdict
from factcheck.lazy_pattern import lazy_compile
from factcheck.text import quote_marks
from factcheck.text.dates import JA_RANGE_SEP, JA_SMALL, JA_YEAR, KANJI_DIGITS
from factcheck.thresholds import MIN_KATAKANA_NAME, UNCOMMON_JA_RARITY

__all__ = [
    "STOP_WORDS",
    "Japanese",
    "auxiliary_glosses",
    "glosses_of",
    "kin_of",
    "usage_rarity_of",
]

REPORTED_SPEECH = re.compile(
    r"^(?:\d+\s*)?(?:冒頭|また|更に|さらに|続いて|次に)?、?(?P<who>[^、。]{1,20}?)(?:からは|から|は)、"
)
"""A sentence that opens with its speaker: 「高市総理大臣から、…」."""
CLAIM_SPEECH = re.compile(
    # A subject marked by が whose predicate is made a noun (…したことを, …するのを) is that
    # clause's, not the reporting verb's: «茂木大臣が…と表明されたことを歓迎します».
    r"^(?P<who>[^、。「」]{1,20}?)(?:は|が(?![^。]*?(?:こと|の)を)|も)、?[^。]*?(?:(?:と|旨)(?:を)?"
    r"(?:述べ|語っ|語り|語ら|おっしゃ|発言し|強調し|表明し|伝え|明らかにし|言及し|応じ|説明し"
    r"|指摘し|呼びかけ|訴え|求め)"
    # What a readout reports as said, with the thing said as the verb's object: 「…支援する
    # 考えを示した」, 「…への謝意を示し」, 「…を歓迎した」, 「…ことを提案した」.
    r"|(?:考え|意向|期待|謝意|感謝|懸念|決意|方針|認識|立場|関心)を(?:示し|表し|表明し|伝え|述べ)"
    r"|を(?:歓迎し|評価し|要請し|称賛し|提案し))"
)
"""A claim that reports speech: 「李大統領は会談で、…と述べた」, 「…の考えを示した」; the subject
may take も for は (「サルメ首相も…期待を示した」: "Salme, too, …")."""
COMMITMENT = lazy_compile(
    # 〜ていく / 〜ていきたい / 〜てまいる: an act the speaker's side carries on.
    r"(?:て|で)(?:いく|行く|いき|行き|まいる|まいり|参る|参り)"
    # A verb in its plain present (…する, …行う, …期す) or of wish (…したい) before 旨 or
    # before a word of intention (考え, 意向, 方針, 決意, 用意): what the side will do. Not
    # a state (〜ている, …である, …ある, …なる), nor a past fact (〜た).
    r"|(?:(?<![あいな])[うくぐすつぬぶむる]|たい)"
    r"(?:旨|との?(?:考え|意向)|(?:考え|意向|方針|決意|用意))"
)
"""How a readout states that its speaker's side will do something or go on doing it
(「支援していく旨」, 「協力していきたい」, 「供与する旨伝達」, 「派遣する考えを示し」): what a
claim's verb of commitment ("pledged", "offered") reports (`Commitments`), with the words of
the act before it."""
NOT_OWN_COMMITMENT = lazy_compile(
    r"(?:期待|希望|要請|要望|求め|願|望|歓迎|感謝|謝意|評価|支持|賛同|同意|懸念|祈|重視|理解"
    r"|認識|確信)"
    r"[ぁ-ん]{0,3}$"
)
"""Searched in what stands right before a `COMMITMENT`'s marker: a word of hoping, asking,
thanking or judging (「…を期待する旨」, 「…を要請する旨」, 「…を歓迎する旨」, 「…を支持する
旨」): the speaker's wish for what the other side will do, or a stance, not their own act."""

_SPEAKER_NAME = re.compile(
    r"[\u30a1-\u30fa\u30fc・＝]{2,}|[\u4e00-\u9fff]{1,4}(?=\s*(?:総理|首相|大統領|大臣|外相|長官|氏))"
)
"""In a speaker label, a foreign name (katakana) or a kanji name right before a title
(李大統領, 石破総理)."""
_DOTTED_NAME = re.compile(r"[\u30a1-\u30fa\u30fc]+(?:[・＝][\u30a1-\u30fa\u30fc]+)+")
"""A foreign name in katakana whose words a middle dot (・) or a full-width equals sign (＝,
a double-barrelled name) joins: the two joiners `_SPEAKER_NAME`'s katakana run holds."""
_BEFORE_BLANK = re.compile(r"(?<![\u4e00-\u9fff\s])[\u4e00-\u9fff]{1,4}(?=\s{2})")
"""A whole run of kanji right before a title the termbase knows, which the caller has blanked
out with spaces (茂木外相: speaker_names.speakers_of), not a piece left between two blanked
words (務 of 米国務長官); a name only where Sudachi reads its words as one
(`_blanked_title_names`)."""
_KATAKANA_NAME_TITLE = r"[\u30a1-\u30fa\u30fc・＝]{2,}[\u4e00-\u9fff]{1,6}"
"""A foreign name in katakana and the office after it in kanji (ユヌス首席顧問, グテーレス
事務総長): a person, whatever the office is called."""
_SPEAKER_END = re.compile(
    r"(?:総理|首相|大統領|大臣|外相|長官|氏|さん|様|首脳|双方|両者|国王|主席)$"
)
QUALIFIER_WORDING: dict[str, re.Pattern[str]] = {
    name: lazy_compile(pattern)
    for name, pattern in (
        ("first", r"初めて|初の|史上初|初回|第1回|第一回"),
        ("only", r"唯一|のみ|だけ"),
        # 最大 before an amount bounds it ("最大180億円", "up to 18 billion yen"): the
        # amount's, compared as a number, not a record.
        (
            "record",
            r"過去最[大高多]|史上|最大(?![0-9０-９〇一二三四五六七八九十百千万億兆約])|最高|前例のない|歴史的",
        ),
        ("deepen", r"深化|深め|深まっ"),
        ("expand", r"拡大|拡充"),
        ("upgrade", r"格上げ|引き上げ|引上げ"),
        ("by video", r"テレビ会議|ビデオ会議|オンライン"),
        ("in person", r"対面|直接会"),
        # 電話会談, 電話協議, 電話で: the talk held by telephone; not 電話回線, 携帯電話網.
        ("by phone", r"電話(?:会談|協議|で)"),
        ("immediately", r"即時|直ちに|早急"),
    )
}
"""How a Japanese claim says each qualifier (the concepts are English's: see en.py); a
source of another language is searched for the concept's meaning through the lexicon."""
LOCATIVE = (re.compile(r"$"), re.compile(r"^(?:で|において|にて|を訪問|に到着|を訪れ)"))
"""What stands just before, and just after, a place where the event happened (「東京で」)."""
_JA_READING = r"[\u4e00-\u9fff々]{1,6}[（(][\u30a0-\u30ff＝]{1,20}[）)]"
"""A name in kanji with its reading in katakana in brackets before the office, as the
publishers write a Chinese or Korean name («趙顕（チョ・ヒョン）韓国外交部長官»): a narrower
`_JA_ASIDE`, which a speaker phrase may hold only here."""
_JA_SPEAKER = (
    r"(?:(?:" + _JA_READING + r")?[\u30a0-\u30ff\u4e00-\u9fff々・＝]{0,12}?"
    r"(?:総理大臣|総理|首相|副大統領|大統領|国務長官|官房長官|長官|外務大臣|大臣|外相|報道官|国王|主席)"
    r"|両首脳|両外相|両大臣|双方|両者|先方|当方)"
)
_PROMPT = lazy_compile(
    rf"(?P<who>{_JA_SPEAKER})(?:から(?:の)?|の)(?P<act>[\u30a0-\u30ff\u4e00-\u9fff々]{{1,12}}?)"
    r"を受け(?:て)?"
)
"""A clause that sets another speaker's words first (「茂木大臣から説明を受け」, 「茂木大臣の
報告を受けて」): group `who`, and `act`, what they gave (words where `_tells`)."""
_PROMPT_OBJECT = lazy_compile(
    rf"(?P<who>{_JA_SPEAKER})からの(?P<act>[^、。「」をに]{{1,30}}?)(?:を|に)(?![ぁ-ゖ])"
)
"""Another speaker's words as what the claim's speaker acts on (「リンド首相からの査証要件緩和の
要請を前向きに検討する」, 「…からの要請に応じ」): the request or the explanation is theirs, the
act on it the subject's. Group `who`, and `act`, the phrase they gave (its last word names
words where `_tells`)."""


def _tells(act: str) -> bool:
    """Whether a word names something said: most of its English glosses (JMdict) are words
    whose commonest sense is telling or what is told (`WordNet.tells`: 説明 "explanation",
    報告 "report", 要請 "request"; not 支援 "support", nor 訪問 "call" / "visit")."""
    from factcheck.languages.wordnet import wordnet

    tokens = [t for t in _analyse(act) if t.content]
    if not tokens:
        return False
    glosses = glosses_of(tokens[-1].lemma, tokens[-1].normal)
    told = 0
    for gloss in glosses:
        pos = "noun" if wordnet().senses(gloss.text, "noun") else "verb"
        told += wordnet().tells(gloss.text, pos)
    return told * 2 > len(glosses)


def _prompt_ending(text: str, start: int, end: int) -> re.Match[str] | None:
    """A prompt clause (`_PROMPT`, words by `_tells`) of `text[start:end]` that ends at
    `end`: it says no more than that someone spoke first."""
    for m in _PROMPT.finditer(text, start, end):
        if m.end() == end and _tells(m.group("act")):
            return m
    return None


_KANJI_RUN = re.compile(r"[\u4e00-\u9fff\uf900-\ufaff々]{2,16}")


def _office_holders(label: str) -> list[str]:
    """The personal names (`_personal_name`) right before a word that names an office by its
    JMdict glosses, in a run of kanji (神田総裁 → 神田, 岡野事務局長 → 岡野, 松尾政務官 → 松尾,
    事務局長 alone → none): the holder of an office whatever it is called, where
    `_SPEAKER_NAME` lists only the commonest titles."""
    found: list[str] = []
    for run in _KANJI_RUN.findall(label):
        tokens = _analyse(run)
        for number in range(1, len(tokens)):
            if not _office_at(tokens, number):
                continue
            start = number
            if start > 0 and _place_office(tokens[start - 1], tokens[number]):
                continue  # 宮崎県知事, 長野市長: the office of a place, named by it
            while start > 0 and _personal_name(tokens[start - 1]):
                start -= 1
            if start < number:
                found.append(run[tokens[start].start : tokens[number - 1].end])
    return found


def _place_office(name: Token, office: Token) -> bool:
    """Whether a word before an office names the place the office is of: Sudachi reads the
    word and the office's first character as one place's name (宮崎 | 県知事 → 宮崎県, 長野 |
    市長 → 長野市), so the office is that prefecture's or city's, and the word no holder's
    name (松尾 | 政務官 gives 松尾 and 政, a surname and a given name)."""
    parsed = list(_morphemes(name.surface + office.surface[:1]))
    return len(parsed) == 1 and parsed[0][6][:3] == ("名詞", "固有名詞", "地名")


def _personal_name(token: Token) -> bool:
    """Whether a word before an office is its holder's name: Sudachi reads it as a person's
    name in place (神田 of 神田総裁), or as a proper noun in place that it reads as a
    person's name on its own (松尾 of 松尾政務官 is read as a place in the run, a surname
    alone; 東京 or 日本 stays a place alone)."""
    if token.word_class is WordClass.PERSON_NAME:
        return True
    if token.word_class is not WordClass.PROPER_NOUN:
        return False
    alone = _analyse(token.surface)
    return len(alone) == 1 and alone[0].word_class is WordClass.PERSON_NAME


def _office_at(tokens: Sequence[Token], number: int) -> bool:
    """Whether the word at `number` names an office held by a person by JMdict's glosses
    (`ja_predicates.japanese_office`: 総裁 "president"), alone or with the suffix after it
    (事務局 | 長 is 事務局長 "secretary-general"); with a suffix the word is another, and
    only the whole is read (大統領 | 室 is a room, no office)."""
    from factcheck.languages.ja_predicates import japanese_office

    token = tokens[number]
    if number + 1 < len(tokens) and tokens[number + 1].word_class is WordClass.FUNCTION:
        joined = token.surface + tokens[number + 1].surface
        word = token._replace(
            surface=joined, lemma=joined, normal=joined, end=tokens[number + 1].end
        )
        return japanese_office(word)
    return japanese_office(token)


def run_names_office(run: str) -> bool:
    """Whether a run of kanji names a person by its last word, an office by JMdict's glosses
    (`_office_at`: 総裁 "president", 事務局長; not 日本 or 政府), or by the word before a
    form of address that closes it (`_addresses`: 国王 | 陛下, 皇太子 | 殿下)."""
    tokens = _analyse(run)
    if not tokens:
        return False
    last = len(tokens) - 1
    if last > 0 and _addresses(tokens[last]):
        last -= 1
    # A suffix is read with the word before it (`_office_at`), never alone.
    suffixed = last > 0 and tokens[last].word_class is WordClass.FUNCTION
    return _office_at(tokens, last - 1 if suffixed else last)


def _addresses(token: Token) -> bool:
    """Whether a word is a form of address, by JMdict: every gloss of its first sense is a
    possessive and a capitalised title ("Your Majesty", "His Majesty", "Her Majesty" for
    陛下; "your Highness" for 殿下), the way English addresses a title-holder; not "your
    country" (貴国)."""
    from factcheck.languages.en_words import ADDRESS_POSSESSIVES
    from factcheck.languages.jmdict import jmdict

    senses = jmdict().senses(token.lemma) or jmdict().senses(token.normal)
    glosses = senses[0].glosses if senses else ()
    return bool(glosses) and all(
        len(words := gloss.split()) == 2
        and words[0].lower() in ADDRESS_POSSESSIVES
        and words[1][:1].isupper()
        for gloss in glosses
    )


CLAUSE_PATTERNS = ClausePatterns(
    speaker_opening=re.compile(
        r"、\s*(?:また|更に|さらに|これに対し(?:て)?|その上で|一方)?、?\s*"
        # Both sides may take over without a comma (「…旨述べ、両首脳はこの点で一致しました」).
        rf"(?:(?P<who>{_JA_SPEAKER})(?:(?:からも|からは|から|より|は|も)、|(?<=両首脳|両外相|両大臣)は)"
        # Any office after a katakana name, but only where から marks the speaker: a
        # katakana word and a kanji noun before は is as often a topic (ウクライナ情勢は).
        rf"|(?P<who2>{_KATAKANA_NAME_TITLE})(?:からも|からは|から|より)、"
        # Any run of kanji before から and a comma, whose last word is an office by its
        # dictionary glosses (「神田総裁からは、」, 「事務局長から、」): `office_speaker`.
        r"|(?P<who5>[\u4e00-\u9fff\uf900-\ufaff々]{1,16})(?:からも|からは|から|より)、)"
        # A titled speaker and は with no comma (「…の招待があり、茂木大臣はこれに謝意を述べ
        # ました」): a clause of its own only after the first speaker's predicate, where the
        # grammar ends the clause before at this comma (text.clauses reads it so).
        rf"|、\s*(?P<who3>{_JA_SPEAKER})[はも](?!、)"
        # A speaker and から with no comma, whose clause answers the one before
        # (「…求め、X首相から支持が表明されました」): read only where `answer` matches it.
        rf"|、\s*(?P<who4>{_JA_SPEAKER}|{_KATAKANA_NAME_TITLE})から(?:は|も)?(?![、\s])"
    ),
    continuing=lazy_compile(r"も、\s*$"),
    topic=re.compile(r"[^、。「」]{2,60}?(?:について|は)(?![ぁ-ゖ])"),
    first_predicate=re.compile(
        r"(?:旨|と)(?:を)?(?:述べ|発言し|言及し|伝達し|表明し|説明し|強調し|要請し|求め)"
        r"|(?:発言|言及|説明|表明|祝意の表明|要請)(?:が|も)あり"
        # What the first speaker gave, in the existential (「…から、…の招待があり、」).
        r"|(?:が|も)あり、"
        r"|(?:し|行い|述べ|求め|示し)、"
        # The same acts in the passive of respect (謝意が述べられ、): the sentence's first
        # speaker did them.
        r"|(?:述べ|求め)られ、|(?:表明|説明|言及|伝達|要請|示)され、"
    ),
    office_speaker=run_names_office,
    joint_act=re.compile(r"意見交換を?(?:行|し)|協議を?(?:行|し)"),
    authorship=re.compile(r"(?:が|の)(?:提唱|提案|発表|主導|立ち上げ)した|によれば|によると"),
    coordinator=lazy_compile(r"と|及び|並びに"),
    # A semicolon, or a comma not inside a number (1,500); a 、 is read by part of speech
    # (`Japanese.joints`).
    joint=re.compile(r"(?:[；;]|(?<!\d)[,，]|[,，](?!\d))\s*"),
    gathering=lazy_compile(r"会談|懇談|会見|面会|表敬|会合|会食|夕食会|昼食会|晩餐会|電話"),
    answer=re.compile(
        r"[^、。「」]{1,30}?から(?:は|も)?[^、。「」]{1,16}?"
        r"(?:が(?:表明|示|表)され|が述べられ|が寄せられ|を得)(?:まし)?た[。．]?\s*"
    ),
    reaction=re.compile(r"歓迎|評価|謝意|感謝|称賛|賞賛|祝意|祝福"),
    endorsement=lazy_compile(r"支持|賛同|同意"),
    # The part's own predicate, at its end: 「…日本の立場に支持を表明した。」
    claimed_endorsement=lazy_compile(r"(?:支持|賛同|同意)[^、。「」旨と]{0,10}[。．]?\s*$"),
    request=re.compile(r"要請|要望|依頼|求め"),
    passing_on=re.compile(r"伝達|伝え|手交|手渡|紹介"),
    meeting=re.compile(r"会談を(?:行|実施)|会談し|会談が行われ|会談を持"),
    home=lazy_compile(r"(?P<name>[\u30a1-\u30fa\u30fc][\u30a1-\u30fa\u30fc・＝]{1,40})・$"),
    addressee=lazy_compile(r"(?:は|が)、?(?P<whom>[^、。「」]{1,20}?)に(?:対し(?:て)?)、"),
    anaphor=lazy_compile(r"(?:これ|それ)(?:ら)?(?:を|に|へ|について)"),
)
"""How a readout sentence hands over to a second speaker (「…旨述べ、トランプ大統領からも、…」)."""

_JA_ASIDE = r"[（(][^（）()]{1,120}[）)]"
"""A bracketed aside in or after a name, read as one character of it: the name in the
visitor's own script with the office («…州首相（The Honourable Danielle Smith, Premier of
Alberta）による表敬»), or an acronym or a native name inside it («…国会（ストーティング）議長»)."""
_JA_VISITOR = lazy_compile(
    # «ポルトガルを訪問中の高市総理は», «訪日中のX首相と», «公式実務訪問中のX首相と», «来日した
    # X首相と»
    r"(?:(?:訪問中|訪日中|来日中)の(?!ところ)|(?:来日|訪日)した)"
    # The name ends at its particle: は, と, から, に (による, に対し) or を.
    r"(?P<who>(?:[^、。はと「」にを（()）]|" + _JA_ASIDE + r"){2,60}?)(?:は|と|から|、|に|を)"
)
_JA_VISITING_SUBJECT = lazy_compile(
    # «茂木外務大臣は、インドを訪問中のところ、…»: the sentence's subject is on the visit.
    r"^(?P<who>[^、。はと「」]{2,40}?)は、?[^、。]{0,30}?(?:訪問中|訪日中|来日中)(?:のところ|であり|で、)"
)
_JA_CALLER = (
    # «…X首相の表敬を受けました», «X大臣による表敬訪問を受け»: the caller is the one visiting
    lazy_compile(
        r"(?P<who>(?:[^、。はと「」のを（()）]|"
        + _JA_ASIDE
        + r"){2,40}?)(?:の|による|から(?:の)?)表敬(?:訪問)?を受け"
    ),
    # «X大臣は、…高市総理を表敬しました»: the subject calls on the other
    lazy_compile(
        r"^(?P<who>[^、。はと「」]{2,40}?)は、?[^。]{0,60}?を表敬(?:訪問)?(?:し|する|した)"
    ),
)
_JA_PLACE = r"(?P<place>[\u30a1-\u30fa\u30fc・\u4e00-\u9fff]{2,20}?)"
"""A place's name before its particle (a run of katakana and kanji; the country's name is
read within it: `countries.place_country`)."""
_JA_CLAIM_VENUE = (
    # «ペルーを訪問し», «ハノイを訪れた», «リマで会談»
    lazy_compile(
        _JA_PLACE + r"(?:を(?:公式)?(?:実務)?訪問(?:中|し)|を訪れ(?:た|て)|に到着"
        r"|で(?:会談|首脳会談|外相会談|会見))"
    ),
    # «訪日中の», «来日した»: a word whose gloss names the place ("visit to Japan").
    lazy_compile(r"(?P<word>[訪来][\u4e00-\u9fff])(?:中|した|して)"),
)
"""Where a Japanese claim sets its meeting (`VisitPatterns.claim_venue`)."""
_JA_SOURCE_VENUE = (
    # «ペルーを訪問中の», «訪日中の», «来日中の»: a visit under way, the page's meeting's; not
    # «昨年…を訪問した際» nor «観光客が…を訪れた» (other visits).
    lazy_compile(_JA_PLACE + r"を(?:公式)?(?:実務)?訪問中"),
    lazy_compile(r"(?P<word>[訪来][\u4e00-\u9fff])中"),
)
"""Where a Japanese readout sets its meeting (`VisitPatterns.source_venue`)."""
VISIT_PATTERNS = VisitPatterns(
    source_visitor=(_JA_VISITOR, _JA_VISITING_SUBJECT, *_JA_CALLER),
    claim_visitor=(_JA_VISITOR, _JA_VISITING_SUBJECT, *_JA_CALLER),
    claim_venue=_JA_CLAIM_VENUE,
    source_venue=_JA_SOURCE_VENUE,
    # In the venue's clause: an invitation, a plan, a hope, a visit past or to come, a
    # journey before or after the meeting.
    unheld=lazy_compile(
        r"招待|招請|招き|予定|期待|希望|昨年|前年|過去|以前|かつて|来年|次回|今後|早期|将来|際|よう|ことを"
        # a journey before or after another happening, a stop on the way
        r"|後|前|経由|経て|続いて|引き続き"
    ),
    request_word=lazy_compile(r"要請|依頼|申入れ|申し入れ|要望"),
    requester=(
        # «チリ側からの申入れによるもの», «チリ側の申入れにより»: who proposed the meeting or
        # call (a 要請 is a request for something else: aid, experts).
        lazy_compile(
            _JA_PLACE + r"側?(?:から|より)?の(?:申入れ|申し入れ)(?:による|により|で|に基づ|を受け)"
        ),
    ),
)
"""How a Japanese text says who is visiting («Pを訪問中のX», «訪日中のX»): a claim as a readout."""

_JA_WEEKDAYS = "月火水木金土日"


RELATIVE_WORDS = RelativeWords(
    days=re.compile(r"(?P<word>本日|今日|昨日|一昨日|明日|明後日)"),
    offsets={"本日": 0, "今日": 0, "昨日": -1, "一昨日": -2, "明日": 1, "明後日": 2},
    weekday=re.compile(
        rf"(?<![0-9０-９日（(])(?:(?P<last>先週の?)|(?P<next>来週の?))?"
        rf"(?P<name>[{_JA_WEEKDAYS}])曜日?"
    ),
    weekday_index={name: number for number, name in enumerate(_JA_WEEKDAYS)},
    periods=re.compile(r"(?P<which>今|先|来)(?P<unit>週|月)"),
    period_words={"今": 0, "先": -1, "来": 1},
    past=lazy_compile(r"ました|した|った|んだ|いた|行われた|開催された"),
    future=lazy_compile(r"予定|ます(?!た)|する(?:こと|方向)|見込み|へ$"),
    triggers=("本日", "今日", "昨日", "明日", "明後日", "曜", "週", "今月", "先月", "来月"),
    # 「高市首相は5日、」「両首脳は6日夜、」: the day of what the paper reports, in the slot
    # right after the subject; 「20日から来日」「3日にわたる」「日本時間6日」 stand elsewhere.
    event_day=re.compile(
        r"(?<=[はが])(?P<day>[0-9０-９]{1,2})日"
        r"(?=(?:午前|午後|朝|昼|夕方?|夜|未明|深夜)?[、,])"
    ),
    event_day_ahead=re.compile(r"(?:予定|見通し|見込み|方針|する|します)(?:だ|です)?。?$"),
    # 翌日, 前日 with no day after them: 「翌20日」「前日の5月2日」 give their day themselves.
    # 「会談の前日」 counts from the meeting, 前日比 compares: neither counts from a date.
    sequence=re.compile(r"(?<!の)(?P<word>翌日|前日)(?!の?[0-9０-９一二三四五六七八九十]|比)"),
    sequence_offsets={"翌日": 1, "前日": -1},
    # 本年度 is a fiscal year, which starts in April: no calendar year.
    years=lazy_compile(r"(?P<word>本年|今年|昨年|去年|来年|明年)(?!度)"),
    year_offsets={"本年": 0, "今年": 0, "昨年": -1, "去年": -1, "来年": 1, "明年": 1},
    predicate_end=re.compile(r"(?:だ|です|である)?(?:[、。，．」』）)]|が|けれど|けど|ので|$)"),
)
"""Days relative to today in Japanese (本日, 昨日, 先週の土曜日)."""

# 月間 is a span of months (3か月間), 月期 a term of accounts (12月期決算, 4-6月期): no month.
_NOT_A_MONTH = "間期"
MONTH_NUMERALS = MonthNumerals(
    range=lazy_compile(
        rf"""
        {JA_YEAR}
        (?<![0-9{KANJI_DIGITS}十])(?P<month>{JA_SMALL})[ \t]*(?:月[ \t]*)?{JA_RANGE_SEP}[ \t]*
        (?P<end_month>{JA_SMALL})[ \t]*月
        # Not a day of the last month (4月から6月10日), nor a span or term (4-6月期).
        (?![ \t]*[0-9{KANJI_DIGITS}十]|[{_NOT_A_MONTH}])
        """,
        re.VERBOSE,
    ),
    not_after=_NOT_A_MONTH,
)
"""A month named alone in Japanese, with a numeral: 11月に, 4月から6月, 4月～6月, 1～3月,
2030年4-6月."""

QUOTES = re.compile(
    "|".join(
        (quote_marks.CORNER, quote_marks.DOUBLE_PRIME, quote_marks.DOUBLE, quote_marks.CURLY_SINGLE)
    )
)
"""Japanese quotes: 「…」, 『…』, 〝…〟, double quotes of either shape (“…”, ”…”, "…") and
‘…’."""


@functools.cache
def _kana_and_letters() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Kana, and letters (Latin, kana, kanji): compiled on first use, since only a text whose
    language is not known yet is measured with them (the CJK range is slow to compile)."""
    return re.compile(r"[\u3041-\u30ff]"), re.compile(r"[A-Za-z\u3041-\u30ff\u4e00-\u9fff]")


_BOTH_PEOPLE = ("両首脳", "両外相", "両大臣", "双方", "両者", "両氏")
"""The words that name the two people of a bilateral event together."""
_BOTH_COUNTRIES = ("両国", "両政府")
"""The words that name its two countries (or governments) together, as a subject."""

SPEAKER_PATTERNS = SpeakerPatterns(
    name_word=re.compile(r"[A-Z]|.*[^\x00-\x7f]"),  # Latin letters capitalised; kana, kanji
    both=lazy_compile("|".join(_BOTH_PEOPLE + _BOTH_COUNTRIES)),
    reporter=lazy_compile(r"記者|質問者|司会|幹事社"),
    # A designation may put the person's country, in its formal name, between the name
    # and the office: «シグルド・ハルヴォルセン・ノルウェー王国外務大臣». Its last katakana
    # part before the kanji of the state's form is the country, not the name.
    other_side=lazy_compile(r"先方"),
    points_back=lazy_compile(r"同(?P<title>[\u4e00-\u9fff]+)"),
    name_before_title=lazy_compile(
        r"(?P<name>[\u30a1-\u30fa\u30fc・＝]{2,})(?:・[\u30a1-\u30fa\u30fc]{2,}[\u4e00-\u9fff]{1,6})?$"
    ),
)
"""The two sides (両首脳, 両国: the words `KEY_FACT_PATTERNS` reads), the one who asks
(記者), 同 before a title (同大臣: the minister just named), a katakana name before a title
(ミレイ大統領), or before its country's formal name and the title («…・ノルウェー王国外務大臣»)."""

KEY_FACT_PATTERNS = KeyFactPatterns(
    anniversary=lazy_compile(r"[0-9０-９〇一二三四五六七八九十百千,，]+[ \t]?周年"),
    both_people=lazy_compile("|".join(_BOTH_PEOPLE)),
    # 二国間 ("bilateral") names both countries, but as a modifier: no speaker.
    both_countries=lazy_compile("|".join((*_BOTH_COUNTRIES, "二国間"))),
    # 〜の一つ, 〜の一人, 〜のひとつ: one of …; not 一人当たり ("per capita"), 一人娘 (an
    # only daughter) or 一つ一つ ("one by one"), where a word goes on.
    membership=lazy_compile(r"の\s*(?:一|1|１|ひと)(?:つ|人|り)(?![\u4e00-\u9fff])"),
    # 次回 (the next time), 前回 (the last time), 次期 (the next term).
    other_occasion=lazy_compile(r"次回|前回|次期"),
)
"""The two people (両首脳) and the two countries (両国) of a bilateral event, named together."""


_KATAKANA_NAME = lazy_compile("[ァ-ヺー]+")
"""A name written in katakana alone, without the middle dot of a full name."""


class Japanese(
    JapaneseSpeaking, JapaneseNaming, JapanesePhraseStems, JapanesePredicating, JapaneseNegating
):
    """The Japanese language module (who speaks on a page and the names a sentence writes:
    `ja_speakers`; the kanji stems of dictionary phrases: `ja_phrases`; verbs and what they
    act on, and what negates them: `ja_predicates`)."""

    code = "ja"
    name = "Japanese"
    spaced = False
    stop_words = STOP_WORDS
    quote_marks: tuple[tuple[str, str], ...] = (("「", "」"), ("『", "』"), ('"', '"'), ("“", "”"))
    reported_speech = REPORTED_SPEECH
    claim_speech = CLAIM_SPEECH
    qualifiers: Mapping[str, re.Pattern[str]] = QUALIFIER_WORDING
    locative: tuple[re.Pattern[str], re.Pattern[str]] | None = LOCATIVE
    clause_patterns: ClausePatterns | None = CLAUSE_PATTERNS
    relative_words: RelativeWords | None = RELATIVE_WORDS
    visit_patterns: VisitPatterns | None = VISIT_PATTERNS
    speaker_patterns: SpeakerPatterns | None = SPEAKER_PATTERNS
    key_fact_patterns: KeyFactPatterns | None = KEY_FACT_PATTERNS
    quote_pattern = QUOTES
    month_first_numeric = False
    month_words: MonthWords | None = None  # a month is named with a numeral: 11月
    month_numerals: MonthNumerals | None = MONTH_NUMERALS
    counted_after = False

    def owns(self, text: str) -> float:
        kana, letter = _kana_and_letters()
        letters = len(letter.findall(text))
        return len(kana.findall(text)) / letters if letters else 0.0

    def tokens(self, text: str) -> tuple[Token, ...]:
        return _analyse(text)

    def joints(self, text: str) -> list[tuple[int, int]]:
        # A 、 after a predicate's continuative form (…を決定し、, …しており、, …したが、),
        # not after a particle (…は、), a noun (…ため、) or a verb a case particle binds
        # into a compound particle (…に対し、, …について、, …として、): Sudachi's parts of
        # speech say which (`_ends_predicate`).
        assert CLAUSE_PATTERNS.joint is not None
        spans = [m.span() for m in CLAUSE_PATTERNS.joint.finditer(text)]
        morphemes = _morphemes(text)
        for number, (surface, begin, end, *_) in enumerate(morphemes):
            if surface == "、" and _ends_predicate(morphemes[:number]):
                blank = len(text[end:]) - len(text[end:].lstrip())
                spans.append((begin, end + blank))
        return sorted(spans)

    def compounds(self, text: str) -> tuple[Token, ...]:
        return _compounds(text)

    def whole_names(self, names: Iterable[str]) -> re.Pattern[str] | None:
        """A katakana name of MIN_KATAKANA_NAME characters or more (サクラスキー), which the
        analyser may cut into dictionary words before a title (サクラ | スキー首相), found
        with katakana neither before nor after it (nor a middle dot: one part of a full
        name)."""
        whole = sorted(
            (n for n in names if len(n) >= MIN_KATAKANA_NAME and _KATAKANA_NAME.fullmatch(n)),
            key=len,
            reverse=True,
        )
        if not whole:
            return None
        either = "|".join(map(re.escape, whole))
        return re.compile(f"(?<![ァ-ヺー・])(?:{either})(?![ァ-ヺー])")

    def qualified_word_pivots(self, tokens: Sequence[Token]) -> set[str]:
        """A word JMdict glosses only by a phrase (訪日 "visit to Japan") has no one-word
        link: the phrase's content words stand for it."""
        from factcheck.languages.en import STOP_WORDS, lemma_of

        return {
            lemma_of(word)
            for t in tokens
            for sense in jmdict().senses(t.lemma)
            for gloss in sense.glosses
            if len(words := gloss_words(gloss)) > 1
            for word in words
            if word not in STOP_WORDS
        }

    def split_sentences(self, text: str) -> list[tuple[int, int]]:
        # Imported here: a run whose sources are split already (the extraction cache)
        # never loads the splitter.
        from factcheck.text.sentences import split_sentences

        return split_sentences(text, self.code)

    def claim_parts(self, text: str) -> list[tuple[int, int]]:
        """A clause that ends in a predicate's continuative form and a comma (決定し、,
        確認したが、: `_ends_predicate`, as `joints` reads them) is an assertion of its own;
        a comma after a noun, a particle or a compound particle (を通じ、) is not, nor one
        that ends a clause saying only who spoke first (「…から説明を受け、」)."""
        spans = []
        start = 0
        morphemes = _morphemes(text)
        for number, current in enumerate(morphemes):
            if current[0] == "、" and _ends_predicate(morphemes[:number]):
                if _prompt_ending(text, start, current[1]) is not None:
                    continue  # 「…から説明を受け、」 asserts nothing but who spoke first
                spans.append((start, current[1]))
                start = current[2]
        spans.append((start, len(text)))
        return [(s, e) for s, e in spans if text[s:e].strip()]

    def prompting_speaker(self, text: str, start: int, end: int) -> str | None:
        # The clause comes before what it prompted: inside the part, or right before it.
        for m in _PROMPT.finditer(text, 0, end):
            inside = m.start() >= start
            before = m.end() <= start and not text[m.end() : start].strip(" 、，,")
            if (inside or before) and _tells(m.group("act")):
                return m.group("who")
        for m in _PROMPT_OBJECT.finditer(text, start, end):
            if _tells(m.group("act")):
                return m.group("who")
        return None

    def glosses(self, token: Token) -> tuple[Gloss, ...]:
        if token.script is Script.LATIN and token.content:
            # ASEAN, FOIP, PALM11 in a Japanese sentence are written as an English text
            # writes them: the spelling is the pivot.
            return (Gloss(pivot_of(token.lemma), token.surface, SPELLING),)
        if not token.content or token.script is Script.DIGIT:
            return ()
        if token.word_class is WordClass.AUXILIARY:
            return auxiliary_glosses(token.lemma)
        return kana_glosses_of(token.lemma, token.normal, token.word_class)

    def gloss_modifiers(self, surface: str, normal: str) -> tuple[tuple[str, str], ...]:
        return gloss_modifiers(surface, normal)

    def bridges(self, lemma: str, surface: str) -> tuple[Gloss, ...]:
        return kin_of(lemma)

    def analogous_compounds(self, text: str) -> tuple[tuple[str, tuple[Gloss, ...]], ...]:
        tokens = self.tokens(text)
        out = []
        for first, second in itertools.pairwise(tokens):
            if first.end != second.start or not first.content or not second.content:
                continue
            if first.word_class is not WordClass.NOUN or second.word_class is not WordClass.NOUN:
                continue
            glosses = analogous_glosses(first.lemma, second.lemma)
            if glosses:
                out.append((text[first.start : second.end], glosses))
        return tuple(out)

    def rarity(self, lemma: str) -> float:
        # The weight's factor is JMdict's common mark, not the word's frequency: Sudachi's
        # short units are each commoner than the compound they write (野生 | 動物), so a
        # Japanese claim's topic would weigh less against its frame (names, titles, terms)
        # than the same topic in English.
        return 1.0 if jmdict().is_common(lemma) else UNCOMMON_JA_RARITY

    def usage_rarity(self, lemma: str) -> float:
        return usage_rarity_of(lemma)

    def speaker_ends(self, who: str) -> bool:
        return _SPEAKER_END.search(who) is not None

    def speaker_names(self, label: str) -> tuple[str, ...]:
        # A kanji run before a title is no name where the analyser reads a prefix in it:
        # 同 of «同長官» ("the said secretary") points back to someone named before. A prefix
        # of the title itself ends the name (副 of «松井副大臣», 前 of «岸田前総理»).
        found = []
        for name in _SPEAKER_NAME.findall(label):
            if _DOTTED_NAME.fullmatch(name):
                # A katakana name with a middle dot is a name by its dot, whatever the
                # analyser reads its short pieces as (ダ of ダ・ローシャ is the copula to it).
                found.append(name)
                continue
            tokens = self.tokens(name)
            while tokens and tokens[-1].word_class is WordClass.FUNCTION:
                tokens = tokens[:-1]
            if tokens and not any(t.word_class is WordClass.FUNCTION for t in tokens):
                found.append(name[: tokens[-1].end])
        return tuple(dict.fromkeys([*found, *_office_holders(label), *_blanked_title_names(label)]))

    def commits(self, word: str, before: str, after: str) -> bool:
        # Most of its English glosses that WordNet has as verbs are verbs of commitment
        # (誓う "vow", "pledge"; not 約束, whose glosses are mostly of an agreement, nor 提供
        # "offer", "provide"), as `_tells` reads verbs of telling.
        from factcheck.languages.wordnet import wordnet

        glosses = glosses_of(word, word)
        try:
            verbs = [gloss.text for gloss in glosses if wordnet().senses(gloss.text, "verb")]
            committing = [wordnet().commits(verb) for verb in verbs]
        except (LookupError, OSError):
            return False
        return sum(committing) * 2 > len(verbs)

    def commitment(self, text: str) -> str:
        return commitment_in(text, COMMITMENT, NOT_OWN_COMMITMENT)


def _blanked_title_names(label: str) -> list[str]:
    """The names written right before a title the termbase knows and the caller blanked
    (茂木外相 → 茂木; 茂木敏充外務大臣 → 茂木, 敏充: a page often writes the surname alone):
    the words Sudachi reads as names or proper nouns at the start of the kanji run, not a
    prefix or demonstrative (同外相, 中外相), a country's one-letter name (英外相, 仏外相)
    and not a country's full name (韓国外相)."""
    from factcheck.languages.countries import countries_in

    names = []
    for match in _BEFORE_BLANK.finditer(label):
        for token in _analyse(match.group(0)):
            if token.word_class not in (WordClass.PERSON_NAME, WordClass.PROPER_NOUN):
                break
            if not countries_in(token.surface):
                names.append(token.surface)
    return names
