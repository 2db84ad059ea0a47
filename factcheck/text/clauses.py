"""Clauses: a source sentence cut where a second speaker takes over, each clause with its speaker.

Takes one sentence of a source (its text and language); gives its `Clause`s in order. A readout
often packs two speakers into one sentence:

    高市総理から、…旨述べ、トランプ大統領からも、…旨の発言がありました。
    …について意見交換を行い、両首脳は、…で一致しました。
    Prime Minister Takaichi said that …, and President Trump added that …

The first clause keeps the speaker the sentence already has (the one named at its start, or the
transcript label it stands under; see `factcheck.text.speakers`); each later clause that opens
with a speaker of its own ("トランプ大統領からも、", "and President Trump added") gets that
speaker. A
clause whose predicate is done by both sides together (「意見交換を行い」, "exchanged views")
belongs to both leaders.

Phrases that name an author or a source rather than the speaker ("a concept proposed by Mr. Abe",
"launched by", "according to") never open a clause, and `is_authorship` lets the attribution
check tell them from a speaker.

Every language-specific pattern lives in the language's module (`clause_patterns`: en.py,
ja.py); a language whose module gives none is never split.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.languages.interface import ClausePatterns, Language

__all__ = ["Clause", "ClausePatterns", "is_authorship", "split_clauses"]


@dataclass(frozen=True)
class Clause:
    """A stretch of one sentence said by one speaker."""

    text: str
    start: int
    """Offset of the clause in the sentence."""
    end: int
    speaker: str | None
    """The speaker the clause opens with ("トランプ大統領", "President Trump"); None for the
    first clause, which keeps the sentence's own speaker."""
    joint: bool = False
    """Both sides perform the clause's act together (意見交換を行い, "exchanged views")."""
    body: int = 0
    """Offset in `text` where the clause's content starts, after the phrase that names its
    speaker («ユヌス首席顧問からは、», "Minister Lamola added that"): the speaker's name
    says who speaks, not what is said."""
    meeting: bool = False
    """The clause reports the meeting itself («…と電話会談を行いました», "held a summit meeting
    with"): it names who took part, not who spoke (`ClausePatterns.meeting`)."""
    continues: bool = False
    """The phrase naming its speaker marks it as speaking to the topic of the clause before
    («Yからも、», "Y also said"; `ClausePatterns.continuing`)."""

    @property
    def content(self) -> str:
        """The clause without the phrase that names its speaker."""
        return self.text[self.body :]


_SPEAKER_GROUPS = ("who", "who2", "who3", "who4", "who5")
"""The groups of `ClausePatterns.speaker_opening` that name the speaker, one per reading."""


def _patterns(language: str) -> ClausePatterns | None:
    from factcheck.languages import language_for

    module = language_for(language)
    return module.clause_patterns if module is not None else None


def split_clauses(sentence: str, language: str) -> tuple[Clause, ...]:
    """The clauses of `sentence`, in order, covering it end to end.

    A sentence with one speaker is one clause. A language without patterns is never split.
    """
    patterns = _patterns(language)
    opening = _opening(sentence, language)
    whole = (
        Clause(
            sentence,
            0,
            len(sentence),
            None,
            _joint(sentence, patterns),
            opening,
            meeting=_meeting(sentence, patterns),
        ),
    )
    if patterns is None:
        return whole
    first = patterns.first_predicate.search(sentence)
    ends: frozenset[int] | None = None
    cuts: list[tuple[int, str, int]] = []
    for match in patterns.speaker_opening.finditer(sentence):
        groups = match.groupdict()
        if not patterns.opens_speech(match):
            continue
        if groups.get("who3") is not None:
            # A speaker the pattern reads only after the first speaker's predicate, where the
            # grammar ends a clause, and only when what follows reports its speech
            # (「茂木大臣はこれに謝意を述べました」), not a question put to them (「…が、総理は
            # どのようにお考えですか」) nor a statement the first speaker reports
            # (「高市総理から、交流は拡大しており、リンド首相は…友人であると述べました」).
            ends = _part_ends(sentence, language) if ends is None else ends
            if (
                first is None
                or first.start() >= match.start()
                or match.start() not in ends
                or not (
                    _reports_speech(sentence[match.start("who3") :], language)
                    or _ends_answering(sentence[match.start("who3") :], patterns, language)
                )
            ):
                continue
        elif first is None or match.start() < first.start():
            # Before the first predicate the pattern finds, a speaker still opens a clause
            # where the grammar ends one: a verb's continuative form and a comma
            # (「謝意が述べられ、高市総理からは、…」).
            ends = _part_ends(sentence, language) if ends is None else ends
            if match.start() not in ends:
                continue
        if groups.get("who4") is not None:
            # A speaker before から with no comma opens a clause only at the grammar's end of
            # the clause before it, where its own clause answers that one (`answer`).
            ends = _part_ends(sentence, language) if ends is None else ends
            answer = patterns.answer
            if (
                answer is None
                or match.start() not in ends
                or answer.fullmatch(sentence[match.start("who4") :]) is None
            ):
                continue
        who = next((groups[name] for name in _SPEAKER_GROUPS if groups.get(name)), None)
        if who is None or patterns.authorship.search(match.group(0)):
            continue
        if who.lower() in {"he", "she", "they"}:
            continue  # the same person again, not a new speaker
        # The clause starts at the speaker, after the joining comma and conjunction.
        start = match.start(next(name for name in _SPEAKER_GROUPS if groups.get(name)))
        cuts.append((start, who.strip(), match.end()))
    if not cuts:
        return whole
    clauses: list[Clause] = []
    bounds: list[tuple[int, str | None, int]] = [(0, None, opening), *cuts]
    for number, (start, who, body) in enumerate(bounds):
        end = bounds[number + 1][0] if number + 1 < len(bounds) else len(sentence)
        text = sentence[start:end]
        body = min(max(body - start, 0), len(text)) if who is not None else body
        continues = (
            who is not None
            and patterns.continuing is not None
            and patterns.continuing.search(text[:body]) is not None
        )
        clauses.append(
            Clause(
                text,
                start,
                end,
                who,
                _joint(text, patterns),
                body,
                meeting=_meeting(text, patterns),
                continues=continues,
            )
        )
    return tuple(clauses)


def _reports_speech(clause: str, language: str) -> bool:
    """Whether a clause opens with its speaker and ends in a verb of speech that reports what
    they said (the language's `claim_speech`: 「Xは…と述べました」, 「Xは…に謝意を述べました」):
    only grammar words after it. Not a verb of speech inside a phrase the clause goes on
    from (「Xは…と述べていることを心強く思う旨述べ」: another's statement)."""
    from factcheck.languages import language_for

    module = language_for(language)
    found = module.claim_speech.match(clause) if module is not None else None
    if module is None or found is None:
        return False
    return _grammar_only(module, clause[found.end() :])


def _ends_answering(clause: str, patterns: ClausePatterns, language: str) -> bool:
    """Whether a clause that opens with its speaker ends in a reaction or an endorsement of
    what the clause before said (「Y大臣もこれに同意しました」, 「Y大臣はこれを歓迎しました」): its
    last such word followed by grammar words only. The answer is the speaker's own act,
    as a verb of speech would report it."""
    from factcheck.languages import language_for

    module = language_for(language)
    if module is None:
        return False
    last = -1
    for pattern in (patterns.reaction, patterns.endorsement):
        for found in pattern.finditer(clause) if pattern is not None else ():
            last = max(last, found.end())
    return last >= 0 and _grammar_only(module, clause[last:])


def _grammar_only(module: Language, text: str) -> bool:
    """Whether the language's analyser reads only grammar words (function words, auxiliaries,
    symbols) in `text`: what may follow the verb that ends a clause."""
    from factcheck.languages.interface import WordClass

    grammar = (WordClass.FUNCTION, WordClass.AUXILIARY, WordClass.SYMBOL)
    return all(t.word_class in grammar for t in module.tokens(text))


def _part_ends(sentence: str, language: str) -> frozenset[int]:
    """Where the language's grammar ends one assertion of the sentence and starts the next
    (`claim_parts`)."""
    from factcheck.languages import language_for

    module = language_for(language)
    if module is None:
        return frozenset()
    return frozenset(end for _, end in module.claim_parts(sentence))


def _opening(sentence: str, language: str) -> int:
    """Where the first clause's content starts: after the speaker it opens with
    (「冒頭、高市総理から」, "President Trump said"), if it names one."""
    from factcheck.text.speakers import speaker_phrase_end

    return speaker_phrase_end(sentence, language)


def _joint(text: str, patterns: ClausePatterns | None) -> bool:
    return patterns is not None and patterns.joint_act.search(text) is not None


def _meeting(text: str, patterns: ClausePatterns | None) -> bool:
    return (
        patterns is not None
        and patterns.meeting is not None
        and patterns.meeting.search(text) is not None
    )


def is_authorship(text: str, language: str) -> bool:
    """Whether `text` credits an author or a source ("proposed by Mr. Abe", 「…によれば」)."""
    patterns = _patterns(language)
    return patterns is not None and patterns.authorship.search(text) is not None
