"""Japanese: which words act as verbs and which name what a verb acts on
(`interface.Predicating`), for comparing a claim's act with its passage's
(factcheck.checks.key_actions); and which words negate a predicate (`interface.Negating`),
for comparing their polarity (factcheck.checks.check_polarity).

A verb is a verb of the analyser, or a noun that する follows (補修する). Any other noun can
be what a verb acts on. The English verbs a word means come from its glosses: a gloss used
as a verb, or the verb a gloss is formed from (補修 "repair", 閉鎖 "closing" → close). An
English word a Japanese sentence writes (ASEAN, G7) is read as English
(`factcheck.languages.en_predicates`). The `Japanese` module (`factcheck.languages.ja`)
takes these from here.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from factcheck.languages.en_predicates import (
    english_names_thing,
    english_office,
    english_verb_at,
    english_verbs_meant,
    names_what_is_said,
    used_as_verb,
)
from factcheck.languages.interface import Gloss, Script, Token, WordClass
from factcheck.languages.wordnet import Link, Relation, wordnet

__all__ = ["JapaneseNegating", "JapanesePredicating"]

_NEGATIONS = frozenset({"ない", "ず", "ぬ"})
"""Sudachi's normal forms of the auxiliaries that deny the predicate before them (支援し
ない, 参加せず, 行いません: ませ | ん, whose ん is ず). An adjective 無い ("there is no …") is
another word."""
_DENYING_WORDS = frozenset({"無い", "無し", "なし"})
"""Sudachi's normal forms of the words that deny the noun they stand with (思惑なしに
"without calculations", 核のない世界 "a world without nuclear weapons"), not a predicate."""
_TYING = frozenset({"の", "が"})
"""Particles between a noun and the 無い that denies it (核のない, 条件がない)."""
_PURPOSE = frozenset({"よう", "ため"})
"""What after a negation makes it the aim of another act (悪化しないよう協力する "cooperate so
that it does not worsen"), not a denial of the act it follows."""
_DOUBTS = frozenset(
    {
        *("無い", "まで", "限り", "以外", "のみ", "だけ", "しか", "ほか", "未だ", "まだ"),
        *("次第", "当面", "現時点", "将来", "今後", "再び", "二度と", "兼ねる", "ば"),
    }
)
"""Words that make a sentence's polarity less than plain (`Negating.doubts`): the adjective
無い ("there is no …", 考えはない), limits (まで, 限り, 以外, のみ, だけ, しか), "not yet"
(まだ), the conditional ば and 次第 ("as soon as"), words that bound a statement in time
(当面, 現時点, 将来, 今後, 再び, 二度と) and the modal 兼ねる. Japanese grammar's closed
classes."""
_DOUBT_MARKS = ("ても", "でも", "なければ", "ではな", "じゃな")
"""Written marks of the same: a concession (合意に至らなくても), a condition of denial
(参加しなければ), and the copula's denial (容易ではない)."""
_CLAUSE_ENDS = frozenset({"。", "、", "，", "．"})
"""Marks that end a clause a predicate heads."""
_REPORTED = frozenset({"旨"})
"""The word a readout reports a statement with (…する旨述べ, …しない旨の発言)."""
_NOMINAL = frozenset({"こと", "の", "もの", "との", "という", "とする", "よう", "ため"})
"""Grammar words that make a predicate part of a noun phrase or of another clause's aim."""
_MODAL_BEFORE_NEGATION = frozenset({"兼ねる"})
"""Grammar words that make a negation after them a modal of likelihood (〜かねない "may
well"), not a denial of the act."""
_BEING = frozenset({"居る", "いる"})
"""いる after て: an act done by now (参加している), or going on."""
_LIMITING = frozenset({"のみ", "だけ", "ばかり", "しか", "ほか"})
"""Particles of limit: a negation after one says "not only" (のみならず) or "nothing but"
(しかない, ほかならない), no denial of the word before them."""
_NEGATION_REACH = 6
"""How many grammar words after a predicate its negation may stand (支援 | し | て | い | ない;
行い | ませ | ん), and how far a second negation may cancel the first (し | なく | て | は | なら |
ない)."""

_ARGUMENT_PARTICLES = frozenset({"を", "が", "は", "も", "の"})
"""Particles after a phrase that make it no adverbial one (`sets_off_adverbial`): a case or
topic particle marks an argument of the verb after it (協力を推進, 日本も支援), and の makes
the phrase a modifier of the noun after it. Japanese grammar's closed class."""

_SUBJECT_PARTICLES = frozenset({"は", "が", "も", "から"})
"""Particles after a noun that make it the subject or topic of what follows, or the one
whose words a readout reports (高市総理から、…旨述べ): `marks_subject`. Japanese grammar's
closed class."""

_GENITIVE = "の"
"""The particle that ties a noun to the one after it (港の改修: the repair of the port)."""

_ADNOMINAL = frozenset({_GENITIVE, "対する", "関する", "於ける", "おける", "因る", "よる"})
"""Grammar words that end a phrase modifying the noun after it: の, and the compound
particles in their noun-modifying form (に対する, に関する, における, による). Japanese
grammar's closed class."""

_REPORTED_SUBJECTS = frozenset({"が", "は"})
"""Particles that make a name the subject or topic of a reported statement's own clause
(ターヴォ大統領が…旨)."""

_NESTING = frozenset({"が", "は", "こと", "もの"})
"""Grammar words after which a reported statement's predicate may be another's: a second
subject or topic, or a nominaliser that makes the name's clause an argument of the next
predicate (…訪日することを期待する旨)."""

_CLAUSE_PARTICLES = frozenset({"を", "が", "は", "に", "で", "と", "も", "から", "て", "旨"})
"""Grammar words after a verb that end its clause there rather than tie it to a noun."""

_CASE_PARTICLES = frozenset({"を", "が", "は", "に", "で", "と", "も", "から", "へ", "より"})
"""Particles that end a phrase as an argument of a predicate, not of the noun after it."""

_JOINING = frozenset({"て", "で", "し", "ず", "つつ", "ながら"})
"""Forms that join a predicate to the next one (…を支持し、…), not to a noun."""

_QUOTATIVE = frozenset({"と", "いう", "言う"})
"""The grammar of a quotation tied to a noun (…たいとの考え, …という発言): what the name says,
whatever subject its clause has."""

_REPORTER_PARTICLES = frozenset({"から"})
"""The particle of a readout's reporter («ストランド大臣から、…»): what a quotation tied to a
name holds runs back to it, its own topic included («カルドニアは…とのハルデン大統領の発言»)."""

_GRAMMAR = frozenset({WordClass.FUNCTION, WordClass.AUXILIARY})
"""Grammar words: particles and auxiliaries."""

_NOT_HEADS = frozenset({*_GRAMMAR, WordClass.VERB, WordClass.SYMBOL})
"""Word classes that cannot open the noun phrase a relative clause describes."""

_NOUN_JOINERS = frozenset({"・", "＝"})
"""Marks that join two words into one name or phrase (日・ヴェスニア, 皇室・王室)."""

_OPENING_QUOTES = frozenset({"「", "『"})
_CLOSING_QUOTES = frozenset({"」", "』"})

_SENTENCE_ENDS = frozenset({"。", "．"})

_AS = ("と", "し", "て")
"""として, as the analyser writes it: the particle that makes what a clause conveys the
phrase before it (…のメッセージとして)."""

_DO = "為る"
"""Sudachi's normal form of する, which makes a verb of a noun (補修する)."""

_GLOSS_VERB_SENSES = 3
"""How many senses of a Japanese word's English gloss are read for the verb it derives
from (閉鎖 "closing" → close)."""


class JapanesePredicating:
    """Japanese verbs and their arguments (`interface.Predicating`); mixed into the
    `Japanese` module, whose `glosses` it reads."""

    glosses: Callable[[Token], tuple[Gloss, ...]]
    """The Japanese module's `Language.glosses`."""

    def verb_at(self, tokens: Sequence[Token], number: int) -> bool:
        return japanese_verb_at(tokens, number)

    def names_thing(self, tokens: Sequence[Token], number: int) -> bool:
        token = tokens[number]
        return token.script is not Script.LATIN or english_names_thing(token)

    def verbs_meant(self, token: Token) -> frozenset[str]:
        if token.script is Script.LATIN:
            return english_verbs_meant(token)
        net = wordnet()
        out: set[str] = set()
        for gloss in self.glosses(token):
            if " " in gloss.text:
                continue
            word = gloss.text.lower()
            if used_as_verb(word):
                out.add(word)
            out.update(net.base_forms(word, ("verb",)))
            out.update(
                link.word
                for link in _links(word)
                if link.relation is Relation.DERIVATION and net.senses(link.word, "verb")
            )
        return frozenset(out)

    def object_follows_verb(self) -> bool:
        return False  # an object stands before its verb, but so may much else

    def opens_phrase(self, token: Token) -> bool:
        return False  # no determiners: a noun's modifiers and particles come before it

    def verb_follows_object(self) -> bool:
        return True  # を and the verb after it; a verb before a noun is a relative clause

    def brings_phrase(self, token: Token) -> bool:
        return False  # a particle follows its noun; nothing stands after a verb before it

    def names_act_on(self, tokens: Sequence[Token], number: int) -> bool:
        from factcheck.languages.ja_morphology import verbal_noun

        token = tokens[number]
        return (
            number > 0
            and tokens[number - 1].normal == _GENITIVE
            and token.word_class is WordClass.NOUN
            and token.script is Script.KANJI
            and verbal_noun(token.lemma)
        )

    def marks_argument(self, between: Sequence[Token]) -> bool:
        return _particles_but(between, frozenset({_GENITIVE}))

    def marks_subject(self, between: Sequence[Token]) -> bool:
        particles = [t for t in between if t.word_class is WordClass.FUNCTION]
        if len(particles) > 1 and particles[1].normal == "の":
            # «リンド首相からの要請»: の after the particle makes the phrase a modifier of the
            # noun after it, the request Lind made, not the subject of the predicate.
            return False
        return bool(particles) and particles[0].normal in _SUBJECT_PARTICLES

    def sets_off_adverbial(self, between: Sequence[Token]) -> bool:
        return _particles_but(between, _ARGUMENT_PARTICLES)

    def reported_of(
        self, text: str, tokens: Sequence[Token], first: int, last: int
    ) -> tuple[int, int] | None:
        return japanese_reported_of(tokens, first, last)

    def names_office(self, token: Token) -> bool:
        if token.script is Script.LATIN:
            return english_office(token)
        return japanese_office(token)

    def writes_argument(self, token: Token, form: str) -> bool:
        if token.script is Script.LATIN:
            return token.surface in form.split()
        return token.surface in form or form in token.surface


def japanese_reported_of(tokens: Sequence[Token], first: int, last: int) -> tuple[int, int] | None:
    """The tokens of what the person named by tokens `first`..`last` (the title included)
    does or says in a reported clause (`Predicating.reported_of`), or None:
    - after からの, which marks what someone sends, the noun phrase up to its head, across の
      and the particles a の ties to it («ターヴォ大統領からの高市総理への訪問招待を伝達»: the
      invitation is Tarvo's, the conveying the reporter's);
    - after の, a noun whose JMdict sense is mostly what is said, thought or felt (親書,
      提案, 考え; `_said_noun`), or a relative clause whose verb the name is the subject of,
      and the noun it describes («ターヴォ大統領の提案した共同パトロール»);
    - after が or は, the name's own clause when 旨 reports it («ターヴォ大統領が…を強く求め
      ている旨紹介»), and no other subject, topic or nominaliser nests a clause inside it
      («ターヴォ大統領が訪日することを期待する旨»: the hope is the reporter's).
    The phrase takes the head's modifiers written before the name (`_modifiers_start`:
    «被災者に対するターヴォ大統領からのお見舞い»), and a head that として makes what the clause
    conveys («ターヴォ大統領からのメッセージとして、…旨伝達») runs to the clause's end. A bare
    の before any other noun reads no act: it ties the name to what is its own or done to it
    («ターヴォ大統領の早期訪日を招請»: the visit is Tarvo's, the invitation the reporter's);
    nor do を or に."""
    at = last + 1
    if at + 1 >= len(tokens):
        return None
    particle = tokens[at].normal
    if particle == "から" and tokens[at + 1].normal == _GENITIVE:
        end = _noun_phrase_end(tokens, at + 2)
        if end == at + 2:
            return None
        return _modifiers_start(tokens, first), _as_conveyed(tokens, end)
    if particle == "から" and tokens[at + 1].content:
        # «エドリック国王から高市総理宛ての親書»: から before the phrase of what is sent,
        # whose head is what is said (a letter, a message), not an argument of the verb.
        end = _noun_phrase_end(tokens, at + 1)
        if end > at + 1 and _said_noun(tokens[end - 1]):
            return _modifiers_start(tokens, first), _as_conveyed(tokens, end)
        return None
    if particle == _GENITIVE:
        head = _relative_head(tokens, at + 1)
        if head is not None:
            end = _noun_phrase_end(tokens, head)
        else:
            found = _said_phrase_end(tokens, at + 1)
            if found is None:
                return None
            end = found
        return _modifiers_start(tokens, first), _as_conveyed(tokens, end)
    if particle in _REPORTED_SUBJECTS:
        for end in range(at + 1, len(tokens)):
            token = tokens[end]
            if token.normal in _REPORTED:
                return (_modifiers_start(tokens, first), end) if end > at + 1 else None
            if token.surface in _SENTENCE_ENDS or token.normal in _NESTING:
                break
    start, clause = _modifiers(tokens, first)
    # «日本の立場を支持してきたターヴォ大統領に謝意»: a clause that describes the name is
    # the name's act, whatever the name is to the clause it stands in.
    return (start, first) if clause and start < first else None


def japanese_office(token: Token) -> bool:
    """Whether a noun names an office held by a person (`Predicating.names_office`): at
    least half the heads of its first JMdict sense's glosses are people by their commonest
    WordNet sense (国王 "king", "monarch"; 議長; not 政府 "government")."""
    if token.word_class is not WordClass.NOUN or token.script is not Script.KANJI:
        return False
    heads = _first_sense_heads(token)
    people = sum(
        wordnet().lexicographer_files(head, "noun")[:1] == ("noun.person",) for head in heads
    )
    return bool(heads) and people * 2 >= len(heads)


def _first_sense_heads(token: Token) -> list[str]:
    """The head word of each gloss of a word's first JMdict sense that has one (親書:
    "official letter", "personal message" → letter, message); [] for a word JMdict lacks."""
    from factcheck.languages.jmdict import gloss_heads, jmdict

    senses = jmdict().senses(token.lemma) or jmdict().senses(token.normal)
    if not senses:
        return []
    return [found[-1] for gloss in senses[0].glosses if (found := gloss_heads(gloss))]


def _said_phrase_end(tokens: Sequence[Token], start: int) -> int | None:
    """The end of the noun phrase after a name's の when its head is what is said, thought
    or felt (`_said_noun`: «ターヴォ大統領の親書»). The nearest head only: a phrase tied to a
    noun after it takes the name with it («ターヴォ大統領の訪日実現への期待»: the hope for
    Tarvo's visit is the reporter's; «…の核軍縮に関する演説» reads so too). None when that
    head is no such noun."""
    end = _noun_phrase_end(tokens, start, ties=False)
    return end if end > start and _said_noun(tokens[end - 1]) else None


def _said_noun(token: Token) -> bool:
    """Whether a noun names what is said, thought or felt: more than half the glosses of
    its first JMdict sense have a head whose commonest WordNet sense is such (親書 "official
    letter", "personal message"; 発言; 提案; not 訪問 "call", "visit", nor 支持)."""
    written = token.script in (Script.KANJI, Script.KATAKANA)
    if token.word_class is not WordClass.NOUN and not (
        token.word_class is WordClass.FUNCTION and written
    ):
        return False  # a noun, or one the module counts as a readout's stop word (発言)
    heads = _first_sense_heads(token)
    said = sum(names_what_is_said(head) for head in heads)
    return said * 2 > len(heads)


def _as_conveyed(tokens: Sequence[Token], end: int) -> int:
    """The end of a relayed phrase: past the clause's end when として after its head makes
    what the clause conveys the phrase's («…からのメッセージとして、…旨伝達»), else `end`."""
    if tuple(token.surface for token in tokens[end : end + len(_AS)]) != _AS:
        return end
    return next(
        (n for n in range(end, len(tokens)) if tokens[n].surface in _SENTENCE_ENDS), len(tokens)
    )


def _noun_phrase_end(tokens: Sequence[Token], start: int, *, ties: bool = True) -> int:
    """The index after the head of the noun phrase that opens at token `start` (itself, any
    word class the analyser gives it: 発言): across の and the particles a の ties to it
    (への, との), to the first other grammar word or mark. Without `ties`, only across a
    bare の or a suffix (国|間), not a phrase tied to the next noun (…に関する|演説)."""
    end = start
    if start < len(tokens) and tokens[start].word_class is not WordClass.SYMBOL:
        end += 1
    while end < len(tokens):
        token = tokens[end]
        if token.surface in _OPENING_QUOTES:
            # A name in quotation marks within the phrase («「開かれた海洋」構想»).
            close = next(
                (n for n in range(end, len(tokens)) if tokens[n].surface in _CLOSING_QUOTES), None
            )
            if close is None:
                break
            end = close + 1
            continue
        if _joins_nouns(tokens, end):
            end += 1
            continue
        if token.word_class is WordClass.SYMBOL:
            break
        if token.word_class in _GRAMMAR:
            # A run of grammar words goes on to the noun after it where its last word ties
            # to it (の, に関する, 二|国|間の, a suffix: 脱炭素|化|目標), not where a case
            # particle ends the phrase as an argument of the clause's verb (…の設置|を).
            run = end
            while run < len(tokens) and tokens[run].word_class in _GRAMMAR:
                run += 1
            if (
                run >= len(tokens)
                or tokens[run].word_class is WordClass.SYMBOL
                or not _ties(tokens[run - 1])
            ):
                break
            bare = all(t.normal == _GENITIVE or t.script is Script.KANJI for t in tokens[end:run])
            if not ties and not bare:
                break
            end = run
            continue
        end += 1
    return end


def _relative_head(tokens: Sequence[Token], start: int) -> int | None:
    """The head of the noun phrase a relative clause opening at token `start` describes:
    words without a particle (昨年), a verb and its grammar words, then the phrase
    (提案|し|た|共同…, 昨年|表明|し|た|目標, 掲げる|「…」構想), whose subject is the name before
    の; None when the tokens from `start` are no such clause (早期|訪日|を: a noun phrase)."""
    at = start
    while at < len(tokens) and tokens[at].content and not _verbal(tokens, at):
        at += 1  # «昨年表明した»: a time word before the verb, as the subject's own
    if at >= len(tokens) or not _verbal(tokens, at):
        return None
    verb = at
    at += 1
    while at < len(tokens) and tokens[at].word_class in _GRAMMAR:
        if tokens[at].normal in _CLAUSE_PARTICLES or tokens[at].normal in _NOMINAL:
            return None
        at += 1
    if at == verb + 1 and tokens[verb].word_class is not WordClass.VERB:
        return None  # a noun without する is a compound's part (提案書), no verb
    if at < len(tokens) and tokens[at].surface in _OPENING_QUOTES:
        return at  # «掲げる「開かれた海洋」構想»: the phrase opens with what it names
    if at >= len(tokens) or tokens[at].word_class in _NOT_HEADS:
        return None
    return at


def _verbal(tokens: Sequence[Token], number: int) -> bool:
    """A verb, or a noun that する follows, whatever word class the analyser gives a noun
    that readouts use as a verb of reporting (表明|し)."""
    following = tokens[number + 1] if number + 1 < len(tokens) else None
    return tokens[number].word_class is WordClass.VERB or (
        following is not None and following.normal == _DO and tokens[number].script is Script.KANJI
    )


def _modifiers_start(tokens: Sequence[Token], first: int) -> int:
    """`_modifiers` without whether they are a clause."""
    return _modifiers(tokens, first)[0]


def _modifiers(tokens: Sequence[Token], first: int) -> tuple[int, bool]:
    """Where the modifiers start of the phrase a name at token `first` stands in: Japanese
    writes a head's modifiers before it, tied to what follows by grammar that is no case
    particle (の, に対する, …における, との, a verb's noun-modifying form). `first` when
    nothing ties to the name (a mark, a case particle: «日本に|ターヴォ大統領からの»).
    - A noun phrase (…被災者に対する, …会議への) runs back to a mark or a case particle that
      ends another phrase of the clause («ボレル大臣から、被災者に対する…»: from 被災者).
    - A clause, whether it describes the name or what the name says (…を呼びかけるターヴォ
      大統領の親書, …を深めたいとのベルグマン首相の考え), runs back to a mark or a particle
      of a subject or topic. A relative clause with its own subject («日本が招待したターヴォ
      大統領»: Tarvo is invited) is no act of the name's: `first`.
    With the start, whether the modifiers are a clause."""
    if first == 0 or not _ties(tokens[first - 1]):
        return first, False
    at = first - 1
    while at >= 0 and tokens[at].word_class in _GRAMMAR:
        at -= 1
    ties = tokens[at + 1 : first]
    clause = at >= 0 and (
        tokens[at].word_class in (WordClass.VERB, WordClass.ADJECTIVE, WordClass.AUXILIARY)
        or any(t.normal == _DO for t in ties)
        or (bool(ties) and ties[0].word_class is WordClass.AUXILIARY)
    )
    quoted = any(t.normal in _QUOTATIVE for t in ties)
    start = first - 1
    while start > 0:
        token, after = tokens[start - 1], tokens[start]
        if token.word_class is WordClass.SYMBOL and not _joins_nouns(tokens, start - 1):
            break
        if not clause and _verbal(tokens, start):
            # «開催される国際港湾会議への»: a relative clause inside the phrase brings its
            # own arguments («来年カルドニアで»).
            clause = True
        bounds = (
            _REPORTER_PARTICLES if quoted else _SUBJECT_PARTICLES if clause else _CASE_PARTICLES
        )
        if token.normal in bounds and token.word_class is WordClass.FUNCTION and after.content:
            if clause and not quoted and token.normal == "が":
                return first, False  # the clause's own subject: the name is what it acts on
            break
        start -= 1
    return start, clause


def _joins_nouns(tokens: Sequence[Token], number: int) -> bool:
    """Whether a mark joins the words on its sides into one phrase (皇室・王室, 日・ヴェスニア
    協定): a middle dot between two words that are no grammar."""
    if tokens[number].surface not in _NOUN_JOINERS or number == 0 or number + 1 >= len(tokens):
        return False
    return tokens[number - 1].content and tokens[number + 1].content


def _ties(token: Token) -> bool:
    """Whether a word right before a name ties the phrase before it to what follows: grammar
    that is no case particle nor a verb's joining form (の, 対する, た; not を, に, て), or a
    verb or adjective in the form that modifies a noun (掲げる)."""
    if token.word_class in (WordClass.VERB, WordClass.ADJECTIVE):
        return token.surface == token.lemma  # the dictionary form also modifies a noun
    if token.word_class not in _GRAMMAR:
        return False
    return token.normal not in _CASE_PARTICLES and token.surface not in _JOINING


def _particles_but(between: Sequence[Token], excluded: frozenset[str]) -> bool:
    """Whether there are grammar words after a phrase and none of them is one of `excluded`
    (by normal form) or a mark that ends the clause."""
    return bool(between) and not any(
        token.word_class is WordClass.SYMBOL or token.normal in excluded for token in between
    )


def japanese_verb_at(tokens: Sequence[Token], number: int) -> bool:
    """Whether a word of a Japanese sentence is used as a verb: a verb, or a noun that する
    follows (補修する); an English word it writes, by the English reading."""
    token = tokens[number]
    if token.word_class is WordClass.VERB:
        return True
    following = tokens[number + 1] if number + 1 < len(tokens) else None
    if following is not None and following.normal == _DO:
        return token.word_class is WordClass.NOUN
    if (
        token.word_class is WordClass.NOUN
        and following is not None
        and following.surface == "を"
        and number + 2 < len(tokens)
        and tokens[number + 2].normal in _LIGHT_VERBS
    ):
        return True  # 支持を表明した, 協議を行った: the noun is the act the light verb reports
    return token.script is Script.LATIN and english_verb_at(tokens, number)


_LIGHT_VERBS = frozenset({"表明", "示す", "行う", "述べる", "表す"})
"""Verbs that report an act named by their object (支持を表明する "express support", 協議を
行う "hold talks", 懸念を示す "show concern"): the analyser reads them as grammar (they report
every readout sentence), and the noun before them is the act."""


class JapaneseNegating:
    """Japanese negation of a predicate (`interface.Negating`): an auxiliary after it."""

    def negation_of(self, text: str, tokens: Sequence[Token], start: int, end: int) -> str:
        return japanese_negation(tokens, end)

    def denials(self, text: str, tokens: Sequence[Token], start: int, end: int) -> tuple[str, ...]:
        out: list[str] = []
        for number, token in enumerate(tokens):
            if token.start < start or token.end > end or not token.content:
                continue
            if negation := japanese_negation(tokens, token.end):
                out.append(negation)
                continue
            # A noun denied by the word after it: 思惑なしに, 条件無しで, 核のない世界.
            following = tokens[number + 1 : number + 3]
            if following and following[0].normal in _DENYING_WORDS:
                out.append(following[0].surface)
            elif (
                len(following) == 2
                and following[0].normal in _TYING
                and following[1].normal in _DENYING_WORDS
            ):
                out.append(following[1].surface)
        return tuple(out)

    def predicate_at(self, text: str, tokens: Sequence[Token], number: int) -> bool:
        token = tokens[number]
        if token.script is Script.LATIN:
            return english_verb_at(tokens, number)
        if token.word_class is not WordClass.ADJECTIVE and not japanese_verb_at(tokens, number):
            return False
        # Its grammar must end the clause as a report or a statement: at 旨 (…参加しない旨),
        # at a full stop or a comma (…参加し、), or at と before a verb of saying. A
        # nominaliser (こと, の) or a word that ties it to a noun (との, という) makes it part
        # of a noun phrase (参加することは困難, 参加しないとの報道); a content word right after
        # it (参加する可能性, 参加を見送る) governs it or is what it describes.
        for after in tokens[number + 1 :]:
            if after.word_class is WordClass.SYMBOL:
                return after.surface in _CLAUSE_ENDS
            if after.surface in _REPORTED or after.normal in _REPORTED:
                return True
            if after.content or after.surface in _NOMINAL or after.normal in _NOMINAL:
                return False
        return True

    def doubts(self, text: str, tokens: Sequence[Token]) -> int:
        count = sum(
            1
            for token in tokens
            if token.normal in _NEGATIONS or token.normal in _DOUBTS or token.lemma in _DOUBTS
        )
        return count + sum(text.count(mark) for mark in _DOUBT_MARKS)

    def tense_of(self, text: str, tokens: Sequence[Token], number: int) -> str:
        if tokens[number].script is Script.LATIN:
            return ""
        run: list[Token] = []
        for after in tokens[number + 1 :]:
            if after.content or after.word_class is WordClass.SYMBOL or after.normal in _REPORTED:
                break
            run.append(after)
        normals = [t.normal for t in run]
        if "た" in normals or any(
            a.normal == "て" and b.normal in _BEING for a, b in zip(run, run[1:], strict=False)
        ):
            return "past"  # 参加した, 参加している: done, or done by now
        return "nonpast"

    def negative_word(self, word: str) -> bool:
        from factcheck.languages.ja_morphology import negative_word

        return negative_word(word)


def japanese_negation(tokens: Sequence[Token], end: int) -> str:
    """The auxiliary that denies the word ending at `end` (ない of 支援しない, ず of 参加せず,
    ん of 行いません), among the grammar words right after it (_NEGATION_REACH, none of them a
    content word or a mark), as written; "" when none, when the negation is the aim of what
    follows (しないよう), or when a second one cancels it (支援しなければならない "must
    support"). A word that holds its own negation (欠かせない, whose `end` is after ない) is
    not negated."""
    after = [t for t in tokens if t.start >= end]
    at = end
    found: list[Token] = []
    for number, token in enumerate(after[:_NEGATION_REACH]):
        if token.start != at or token.content or token.word_class is WordClass.SYMBOL:
            break
        at = token.end
        if token.normal in _NEGATIONS:
            following = after[number + 1] if number + 1 < len(after) else None
            if following is not None and following.normal in _PURPOSE:
                return ""
            if any(t.normal in _LIMITING for t in after[:number]):
                return ""  # のみならず "not only", しかない "nothing but"
            if number and after[number - 1].normal in _MODAL_BEFORE_NEGATION:
                return ""  # 脅かしかねない "may well threaten": a modal, not a denial
            found.append(token)
    return found[0].surface if len(found) % 2 else ""


@functools.lru_cache(maxsize=8192)
def _links(word: str) -> tuple[Link, ...]:
    return wordnet().links(word, _GLOSS_VERB_SENSES)
