"""English: words by a regular expression, lemmas from simplemma's dictionary (tabled in the
user's cache on first use, see en_lemmas)."""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import operator
import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from factcheck.cache_table import cache_table
from factcheck.languages import en_lemmas
from factcheck.languages.interface import (
    OPPOSITE,
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
)
from factcheck.languages.word_frequency import rarity_from_zipf, zipf_table
from factcheck.lazy_pattern import lazy_compile
from factcheck.text import quote_marks
from factcheck.text.numbers import label_end
from factcheck.thresholds import (
    ACRONYM_NAME_WORDS,
    BRIDGE_MAX_ENTRIES,
    BRIDGE_MIN_RARITY,
    BRIDGE_MIN_TARGET_RARITY,
    NEGATING_PREFIX_SAMPLE,
    NEGATING_PREFIX_SHARE,
    QUOTE_RELATION_SENSES,
    RARITY_RANGE,
    WORDNET_DERIVED_MAX_RANK,
    WORDNET_DOMINANT_SENSES,
    WORDNET_FEW_SENSES,
    WORDNET_HYPONYM_MAX,
    WORDNET_MIN_RARITY,
    WORDNET_MIN_TARGET_RARITY,
    WORDNET_PHRASE_MIN_TARGET_RARITY,
    WORDNET_POS_SHARE,
    WORDNET_SYNONYM_MAX_RANK,
)

_WORD = re.compile(
    r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ɏ'’]*(?=-[A-ZÀ-ÖØ-Þ])"
    r"|(?:[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’\-]*[A-Za-zÀ-ɏ]|[A-Za-z])(?:(?<=[A-Z])[0-9]+)?"
)
"""A word; a hyphen joins its parts ("disaster-preparedness", "Jae-myung") unless both
sides are capitalised: "Osaka-Kansai", "Japan-Türkiye" name two things, each a word of its
own (another language writes them apart: 大阪・関西). Digits right after a capital letter
belong to the word: "G7", "PALM11", "COP30" name one thing (the number finder leaves such
digits alone), written so in a Japanese readout too (ja_morphology.py joins them the same way)."""
_WORD_OR_BREAK = re.compile(f"{_WORD.pattern}|\0")
"""A word, or the NUL `English.plain_words_each` puts between texts."""

STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up upon
    was we were what when where which while who whom why will with would you your yours
    yourself said says say told tell according ms mr mrs dr new two its also well said
    reportedly is said to have been considered expected reported become becoming became
    history context time took take taking make made continue continued way part
    bring brought give gave get got put keep kept commitment commit share shared
    spoke speak speaking talked talk held hold met noted stated told added
    inform convey stress emphasise emphasize express state mention remark explain underline
    highlight describe recall note add comment reply answer announce issue affirm reaffirm agree
    news press conference statement remarks readout reporter journalist""".split()
)
"""Function words; light verbs (take, make, bring, give, keep), which carry no checkable
content of their own; the verbs of reporting and the framing any readout carries ("reaffirmed
their shared commitment to continue"); and the words that name a setting (the setting is
checked on its own, see check_attribution)."""

SPEECH = re.compile(
    r"^(?P<who>.{1,60}?)\s+(?:also\s+|then\s+|later\s+)?(?:is said to have\s+|reportedly\s+)?"
    r"(?:said|says|stated|told|noted|expressed|emphasi[sz]ed|stressed|explained|affirmed|"
    r"reaffirmed|described|spoke|asked|proposed|praised|called|added|recalled|insisted|"
    r"congratulated|welcomed|thanked|agreed|confirmed|announced|requested|invited|conveyed|"
    r"underlined|highlighted|shared|expressed|pledged|urged|offered|raised)\b",
    re.IGNORECASE,
)
"""A sentence that opens with its speaker: "President Trump said …"."""

COMMITMENT = lazy_compile(
    r"(?i)\b(?:will|would|shall)\s+(?!not\b|have\b|be\s+able\b)(?:\w+ly\s+)?[a-z]+"
    r"|\b(?:intends?|intended|intention|plans?|planned|ready|prepared|determined|resolved)"
    r"\s+to\s+[a-z]+"
)
"""How a sentence states that its speaker's side will do something or go on doing it ("Japan
would continue to support", "she will provide", "his intention to send", "is ready to
help"): what a claim's verb of commitment ("pledged", "offered") reports (`Commitments`).
"""
NOT_BEFORE_PREDICATE = frozenset(
    """a an the this that these those its their his her our your my of for to with by on in
    at from as about under into over after before than without""".split()
)
"""Words after which a verb's past or -ing form is no predicate of a clause but a word of a
noun phrase ("the promised loan", "under the specified visa", "about offering"): not a verb
of commitment reporting what someone said (`English.commits`)."""
EXPRESSION_FILES = ("noun.communication", "noun.feeling")
"""WordNet's lexicographer files of what is said and what is felt: a verb of commitment whose
object is one ("offered condolences", "offered her sympathy") expresses it, and commits to
nothing (`English.commits`). The last, feeling, counts in a noun's second sense too."""
_COUNTED_WORDS_SOUGHT = 3
"""How many words after a count are read for the noun it counts, adjectives before the noun
included ("UNICEF 40 local teachers": `English.counts_words`)."""
_POSSESSIVES = frozenset("her his their its our my your deep deepest sincere heartfelt".split())
NOT_OWN_COMMITMENT = lazy_compile(
    r"(?i)\b(?:hope[sd]?|hoping|expect(?:s|ed|ing)?|ask(?:s|ed|ing)?|request(?:s|ed|ing)?"
    r"|urge[sd]?|urging|wish(?:es|ed)?|want(?:s|ed)?|call(?:s|ed)?\s+on|look(?:s|ed)?\s+forward)"
    r"(?:\s+[^\s,;.]+){0,6}\s*$"
)
"""Searched in what stands before a `COMMITMENT`: a verb of hoping or asking a few words
before it that governs it ("hoped that Japan would", "asked whether Tokyo would"): the
other side's wish, not the speaker's own commitment. A comma, a semicolon or a full stop
between them ends that verb's clause."""

_TITLE = re.compile(
    r"(?i:(?<![\w.])(?:the\s+)?(?:prime\s+minister|president|premier|chancellor|foreign\s+"
    r"minister|minister|secretary|king|queen|emperor|h\.\s?e\.|mr\.?|ms\.?|mrs\.?|dr\.?)"
    r"(?![a-z]))"
)
"""Titles name an office, not a person: "Prime Minister" is whoever holds it."""
_BOTH_SIDES = lazy_compile(
    r"(?i)\b(?:two|both)\s+(?:leaders|sides|ministers|governments|countries|men|women)\b"
)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]{2,}|\b[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]\b(?![.'’])")


# Clause openers that start a separate assertion inside one claim sentence.
_PART_SPLIT = re.compile(
    r";\s+|,\s+(?=(?:especially|particularly|notably|becoming|while|whereas|"
    r"in addition|as well as|and also|including|where)\b)"
    # A second predicate of the same subject: "… marked X and announced Y", "… agreed to
    # promote X and to open Y", "… welcomed X and agreed to Y" (a past-tense verb, not a
    # passive "… and praised by", or "to" + verb after "and").
    r"|,?\s+and\s+(?=(?:also\s+|then\s+)?(?:to\s+[a-z]+\b|[a-z]{3,}ed\b(?!\s+by\b)))",
    re.IGNORECASE,
)


# Qualifiers: words a claim cannot add without saying more than its source ("the first",
# "deepen", "by video link"). Each concept is named by its English notion; its `wording` is how
# an English text says it, and its `meaning` the English words whose pivots a word of any
# other language must gloss to say it (JMdict: 初めて "first", 深化 "deepening").
QUALIFIER_WORDING: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.IGNORECASE)
    for name, pattern in (
        # "the first", "for the first time", "first-ever": first of its kind. So is a
        # traveller's first journey ("his first visit to Japan", "her first trip to Africa"):
        # a source says so when it is (初来日, 初訪問), and an article adds it when it is not.
        # "Her first call" orders one person's own acts (a new leader's first call) and is
        # left to the date it comes with; "their first call" (of the two parties together)
        # is the first between them, a first of its kind; so is "its first such grant". "The
        # first visit in 13 years" (約13年ぶり) or "since 2019" is no first of its kind: it
        # counts the time since the last one, a duration compared as a number.
        (
            "first",
            r"\b(?:first-ever|(?:the|a|their)\s+first\b|first\s+such\b|for\s+the\s+first\s+time"
            r"|maiden|inaugural"
            r"|(?:his|her|their|its)\s+first\s+(?:official\s+|overseas\s+|foreign\s+)?"
            r"(?:visits?|trips?|journeys?|tours?)\b)"
            r"(?![^.;,]*?\b(?:in\s+(?:(?:about|around|nearly|almost|over|more\s+than|some)\s+)?"
            r"(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:years?|decades?|months?)|since\s+\d{4})\b)",
        ),
        # "not only X but also Y" adds X and Y; it does not restrict anything.
        ("only", r"\b(?<!\bnot\s)(?:only|sole|solely)\b"),
        ("record", r"\b(?:record|all-time|largest|biggest|highest|unprecedented|historic)\b"),
        ("deepen", r"\bdeepen(?:s|ed|ing)?\b"),
        ("expand", r"\b(?:expand(?:s|ed|ing)?|expansion)\b"),
        ("upgrade", r"\b(?:upgrad(?:e|es|ed|ing)|elevat(?:e|es|ed|ing))\b"),
        ("by video", r"\b(?:by\s+video(?:\s+link)?|video\s*conference|virtual(?:ly)?|online)\b"),
        ("in person", r"\b(?:in\s+person|face[-\s]to[-\s]face)\b"),
        ("immediately", r"\b(?:immediate(?:ly)?|at\s+once)\b"),
    )
}
QUALIFIER_MEANING: dict[str, tuple[str, ...]] = {
    # Pivots are stems of lemmas, so a superlative means its base ("biggest" → big, which
    # 大統領 "big man" glosses) and "inaugural" means "inauguration" (就任, in every readout of
    # a new leader): such words would find the concept everywhere, and are not listed.
    "first": ("first", "maiden"),
    "only": ("only", "sole"),
    "record": ("record", "unprecedented", "historic", "maximum"),
    "deepen": ("deepen", "deepening"),
    "expand": ("expand", "expansion"),
    "upgrade": ("upgrade", "elevate"),
    "by video": ("video", "videoconference", "teleconference", "online", "virtual"),
    "in person": ("face-to-face",),
    "immediately": ("immediately", "immediate"),
}
"""Per qualifier, the English words that mean it: their pivots find it in any language."""

LOCATIVE = (
    re.compile(r"\b(?:in|at|to|from|visit(?:ed|ing|s)?)\s+(?:the\s+)?$", re.IGNORECASE),
    re.compile(r"^(?![’']s\b)"),
)
"""What stands just before, and just after, a place where the event happened ("in Tokyo",
"a visit to Washington"; not "Washington's request")."""


_EN_SPEAKER = (
    r"(?:(?:the\s+)?(?:two|both)\s+(?:leaders|sides|ministers|men|women)"
    r"|(?:the\s+)?(?:Prime\s+Minister|Vice\s+President|President|Foreign\s+Minister|Secretary"
    r"(?:\s+of\s+State)?|Minister|Chancellor|Premier|Ambassador|Mr\.|Ms\.|Mrs\.|Dr\.)"
    r"(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+){0,3}"
    r"|[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+){0,2}"
    r"|(?:he|she|they))"
)
_EN_VERBS = (
    r"(?:said|says|stated|added|noted|replied|responded|stressed|emphasi[sz]ed|expressed"
    r"|explained|welcomed|agreed|affirmed|reaffirmed|confirmed|proposed|called|urged|asked"
    r"|requested|pledged|praised|thanked|congratulated|conveyed|underlined|highlighted"
    r"|mentioned|remarked|pointed\s+out|told|shared|offered|raised|voiced|indicated)"
)

CLAUSE_PATTERNS = ClausePatterns(
    speaker_opening=re.compile(
        rf"(?:,\s*|;\s*|\s+)(?:and|while|whereas|but|with|to\s+which)\s+"
        rf"(?:(?:then|in\s+(?:response|turn|reply))\s*,?\s+)?"
        rf"(?P<who>{_EN_SPEAKER})(?:\s*,\s*for\s+(?:his|her|their|its)\s+part\s*,)?"
        rf"\s+(?:also\s+|in\s+turn\s+|then\s+)?{_EN_VERBS}\b"
        rf"|;\s*(?P<who2>{_EN_SPEAKER})\s+(?:also\s+|in\s+turn\s+|then\s+)?{_EN_VERBS}\b"
    ),
    continuing=lazy_compile(r"\balso\b", re.IGNORECASE),
    first_predicate=re.compile(rf"\b{_EN_VERBS}\b(?!\s+by\b)"),
    joint_act=lazy_compile(  # a long IGNORECASE alternation few runs need
        r"\b(?:exchanged\s+(?:views|opinions)|held\s+(?:talks|discussions)"
        r"|agreed\s+to\s+work\s+together)\b",
        re.IGNORECASE,
    ),
    authorship=re.compile(
        r"\b(?:(?:proposed|launched|coined|advocated|initiated|championed|introduced"
        r"|put\s+forward|set\s+out|written|authored|founded|created)\s+by"
        r"|according\s+to)\b",
        re.IGNORECASE,
    ),
    coordinator=lazy_compile(r"and|&", re.IGNORECASE),
    joint=re.compile(r"(?:;|(?<!\d),|,(?!\d))\s*"),  # not the comma of "1,500"
    reaction=re.compile(
        r"\b(?:welcom(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|thank(?:s|ed|ing|ful)?"
        r"|appreciat(?:e|es|ed|ing|ion)|commend(?:s|ed|ing|ation)?"
        r"|congratulat(?:e|es|ed|ing|ions?)|hail(?:s|ed|ing)?|applaud(?:s|ed|ing)?"
        r"|laud(?:s|ed|ing)?)\b",
        re.IGNORECASE,
    ),
    request=re.compile(
        r"\b(?:ask(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?(?:for|to)|request(?:s|ed|ing)?"
        r"|call(?:s|ed|ing)?\s+(?:on\s+\w+\s+)?(?:for|to)"
        r"|sought|seek(?:s|ing)?|appeal(?:s|ed|ing)?|urg(?:e|es|ed|ing))\b",
        re.IGNORECASE,
    ),
    meeting=lazy_compile(
        r"\bheld\s+(?:an?\s+|the\s+|their\s+)?(?:[\w'’-]+\s+){0,5}?(?:meeting|talks|call"
        r"|conversation|summit)\b|\bmet\s+with\b|\bspoke\s+(?:by|on\s+the)\s+(?:tele)?phone\b"
        r"|\b(?:spoke|talked)\s+with\b",
        re.IGNORECASE,
    ),
    home=lazy_compile(
        r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’\-]*){0,4})"
        r"(?:,\s+(?:(?:[A-Z][\w'’\-]*|of|for|and|the)\s+){1,10}|\s+of\s+(?:the\s+)?)$"
    ),
    addressee=re.compile(
        r"\s+(?:also\s+|then\s+)?(?:told|assured|informed|thanked|welcomed|congratulated|urged"
        r"|asked|invited|reminded)\s+(?P<whom>(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.\-]*\s+){0,3}?"
        r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.\-]*)(?=\s+(?:that|for|on|about|in|to)\b|\s*,)"
    ),
)
"""How a sentence hands over to a second speaker ("…, and President Trump added …")."""

VISIT_PATTERNS = VisitPatterns(
    source_visitor=(
        # "… with H.E. Mr. X, Minister of … of the Republic of Y, who is visiting Japan": the
        # counterpart after the last "with" before the visit.
        lazy_compile(
            r"\bwith\s+(?P<who>(?:(?!\bwith\s)[^;]){2,160}?),\s+who\s+(?:is|was)\s+"
            r"(?:visiting|(?:currently\s+)?on\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
            r"visit\s+to)\b"
        ),
    ),
    claim_visitor=(
        # "Takaichi, on a visit to Buenos Aires, held …"; "Montenegro, visiting Japan, …"
        re.compile(
            r"^(?P<who>[A-Z][^,]{0,60}?),\s+(?:on|during)\s+(?:an?|his|her|their)\s+"
            r"(?:[\w-]+\s+){0,3}?visit\s+to\b|^(?P<who2>[A-Z][^,]{0,60}?),\s+visiting\s+[A-Z]"
        ),
        # "During her visit to Dhaka, Takaichi held …": the pronoun is the subject's.
        re.compile(
            r"^(?:During|On)\s+(?:her|his|their|a|an)\s+(?:[\w-]+\s+){0,3}?visit\s+to\s+"
            r"[^,]{1,60},\s+(?P<who>(?:[A-Z][\w'’.-]*\s*){1,5})"
        ),
        # "Motegi held talks with Aldana during a visit to Uruguay": no one else's visit.
        re.compile(
            r"^(?P<who>(?:[A-Z][\w'’.-]*\s+){1,5}?)(?:held|met|had|hosted|received|talked"
            r"|spoke)\b[^.]{0,120}?\bduring\s+(?:an?|her|his|their)\s+(?:[\w-]+\s+){0,3}?"
            r"visit\s+to\b"
        ),
        # "Takaichi visited Kuala Lumpur …"
        re.compile(r"^(?P<who>(?:[A-Z][\w'’.-]*\s+){1,5}?)visited\s+[A-Z]"),
        # "Motegi hosted Venner for talks", "Takaichi welcomed Ruvalo to Tokyo": the guest is
        # the one visiting.
        re.compile(
            r"^(?:[A-Z][\w'’.-]*\s+){1,5}?(?:hosted|welcomed)\s+(?:(?:his|her|their)\s+)?"
            r"(?P<who>(?:[A-Z][\w'’.-]*\s*){1,5}?)(?=\s+(?:to|for|in|at|on)\b|[,.]|$)"
        ),
    ),
    place_visited=lazy_compile(
        r"\bvisit(?:ing|ed|s)?\s+(?:to\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    ),
)
"""How an English text says who is visiting: "X, who is visiting Japan" in a readout; "X, on a
visit to P", "During her visit to P, X", "X … during a visit to P", "X visited P" in an
article's claim."""

_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

RELATIVE_WORDS = RelativeWords(
    days=lazy_compile(
        r"\b(?P<word>today|yesterday|tomorrow|the\s+day\s+before\s+yesterday)\b", re.IGNORECASE
    ),
    offsets={"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2},
    weekday=lazy_compile(
        r"\b(?:(?P<last>last|this\s+past)\s+|(?P<next>next|this\s+coming|coming)\s+)?"
        r"(?P<name>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    ),
    weekday_index={name: number for number, name in enumerate(_EN_WEEKDAYS)},
    periods=lazy_compile(
        r"\b(?P<which>this|last|next|earlier\s+this|later\s+this)\s+(?P<unit>week|month)\b",
        re.IGNORECASE,
    ),
    period_words={"this": 0, "earlier this": 0, "later this": 0, "last": -1, "next": 1},
    past=lazy_compile(
        r"\b(?:\w+ed|met|held|spoke|said|told|made|took|gave|went|came|saw|sent|won|was|were"
        r"|had|did|began|led|left|paid|signed|flew|last|ago|earlier)\b",
        re.IGNORECASE,
    ),
    future=lazy_compile(
        r"\b(?:will|shall|is\s+to|are\s+to|is\s+due|are\s+due|plans?\s+to|planning|scheduled"
        r"|expected\s+to|set\s+to|upcoming|next|later\s+this|going\s+to)\b",
        re.IGNORECASE,
    ),
    triggers=("day", "week", "month", "tomorrow"),
)
"""Days relative to today in English ("yesterday", "on Sunday", "last week")."""

_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
# Not part of a longer word ("May-based", "August's"); a hyphen only before the next month
# of a range ("April-June").
_EN_MONTH = (
    rf"(?P<mon>{'|'.join(_EN_MONTHS)})"
    rf"(?![\w'’]|-(?!(?:{'|'.join(_EN_MONTHS)})(?![\w'’-])))"
)
# Words that introduce a time: before one of them a capitalised month's name is a date;
# without one it names a person ("June Berne"), a thing ("an August body") or an event
# ("the March on Washington"), and "May" is a verb.
_EN_TIME_LEADS = (
    "in", "by", "since", "until", "till", "of", "from", "during", "through", "throughout",
    "between", "before", "after", "early", "mid", "late", "last", "next", "this",
)  # fmt: skip

MONTH_WORDS = MonthWords(
    alone=lazy_compile(
        rf"(?<![\w-])(?P<lead>(?i:{'|'.join(_EN_TIME_LEADS)}))(?:[ \t]+|-){_EN_MONTH}"
    ),
    then=lazy_compile(
        r"(?:(?P<to>[ \t]*[-–—][ \t]*|[ \t]+(?:to|through|thru|until|till)[ \t]+)"
        rf"|,?[ \t]+(?:and|or)[ \t]+|,[ \t]*){_EN_MONTH}"
    ),
    range_leads=frozenset({"between"}),
    not_before=lazy_compile(
        r"[ \t]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]"
    ),
    numbers={name: number for number, name in enumerate(_EN_MONTHS, start=1)},
)
"""A month named alone in English: "in May", "Mid-May", "since April", "from April to June",
"between April and June"."""

QUOTES = re.compile(
    "|".join(
        (quote_marks.DOUBLE, quote_marks.CURLY_SINGLE, quote_marks.STRAIGHT_SINGLE)
        + (quote_marks.GUILLEMETS, quote_marks.CORNER)
    )
)
"""English quotes: "…", “…”, ‘…’ and straight '…' (never an apostrophe), «…», 「…」."""


# The article's own hedges and framing ("is expected to", "are said to have") are not
# assertions a source could carry; they are blanked before anchors are sought (`Framing`).
FRAMING = re.compile(
    r"\b(?:is|are|was|were|has been|have been)\s+(?:widely\s+)?"
    r"(?:expected|said|reported|believed|considered|understood|thought|seen)\s+(?:to(?:\s+have)?|as)\b"
    r"|\b(?:according to [^,]+,|reportedly|it is said that)"
    # The article's own source of news ("Reuters reported that …", "…, Kyodo News
    # reported."): who reported it, not what the source must carry.
    r"|^\s*(?-i:[A-Z][\w.&'’-]*)(?:\s+(?-i:[A-Z][\w.&'’-]*)){0,3}\s+(?:has\s+)?report(?:ed|s)"
    r"(?!\s+(?:to|on)\b)(?:\s+that)?\b"
    r"|,\s*(?-i:[A-Z][\w.&'’-]*)(?:\s+(?-i:[A-Z][\w.&'’-]*)){0,3}\s+(?:has\s+)?report(?:ed|s)"
    r"(?=\s*[.;]?\s*$)",
    re.IGNORECASE,
)
_FRAMING_GATE_WORDS = (
    "expected",
    "said",
    "report",
    "believed",
    "considered",
    "understood",
    "thought",
    "seen",
    "according to",
)
_FRAMING_GATE = re.compile("|".join(_FRAMING_GATE_WORDS))
"""Words every `FRAMING` match holds, lowercased: in ASCII text (where lowering and the
case-blind regex agree) a text without any has no framing to blank."""


@functools.lru_cache(maxsize=65536)
def lemma_of(word: str) -> str:
    """The dictionary form of an English word, lower-cased ("deepened" → "deepen"):
    simplemma's lemma, read from its dictionary tabled in the cache (see en_lemmas); but
    where that lemma is a word no frequency list knows though the word itself is common (a
    broken entry: "thanked" → "thanke"), WordNet's base form of it (`_base_form`: "thank")."""
    word = word.lower().replace("’", "'").removesuffix("'s")
    lemma = en_lemmas.lemma(word).lower()
    if lemma != word and word.isalpha() and _unheard_of(lemma) and not _unheard_of(word):
        return _base_form(word) or lemma
    return lemma


def written_rarity_of(lemma: str, surface: str) -> float:
    """How rare a claim word is: its lemma's rarity (`rarity_of`), unless its lemma is the
    base form WordNet gave where simplemma's dictionary had a broken entry (`_base_form`):
    then the form as written ("thanked"), which is as common as the claim's wording is,
    where the bare form's frequency stands for other uses ("thank you")."""
    word = surface.lower().replace("’", "'").removesuffix("'s")
    if word != lemma and word.isalpha() and en_lemmas.lemma(word).lower() != lemma:
        return rarity_of(word)
    return rarity_of(lemma)


def _unheard_of(word: str) -> bool:
    """Whether general frequency data lacks a word (its rarity is the highest there is)."""
    return rarity_of(word) >= RARITY_RANGE[1]


def _base_form(word: str) -> str | None:
    """The base form WordNet gives an inflected word (`WordNet.base_forms`), the commonest
    where it gives several; None when WordNet gives none or cannot be read.

    Asked only where simplemma's lemma is a word no frequency list knows though the form
    itself is common: its dictionary carries a few broken entries ("thanked" → "thanke",
    "growing" → "growe", "travelling" → "travell"), which would make a common verb weigh as
    the rarest word of its claim and find none of its WordNet or JMdict links."""
    from factcheck.languages.wordnet import wordnet

    try:
        found = wordnet().base_forms(word)
    except (LookupError, OSError):
        return None
    known = [form for form in found if not _unheard_of(form)]
    return min(known, key=rarity_of) if known else None


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


PARTY_PEOPLE = (
    r"(?:leaders|heads|(?:(?:prime|foreign|defen[cs]e)\s+)?ministers|presidents|premiers"
    r"|men|women|sides|delegations|parties)"
)
PARTY_COUNTRIES = r"(?:countries|nations|governments|peoples)"
PARTIES = rf"(?:{PARTY_PEOPLE}|{PARTY_COUNTRIES})"
"""How English names the two parties of a bilateral event together ("the two ministers",
"both governments", "the two prime ministers"): their speaker
(factcheck.checks.who_speaks) and no count to check (factcheck.checks.keyfacts)."""

SPEAKER_PATTERNS = SpeakerPatterns(
    name_word=re.compile(r"[A-Z]|.*[^\x00-\x7f]"),  # "Odra", not "top"; any kana, kanji
    both=lazy_compile(
        # A numbered point of a readout ("3. The two ministers …") opens with its number.
        rf"^\s*(?:\d{{1,2}}[.)]\s+)?(?:the\s+)?(?:two|both)\s+{PARTIES}\b",
        re.IGNORECASE,
    ),
    reporter=lazy_compile(
        # "Press Secretary Velmar:" is the one who answers, not the press asking.
        r"(?i:q\d*$|question|reporter|journalist|moderator|press\b(?!\s+secretary))"
    ),
    name_after_title=lazy_compile(r"\s+(?P<name>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})"),
)

KEY_FACT_PATTERNS = KeyFactPatterns(
    parties_counted=lazy_compile(rf"(?i)(?:two|2)\s+{PARTIES}\b"),
    definite_before=lazy_compile(r"(?i)\b(?:the|their|these|those|our)\s+$"),
    framing_count=lazy_compile(rf"(?i)(?:the\s+)?(?:two|both)\s+{PARTIES}"),
    of_after=lazy_compile(r"\s+(?:of|for)\b", re.IGNORECASE),
    both_people=lazy_compile(rf"(?i)\b(?:the\s+)?(?:two|both)\s+{PARTY_PEOPLE}\b"),
    both_countries=lazy_compile(
        rf"(?i)\b(?:the\s+)?(?:two|both)\s+{PARTY_COUNTRIES}\b|\bbilateral(?:ly)?\b"
    ),
    counterpart=lazy_compile(r"(?i)counterparts?"),
    name_opening=lazy_compile(r"(?:\b[A-Z][\w'’-]*\s+){1,3}$"),
)


class English:
    """The English language module."""

    code = "en"
    name = "English"
    spaced = True
    stop_words = STOP_WORDS
    quote_marks: tuple[tuple[str, str], ...] = (('"', '"'), ("“", "”"), ("‘", "’"))
    reported_speech = SPEECH
    claim_speech = SPEECH
    qualifiers: Mapping[str, re.Pattern[str]] = QUALIFIER_WORDING
    locative: tuple[re.Pattern[str], re.Pattern[str]] | None = LOCATIVE
    clause_patterns: ClausePatterns | None = CLAUSE_PATTERNS
    relative_words: RelativeWords | None = RELATIVE_WORDS
    visit_patterns: VisitPatterns | None = VISIT_PATTERNS
    speaker_patterns: SpeakerPatterns | None = SPEAKER_PATTERNS
    key_fact_patterns: KeyFactPatterns | None = KEY_FACT_PATTERNS
    quote_pattern = QUOTES
    month_first_numeric = True
    month_words: MonthWords | None = MONTH_WORDS
    month_numerals: MonthNumerals | None = None
    counted_after = True

    def owns(self, text: str) -> float:
        return 0.0  # the Latin script is shared by many languages

    def tokens(self, text: str) -> tuple[Token, ...]:
        out = []
        for match in _WORD.finditer(text):
            surface = match.group(0)
            start, end = match.span()
            labelled = label_end(text, end) if surface.isupper() else None
            if labelled is not None:
                # "TICAD 9" is the name "TICAD9" (`numbers.label_end`), as `_WORD` reads
                # the glued form and ja_morphology.py the Japanese page's.
                surface, end = text[start:labelled], labelled
                lemma, word_class = "".join(surface.split()).lower(), WordClass.PROPER_NOUN
            else:
                lemma, word_class = _word(surface, match.start() == 0)
            out.append(Token(surface, start, end, lemma, lemma, "", word_class, Script.LATIN))
        return tuple(out)

    def plain_words(self, text: str) -> tuple[bool, list[str]]:
        # A word is read alone (`_word`): its surface, and whether it opens the text.
        return _WORD.match(text) is not None, _WORD.findall(text)

    def plain_words_each(self, texts: Sequence[str]) -> tuple[list[bool], list[str], list[int]]:
        # One scan of the texts joined by NULs, which no word holds: a word ends at a NUL as
        # at the end of a text (`_WORD` has no anchor and looks ahead only for a hyphen).
        opens = list(map(bool, map(_WORD.match, texts)))
        if not texts:
            return opens, [], []
        joined = "\0".join(texts)
        if joined.count("\0") != max(len(texts) - 1, 0):  # a text holds a NUL of its own
            surfaces: list[str] = []
            ends: list[int] = []
            for text in texts:
                surfaces += _WORD.findall(text)
                ends.append(len(surfaces))
            return opens, surfaces, ends
        found = _WORD_OR_BREAK.findall(joined)
        # The k-th NUL of `found` ends text k; without the NULs, that is k places earlier.
        breaks = itertools.compress(itertools.count(), map("\0".__eq__, found))
        ends = [*map(operator.sub, breaks, itertools.count()), len(found) - len(texts) + 1]
        return opens, list(filter("\0".__ne__, found)), ends

    def prefetch(self, texts: Iterable[str]) -> None:
        """Read ahead, in a few queries, the lemma and synonym rows the texts' words will
        ask for: the probes `_word` makes (through `lemma_of` and `_name_at_start`), then
        the stored synonyms of their lemmas (`synonyms_of`)."""
        from factcheck.languages.jmdict import prefetch_synonyms

        probes: set[str] = set()
        content: list[str] = []
        for surface in set(_WORD.findall("\n".join(texts))):  # no word spans a line break
            lowered = surface.lower()
            if lowered in STOP_WORDS or len(lowered) < 3:
                continue
            token = lowered.replace("’", "'").removesuffix("'s")
            probes.add(token)
            probes.update(part for part in re.split(r"[-'’]", lowered) if part)
            content.append(surface)
        en_lemmas.prefetch(probes)
        lemmas = {lemma_of(surface) for surface in content}
        prefetch_synonyms(lemma for lemma in lemmas if lemma not in STOP_WORDS)
        # The parts a long word may split into (`closed_parts`), probed one query each else.
        en_lemmas.prefetch_known(
            part
            for lemma in lemmas
            if lemma.isalpha() and len(lemma) >= 2 * CLOSED_PART_LETTERS
            for cut in range(CLOSED_PART_LETTERS, len(lemma) - CLOSED_PART_LETTERS + 1)
            for part in (lemma[:cut], lemma[cut:])
        )

    def counted_words(self, run: Sequence[Token]) -> int:
        """Up to the first noun inflected for the plural, which is what a count of two or
        more names ("300 Kenyan nurses arrived": nurses; "80 trained nurses"), else up to
        the first word WordNet's tagged corpus meets mostly as a verb once a word it meets
        mostly as a noun stands before it ("200 staff joined": staff); the whole run when
        neither is found, or WordNet cannot be read."""
        from factcheck.languages.wordnet import wordnet

        try:
            net = wordnet()
            named = False
            for at, token in enumerate(run):
                word = token.surface.lower()
                if word.isalpha() and any(b != word for b in net.base_forms(word, ("noun",))):
                    return at + 1
                commonest = net.commonest_part_of_speech(token.lemma)
                if commonest == "verb" and named:
                    return at
                named = named or commonest == "noun"
        except (LookupError, OSError):
            pass
        return len(run)

    def plain_token(self, surface: str, opens: bool) -> Token:
        lemma, word_class = _word(surface, opens)
        return Token(surface, 0, len(surface), lemma, lemma, "", word_class, Script.LATIN)

    def split_sentences(self, text: str) -> list[tuple[int, int]]:
        # Imported here: a run whose sources are split already (the extraction cache)
        # never loads the splitter.
        from factcheck.text.sentences import split_sentences

        return split_sentences(text, self.code)

    def claim_parts(self, text: str) -> list[tuple[int, int]]:
        """Clause openers ("…, especially …", "…; …", "… and announced …", "…, where …")
        and, after the first predicate, a clause with a speaker of its own ("…, and Lee
        pledged …"): each asserts something of its own."""
        cuts = [(m.start(), m.end()) for m in _PART_SPLIT.finditer(text)]
        first = CLAUSE_PATTERNS.first_predicate.search(text)
        for m in CLAUSE_PATTERNS.speaker_opening.finditer(text):
            if (first is None or m.start() < first.end()) and not _past_verb_in(text[: m.start()]):
                continue  # no predicate before it: "X and Y said" is one subject
            who = m.start("who") if m.group("who") else m.start("who2")
            if not any(s < who and m.start() < e for s, e in cuts):
                cuts.append((m.start(), who))
        for m in _SUBORDINATE_SPEAKER.finditer(text):
            # "… agreed to step up cooperation after Motegi announced a grant": the time
            # clause reports a speaker's words of its own, after the main clause's predicate
            # (what a time clause reports someone doing, "after Albanese inspected a
            # shipyard", stays with the claim's frame). A clause that says no more than that
            # someone spoke ("after Motegi briefed her on it") asserts nothing of its own.
            if _speaks(m) and _says_more(text[m.end() :]) and _past_verb_in(text[: m.start()]):
                if not any(s < m.start("who") and m.start() < e for s, e in cuts):
                    cuts.append((m.start(), m.start("who")))
        spans = []
        start = 0
        for cut_start, cut_end in sorted(cuts):
            spans.append((start, cut_start))
            start = cut_end
        spans.append((start, len(text)))
        return [(s, e) for s, e in spans if text[s:e].strip()]

    def prompting_speaker(self, text: str, start: int, end: int) -> str | None:
        # The time clause follows what it prompted: inside the part, or where it ends.
        for m in _SUBORDINATE_SPEAKER.finditer(text, start):
            if m.start() > end:
                break
            # A clause that says more than that someone spoke ("after Ruvalo announced a
            # loan deal") is a part of its own (`claim_parts`), no prompt of this one.
            if m.group("when").lower() in _SPOKEN_FIRST and _speaks(m):
                if not _says_more(text[m.end() : _clause_end(text, m.end())]):
                    return m.group("who")
        return None

    def glosses(self, token: Token) -> tuple[Gloss, ...]:
        return _glosses(token.lemma)

    def bridges(self, lemma: str, surface: str) -> tuple[Gloss, ...]:
        written = surface.lower()
        if written == lemma or not written.isalpha():
            return _merged(bridges_of(lemma), kin_of(lemma))
        out = _merged(
            bridges_of(lemma),
            bridges_of(written),
            # A form written otherwise than its lemma may be a dictionary word of its own
            # ("farming", not only a form of "farm"): its JMdict synonyms ("agriculture",
            # which 農耕 and 農 gloss beside it) are the claim word's near-synonyms.
            synonyms_of(written),
            kin_of(lemma),
            kin_of(written),
        )
        return tuple(gloss for gloss in out if gloss.pivot != pivot_of(lemma))

    def relations(self, lemma: str) -> tuple[Gloss, ...]:
        return relations_of(lemma)

    def phrase_bridges(self, text: str) -> tuple[tuple[str, tuple[Gloss, ...]], ...]:
        out: list[tuple[str, tuple[Gloss, ...]]] = []
        words = list(_WORD.finditer(text))
        for first, second in itertools.pairwise(words):
            if second.start() - first.end() != 1 or text[first.end()] != " ":
                continue
            particle = second.group(0).lower()
            if not particle.isalpha():
                continue
            head = lemma_of(first.group(0))
            if head in STOP_WORDS or not head.isalpha():
                continue
            # A phrasal verb is a verb and a particle ("step up", "carry out"); a verb and its
            # object may be one verb too ("join forces"): WordNet's verb index says which.
            tail = lemma_of(particle)
            found = phrase_kin(f"{head} {particle}")
            if not found and tail != particle:
                found = phrase_kin(f"{head} {tail}")
            if found:
                out += [(head, found), (tail, found)]
        return tuple(out) + _acronym_bridges(words)

    def blank_framing(self, text: str) -> str:
        if not text.isascii() or _FRAMING_GATE.search(text.lower()):
            text = FRAMING.sub(_blank, text)
        return text

    def blank_framing_each(self, texts: Sequence[str]) -> list[str]:
        # One gate scan of the texts joined by NULs (no gate word holds one): only a text
        # the gate names is read by the framing pattern. A text that is not ASCII always is.
        joined = "\0".join(texts)
        if not joined.isascii():
            return [self.blank_framing(text) for text in texts]
        lowered = joined.lower()
        found: list[int] = []
        for word in _FRAMING_GATE_WORDS:  # str.find: far quicker than the regex's scan
            at = lowered.find(word)
            while at >= 0:
                found.append(at)
                at = lowered.find(word, at + 1)
        if not found:
            return list(texts)
        starts = [0, *itertools.accumulate(len(text) + 1 for text in texts)]
        read = {bisect.bisect_right(starts, at) - 1 for at in found}
        out = list(texts)
        for number in read:
            out[number] = FRAMING.sub(_blank, out[number])
        return out

    def qualified_word_pivots(self, tokens: Sequence[Token]) -> set[str]:
        return {t.lemma for t in tokens}

    def common_word(self, word: str) -> bool:
        """simplemma's English dictionary holds the word's lowercase form ("article"), and
        WordNet never writes it in capitals ("UN", "WHO": acronyms, though "un" and "who"
        are words too)."""
        from factcheck.languages.en_lemmas import known
        from factcheck.languages.wordnet import wordnet

        return known(word.lower()) and not wordnet().acronym(word)

    def counts_words(self, words: Sequence[str], count: int) -> bool:
        """A count above 1 counts a noun in the plural (WordNet's base form of it differs:
        experts, children) or a singular noun whose number is its members' (WordNet's
        `counts_members`: staff, personnel), past adjectives ("40 local teachers"). A
        singular noun otherwise ("TICAD 9 summit", "OSCE 4 process") modifies the label; a
        grammar word or another word ends the search ("TICAD 9 in …", "TICAD 9 opened")."""
        from factcheck.languages.wordnet import wordnet

        if count <= 1:
            return False
        net = wordnet()
        for word in words[:_COUNTED_WORDS_SOUGHT]:
            if word in STOP_WORDS:
                return False
            bases = net.base_forms(word, ("noun",))
            if bases and word not in bases:
                return True
            if net.senses(word, "noun") and net.counts_members(word):
                return True
            # An adjective may stand before the noun ("local", a noun too, but no verb).
            if not net.senses(word, "adj") or net.senses(word, "verb") or net.base_forms(word):
                return False
        return False

    def rarity(self, lemma: str) -> float:
        return rarity_of(lemma)

    def written_rarity(self, lemma: str, surface: str) -> float:
        return written_rarity_of(lemma, surface)

    def usage_rarity(self, lemma: str) -> float:
        return rarity_of(lemma)

    def speaker_ends(self, who: str) -> bool:
        """A speaker names someone: a title ("the Prime Minister"), the two sides, or a name
        ("Carney"); not "Today we" or "He" (a transcript's label says who that is)."""
        if _TITLE.search(who) or _BOTH_SIDES.search(who):
            return True
        return any(
            t.word_class is WordClass.PROPER_NOUN for t in self.tokens(who) if t.surface != "I"
        )

    def commits(self, word: str, before: str, after: str) -> bool:
        lemma = lemma_of(word)
        lowered = word.lower()
        if lemma == lowered or lowered.endswith("s") or not lowered.isalpha():
            return False  # the bare form ("to offer", "a contract") or one of a noun's forms
        if lowered.endswith("ing") and before.strip() and not before.rstrip().endswith(","):
            return False  # "about offering": a verbal noun, not "…, pledging"
        previous = _WORD.findall(before[-40:])
        if previous and previous[-1].lower() in NOT_BEFORE_PREDICATE:
            return False  # "the specified workers": before a noun
        from factcheck.languages.wordnet import wordnet

        try:
            return wordnet().commits(lemma) and not _expression_follows(after)
        except (LookupError, OSError):
            return False

    def commitment(self, text: str) -> str:
        return commitment_in(text, COMMITMENT, NOT_OWN_COMMITMENT)

    def speaker_names(self, label: str) -> tuple[str, ...]:
        # A two-letter word in capitals is a name too (Premier Li, Xi, Wu), unless it is a
        # grammar word opening the label ("On Tuesday", "As").
        return tuple(
            word
            for word in _NAME_WORD.findall(_TITLE.sub(" ", label))
            if len(word) > 2 or (word[0].isupper() and word.lower() not in STOP_WORDS)
        )


@functools.cache
def qualifier_pivots() -> dict[str, frozenset[str]]:
    """Each qualifier concept's pivots, from the English words that mean it (pivots are
    English stems, so the concepts' meanings are English data)."""
    return {
        name: frozenset(pivot_of(lemma_of(word)) for word in words)
        for name, words in QUALIFIER_MEANING.items()
    }


@functools.lru_cache(maxsize=65536)
def _word(surface: str, first: bool) -> tuple[str, WordClass]:
    """A word's lemma and class (cached: a corpus repeats its words)."""
    lowered = surface.lower()
    if surface[-1].isdigit():  # "G7", "PALM11": a name with its number (`_WORD`)
        return lowered, WordClass.PROPER_NOUN
    if lowered in STOP_WORDS or len(lowered) < 3:
        return lowered, WordClass.FUNCTION
    lemma = lemma_of(surface)
    if lemma in STOP_WORDS:
        return lemma, WordClass.FUNCTION
    if surface[0].isupper() and (not first or _name_at_start(lowered)):
        return lemma, WordClass.PROPER_NOUN
    return lemma, WordClass.NOUN


_SUBORDINATE_SPEAKER = re.compile(
    rf",?\s+(?P<when>after|once|when|before)\s+(?P<who>{_EN_SPEAKER})\s+(?P<verb>[a-z]+)\b"
)
"""A time clause with a speaker of its own ("… after Motegi announced a grant"): group
`who`, and the word after it (`verb`, a verb of speech where the clause is a part). Not
"as": "…, as Motegi announced afterwards" says who speaks the main clause, no words of its
own."""
_SPOKEN_FIRST = frozenset({"after", "once", "when"})
"""The words that open a time clause set before (or at) what the main clause reports: its
speaker's words came first, and the main clause answers them."""


def _speaks(clause: re.Match[str]) -> bool:
    """Whether a time clause (`_SUBORDINATE_SPEAKER`) reports its speaker's words: a
    reporting verb (`SPEECH`) or another verb of telling (`_tells`)."""
    verb = clause.group("verb")
    return SPEECH.match(f"{clause.group('who')} {verb}") is not None or _tells(verb)


def _says_more(rest: str) -> bool:
    """Whether the words after a time clause's verb hold one that is not a grammar word:
    "… her on it" says nothing beyond that someone spoke."""
    return any(
        not word[0].isalpha() or lemma_of(word) not in STOP_WORDS
        for word in _CLAUSE_WORD.findall(rest)
    )


def _clause_end(text: str, start: int) -> int:
    """Where the clause running at `start` ends: its next comma, semicolon, colon or full
    stop, or the text's end."""
    found = _CLAUSE_STOP.search(text, start)
    return found.start() if found else len(text)


_CLAUSE_STOP = re.compile(r"[,;:.](?:\s|$)")
_CLAUSE_WORD = re.compile(r"[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’\-]*|\d[\d.,]*")
_SUBJECT_GRAMMAR = frozenset(
    "the a an of both two all its his her their our he she they we it i also then".split()
)
"""The grammar words a clause's subject and its verb's adverb may hold ("The two leaders
also …", "She then …"): any other grammar word before the verb ("At the meeting held …",
"In a call lasting …") opens a phrase, not a subject."""


def _expression_follows(text: str) -> bool:
    """Whether the object a verb's following `text` opens with is words or a feeling, not an
    act or a thing: its first word after a determiner or a possessive (`NOT_BEFORE_PREDICATE`,
    "her") is a noun whose commonest sense WordNet files as what is said or felt
    (`EXPRESSION_FILES`: "condolences", "thanks"; "sympathy" in its second sense). Offering
    condolences or sympathy expresses them; offering help or a loan commits to it."""
    from factcheck.languages.wordnet import wordnet

    for word in _WORD.findall(text[:60]):
        lowered = word.lower()
        if lowered in NOT_BEFORE_PREDICATE or lowered in _POSSESSIVES:
            continue
        files = wordnet().lexicographer_files(lemma_of(lowered), "noun")
        return bool(files) and (files[0] in EXPRESSION_FILES or EXPRESSION_FILES[-1] in files[:2])
    return False


def _tells(word: str) -> bool:
    """Whether a word is the past tense of a verb of telling (`WordNet.tells`: "briefed",
    "informed", "outlined"; not "signed", "agreed", "met", "inspected"), so a time clause it
    opens reports someone's words, as the reporting verbs of `SPEECH` do. WordNet is opened
    only where a time clause names a speaker."""
    from factcheck.languages.wordnet import wordnet

    lemma = lemma_of(word)
    if not word.islower() or lemma == word or word.endswith(("ing", "s")):
        return False
    return wordnet().tells(lemma, "verb")


def _past_verb_in(text: str) -> bool:
    """Whether the text's last clause (after its last comma, semicolon or colon) is a subject
    and a finite verb in the past tense ("Takaichi threw her support behind …", "The
    ministers agreed to …"), a predicate that the verbs of speech (`first_predicate`) miss:
    the first word after the subject's words that is not its own dictionary form, nor that
    form with a plural's or third person's ending, nor an -ing form, and whose dictionary
    form WordNet has as a verb. A form after a comma (no subject) or after a phrase that a
    grammar word opens ("At the meeting held in Tokyo, X", "In a call lasting an hour, X",
    "Leaders including X") is a participle, no predicate. Read only where a second speaker's
    opening follows (WordNet is opened then)."""
    from factcheck.languages.wordnet import wordnet

    clause = re.split(r"[,;:]", text)[-1]
    subject = False
    for word in _CLAUSE_WORD.finditer(clause):
        written = word.group(0)
        lowered = written.lower().replace("’", "'")
        if lowered in _SUBJECT_GRAMMAR:
            continue
        lemma = lemma_of(lowered)
        if subject and written.islower() and lemma.isalpha() and lemma != lowered:
            if lowered not in (f"{lemma}s", f"{lemma}es") and not lowered.endswith("ing"):
                if wordnet().senses(lemma, "verb"):
                    return True
        if lowered in STOP_WORDS or (written.islower() and lowered.endswith("ing")):
            return False  # a phrase, not a subject: "At the meeting held …", "including"
        subject = True
    return False


def _name_at_start(lowered: str) -> bool:
    """Whether a capitalised word that opens a sentence (capitalised anyway) is a name: the
    dictionary lacks its lower-cased form ("carney", "osaka"; not "today", "tariffs",
    "semiconductors"). A name that is also a word ("Trump", "Lee") is left to the termbase."""
    parts = [part for part in re.split(r"[-'’]", lowered) if part]
    return not all(en_lemmas.known(part) for part in parts)


@functools.lru_cache(maxsize=65536)
def _glosses(lemma: str) -> tuple[Gloss, ...]:
    own: tuple[Gloss, ...] = (Gloss(pivot_of(lemma), lemma, "lemma"),)
    parts = [part for part in re.split(r"-", lemma) if part and part not in STOP_WORDS]
    if len(parts) == 2 and "-" in lemma:
        # "disaster-prevention" is the two-word concept a gloss writes "disaster prevention".
        own += (Gloss(compound_pivot([lemma_of(p) for p in parts]), lemma, "lemma"),)
        if all(part.isalpha() for part in parts):
            # "anti-government" is the word a dictionary writes closed ("antigovernment").
            own += (Gloss(pivot_of(lemma_of("".join(parts))), lemma, "lemma"),)
    own += tuple(
        Gloss(compound_pivot([lemma_of(head), lemma_of(tail)]), lemma, "lemma")
        for head, tail in closed_parts(lemma)
    )
    return (*own, *synonyms_of(lemma))


CLOSED_PART_LETTERS = 4
"""The shortest part of a closed compound ("cyber" of "cybersecurity"): a shorter one is as
often a prefix or a piece of another word ("tog" / "ether")."""


def closed_parts(lemma: str) -> tuple[tuple[str, str], ...]:
    """The ways a word written closed splits into two dictionary words, neither a grammar
    word, each of CLOSED_PART_LETTERS letters or more ("cybersecurity" → cyber | security,
    "shipbuilding" → ship | building): English writes the same compound open or hyphenated
    ("cyber security", "cyber-security"), and a dictionary glosses it so. The compound's
    pivot (`compound_pivot`) is the one the open form's two words make, and only that:
    "cybersecurity" does not mean "security" alone."""
    if not lemma.isalpha() or len(lemma) < 2 * CLOSED_PART_LETTERS:
        return ()
    out = []
    for cut in range(CLOSED_PART_LETTERS, len(lemma) - CLOSED_PART_LETTERS + 1):
        head, tail = lemma[:cut], lemma[cut:]
        if head in STOP_WORDS or tail in STOP_WORDS:
            continue
        if en_lemmas.known(head) and en_lemmas.known(tail):
            out.append((head, tail))
    return tuple(out)


@functools.lru_cache(maxsize=65536)
def bridges_of(lemma: str) -> tuple[Gloss, ...]:
    """Near-synonyms of an English word through the Japanese words JMdict renders it by:
    the other one-word glosses of each sense that has the word as a whole gloss
    ("shipping" → 運送 "transportation; shipping; freight" → transportation, freight), each
    naming the entry it comes through ("JMdict via 運送").

    Weaker than a synonym (`synonyms_of`: two words that agree in several senses): one
    shared sense is enough here, so the words a bridge reaches are a paraphrase at best,
    and only a source in another language is searched for them (`Anchor.bridges`). A
    common word (rarity under BRIDGE_MIN_RARITY) or a hub that glosses more than
    BRIDGE_MAX_ENTRIES entries gets none: its senses are too many to say which is meant."""
    if rarity_of(lemma) < BRIDGE_MIN_RARITY:
        return ()
    return _kept_bridges("bridges-en", lemma, BridgeKind.NEAR_SYNONYM, _bridges_of)


def _kept_bridges(
    name: str, lemma: str, kind: BridgeKind, work_out: Callable[[str], tuple[Gloss, ...]]
) -> tuple[Gloss, ...]:
    """A word's bridges of one kind, kept between runs in the cache table `name`, else worked
    out and kept, each with its WordNet relation's name ("" for none); a stored value of any
    other shape is worked out again, never trusted."""
    from factcheck.languages.wordnet import Relation

    table = cache_table(name)
    known = table.get(lemma) if table is not None else None
    relations = {relation.value: relation for relation in Relation}
    if isinstance(known, list) and all(
        isinstance(row, list)
        and len(row) == 4
        and all(isinstance(x, str) for x in row)
        and (not row[3] or row[3] in relations)
        for row in known
    ):
        return tuple(
            Gloss(pivot, text, layer, False, kind, relations.get(relation))
            for pivot, text, layer, relation in known
        )
    found = work_out(lemma)
    if table is not None:
        table.put(
            lemma,
            [[g.pivot, g.text, g.layer, g.relation.value if g.relation else ""] for g in found],
        )
    return found


def _bridges_of(lemma: str) -> tuple[Gloss, ...]:
    from factcheck.languages.jmdict import gloss_words, jmdict

    senses = jmdict().glossed_senses(lemma)
    if len({written for written, _ in senses}) > BRIDGE_MAX_ENTRIES:
        return ()
    own = {gloss.pivot for gloss in _glosses(lemma)}
    out: dict[str, Gloss] = {}
    for written, glosses in senses:
        for gloss in glosses:
            words = gloss_words(gloss)
            if len(words) != 1 or words[0] in STOP_WORDS:
                continue
            if rarity_of(lemma_of(words[0])) < BRIDGE_MIN_TARGET_RARITY:
                continue  # "rate", "end": a common word is met by too many sentences
            pivot = pivot_of(lemma_of(words[0]))
            if pivot not in own:
                out.setdefault(pivot, Gloss(pivot, words[0], f"JMdict via {written}", False))
    return tuple(out.values())


@functools.lru_cache(maxsize=65536)
def synonyms_of(lemma: str) -> tuple[Gloss, ...]:
    """Safe synonyms: English words that gloss the same JMdict senses (woman / female)."""
    from factcheck.languages.jmdict import jmdict

    own = pivot_of(lemma)
    out: dict[str, Gloss] = {}
    for word in jmdict().synonyms(lemma):
        pivot = pivot_of(lemma_of(word))
        if pivot != own:
            out.setdefault(pivot, Gloss(pivot, word, "JMdict synonym"))
    return tuple(out.values())


def _zipf_table() -> dict[str, float]:
    """wordfreq's small English list as word → Zipf frequency."""
    return zipf_table("en")


def zipf_of(word: str) -> float:
    """A word's Zipf frequency in wordfreq's general English list; 0.0 when it lacks it."""
    return _zipf_table().get(word, 0.0)


@functools.lru_cache(maxsize=65536)
def rarity_of(lemma: str) -> float:
    """A word's rarity factor from wordfreq's general English frequencies; kept between runs
    (`factcheck.cache_table`), so a run whose words were all met before never loads the
    frequency list."""
    table = cache_table("rarity-en")
    known = table.get(lemma) if table is not None else None
    low, high = RARITY_RANGE
    if isinstance(known, float | int) and not isinstance(known, bool) and low <= known <= high:
        return float(known)
    found = _rarity_of(lemma)
    if table is not None:
        table.put(lemma, found)
    return found


def _rarity_of(lemma: str) -> float:
    table = _zipf_table()
    zipf = table.get(lemma, 0.0)
    parts = [part for part in re.split(r"[-']", lemma) if part]
    if not zipf and len(parts) > 1 and all(part in table for part in parts):
        # As wordfreq does for a phrase: its frequency is the harmonic sum of its parts'.
        zipf = math.log10(1 / sum(10 ** (9 - table[part]) for part in parts)) + 9
    return rarity_from_zipf(zipf)


def _merged(*groups: tuple[Gloss, ...]) -> tuple[Gloss, ...]:
    """One bridge per pivot, the stronger kind first: a WordNet link (`kin_of`), which also
    reaches the claim's own language, over a JMdict near-synonym."""
    out: dict[str, Gloss] = {}
    for gloss in itertools.chain(*groups):
        known = out.get(gloss.pivot)
        if known is None or (known.bridge, gloss.bridge) == (
            BridgeKind.NEAR_SYNONYM,
            BridgeKind.KIN,
        ):
            out[gloss.pivot] = gloss
    return tuple(out.values())


@functools.lru_cache(maxsize=65536)
def kin_of(lemma: str) -> tuple[Gloss, ...]:
    """Safe WordNet synonyms and derived forms of an English word (`languages.wordnet`):
    pact → treaty, undersea → submarine, ministerial → minister, workers → work, each naming
    its relation ("WordNet synonym", "WordNet derivation", "WordNet pertainym"); a noun's
    more specific kinds (port → harbor: WORDNET_HYPONYM_MAX), and a verb's more general verb
    where one JMdict word renders both (reinforce → strengthen: `_rendered_alike`).

    Read from the word's WORDNET_DOMINANT_SENSES commonest senses only, in the parts of
    speech it is mostly used as (WORDNET_POS_SHARE). A synonym must share
    one of the other word's WORDNET_SYNONYM_MAX_RANK + 1 commonest senses too, and a claim
    word commoner than WORDNET_MIN_RARITY gets none (a common word's synonyms paraphrase one
    of its many senses), nor a synonym commoner than WORDNET_MIN_TARGET_RARITY unless it is
    a word of few senses met in its commonest (`_few_senses`); no link reaches a number
    (WordNet's synset of "three" holds "trio" and "triad": `Link.numeral`); a derived
    form keeps the root and is not gated by frequency (ministerial → minister), but must
    reach one of the other word's WORDNET_DERIVED_MAX_RANK + 1 commonest senses. Weaker than
    a direct rendering (WORDNET_WEIGHT), met in a source of any language: an English word, or
    a Japanese one it is a whole JMdict gloss of (checks/match.py `_kin_holders`). Answers
    are kept between runs in the cache folder (`wordnet-en`), so a warm run opens no WordNet
    file for them."""
    return _kept_bridges("wordnet-en", lemma, BridgeKind.KIN, _kin_of)


@functools.lru_cache(maxsize=64)
def negates(prefix: str) -> bool:
    """Whether an English prefix ("un", "non") negates the word it is put before, by how often
    WordNet gives the bare word as the prefixed word's opposite (`WordNet.opposite_share`,
    NEGATING_PREFIX_SHARE); False when WordNet cannot be read."""
    from factcheck.languages.wordnet import wordnet

    try:
        share = wordnet().opposite_share(prefix, NEGATING_PREFIX_SAMPLE)
    except (LookupError, OSError):
        return False
    return share >= NEGATING_PREFIX_SHARE


def relations_of(lemma: str) -> tuple[Gloss, ...]:
    """The words WordNet relates to an English word in its QUOTE_RELATION_SENSES commonest
    senses of each part of speech, one step: synonyms, and the more general words of a word
    WordNet has mostly as a noun only ("yardstick" → measure, ruler, criterion; "fringe" →
    edge), each named "WordNet <relation>, some sense", and its opposites in any sense
    (`OPPOSITE`: cold → hot, warm). A verb's or an adjective's more general word is no
    agreement: "increase" in place of 変更 "change" says more than the source does. Far
    looser than `kin_of`, so never a link that covers a claim: the quote check reads it
    only to say whether a quote word and the word a translation has in its place agree in
    some sense or are opposites. Kept between runs in the cache folder (`relations-en`);
    only quote words the dictionary links to nothing are asked for."""
    return _kept_bridges("relations-en", lemma, BridgeKind.KIN, _relations_of)


def _relations_of(lemma: str) -> tuple[Gloss, ...]:
    from factcheck.languages.wordnet import Relation, wordnet

    if lemma in STOP_WORDS or not lemma.replace("-", "").isalpha():
        return ()
    own = pivot_of(lemma)
    out: dict[str, Gloss] = {}
    # Opposites first: a word WordNet gives both as an opposite and, in another sense, as a
    # relation is an opposite.
    for word in wordnet().antonyms(lemma):
        pivot = pivot_of(lemma_of(word))
        if pivot != own:
            out.setdefault(pivot, Gloss(pivot, word, OPPOSITE, False, BridgeKind.KIN))
    # A more general word only for a noun: a word also used as a verb or an adjective
    # ("increase", "change") may be quoted as one, where it is not said by the general word.
    nominal = set(wordnet().used_as(lemma, WORDNET_POS_SHARE)) <= {"noun"}
    for link in wordnet().links(lemma, QUOTE_RELATION_SENSES):
        if link.relation is not Relation.SYNONYM and not (
            nominal and link.relation is Relation.HYPERNYM and link.part_of_speech == "noun"
        ):
            continue
        word = lemma_of(link.word)
        pivot = pivot_of(word)
        if word in STOP_WORDS or pivot == own:
            continue
        layer = f"WordNet {link.relation.value}, some sense"
        kept = Gloss(pivot, link.word, layer, False, BridgeKind.KIN, link.relation)
        out.setdefault(pivot, kept)
    return tuple(out.values())


@functools.lru_cache(maxsize=4096)
def phrase_kin(phrase: str) -> tuple[Gloss, ...]:
    """The one-word WordNet synonyms of a verb and its particle that WordNet has as one verb
    ("step up" → intensify, escalate; "set up" → establish, found, launch; "carry out" →
    execute, implement), in the phrase's commonest sense and the parts of speech it is
    mostly used as (as `kin_of`), each no commoner than WORDNET_PHRASE_MIN_TARGET_RARITY. Each
    names the phrase ("WordNet synonym of step up"). Kept between runs with `kin_of`'s
    answers; () for a pair WordNet does not have as one lemma (most pairs)."""
    from factcheck.languages.wordnet import wordnet

    # Most pairs are no lemma: found so by a look into the verb index, not the cache table.
    if not wordnet().senses(phrase, "verb"):
        return ()
    return _kept_bridges("wordnet-en", phrase, BridgeKind.KIN, _phrase_kin)


def _acronym_bridges(words: Sequence[re.Match[str]]) -> tuple[tuple[str, tuple[Gloss, ...]], ...]:
    """The capitalised words of a name of several words that WordNet also writes as an
    acronym ("European Union": EU, EC; "World Trade Organization": WTO) meet it: the
    acronym, in capitals, of the name's commonest sense (`name_acronyms`), as `KIN` bridges
    named "WordNet synonym of European Union". A page in another language often writes
    only the acronym (EU加盟)."""
    out: list[tuple[str, tuple[Gloss, ...]]] = []
    run: list[re.Match[str]] = []
    for word in [*words, None]:
        if word is not None and word.group(0)[:1].isupper() and word.group(0).isalpha():
            if not run or word.start() - run[-1].end() == 1:
                run.append(word)
                continue
        for start in range(len(run)):
            for end in range(min(len(run), start + ACRONYM_NAME_WORDS), start + 1, -1):
                name = " ".join(w.group(0) for w in run[start:end])
                found = name_acronyms(name)
                if found:
                    out += [(lemma_of(w.group(0)), found) for w in run[start:end]]
                    break
        run = [word] if word is not None and word.group(0)[:1].isupper() else []
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def name_acronyms(name: str) -> tuple[Gloss, ...]:
    """The acronyms WordNet writes for a name of several words in its commonest sense
    ("European Union" → EU, EC, EEC), each a `KIN` gloss of its spelling; () for a name
    WordNet lacks (most runs of capitalised words)."""
    from factcheck.languages.wordnet import Relation, wordnet

    net = wordnet()
    senses = net.senses(name.lower(), "noun")
    if not senses:
        return ()
    layer = f"WordNet synonym of {name}"
    return tuple(
        Gloss(pivot_of(word.lower()), word, layer, True, BridgeKind.KIN, Relation.SYNONYM)
        for word in net.names_in(senses[0])
        if word.isupper() and word.isalpha() and len(word) >= 2
    )


def _phrase_kin(phrase: str) -> tuple[Gloss, ...]:
    from factcheck.languages.wordnet import Relation, wordnet

    out: dict[str, Gloss] = {}
    own = {pivot_of(lemma_of(word)) for word in phrase.split()}
    for link in wordnet().links(phrase, WORDNET_DOMINANT_SENSES, WORDNET_POS_SHARE):
        word = lemma_of(link.word)
        if link.relation is not Relation.SYNONYM or word in STOP_WORDS:
            continue
        if rarity_of(word) < WORDNET_PHRASE_MIN_TARGET_RARITY:
            continue
        pivot = pivot_of(word)
        if pivot not in own:
            layer = f"WordNet synonym of {phrase}"
            kept = Gloss(pivot, link.word, layer, False, BridgeKind.KIN, link.relation)
            out.setdefault(pivot, kept)
    return tuple(out.values())


def _rendered_alike(word: str, other: str) -> bool:
    """Whether JMdict renders both English words by one Japanese word: an entry that has
    each as a whole gloss of one of its senses (固める: "to reinforce", "to strengthen").
    A verb's WordNet hypernym counts only so: WordNet alone makes "propose" a kind of
    "declare" and "elevate" a kind of "assign", which no Japanese word renders both ways."""
    from factcheck.languages.jmdict import jmdict

    dictionary = jmdict()
    theirs = {written for written, _ in dictionary.glossed_senses(other)}
    return any(written in theirs for written, _ in dictionary.glossed_senses(word))


def _few_senses(word: str, part_of_speech: str) -> bool:
    """Whether a common word reached in its commonest sense names one thing wherever a source
    says it: WordNet gives it at most WORDNET_FEW_SENSES senses in all its parts of speech
    ("lunch", "meal"; unlike "hold", "support", "man", whose synonymy with a claim word holds
    in one sense of dozens), and the link's part of speech is the one WordNet's tagged corpus
    meets the word in most, so that its first sense there is its commonest of all ("animal"
    is mostly a noun, not the adjective "sensual" shares; "despite", never met, is mostly a
    preposition WordNet lacks; a lemma WordNet lacks, "star-shape", has no senses to count
    and no commonest one)."""
    from factcheck.languages.wordnet import PARTS_OF_SPEECH, wordnet

    net = wordnet()
    if sum(len(net.senses(word, pos)) for pos in PARTS_OF_SPEECH) > WORDNET_FEW_SENSES:
        return False
    return net.commonest_part_of_speech(word) == part_of_speech


def _kin_of(lemma: str) -> tuple[Gloss, ...]:
    from factcheck.languages.wordnet import Relation, wordnet

    if lemma in STOP_WORDS or not lemma.replace("-", "").isalpha():
        return ()
    synonyms = rarity_of(lemma) >= WORDNET_MIN_RARITY
    own = {gloss.pivot for gloss in _glosses(lemma)}
    out: dict[str, Gloss] = {}
    links = wordnet().links(lemma, WORDNET_DOMINANT_SENSES, WORDNET_POS_SHARE)
    # A general noun with many kinds ("people", "work") is a hub: none of them says it.
    kinds = [link for link in links if link.relation is Relation.HYPONYM]
    hub = len(kinds) > WORDNET_HYPONYM_MAX
    for link in links:
        word = lemma_of(link.word)
        if word in STOP_WORDS or link.numeral:
            # A number ("trio", "three", "xx" and "twenty" are one WordNet synset) is the
            # numbers check's, not a word's paraphrase.
            continue
        if link.relation is Relation.SYNONYM and (
            not synonyms
            or link.target_rank > WORDNET_SYNONYM_MAX_RANK
            or (
                rarity_of(word) < WORDNET_MIN_TARGET_RARITY
                and not _few_senses(word, link.part_of_speech)
            )
        ):
            continue
        if link.relation is Relation.HYPONYM and (
            hub
            or link.part_of_speech != "noun"
            or link.target_rank > WORDNET_SYNONYM_MAX_RANK
            or rarity_of(word) < WORDNET_MIN_TARGET_RARITY
        ):
            continue
        if link.relation is Relation.HYPERNYM and (
            link.part_of_speech != "verb"
            or not synonyms
            or link.target_rank > WORDNET_SYNONYM_MAX_RANK
            or rarity_of(word) < WORDNET_MIN_TARGET_RARITY
            or not _rendered_alike(lemma, word)
        ):
            continue
        if (
            link.relation in (Relation.DERIVATION, Relation.PERTAINYM)
            and link.target_rank > WORDNET_DERIVED_MAX_RANK
        ):
            continue
        pivot = pivot_of(word)
        if pivot not in own:
            layer = f"WordNet {link.relation.value}"
            kept = Gloss(pivot, link.word, layer, False, BridgeKind.KIN, link.relation)
            out.setdefault(pivot, kept)
    return tuple(out.values())
