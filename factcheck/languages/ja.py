"""Japanese: words from SudachiPy with sudachidict-core, meanings from JMdict.

Sudachi gives each word its dictionary form (述べ → 述べる), its normalised form, shared by
spelling variants (引き上げる / 引上げる, 取り組み / 取組), its reading and its part of speech.
Latin letters and digits inside Japanese text are split at the script boundary
(ASEAN関連首脳会議 → ASEAN | 関連 | 首脳 | 会議), so an acronym is a word of its own.
The dictionary loads on first use, once per process.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from factcheck.cache_table import cache_table
from factcheck.languages.interface import (
    SPELLING,
    BridgeKind,
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
    compound_pivot,
    pivot_of,
    script_of,
)
from factcheck.languages.jmdict import Sense, gloss_heads, gloss_words, jmdict
from factcheck.languages.word_frequency import rarity_from_zipf, zipf_table
from factcheck.languages.wordnet import Relation
from factcheck.lazy_pattern import lazy_compile
from factcheck.text import quote_marks
from factcheck.text.dates import JA_RANGE_SEP, JA_SMALL, JA_YEAR, KANJI_DIGITS
from factcheck.thresholds import (
    MAX_COMPOUND_UNITS,
    MIN_KATAKANA_NAME,
    SUFFIX_MAX_SENSES,
    UNCOMMON_JA_RARITY,
    WORDNET_POS_SHARE,
)

STOP_WORDS = frozenset(
    """する 為る ある 有る いる 居る なる 成る れる られる こと 事 もの 物 よう ため 為 旨
    ところ 所 方 等 など 上 中 間 際 後 前 今回 今後 両 同 各 本 当 これ それ その この
    述べる 言う 発言 行う 伝える 表明 語る 話す 言及 とる 取る 示す おる 致す 申し上げる
    いただく 頂く 思う 考える 受ける""".split()
)
"""Lemmas of grammar and of reporting ("述べる", "旨") that every readout sentence carries,
and the verbs inside compound particles (について, に対し, に関して, において, を通じて)."""
_PARTICLE_VERBS = frozenset(
    "付く つく 対する 関する 因る よる 於く おく 通じる 通ずる 向ける 基づく 伴う 係る".split()
)
STOP_WORDS |= _PARTICLE_VERBS
_CONTENT = frozenset({("方", "カタ")})
"""Stop words that carry content in one reading: 方 read カタ is "person" (楽しい方)."""

REPORTED_SPEECH = re.compile(
    r"^(?:\d+\s*)?(?:冒頭|また|更に|さらに|続いて|次に)?、?(?P<who>[^、。]{1,20}?)(?:からは|から|は)、"
)
"""A sentence that opens with its speaker: 「高市総理大臣から、…」."""
CLAIM_SPEECH = re.compile(
    r"^(?P<who>[^、。「」]{1,20}?)(?:は|が)、?[^。]*?(?:(?:と|旨)(?:を)?"
    r"(?:述べ|語っ|語り|語ら|おっしゃ|発言し|強調し|表明し|伝え|明らかにし|言及し|応じ|説明し"
    r"|指摘し|呼びかけ|訴え|求め)"
    # What a readout reports as said, with the thing said as the verb's object: 「…支援する
    # 考えを示した」, 「…への謝意を示し」, 「…を歓迎した」.
    r"|(?:考え|意向|期待|謝意|感謝|懸念|決意|方針|認識|立場|関心)を(?:示し|表し|表明し|伝え|述べ)"
    r"|を(?:歓迎し|評価し|要請し|称賛し))"
)
"""A claim that reports speech: 「李大統領は会談で、…と述べた」, 「…の考えを示した」."""
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
        ("immediately", r"即時|直ちに|早急"),
    )
}
"""How a Japanese claim says each qualifier (the concepts are English's: see en.py); a
source of another language is searched for the concept's meaning through the lexicon."""
LOCATIVE = (re.compile(r"$"), re.compile(r"^(?:で|において|にて|を訪問|に到着|を訪れ)"))
"""What stands just before, and just after, a place where the event happened (「東京で」)."""
_JA_SPEAKER = (
    r"(?:[\u30a0-\u30ff\u4e00-\u9fff々・＝]{0,12}?"
    r"(?:総理大臣|総理|首相|副大統領|大統領|国務長官|官房長官|長官|外務大臣|大臣|外相|報道官|国王|主席)"
    r"|両首脳|両外相|両大臣|双方|両者|先方|当方)"
)
_PROMPT = lazy_compile(
    rf"(?P<who>{_JA_SPEAKER})(?:から(?:の)?|の)(?P<act>[\u30a0-\u30ff\u4e00-\u9fff々]{{1,12}}?)"
    r"を受け(?:て)?"
)
"""A clause that sets another speaker's words first (「茂木大臣から説明を受け」, 「茂木大臣の
報告を受けて」): group `who`, and `act`, what they gave (words where `_tells`)."""


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


CLAUSE_PATTERNS = ClausePatterns(
    speaker_opening=re.compile(
        r"、\s*(?:また|更に|さらに|これに対し(?:て)?|その上で|一方)?、?\s*"
        # Both sides may take over without a comma (「…旨述べ、両首脳はこの点で一致しました」).
        rf"(?:(?P<who>{_JA_SPEAKER})(?:(?:からも|からは|から|より|は|も)、|(?<=両首脳|両外相|両大臣)は)"
        # Any office after a katakana name, but only where から marks the speaker: a
        # katakana word and a kanji noun before は is as often a topic (ウクライナ情勢は).
        rf"|(?P<who2>{_KATAKANA_NAME_TITLE})(?:からも|からは|から|より)、)"
    ),
    continuing=lazy_compile(r"も、\s*$"),
    topic=re.compile(r"[^、。「」]{2,60}?(?:について|は)(?![ぁ-ゖ])"),
    first_predicate=re.compile(
        r"(?:旨|と)(?:を)?(?:述べ|発言し|言及し|伝達し|表明し|説明し|強調し|要請し|求め)"
        r"|(?:発言|言及|説明|表明|祝意の表明|要請)(?:が|も)あり"
        r"|(?:し|行い|述べ|求め|示し)、"
        # The same acts in the passive of respect (謝意が述べられ、): the sentence's first
        # speaker did them.
        r"|(?:述べ|求め)られ、|(?:表明|説明|言及|伝達|要請|示)され、"
    ),
    joint_act=re.compile(r"意見交換を?(?:行|し)|協議を?(?:行|し)"),
    authorship=re.compile(r"(?:が|の)(?:提唱|提案|発表|主導|立ち上げ)した|によれば|によると"),
    coordinator=lazy_compile(r"と|及び|並びに"),
    # A semicolon, or a comma not inside a number (1,500); a 、 is read by part of speech
    # (`Japanese.joints`).
    joint=re.compile(r"(?:[；;]|(?<!\d)[,，]|[,，](?!\d))\s*"),
    reaction=re.compile(r"歓迎|評価|謝意|感謝|称賛|賞賛|祝意|祝福"),
    request=re.compile(r"要請|要望|依頼|求め"),
    meeting=re.compile(r"会談を(?:行|実施)|会談し|会談が行われ|会談を持"),
    home=lazy_compile(r"(?P<name>[\u30a1-\u30fa\u30fc][\u30a1-\u30fa\u30fc・＝]{1,40})・$"),
    addressee=lazy_compile(r"(?:は|が)、?(?P<whom>[^、。「」]{1,20}?)に(?:対し(?:て)?)、"),
)
"""How a readout sentence hands over to a second speaker (「…旨述べ、トランプ大統領からも、…」)."""

_JA_VISITOR = lazy_compile(
    # «ポルトガルを訪問中の高市総理は», «訪日中のX首相と», «公式実務訪問中のX首相と», «来日した
    # X首相と»
    r"(?:(?:訪問中|訪日中|来日中)の|(?:来日|訪日)した)(?P<who>[^、。はと「」]{2,60}?)(?:は|と|から|、)"
)
VISIT_PATTERNS = VisitPatterns(source_visitor=(_JA_VISITOR,), claim_visitor=(_JA_VISITOR,))
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

QUOTES = re.compile("|".join((quote_marks.CORNER, quote_marks.DOUBLE)))
"""Japanese quotes: 「…」, 『…』 and "…"."""


@functools.cache
def _kana_and_letters() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Kana, and letters (Latin, kana, kanji): compiled on first use, since only a text whose
    language is not known yet is measured with them (the CJK range is slow to compile)."""
    return re.compile(r"[\u3041-\u30ff]"), re.compile(r"[A-Za-z\u3041-\u30ff\u4e00-\u9fff]")


_CONTENT_POS = {
    "名詞": WordClass.NOUN,
    "動詞": WordClass.VERB,
    "形容詞": WordClass.ADJECTIVE,
    "形状詞": WordClass.ADJECTIVE,
    "副詞": WordClass.ADVERB,
}
_lock = threading.Lock()


@functools.cache
def _dictionary() -> Any:
    from sudachipy import Dictionary  # ~0.1 s to map the dictionary

    return Dictionary(dict="core")


@functools.cache
def _tokenizer() -> Any:
    from sudachipy import SplitMode

    return _dictionary().tokenizer(mode=SplitMode.B)


@functools.cache
def _short_tokenizer() -> Any:
    """Sudachi's shortest units (split mode A: 夕食会 → 夕食 | 会), to look up the parts of a
    compound the dictionary has no entry for."""
    from sudachipy import SplitMode

    return _dictionary().tokenizer(mode=SplitMode.A)


def _word_class(pos: tuple[str, ...]) -> WordClass:
    if pos[0] == "名詞":
        if pos[1] == "固有名詞":
            return WordClass.PERSON_NAME if pos[2] == "人名" else WordClass.PROPER_NOUN
        if pos[1] == "数詞":
            return WordClass.NUMBER
        if pos[2] == "助数詞可能" and pos[1] == "普通名詞":
            return WordClass.NOUN
    if pos[0] in ("補助記号", "記号", "空白"):
        return WordClass.SYMBOL
    if pos[1] == "非自立可能" and pos[0] == "動詞":
        return WordClass.FUNCTION
    return _CONTENT_POS.get(pos[0], WordClass.FUNCTION)


Morpheme = tuple[str, int, int, str, str, str, tuple[str, ...]]


@functools.lru_cache(maxsize=4096)
def _morphemes(text: str) -> tuple[Morpheme, ...]:
    """Sudachi's morphemes of `text`; kept between runs (`factcheck.cache_table`), so a run
    whose sentences were all analysed before never loads the dictionary."""
    table = cache_table("morphemes-ja")
    if table is not None:
        known = _checked_morphemes(table.get(text), text)
        if known is not None:
            return known
    found = _sudachi_morphemes(text)
    if table is not None:
        table.put(text, found)
    return found


def _checked_morphemes(value: object, text: str) -> tuple[Morpheme, ...] | None:
    """Stored morphemes read back, or None unless each is a slice of `text` with string
    forms and parts of speech."""
    if not isinstance(value, list):
        return None
    out: list[Morpheme] = []
    for item in value:
        if not isinstance(item, list) or len(item) != 7:
            return None
        surface, begin, end, lemma, normal, reading, pos = item
        if not (
            type(begin) is int
            and type(end) is int
            and 0 <= begin <= end <= len(text)
            and text[begin:end] == surface
            and all(isinstance(form, str) for form in (lemma, normal, reading))
            and isinstance(pos, list)
            and len(pos) >= 3
            and all(isinstance(part, str) for part in pos)
        ):
            return None
        out.append((surface, begin, end, lemma, normal, reading, tuple(pos)))
    return tuple(out)


def _sudachi_morphemes(text: str) -> tuple[Morpheme, ...]:
    with _lock:  # a Sudachi tokenizer is not safe to share between threads
        return tuple(
            (
                m.surface(),
                m.begin(),
                m.end(),
                m.dictionary_form(),
                m.normalized_form(),
                m.reading_form(),
                tuple(m.part_of_speech()),
            )
            for m in _tokenizer().tokenize(text)
        )


_NOUN_SUFFIX = ("接尾辞", "名詞的")
"""Sudachi's noun-like suffix (港 of ディリ港, 氏 of 田中氏)."""


@functools.lru_cache(maxsize=1024)
def _suffix_is_word(lemma: str) -> bool:
    """Whether a noun suffix is a word of its own: JMdict has it with at most
    SUFFIX_MAX_SENSES senses (港 "harbour; port", 網 "net; network"), none of them an English
    affix ("-ification" of 化, "-ic" of 的, "-er" of 者)."""
    senses = jmdict().senses(lemma)
    if not senses or len(senses) > SUFFIX_MAX_SENSES:
        return False
    return not any(
        gloss.startswith("-") or gloss.endswith("-") for sense in senses for gloss in sense.glosses
    )


@functools.lru_cache(maxsize=4096)
def _analyse(text: str) -> tuple[Token, ...]:
    out: list[Token] = []
    noun_end = prefix_end = -1
    for surface, begin, end, lemma, normal, reading, pos in _morphemes(text):
        script = script_of(surface)
        word_class = _word_class(pos)
        if (
            begin == noun_end
            and pos[:2] == _NOUN_SUFFIX
            and script is Script.KANJI
            and _suffix_is_word(lemma)
        ):
            # A noun's suffix that names a thing (ディリ港 "port", 電力網 "network", 大統領府
            # "office"): a word of its own. Not a person's (田中氏), nor one JMdict renders by
            # an English affix (淡水化 "-ification", 経済的 "-ic") or reads many ways (等, 間).
            word_class = WordClass.NOUN
        noun_end = end if pos[0] == "名詞" and pos[2] != "人名" else -1
        if script is Script.LATIN or script is Script.DIGIT:
            # Sudachi reads "G" as グラム and lower-cases acronyms; keep the letters as written.
            lemma = normal = surface.lower()
            reading = ""
            if script is Script.LATIN:
                word_class = WordClass.PROPER_NOUN
        if (lemma in STOP_WORDS or normal in STOP_WORDS) and (lemma, reading) not in _CONTENT:
            word_class = WordClass.FUNCTION
        elif pos[0] == "助動詞" and auxiliary_glosses(lemma):
            word_class = WordClass.AUXILIARY  # たい: "want to"
        elif script is Script.HIRAGANA and word_class is WordClass.NOUN and len(surface) < 3:
            word_class = WordClass.FUNCTION
        if (
            out
            and prefix_end == begin
            and pos[0] == "名詞"
            and pos[1] == "普通名詞"
            and script is Script.KANJI
            and word_class is WordClass.NOUN
        ):
            # 無 + 報告 → 無報告 "unreported": a prefix JMdict glosses as an English one ("un-",
            # "non-", "anti-") and the noun it binds are one word (`_prefixed_glosses`).
            head = out.pop()
            surface, begin = head.surface + surface, head.start
            lemma, normal = head.lemma + lemma, head.normal + normal
            reading = head.reading + reading
        prefix_end = end if pos[0] == "接頭辞" and _english_prefixes(lemma) else -1
        out.append(Token(surface, begin, end, lemma, normal, reading, word_class, script))
    return tuple(_join_latin(out))


_ENGLISH_PREFIX = lazy_compile(r"[a-z]{2,}-")
"""A JMdict gloss that is an English prefix ("un-", "non-", "anti-", "vice-")."""


@functools.lru_cache(maxsize=1024)
def _english_prefixes(lemma: str) -> tuple[str, ...]:
    """The English prefixes JMdict glosses a Japanese prefix by (無 "un-; non-", 反 "anti-",
    副 "vice-; sub-"), without their hyphens; () for a prefix JMdict renders otherwise (各
    "each", 同 "the said")."""
    out = {
        gloss[:-1]
        for sense in jmdict().senses(lemma)
        for gloss in sense.glosses
        if _ENGLISH_PREFIX.fullmatch(gloss)
    }
    return tuple(sorted(out))


def _prefix_and_noun(word: str) -> list[tuple[str, str, tuple[str, ...]]] | None:
    """A word Sudachi reads as a prefix and one noun (無 | 報告), in its own units or, for a
    word it keeps whole (未承認), in its shortest ones: each part's lemma, normal form and
    part of speech; None for any other word."""
    with _lock:
        for tokenizer in (_tokenizer(), _short_tokenizer()):
            parts = [
                (m.dictionary_form(), m.normalized_form(), tuple(m.part_of_speech()))
                for m in tokenizer.tokenize(word)
            ]
            if len(parts) != 1:
                break
    if len(parts) != 2 or parts[0][2][0] != "接頭辞" or parts[1][2][0] != "名詞":
        return None
    return parts


def _negating_prefix(word: str) -> bool:
    """Whether the word is a prefix that negates (`en.negates`: 無, 未, 非 "un-; non-") and
    the noun it binds."""
    parts = _prefix_and_noun(word)
    if parts is None:
        return False
    from factcheck.languages.en import negates

    return any(negates(prefix) for prefix in _english_prefixes(parts[0][0]))


def _prefixed_glosses(word: str) -> tuple[Gloss, ...]:
    """A Japanese prefix and the noun it binds, which JMdict has no entry for (無報告, 無規制,
    反政府勢力's 反政府): the noun's glosses each with the English prefix JMdict glosses the
    Japanese one by ("un" + "report" meets "unreported", "anti" + "government" meets
    "anti-government"), and the noun's glosses themselves unless a prefix negates
    (`en.negates`: 反政府 is about the government, 無報告 is not "reported"). () unless
    Sudachi reads the word as a prefix and one noun."""
    parts = _prefix_and_noun(word)
    if parts is None:
        return ()
    prefixes = _english_prefixes(parts[0][0])
    bare = glosses_of(parts[1][0], parts[1][1])
    if not prefixes or not bare:
        return ()
    from factcheck.languages.en import lemma_of, negates

    # 反政府 is still about the government; 無報告 "unreported" says the report is missing:
    # a prefix that negates (`en.negates`) keeps none of the bare noun's meanings.
    keep_bare = not any(negates(prefix) for prefix in prefixes)
    out = {gloss.pivot: gloss for gloss in bare} if keep_bare else {}
    for prefix in prefixes:
        for gloss in bare:
            if not gloss.whole or not gloss.text.isalpha():
                continue
            for written in (prefix + gloss.text, f"{prefix}-{gloss.text}"):
                pivot = pivot_of(lemma_of(written))
                out.setdefault(pivot, Gloss(pivot, written, "JMdict"))
    return tuple(out.values())


def _join_latin(tokens: list[Token]) -> list[Token]:
    """G + 7 → G7: Latin letters and the digits right after them are one name."""
    out: list[Token] = []
    for token in tokens:
        if (
            out
            and token.script is Script.DIGIT
            and out[-1].script is Script.LATIN
            and out[-1].end == token.start
        ):
            head = out.pop()
            joined = head.surface + token.surface
            out.append(
                Token(
                    joined,
                    head.start,
                    token.end,
                    joined.lower(),
                    joined.lower(),
                    "",
                    WordClass.PROPER_NOUN,
                    Script.LATIN,
                )
            )
        else:
            out.append(token)
    return out


_COMPOUND_SCRIPTS = frozenset({Script.KANJI, Script.KATAKANA})


@functools.lru_cache(maxsize=4096)
def _compounds(text: str) -> tuple[Token, ...]:
    """The JMdict words that span several of Sudachi's words (split mode B) of `text`; kept
    between runs (`factcheck.cache_table`), so a warm run loads no dictionary for them."""
    table = cache_table("compounds-ja")
    known = table.get(text) if table is not None else None
    if isinstance(known, list) and all(
        isinstance(pair, list)
        and len(pair) == 2
        and all(type(n) is int for n in pair)
        and 0 <= pair[0] < pair[1] <= len(text)
        for pair in known
    ):
        spans = [(pair[0], pair[1]) for pair in known]
    else:
        spans = _compound_spans(text)
        if table is not None:
            table.put(text, [list(span) for span in spans])
    return tuple(
        Token(
            text[start:end],
            start,
            end,
            text[start:end],
            text[start:end],
            "",
            WordClass.NOUN,
            script_of(text[start:end]),
        )
        for start, end in spans
    )


def _compound_spans(text: str) -> list[tuple[int, int]]:
    """Where JMdict has a word that Sudachi cuts into several: in each run of adjacent kanji
    and katakana words, read in Sudachi's shortest units (split mode A), the longest run of
    two to MAX_COMPOUND_UNITS units from each unit that JMdict has as a headword and that
    crosses a boundary of split mode B (再生可能 in 再生 | 可能 | エネルギー; 配電網 in
    送配電 | 網; 二国間). A word inside a longer one found is left out."""
    runs: list[list[Token]] = []
    for token in _analyse(text):
        if token.script not in _COMPOUND_SCRIPTS or token.word_class is WordClass.SYMBOL:
            runs.append([])
            continue
        if runs and runs[-1] and runs[-1][-1].end == token.start:
            runs[-1].append(token)
        else:
            runs.append([token])
    dictionary = jmdict()
    found: list[tuple[int, int]] = []
    for run in runs:
        if len(run) < 2:
            continue
        start = run[0].start
        bounds = {token.end for token in run[:-1]}
        with _lock:
            cuts = {start + m.end() for m in _short_tokenizer().tokenize(text[start : run[-1].end])}
        # Split mode A read over the run may join what mode B cut (太平 | 洋 → 太平洋): the
        # units are cut wherever either mode cuts.
        ends = sorted(cuts | bounds | {run[-1].end})
        units = list(zip([start, *ends[:-1]], ends, strict=True))
        for i in range(len(units)):
            for j in range(min(len(units), i + MAX_COMPOUND_UNITS), i + 1, -1):
                begin, end = units[i][0], units[j - 1][1]
                if not any(begin < b < end for b in bounds):
                    continue  # inside one of Sudachi's words, which is glossed as itself
                if any(b <= begin and end <= e for b, e in found):
                    break
                if dictionary.senses(text[begin:end]):
                    found.append((begin, end))
                    break
    return found


_PREDICATES = frozenset({"動詞", "形容詞", "助動詞"})
"""The parts of speech that end a predicate (UniDic's, as Sudachi gives them)."""


def _ends_predicate(before: Sequence[Morpheme]) -> bool:
    """Whether morphemes end in a predicate's continuative form, which a 、 after them ends
    as a clause: a verb, adjective or auxiliary in 連用形, or a conjunctive particle
    (接続助詞: …して、, …したが、) after one. Not a verb that a case particle before it binds
    into a compound particle (`_compound_particle`: に対し, について, として, を通じ)."""
    conjunctive = bool(before) and before[-1][6][:2] == ("助詞", "接続助詞")
    if conjunctive:
        before = before[:-1]  # the particle follows whatever form it asks for (…たが)
    if not before:
        return False
    pos = before[-1][6]
    if pos[0] not in _PREDICATES or not (conjunctive or pos[5].startswith("連用形")):
        return False
    if len(before) > 1 and pos[0] == "動詞" and before[-2][6][:2] == ("助詞", "格助詞"):
        return not _compound_particle(before[-2], before[-1])
    return True


def _compound_particle(particle: Morpheme, verb: Morpheme) -> bool:
    """Whether a case particle and the verb after it, in its continuative form, work as one
    particle: the dative に and a verb (に対し, に関し, に向け), or a particle and a verb that
    JMdict holds as a word in its て form, with the particle or without it (として, を通して,
    通じて "through"; not を受けて, を行って, と述べて, nor があって: …の紹介があり、 ends a
    predicate)."""
    if particle[0] == "に":
        return True
    words = (f"{particle[0]}{verb[0]}て", f"{particle[0]}{verb[0]}", f"{verb[0]}て")
    return any(jmdict().senses(word) for word in words)


_BOTH_PEOPLE = ("両首脳", "両外相", "両大臣", "双方", "両者", "両氏")
"""The words that name the two people of a bilateral event together."""
_BOTH_COUNTRIES = ("両国", "両政府")
"""The words that name its two countries (or governments) together, as a subject."""

SPEAKER_PATTERNS = SpeakerPatterns(
    name_word=re.compile(r"[A-Z]|.*[^\x00-\x7f]"),  # Latin letters capitalised; kana, kanji
    both=lazy_compile("|".join(_BOTH_PEOPLE + _BOTH_COUNTRIES)),
    reporter=lazy_compile(r"記者|質問者|司会|幹事社"),
    name_before_title=lazy_compile(r"(?P<name>[\u30a1-\u30fa\u30fc・＝]{2,})$"),
)
"""The two sides (両首脳, 両国: the words `KEY_FACT_PATTERNS` reads), the one who asks
(記者), a katakana name before a title (ミレイ大統領)."""

KEY_FACT_PATTERNS = KeyFactPatterns(
    both_people=lazy_compile("|".join(_BOTH_PEOPLE)),
    # 二国間 ("bilateral") names both countries, but as a modifier: no speaker.
    both_countries=lazy_compile("|".join((*_BOTH_COUNTRIES, "二国間"))),
)
"""The two people (両首脳) and the two countries (両国) of a bilateral event, named together."""


_KATAKANA_NAME = lazy_compile("[ァ-ヺー]+")
"""A name written in katakana alone, without the middle dot of a full name."""


class Japanese:
    """The Japanese language module."""

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
        return glosses_of(token.lemma, token.normal)

    def bridges(self, lemma: str, surface: str) -> tuple[Gloss, ...]:
        return kin_of(lemma)

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
        return tuple(_SPEAKER_NAME.findall(label))

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


@functools.lru_cache(maxsize=65536)
def usage_rarity_of(lemma: str) -> float:
    """How rare a word is in general use, from wordfreq's Japanese frequencies, as an
    English word's is from English ones (分野 "field", 増やす "increase" are everyday words; 同国
    is rarer); a word the list lacks (a compound Sudachi keeps whole: 付加価値, 脱炭素) by
    JMdict's common mark."""
    zipf = zipf_table("ja").get(lemma)
    if zipf is not None:
        return rarity_from_zipf(zipf)
    return 1.0 if jmdict().is_common(lemma) else UNCOMMON_JA_RARITY


@functools.lru_cache(maxsize=65536)
def kin_of(lemma: str) -> tuple[Gloss, ...]:
    """The WordNet kin (`en.kin_of`) of a Japanese word's first rendering: the first gloss
    of its first JMdict sense, the one JMdict lists first for its commonest meaning.

    - The synonyms of that gloss's head words (as its own pivots are read,
      `_sense_glosses`): 昼食会 "luncheon meeting" → luncheon → lunch, which ランチ glosses.
      A later gloss names the word's meaning less surely, and WordNet's commonest sense of
      it is often another: "lookout", a late gloss of a word for keeping watch, is first a
      person in WordNet (sentry, scout), "solidification" of one for strengthening first
      a curing.
    - When that gloss is one word, the forms derived from it, which keep its root (署名
      "signature" → sign), but none that names a person where the gloss does not, or the
      reverse (`WordNet.names_person`): 経済 "economy" is no economist, 先生 "teacher" no
      teaching. A gloss of several words ("summit conference") is no one word's rendering.

    Each names the gloss word it comes through ("WordNet synonym of luncheon"); a claim
    word meets them in a source of any language at a WordNet link's weight
    (`BridgeKind.KIN`), never as its own rendering. No more specific words, and nothing
    from the other glosses: those of a broad word (教育 "education; schooling; training;
    …") would fan out to teachers and trainees."""
    from factcheck.languages.en import kin_of as english_kin
    from factcheck.languages.en import lemma_of
    from factcheck.languages.wordnet import wordnet

    senses = jmdict().senses(lemma)
    if not senses or not senses[0].glosses:
        return ()
    own = {gloss.pivot for gloss in glosses_of(lemma, lemma)}
    first = senses[0].glosses[0]
    one_word = len(gloss_words(first)) == 1
    out: dict[str, Gloss] = {}
    for word in gloss_heads(first):
        rendering = lemma_of(word)
        for kin in english_kin(rendering):
            if kin.pivot in own:
                continue
            if kin.relation in (Relation.DERIVATION, Relation.PERTAINYM):
                person = wordnet().names_person(lemma_of(kin.text), WORDNET_POS_SHARE)
                if not one_word or person != wordnet().names_person(rendering, WORDNET_POS_SHARE):
                    continue
            elif kin.relation is not Relation.SYNONYM:
                continue
            layer = f"{kin.layer} of {word}"
            kept = Gloss(kin.pivot, kin.text, layer, False, BridgeKind.KIN, kin.relation)
            out.setdefault(kin.pivot, kept)
    return tuple(out.values())


@functools.lru_cache(maxsize=65536)
def glosses_of(lemma: str, normal: str) -> tuple[Gloss, ...]:
    """English pivots of a Japanese word: the lemmas of its one-word JMdict glosses; kept
    between runs (`factcheck.cache_table`)."""
    return _kept_glosses(f"{lemma}\t{normal}", lambda: _glosses_of(lemma, normal))


def _kept_glosses(key: str, work_out: Callable[[], tuple[Gloss, ...]]) -> tuple[Gloss, ...]:
    """Glosses kept between runs in the `glosses-ja` cache table under `key`, else worked out
    and kept; a stored value of any other shape is worked out again, never trusted."""
    table = cache_table("glosses-ja")
    known = table.get(key) if table is not None else None
    if isinstance(known, list) and all(
        isinstance(row, list)
        and len(row) == 3
        and isinstance(row[0], str)
        and isinstance(row[1], str)
        and isinstance(row[2], bool)
        for row in known
    ):
        return tuple(Gloss(pivot, text, "JMdict", whole) for pivot, text, whole in known)
    found = work_out()
    if table is not None:
        table.put(key, [[gloss.pivot, gloss.text, gloss.whole] for gloss in found])
    return found


_EXPLAINS = lazy_compile(r"^(?:indicates?|used|auxiliary)\b|\bnot\b|n't\b")
"""A gloss of an auxiliary that explains its grammar ("indicates passive voice", "used to
indicate respect") or says it in the negative ("don't intend to", まい): no English word to
meet."""


@functools.lru_cache(maxsize=256)
def auxiliary_glosses(lemma: str) -> tuple[Gloss, ...]:
    """English pivots of an auxiliary (Sudachi's 助動詞): the words of the JMdict senses marked
    as an auxiliary's, written as its dictionary form (たい "want to ... do something; would
    like to ..." → want, like), without the glosses that explain grammar or negate
    (`_EXPLAINS`); kept between runs with the other glosses (`factcheck.cache_table`)."""
    return _kept_glosses(
        f"助動詞\t{lemma}",
        lambda: _sense_glosses(
            tuple(
                Sense(kept)
                for sense in jmdict().auxiliary_senses(lemma)
                if (kept := tuple(g for g in sense.glosses if not _EXPLAINS.search(g.lower())))
                and all(_says_more_than_grammar(g) for g in kept)
            )
        ),
    )


def _says_more_than_grammar(gloss: str) -> bool:
    """Whether a gloss holds an English word beyond grammar: "want to ... do something" does
    (want), "did", "(have) done", "(I) will" do not (tense and mood, which English says in
    its verb forms): a sense with such a gloss describes grammar, not a meaning to meet."""
    from factcheck.languages.en import STOP_WORDS, lemma_of

    return any(lemma_of(word) not in STOP_WORDS for word in gloss_heads(gloss))


def _glosses_of(lemma: str, normal: str) -> tuple[Gloss, ...]:
    dictionary = jmdict()
    senses = dictionary.senses(lemma) or (dictionary.senses(normal) if normal != lemma else ())
    senses = _with_bare_senses(lemma, senses)
    if not senses:
        if _negating_prefix(lemma):
            # 未承認 "unapproved", which Sudachi keeps whole: not 承認 "approval" read through
            # its parts (`_part_glosses` leaves out a one-letter unit as an affix).
            return _prefixed_glosses(lemma)
        return _part_glosses(lemma) or _prefixed_glosses(lemma)
    return _sense_glosses(senses)


_POLITE_PREFIXES = ("お", "ご", "御")
"""The prefixes that make a noun polite (美化語: お見舞い, お悔やみ): the word is the bare one."""


def _with_bare_senses(lemma: str, senses: tuple[Sense, ...]) -> tuple[Sense, ...]:
    """A word with a polite prefix (お見舞い, お悔やみ) also means what JMdict gives the bare
    word (見舞い, 悔やみ), which it often glosses more fully: all of it when JMdict lacks the
    prefixed word (お悔やみ → "condolence"), else the bare word's senses that share a gloss
    with the prefixed word's, so they are one word's senses (見舞い's "expression of
    sympathy; … enquiry", beside お見舞い's "enquiry"), not another word's that the bare
    spelling also is (金 "gold" beside お金 "money")."""
    if len(lemma) < 3 or not lemma.startswith(_POLITE_PREFIXES):
        return senses
    bare = jmdict().senses(lemma[1:])
    if not senses:
        return bare
    own = {gloss for sense in senses for gloss in sense.glosses}
    more = tuple(sense for sense in bare if sense not in senses and own.intersection(sense.glosses))
    return senses + more


def _part_glosses(word: str) -> tuple[Gloss, ...]:
    """A compound JMdict has no entry for (夕食会, 南東部, 米国産), met through the glosses of
    its content parts in Sudachi's shortest units (夕食 "dinner", 南東 "southeast"); () when
    it is several words in Sudachi's own units (a phrase is no compound), or one unit, or
    holds a unit that is not kanji or kana.

    A one-letter unit of a compound (会, 部, 産, 元) is an affix: its glosses ("meeting",
    "department", "origin"…) name the senses of the letter alone, not what it adds here."""
    if len(word) < 2 or script_of(word) not in (Script.KANJI, Script.KATAKANA):
        return ()
    with _lock:
        if len(_tokenizer().tokenize(word)) != 1:
            return ()  # a phrase of several words (快活で楽しい方), not one compound
        parts = [
            (m.surface(), m.dictionary_form(), m.normalized_form(), tuple(m.part_of_speech()))
            for m in _short_tokenizer().tokenize(word)
        ]
    if len(parts) < 2:
        return ()
    dictionary = jmdict()
    out: dict[str, Gloss] = {}
    for surface, lemma, normal, pos in parts:
        if script_of(surface) not in (Script.KANJI, Script.KATAKANA, Script.HIRAGANA):
            return ()
        if len(surface) < 2:
            continue
        if not Token(surface, 0, 0, lemma, normal, "", _word_class(pos), Script.KANJI).content:
            continue
        if lemma in STOP_WORDS or normal in STOP_WORDS:
            continue
        senses = dictionary.senses(lemma) or dictionary.senses(normal)
        for gloss in _sense_glosses(senses):
            out.setdefault(gloss.pivot, gloss)
    return tuple(out.values())


def _sense_glosses(senses: tuple[Sense, ...]) -> tuple[Gloss, ...]:
    from factcheck.languages.en import lemma_of

    pivots: dict[str, tuple[str, bool]] = {}
    for sense in senses:
        for gloss in sense.glosses:
            heads = gloss_heads(gloss)
            for word in heads:
                pivot = pivot_of(lemma_of(word))
                if pivot not in pivots or (len(heads) == 1 and not pivots[pivot][1]):
                    pivots[pivot] = (word, len(heads) == 1)
            if len(heads) == 2:  # "disaster prevention" as one concept too
                pivots.setdefault(
                    compound_pivot([lemma_of(w) for w in heads]), (" ".join(heads), True)
                )
    return tuple(Gloss(pivot, text, "JMdict", whole) for pivot, (text, whole) in pivots.items())
