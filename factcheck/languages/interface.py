"""The language seam: what the pipeline may ask of a language, and nothing more.

Every language-specific rule lives in one module per language (`en.py`, `ja.py`, …) that
implements `Language`, and the optional protocols below it has the data for (`Speaking`,
`Naming`, `Counting`, …: the pipeline asks `isinstance`); the registry
(`factcheck.languages`) hands the right one out by code. The pipeline never tests a language
code. See docs/languages.md for how to add one.

Words of different languages meet through **pivot keys**: English lemmas. An English word's
pivot is its own lemma; a Japanese word's pivots are the English lemmas of its JMdict glosses.
A language that has no bilingual dictionary gives no pivots, and its words then count only
within the language.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol, runtime_checkable

from factcheck.languages.wordnet import Relation
from factcheck.lazy_pattern import lazy_compile


class Script(enum.Enum):
    """The writing system of a token."""

    LATIN = "latin"
    KANJI = "kanji"
    HIRAGANA = "hiragana"
    KATAKANA = "katakana"
    HANGUL = "hangul"
    DIGIT = "digit"
    OTHER = "other"


class WordClass(enum.Enum):
    """A coarse part of speech, enough to tell content from grammar."""

    NOUN = "noun"
    PROPER_NOUN = "proper-noun"
    PERSON_NAME = "person-name"
    VERB = "verb"
    ADJECTIVE = "adjective"
    ADVERB = "adverb"
    NUMBER = "number"
    FUNCTION = "function"
    """Particles, auxiliaries, articles, pronouns, conjunctions."""
    AUXILIARY = "auxiliary"
    """An auxiliary whose meaning the language's dictionary glosses (the desiderative たい,
    "want to"): grammar that says what a clause's speaker wants or hopes, which a claim
    words with a verb ("wanted to", "would like to")."""
    SYMBOL = "symbol"


class Token(NamedTuple):
    """One word of a text, as the language's analyser sees it.

    A named tuple rather than a frozen dataclass: a source index makes one for every word of
    every sentence, and a tuple is made several times faster."""

    surface: str
    start: int
    end: int
    lemma: str
    """Dictionary form (述べ → 述べる, deepened → deepen), lower-cased in cased scripts."""
    normal: str
    """Normalised form shared by spelling variants (引き上げる / 引上げる); else the lemma."""
    reading: str
    """Pronunciation in katakana where the language has one (タカイチ); else ""."""
    word_class: WordClass
    script: Script

    @property
    def content(self) -> bool:
        """Whether the token carries meaning a source could confirm."""
        return self.word_class not in (WordClass.FUNCTION, WordClass.SYMBOL, WordClass.NUMBER)

    @property
    def anchor_keys(self) -> tuple[str, str, str]:
        """The forms a claim's word anchor of this word may be keyed on, in the order they
        are tried: its normal form, its lemma, its surface in lower case."""
        return (self.normal, self.lemma, self.surface.lower())


class BridgeKind(enum.Enum):
    """What kind of weaker link a bridge (`Bridging.bridges`) is, which decides where it
    reaches and how much it counts (checks/match.py)."""

    NEAR_SYNONYM = "near-synonym"
    """A rendering shared in one bilingual sense ("maritime" / 海洋 through 海洋性): met only
    in a source of another language, at `BRIDGE_WEIGHT`."""
    KIN = "kin"
    """A synonym or derived form from the language's own lexical data (WordNet: purchaser /
    buyer, resilient / resilience): met in a source of any language (the source word, or a
    word of another language that glosses it), at `WORDNET_WEIGHT`."""
    FUNCTION_WORD = "function-word synonym"
    """A synonym from the language's own lexical data that the language reads as a function
    word where a text writes it ("talks" for "negotiations": the stop list holds "talk"), so
    no posting files it: its pivot is the word as the data writes it, not a stem, and it is
    met only where a sentence of the claim's own language writes that very word
    (`SourceIndex.writing`), at `WORDNET_WEIGHT`."""
    GLOSS_MODIFIER = "gloss modifier"
    """The first word of a source word's gloss of a modifier and a head ("coal-fired" of
    石炭火力 "coal-fired thermal power"), which the gloss's pivots leave out: a claim word
    written just before that head ("coal-fired power") meets it, only in a source of another
    language whose sentence renders the head through that word or a word inside it, at
    `GLOSS_MODIFIER_WEIGHT` (`Modifying`, checks/match.py)."""
    GLOSS_HEAD = "gloss head"
    """The last word of a gloss of a modifier and a head of a word the analyser cut (電力供給
    "power distribution"), which the lexicon files only whole: a claim word with its pivot
    ("distribute") meets it, only in a source of another language, at `GLOSS_HEAD_WEIGHT`
    (`Modifying`, checks/match.py)."""
    SENSE_PHRASE = "sense phrase"
    """Another phrase of two words of a JMdict sense whose glosses hold a claim's two words,
    the first opening one gloss and the second ending one ("electricity grid" beside 送電網's
    "electricity supply network; transmission network; power grid" → transmission network,
    power grid): each of the claim's two words meets a sentence of any language that
    renders that phrase, by a word glossed so or by its two words side by side, at
    `SENSE_PHRASE_WEIGHT` (`Phrasing.phrase_bridges`, checks/match.py)."""


@dataclass(frozen=True)
class Gloss:
    """One bridge from a word to a pivot key, and the data it came from."""

    pivot: str
    """The English stem the word means ("deepen", "congratul"): English lemmas stemmed
    (Snowball), so that a verb meets its noun (congratulate / congratulations)."""
    text: str
    """The English word as the data gives it ("deepening"), for reports."""
    layer: str
    """Where the link comes from: "JMdict", "lemma", …; shown in reports."""
    whole: bool = True
    """The English word is a whole gloss of a sense ("first"), not one word of a two-word
    phrase ("first half", which means a half)."""
    bridge: BridgeKind = BridgeKind.NEAR_SYNONYM
    """For a bridge (`Bridging.bridges`), what kind of link it is; unused for a gloss."""
    relation: Relation | None = None
    """For a WordNet link, how WordNet relates the two words (synonym, derivation, …), which
    a caller reads to choose among them; the `layer` only names it for reports. None for
    other data."""


@dataclass(frozen=True)
class ClausePatterns:
    """How one language opens a clause with a new speaker, and marks joint or authored acts."""

    speaker_opening: re.Pattern[str]
    """Matches where a later clause starts with its own speaker; group `who` (or `who2`) is
    the speaker. Searched after the sentence's first predicate (`first_predicate`), or where
    the grammar ends an assertion (`claim_parts`). Group `who3` is a speaker read only where
    the grammar ends the clause before it, wherever the first predicate is, and only when its
    clause reports the speaker's speech (`claim_speech`) or answer (`answer`). Group `verb`
    (or `verb2`), when it matched, is a verb the pattern does not list: the opening counts
    only when `unlisted_opening` accepts it."""
    first_predicate: re.Pattern[str]
    """The end of the first clause's predicate: nothing before it can open a second clause."""
    joint_act: re.Pattern[str]
    """A predicate both sides perform together: the clause belongs to both."""
    authorship: re.Pattern[str]
    """A phrase naming an author or a source ("proposed by X"), not who speaks."""
    coordinator: re.Pattern[str] | None = None
    """A grammar word joining two parties into one subject ("Japan and South Africa",
    「高市総理とゼレンスキー大統領」): such a subject is both sides."""
    continuing: re.Pattern[str] | None = None
    """Searched in the phrase that opens a later speaker's clause: a mark that the speaker
    speaks to the same topic as the clause before («シャポ大統領からも、», "and President Y
    also stated"), which the clause then often names only by reference (同事業, "it")."""
    topic: re.Pattern[str] | None = None
    """Matched at the start of a clause's content: the topic it opens with («北部の開発事業は»),
    which a continuing clause after it names only by reference (同事業)."""
    reaction: re.Pattern[str] | None = None
    """Searched in a clause: the words of a reaction to what the other side did or said
    ("welcomed", "thanked", 歓迎, 謝意): a claim that reports one is said by whoever reacts,
    not by whoever acted (factcheck.checks.check_attribution)."""
    endorsement: re.Pattern[str] | None = None
    """Searched in a clause: the words by which a speaker takes the other side's point or
    plan as their own ("expressed his support for", "concurred", 支持, 賛同, 同意), as against
    support given as help ("will continue to support Ukraine", 支援)."""
    claimed_endorsement: re.Pattern[str] | None = None
    """Searched in a claim's part: an endorsement (`endorsement`) that is the part's own
    predicate, said of its opening subject ("Sikorski backed Motegi's proposal", 「…日本の
    立場に支持を表明した」); a promise of support ("pledged to support", "said Japan would
    support") is no endorsement."""
    elaborating: re.Pattern[str] | None = None
    """Matched at the start of a claim's part: a part that only elaborates the object of the
    part before it ("…, including its missile activities", "…, especially in energy") and has
    no subject or predicate of its own, so that part's predicate is its predicate too."""
    request: re.Pattern[str] | None = None
    """Searched in a clause: the words of a request to the other side ("asked for", 要請):
    what the other side then offers answers it."""
    passing_on: re.Pattern[str] | None = None
    """Searched in a claim: the words of passing on another's message ("conveyed",
    "delivered", 伝達, 手交): a claim that reports its speaker doing so gives them the passing
    on, not what the message says (factcheck.checks.clause_choice.relayed_author)."""
    meeting: re.Pattern[str] | None = None
    """Searched in a clause: the words of the meeting itself ("held a summit meeting with",
    「電話会談を行いました」). Such a clause names who took part, not who spoke."""
    home: re.Pattern[str] | None = None
    """Searched in the text right before a country's name (to its end): the person a
    designation gives that country («アンドリュー・ホルネス・»ジャマイカ首相, "Gen. Arlo Venner,
    Minister of Foreign Affairs of the Republic of "Norland, "President Ruvalo of "Chile),
    group `name`. Whoever holds "Japan's prime minister" is not that person."""
    addressee: re.Pattern[str] | None = None
    """Matched right after the speaker a claim opens with (`Language.claim_speech`'s `who`):
    the one spoken to ("… told Takaichi that", 「…は、トブゲ首相に対し、」), group `whom`. Like
    the speaker's, that name says who is speaking with whom, not what is said."""
    unlisted_opening: Callable[[re.Match[str]], bool] | None = None
    """Whether a `speaker_opening` match whose verb the pattern does not list (group `verb`)
    opens a speaker's clause all the same: the language's dictionary says the verb reports
    speech; None: such an opening never counts."""
    unlisted_speech: Callable[[str, bool], re.Match[str] | None] | None = None
    """A text that opens with its speaker (group `who`) and a verb of speech the claim's
    speech pattern (`Language.claim_speech`) does not list, which `unlisted_opening` accepts
    after another speaker: the speaker of the part it opens. Its flag asks for a speaker
    named with an office only, as a source sentence names one. None: such a text names
    no speaker."""
    closing_speech: Callable[[str], re.Match[str] | None] | None = None
    """A sentence that names its speaker at its end, after a comma (group `who`: "President
    Tarvo approved the plan last week, Minister Borrel explained."): that speaker says it,
    whoever its opening names. None: no sentence names its speaker so."""
    joint: re.Pattern[str] | None = None
    """Where a claim's punctuation may join two assertions (a comma, a semicolon, 、), never
    a mark inside a number ("1,500"): the cut points of factcheck.checks.pieces; None: a
    claim is never cut."""
    gathering: re.Pattern[str] | None = None
    """Searched in a sentence: any meeting, talk or gathering it reports ("met", "talks", "a
    press conference", 会談, 懇談, 会見), the main one or not; None: a sentence is taken to
    report one (factcheck.checks.date_acts)."""
    date_joint: re.Pattern[str] | None = None
    """Where a claim's text joins two predicates, besides a comma ("toured a market on May 2
    and held talks"): a date before it dates the first (factcheck.checks.date_acts)."""
    answer: re.Pattern[str] | None = None
    """Matches a whole clause that reports what its speaker gave in answer to the clause
    before, naming no object of its own: the other speaker's support or thanks, in the
    passive or with "received" («…理解と協力を求め、X首相から支持が表明されました», «…X大統領
    から支持を得ました»). Such a clause opens with its speaker even without a comma after the
    particle, and acts on what the clause before it said, as an anaphor does
    (factcheck.text.clauses, factcheck.checks.clause_choice)."""
    anaphor: re.Pattern[str] | None = None
    """Searched in a clause's content: a word that points back to what the clause before it
    said ("welcomed this", "supported them", 「これを歓迎」): the clause acts on the earlier
    clause's object, so its own words are few by construction
    (factcheck.checks.clause_choice, `acting_clause`)."""

    office_speaker: Callable[[str], bool] | None = None
    """Whether the words of a `speaker_opening` match's group `who5` (a run of words before
    the mark of a speaker, with no title the pattern lists: 「神田総裁からは、」) name a
    person by the office its last word names, as the language's dictionary glosses it (総裁
    "president", 事務局長 "secretary-general"; not 日本 or 政府). None: such a run never
    opens a clause."""

    def opens_speech(self, opening: re.Match[str]) -> bool:
        """Whether a `speaker_opening` match opens a speaker's clause: its verb is one the
        pattern lists, or `unlisted_opening` accepts the opening; a speaker read by its
        office only (group `who5`) is one `office_speaker` accepts."""
        groups = opening.groupdict()
        if groups.get("who5") is not None:
            return self.office_speaker is not None and self.office_speaker(groups["who5"])
        if groups.get("verb") is None and groups.get("verb2") is None:
            return True
        return self.unlisted_opening is not None and self.unlisted_opening(opening)


@dataclass(frozen=True)
class VisitPatterns:
    """How one language says who is visiting whom (factcheck.checks.check_visit)."""

    source_visitor: tuple[re.Pattern[str], ...]
    """How a source names the visitor («訪日中のX首相と», "with X, who is visiting Japan"):
    group `who`."""
    claim_visitor: tuple[re.Pattern[str], ...]
    """How a claim names the visitor ("X, on a visit to P", "X visited P"): group `who` (or
    `who2`)."""
    place_visited: re.Pattern[str] | None = None
    """The place a claim says was visited ("a visit to Buenos Aires"): a name of a place, not
    of a party to the meeting; None when the claim patterns never name one."""
    claim_venue: tuple[re.Pattern[str], ...] = ()
    """Where a claim sets its meeting ("travelled to Accra", "received her in Lima", "a visit
    to Hanoi", 「ハノイで会談」): group `place`, a place's name; or group `word`, a word whose
    dictionary gloss names the place (訪日 "visit to Japan")."""
    source_venue: tuple[re.Pattern[str], ...] = ()
    """Where a readout sets its meeting («訪日中のX», «ペルーを訪問中の», "who is visiting
    Japan"): groups as `claim_venue`."""
    unheld: re.Pattern[str] | None = None
    """Searched in the clause of a claim's venue: the visit is not the meeting's (an
    invitation, a hope, a plan, a past visit, someone's own visit: "invited Motegi to visit
    Quito", "an early visit to Accra", "her visit to Accra last year", 「…を訪問するよう招待」),
    so it sets no meeting."""
    claim_trip: tuple[re.Pattern[str], ...] = ()
    """A bare past journey in a claim ("flew to Hanoi", "visited Quito"): groups as
    `claim_venue`; it sets the meeting only when its clause holds `meeting` (a trip before or
    after the meeting, or a stop on a tour, is another happening)."""
    meeting: re.Pattern[str] | None = None
    """Searched in the clause of a `claim_trip` or a claim's `requester`: the meeting's or the
    call's own verb ("met", "held talks", "spoke by phone"); None: any clause."""
    place_clause: re.Pattern[str] | None = None
    """Matches right after a `claim_trip`'s place (and a short adjunct: "on June 3") where the
    next clause tells what happened there (", where she held talks"): `meeting` is sought in
    that clause too."""
    request_word: re.Pattern[str] | None = None
    """Any word for a request ("request", 要請, 依頼, 申入れ): a source sentence past the lead
    that holds one and names the claim's requesting side may be the request the claim reports
    (experts sent at that side's 要請), whatever it asked for."""
    requester: tuple[re.Pattern[str], ...] = ()
    """Whose request a meeting or a call was held at ("at Chile's request", "at the request of
    the Japanese side", «チリ側からの申入れによるもの»): group `place`, the requesting side's
    country, capital or people's word."""


@dataclass(frozen=True)
class SpeakerPatterns:
    """How one language names who speaks besides by name (factcheck.checks.who_speaks,
    factcheck.checks.title_links). Each is optional: a language without one reads none."""

    both: re.Pattern[str] | None = None
    """Searched in a speaker's text: the two sides named together ("the two leaders", "3. Both
    ministers", 両首脳): a joint subject."""
    reporter: re.Pattern[str] | None = None
    """Matched at the start of a speaker label: the one who asks the questions of a transcript
    ("Q", "Reporter", 記者), never the person a claim quotes."""
    name_after_title: re.Pattern[str] | None = None
    """Matched right after a title: a name the language writes after it ("Premier Li Wei",
    "President Ruvalo"), group `name`."""
    name_before_title: re.Pattern[str] | None = None
    """Searched in the text before a title, up to it: a name the language writes before it
    (ミレイ大統領), group `name`."""
    other_side: re.Pattern[str] | None = None
    """Matched, whole, against a speaker: a word that names the other side of the page's
    meeting (先方), as the readout's own side tells it: the people its meeting sentence names
    (`Naming.name_words`)."""
    points_back: re.Pattern[str] | None = None
    """Matched, whole, against a speaker: a word that makes the title after it (group
    `title`) point back at the last speaker named with that title (同大臣, "the said
    minister"), whoever else holds it on the page."""
    name_word: re.Pattern[str] | None = None
    """Matched at a word's start: the word is written as a name, not as a common word (in
    Latin letters a capital opens it; a word in another script may always be one). None: any
    word may be a name."""


@dataclass(frozen=True)
class KeyFactPatterns:
    """How one language counts the parties of an event, and heads a phrase, where a claim's key
    facts are read (factcheck.checks.keyfacts, factcheck.checks.qualifiers). Each is
    optional: a language without one reads none."""

    parties_counted: re.Pattern[str] | None = None
    """Matched at a count of two: it counts the parties of a bilateral event ("two
    leaders")."""
    definite_before: re.Pattern[str] | None = None
    """Searched in the text before a count, up to it: a definite determiner ("the two",
    "their two"), which refers back to whom the text has named."""
    framing_count: re.Pattern[str] | None = None
    """Matched in full on a count's words: the parties of a bilateral event counted ("the two
    countries"), framing, not a count to check."""
    of_after: re.Pattern[str] | None = None
    """Matched right after a word: the word heads an "of" (or "for") phrase ("the record of
    …", "the Minister for Trade"), as a noun."""
    both_people: re.Pattern[str] | None = None
    """Searched in a source sentence (or its speaker label): the two people of a bilateral
    event named together ("the two leaders", 両首脳), who its first sentence names
    (factcheck.checks.match)."""
    both_countries: re.Pattern[str] | None = None
    """Searched in a source sentence (or its speaker label): the two countries of a bilateral
    event named together ("both governments", "bilateral", 両国)."""
    counterpart: re.Pattern[str] | None = None
    """Matched in full on a claim's word: it names the other party's holder of the same office
    ("his Bolivian counterpart"), whom the report of a bilateral meeting names in its opening
    paragraph."""
    name_opening: re.Pattern[str] | None = None
    """Searched in the text before a name, up to it: the words right before it that may open
    the same name ("Port " of "Port Moresby"), which a run of names may leave out."""
    anniversary: re.Pattern[str] | None = None
    """Matched at the start of a rank written in the text: the rank numbers an anniversary
    ("the 55th anniversary", 55周年), of which a page about one event gives one value
    (factcheck.checks.check_values)."""
    membership: re.Pattern[str] | None = None
    """Searched in a text: the words that make what they govern one member of a set ("one
    of", "among"; 〜の一つ, 〜の一人). A quote that cuts them off the source's words turns
    "one of the most important partners" into "the most important partner"
    (factcheck.checks.check_quotes `drops_membership`)."""
    other_occasion: re.Pattern[str] | None = None
    """Searched in the clause of a place the claim names: the words that make the happening
    there another occasion of the event's kind, the next or the last one ("their next
    summit in Canberra", «次回の外相会合を来年キャンベラで»), not the event itself
    (factcheck.checks.keyfacts `is_other_occasion_place`)."""


@dataclass(frozen=True)
class RelativeWords:
    """How one language writes days relative to today, and marks past and future."""

    days: re.Pattern[str]
    """A word naming one day by its distance from today; group `word`."""
    offsets: dict[str, int]
    """Days from today for each (lower-cased) word `days` matches."""
    weekday: re.Pattern[str]
    """A weekday name; groups `name`, and `last` / `next` when the text says which week."""
    weekday_index: dict[str, int]
    """0 = Monday … 6 = Sunday, by (lower-cased) weekday name."""
    periods: re.Pattern[str]
    """"this week", "last month", 先週 …; group `which` (this / last / next) and `unit`."""
    period_words: dict[str, int]
    """(lower-cased) `which` word → shift: -1 last, 0 this, 1 next."""
    past: re.Pattern[str]
    """A mark of the past tense."""
    future: re.Pattern[str]
    """A mark of the future."""
    triggers: tuple[str, ...]
    """Strings one of which every relative date holds (lower-cased text): a text with none is
    skipped without running the patterns, as most sentences are."""
    event_day: re.Pattern[str] | None = None
    """The day of the month a news sentence dates what it reports by, written without its
    month where the language's news does so (「高市首相は5日、…会談した」: right after the
    subject, before a comma); group `day`. It is the last such day up to the article's date.
    None where the language has no such form."""
    event_day_ahead: re.Pattern[str] | None = None
    """A text whose own predicate says the event is still to come (「…する予定だ」): its
    `event_day` may lie after the article's date, so it is shown and not compared."""
    sequence: re.Pattern[str] | None = None
    """A day named by its distance from a date the text has just given ("the following day",
    "a day earlier", 翌日, 前日), with no complement of its own ("the day before the summit"
    is relative to the summit); group `word`."""
    sequence_offsets: dict[str, int] | None = None
    """Days from the date before it for each (lower-cased, spaces folded) `sequence` word."""
    years: re.Pattern[str] | None = None
    """A year named by its distance from the text's own year ("this year", "last year",
    本年, 昨年; not a span, "over the last year", nor a fiscal year, 本年度); group `word`.
    Read in sources only, against the page's date (factcheck.text.relative_dates)."""
    year_offsets: dict[str, int] | None = None
    """Years from the page's year for each (lower-cased, spaces folded) `years` word."""
    predicate_end: re.Pattern[str] | None = None
    """Matched right after a `past` or `future` mark: the mark ends a predicate (a comma, a
    full stop, a conjunctive particle: 「署名したが、」「協議した。」「予定だ。」), not a
    clause that modifies the word after it (「予定されている訪問」「署名した協定」). A clause
    with no tense of its own that chains to the next predicate («土曜日、…と会談し、…署名した»)
    shares that predicate's tense. None: such a clause stays without a tense."""


@dataclass(frozen=True)
class MonthWords:
    """How one language names a month alone, with neither day nor year, where a time is
    meant ("in May", "Mid-May", "from April to June"): factcheck.text.dates."""

    alone: re.Pattern[str]
    """A month's name after a word that introduces a time ("in", "since", "mid-"): group
    `lead` is that word, `mon` the name. A name without such a word is no date ("June
    Berne", "an August body")."""
    then: re.Pattern[str]
    """Matched right after a month: the next month of a list or range ("…, May", "… and
    June", "… to June"); group `mon` is its name, and group `to` is set when the two bound a
    range."""
    range_leads: frozenset[str]
    """(lower-cased) leads after which two months joined as a list bound a range ("between
    April and June")."""
    not_before: re.Pattern[str]
    """Matched right after a month: the name is part of another name ("June Berne": a word in
    capitals that is no weekday follows)."""
    numbers: Mapping[str, int]
    """1 = January … 12 = December, by name as `mon` writes it."""


@dataclass(frozen=True)
class MonthNumerals:
    """How one language names a month alone with a numeral, with neither day nor year (11月に,
    4月から6月): factcheck.text.dates."""

    range: re.Pattern[str]
    """A range of months (4月から6月, 1～3月, 2030年4-6月): groups `month` and `end_month`, the
    numerals of its ends, and the year it is written with, if any: `year`, or `era` and
    `era_year` (an era name factcheck.text.dates knows)."""
    not_after: str
    """Characters that, right after a month's numeral and its word, make it no month but a
    span (3か月間) or a term of accounts (12月期)."""


@runtime_checkable
class Language(Protocol):
    """What one language tells the pipeline."""

    code: str
    """ISO 639-1 code: "en", "ja"."""
    name: str
    spaced: bool
    """Whether words are separated by spaces (English) or not (Japanese)."""
    stop_words: frozenset[str]
    """Lemmas that carry no checkable content in this language."""
    quote_marks: tuple[tuple[str, str], ...]
    """Opening and closing marks that delimit a quotation."""
    reported_speech: re.Pattern[str]
    """How a sentence opens when it reports a speaker; group `who` is the speaker."""
    claim_speech: re.Pattern[str]
    """How a claim says who spoke ("President Trump said …", 「李大統領は…と述べた」); group
    `who` is the speaker."""
    qualifiers: Mapping[str, re.Pattern[str]]
    """How a claim in this language says each qualifier concept ("first", "deepen", "by
    video": the concepts and the English words that mean them are in en.py); {} when none."""
    locative: tuple[re.Pattern[str], re.Pattern[str]] | None
    """What stands just before and just after a place for it to be where an event happened
    ("in Tokyo", 「東京で」); None when the language does not say."""
    clause_patterns: ClausePatterns | None
    """How a sentence hands over to a second speaker (factcheck.text.clauses); None: never split."""
    relative_words: RelativeWords | None
    """How the language writes days relative to today (factcheck.text.relative_dates); None: none
    are read."""
    visit_patterns: VisitPatterns | None
    """How the language says who is visiting whom (factcheck.checks.check_visit); None: no
    visitor is read."""
    speaker_patterns: SpeakerPatterns | None
    """How the language names who speaks besides by name (the two sides, the reporter, a name
    beside a title); None: none are read."""
    key_fact_patterns: KeyFactPatterns | None
    """How the language counts the parties of an event and heads a phrase (factcheck.checks
    .keyfacts); None: none are read."""
    month_first_numeric: bool
    """Whether a numeric date is written month first (10/26/2025, as in US English)."""
    month_words: MonthWords | None
    """How the language names a month alone ("in May"; factcheck.text.dates); None: a month
    is a date only with a day or year, or with a numeral (`month_numerals`)."""
    month_numerals: MonthNumerals | None
    """How the language names a month alone with a numeral (11月に, 4月から6月;
    factcheck.text.dates); None: it does not."""
    counted_after: bool
    """Whether what a count counts stands only after it ("60 flights"), not also before it
    (研修生が約400人 beside 3件の協定)."""
    quote_pattern: re.Pattern[str]
    """The quotation marks of the language as one pattern (factcheck.text.quote_marks): the quoted
    text is its one non-empty group."""

    def owns(self, text: str) -> float:
        """Share of the text's letters written in scripts only this language uses (kana for
        Japanese, Hangul for Korean): 0 when the script says nothing."""
        ...

    def tokens(self, text: str) -> tuple[Token, ...]:
        """The words of a text with offsets, lemmas, readings, classes and scripts."""
        ...

    def split_sentences(self, text: str) -> list[tuple[int, int]]:
        """Sentence spans of a text."""
        ...

    def claim_parts(self, text: str) -> list[tuple[int, int]]:
        """Spans of the separate assertions one claim sentence makes ("…, while …",
        「…を決定し、…も派遣した」)."""
        ...

    def glosses(self, token: Token) -> tuple[Gloss, ...]:
        """The pivot keys (English lemmas) a content token means; () when unknown."""
        ...

    def rarity(self, lemma: str) -> float:
        """How much rarer than an everyday word this one is (1 = ordinary), from general
        frequency data; rarer words are better evidence (the factor on a word's weight)."""
        ...

    def usage_rarity(self, lemma: str) -> float:
        """How rare the word is in general use, on `rarity`'s scale, from the language's
        word frequencies: what makes a word check-worthy on its own
        (`keyfacts.check_worth`). The same as `rarity` where that is read from the same
        frequencies."""
        ...

    def speaker_ends(self, who: str) -> bool:
        """Whether a `reported_speech` capture really names a speaker (ends in a title …)."""
        ...

    def speaker_names(self, label: str) -> tuple[str, ...]:
        """The words of a speaker label that may name a person (titles left out)."""
        ...


@runtime_checkable
class Commitments(Protocol):
    """What a language may add to read commitments: a claim that reports a leader's words
    with a verb of commitment ("pledged", "offered", "promised") says what a readout says
    as the speaker's statement that their side will do something or go on doing it
    (「…を支援していく旨述べ」, "stated that Japan would continue to support …"), so such a
    verb is covered by a sentence that makes that statement (factcheck.checks.match)."""

    def commits(self, word: str, before: str, after: str) -> bool:
        """Whether a claim word, between `before` and `after` (the claim part's text up to
        it and from it on), is a verb of commitment that reports what someone said: one of
        WordNet's kinds of promising and offering ("pledged", "vowed", "offered"; not
        "said", "hoped", "asked"), used as a predicate ("Takaichi pledged", "…, offering"),
        not as a noun or before one ("a contract", "the promised loan"), and of an act, not
        of words or feelings ("offered condolences"). The context only rules uses out: a
        word that commits in some context commits with `before` and `after` empty, which
        the matcher asks first (once per word) to skip the rest."""
        ...

    def commitment(self, text: str) -> str:
        """The words of a sentence that state its speaker's side will do something or go on
        doing it, as the sentence writes them (「支援していく」, "would continue"); "" when it
        states none: only a past fact, or the other side's hope or request that it will
        ("hoped Japan would …", 「…を期待する旨」)."""
        ...


def commitment_in(text: str, marks: re.Pattern[str], not_own: re.Pattern[str]) -> str:
    """The first words of `text` that `marks` finds stating a commitment (`Commitments.
    commitment`) where what stands before them does not match `not_own` (a verb of hoping
    or asking that governs them); "" when there are none. A mark that begins inside a word
    (支援|する旨, 協力し|ていく) is given with that word, as the sentence writes it: its kana
    ending, then the kanji or katakana of its stem."""
    for found in marks.finditer(text):
        start = found.start()
        if not_own.search(text, 0, start) is not None:
            continue
        lead = start
        while lead > 0 and _HIRAGANA.match(text[lead - 1]):
            lead -= 1
        while lead > 0 and _STEM.match(text[lead - 1]):
            lead -= 1
        return text[lead : found.end()]
    return ""


_HIRAGANA = re.compile("[\u3041-\u309f]")
_STEM = re.compile("[\u30a0-\u30ff\u4e00-\u9fff\u3005]")
"""Katakana, kanji and 々: the stem of a word whose ending is written in hiragana."""


@runtime_checkable
class PlainWords(Protocol):
    """What a language may add when every token it makes depends only on its surface and on
    whether it opens the text (English read word by word; not Japanese, whose analyser reads
    words in context). A large source index then reads its words without making a `Token`
    per word: each distinct word is analysed once."""

    def plain_words(self, text: str) -> tuple[bool, list[str]]:
        """The surfaces of `tokens(text)` in order, and whether the first opens the text."""
        ...

    def plain_token(self, surface: str, opens: bool) -> Token:
        """The token a surface of `plain_words` makes, at offset 0."""
        ...


@runtime_checkable
class ReadsAtOnce(Protocol):
    """What a `PlainWords` and `Framing` language may add to read many texts (a source
    index's sentences) in one scan each. Speed only: each answer is the per-text one."""

    def plain_words_each(self, texts: Sequence[str]) -> tuple[list[bool], list[str], list[int]]:
        """`plain_words` of every text: whether each text's first word opens it, the
        surfaces of all the texts in order, and where each text's surfaces end in that
        list (text i has `surfaces[ends[i - 1]:ends[i]]`, from 0 for the first)."""
        ...

    def blank_framing_each(self, texts: Sequence[str]) -> list[str]:
        """`blank_framing` of each text."""
        ...


@runtime_checkable
class Prefetching(Protocol):
    """What a language may add when its words' analysis reads tables (lemmas, synonyms):
    a large source index hands it all its texts first, and it reads the rows those texts'
    words will ask for in a few batched queries instead of one query per word. Speed only:
    every answer stays the same."""

    def prefetch(self, texts: Iterable[str]) -> None:
        """Read ahead the table rows the words of these texts will look up."""
        ...


@runtime_checkable
class CutNames(Protocol):
    """What a language may add when its analyser may cut a name it does not know into
    dictionary words (a katakana name before a title): where a page writes the name whole
    once, its other sentences are searched for it as written."""

    def whole_names(self, names: Iterable[str]) -> re.Pattern[str] | None:
        """A pattern that finds any of these names (the names a page's sentences hold) that
        may be cut elsewhere, written whole in a sentence and not inside a longer word; None
        when none of them may be."""
        ...


@runtime_checkable
class WrittenRarity(Protocol):
    """What a language may add when a word's lemma is not the form its rarity is best read
    from: the rarity of a claim word as written, where it differs from `Language.rarity` of
    its lemma (English: a base form WordNet supplied in place of a broken dictionary entry)."""

    def written_rarity(self, lemma: str, surface: str) -> float:
        """The rarity factor of a word of this lemma written as `surface`."""
        ...


@runtime_checkable
class JoinedWords(Protocol):
    """What a spaced language may add when its writers join words into a compound that no
    dictionary lists ("storm-hit", "waste-to-energy"): a source writes the same thing in
    the words apart ("areas hit by the storm", 廃棄物発電). A sentence that covers each of a
    claim compound's words covers the compound (`Anchor.parts`)."""

    def joined_parts(self, surface: str) -> tuple[Token, ...]:
        """The content words a written compound joins, as tokens with their lemmas, when
        the compound is no dictionary word and each part is one; () otherwise."""
        ...


@runtime_checkable
class Bridging(Protocol):
    """What a language may add when general lexical data gives its words near-synonyms in
    another language beyond their direct renderings: a claim word that a source of another
    language words otherwise ("shipping" for 輸送 "transport") meets it through them, as
    weaker evidence than a direct gloss (`BRIDGE_WEIGHT`), and never inside a quotation.
    Synonyms and derived forms from the language's own lexical data (`BridgeKind.KIN`) reach
    a source in the language itself too."""

    def bridges(self, lemma: str, surface: str) -> tuple[Gloss, ...]:
        """Pivots of the near-synonyms of a word (its lemma, and its surface as written: a
        noun in -ing, "monitoring", is a gloss of its own), each naming where it comes from
        in its `layer` ("JMdict via 運送", "WordNet synonym") and its kind in `bridge`; ()
        when none is safe."""
        ...


@runtime_checkable
class Modifying(Protocol):
    """What a language may add when its bilingual dictionary glosses a word as an English
    modifier and head ("coal-fired thermal power", "power grid"): the modifier is the
    word's meaning only beside that head, so it is no pivot of the word, but a claim that
    writes it before the same head meets it there (`BridgeKind.GLOSS_MODIFIER`)."""

    def gloss_modifiers(self, surface: str, normal: str) -> tuple[tuple[str, str], ...]:
        """The (modifier pivot, head pivot) pairs of a word's glosses of two or three
        words one space apart, modifier first and head last; none from a gloss whose head
        alone is a gloss of some sense of the word (マグロ "tuna" beside "Pacific bluefin
        tuna": the modifier narrows it to one kind)."""
        ...


OPPOSITE = "opposite"
"""The layer of a relation (`Relating.relations`) that gives a word's opposite."""


@runtime_checkable
class Relating(Protocol):
    """What a language may add when its lexical data relates its words in any of their
    senses, not only the commonest: too loose to let a sentence cover a claim, but enough to
    say whether a quote's word and the word a translation has in its place agree in some
    sense, differ with no word from the data either way, or are opposites
    (checks/check_quotes.py)."""

    def relations(self, lemma: str) -> tuple[Gloss, ...]:
        """Pivots of the words the lexical data relates to a word in any sense, one step
        (synonyms, more general and more specific words, derived forms: "yardstick" →
        measure, ruler, criterion), each naming its relation in `layer`; and of its opposites,
        whose `layer` is `OPPOSITE` (cold → hot, warm)."""
        ...


@runtime_checkable
class Analogising(Protocol):
    """What a language may add when its analyser cuts a compound its dictionary lacks into
    two words (テレビ会談: テレビ | 会談): the compound read through the dictionary's compounds
    of the same first word whose second word shares a sense with the second (テレビ会議,
    "videoconference")."""

    def analogous_compounds(self, text: str) -> tuple[tuple[str, tuple[Gloss, ...]], ...]:
        """Each such compound of `text`, as written, with the glosses read for it."""
        ...


@runtime_checkable
class Phrasing(Protocol):
    """What a language may add when its lexical data has words of several written words
    (phrasal verbs: "step up", "set up", "carry out"): a claim's phrase then meets the
    one-word synonyms of the phrase ("intensify", "establish", "implement"), not only of its
    words."""

    def phrase_bridges(self, text: str) -> tuple[tuple[str, tuple[Gloss, ...]], ...]:
        """For each word of `text` that stands in such a phrase, its lemma and the phrase's
        bridges (`Bridging`: each a `BridgeKind.KIN` naming the phrase in its layer)."""
        ...


@runtime_checkable
class PhraseStems(Protocol):
    """What a language may add when its dictionary writes a phrase as a word's stem and a
    tail of grammar (信頼に足る, 信用できる "trustworthy"): a quote's English word then meets
    the stem where the text goes on with such a tail (信頼できる), though no entry links the
    stem alone to it (factcheck.checks.check_quotes). A language without it reads no tails."""

    def phrase_tail(self, text: str, end: int) -> str:
        """What follows a word ending at `end`, a few characters, where it may be the tail
        of a phrase (the kana after 信頼 in 信頼できる); "" where none can be."""
        ...

    def stems_phrase(self, stem: str, tail: str, english: str) -> bool:
        """Whether `stem`, followed by `tail`, stands for the English word: the dictionary
        has the word as a whole gloss of a headword of that stem and a tail, and `tail`
        opens with the tail of a headword the word (or a synonym) glosses."""
        ...


@runtime_checkable
class Predicating(Protocol):
    """What a language may say of its acts: which of a sentence's words is used as a verb,
    which can be what a verb acts on, and which English verbs a word means, so that a claim's
    act and its passage's act for the same argument can be compared
    (factcheck.checks.key_actions). A language without it has no acts to compare."""

    def verb_at(self, tokens: Sequence[Token], number: int) -> bool:
        """Whether token `number` of a sentence is used as a verb there ("close" in "close
        the wharves"; 閉鎖 in 閉鎖する)."""
        ...

    def names_thing(self, tokens: Sequence[Token], number: int) -> bool:
        """Whether token `number`, a noun that is no verb there, can be what a verb acts on
        (not a word mostly used as a verb or a modifier)."""
        ...

    def verbs_meant(self, token: Token) -> frozenset[str]:
        """The English verbs (WordNet lemmas) a word means: its own lemma in English, the
        verbs its glosses give elsewhere (閉鎖 "closing" → close); empty for no act."""
        ...

    def object_follows_verb(self) -> bool:
        """Whether a verb's object follows it in the language's word order (English), so
        that a noun before a verb is its subject; False where the order tells nothing."""
        ...

    def opens_phrase(self, token: Token) -> bool:
        """Whether a function word may stand between a verb and the noun phrase it acts on:
        a determiner ("launch a joint study") or the verb's particle ("wind down the
        talks"); a preposition ("draw on capital", "push for cooperation") brings a phrase
        of its own."""
        ...

    def brings_phrase(self, token: Token) -> bool:
        """Whether a function word after a verb brings a phrase of its own, which the verb
        does not act on: a preposition ("draw on capital", "cooperate on the repair")."""
        ...

    def verb_follows_object(self) -> bool:
        """Whether a verb always follows what it acts on (Japanese: 貿易を拡大), so that a
        verb before a noun is no act on it but a clause that describes it (両国を結ぶ
        直行便: 結ぶ says which flights, it does not act on them)."""
        ...

    def names_act_on(self, tokens: Sequence[Token], number: int) -> bool:
        """Whether token `number`, a noun that is no verb there, names an act on the noun
        before it, as a verb would (Japanese: a noun that する makes a verb of, after の:
        港の改修 "the repair of the port", 港の閉鎖 "the closing of the port"). Read where
        a verb follows its object (`verb_follows_object`)."""
        ...

    def marks_argument(self, between: Sequence[Token]) -> bool:
        """Whether the function words after a noun (`between`) mark it as an argument of a
        verb that follows, however far (Japanese: を, に, と … ; not の, which ties it to
        the noun after it, 鉄道の整備, nor a mark that ends the clause). Only where a verb
        follows its object (`verb_follows_object`)."""
        ...

    def marks_subject(self, between: Sequence[Token]) -> bool:
        """Whether the function words after a noun (`between`) mark it as the subject or
        topic of the predicate that follows, or as the one whose words are reported
        (Japanese: は, が, も, から; not を or に, which mark what is acted on or whom:
        «高市首相をエストリアに招待した»). Only where a verb follows its object
        (`verb_follows_object`)."""
        ...

    def sets_off_adverbial(self, between: Sequence[Token]) -> bool:
        """Whether the function words after a phrase that follows an object (`between`,
        none when the phrase runs into the next word) make it an adverbial phrase, which the
        object's verb may stand after (貿易を積極的に拡大, 整備を日本として支援: に, として);
        not a particle that marks an argument of its own (を, が, は), joins two nouns (の),
        or a mark that ends the clause. Only where a verb follows its object
        (`verb_follows_object`)."""
        ...

    def writes_argument(self, token: Token, form: str) -> bool:
        """Whether a token is (a word of) `form`, how a sentence writes an argument: a whole
        word of a spaced form ("agreement" of "new agreement"), a part of an unspaced one
        (港 of アイウォ港)."""
        ...

    def reported_of(
        self, text: str, tokens: Sequence[Token], first: int, last: int
    ) -> tuple[int, int] | None:
        """Where a person named inside a reported clause (tokens `first`..`last` of `text`,
        the title included) is the one who does or says an act there: the tokens
        [start, end) of that act, read up to the clause's end, which may hold modifiers
        written before the name; None when the name is no doer there. English: the name's
        own predicate after auxiliaries and negations ("that President Lind had insisted on
        …"), a participle ("a letter from Lind expressing …"), "as" and a participle
        ("quoted Lind as saying …"), or the name in the possessive ("Lind's invitation to
        …"); not an object ("invited Lind to visit"). Japanese: after からの, the noun phrase
        the name sends, with its head's modifiers before the name («被災者に対するターヴォ大統
        領からのお見舞いを伝達»: the message, not the conveying); after の, a relative clause
        and its noun («ターヴォ大統領の提案した共同パトロール»); after が or は, the name's own
        clause that 旨 reports («ターヴォ大統領が…を求めている旨紹介»). A bare の before a noun
        authors nothing.
        """
        ...

    def names_office(self, token: Token) -> bool:
        """Whether a word names an office a person holds, written next to their name where
        the termbase knows no such title ("King Tariq", タリク国王): English, a capitalised
        word whose commonest WordNet noun sense is a person; Japanese, a kanji noun at least
        half of whose first JMdict sense's glosses are."""
        ...


@runtime_checkable
class Negating(Protocol):
    """What a language may say of negation: which words of a sentence deny the word written
    at a given place ("would not help", 支援しない), so that a claim that denies what its
    passage states, or states what its passage denies, is caught
    (factcheck.checks.check_polarity). A language without it has no polarity to compare."""

    def negation_of(self, text: str, tokens: Sequence[Token], start: int, end: int) -> str:
        """The words of the sentence `text` (read into `tokens`) that negate the word or
        phrase written at `text[start:end]`, as the sentence writes them ("not", "never",
        "wouldn't"; ない, ず, ません); "" when nothing negates it there. Grammar only: a word
        whose meaning is negative ("refuse", 欠かせない "indispensable") negates nothing."""
        ...

    def predicate_at(self, text: str, tokens: Sequence[Token], number: int) -> bool:
        """Whether token `number` of `text` is what its clause says of something: a verb ("help",
        支援する), or an adjective ("indispensable"), that no other verb governs ("decided
        against joining", 参加を見送る: the governing verb says whether it happens); not a
        noun ("a choice"), whose negation ("not a choice") is no denial of an act."""
        ...

    def doubts(self, text: str, tokens: Sequence[Token]) -> int:
        """How many words of a sentence or claim part make its polarity less than plain: any
        negation (`negation_of`'s words, "no", "none", "without", "unable", 無い, ではない),
        and any limit or condition that a denial may be read against ("unless", "until",
        "only", "if", "before"; まで, 限り, ても, 以外). A denial is compared only where its
        side holds that one negation and nothing else of the kind, and the other side none:
        what is left is doubt, and the check abstains."""
        ...

    def tense_of(self, text: str, tokens: Sequence[Token], number: int) -> str:
        """When the predicate at `number` places its act: "past" (has signed, did not join,
        参加した, 参加している), "future" (will join, would join), "present" (joins), or, in
        a language that does not tell the future from the present, "nonpast" (参加する);
        a denial of a past act says nothing against a future one."""
        ...

    def negative_word(self, word: str) -> bool:
        """Whether a word negates by its own form: a negating prefix on a word of the
        language ("unacceptable", "non-nuclear"; 未承認 "unapproved"). Its polarity against
        a word without one is the dictionary's to say, not the grammar's."""
        ...

    def denials(self, text: str, tokens: Sequence[Token], start: int, end: int) -> tuple[str, ...]:
        """The words that deny something written in `text[start:end]`, as written: each
        word's grammatical negation there (`negation_of`: "not", "never", "wouldn't"; ない of
        認められない, even just after the span), and the words there that deny what they
        stand with ("no", "without"; なし, 無い of 思惑なしに, 核のない). Grammar only: "not
        only" and のみならず deny nothing, しなければならない "must" is no denial, and a word
        that negates by its meaning or its prefix ("unacceptable") is not one of them."""
        ...


@runtime_checkable
class Prompting(Protocol):
    """What a language may add when a claim in it can set another speaker's words before
    what its own speaker did ("Hill voiced support … after Motegi briefed her on it"): what
    the part shares with that speaker's clause of a source is theirs by the claim's own
    account, and the part's speaker answered it (factcheck.checks.check_attribution)."""

    def prompting_speaker(self, text: str, start: int, end: int) -> str | None:
        """The speaker of a clause of the claim `text` that sets that speaker's words before
        what its part (`start` to `end`) reports: inside the part or next to it, where the
        language puts it ("… after Motegi briefed her on it" → "Motegi", 「茂木大臣から説明
        を受け、…」 → 茂木大臣); None when there is none."""
        ...


@runtime_checkable
class Joining(Protocol):
    """What a language may add when its analyser, not a pattern, tells where a claim's
    punctuation joins two assertions: a Japanese 、 ends a clause after a predicate's
    continuative form (…を決定し、), not after a particle that sets off who acts or is spoken
    to (…は、, …に対し、); part of speech says which (factcheck.checks.pieces). It takes the
    place of `ClausePatterns.joint`."""

    def joints(self, text: str) -> list[tuple[int, int]]:
        """The start and end of each mark of `text` that joins two assertions, with the
        spaces after it; never a mark inside a number ("1,500")."""
        ...


class ReadoutSpeaker(NamedTuple):
    """The speaker a readout sentence names where it opens (`Speaking.readout_speaker`)."""

    name: str
    """The speaker as the sentence names them ("Minister Motegi", 高市総理, 両首脳)."""
    end: int
    """Where the phrase naming the speaker ends, with the comma and spaces after it («冒頭、
    高市総理から、», "3. Minister Motegi stated ")."""


@runtime_checkable
class Speaking(Protocol):
    """What a language may add to say who speaks on a page written in its conventions:
    transcript labels ("PRIME MINISTER X:", 【高市総理】), readouts that name the speaker
    inside the sentence («高市総理から、…», "President Y said …"), headers and titles naming
    whose words follow ("[Opening statement by Prime Minister X]", "Remarks by President Y
    at …"), and a remarks page's author speaking in the first person (factcheck.text
    .speakers). A page may follow another language's convention than its text's (an English
    transcript's "Q:" on a Japanese page), so every language that has them is asked, the
    page's own first. A language without them reads none of these."""

    def speaker_label(self, paragraph: str) -> tuple[str, int] | None:
        """The transcript label opening a paragraph, whitespace runs as one space and without
        its brackets or colon ("Q", 記者, "REPORTER (Mori)"), and where the speech after it
        starts; None when the paragraph opens with none (a "Note:", a place, a section)."""
        ...

    def readout_speaker(self, sentence: str) -> ReadoutSpeaker | None:
        """The speaker a readout sentence names where it opens, with a reporting verb or a
        particle of speech ("3. Minister Motegi stated …", «冒頭、高市総理から、…»); None
        when it opens with none."""
        ...

    def continues_speaker(self, sentence: str) -> bool:
        """Whether a sentence that names no speaker of its own goes on in the words of the
        sentence before's ("He also noted …"; a Japanese sentence drops its subject,
        「また、…旨述べました」)."""
        ...

    def header_speaker(self, header: str) -> str | None:
        """The speaker the text of a bracketed header line names ("Opening statement by
        Prime Minister X" → "Prime Minister X"), whitespace runs as one space; None when it
        names nobody ("Provisional translation")."""
        ...

    def title_speaker(self, title: str) -> str | None:
        """The one speaker a page's title (or a heading, or a header line) names as the
        author of the words under it ("Remarks by Prime Minister X at …" → "Prime Minister
        X"), whitespace runs as one space; None for a title naming nobody, or two."""
        ...

    def first_person(self, sentence: str) -> bool:
        """Whether a sentence is said by its speaker of themselves ("We discussed …", "I
        welcomed …"): a remarks page's sentence in the first person is its author's words."""
        ...

    def names_speaker(self, who: str) -> bool:
        """Whether the words before a reporting verb have the shape of a speaker in the
        language: a name or a title phrase ("President Trump", "the two leaders"), not a
        stretch of a sentence ("We regard Japan as a partner in meeting shared")."""
        ...


@runtime_checkable
class Naming(Protocol):
    """What a language may add to read the names a sentence writes: the people it names
    beside those the termbase knows (factcheck.checks.check_values), and whether it writes a
    given place's or person's name (factcheck.checks.check_visit). A language without it
    names no one beyond the termbase, and writes a name only where it holds it as written."""

    def name_words(self, text: str) -> set[str]:
        """The words of a sentence written as names of people or places (capitalised words
        that are not a sentence's first, a month or a title; katakana names beside a title or
        with a middle dot), with the termbase's hits already blanked out."""
        ...

    def writes_name(self, text: str, name: str) -> bool:
        """Whether a sentence writes a name: as a whole word of it, in any case, where the
        language spaces its words ("Lima" is not written in "Limassol"); else as written,
        or by its reading across scripts (リマ for "Lima")."""
        ...

    def name_runs(self, text: str) -> list[str]:
        """The runs of words a sentence writes as one name or names side by side, a
        sentence's first word too ("Buenos Aires", "Seoul before coming to Tokyo" gives
        "Seoul" and "Tokyo"): where a place's name of several words may stand whole, for a
        gazetteer to place (factcheck.checks.check_visit)."""
        ...


def collapse_space(text: str) -> str:
    """The text with each run of whitespace (no-break and zero-width spaces too) as one
    space, and none at either end: a speaker as a page writes them."""
    return _SPACE_RUN.sub(" ", text).strip()


_SPACE_RUN = lazy_compile(r"[ \t\r\n\f\v\xa0\u200b]+")


@runtime_checkable
class Qualifying(Protocol):
    """What a language may add to say which English words stand for the words a source's
    qualifier stands before (初の|訪日 → visit, Japan), beyond their one-word links
    (checks/qualifiers.py)."""

    def qualified_word_pivots(self, tokens: Sequence[Token]) -> set[str]:
        """English lemmas for the content tokens a qualifier qualifies."""
        ...


@runtime_checkable
class Counting(Protocol):
    """What a language may say of the words around a count. After a name in capitals
    ("TICAD 9", factcheck.text.numbers): whether the name is a word of the language, and
    whether the words after the count name what it counts; a language without it leaves
    every such count a number. And, when its tokens carry no word class that tells a noun
    from a verb (English: a content word is a noun unless it is a name), where the run of
    content words after a count stops naming what the count counts, so that "300 Kenyan
    nurses arrived" counts nurses, not arrivals (factcheck.checks.check_values.counted_heads)."""

    def common_word(self, word: str) -> bool:
        """Whether a word written in capitals is a word of the language, not an acronym
        ("ARTICLE", "PHASE"): a count after it is a number."""
        ...

    def counts_words(self, words: Sequence[str], count: int) -> bool:
        """Whether `count` counts what the lowercase words right after it name ("40
        experts", "6 staff", "40 local teachers"), rather than being a label of the name
        before it that the words modify ("TICAD 9 summit", "TICAD 9 in Nairobi")."""
        ...

    def counted_words(self, run: Sequence[Token]) -> int:
        """How many of `run`, the content words right after a count, name what it counts
        (the last of them is the counted thing)."""
        ...


@runtime_checkable
class Framing(Protocol):
    """What a language may add when an article in it words its own hedges and framing ("is
    expected to", "Reuters reported that"): not assertions a source could carry, they are
    blanked before anchors are sought."""

    def blank_framing(self, text: str) -> str:
        """The text with its framing replaced by spaces (offsets kept)."""
        ...


@runtime_checkable
class Compounding(Protocol):
    """What an unspaced language may add when its analyser cuts a dictionary word into
    several (再生可能 "renewable" into 再生 | 可能; 配電網 "power grid" across 送配電 | 網):
    those words as tokens of their own, beside the analyser's. A token the module marks as a
    proper noun (a place's name cut in two: エーゲ | 海) is filed as a name too, and in a
    claim, which files no other compound, stands in its parts' place."""

    def compounds(self, text: str) -> tuple[Token, ...]:
        """Tokens for the dictionary words that span several of `tokens(text)`."""
        ...


SPELLING = "spelling"
"""The layer of a gloss that is the word's own Latin spelling inside a text of another
script (ASEAN, PALM11 in a Japanese sentence): the pivot an English text writes it with."""


def pivot_of(english_lemma: str) -> str:
    """The pivot key of an English lemma: its Snowball stem."""
    return _stem(english_lemma)


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    word = word.lower()
    # British and American spellings are one word (defence / defense, modernisation /
    # modernization, programme / program): JMdict glosses mostly in one, a claim may
    # write the other.
    word = _american_spellings().get(word) or _ize_spelling(word)
    stem: str = _stemmer().stemWord(word)
    if stem.endswith("ment") and len(stem) >= 8:
        # Snowball keeps -ment, so the noun would miss its verb (agreement / agreed,
        # settlement / settle, development / develop).
        stem = _stemmer().stemWord(stem[:-4])
    return stem


@functools.cache
def _american_spellings() -> dict[str, str]:
    """British spellings → American ones (breame, Apache-2.0: about 1,700 words)."""
    from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

    return dict(BRITISH_ENGLISH_SPELLINGS)


_ISE = re.compile(r"([a-z]{3,}i)s(e|ed|es|ing|ation|ations|er|ers)")


def _ize_spelling(word: str) -> str:
    """ "-ise" as "-ize" (modernisation → modernization, prioritise → prioritize) where the
    English dictionary knows the "-ize" form, so "promise" and "exercise" stay."""
    match = _ISE.fullmatch(word)
    if match is None:
        return word
    from factcheck.languages.en_lemmas import known

    american = f"{match[1]}z{match[2]}"
    return american if known(american) else word


@functools.cache
def _stemmer() -> Any:
    import snowballstemmer  # backed by PyStemmer's compiled stemmers when installed

    return snowballstemmer.stemmer("english")


def compound_pivot(words: tuple[str, ...] | list[str]) -> str:
    """The pivot of a two-word phrase as one concept ("disaster prevention", written
    "disaster-prevention" in a claim): its words' pivots joined by a hyphen. Both sides build
    it the same way, so a JMdict gloss of two words meets an English hyphenated compound."""
    return "-".join(pivot_of(word) for word in words)


_LATIN_LETTERS = "A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ"
"""Latin letters, with marks and the extended blocks (Ş, ș, ə, ẻ): the letters that continue a
word of a Latin name."""
_KATAKANA_LETTERS = "ァ-ヺー"
"""Katakana and the long-vowel mark: the letters that continue a katakana word."""


def whole_name_pattern(name: str, *, hyphen: bool = False, number_after: bool = False) -> str:
    """A regular expression for a name written as a whole word of its script: not touching a
    letter that would continue a word of that script (Lima in "Lima", not in "Limassol";
    タイ in タイ王国, not in ネクタイ).

    A name in Latin letters (also one that opens with a digit: 3M, 1MDB) is bounded by Latin
    letters and digits, and also by a hyphen before it (with `hyphen`, one of a hyphenated
    pair is found: "Japan-Türkiye"); with `number_after` a number may follow (PALM11 writes
    PALM). It may touch kana or kanji: a Japanese page writes EPA交渉, G7各国. A name in
    katakana or kanji is bounded by katakana (キルギス in キルギス共和国, not ネクタイ's タイ;
    日本 in 日本政府, not in a katakana company name beside it); a kanji name stands inside
    its kanji compounds. Any other name is found as written."""
    first = next((ch for ch in name if ch.isalpha()), "")
    script = script_of(first) if first else Script.OTHER
    written = re.escape(name)
    if script is Script.LATIN or (script is Script.OTHER and name.isascii()):
        before = f"0-9{_LATIN_LETTERS}" if hyphen else f"0-9{_LATIN_LETTERS}-"
        after = _LATIN_LETTERS if number_after else f"0-9{_LATIN_LETTERS}"
        return rf"(?<![{before}]){written}(?![{after}])"
    if script in (Script.KATAKANA, Script.KANJI):
        return rf"(?<![{_KATAKANA_LETTERS}]){written}(?![{_KATAKANA_LETTERS}])"
    return written


def script_of(text: str) -> Script:
    """The script of a token, judged by its first letter."""
    for ch in text:
        code = ord(ch)
        if ch.isdigit():
            return Script.DIGIT
        if 0x3041 <= code <= 0x309F:
            return Script.HIRAGANA
        if 0x30A0 <= code <= 0x30FF or 0xFF66 <= code <= 0xFF9F:
            return Script.KATAKANA
        if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or ch == "々":
            return Script.KANJI
        if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF:
            return Script.HANGUL
        if ch.isalpha() and code < 0x250:
            return Script.LATIN
    return Script.OTHER
