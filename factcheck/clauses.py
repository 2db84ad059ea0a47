"""Clauses: a source sentence cut where a second speaker takes over, each clause with its speaker.

Takes one sentence of a source (its text and language); gives its `Clause`s in order. A readout
often packs two speakers into one sentence:

    高市総理から、…旨述べ、トランプ大統領からも、…旨の発言がありました。
    …について意見交換を行い、両首脳は、…で一致しました。
    Prime Minister Takaichi said that …, and President Trump added that …

The first clause keeps the speaker the sentence already has (the one named at its start, or the
transcript label it stands under; see `factcheck.speakers`); each later clause that opens with a
speaker of its own ("トランプ大統領からも、", "and President Trump added") gets that speaker. A
clause whose predicate is done by both sides together (「意見交換を行い」, "exchanged views")
belongs to both leaders.

Phrases that name an author or a source rather than the speaker ("a concept proposed by Mr. Abe",
"launched by", "according to") never open a clause, and `is_authorship` lets the attribution
check tell them from a speaker.

Every language-specific pattern lives in `CLAUSE_PATTERNS`, one entry per language, so the whole
table can move behind the language seam.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["CLAUSE_PATTERNS", "Clause", "ClausePatterns", "is_authorship", "split_clauses"]


@dataclass(frozen=True)
class ClausePatterns:
    """How one language opens a clause with a new speaker, and marks joint or authored acts."""

    speaker_opening: re.Pattern[str]
    """Matches where a later clause starts with its own speaker; group `who` is the speaker.
    Searched only after the sentence's first predicate (`first_predicate`)."""
    first_predicate: re.Pattern[str]
    """The end of the first clause's predicate: nothing before it can open a second clause."""
    joint_act: re.Pattern[str]
    """A predicate both sides perform together: the clause belongs to both."""
    authorship: re.Pattern[str]
    """A phrase naming an author or a source ("proposed by X"), not who speaks."""


_JA_SPEAKER = (
    r"(?:[\u30a0-\u30ff\u4e00-\u9fff々・]{0,12}?"
    r"(?:総理大臣|総理|首相|副大統領|大統領|国務長官|官房長官|長官|外務大臣|大臣|外相|報道官|国王|主席)"
    r"|両首脳|両外相|両大臣|双方|両者|先方|当方)"
)
_EN_SPEAKER = (
    r"(?:(?:the\s+)?(?:two|both)\s+(?:leaders|sides|ministers|men|women)"
    r"|(?:the\s+)?(?:Prime\s+Minister|Vice\s+President|President|Foreign\s+Minister|Secretary"
    r"(?:\s+of\s+State)?|Minister|Chancellor|Premier|Ambassador|Mr\.|Ms\.|Mrs\.|Dr\.)"
    r"(?:\s+[A-Z][A-Za-z'’\-]+){0,3}"
    r"|[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+){0,2}"
    r"|(?:he|she|they))"
)
_EN_VERBS = (
    r"(?:said|says|stated|added|noted|replied|responded|stressed|emphasi[sz]ed|expressed"
    r"|explained|welcomed|agreed|affirmed|reaffirmed|confirmed|proposed|called|urged|asked"
    r"|requested|pledged|praised|thanked|congratulated|conveyed|underlined|highlighted"
    r"|mentioned|remarked|pointed\s+out|told|shared|offered|raised|voiced|indicated)"
)

CLAUSE_PATTERNS: dict[str, ClausePatterns] = {
    "ja": ClausePatterns(
        speaker_opening=re.compile(
            r"、\s*(?:また|更に|さらに|これに対し(?:て)?|その上で)?、?\s*"
            rf"(?P<who>{_JA_SPEAKER})(?:からも|からは|から|より|は|も)、"
        ),
        first_predicate=re.compile(
            r"(?:旨|と)(?:を)?(?:述べ|発言し|言及し|伝達し|表明し|説明し|強調し|要請し|求め)"
            r"|(?:発言|言及|説明|表明|祝意の表明|要請)(?:が|も)あり"
            r"|(?:し|行い|述べ|求め|示し)、"
        ),
        joint_act=re.compile(r"意見交換を?(?:行|し)|協議を?(?:行|し)"),
        authorship=re.compile(r"(?:が|の)(?:提唱|提案|発表|主導|立ち上げ)した|によれば|によると"),
    ),
    "en": ClausePatterns(
        speaker_opening=re.compile(
            rf"(?:,\s*|;\s*|\s+)(?:and|while|whereas|but|with)\s+(?:then\s+)?"
            rf"(?P<who>{_EN_SPEAKER})\s+(?:also\s+|in\s+turn\s+|then\s+)?{_EN_VERBS}\b"
            rf"|;\s*(?P<who2>{_EN_SPEAKER})\s+(?:also\s+|in\s+turn\s+|then\s+)?{_EN_VERBS}\b"
        ),
        first_predicate=re.compile(rf"\b{_EN_VERBS}\b(?!\s+by\b)"),
        joint_act=re.compile(
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
    ),
}


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


def _patterns(language: str) -> ClausePatterns | None:
    return CLAUSE_PATTERNS.get(language.split("-")[0].lower())


def split_clauses(sentence: str, language: str) -> tuple[Clause, ...]:
    """The clauses of `sentence`, in order, covering it end to end.

    A sentence with one speaker is one clause. A language without patterns is never split.
    """
    patterns = _patterns(language)
    whole = (Clause(sentence, 0, len(sentence), None, _joint(sentence, patterns)),)
    if patterns is None:
        return whole
    first = patterns.first_predicate.search(sentence)
    if first is None:
        return whole
    cuts: list[tuple[int, str]] = []
    for match in patterns.speaker_opening.finditer(sentence, first.start()):
        who = match.group("who") if "who" in match.groupdict() else None
        who = who or match.groupdict().get("who2")
        if who is None or patterns.authorship.search(match.group(0)):
            continue
        if who.lower() in {"he", "she", "they"}:
            continue  # the same person again, not a new speaker
        # The clause starts at the speaker, after the joining comma and conjunction.
        start = match.start("who") if match.group("who") else match.start("who2")
        cuts.append((start, who.strip()))
    if not cuts:
        return whole
    clauses: list[Clause] = []
    bounds = [(0, None), *cuts]
    for number, (start, who) in enumerate(bounds):
        end = bounds[number + 1][0] if number + 1 < len(bounds) else len(sentence)
        text = sentence[start:end]
        clauses.append(Clause(text, start, end, who, _joint(text, patterns)))
    return tuple(clauses)


def _joint(text: str, patterns: ClausePatterns | None) -> bool:
    return patterns is not None and patterns.joint_act.search(text) is not None


def is_authorship(text: str, language: str) -> bool:
    """Whether `text` credits an author or a source ("proposed by Mr. Abe", 「…によれば」)."""
    patterns = _patterns(language)
    return patterns is not None and patterns.authorship.search(text) is not None
