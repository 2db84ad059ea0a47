"""English: which words act as verbs and which name what a verb acts on
(`interface.Predicating`), for comparing a claim's act with its passage's
(factcheck.checks.key_actions); and which words negate a predicate (`interface.Negating`),
for comparing their polarity (factcheck.checks.check_polarity).

English marks few verbs by form, so use decides: WordNet's tagged corpus says how often a
word is met as a verb and as a noun. The `English` module (`factcheck.languages.en`) takes
these from here; the Japanese one reads an English word it writes (ASEAN, G7) by them too.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from factcheck.languages.en_words import DETERMINERS, PREPOSITIONS, SPEECH_VERBS
from factcheck.languages.interface import Token, WordClass
from factcheck.languages.wordnet import wordnet

__all__ = [
    "EnglishNegating",
    "EnglishPredicating",
    "english_names_thing",
    "english_verb_at",
    "english_verbs_meant",
]

_NEGATIONS = frozenset({"not", "never", "cannot", "nor"})
"""The words that deny the predicate after them (grammar: "would not help", "has never
signed"); a contraction in n't ("wouldn't") denies too, and the pairs of _DENYING_PAIRS."""
_DENYING_PAIRS = frozenset({("no", "longer"), ("rather", "than"), ("instead", "of")})
"""Two words that deny what follows them ("no longer funds", "rather than a choice",
"instead of a loan")."""
_DENYING_WORDS = frozenset({"no", "none", "nothing", "nobody", "neither", "without"})
"""Words that deny what they stand with, not a predicate after them ("without conditions",
"no intention")."""
_NOT_DENYING = frozenset({"only", "just", "merely", "simply", "least"})
"""Words after a negation that make it no denial of the predicate ("not only … but also",
"not just", "not least")."""
_DOUBTS = frozenset(
    {
        *("no", "none", "nothing", "nobody", "neither", "nor", "without", "unable", "lack"),
        *("unless", "until", "till", "only", "if", "before", "except", "yet", "whether"),
        *("hardly", "scarcely", "barely", "seldom", "rarely"),
        *("once", "when", "whenever", "after", "soon", "provided", "providing", "again"),
        *("still", "eventually", "currently", "now", "present", "stage"),
        *("more", "less", "enough", "too", "ever", "than"),
    }
)
"""Words that make a sentence's polarity less than plain (`Negating.doubts`): negative
determiners and pronouns, "without", "unable", the limits, conditions and times a denial may
be read against ("once", "when", "for now", "at this stage"), the negative adverbs of degree
("hardly"), and the words of comparison and degree that turn a denial into praise ("could
not be more grateful", "cannot thank … enough"). English grammar's closed classes, not any
text's vocabulary."""
_NEGATION_REACH = 4
"""How many words before a predicate a negation may stand ("would not have been able to
help": not, have, been, able … is too far; "will not fully support" is near)."""
_AUXILIARIES = frozenset(
    {
        *("would", "will", "shall", "should", "could", "can", "may", "might", "must"),
        *("do", "does", "did", "has", "have", "had", "is", "are", "was", "were", "be", "been"),
        *("'d", "'ll"),
    }
)
"""The auxiliaries and modals between a clause's subject and its predicate."""
_STATING = frozenset(SPEECH_VERBS) - {
    *("asked", "requested", "urged", "proposed", "invited", "called", "insisted", "offered"),
    *("welcomed", "thanked", "praised", "congratulated", "described", "spoke", "raised"),
    "shared",
}
"""The verbs of speech that state a clause as fact ("said that Norland would not join"),
not those that ask for it ("urged that Norland join": the act is wanted, not done) or react
to it."""
_VERBAL_PREPOSITIONS = frozenset(
    {
        *("regarding", "concerning", "following", "including", "considering", "excluding"),
        *("according", "pending", "barring", "respecting", "notwithstanding", "given"),
    }
)
"""English prepositions made of participles ("congratulated Lind regarding the launch"):
grammar's closed class, no act of the name before them."""
_SAID_FILES = ("noun.communication", "noun.cognition", "noun.feeling")
"""WordNet's lexicographer files of what is said, thought and felt: a possessive before such
a noun names who said, planned or felt it ("Lind's invitation", "Lind's plan", "Lind's
gratitude"); not what they did or own ("Lind's visit", "Lind's government")."""
_TELLING = _AUXILIARIES - {"should", "could", "can", "may", "might", "must"}
"""The auxiliaries after which a reported act is told as done or to be done ("had insisted",
"would attend"); not the modals of what is wanted or possible ("should attend")."""
_FUTURE = frozenset({"will", "would", "shall", "'ll", "'d"})
"""Auxiliaries that place an act ahead ("will join", "would not join")."""
_FUTURE_CONTRACTED = ("won't", "wouldn't", "shan't")
_PAST = frozenset({"did", "has", "have", "had", "was", "were", "been"})
"""Auxiliaries that place an act behind, or done by now ("did not join", "has signed")."""
_PAST_CONTRACTED = ("didn't", "hasn't", "haven't", "hadn't", "wasn't", "weren't")
_COORDINATORS = frozenset({"and", "but", "or"})
"""Conjunctions that join a second predicate of the same subject."""
_MODALS = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must"})
"""The modal auxiliaries, after which a verb stands in its bare form ("would end")."""
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
"""Pronouns that may be a reported clause's subject."""
_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those"}
)
"""Determiners that open a noun phrase: inside a subject ("the Norland government", "its
economy"), or between a verb and its object ("halt the sanctions", `_plural_object`; "launch
a joint study", `opens_phrase`)."""
_PREPOSITIONS = frozenset(
    {
        *("about", "across", "against", "among", "around", "at", "between", "by", "during"),
        *("for", "from", "in", "into", "of", "on", "onto", "over", "through", "to", "toward"),
        *("towards", "under", "upon", "via", "with", "within", "without"),
    }
)
"""Prepositions, which bring a phrase of their own after a verb ("cooperate on the repair"):
English grammar's closed class, less the adverbial particles of phrasal verbs (`_PARTICLES`)."""
_PARTICLES = frozenset({"up", "down", "off", "out", "back", "away"})
"""The adverbial particles of phrasal verbs, which stand between a verb and its object ("wind
down the talks", "scale back trade"); unlike prepositions, none of them brings a noun phrase
of its own there."""
_SUBJECT_WORDS = 4
"""The most words of a subject read back from its predicate ("Prime Minister Lind's
government")."""
_LONGEST_PREFIX = 5
"""The longest prefix read for a negating one ("counter", "anti", "non", "un")."""
_CLAUSE_BREAK = frozenset(",;:.!?()")
"""Marks that end the clause a negation governs."""


class EnglishPredicating:
    """English verbs and their objects (`interface.Predicating`)."""

    def verb_at(self, tokens: Sequence[Token], number: int) -> bool:
        return english_verb_at(tokens, number)

    def names_thing(self, tokens: Sequence[Token], number: int) -> bool:
        return (
            _plural_object(tokens, number)
            or (_in_opened_phrase(tokens, number) and _heads_phrase(tokens, number))
            or english_names_thing(tokens[number])
        )

    def verbs_meant(self, token: Token) -> frozenset[str]:
        return english_verbs_meant(token)

    def object_follows_verb(self) -> bool:
        # An English verb's object follows it; a noun before it is its subject, or what a
        # participle describes ("people hit by the drought").
        return True

    def opens_phrase(self, token: Token) -> bool:
        return _word(token) in _DETERMINERS or _word(token) in _PARTICLES

    def verb_follows_object(self) -> bool:
        return False

    def brings_phrase(self, token: Token) -> bool:
        return _word(token) in _PREPOSITIONS

    def sets_off_adverbial(self, between: Sequence[Token]) -> bool:
        return False  # the verb comes before its object

    def names_act_on(self, tokens: Sequence[Token], number: int) -> bool:
        return False  # read only where a verb follows its object

    def marks_argument(self, between: Sequence[Token]) -> bool:
        return False  # read only where a verb follows its object

    def marks_subject(self, between: Sequence[Token]) -> bool:
        return False  # read only where a verb follows its object

    def writes_argument(self, token: Token, form: str) -> bool:
        return token.surface in form.split()

    def reported_of(
        self, text: str, tokens: Sequence[Token], first: int, last: int
    ) -> tuple[int, int] | None:
        end = english_reported_of(text, tokens, last)
        return None if end is None else (last + 1, end)

    def names_office(self, token: Token) -> bool:
        return english_office(token)


class EnglishNegating:
    """English negation of a predicate (`interface.Negating`): a negating word before it."""

    def negation_of(self, text: str, tokens: Sequence[Token], start: int, end: int) -> str:
        return english_negation(text, tokens, start)

    def predicate_at(self, text: str, tokens: Sequence[Token], number: int) -> bool:
        if not english_verb_at(tokens, number):
            if wordnet().commonest_part_of_speech(tokens[number].lemma) != "adj":
                return False
        return not _governed(text, tokens, number)

    def negative_word(self, word: str) -> bool:
        return english_negative_word(word.lower())

    def denials(self, text: str, tokens: Sequence[Token], start: int, end: int) -> tuple[str, ...]:
        found: dict[int, str] = {}
        for number, token in enumerate(tokens):
            if token.start < start or token.end > end or not token.content:
                continue
            if negation := english_negation(text, tokens, token.start):
                found[number] = negation
            elif (at := _denied_by_word(text, tokens, number)) is not None:
                found[at] = tokens[at].surface
        return tuple(found[at] for at in sorted(found))

    def tense_of(self, text: str, tokens: Sequence[Token], number: int) -> str:
        words = [_word(t) for t in tokens[_auxiliaries_before(tokens, number) : number]]
        if any(w in _FUTURE or w.startswith(_FUTURE_CONTRACTED) for w in words):
            return "future"
        if any(w in _PAST or w.startswith(_PAST_CONTRACTED) for w in words):
            return "past"
        return "past" if _verb_form(tokens[number]) else "present"

    def doubts(self, text: str, tokens: Sequence[Token]) -> int:
        count = 0
        for number, token in enumerate(tokens):
            word = _word(token)
            if _in_denying_pair(tokens, number):
                # "no longer": one negation, counted at its first word.
                before = tokens[number - 1].surface.lower() if number else ""
                count += 0 if (before, word) in _DENYING_PAIRS else 1
            elif _negating(token) or word in _DOUBTS:
                count += 1
            elif token.content and (english_negative_word(word) or _comparative(token)):
                count += 1
        return count


@functools.lru_cache(maxsize=4096)
def english_negative_word(word: str) -> bool:
    """Whether a word is a prefix and a word of its own that WordNet gives as its opposite
    ("unacceptable": acceptable; "indispensable": dispensable), or a hyphenated prefix that
    negates (`en_lexicon.negates`: "non-nuclear"); not "inform" (form is no opposite), nor
    "important"."""
    from factcheck.languages.en_lexicon import negates

    net = wordnet()
    opposites = set(net.antonyms(word))
    for cut in range(2, min(_LONGEST_PREFIX, len(word) - 3) + 1):
        prefix, rest = word[:cut], word[cut:]
        if rest.startswith("-"):
            if prefix.isalpha() and negates(prefix):
                return True
        elif rest in opposites or word in net.antonyms(rest):
            return True
    return False


def _governed(text: str, tokens: Sequence[Token], number: int) -> bool:
    """Whether the predicate at `number` is anything but the head of a plain clause: its
    clause must read, back from it, as auxiliaries and negations (`_AUXILIARIES`), then its
    subject (up to _SUBJECT_WORDS nouns, names or a pronoun), then the sentence's start, or
    a verb of speech that states it (`_STATING`: "Lind said (that) Norland would not
    join"; not "urged that Norland join"). Anything else governs it: "refused to join",
    "decided against joining", "speculation that Norland would not join", "many thought
    Norland would not join"."""
    first = _auxiliaries_before(tokens, number)
    if any(_broken(text, tokens, at) for at in range(first, number)):
        return True
    at = first - 1
    subject = 0
    while at >= 0 and subject < _SUBJECT_WORDS:
        token = tokens[at]
        if _broken(text, tokens, at):
            return True
        word = token.surface.lower()
        if token.content and not english_verb_at(tokens, at) and not _verb_form(token):
            subject += 1
        elif word in _PRONOUNS or word in _DETERMINERS:
            subject += 1 if word in _PRONOUNS else 0
        else:
            break
        at -= 1
    if subject == 0:
        # "… but would join the fisheries pact": a predicate coordinated with the one
        # before shares its subject and heads its own clause.
        return not (at >= 0 and tokens[at].surface.lower() in _COORDINATORS)
    if at < 0:
        return False
    if tokens[at].surface.lower() == "that":
        at -= 1
    return at < 0 or tokens[at].surface.lower() not in _STATING


def _auxiliaries_before(tokens: Sequence[Token], number: int) -> int:
    """Where the run of auxiliaries and negations right before the predicate at `number`
    begins ("would not have" of "would not have joined"): its first token's index, `number`
    when there is none."""
    at = number - 1
    while at >= 0 and (
        _word(tokens[at]) in _AUXILIARIES or _negating(tokens[at]) or _in_denying_pair(tokens, at)
    ):
        at -= 1
    return at + 1


_LIST_ITEM_WORDS = 4
"""How many words a list's item between two commas, or before its "and", may hold ("Japan,
Ostmark and Australia"): longer, the comma more likely closes a clause."""


def _broken(text: str, tokens: Sequence[Token], at: int) -> bool:
    """Whether a clause break (a comma, a colon …) stands right after token `at`."""
    following = tokens[at + 1].start if at + 1 < len(tokens) else len(text)
    return _breaks(text[tokens[at].end : following])


def _breaks(gap: str) -> bool:
    """Whether the text between two words holds a clause break (`_CLAUSE_BREAK`)."""
    return any(mark in gap for mark in _CLAUSE_BREAK)


def _word(token: Token) -> str:
    """A token as the word lists here write it: lower case, a curly apostrophe straight."""
    return token.surface.lower().replace("’", "'")


def _comparative(token: Token) -> bool:
    """Whether a word is an adjective's comparative or superlative ("happier", "closest"):
    WordNet gives it a base form that is another word."""
    written = token.surface.lower()
    if not written.endswith(("er", "est")):
        return False
    return any(base != written for base in wordnet().base_forms(written, ("adj",)))


def _verb_form(token: Token) -> bool:
    """Whether a word is written as an inflected form of a verb WordNet has, other than an
    -s form a plural noun shares ("cautioned", "thought", "urged"; not "ports"), whatever its
    commonest use."""
    written = token.surface.lower()
    if written.endswith("s"):
        return False
    return any(base != written for base in wordnet().base_forms(written, ("verb",)))


def _in_denying_pair(tokens: Sequence[Token], at: int) -> bool:
    """Whether token `at` is a word of a two-word negation ("no longer")."""
    word = tokens[at].surface.lower()
    before = tokens[at - 1].surface.lower() if at > 0 else ""
    after = tokens[at + 1].surface.lower() if at + 1 < len(tokens) else ""
    return (before, word) in _DENYING_PAIRS or (word, after) in _DENYING_PAIRS


def _negating(token: Token) -> bool:
    """Whether a token is a negating word ("never" reads as a content word)."""
    word = _word(token)
    return word in _NEGATIONS or word.endswith("n't")


def _denied_by_word(text: str, tokens: Sequence[Token], number: int) -> int | None:
    """Where a word that denies what it stands with ("without", "no") stands before the
    word at token `number`, in its phrase ("without political calculations", "no new
    loans": only function words and adjectives between); None when none does."""
    net = wordnet()
    for back in range(number - 1, max(-1, number - 1 - _NEGATION_REACH), -1):
        token = tokens[back]
        if _breaks(text[token.end : tokens[back + 1].start]):
            return None
        if _word(token) in _DENYING_WORDS:
            return back
        if token.content and net.commonest_part_of_speech(token.lemma) not in ("adj", "adv"):
            return None
    return None


def english_negation(text: str, tokens: Sequence[Token], start: int) -> str:
    """The negating word before the word at `start` ("not" of "would not help", "wouldn't",
    "never", "no longer", "rather than"), within _NEGATION_REACH words of its clause, with
    only function words or adverbs between (an auxiliary, a copula: "was not indispensable";
    "will not fully support"); "" when none. "Not only", "not just" deny nothing."""
    before = [t for t in tokens if t.end <= start]
    net = wordnet()
    window = before[-_NEGATION_REACH:]
    for back in range(len(window) - 1, -1, -1):
        token = window[back]
        nearer = window[back + 1] if back + 1 < len(window) else None
        if _breaks(text[token.end : nearer.start if nearer is not None else start]):
            return ""
        word = _word(token)
        following = nearer.surface.lower() if nearer is not None else ""
        if _negating(token) and following not in _NOT_DENYING:
            return token.surface
        earlier = window[back - 1].surface.lower() if back > 0 else ""
        if (earlier, word) in _DENYING_PAIRS:
            return f"{window[back - 1].surface} {token.surface}"
        if token.content and net.commonest_part_of_speech(token.lemma) != "adv":
            return ""  # another content word between: the negation is not this word's
    return ""


def english_reported_of(text: str, tokens: Sequence[Token], number: int) -> int | None:
    """Where what the name ending at token `number` does or says ends (`Predicating.
    reported_of`): the name's own verb (its subject may join another name: "Lind and
    Takaichi had agreed") after auxiliaries that tell and negations, after
    "as", or as a participle (not a preposition made of one, "regarding"), opens an act that
    runs to the clause's end (`_CLAUSE_BREAK`) or to a coordinator before another verb ("…
    and promised aid"), which may be the reporter's; the name in the possessive, before a
    noun whose commonest WordNet sense is what is said, thought or felt (`_SAID_FILES`:
    "Lind's invitation", "Lind's plan"; not "Lind's visit" or "Lind's government"), opens a
    noun phrase that runs to the next verb of a clause ("Lind's remarks … were
    encouraging"), "that" or the clause's end. None when the name is no doer ("invited Lind
    to visit")."""
    if _broken(text, tokens, number):
        return None  # "President Lind, who …": an aside, not the name's act
    if _word(tokens[number]).endswith(("'s", "s'")):
        return _said_phrase_end(text, tokens, number)
    at = number + 1
    if at + 1 < len(tokens) and _word(tokens[at]) == "and" and tokens[at + 1].surface[:1].isupper():
        # "President Tarvo and Prime Minister Takaichi had agreed": a joint subject.
        at += 1
        while at < len(tokens) and tokens[at].surface[:1].isupper():
            at += 1
    first = at
    while at < len(tokens) and (
        _word(tokens[at]) in _TELLING or _negating(tokens[at]) or _adverb(tokens[at])
    ):
        at += 1  # "had strongly insisted", "would not attend", "also said"
    if at < len(tokens) and _word(tokens[at]) == "as" and at == number + 1:
        at += 1
    if at >= len(tokens) or _word(tokens[at]) in _VERBAL_PREPOSITIONS:
        return None
    if not _verbal(tokens, at):
        return None
    if at == first and _bare(tokens[at]):
        return None  # "asked that Lind reconsider": a bare verb is what is wanted of Lind
    end = at
    while end < len(tokens) and not (
        end > at and _broken(text, tokens, end - 1) and not _in_list(text, tokens, end - 1)
    ):
        if _word(tokens[end]) in _COORDINATORS and _verbal(tokens, end + 1):
            break
        end += 1
    return end if end > at else None


def _in_list(text: str, tokens: Sequence[Token], at: int) -> bool:
    """Whether the comma after token `at` separates the items of a list ("among Japan,
    Ostmark and Australia"): only a comma stands there, and "and" or "or" joins the next
    item to a last one before any other break."""
    following = tokens[at + 1].start if at + 1 < len(tokens) else len(text)
    if text[tokens[at].end : following].strip() != ",":
        return False
    for number in range(at + 1, min(len(tokens), at + 1 + _LIST_ITEM_WORDS)):
        if _word(tokens[number]) in ("and", "or"):
            return number > at + 1
        if _broken(text, tokens, number):
            return False
    return False


def english_office(token: Token) -> bool:
    """Whether a capitalised word names an office held by a person (`Predicating.
    names_office`): its commonest WordNet noun sense is a person ("King", "Sultan", "Emir";
    not "Government")."""
    if not token.surface[:1].isupper():
        return False
    files = wordnet().lexicographer_files(token.surface.lower(), "noun")
    return files[:1] == ("noun.person",)


def names_what_is_said(noun: str) -> bool:
    """Whether a noun's commonest WordNet sense, read as itself or through its base form, is
    what is said, thought or felt (`_SAID_FILES`: "invitation", "plan", "gratitude"; not
    "visit" or "government")."""
    net = wordnet()
    own: tuple[str, ...] = (noun,) if net.senses(noun, "noun") else ()
    nouns = own + net.base_forms(noun, ("noun",))
    files = net.lexicographer_files(nouns[0], "noun") if nouns else ()
    return bool(files) and files[0] in _SAID_FILES


def _said_phrase_end(text: str, tokens: Sequence[Token], number: int) -> int | None:
    """`english_reported_of` for a name in the possessive: the end of the noun phrase it
    opens, when its head is what is said, thought or felt; else None."""
    head: int | None = None
    for at in range(number + 1, min(number + 1 + _SUBJECT_WORDS, len(tokens))):
        written = _word(tokens[at])
        if written in _DETERMINERS or wordnet().commonest_part_of_speech(written) == "adj":
            continue  # "Lind's warm invitation"
        head = at
        break
    if head is None or not names_what_is_said(_word(tokens[head])):
        return None
    end = head + 1
    while end < len(tokens) and not _broken(text, tokens, end - 1):
        word = _word(tokens[end])
        if word in _AUXILIARIES or word == "that":
            break
        if word in _COORDINATORS and _verbal(tokens, end + 1):
            break
        ends_clause = not word.endswith("ing") and _word(tokens[end - 1]) != "to"
        if ends_clause and _verbal(tokens, end):
            break  # "Lind's visit to Japan was an opportunity": the clause's own verb
        end += 1
    return end


def _verbal(tokens: Sequence[Token], at: int) -> bool:
    """Whether token `at` is a verb: used as one, or written as a form of one ("approved",
    "expressing"); False past the last token."""
    return at < len(tokens) and (english_verb_at(tokens, at) or _verb_form(tokens[at]))


def _bare(token: Token) -> bool:
    """Whether a verb is written in its bare form ("reconsider"; not "told", "supports")."""
    return token.surface.lower() == token.lemma.lower() and not _verb_form(token)


def english_verb_at(tokens: Sequence[Token], number: int) -> bool:
    """Whether an English word is used as a verb: a verb of the analyser, or a word written
    as a form of a verb that WordNet's tagged corpus meets as a verb at least as often as
    as anything else, and not the head of a phrasal verb ("stand by")."""
    token = tokens[number]
    if token.word_class is WordClass.VERB:
        return True
    if token.word_class is WordClass.FUNCTION:
        return _grammar_verb_on_phrase(tokens, number)
    if token.word_class is not WordClass.NOUN:
        return False
    if not _written_as_verb(token):
        return False  # "closest" is no form of the verb "close"
    if _modifies_noun(tokens, number):
        return False  # "the promised loan", "on soaring prices": a word of a noun phrase
    net = wordnet()
    following = tokens[number + 1] if number + 1 < len(tokens) else None
    if following is not None and net.senses(f"{token.lemma} {following.lemma}", "verb"):
        return False  # a phrasal verb ("stand by"): its act is not the verb's alone
    if _plural_object(tokens, number):
        return False  # "halt sanctions": the verb's object, a plural noun
    if _in_opened_phrase(tokens, number):
        return False  # "stop the repair", "a joint survey": a noun phrase a determiner opens
    if _bare_infinitive(tokens, number):
        return True  # "agreed to end", "would end": no noun stands there
    return used_as_verb(token.lemma)


def _modifies_noun(tokens: Sequence[Token], number: int) -> bool:
    """Whether a verb's -ing or -ed form is a word of the noun phrase it stands in: after a
    determiner or a possessive ("the promised loan", "its growing role"), or after a
    preposition and before a noun where WordNet has the form as an adjective ("on soaring
    prices"); not a gerund or a participle that acts ("by providing aid", "after signing the
    deal", "a project that strengthened ties")."""
    token = tokens[number]
    written = token.surface.lower()
    if number == 0 or not written.endswith(("ing", "ed")):
        return False
    before = tokens[number - 1].surface.lower()
    if before in DETERMINERS:
        return True
    following = tokens[number + 1] if number + 1 < len(tokens) else None
    return (
        before in PREPOSITIONS
        and following is not None
        and following.word_class is WordClass.NOUN
        and bool(wordnet().senses(written, "adj"))
    )


def _grammar_verb_on_phrase(tokens: Sequence[Token], number: int) -> bool:
    """Whether a word the stop list reads as grammar is a verb acting on the noun phrase that
    a determiner or a possessive opens right after it ("would continue its support"): a form
    of a verb WordNet's tagged corpus meets mostly as a verb, whose commonest sense has an
    opposite (continue / discontinue), so that it says an act of its own. A light verb has
    none ("hold a meeting", "take measures", "keep its embassy open"): the noun or the words
    after it say what is done."""
    following = tokens[number + 1] if number + 1 < len(tokens) else None
    if following is None or not _opens_noun_phrase(following):
        return False
    token = tokens[number]
    if not token.surface.isalpha() or not _written_as_verb(token):
        return False
    net = wordnet()
    senses = net.senses(token.lemma, "verb")[:1]
    return used_as_verb(token.lemma) and bool(net.verb_opposites(frozenset(senses)))


def _written_as_verb(token: Token) -> bool:
    """Whether a word is written as its lemma or as a form WordNet derives from the lemma as
    a verb ("agreed" of "agree"; not "closest" of "close")."""
    written = token.surface.lower()
    return written == token.lemma or token.lemma in wordnet().base_forms(written, ("verb",))


def _bare_infinitive(tokens: Sequence[Token], number: int) -> bool:
    """Whether an English word in its bare form stands where only a verb can: after a modal
    ("would end"), or after "to" that follows a verb of saying, thinking or feeling (its
    commonest sense in `REPORTING_VERB_FILES`: "agreed to end", "decided to halt"), an
    adverb allowed between ("would also end", "agreed to further expand"). A noun there
    would take a determiner ("agreed to the end of"), which then stands between."""
    token = tokens[number]
    if token.surface.lower() != token.lemma or not wordnet().senses(token.lemma, "verb"):
        return False
    before = number - 1
    if before > 0 and _adverb(tokens[before]):
        before -= 1
    if before < 0:
        return False
    word = _word(tokens[before])
    if word in _MODALS:
        return True
    if word != "to" or before == 0:
        return False
    return wordnet().reports(tokens[before - 1].lemma)


def _in_opened_phrase(tokens: Sequence[Token], number: int) -> bool:
    """Whether a word stands in the run of content words that a determiner or a possessive
    opens ("the repair", "a joint survey", "Japan's support"): a noun phrase, with no verb in
    it. For a word written as an inflected form ("thanked" of thank), a phrase ends where a
    mark stands between two words (`_marked_off`): in "on an official working visit, thanked
    Takaichi" the verb after the comma is none of it. A word in its base form keeps the
    phrase across a mark: a quote mark ("the 'warm welcome'") or a comma between modifiers
    ("long-standing, generous support") stands inside a noun phrase too."""
    token = tokens[number]
    marks = token.surface.lower() != token.lemma

    def ends(at: int) -> bool:
        return marks and _marked_off(tokens[at], tokens[at + 1])

    before = number - 1
    while (
        before >= 0
        and not ends(before)
        and tokens[before].content
        and not _opens_noun_phrase(tokens[before])
    ):
        before -= 1
    return before >= 0 and not ends(before) and _opens_noun_phrase(tokens[before])


def _marked_off(token: Token, following: Token) -> bool:
    """Whether more than the one space between two words stands between them: a comma, a
    bracket or a dash (the analyser gives words only, with their offsets). After a word
    ending in "s", one mark and a space may be the apostrophe of a plural's possessive ("the
    ministers' meeting"), which a noun phrase runs through: not read as a mark."""
    gap = following.start - token.end
    return gap > 1 and not (gap == 2 and token.surface.endswith(("s", "S")))


def _heads_phrase(tokens: Sequence[Token], number: int) -> bool:
    """Whether a word is the last of its run of content words, the head of its noun phrase
    ("survey" of "a joint survey", not "joint")."""
    return number + 1 >= len(tokens) or not tokens[number + 1].content


def _opens_noun_phrase(token: Token) -> bool:
    """Whether a word before another makes that one a noun: a determiner (`_DETERMINERS`) or a
    possessive ("Japan's", "leaders'"); a verb never follows either."""
    word = _word(token)
    return word in _DETERMINERS or word.endswith(("'s", "s'"))


def _adverb(token: Token) -> bool:
    """Whether a word is mostly an adverb ("also", "further", "jointly")."""
    return wordnet().commonest_part_of_speech(token.surface.lower()) == "adv"


def _plural_object(tokens: Sequence[Token], number: int) -> bool:
    """Whether an English word written as a plural (a noun's -s, which a verb's third person
    shares: "sanctions") stands right after a verb, with nothing or a determiner between:
    the verb's object, a noun, however often WordNet's corpus meets the word as a verb."""
    token = tokens[number]
    written = token.surface.lower()
    if written == token.lemma or not written.endswith("s") or number == 0:
        return False
    if not wordnet().senses(token.lemma, "noun"):
        return False
    before = number - 1
    if tokens[before].surface.lower() in _DETERMINERS and before > 0:
        before -= 1
    return english_verb_at(tokens, before)


def english_names_thing(token: Token) -> bool:
    """Whether an English noun can be what a verb acts on: WordNet's tagged corpus meets it
    mostly as a noun, or, never met, WordNet has it as a noun or not as an adjective."""
    net = wordnet()
    counts = net.tag_counts(token.lemma)
    if any(counts.values()):
        return counts["noun"] >= max(counts.values())
    return bool(net.senses(token.lemma, "noun")) or not net.senses(token.lemma, "adj")


def english_verbs_meant(token: Token) -> frozenset[str]:
    """An English word's lemma, when WordNet has it as a verb."""
    return frozenset({token.lemma}) if wordnet().senses(token.lemma, "verb") else frozenset()


def used_as_verb(word: str) -> bool:
    """Whether WordNet's tagged corpus meets an English word as a verb more often than as
    anything else ("close", "repair"; not "closure", whose verb sense is a rare one, nor
    "panel", met as often as a noun)."""
    counts = wordnet().tag_counts(word)
    verb = counts.get("verb", 0)
    return verb > 0 and all(verb > n for pos, n in counts.items() if pos != "verb")
