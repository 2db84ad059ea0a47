"""Key actions: the act a claim part says was done, against the act its passage says.

Takes a claim part, its best match, the key elements found so far, the claim's language and
the passage's; gives the claim's predicates that the passage puts another act in place of:
"Japan would close the wharves" against a passage that says Japan would repair them.

A claim's predicate is one of its content verbs that governs an argument the passage
carries: a word the claim's language can use as a verb (WordNet's tagged use in English;
a noun that takes する, or a verb, in Japanese) standing next to a covered word of the part,
with only function words between ("close the wharves", 埠頭を閉鎖する). The passage's
predicate in that role is the verb standing next to the same argument in the passage
sentence. When nothing in the source covers the claim's predicate, the passage has one of
its own beside the argument, and no data links the two, the claim swaps the act: the part
is only partly supported, and the reason names both words.

Paraphrases of a predicate must stay supported ("boost" for 強化, "push ahead with" for
推進). Two verbs are linked, and no swap, when WordNet relates them (a synonym, a derived
form, a more general or more specific word, a shared more general word below the top of its
verb tree) in their dominant senses, or when their dominant senses both fall in WordNet's
lexicographer class of changes of degree (verb.change: boost / strengthen, expand /
enhance). Verbs of saying and thinking (verb.communication, verb.cognition) frame what is
reported rather than being it, and are left to the attribution check.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from factcheck.checks.match import COMMITMENT_LINK
from factcheck.languages import language_for
from factcheck.languages.en_lexicon import rendered_alike
from factcheck.languages.interface import Negating, Predicating, Token, WordClass
from factcheck.languages.wordnet import Link, wordnet
from factcheck.model import Match

__all__ = ["ActionSwap", "swapped_actions"]

_DOMINANT_SENSES = 2
"""How many of a verb's commonest WordNet senses speak for its class: the class of a rarer
sense does not make two verbs one kind of act."""

_CHANGE_OF_DEGREE = "verb.change"
"""The lexicographer class of verbs whose commonest senses tie two verbs into one kind of act
(boost / strengthen, expand / enhance: a change of size, degree or state). Other classes
hold acts too far apart to be one another's paraphrase: verb.motion holds "stop" and
"drive", verb.social "curb" and "promote", verb.contact "block" and "attract"."""

_KIN_SENSES = 6
"""How many of a verb's commonest senses may relate it to another (push / promote meet in
the third sense of "push"; launch / initiate further down): a link, unlike a shared class,
is specific, and a paraphrase often uses a verb in a sense WordNet lists after its first."""

_OPPOSITE_SENSES = 3
"""How many of a verb's commonest senses may make it the opposite of another: an opposite
swaps the act whatever else links the two, so it is read from the senses a claim means."""

_OPPOSITE_DEPTH = 3
"""How many steps up WordNet's verb hierarchy two verbs' kinds are read for opposites:
"restrict" is a kind of "limit", a kind of "decrease", the opposite of "increase", of
which "expand" is a kind. WordNet's verb trees are shallow (a few steps to their top), and
an opposite pair is rare and specific, so a deep reach finds no opposite for paraphrases."""

_ADVERBIAL_PHRASES = 2
"""How many adverbial phrases may stand between an object and the verb after it
(整備を日本として積極的に支援): a verb further on acts on an object of its own."""

_SAME_ACT_SENSES = _OPPOSITE_SENSES
"""How many of each verb's commonest senses may make a claim's act the passage's in other
words (`acts_said_otherwise`), which covers the claim's word: as many as may make it the
opposite ("boost" is "promote" in its third), fewer than `_KIN_SENSES`, since within six
senses almost any act is kin to another. Not tuned on the labelled set: the dev split
scores the same with it as without the rule."""


@dataclass(frozen=True)
class ActionSwap:
    """A predicate of the claim that the passage replaces with an act of its own."""

    claim_word: str
    """The claim's predicate as the claim writes it ("close")."""
    source_word: str
    """The passage's predicate for the same argument, as the passage writes it ("repair")."""
    argument: str
    """The argument both govern, as the claim writes it ("wharves")."""


def swapped_actions(
    part_text: str,
    language: str,
    best: Match,
    source_language: str,
    uncovered: frozenset[str],
    covered: dict[str, str],
) -> tuple[ActionSwap, ...]:
    """The claim part's predicates that its best passage swaps for another act.

    `uncovered` holds the anchor keys of the part's words nothing in the source covers;
    `covered` maps the keys of the words the passage covers to how the passage writes them.
    Each language says which of its words act and which are acted on (`Predicating`); a
    language that does not say has no acts to compare.
    """
    out: dict[str, ActionSwap] = {}
    for act in _acts_beside(
        part_text, language, best, source_language, uncovered, covered, stances=True
    ):
        if act.verb.surface in out:
            continue
        meanings = [act.source.verbs_meant(other) for other in act.theirs]
        if any(
            meant and _linked(theirs, meant)
            for theirs in _claim_verbs(part_text, language)
            if theirs != act.ours
            for meant in meanings
        ):
            # The passage's act is another verb of the claim's, in other words ("open talks
            # …, aiming to conclude them" against 交渉を開始し: 開始 is the opening): it says
            # nothing of this one.
            continue
        if act.framing:
            # A stance ("reject", "object to") is a report, compared only with its opposite
            # (support, approve): saying the reverse of what the passage says of the same
            # argument, whatever WordNet files either verb with.
            if any(not other or act.ours & other for other in meanings) or not any(
                _opposed(a, b) for other in meanings for a in act.ours for b in other
            ):
                continue
        elif any(not other or _framing(other) or _linked(act.ours, other) for other in meanings):
            continue
        out[act.verb.surface] = ActionSwap(
            act.verb.surface, act.theirs[0].surface, act.argument.surface
        )
    return tuple(out.values())


def acts_said_otherwise(
    part_text: str,
    language: str,
    best: Match,
    source_language: str,
    uncovered: frozenset[str],
    covered: dict[str, str],
) -> dict[str, str]:
    """The claim part's predicates that its best passage writes as the same act in other
    words, on the same argument: the anchor key of each → the passage's predicate as the
    passage writes it ("boost" of "boost trade" → 促進 of 貿易を促進). Held tighter than
    `swapped_actions`' test for another act, since it covers a word: the two acts are one
    when WordNet relates them as such (`_same_act`), never because their commonest senses
    share a broad class of acts (verb.change holds "freeze" and "promote" alike)."""
    out: dict[str, str] = {}
    for act in _acts_beside(part_text, language, best, source_language, uncovered, covered):
        if act.key in out:
            continue
        same = next(
            (
                other
                for other in act.theirs
                if (meant := act.source.verbs_meant(other))
                and not _framing(meant)
                and _same_act(act.ours, meant)
            ),
            None,
        )
        if same is not None:
            out[act.key] = same.surface
    return out


@dataclass(frozen=True)
class _ActBeside:
    """A claim's verb the passage lacks, an argument of it the passage covers, and the
    passage's own predicates beside that argument."""

    key: str
    """The verb's anchor key."""
    verb: Token
    """The claim's verb, as the claim writes it."""
    ours: frozenset[str]
    """The English verbs it means (`Predicating.verbs_meant`)."""
    argument: Token
    """The argument, as the claim writes it."""
    theirs: tuple[Token, ...]
    """The passage's predicates beside the passage's form of the argument, nearest first."""
    source: Predicating
    """The passage's language, which says what its predicates mean."""
    framing: bool = False
    """The claim's verb reports or judges (`_framing`: "reject", "object"), in its commonest
    sense: compared only with an opposite (`swapped_actions`)."""


def _acts_beside(
    part_text: str,
    language: str,
    best: Match,
    source_language: str,
    uncovered: frozenset[str],
    covered: dict[str, str],
    *,
    stances: bool = False,
) -> Iterator[_ActBeside]:
    """Each claim verb nothing covers (an act, not a report or judgement: `_framing`, unless
    `stances` asks for those too, marked `_ActBeside.framing`), with
    each argument of it the passage covers and the passage's predicates beside that argument,
    nearest first; the claim's arguments in its own order. Each language says which of its
    words act and which are acted on (`Predicating`); a language that does not say gives
    none."""
    claim_module = language_for(language)
    source_module = language_for(source_language)
    if not isinstance(claim_module, Predicating) or not isinstance(source_module, Predicating):
        return
    if not uncovered or not covered:
        return
    claim_tokens = claim_module.tokens(part_text)
    passage_tokens = source_module.tokens(best.sentence.text)
    # The passage's words that cover a claim word are no act of the passage's own; a
    # statement of commitment ("pledged" met by 継続していく) covers the pledge, not the act
    # it is made of.
    taken = [form for form in covered.values() if form and not form.endswith(COMMITMENT_LINK)]
    for number, token in enumerate(claim_tokens):
        key = _key(token, uncovered)
        if key is None or not claim_module.verb_at(claim_tokens, number):
            continue
        if _denied(claim_module, part_text, claim_tokens, token):
            continue  # "would not close": a denied act is the polarity check's
        ours = claim_module.verbs_meant(token)
        framing = bool(ours) and _framing(ours)
        if not ours or (framing and not stances):
            continue
        for near, side in _neighbours(claim_module, claim_tokens, number, from_verb=True):
            form = covered.get(_key(claim_tokens[near], frozenset(covered)) or "")
            if not form or not _argument(claim_module, claim_tokens, near):
                continue
            if side < 0 and claim_module.object_follows_verb():
                # The object follows the verb: a noun before it is its subject, or what a
                # participle describes ("people hit by the drought").
                continue
            # In one language an argument keeps its side of the verb; across languages the
            # order of a verb and its object may differ (close the wharves / 埠頭を閉鎖する).
            wanted = side if language == source_language else 0
            # A noun that names an act after the argument (港の改修) acts on it, unless the
            # argument names people or a body of them, who may be the act's doers instead
            # (企業の参画: the companies take part).
            nominal = not _names_doers(language, claim_tokens[near])
            theirs = [
                other
                for other in _passage_predicates(
                    source_module, passage_tokens, form, taken, wanted, nominal=nominal
                )
                # "can never accept", 決して認められない: a denied act is no act the passage
                # says was done, to compare with the claim's.
                if not _denied(source_module, best.sentence.text, passage_tokens, other)
            ]
            if theirs:
                yield _ActBeside(
                    key, token, ours, claim_tokens[near], tuple(theirs), source_module, framing
                )


def _denied(module: Predicating, text: str, tokens: Sequence[Token], token: Token) -> bool:
    """Whether the language's grammar denies a verb where `text` writes it (`Negating`:
    "would not close", 認められない); a language that cannot say denies nothing."""
    return isinstance(module, Negating) and bool(
        module.negation_of(text, tokens, token.start, token.end)
    )


@functools.lru_cache(maxsize=1024)
def _claim_verbs(part_text: str, language: str) -> tuple[frozenset[str], ...]:
    """The English verbs each word a claim part uses as an act means (`Predicating`; not a
    report or judgement, `_framing`: "pledged" frames the act it reports), covered or not."""
    module = language_for(language)
    if not isinstance(module, Predicating):
        return ()
    tokens = module.tokens(part_text)
    return tuple(
        meant
        for number, token in enumerate(tokens)
        if token.content
        and module.verb_at(tokens, number)
        and (meant := module.verbs_meant(token))
        and not _framing(meant)
    )


def _same_act(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether a verb of the claim is the passage's act in other words: one act
    (`_one_act`) with two of the English verbs the passage's word means (with the only one,
    when it means one), and the opposite of none. One of several glosses is too little: a
    dictionary's word has off-sense glosses (推進 "implement", which WordNet files with
    "enforce"), and one Japanese word rendering both is a wording at best, never cover."""
    if any(_opposed(a, b) for a in ours for b in theirs):
        return False
    wanted = min(2, len(theirs))
    return any(sum(_one_act(a, b) for b in theirs) >= wanted for a in ours)


@functools.lru_cache(maxsize=8192)
def _one_act(claimed: str, said: str) -> bool:
    """Whether WordNet files a claim's verb and the passage's in one synset, in the commonest
    `_SAME_ACT_SENSES` senses of each ("boost" is "promote" in its third). Not a more
    specific act ("freeze", a kind of "solidify", says more than the passage), nor a more
    general one ("enlarge" above "deepen" says another act in diplomatic prose), nor two
    kinds of one more general act ("widen" and "intensify" are both ways to "increase")."""
    if claimed == said:
        return True
    net = wordnet()
    claim_senses = net.senses(claimed.replace(" ", "_"), "verb")[:_SAME_ACT_SENSES]
    said_senses = net.senses(said.replace(" ", "_"), "verb")[:_SAME_ACT_SENSES]
    return bool(set(claim_senses) & set(said_senses))


def _key(token: Token, keys: frozenset[str]) -> str | None:
    """The anchor key among `keys` that a claim token is written as, if any."""
    return next((key for key in token.anchor_keys if key in keys), None)


def _neighbours(
    module: Predicating, tokens: Sequence[Token], number: int, *, from_verb: bool
) -> list[tuple[int, int]]:
    """The content tokens next to token `number` with only function words between, on
    either side, each with its side (1: after it, -1: before it).

    A noun phrase may hold modifiers between a verb and its head noun, with no function word
    between ("reduce bilateral trade", "expand bilateral trade"), and its head is its last
    word in English and Japanese alike. So from a verb (`from_verb`), what follows it is the
    head of the phrase after it: its last content word that is no verb there. From a noun,
    what precedes it is the word before its own modifiers and the word that opens its phrase:
    the verb before "bilateral" of "expand bilateral trade", before "a joint" of "launch a
    joint study". Only a determiner or a phrasal verb's particle stands between such a verb
    and its phrase ("wind down the talks": `Predicating.opens_phrase`), never a preposition
    (`Predicating.brings_phrase`: "cooperate on the repair"), on either side.
    Where a verb follows its object (Japanese), what follows the noun is the last word of
    the predicate after it (引き続き後押し: 後押し)."""
    out = []
    for step in (1, -1):
        at = number + step
        skipped: list[Token] = []
        grammar_verb = False
        while 0 <= at < len(tokens) and tokens[at].word_class is WordClass.FUNCTION:
            if (
                not from_verb
                and step < 0
                and skipped
                and all(module.opens_phrase(token) for token in skipped)
                and module.verb_at(tokens, at)
            ):
                # A verb the stop list reads as grammar, right before the phrase a
                # determiner opens: "continue its support" acts on the support.
                grammar_verb = True
                break
            skipped.append(tokens[at])
            at += step
        if grammar_verb:
            out.append((at, step))
            continue
        if not (0 <= at < len(tokens) and tokens[at].content):
            continue
        if not from_verb and step < 0 and any(module.brings_phrase(t) for t in skipped):
            continue  # "cooperate on the repair": the repair is no object of "cooperate"
        if from_verb and step == 1:
            if any(module.brings_phrase(token) for token in skipped):
                continue  # "cooperate on the repair": no object of "cooperate"
            if all(module.opens_phrase(token) for token in skipped):
                # The phrase the verb acts on, not one a preposition brings ("draw on …").
                while (
                    at + 1 < len(tokens)
                    and tokens[at + 1].content
                    and not module.verb_at(tokens, at + 1)
                ):
                    at += 1
        elif not from_verb and step == 1 and module.verb_follows_object():
            # A predicate's head is its last word: 復興を引き続き後押し acts by 後押し, and
            # 引き続き ("continuing") only says how. Where a particle marks the noun as a
            # verb's argument, an adverbial phrase may stand before the predicate
            # (整備を日本として支援, 協力を積極的に推進): past up to _ADVERBIAL_PHRASES of them.
            # A noun that runs into the next (汚染対策に資する) is a word of a compound, and
            # one の ties to the next (鉄道の整備に向けて協力): neither is that verb's argument.
            hops = _ADVERBIAL_PHRASES if module.marks_argument(skipped) else 0
            while True:
                while at + 1 < len(tokens) and tokens[at + 1].content:
                    at += 1
                after = at + 1
                while after < len(tokens) and tokens[after].word_class is WordClass.FUNCTION:
                    after += 1
                if (
                    module.verb_at(tokens, at)
                    or not hops
                    or after >= len(tokens)
                    or not tokens[after].content
                    or not module.sets_off_adverbial(tokens[at + 1 : after])
                ):
                    break
                at, hops = after, hops - 1
        elif not from_verb and step == -1 and at == number - 1:
            # The noun's own modifiers, right before it, then what opens its phrase (a
            # determiner: "launch a joint feasibility study"), then the word before them.
            while at >= 0 and tokens[at].content and not module.verb_at(tokens, at):
                at -= 1
            while at >= 0 and module.opens_phrase(tokens[at]):
                at -= 1
            if at < 0 or not tokens[at].content:
                continue
        out.append((at, step))
    return out


def _passage_predicates(
    module: Predicating,
    tokens: Sequence[Token],
    form: str,
    taken: Sequence[str],
    side: int,
    *,
    nominal: bool = False,
) -> list[Token]:
    """The verbs the passage writes next to its form of the argument (on `side` of it, or
    either when 0), when they are words of the passage's own (no covered word of the claim
    is written with them); nearest first. With `nominal`, where a verb follows its object,
    also a noun after the argument that names an act on it (`Predicating.names_act_on`)."""
    out: list[Token] = []
    for number, token in enumerate(tokens):
        if not module.writes_argument(token, form) or not _argument(module, tokens, number):
            continue
        for near, step in _neighbours(module, tokens, number, from_verb=False):
            other = tokens[near]
            if side and step != -side:
                continue
            if step < 0 and module.verb_follows_object():
                continue  # a clause that describes the argument (両国を結ぶ直行便)
            if any(module.writes_argument(other, written) for written in taken):
                # A claim word the passage writes right before the argument is a modifier
                # both share ("expand direct flights": "direct", which WordNet's corpus meets
                # mostly as a verb); the verb before it acts on the argument.
                before = near - 1
                if (
                    step > 0
                    or before < 0
                    or not tokens[before].content
                    or not module.verb_at(tokens, before)
                    or any(module.writes_argument(tokens[before], written) for written in taken)
                ):
                    continue
                near, other = before, tokens[before]
            if module.verb_at(tokens, near) or (
                nominal
                and step > 0
                and module.verb_follows_object()
                and module.names_act_on(tokens, near)
            ):
                out.append(other)
    return out


def _argument(module: Predicating, tokens: Sequence[Token], number: int) -> bool:
    """Whether a token can be what a verb acts on: a common noun, not itself used as a verb
    or a modifier (`Predicating.names_thing`). A name is left out: beside a verb it is as
    often the verb's subject as its object ("helping Tajikistan build"), and the passage's
    verb beside it is then another act of the event, not the claim's in other words."""
    if tokens[number].word_class is not WordClass.NOUN or module.verb_at(tokens, number):
        return False
    return module.names_thing(tokens, number)


_DOERS = frozenset({"noun.person", "noun.group"})
"""WordNet's classes of nouns that name people or bodies of them (students, companies)."""


def _names_doers(language: str, token: Token) -> bool:
    """Whether a claim's argument names people or a body of them, in the commonest noun sense
    of its first rendering (its lemma in English, its first gloss in Japanese): a noun before
    a passage's act may then be the one who does it."""
    module = language_for(language)
    glosses = module.glosses(token) if module is not None else ()
    word = glosses[0].text if glosses else token.lemma
    files = wordnet().lexicographer_files(word, "noun")
    return bool(files) and files[0] in _DOERS


def _framing(verbs: frozenset[str]) -> bool:
    """Whether a verb reports or judges rather than acts, in its commonest sense."""
    return any(wordnet().reports(verb) for verb in verbs)


def _linked(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether WordNet makes any verb of one side a paraphrase of one of the other, and
    none of them its opposite (reduce / increase share a class but swap the act)."""
    if ours & theirs:
        return True
    if any(_opposed(a, b) for a in ours for b in theirs):
        return False
    # One Japanese word renders both (停止: stop, halt, suspend; 促進: promote, accelerate):
    # a wording, whichever of their senses WordNet lists first.
    if any(rendered_alike(a, b) for a in ours for b in theirs):
        return True
    return any(_kin(a, b) for a in ours for b in theirs)


@functools.lru_cache(maxsize=8192)
def _opposed(first: str, second: str) -> bool:
    """Whether WordNet makes two verbs, or more general verbs of each (up to
    `_OPPOSITE_DEPTH` steps), opposites, sense for sense (reduce, a kind of decrease, against
    expand, a kind of increase; restrict, a kind of limit, a kind of decrease): an opposite of a
    sense one of them does not reach ("back" as "move backwards" against "advance") is none
    of theirs."""
    net = wordnet()
    mine = net.verb_kinds(first, _OPPOSITE_SENSES, _OPPOSITE_DEPTH)
    theirs = net.verb_kinds(second, _OPPOSITE_SENSES, _OPPOSITE_DEPTH)
    return bool(net.verb_opposites(mine) & theirs or net.verb_opposites(theirs) & mine)


@functools.lru_cache(maxsize=8192)
def _kin(first: str, second: str) -> bool:
    """Whether WordNet relates two verbs in their dominant senses: one a synonym, derived
    form, more general or more specific word of the other, or both kinds of one more general
    act below the top of WordNet's verb trees (`_KIN_SENSES`, `WordNet.verb_parents`), or
    their commonest senses both in the class of changes of degree
    (`_CHANGE_OF_DEGREE`, `_DOMINANT_SENSES`)."""
    first_links = _links(first, _KIN_SENSES)
    second_links = _links(second, _KIN_SENSES)
    if second in {link.word for link in first_links} or first in {
        link.word for link in second_links
    }:
        return True
    net = wordnet()
    mine, theirs = net.verb_parents(first, _KIN_SENSES), net.verb_parents(second, _KIN_SENSES)
    if any(mine[word] or theirs[word] for word in mine.keys() & theirs.keys()):
        # Both kinds of one act, where that act is no top of WordNet's verb trees on both
        # sides ("change" is above "end" and "promote" alike).
        return True
    classes = set(net.lexicographer_files(first, "verb")[:_DOMINANT_SENSES])
    shared = classes & set(net.lexicographer_files(second, "verb")[:_DOMINANT_SENSES])
    return _CHANGE_OF_DEGREE in shared


@functools.lru_cache(maxsize=8192)
def _links(word: str, senses: int) -> tuple[Link, ...]:
    return wordnet().links(word, senses)
