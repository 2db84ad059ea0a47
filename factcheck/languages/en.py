"""English: the language's patterns (speech, clauses, visits, relative dates, months,
quotes, framing, the two parties) and the `English` module the pipeline asks.

Words and their lemmas come from `factcheck.languages.en_words`, their links to other words
(JMdict, WordNet) from `factcheck.languages.en_lexicon`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Mapping, Sequence

from factcheck.languages import en_lemmas
from factcheck.languages.en_lexicon import (
    CLOSED_PART_LETTERS,
    _acronym_bridges,
    _glosses,
    _merged,
    bridges_of,
    closed_parts,
    function_word_kin,
    initials_bridges,
    joined_parts,
    kin_of,
    negates,
    phrase_initials,
    phrase_kin,
    relations_of,
    sense_phrases,
    synonyms_of,
)
from factcheck.languages.en_predicates import EnglishNegating, EnglishPredicating
from factcheck.languages.en_speakers import EnglishNaming, EnglishSpeaking
from factcheck.languages.en_words import (
    _WORD,
    _WORD_OR_BREAK,
    NOT_BEFORE_PREDICATE,
    SPEECH_VERBS,
    STOP_WORDS,
    _word,
    lemma_of,
    rarity_of,
    written_rarity_of,
    zipf_of,
)
from factcheck.languages.interface import (
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
from factcheck.lazy_pattern import lazy_build, lazy_compile
from factcheck.text import quote_marks
from factcheck.text.numbers import label_end

__all__ = [
    "STOP_WORDS",
    "English",
    "bridges_of",
    "closed_parts",
    "joined_parts",
    "kin_of",
    "lemma_of",
    "negates",
    "phrase_kin",
    "qualifier_pivots",
    "rarity_of",
    "relations_of",
    "synonyms_of",
    "written_rarity_of",
    "zipf_of",
]

SPEECH = re.compile(
    r"^(?P<who>.{1,60}?)\s+(?:also\s+|then\s+|later\s+|(?-i:[a-z]+ly)\s+)?"
    r"(?:is said to have\s+|reportedly\s+)?"
    rf"(?:{'|'.join(verb for verb in SPEECH_VERBS if verb != 'called')}"
    # "called on X" is a visit (a courtesy call) unless it asks X to do something ("called
    # on Japan to lift the ban"); "called for", "called it a milestone" report words.
    r"|called(?!\s+on\b(?![^.;]*\bto\s+[a-z])))\b",
    re.IGNORECASE,
)
"""A sentence that opens with its speaker: "President Trump said …"; an adverb in lower case
before the verb is no part of the speaker ("Dalmen highly praised", "Kelly warmly welcomed").
"X called on Y" is a visit, not words, unless it goes on to what Y is asked to do."""

COMMITMENT = lazy_compile(
    r"(?i)\b(?:will|would|shall)\s+(?!not\b|have\b|be\s+able\b)(?:\w+ly\s+)?[a-z]+"
    r"|\b(?:intends?|intended|intention|plans?|planned|ready|prepared|determined|resolved)"
    r"\s+to\s+[a-z]+"
)
"""How a sentence states that its speaker's side will do something or go on doing it ("Japan
would continue to support", "she will provide", "his intention to send", "is ready to
help"): what a claim's verb of commitment ("pledged", "offered") reports (`Commitments`).
"""
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

_MAY_LABEL = re.compile(r"[A-Z][ \t][0-9]")
"""Where a name in capitals may end with its label ("TICAD 9", `numbers.label_end`): a
digit a space or tab after a capital letter. A label follows an acronym of ASCII capitals
(`_labels_a_name`), and `_WORD` never ends a word with a letter that folds to one."""


def _words(text: str) -> Iterable[tuple[str, int, int]]:
    """The words of a text (`_WORD`), each with its start and end; a name in capitals with
    its label ("TICAD 9", `numbers.label_end`) is one word, the name "TICAD9", as `_WORD`
    reads the glued form and ja_morphology.py the Japanese page's."""
    for match in _WORD.finditer(text):
        surface = match.group(0)
        start, end = match.span()
        if surface.isupper():
            labelled = label_end(text, end)
            if labelled is not None:
                surface, end = text[start:labelled], labelled
        yield surface, start, end


def _read_word(surface: str, opens: bool) -> tuple[str, WordClass]:
    """A token's lemma and class from its surface: a name in capitals with its label
    ("TICAD 9", the only surface with a space in it) is the glued name "ticad9", a proper
    noun; any other word is read alone (`_word`)."""
    if " " in surface or "\t" in surface:
        return "".join(surface.split()).lower(), WordClass.PROPER_NOUN
    return _word(surface, opens)


_MODAL_AND_VERB = (
    r"(?:(?:will|would|shall|can|could|may|might|must)\s+(?:also\s+)?[a-z]+"
    r"|(?:have|has|had)\s+(?:also\s+|already\s+)?(?!been\b)[a-z]{3,}(?:ed|en)(?!\s+by\b))\b"
)
"""A modal and the verb it governs ("will build", "would also send"), or the perfect's
auxiliary and its participle ("have cleared", "has also taken"; not a passive "has been
… by")."""

# Clause openers that start a separate assertion inside one claim sentence.
_PART_SPLIT = re.compile(
    r";\s+|,\s+(?=(?:especially|particularly|notably|becoming|while|whereas|"
    r"in addition|as well as|and also|including|where)\b)|\s+(?=as\s+well\s+as\b)"
    # A second predicate of the same subject: "… marked X and announced Y", "… agreed to
    # promote X and to open Y", "… welcomed X and agreed to Y" (a past-tense verb, not a
    # passive "… and praised by", or "to" + verb after "and").
    r"|,?\s+and\s+(?=(?:also\s+|then\s+)?(?:to\s+[a-z]+\b|[a-z]{3,}ed\b(?!\s+by\b)"
    # … or a modal and its verb: "Japan will fund X and will build Y".
    rf"|{_MODAL_AND_VERB}))"
    # A clause with a subject and a modal of its own after a comma: "…, and Japan will
    # send Y".
    rf"|,\s+and\s+(?=(?:[A-Z][\w'’-]*\s+){{1,3}}{_MODAL_AND_VERB})",
    re.IGNORECASE,
)


_BARE_WORD = r"(?P<verb>[a-z]+(?:[-‐][a-z]+)*)\b(?![-‐])"
"""A word in lower case, read whole where it is hyphenated: "double-check" may be a verb,
the "cross" of "cross-servicing" is none."""
_BARE_PREDICATE = re.compile(
    r"\b(?:to|will|would|shall|can|could|may|might|must)\s+(?:also\s+|further\s+)?" + _BARE_WORD
)
"""A verb in its bare form where only a verb stands: after "to" or a modal."""
_LAST_WORD = re.compile(r"[a-z]+(?=[^\w]*$)")
_AND_BARE = re.compile(r",?\s+and\s+(?:also\s+|then\s+)?" + _BARE_WORD)
"""A word "and" opens (`_BARE_WORD`): "and double-check" may join a second verb, "and
cross-servicing agreement" a modifier."""


def _bare_verb_cuts(text: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cuts before a second bare verb that "and" joins to a first one after "to" or a
    modal ("would open an office in Malabo and be staffed by …", "will help equip polling
    stations and send observers", "is due to inspect the port and hold talks"): a second
    predicate of the same subject, which asserts something of its own. Both words must be
    written as a verb's bare form and be met in WordNet's tagged corpus mostly as verbs
    ("and investment", "and exchange" are not), or be "be"; a second predicate that points
    back at the first one's object ("and complete them") says nothing on its own, and two
    verbs side by side share their object ("the lines that carry and distribute power"); a
    word that "of" follows heads a noun phrase ("its monitoring and review of the discharge"),
    unless WordNet has it and "of" as one verb ("and dispose of the waste")."""
    from factcheck.languages.en_predicates import used_as_verb

    def bare_verb(word: str) -> bool:
        return word == "be" or (
            lemma_of(word) == word and (used_as_verb(word) or _hyphenated_verb(word))
        )

    first = next((m for m in _BARE_PREDICATE.finditer(text) if bare_verb(m.group("verb"))), None)
    if first is None:
        return []
    out: list[tuple[int, int]] = []
    for m in _AND_BARE.finditer(text, first.end()):
        if any(s <= m.start() < e for s, e in cuts):
            continue
        before = _LAST_WORD.search(text, 0, m.start())
        if before is not None and bare_verb(before.group(0)):
            continue  # "lines that carry and distribute power": two verbs of one object
        if _NOUN_OF.match(text, m.end("verb")) and not _verb_of(m.group("verb")):
            continue  # "monitoring and review of the discharge": a noun that "of" follows
        if bare_verb(m.group("verb")) and not _ANAPHOR.search(_clause_after(text, m)):
            out.append((m.start(), m.start("verb")))
    return out


def _hyphenated_verb(word: str) -> bool:
    """Whether a hyphenated word is a verb and nothing else in WordNet ("double-check",
    "fine-tune"): the tagged corpus rarely meets such words at all."""
    from factcheck.languages.wordnet import wordnet

    net = wordnet()
    return "-" in word and bool(net.senses(word, "verb")) and not net.senses(word, "noun")


_NOUN_OF = re.compile(r"\s+of\b")
""""of" right after a word: the word heads a noun phrase ("review of", "use of")."""


def _verb_of(verb: str) -> bool:
    """Whether WordNet has the word and "of" as one verb ("dispose of", "think of")."""
    from factcheck.languages.wordnet import wordnet

    return bool(wordnet().senses(f"{verb}_of", "verb"))


_COORDINATION = re.compile(r",?\s+and\s+$", re.IGNORECASE)
"""A cut of `_PART_SPLIT` at "and" before a second predicate (not at a clause opener)."""
_ANAPHOR = re.compile(r"\b(?:it|them|they|this|these|those)\b", re.IGNORECASE)
"""Pronouns that point back at what an earlier clause names."""


def _clause_after(text: str, cut: re.Match[str]) -> str:
    """The clause a cut of `_PART_SPLIT` opens: up to the next comma, semicolon or end."""
    rest = text[cut.end() :]
    end = re.search(r"[,;]", rest)
    return rest[: end.start()] if end else rest


# Qualifiers: words a claim cannot add without saying more than its source ("the first",
# "deepen", "by video link"). Each concept is named by its English notion; its `wording` is how
# an English text says it, and its `meaning` the English words whose pivots a word of any
# other language must gloss to say it (JMdict: 初めて "first", 深化 "deepening").
QUALIFIER_WORDING: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.IGNORECASE)
    for name, pattern in (
        # "the first", "for the first time", "first-ever": first of its kind. So is a
        # traveller's first journey ("his first visit to Japan", "her first trip to Africa",
        # "the minister's first visit": a name's possessive as a pronoun's):
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
            r"|(?:his|her|their|its|\w+['’]s)\s+first\s+(?:official\s+|overseas\s+|foreign\s+)?"
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
        # A talk held by telephone: the event's mode, as "by video" is. Not a telephone as a
        # topic ("the cost of phone calls", "fraudulent phone calls", "phone lines").
        (
            "by phone",
            r"\b(?:by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone"
            r"|(?:tele)?phone\s+(?:talks?|conversations?)"
            r"|(?:in|held|had|during)\s+(?:a|an|their|the)\s+(?:[\w-]+\s+)?(?:tele)?phone\s+call"
            r"|(?:tele)?phone\s+call\s+with)\b",
        ),
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
    "by phone": ("telephone", "phone"),
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


def _opens_unlisted(opening: re.Match[str]) -> bool:
    """Whether a speaker opening whose verb the pattern does not list ("…, and Rajji in turn
    briefed him") opens a clause of that speaker's own: set off by a comma or a semicolon,
    or named with an office after a word that is no name ("… valley and Minister Motegi
    promised …"; in "Motegi said Japan and Norland signed …" and "… stated that Prime
    Minister Takaichi and President Tarvo hoped …" the "and" joins one subject), with a verb
    in the past that tells or feels (`_tells_in_past`)."""
    who = opening.group("who") or opening.group("who2") or ""
    if opening.group(0).lstrip(" ")[:1] not in (",", ";") and not (
        _TITLED.match(who) and not _ends_in_name(opening.string[: opening.start()])
    ):
        return False
    return _tells_in_past(opening.group("verb") or opening.group("verb2") or "")


def _ends_in_name(text: str) -> bool:
    """Whether a text ends in a capitalised word: "… stated that Prime Minister Takaichi"
    before "and President Tarvo hoped" makes the two one subject, where "… across the Itova
    valley" before "and Minister Motegi promised" ends a clause of its own."""
    words = text.split()
    return bool(words) and words[-1][:1].isupper()


_TITLED = re.compile(
    r"(?:the\s+)?(?:Prime\s+Minister|Vice\s+President|President|Foreign\s+Minister|Secretary"
    r"|Minister|Chancellor|Premier|Ambassador)\s+[A-ZÀ-ÖØ-ÞĀ-Ž]"
)
"""A speaker phrase that opens with an office and a name ("Minister Motegi"): after "and"
without a comma it still opens a clause of its own, which a bare name ("Japan and Osterra
signed") does not."""


def _tells_in_past(verb: str) -> bool:
    """Whether a word is a verb in the past whose commonest WordNet sense tells or feels
    (`WordNet.tells_or_feels`: briefed, assured, promised; not decided, painted)."""
    from factcheck.languages.wordnet import wordnet

    lemma = lemma_of(verb.lower())
    return lemma != verb.lower() and wordnet().tells_or_feels(lemma)


_UNLISTED_SPEECH = re.compile(
    rf"^(?P<who>{_EN_SPEAKER})\s+(?:also\s+|in\s+turn\s+|then\s+)?(?P<verb>[a-z]+ed)\b"
)


def _unlisted_speech(text: str, officer: bool) -> re.Match[str] | None:
    """A text that opens with its speaker and a verb of speech `SPEECH` does not list
    ("Japan promised emergency aid", "Rajji in turn briefed him"): the part a second
    speaker's opening cut off (`_opens_unlisted`); with `officer`, only a speaker named with
    an office ("Minister Ruvalo warned …"), as a readout names one."""
    match = _UNLISTED_SPEECH.match(text)
    if match is None or not _tells_in_past(match.group("verb")):
        return None
    return match if not officer or _TITLED.match(match.group("who")) else None


_CLOSING_TAIL = (
    r"(?:\s+(?:reporters|journalists|the\s+press|the\s+media))?"
    r"(?:\s+(?:afterwards|afterward|later|then|separately)"
    r"|\s+(?:at|in|on|during|after|before|while|in\s+a)\s+[^,;:.!?\"“”]{1,60})?"
)
"""What may follow a closing verb of speech before the full stop: whom it was told to
("told reporters") and when or where ("afterwards", "at a joint news conference")."""

_CLOSING_SPEECH = re.compile(
    rf",\s*(?P<who>(?:[A-Z][\w'’\-]+\s+)?{_EN_SPEAKER})\s+(?:also\s+)?"
    rf"(?P<verb>[a-z]+(?:\s+out)?){_CLOSING_TAIL}\s*[.!]?\s*$"
)
"""A speaker after the sentence's last comma, before its verb and the full stop; its office may
follow a word of its country ("…, Caldonian Foreign Minister Tomas Borrel said."), and the
verb whom or where it was said ("…, Borrel told reporters afterwards.")."""


_CLOSING_INVERTED = re.compile(rf",\s*(?P<verb>{_EN_VERBS})\s+(?P<who>{_EN_SPEAKER})\s*[.!]?\s*$")
""""…, said Minister Borrel.": the inverted order, with a verb `_EN_VERBS` lists."""


def _closing_speech(text: str) -> re.Match[str] | None:
    """A sentence that ends with its speaker and a verb of speech after a comma ("…, Minister
    Borrel explained.", "…, said Minister Borrel."): a verb `_EN_VERBS` lists, or another
    past one that tells or feels (`_tells_in_past`)."""
    match = _CLOSING_SPEECH.search(text)
    if match is None:
        return _CLOSING_INVERTED.search(text)
    verb = match.group("verb")
    listed = re.fullmatch(_EN_VERBS, verb) is not None
    return match if listed or _tells_in_past(verb) else None


CLAUSE_PATTERNS = ClausePatterns(
    speaker_opening=re.compile(
        rf"(?:,\s*|;\s*|\s+)(?:and|while|whereas|but|with|to\s+which)\s+"
        rf"(?:(?:then|in\s+(?:response|turn|reply))\s*,?\s+)?"
        rf"(?P<who>{_EN_SPEAKER})(?:\s*,\s*for\s+(?:his|her|their|its)\s+part\s*,)?"
        # A participle phrase set off by commas between the speaker and the verb ("and
        # Prime Minister Brown, noting that sea levels are rising, welcomed …").
        rf"(?:\s*,\s*(?-i:[a-z]+ing)\b[^;:.]{{1,240}}?,)?"
        rf"\s+(?:also\s+|in\s+turn\s+|then\s+)?(?:{_EN_VERBS}|(?P<verb>[a-z]+ed))\b"
        rf"|;\s*(?P<who2>{_EN_SPEAKER})\s+(?:also\s+|in\s+turn\s+|then\s+)?"
        rf"(?:{_EN_VERBS}|(?P<verb2>[a-z]+ed))\b"
    ),
    unlisted_opening=_opens_unlisted,
    unlisted_speech=_unlisted_speech,
    closing_speech=_closing_speech,
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
    gathering=lazy_compile(
        r"\b(?:met|meets|meeting|talks|summit|held|hosted|received|call(?:ed)?|phone"
        r"|telephone|conference|dinner|luncheon|banquet|reception|spoke\s+with)\b",
        re.IGNORECASE,
    ),
    date_joint=lazy_compile(r"\s+and\s+(?=[a-z])"),  # "… on May 2 and held talks"
    reaction=re.compile(
        r"\b(?:welcom(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|thank(?:s|ed|ing|ful)?|grat(?:itude|eful)"
        r"|appreciat(?:e|es|ed|ing|ion)|commend(?:s|ed|ing|ation)?"
        r"|congratulat(?:e|es|ed|ing|ions?)|hail(?:s|ed|ing)?|applaud(?:s|ed|ing)?"
        r"|laud(?:s|ed|ing)?)\b",
        re.IGNORECASE,
    ),
    endorsement=lazy_compile(
        r"\b(?:express(?:ed|es)?|voic(?:ed|es)|offer(?:ed|s)?)\s+(?:\w+\s+){0,2}?(?:support|backing)\b"
        r"|\bconcur(?:s|red)?\b|\bagreed\s+with\b"
        r"|\b(?:supported|backed|endorsed)\s+(?:the|this|that|these|such|[A-Z][\w.-]*['’]s)\b",
        re.IGNORECASE,
    ),
    elaborating=lazy_compile(
        r"(?:especially|particularly|notably|including|in\s+particular|such\s+as)\b"
    ),
    # The opening subject: names and titles (capitalised words and the particles of names),
    # then the endorsement as its predicate.
    claimed_endorsement=lazy_compile(
        r"^(?:(?:[A-Z][\w.'’-]*|bin|al|de|da|del|van|von|der|le|la|du|dos)\s+){1,8}"
        r"(?:also\s+)?(?:backed|supported|endorsed|concurred|agreed\s+with"
        r"|(?:expressed|voiced|offered|threw)\s+(?:\w+\s+){0,2}?(?:support|backing))\b"
    ),
    request=re.compile(
        r"\b(?:ask(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?(?:for|to)|request(?:s|ed|ing)?"
        r"|call(?:s|ed|ing)?\s+(?:on\s+\w+\s+)?(?:for|to)"
        r"|sought|seek(?:s|ing)?|appeal(?:s|ed|ing)?|urg(?:e|es|ed|ing))\b",
        re.IGNORECASE,
    ),
    passing_on=re.compile(
        r"\b(?:convey(?:s|ed|ing)?|relay(?:s|ed|ing)?|deliver(?:s|ed|ing)?"
        r"|hand(?:s|ed|ing)?\s+over|pass(?:es|ed|ing)?\s+(?:on|along)|transmit(?:s|ted|ting)?)\b",
        re.IGNORECASE,
    ),
    meeting=lazy_compile(
        r"\bheld\s+(?:an?\s+|the\s+|their\s+)?(?:[\w'’-]+\s+){0,5}?(?:meeting|talks|call"
        r"|conversation|summit)\b"
        # "met with Y", "X and Y met on May 2", "met President Y": not "met the target",
        # "met expectations" nor "met Japan's needs".
        r"|\bmet\s+(?:with|on|in|at|for|him|her|them|(?-i:[A-Z])(?![\w-]*['’]s\b))"
        r"|\bspoke\s+(?:by|on\s+the)\s+(?:tele)?phone\b|\b(?:spoke|talked)\s+with\b"
        r"|\bpa(?:id|ys?|ying)\s+(?:an?\s+)?courtesy\s+calls?\b",
        re.IGNORECASE,
    ),
    home=lazy_compile(
        r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’\-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’\-]*){0,4})"
        r"(?:,\s+(?:(?:[A-Z][\w'’\-]*|of|for|and|the)\s+){1,10}|\s+of\s+(?:the\s+)?)$"
    ),
    # Not "that" (mostly a conjunction: "stated that …") nor "it" as a subject ("it would").
    anaphor=lazy_compile(
        r"\b(?:this|these|them|it|its)\b(?!\s+(?:is|was|would|will|has|had)\b)", re.IGNORECASE
    ),
    addressee=re.compile(
        r"\s+(?:also\s+|then\s+)?(?:told|assured|informed|thanked|welcomed|congratulated|urged"
        r"|asked|invited|reminded)\s+(?P<whom>(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.\-]*\s+){0,3}?"
        r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.\-]*)(?=\s+(?:that|for|on|about|in|to)\b|\s*,)"
    ),
)
"""How a sentence hands over to a second speaker ("…, and President Trump added …")."""

_PLACE_NAME = r"(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
"""A place's name: up to four capitalised words ("São Tomé", "Buenos Aires")."""

VISIT_PATTERNS = VisitPatterns(
    source_visitor=(
        # "… with H.E. Mr. X, Minister of … of the Republic of Y, who is visiting Japan": the
        # counterpart after the last "with" before the visit ("received a courtesy call from
        # H.E. Ms. X, …, who is visiting Japan": after "from").
        lazy_compile(
            r"\b(?:with|from)\s+(?P<who>(?:(?!\b(?:with|from)\s)[^;]){2,160}?),\s+who\s+"
            r"(?:is|was)\s+"
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
        # "Visiting Mexico City on March 10, Motegi held talks …": the subject the opening
        # participle is said of.
        re.compile(r"^Visiting\s+[A-Z][^,]{0,60},\s+(?P<who>(?:[A-Z][\w'’.-]*\s*){1,5})"),
        # "Haas paid a 25-minute courtesy call on Takaichi", "Motegi called on Mensah": the
        # one who calls on the other is the one visiting.
        re.compile(
            r"^(?P<who>(?:[A-Z][\w'’.-]*\s+){1,5}?)(?:paid\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
            r"(?:call|visit)|called)\s+on\s+(?:[A-Z]|the\s+[A-Z])"
        ),
        # "Motegi hosted Venner for talks", "Takaichi welcomed Ruvalo to Tokyo": the guest is
        # the one visiting.
        re.compile(
            r"^(?:[A-Z][\w'’.-]*\s+){1,5}?(?:hosted|welcomed)\s+(?:(?:his|her|their)\s+)?"
            r"(?P<who>(?:[A-Z][\w'’.-]*\s*){1,5}?)(?=\s+(?:to|for|in|at|on)\b|[,.]|$)"
        ),
        # "Takaichi held talks with Ruvalo, who was visiting Japan": as a readout writes it.
        lazy_compile(
            r"\bwith\s+(?P<who>(?:(?!\bwith\s)[^,;]){2,80}?),\s+who\s+(?:is|was)\s+"
            r"(?:visiting|(?:currently\s+)?on\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
            r"visit\s+to)\b"
        ),
    ),
    place_visited=lazy_compile(
        r"\bvisit(?:ing|ed|s)?\s+(?:to\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    ),
    claim_venue=(
        # "Visiting Mexico City on March 10, Motegi held …": the participle that opens the
        # claim sets its meeting.
        lazy_compile(r"^Visiting\s+" + _PLACE_NAME),
        # "Motegi, on a visit to Accra, …", "who was visiting Japan" ("visiting Latvian Prime
        # Minister X" is no place: "visiting" only after "who is").
        lazy_compile(
            r"\b(?:who\s+(?:is|was)\s+visiting|(?:visit|trip|journey)\s+to)\s+" + _PLACE_NAME
        ),
        # "Mensah received Takaichi in Accra", "met with Adjei in Accra", "held talks with him
        # at Accra": the meeting's own place, after its verb and whom it names (a pronoun or up
        # to three capitalised words), not "welcomed Japanese investment in Ghana" (a topic's
        # place) nor "last met in Brussels" (no one named between).
        lazy_compile(
            r"\b(?:received|hosted|welcomed|met(?:\s+with)?|held\s+(?:talks|a\s+meeting"
            r"|a\s+summit(?:\s+meeting)?)\s+with)\s+(?:him|her|them|[A-Z][\w'’.-]*"
            r"(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:in|at)\s+" + _PLACE_NAME
        ),
    ),
    claim_trip=(
        # "Motegi travelled to Hanoi and met Son", "flew to Lima", "visited Quito": a journey
        # that sets the meeting only in the meeting verb's own clause. An institution may
        # stand before the place ("travelled to AU headquarters in Addis Ababa", "visited the
        # WHO's offices in Geneva"): the place after "in" is where the journey went.
        lazy_compile(
            r"\b(?:travell?ed|flew|went|came|journeyed|headed|arrived|visit(?:ed|s)?)\s+"
            r"(?:(?:to\s+)?(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+in\s+|to\s+|in\s+)?"
            + _PLACE_NAME
        ),
    ),
    meeting=lazy_compile(
        r"\b(?:met|meets|meeting|held|holds|talks|received|hosted|welcomed|summit|spoke|speak"
        r"|call(?:ed|s)?|phone|telephone)\b"
    ),
    place_clause=lazy_compile(r"[^,.;]{0,40}?,\s*where\b"),
    request_word=lazy_compile(r"\brequest(?:s|ed)?\b", re.IGNORECASE),
    unheld=lazy_compile(
        # In the venue's clause: an invitation, a hope, a plan or a visit to come; a past
        # visit; someone's own visit ("her visit to", "Takaichi's early visit to").
        r"\b(?:invit\w*|hop(?:e|es|ed|ing)|wish\w*|early|plan(?:s|ned|ning)?|upcoming|next"
        r"|future|will|would|shall|intend\w*|expect\w*|last|previous(?:ly)?|earlier"
        r"|former(?:ly)?|ago|had|once|since|before|after|then|later|ahead|following|prior"
        r"|afterwards?|subsequently|via|from|en\s+route|(?:his|her|their|its)\s+(?:[\w-]+\s+)?"
        r"(?:visit|trip|journey)|to\s+(?:make|pay|visit|travel|fly|go|come))\b"
        r"|['’]s\s+(?:[\w-]+\s+)?(?:visit|trip|journey)\b"
    ),
    requester=(
        # "at Chile's request", "At Chile's request, …", "at the request of Chile", "at the
        # request of the Japanese side" (a people's word names its side)
        lazy_compile(
            r"\b[Aa]t\s+(?:the\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
            # "at the Japanese government's request", "at the Japanese side's request"
            r"(?:\s+(?:government|side))?['’]s\s+(?:own\s+)?request\b"
        ),
        lazy_compile(
            r"\b[Aa]t\s+the\s+request\s+of\s+(?:the\s+)?"
            r"(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
        ),
        # "a call requested by the Japanese side", "talks requested by Chile"
        lazy_compile(
            r"\b(?:requested|proposed)\s+by\s+(?:the\s+)?"
            r"(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
        ),
    ),
    source_venue=(
        # "…, who is visiting Japan", "who is on an official visit to Japan"
        lazy_compile(
            r"\bwho\s+(?:is|was)\s+(?:visiting|(?:currently\s+)?on\s+(?:an?|his|her|their)\s+"
            r"(?:[\w-]+\s+){0,3}?visit\s+to)\s+" + _PLACE_NAME
        ),
        # "… held a Japan-Poland Foreign Ministers' Meeting with H.E. Mr. X, Minister of …,
        # in Warsaw.": the place that closes the clause of the meeting.
        lazy_compile(
            r"\bheld\s+(?:an?\s+|the\s+)?[^;]{0,120}?\b(?:[Mm]eeting|[Tt]alks?|[Ss]ummit"
            r"|[Dd]ialogue|[Cc]onsultations?)\b[^;]{0,240}?,\s+in\s+"
            + _PLACE_NAME
            + r"(?=\s*[.;]|$)"
        ),
    ),
)
"""How an English text says who is visiting: "X, who is visiting Japan" in a readout; "X, on a
visit to P", "During her visit to P, X", "X … during a visit to P", "X visited P" in an
article's claim."""


def _past_marks() -> str:
    """A mark of the past: a regular past (-ed), a past of the commonest verbs (`_PASTS`, which
    hold without WordNet), any other irregular past or past participle WordNet's exceptions
    list (`WordNet.irregular_pasts`: "spent", "sought", "withdrew"), or a word that places
    the time before ("last", "ago", "earlier"). Built when a relative date is first
    resolved."""
    from factcheck.languages.wordnet import wordnet

    try:
        irregular = wordnet().irregular_pasts()
    except (LookupError, OSError):
        irregular = frozenset()
    words = sorted(irregular | _PASTS, key=len, reverse=True)
    return rf"\b(?:\w+ed|{'|'.join(re.escape(word) for word in words)})\b"


_PASTS = frozenset(
    "met held spoke said told made took gave went came saw sent won was were had did began led "
    "left paid flew last ago earlier".split()
)
"""The pasts of the commonest verbs of a report, and the words that place a time before."""


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
    past=lazy_build(_past_marks, re.IGNORECASE),
    future=lazy_compile(
        r"\b(?:will|shall|is\s+to|are\s+to|is\s+due|are\s+due|plans?\s+to|planning|scheduled"
        r"|expected\s+to|set\s+to|upcoming|next|later\s+this|going\s+to)\b",
        re.IGNORECASE,
    ),
    triggers=("day", "week", "month", "tomorrow"),
    sequence=lazy_compile(
        r"\b(?P<word>the\s+(?:following|next|previous|preceding)\s+day|a\s+day\s+(?:later|earlier))"
        # Not "the day before the summit", "the day of", "a day later than planned": those
        # count from no date; nor "the day to the talks". "The following day to learn"
        # (the purpose of what was done that day) counts.
        r"\b(?!\s+(?:of|after|before|than|or)\b|\s+to\s+(?:the|a|an|its|their|his|her|[0-9])\b)",
        re.IGNORECASE,
    ),
    sequence_offsets={
        "the following day": 1,
        "the next day": 1,
        "a day later": 1,
        "the previous day": -1,
        "the preceding day": -1,
        "a day earlier": -1,
    },
    # "over the last year", "in the next year": a span of twelve months, no calendar year.
    years=lazy_compile(r"(?<!\bthe\s)\b(?P<word>(?:this|last|next)\s+year)\b", re.IGNORECASE),
    year_offsets={"this year": 0, "last year": -1, "next year": 1},
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
    # "the 55th anniversary", and the years an anniversary marks: "75 years since the two
    # countries restored ties" ("20 years of negotiations" is a length, no anniversary).
    anniversary=lazy_compile(r"(?i)[\w,]+[\s-]+anniversary\b|[\d,]+\s+years\s+since\b"),
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
    # "one of", "among"; not "one of a kind" (unique).
    membership=lazy_compile(
        r"(?i)\b(?:one|some|two|three|several)\s+of\b(?!\s+a\s+kind\b)|\bamong(?:st)?\b"
    ),
    other_occasion=lazy_compile(r"(?i)\b(?:next|upcoming|previous)\b"),
)


class English(EnglishSpeaking, EnglishNaming, EnglishPredicating, EnglishNegating):
    """The English language module (who speaks on a page and the names a sentence writes:
    `en_speakers`; verbs and what they act on, and what negates them: `en_predicates`)."""

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
        for surface, start, end in _words(text):
            lemma, word_class = _read_word(surface, start == 0)
            out.append(Token(surface, start, end, lemma, lemma, "", word_class, Script.LATIN))
        return tuple(out)

    def plain_words(self, text: str) -> tuple[bool, list[str]]:
        # A word is read alone (`_read_word`): its surface, and whether it opens the text.
        # A name in capitals with its label ("TICAD 9") is one word, as `tokens` reads it:
        # a text where a digit follows such a name a space apart is read as `tokens` does
        # (`_words`), without the lemmas.
        if _MAY_LABEL.search(text) is not None:
            return _WORD.match(text) is not None, [word[0] for word in _words(text)]
        return _WORD.match(text) is not None, _WORD.findall(text)

    def plain_words_each(self, texts: Sequence[str]) -> tuple[list[bool], list[str], list[int]]:
        # One scan of the texts joined by NULs, which no word holds: a word ends at a NUL as
        # at the end of a text (`_WORD` has no anchor and looks ahead only for a hyphen).
        opens = list(map(bool, map(_WORD.match, texts)))
        if not texts:
            return opens, [], []
        joined = "\0".join(texts)
        if joined.count("\0") != max(len(texts) - 1, 0):
            # A text holds a NUL of its own: text by text.
            surfaces: list[str] = []
            ends: list[int] = []
            for text in texts:
                surfaces += self.plain_words(text)[1]
                ends.append(len(surfaces))
            return opens, surfaces, ends
        found = _WORD_OR_BREAK.findall(joined)
        # The k-th NUL of `found` ends text k; without the NULs, that is k places earlier.
        # Found by `list.index`, a text at a time (a scan in C), not by a call per word.
        breaks = [-1]
        at = -1
        for _ in range(len(texts) - 1):
            at = found.index("\0", at + 1)
            breaks.append(at)
        breaks.append(len(found))
        ends = list(map(operator.sub, breaks[1:], itertools.count()))
        # The words between the breaks, without the NULs.
        between = map(slice, map((1).__add__, breaks[:-1]), breaks[1:])
        surfaces = list(itertools.chain.from_iterable(map(found.__getitem__, between)))
        labels = [m.start() for m in _MAY_LABEL.finditer(joined)]  # none spans a NUL
        if labels:
            # The texts where a name may end with its label (`plain_words`) are read again
            # as `tokens` reads them, in place: a name with its label is as many words as
            # the name alone, its label being digits, which no word opens.
            starts = list(itertools.accumulate((len(text) + 1 for text in texts), initial=0))
            for at in sorted({bisect.bisect_right(starts, label) - 1 for label in labels}):
                begin = ends[at - 1] if at else 0
                surfaces[begin : ends[at]] = [word[0] for word in _words(texts[at])]
        return opens, surfaces, ends

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
        lemma, word_class = _read_word(surface, opens)
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
        cuts = [
            (m.start(), m.end())
            for m in _PART_SPLIT.finditer(text)
            # A second predicate that points back at the first one's object ("… agreed to
            # open talks and will aim to conclude them") says nothing on its own.
            if not (_COORDINATION.match(m.group(0)) and _ANAPHOR.search(_clause_after(text, m)))
        ]
        cuts += _bare_verb_cuts(text, cuts)
        first = CLAUSE_PATTERNS.first_predicate.search(text)
        for m in CLAUSE_PATTERNS.speaker_opening.finditer(text):
            if not CLAUSE_PATTERNS.opens_speech(m):
                continue
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
        # A clause that opens the claim sets its speaker's turn before the main clause
        # ("After Takaichi asked for support, Hill …", "Asked by Motegi about it, Hill …"):
        # it is no part of its own, so what it says stays with the part it prompts. A time
        # clause names whose turn came first whatever its verb ("After Motegi set it out,
        # Hill backed it"); a participle with its agent only where its verb reports words.
        opening = _OPENING_PROMPT.match(text)
        if opening is not None and start <= opening.start() < end:
            if opening.group("who"):
                return opening.group("who")
            if _reports_words(opening.group("by"), opening.group("asked").lower()):
                return opening.group("by")
        # The time clause follows what it prompted: inside the part, or where it ends. By the
        # claim's own account, what it reports is its speaker's, whatever the verb: "after
        # Motegi set it out", "after Takaichi sought his understanding".
        for m in _SUBORDINATE_SPEAKER.finditer(text, start):
            if m.start() > end:
                break
            if m.group("when").lower() not in _SPOKEN_FIRST:
                continue
            # A clause that says more than that someone spoke ("after Ruvalo announced a
            # loan deal") is a part of its own (`claim_parts`), no prompt of this one.
            if not (_speaks(m) and _says_more(text[m.end() : _clause_end(text, m.end())])):
                return m.group("who")
        # What a speaker's words are named as, with the speaker's name before it ("backed
        # Motegi's call for closer ties", "welcomed Takaichi's proposal"): the claim gives
        # those words to that speaker, and its own speaker answered them.
        for m in _POSSESSED_WORDS.finditer(text, start, end):
            if _told(m.group("noun")):
                return m.group("who")
        return None

    def glosses(self, token: Token) -> tuple[Gloss, ...]:
        return _glosses(token.lemma)

    def joined_parts(self, surface: str) -> tuple[Token, ...]:
        return tuple(self.plain_token(part, False) for part in joined_parts(surface))

    def bridges(self, lemma: str, surface: str) -> tuple[Gloss, ...]:
        written = surface.lower()
        if written == lemma or not written.isalpha():
            return _merged(bridges_of(lemma), kin_of(lemma), function_word_kin(lemma))
        out = _merged(
            bridges_of(lemma),
            bridges_of(written),
            # A form written otherwise than its lemma may be a dictionary word of its own
            # ("farming", not only a form of "farm"): its JMdict synonyms ("agriculture",
            # which 農耕 and 農 gloss beside it) are the claim word's near-synonyms.
            synonyms_of(written),
            kin_of(lemma),
            kin_of(written),
            function_word_kin(lemma),
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
            # Two words that a JMdict sense's glosses hold ("electricity grid" in 送電網's
            # "electricity supply network; … power grid") meet its other phrases.
            phrases = sense_phrases(head, tail)
            if phrases:
                out += [(head, phrases), (tail, phrases)]
        return (
            tuple(out)
            + _acronym_bridges(words)
            + initials_bridges(text, words)
            + phrase_initials(text, words)
        )

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


_SUBORDINATE_SPEAKER = re.compile(
    rf",?\s+(?P<when>after|once|when|before)\s+(?P<who>{_EN_SPEAKER})\s+(?P<verb>[a-z]+)\b"
)
"""A time clause with a speaker of its own ("… after Motegi announced a grant"): group
`who`, and the word after it (`verb`, a verb of speech where the clause is a part). Not
"as": "…, as Motegi announced afterwards" says who speaks the main clause, no words of its
own."""
_OPENING_PROMPT = re.compile(
    rf"(?:(?:After|Once|When)\s+(?P<who>{_EN_SPEAKER})\s+(?P<verb>[a-z]+)\b"
    rf"|(?P<asked>[A-Z][a-z]+ed)\s+by\s+(?P<by>{_EN_SPEAKER})\b)[^,.;:]*,"
)
"""A clause that opens a claim and sets a speaker's turn first: a time clause ("After
Motegi briefed her on it, …", "After Motegi set it out, …") or a participle with its agent
("Asked by Takaichi for support, …"), up to the comma that ends it. A participle's verb must
report speech or telling ("Accompanied by Motegi, …" sets no turn)."""
_POSSESSED_WORDS = re.compile(rf"\b(?P<who>{_EN_SPEAKER})['’]s\s+(?P<noun>[a-z]+)\b")
"""A speaker's name in the possessive before a noun ("Motegi's call", "Takaichi's proposal"):
words of that speaker's where the noun names what is said (`_told`)."""
_SPOKEN_FIRST = frozenset({"after", "once", "when"})
"""The words that open a time clause set before (or at) what the main clause reports: its
speaker's words came first, and the main clause answers them."""


def _speaks(clause: re.Match[str]) -> bool:
    """Whether a time clause (`_SUBORDINATE_SPEAKER`) reports its speaker's words."""
    return _reports_words(clause.group("who"), clause.group("verb"))


def _reports_words(who: str, verb: str) -> bool:
    """Whether a verb (lower case) said of `who` reports their words: a reporting verb
    (`SPEECH`) or another verb of telling (`_tells`)."""
    return SPEECH.match(f"{who} {verb}") is not None or _tells(verb)


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


def _told(noun: str) -> bool:
    """Whether a noun's commonest sense is what is said (`WordNet.tells`: "call",
    "proposal", "request", "explanation"; not "visit", "support", "efforts")."""
    from factcheck.languages.wordnet import wordnet

    return wordnet().tells(lemma_of(noun), "noun")


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


def _past_is_base(verb: str) -> bool:
    """Whether a verb's past tense is written as its base form (set, put, cut, cost, hit):
    WordNet's tagged corpus meets the word mostly as a verb, WordNet's exceptions give it
    no past of another form (led, dealt), and wordfreq's general list has no regular past
    of it ("visited", "planned": a "visit" after a name is a noun)."""
    from factcheck.languages.en_words import zipf_of
    from factcheck.languages.wordnet import wordnet

    net = wordnet()
    if net.commonest_part_of_speech(verb) != "verb" or verb in net.irregular_verbs():
        return False
    regular = [f"{verb}ed", f"{verb}{verb[-1]}ed"]
    if verb.endswith("e"):
        regular.append(f"{verb}d")
    return not any(zipf_of(form) > 0 for form in regular)


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
    named = True  # every word of the subject so far is written as a name
    for word in _CLAUSE_WORD.finditer(clause):
        written = word.group(0)
        lowered = written.lower().replace("’", "'")
        if lowered in _SUBJECT_GRAMMAR:
            # An adverb between the name and its verb ("Motegi also set out") keeps it one.
            named = named and lowered in ("also", "then")
            continue
        lemma = lemma_of(lowered)
        if subject and written.islower() and lemma.isalpha() and lemma != lowered:
            if lowered not in (f"{lemma}s", f"{lemma}es") and not lowered.endswith("ing"):
                if wordnet().senses(lemma, "verb"):
                    return True
        if subject and named and written.islower() and lemma == lowered:
            # After a name, a verb whose past is its own form is that past ("Motegi set out
            # …", "Lee put …"): the present would end in -s.
            if _past_is_base(lemma):
                return True
        if lowered in STOP_WORDS or (written.islower() and lowered.endswith("ing")):
            return False  # a phrase, not a subject: "At the meeting held …", "including"
        subject = True
        named = named and written[:1].isupper()
    return False
