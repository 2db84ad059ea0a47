"""Clause choice: which clause of a matched passage carries a claim's statement, and so whose
words it is.

A sentence with several speakers (「Xから、…旨述べ、Yからも、…」, "X said …, and Y added …")
is cut into clauses; the clause holding most of what the match covers (its content, not the
phrase naming its speaker) is the one whose speaker counts. A reaction or an answer of the
claim's speaker near the content may be the clause instead (`reaction_clause`,
`answer_clause`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, replace

from factcheck.checks.match import IndexedSentence, split_source_form
from factcheck.checks.speaker_names import within
from factcheck.checks.speaker_set import Speakers
from factcheck.checks.title_links import TitleLinks
from factcheck.checks.who_speaks import clause_speakers
from factcheck.languages import language_for
from factcheck.languages.countries import countries_in
from factcheck.languages.interface import Predicating, Script, Token, WordClass
from factcheck.languages.names import names_agree
from factcheck.model import Anchor, AnchorKind, Match
from factcheck.terms.termbase import EntryKind, Termbase, is_person, is_title
from factcheck.text.clauses import Clause, split_clauses
from factcheck.text.speakers import is_endorsement, is_reaction, is_request, speaker_phrase_end
from factcheck.thresholds import ATTRIBUTED_CONTENT_SHARE, PROMPTED_ANSWER_MIN_SHARE

__all__ = [
    "acting_clause",
    "answer_clause",
    "following_answer",
    "claim_relays",
    "covering_clause",
    "reaction_clause",
    "relayed",
    "relayed_author",
]


def reaction_clause(
    content: _Candidate,
    passage: Sequence[IndexedSentence],
    claimed: Speakers,
    termbase: Termbase,
    links: TitleLinks,
    *,
    endorses: bool = False,
) -> _Candidate | None:
    """The clause where the claim's speaker reacts to the content another speaker gave:
    a clause by the claim's speaker that reports a reaction (welcomed, praised, 歓迎 …), in
    the content's sentence, the passage, or the sentence before or after it; for a claim
    that reports an endorsement (`endorses`: "backed Motegi's proposal"), a clause that
    reports one (支持, "expressed his support"), not thanks for something else. None when the
    content clause is a reaction or an endorsement itself (then that speaker's is the one
    the source reports) or no such clause is near."""
    # The verb that reports the speech is read with the clause ("A welcomed this").
    if _answers(content.clause.text, content.entry.language):
        return None
    source, at = content.entry.source_id, content.entry.sentence.index
    near = [content.entry, *passage]
    near += [links.entry(source, n) for n in (at - 1, at + 1) if n >= 0 and links.has(source, n)]
    seen: set[int] = set()
    for entry in near:
        if entry.sentence.index in seen or entry.source_id != source:
            continue
        seen.add(entry.sentence.index)
        clauses = split_clauses(entry.sentence.text, entry.language)
        for clause in clauses:
            actual = clause_speakers(clause, entry, termbase, links)
            if (
                actual is not None
                and actual.known
                and claimed.compatible(actual)
                and (
                    is_endorsement(clause.text, entry.language)
                    if endorses
                    else is_reaction(clause.text, entry.language)
                )
            ):
                return _Candidate(entry, clause, actual, len(clauses) > 1)
    return None


def _answers(text: str, language: str) -> bool:
    """Whether a clause reports a reaction or an endorsement: an answer to the other side's
    words or acts."""
    return is_reaction(text, language) or is_endorsement(text, language)


def answer_clause(
    content: _Candidate,
    claimed: Speakers,
    match: Match,
    termbase: Termbase,
    links: TitleLinks,
    topic_names: frozenset[str],
    *,
    prompted: bool = False,
) -> _Candidate | None:
    """The clause where the claim's speaker answers the other speaker's clause that holds
    the content, when that clause reacts to, or asks for, what the claim's speaker does
    («Aから、日本の支援に謝意が表明され、高市総理から、引き続き支援していく旨述べました»: the
    support is Japan's, A only thanks for it): a later clause of the same sentence by the
    claim's speaker that carries at least ATTRIBUTED_CONTENT_SHARE of the claim's content
    too. None when the content clause neither reacts nor asks, or no such clause follows (a
    claim that reports the reaction itself, "Takaichi said Qarland valued Japan's help", is
    the reacting speaker's).

    `prompted`: the claim itself says its speaker answered the content clause's speaker
    ("Hill voiced support … after Motegi briefed her on it"). What that clause carries is
    then that speaker's by the claim's own account, whatever it says; the answer must carry
    ATTRIBUTED_CONTENT_SHARE of the rest of what the sentence carries (what it does not
    carry is left to coverage) and PROMPTED_ANSWER_MIN_SHARE of all of it, so that a clause
    holding one minor word of the claim is no answer. Its share is reported of all of it."""
    language = content.entry.language
    if not (
        prompted
        or is_reaction(content.clause.text, language)
        or is_request(content.clause.text, language)
    ):
        return None
    found = _clauses_of(content.entry, termbase, links)
    _, carried, total = _carried(found, match, termbase, claimed, topic_names)
    rest = total
    if prompted:
        rest = sum(
            weight
            for candidate, weight in zip(found, carried, strict=True)
            if candidate.clause.start != content.clause.start
        )
    for candidate, weight in zip(found, carried, strict=True):
        if candidate.clause.start > content.clause.start and _answers_with(
            candidate, claimed, weight, rest, total, prompted=prompted
        ):
            return replace(candidate, share=weight / total)
    return None


def _answers_with(
    candidate: _Candidate,
    claimed: Speakers,
    weight: float,
    rest: float,
    total: float,
    *,
    prompted: bool,
) -> bool:
    """Whether a clause is the claim's speaker's answer: said by the claim's speaker, and
    carrying ATTRIBUTED_CONTENT_SHARE of the claim's content the content clause leaves
    (`rest`); when the claim says it was prompted, also PROMPTED_ANSWER_MIN_SHARE of all of
    it (`total`)."""
    actual = candidate.speakers
    return (
        actual is not None
        and actual.known
        and claimed.compatible(actual)
        and rest > 0
        and weight / rest >= ATTRIBUTED_CONTENT_SHARE
        and (not prompted or (total > 0 and weight / total >= PROMPTED_ANSWER_MIN_SHARE))
    )


def following_answer(
    content: _Candidate,
    claimed: Speakers,
    match: Match,
    others: Sequence[tuple[Match, Sequence[IndexedSentence]]],
    termbase: Termbase,
    links: TitleLinks,
    topic_names: frozenset[str],
) -> _Candidate | None:
    """A prompted claim's answer in the sentence right after the content's: the claim says
    its speaker answered the content clause's speaker ("Asked by Sinirlioğlu to take part
    …, Motegi said Japan would consider the invitation"), and the source gives the answer a
    sentence of its own ("X invited Japan to participate …. Minister Motegi stated that
    Japan would give positive consideration to the invitation."). `others` are the part's
    other candidates (each a match and its passage): that next sentence's match is among
    them if the part has one. The answer is a clause of it by the claim's
    speaker that carries ATTRIBUTED_CONTENT_SHARE of the claim's content the content clause
    leaves (as `answer_clause` reads a later clause of the same sentence) and
    PROMPTED_ANSWER_MIN_SHARE of all of it."""
    source, after = content.entry.source_id, content.entry.sentence.index + 1
    following = next(
        (
            (candidate, passage[0])
            for candidate, passage in others
            if candidate.source_id == source and candidate.sentence.index == after and passage
        ),
        None,
    )
    if following is None:
        return None
    next_match, entry = following
    prompt = _clauses_of(content.entry, termbase, links)
    _, held, total = _carried(prompt, match, termbase, claimed, topic_names)
    given = sum(
        weight
        for candidate, weight in zip(prompt, held, strict=True)
        if candidate.clause.start == content.clause.start
    )
    rest = total - given
    found = _clauses_of(entry, termbase, links)
    _, carried, _ = _carried(found, next_match, termbase, claimed, topic_names)
    for candidate, weight in zip(found, carried, strict=True):
        if _answers_with(candidate, claimed, weight, rest, total, prompted=True):
            return replace(candidate, share=weight / total)
    return None


def acting_clause(
    content: _Candidate,
    claimed: Speakers,
    match: Match,
    termbase: Termbase,
    links: TitleLinks,
    topic_names: frozenset[str],
    acts: frozenset[str],
    *,
    by_claimed: bool,
    beyond_act: bool = False,
    answer: bool = False,
) -> _Candidate | None:
    """A later clause of the content clause's sentence that answers it with the act the claim
    reports, and so is where the claim stands: by another speaker when the content clause is
    the claim's speaker's (`by_claimed` false), or by the claim's speaker when it is
    another's (`by_claimed` true).

    By another («茂木大臣から、邦人の安全確保への協力を要請し、ハルヴォルセン大臣は最大限努力する
    旨述べました»: "Motegi said he would do his utmost for their safety" gives Motegi the
    pledge Halvorsen made; «Xから、…について説明があり、茂木大臣はこれを高く評価する旨述べました»:
    the praise is Motegi's): the mirror of `answer_clause`, the content clause holding the
    object both clauses speak of and the other speaker's clause the act the claim reports.
    By the claim's speaker («高市総理から、…協力を提案し、リンド首相は前向きに検討したい旨述べ
    ました»: "Lind said Estoria would consider it positively" is Lind's, though Takaichi's
    clause holds more of its words).

    The clause must be by a known speaker (not the claim's, or the claim's, as asked), hold
    one of the claim's acts (`acts`: the anchor keys of the words the claim uses as verbs,
    `claim_acts`) that the content clause lacks (or, by the claim's speaker, point back to
    the content clause and hold more of the claim, where the content clause holds none of
    its acts: an act the lexicon cannot link, "look into" for "consider"), and either point
    back to the content clause's object (`ClausePatterns.anaphor`: これを, "this") or carry,
    in anchors the
    content clause does not hold, at least ATTRIBUTED_CONTENT_SHARE of the claim's content
    (with `beyond_act`, some of it in a word that is not one of the acts: a reaction both
    speakers give, "welcomed" / "praised", says by its verb alone nothing of what it was to),
    or, with `answer` (the claim reports no request of its own), hold besides the act any
    word of the claim's content the content clause lacks, while the content clause holds none
    of the claim's acts: an answer carries what it answers along («…人材育成への協力を要請し、
    高市総理からは、JICAを通じた技術協力を検討する旨述べました»: the claim that repeats the
    request holds only 検討 and JICA of it in the answer), and its share is then the content
    clause's and its own. A claim whose act the content clause holds ("A proposed that both
    sides consider it", «…提案し») is that clause's speaker's, whatever the answer says.
    A word both clauses hold («歓迎» in a welcome and the thanks for it) says nothing of whose
    the claim is, nor does a manner word alone ("warmly" for the thanks' 温かい歓迎). None
    when no such clause follows."""
    found = _clauses_of(content.entry, termbase, links)
    if len(found) < 2:
        return None
    at = next((i for i, c in enumerate(found) if c.clause.start == content.clause.start), None)
    if at is None:
        return None
    own, phrase = _speaker_words(claimed)
    total = _content_weight(match, termbase, own, phrase, topic_names)
    if not total:
        return None
    alone = [0.0] * len(found)
    besides = [0.0] * len(found)
    acted: set[int] = set()
    content_acts = False
    for anchor, form in zip(match.covered, match.source_forms, strict=False):
        if _frame(anchor, termbase, own, phrase, topic_names) is not None:
            continue
        if at in _holders(anchor, form, found, whole=True):
            content_acts = content_acts or anchor.key in acts
            continue
        # In the other clauses' content only: the phrase naming their speaker says whom the
        # claim may also name (its addressee), not what it reports; but an act may be the
        # verb that phrase reports with ("Minister Motegi praised it").
        holders = _holders(anchor, form, found, whole=anchor.key in acts)
        for i in holders:
            alone[i] += anchor.weight / len(holders)
            if anchor.key not in acts:
                besides[i] += anchor.weight / len(holders)
        if anchor.key in acts:
            acted.update(holders)
    module = language_for(content.entry.language)
    patterns = module.clause_patterns if module is not None else None
    anaphor = patterns.anaphor if patterns is not None else None
    answering = patterns.answer if patterns is not None else None
    for i in range(at + 1, len(found)):
        actual = found[i].speakers
        points_back = anaphor is not None and anaphor.search(found[i].clause.content) is not None
        # A later clause by the claim's speaker that points back at the content clause and
        # says more of the claim beside it, where the content clause holds none of the
        # claim's acts ("Qu explained …, and Takaichi stated that Japan would consider further
        # cooperation in this area" for "Takaichi told Qu Japan would look into further
        # cooperation"): the claim's act is worded otherwise, and its speaker acts there.
        unworded = by_claimed and points_back and not content_acts and besides[i] > 0
        if (
            (i not in acted and not unworded)
            or actual is None
            or not actual.known
            or claimed.compatible(links.homed(content.entry.source_id, actual, claimed))
            is not by_claimed
            or (beyond_act and not besides[i])
        ):
            continue
        if alone[i] / total >= ATTRIBUTED_CONTENT_SHARE:
            return replace(found[i], share=alone[i] / total)
        if answer and not content_acts and besides[i]:
            return replace(found[i], share=min(1.0, content.share + alone[i] / total))
        if points_back or (
            answering is not None and answering.fullmatch(found[i].clause.text) is not None
        ):
            # «…高市総理はこれを歓迎しました», "… and Minister Motegi supported them": the
            # clause acts on what the clause before it said, which it carries by pointing,
            # or by answering it with no object of its own («…X首相から支持が表明されました»).
            return replace(found[i], share=min(1.0, content.share + alone[i] / total))
    return None


def named_elsewhere(
    content: _Candidate, claimed: Speakers, termbase: Termbase, links: TitleLinks
) -> bool:
    """Whether the claim's speaker is named as the speaker of another clause of the content
    clause's sentence and not as the content clause's own: «茂木大臣から、…支援を表明し、
    ルヴァロ大臣からも、…説明がありました» with the claim "Ruvalo voiced support …". Where the
    two speakers' names cannot be compared (a name in Latin letters, another in kanji), the
    name the sentence writes for the claim's speaker says whose clause is whose."""
    actual = content.speakers
    if actual is None or not actual.known or actual.both or claimed.both:
        return False  # both sides speak in a joint clause, and a joint claim is both's
    if named_alike(claimed, actual):
        return False
    return any(
        other.speakers is not None
        and other.clause.start != content.clause.start
        and named_alike(claimed, other.speakers)
        for other in _clauses_of(content.entry, termbase, links)
    )


def relayed(content: _Candidate, claimed: Speakers, match: Match, termbase: Termbase) -> bool:
    """Whether the content clause reports, in its speaker's words, what the claim's speaker
    did or said: it names the claim's speaker as the doer of an act (`Predicating.
    reported_of`: "Minister Motegi noted that President Tarvo had insisted on …", "conveyed
    President Tarvo's invitation to …", "delivered a letter from Takaichi expressing …"),
    that act holds at least ATTRIBUTED_CONTENT_SHARE of the claim's content weight, and the
    rest of the clause's content none of it: the claim "Tarvo insisted on …" gives the act to
    whom the source gives it. A clause whose own speaker's words hold some of the claim, its
    verb of speech included ("Motegi explained Japan's position on Tarvo's proposal",
    "Motegi welcomed Tarvo's decision"), relays nothing."""
    if claimed.both or not claimed.known:
        return False
    tokens = _clause_tokens(content)
    if tokens is None:
        return False
    names = _names(content, claimed, tokens, content.clause.start, content.clause.end)
    return _holds_act(content, claimed, match, termbase, tokens, names)


def relayed_author(
    content: _Candidate, claimed: Speakers, match: Match, termbase: Termbase
) -> Speakers | None:
    """The person whose act the content clause relays, when the claim gives that act to the
    clause's own speaker, the reporter: «ヴェトロフ大臣から、…に関するクルガン大統領の提案を
    説明しました» holds Kurgan's proposal, so "Vetrov proposed …" is not Vetrov's, though
    Vetrov speaks. A person named in the clause with a title the termbase knows (or a person
    it knows) whose act (`relayed`) holds the claim's content and the reporter's words none
    of it; None when no one else's act does."""
    if content.speakers is None or claimed.both or not claimed.known:
        return None
    tokens = _clause_tokens(content)
    if tokens is None:
        return None
    for name, spans in _other_names(content, claimed, tokens).items():
        if _holds_act(content, claimed, match, termbase, tokens, spans):
            return name
    return None


def claim_relays(said: str, language: str, author: Speakers) -> bool:
    """Whether a claim itself gives an act to `author`, a person it names: the name is the
    doer of what follows it in the claim's language (`Predicating.reported_of`: "Vetrov said
    Kurgan had proposed …", "explained Kurgan's proposal"), not whom the act is for
    ("Takaichi invited Sadovan to visit")."""
    module = language_for(language)
    if not isinstance(module, Predicating):
        return False
    tokens = module.tokens(said)
    for number, token in enumerate(tokens):
        if token.word_class not in _NAMING and token.script is not Script.KATAKANA:
            continue
        word = token.surface.lower().removesuffix("'s").removesuffix("’s")
        if not any(word == name or names_agree(word, name) for name in author.names):
            if not author.persons & {word}:
                continue
        if module.reported_of(said, tokens, number, _with_office(tokens, number, module)):
            return True
    return False


def _clause_tokens(content: _Candidate) -> Sequence[Token] | None:
    module = language_for(content.entry.language)
    if not isinstance(module, Predicating):
        return None
    return module.tokens(content.entry.sentence.text)


def _holds_act(
    content: _Candidate,
    claimed: Speakers,
    match: Match,
    termbase: Termbase,
    tokens: Sequence[Token],
    names: Sequence[tuple[int, int]],
) -> bool:
    """Whether the acts the named people do in the content clause (`Predicating.reported_of`)
    hold at least ATTRIBUTED_CONTENT_SHARE of the claim's content weight and the rest of the
    clause none of it."""
    module = language_for(content.entry.language)
    if not isinstance(module, Predicating):
        return False
    text = content.entry.sentence.text
    low, high = content.clause.start, content.clause.end
    acts = []
    # The whole clause: a sentence that names its speaker at its end ("President Tarvo
    # stressed …, Minister Borrel said.") opens with the one whose act it reports.
    for first, last in names:
        act = module.reported_of(text, tokens, first, last)
        if act is not None and act[0] < act[1]:
            start = tokens[act[0]].start
            acts.append((max(start, low), min(tokens[act[1] - 1].end, high)))
    if not acts:
        return False
    own, phrase = _speaker_words(claimed)
    total = _content_weight(match, termbase, own, phrase, frozenset())
    # The phrase that names the clause's speaker («高市総理から、») says who relays, nothing
    # of what: the claim may name the reporter as whom the act is for ("invited Takaichi").
    said_from = _said_from(content)
    # The name and its office («タリク国王») are whom the act is given to, not the act.
    named = [(tokens[first].start, tokens[last].end) for first, last in names]
    inside = outside = 0.0
    for anchor, form in zip(match.covered, match.source_forms, strict=False):
        if _frame(anchor, termbase, own, phrase) is not None:
            continue
        # The clause's verb of speech is the reporter's act ("welcomed Tarvo's decision").
        places = [
            at
            for at in _places(anchor, form, content.entry, text)
            if said_from <= at < high and not any(b <= at < e for b, e in named)
        ]
        if any(start <= at < end for at in places for start, end in acts):
            inside += anchor.weight
        elif places:
            outside += anchor.weight
    return outside == 0 and total > 0 and inside / total >= ATTRIBUTED_CONTENT_SHARE


def _said_from(content: _Candidate) -> int:
    """Where a clause's content starts in its sentence, after the phrase that names its
    speaker («高市総理から、», "President Lee added that"); the clause's start where the
    sentence opens with someone else ("Chancellor Brenner plans …, Welt told reporters.")."""
    if content.clause.start == 0 and not content.clause.body:
        text = content.entry.sentence.text
        end = speaker_phrase_end(text, content.entry.language)
        speaker = content.speakers.text.split(" (=")[0].strip() if content.speakers else ""
        return end if speaker and speaker in text[:end] else 0
    return content.clause.start + content.clause.body


def _other_names(
    content: _Candidate, claimed: Speakers, tokens: Sequence[Token]
) -> dict[Speakers, list[tuple[int, int]]]:
    """The people a clause's content names other than the claim's speaker and the clause's
    own, each with the first and last tokens of where it names them: a person the termbase
    knows, or a name written next to a title (クルガン大統領, "President Kurgan", タリク国王),
    not a country's name (カルドニア大統領). The phrase that names the clause's own speaker
    ("President Lee added that") names no one else, and a name the termbase knows is that
    person however it is written."""
    low, high = max(content.clause.start, _said_from(content)), content.clause.end
    terms = content.entry.facts.terms
    own = content.speakers
    text = content.entry.sentence.text
    module = language_for(content.entry.language)
    titles = [
        (hit.start, hit.end) for hit in terms if is_title(hit.entry) and low <= hit.start < high
    ]
    found: dict[Speakers, list[tuple[int, int]]] = {}
    for hit in terms:
        if not (low <= hit.start < high) or not is_person(hit.entry):
            continue
        who = Speakers(hit.surface, frozenset({hit.entry.id}))
        if _same_person(who, claimed, own):
            continue
        first = next((n for n, t in enumerate(tokens) if t.end > hit.start), None)
        last = max((n for n, t in enumerate(tokens) if t.start < hit.end), default=None)
        if first is not None and last is not None:
            found.setdefault(who, []).append((first, last))
    for number, token in enumerate(tokens):
        if (
            not low <= token.start < high
            or token.word_class not in _NAMING
            and token.script is not Script.KATAKANA
        ):
            continue
        if _within_katakana_run(tokens, number):
            continue  # read with the katakana name from its first word
        run = _katakana_run(tokens, number)
        word = text[token.start : tokens[run].end].lower().removesuffix("'s")
        if len(word) < 2 or countries_in(word):
            continue
        after = [e for b, e in titles if b == tokens[run].end]
        before = [b for b, e in titles if e in (token.start, token.start - 1)]
        office = _with_office(tokens, run, module)
        if office > run:
            after.append(tokens[office].end)
        if _office_before(tokens, number, module):
            before.append(tokens[number - 1].start)  # "King Tariq"
        if not after and not before:
            continue
        last, at = run, max(after, default=tokens[run].end)
        words = {word}
        while last + 1 < len(tokens) and tokens[last + 1].end <= at:
            last += 1
        # "President Anton Tarvo": the name's other words after the title.
        while before and last + 1 < len(tokens) and _name_goes_on(tokens[last], tokens[last + 1]):
            last += 1
            words.add(tokens[last].surface.lower().removesuffix("'s"))
            at = tokens[last].end
        written = text[min([token.start, *before]) : at].removesuffix("'s").removesuffix("’s")
        persons = frozenset(
            hit.entry.id
            for hit in terms
            if is_person(hit.entry) and hit.start < at and token.start < hit.end
        )
        who = Speakers(written, persons, frozenset(words))
        if not _same_person(who, claimed, own):
            found.setdefault(who, []).append((number, last))
    return found


def _name_goes_on(token: Token, following: Token) -> bool:
    """Whether the word after a name's word is another word of the name: a name's word one
    space after it ("Anton Tarvo")."""
    return following.word_class in _NAMING and following.start - token.end == 1


def _same_person(who: Speakers, claimed: Speakers, own: Speakers | None) -> bool:
    """Whether a person a clause names may be the claim's speaker or the clause's own."""
    return claimed.compatible(who) or (own is not None and own.known and own.compatible(who))


_NAMING = frozenset({WordClass.PROPER_NOUN, WordClass.PERSON_NAME})
"""The word classes a person's name is written in (and any word in katakana, in which
Japanese writes a foreign name its analyser may read as a common noun)."""


def _names(
    content: _Candidate, claimed: Speakers, tokens: Sequence[Token], low: int, high: int
) -> list[tuple[int, int]]:
    """The first and last tokens of each name of the claim's speaker in a clause (`low`..
    `high` in its sentence): a person the termbase knows, or a name written as the claim's,
    with the titles the termbase knows written right after it (ターヴォ大統領)."""
    terms = content.entry.facts.terms
    starts = {
        hit.end: hit.start
        for hit in terms
        if hit.entry.id in claimed.persons and low <= hit.start < high
    }
    titles = [(hit.start, hit.end) for hit in terms if is_title(hit.entry)]
    module = language_for(content.entry.language)
    found = []
    for number, token in enumerate(tokens):
        if not low <= token.start < high:
            continue
        word = token.surface.lower().replace("’", "'")
        possessive = word.endswith("'s")
        named = token.end in starts or (possessive and token.end - 2 in starts)
        last = _katakana_run(tokens, number)
        if not named and (token.word_class in _NAMING or token.script is Script.KATAKANA):
            bare = word.removesuffix("'s")
            # A katakana name the analyser cuts (アール|グレン) is compared whole.
            whole = content.entry.sentence.text[token.start : tokens[last].end].lower()
            named = any(
                bare == name or names_agree(bare, name) or names_agree(whole, name)
                for name in claimed.names
            )
        if not named:
            continue
        if _within_katakana_run(tokens, number):
            continue  # the run was read from its first word
        begins = starts.get(token.end, starts.get(token.end - 2, token.start))
        first = next((n for n in range(number, -1, -1) if tokens[n].start <= begins), number)
        # An office written before the name that no termbase title reads ("King Edric").
        while _office_before(tokens, first, module):
            first -= 1
        at = tokens[last].end
        # A title that starts at the name's end or runs across it (高市総理|大臣).
        while (longer := max((e for b, e in titles if b <= at < e), default=at)) > at:
            at = longer
        while last + 1 < len(tokens) and tokens[last + 1].end <= at:
            last += 1
        found.append((first, _with_office(tokens, last, module)))
    return found


def _katakana_run(tokens: Sequence[Token], number: int) -> int:
    """The last token of the katakana name a token opens, across the words the analyser cut
    it into (アール|グレン); `number` itself for any other word."""
    last = number
    if tokens[number].script is not Script.KATAKANA:
        return last
    while (
        last + 1 < len(tokens)
        and tokens[last + 1].script is Script.KATAKANA
        and tokens[last + 1].start == tokens[last].end
    ):
        last += 1
    return last


def _within_katakana_run(tokens: Sequence[Token], number: int) -> bool:
    """Whether a token goes on the katakana name of the token before it (`_katakana_run`)."""
    return number > 0 and _katakana_run(tokens, number - 1) >= number


def _office_before(tokens: Sequence[Token], first: int, module: object) -> bool:
    """Whether the word one space before a name's first token names an office that no
    termbase title reads ("King Edric": `Predicating.names_office`)."""
    return (
        first > 0
        and isinstance(module, Predicating)
        and tokens[first - 1].end == tokens[first].start - 1
        and module.names_office(tokens[first - 1])
    )


def _with_office(tokens: Sequence[Token], last: int, module: object) -> int:
    """The last token of a name with the office written right after it that no termbase
    title reads (タリク|国王: `Predicating.names_office`)."""
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    if (
        following is not None
        and isinstance(module, Predicating)
        and following.start == tokens[last].end
        and module.names_office(following)
    ):
        return last + 1
    return last


def _places(anchor: Anchor, form: str, entry: IndexedSentence, text: str) -> list[int]:
    """Where a sentence writes a covered anchor: a term where the termbase finds it, another
    anchor by its wording."""
    if anchor.kind is AnchorKind.TERM:
        return [h.start for h in entry.facts.terms if h.entry.id == anchor.key]
    written = split_source_form(form)[0].lower()
    if not written:
        return []
    lowered, places, at = text.lower(), [], 0
    while (at := lowered.find(written, at)) >= 0:
        places.append(at)
        at += 1
    return places


def named_alike(claimed: Speakers, actual: Speakers) -> bool:
    """Whether two speakers share a person or a name (in one script or across two, through
    its reading: Ruvalo / ルヴァロ)."""
    return bool(
        claimed.persons & actual.persons
        or claimed.names & actual.names
        or any(names_agree(a, b) for a in claimed.names for b in actual.names)
    )


@dataclass(frozen=True)
class _Candidate:
    """One clause of the matched passage, with its speaker and how much of the claim it
    carries."""

    entry: IndexedSentence
    clause: Clause
    speakers: Speakers | None
    several: bool
    """Its sentence has more than one clause."""
    share: float = 1.0
    """The share of the claim's content weight the clause carries."""
    topic: str = ""
    """The topic the clause's content opens with (`ClausePatterns.topic`, «…開発事業は»),
    lower-cased; empty when it opens with none."""


def covering_clause(
    passage: Sequence[IndexedSentence],
    claimed: Speakers | None,
    match: Match | None,
    termbase: Termbase,
    links: TitleLinks,
    topic_names: frozenset[str] = frozenset(),
    quoted: Sequence[tuple[int, str]] = (),
) -> _Candidate:
    """The clause of the passage that carries most of the matched statement, with its speaker.

    Only what each clause says counts, not the phrase naming its speaker; the claim's own
    speaker does not count either (it would pull towards that speaker's clause). When clauses
    tie, one whose speaker agrees with the claim's is taken, so a tie never makes a
    misattribution; then the matched sentence before its neighbours.

    The clause's `share` is the weight of the claim's content it carries over the weight of
    all the claim's content: names of what the statement is about (a place, a project: the
    claim's proper nouns, `topic_names`) place it among the clauses, but are not what it says.
    """
    found = [
        replace(c, topic=_topic(c.clause, entry.language))
        for entry in passage
        for c in _clauses_of(entry, termbase, links)
    ]
    if match is None:
        return found[0]
    # A question in a transcript states nothing: a neighbour that is the reporter's question
    # («【記者】電話会談はいかがでしたか。») never carries the statement.
    found = [c for c in found if not _asks(c.speakers)] or found
    scores, content, total = _carried(found, match, termbase, claimed, topic_names)
    top = max(scores)
    best = [i for i, score in enumerate(scores) if score == top]
    chosen = best[0]
    for i in best:
        actual = found[i].speakers
        if claimed is None or actual is None or claimed.compatible(actual):
            chosen = i
            break
    # The words the claim quotes, where one clause alone holds them, name their speaker.
    holders = [
        i
        for i, c in enumerate(found)
        if any(
            at == c.entry.sentence.index and span and span in c.clause.content
            for at, span in quoted
        )
    ]
    if len(found) > 1 and len(holders) == 1:
        chosen = holders[0]
    return replace(found[chosen], share=content[chosen] / total if total else 0.0)


def claim_acts(text: str, language: str) -> frozenset[str]:
    """The anchor keys of the words a claim uses as verbs (`Predicating.verb_at`: "praised",
    努力 of 努力する), reporting verbs among them; empty in a language with no acts to read."""
    module = language_for(language)
    if not isinstance(module, Predicating):
        return frozenset()
    tokens = module.tokens(text)
    return frozenset(
        key
        for number, token in enumerate(tokens)
        if token.content and module.verb_at(tokens, number)
        for key in token.anchor_keys
    )


def _asks(speakers: Speakers | None) -> bool:
    """Whether the speaker is the one who asks the questions of a transcript."""
    return speakers is not None and speakers.names == frozenset({"reporter"})


def _carried(
    candidates: Sequence[_Candidate],
    match: Match,
    termbase: Termbase,
    claimed: Speakers | None = None,
    topic_names: frozenset[str] = frozenset(),
) -> tuple[list[float], list[float], float]:
    """Per clause, the weight of the match's covered anchors that its content holds (the
    clause after the phrase naming its speaker), and the weight of the claim's content in all
    (covered or not). An anchor found in several clauses is shared among them. A term is
    placed by every place the sentence names it, other anchors by their wording. Of names,
    only people the termbase knows count, and not the claim's own speaker: a person the claim
    names as the one spoken of («高市総理のタイ訪問») counts, the one it names as speaking does
    not, nor do the words of the claim's speaker phrase ("the two prime ministers"). A second
    speaker's name that the lexicon glosses («モンテネグロ首相からも、»: "Montenegro") stands
    in the phrase naming the speaker, so it counts for no clause; the same word in a clause's
    content («高市総理のタイ訪問») does. A name of the topic (a proper noun of the claim) also
    counts for a later clause that continues its clause's topic («Yからも、», "Y also";
    `_continued`), and so does any anchor that stands in the topic a clause opens with
    («Xから、北部の開発事業は…旨述べ、Yからも、同事業の…»: the project is both clauses').

    Returns the clauses' scores; per clause, the weight of the claim's content it carries
    (without its topic's names), read in the whole clause: the verb that reports the speech
    ("Halbert welcomed the visit") is what the claim says too; and the weight of the claim's
    content in all."""
    own, phrase = _speaker_words(claimed)
    scores = [0.0] * len(candidates)
    content = [0.0] * len(candidates)
    total = _content_weight(match, termbase, own, phrase, topic_names)
    for anchor, form in zip(match.covered, match.source_forms, strict=False):
        kind = _frame(anchor, termbase, own, phrase, topic_names)
        if kind == "frame":
            continue
        holders = _holders(anchor, form, candidates, whole=False)
        if kind == "topic":
            holders = _continued(candidates, holders)
        else:
            # What the clause's topic names, a later clause continuing it names too.
            topical = [i for i in holders if _in_topic(anchor, form, candidates[i])]
            holders = sorted(set(holders) | set(_continued(candidates, topical)))
        for i in holders:
            scores[i] += anchor.weight / len(holders)
        if kind is None:
            holders = _holders(anchor, form, candidates, whole=True)
            for i in holders:
                content[i] += anchor.weight / len(holders)
    return scores, content, total


def _clauses_of(entry: IndexedSentence, termbase: Termbase, links: TitleLinks) -> list[_Candidate]:
    """The clauses of a matched sentence, each with its speaker."""
    clauses = split_clauses(entry.sentence.text, entry.language)
    return [
        _Candidate(entry, c, clause_speakers(c, entry, termbase, links), len(clauses) > 1)
        for c in clauses
    ]


def _speaker_words(claimed: Speakers | None) -> tuple[frozenset[str], str]:
    """The claim's speaker as the anchors name it (its people and names) and as written (its
    text and its phrase, lower-cased): what `_frame` leaves out of a claim's content."""
    if claimed is None:
        return frozenset(), ""
    return claimed.persons | claimed.names, f"{claimed.text} {claimed.phrase}".lower()


def _content_weight(
    match: Match, termbase: Termbase, own: frozenset[str], phrase: str, topic_names: frozenset[str]
) -> float:
    """The weight of the claim's content, covered or not: its anchors that are no part of its
    frame or topic (`_frame`)."""
    return sum(
        anchor.weight
        for anchor in (*match.covered, *match.missing)
        if _frame(anchor, termbase, own, phrase, topic_names) is None
    )


def _holders(
    anchor: Anchor, form: str, candidates: Sequence[_Candidate], *, whole: bool
) -> list[int]:
    """The clauses that hold a covered anchor: in their content, or with `whole` anywhere in
    them (the phrase naming the speaker included)."""
    texts = [(c.clause.text if whole else c.clause.content).lower() for c in candidates]
    if anchor.kind is AnchorKind.TERM:
        return [
            i
            for i, c in enumerate(candidates)
            if any(
                c.clause.start + (0 if whole else c.clause.body) <= h.start < c.clause.end
                for h in c.entry.facts.terms
                if h.entry.id == anchor.key
            )
        ]
    # A word met across languages shows its layer ("留学生 (JMdict)").
    written, layer = split_source_form(form)
    holders = [i for i, text in enumerate(texts) if written and written.lower() in text]
    if not holders and not layer and anchor.kind is AnchorKind.WORD:
        # A word of the claim's own language met by its lemma shows the claim's form
        # ("working" for the source's "work"): the clauses that write its lemma hold it.
        holders = [
            i
            for i, c in enumerate(candidates)
            if anchor.key in _lemmas(c.clause.text if whole else c.clause.content, c.entry.language)
        ]
    if layer and anchor.pivots:
        # Every word of the sentence that means it (交流 as well as 留学生 for "exchanges"),
        # wherever the sentence writes it.
        holders = [
            i
            for i, (c, text) in enumerate(zip(candidates, texts, strict=True))
            if any(
                k.surface.lower() in text for k in c.entry.facts.links if k.pivot in anchor.pivots
            )
        ] or holders
    return holders


@functools.lru_cache(maxsize=1024)
def _lemmas(text: str, language: str) -> frozenset[str]:
    """The lemmas and normal forms of a clause's words, as its language reads them ("work"
    for "working"): read once per clause, though `_holders` asks for each anchor."""
    module = language_for(language)
    if module is None:
        return frozenset()
    return frozenset(form for token in module.tokens(text) for form in (token.lemma, token.normal))


def _topic(clause: Clause, language: str) -> str:
    """The topic a clause's content opens with, lower-cased ("" if none)."""
    module = language_for(language)
    pattern = module.clause_patterns.topic if module and module.clause_patterns else None
    found = pattern.match(clause.content) if pattern is not None else None
    return found.group(0).lower() if found else ""


def _in_topic(anchor: Anchor, form: str, candidate: _Candidate) -> bool:
    """Whether a covered anchor stands in the topic its clause opens with."""
    if not candidate.topic:
        return False
    written = split_source_form(form)[0].lower()
    if written and written in candidate.topic:
        return True
    return bool(anchor.pivots) and any(
        k.surface.lower() in candidate.topic
        for k in candidate.entry.facts.links
        if k.pivot in anchor.pivots
    )


def _continued(candidates: Sequence[_Candidate], holders: list[int]) -> list[int]:
    """The clauses holding a name of the claim's topic, with each later clause of the same
    sentence that continues their topic («Xから、カーボ・デルガード州の事業は…旨述べ、Yからも、
    同事業の…»): the name belongs to both, so it places the statement in neither, and what is
    said of the topic decides."""
    held = set(holders)
    for i in sorted(holders):
        for j in range(i + 1, len(candidates)):
            if candidates[j].entry is not candidates[i].entry or not candidates[j].clause.continues:
                break
            held.add(j)
    return sorted(held)


def _frame(
    anchor: Anchor,
    termbase: Termbase,
    own: frozenset[str],
    phrase: str,
    topic_names: frozenset[str] = frozenset(),
) -> str | None:
    """Whether an anchor of the claim is part of its frame ("frame": the claim's speaker, a
    title or a country, named in every clause of a readout), the name of its topic ("topic":
    a proper noun of the claim the termbase does not know, `topic_names`), or what it says
    (None)."""
    if anchor.kind is AnchorKind.TERM:
        term = termbase.get(anchor.key)
        if (
            term is not None
            and term.kind is EntryKind.NAME
            and (anchor.key in own or not is_person(term))
        ):
            return "frame"
        return None
    if anchor.key.lower() in own or (len(anchor.surface) > 1 and within(anchor.surface, phrase)):
        return "frame"  # the claim's speaker, in any script, or a word of its speaker phrase
    if anchor.kind is AnchorKind.WORD and _named_topic(anchor.surface, topic_names):
        return "topic"
    return None


def _named_topic(surface: str, topic_names: frozenset[str]) -> bool:
    """Whether a word anchor is a name of the claim's topic: a proper noun of the claim, or a
    name of several words each of which is one ("North Macedonia", "Solomon Islands")."""
    words = surface.lower().split()
    return bool(words) and (surface.lower() in topic_names or all(w in topic_names for w in words))
