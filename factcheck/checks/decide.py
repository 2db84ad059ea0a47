"""Decide: turn the matches of a claim's parts into a verdict with its reason.

Takes the claim's `PartMatches` and what happened to its sources; gives a `ClaimResult`.
Every threshold is a named constant here, and every verdict says in one line why it followed.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from factcheck.checks.check_attribution import AttributionCheck
from factcheck.checks.check_polarity import PolarityConflict
from factcheck.checks.check_quotes import QuoteCheck, QuoteGrade
from factcheck.checks.check_values import ActorConflict, ValueConflict
from factcheck.checks.keyfacts import KeyElement, KeyFacts, KeyKind, element_position
from factcheck.checks.match import PartMatches, by_commitment
from factcheck.checks.pieces import Piece, PieceSplit
from factcheck.checks.qualifiers import qualifier_spans
from factcheck.checks.source_layout import Place
from factcheck.model import Anchor, AnchorKind, Claim, ClaimResult, Match, TermFlag, Verdict
from factcheck.thresholds import (
    PARTIAL_COVERAGE,
    REASON_LIST_LENGTH,
    REASON_QUOTE_LENGTH,
    SAID_BY_ANOTHER_WORTHY_SHARE,
    SUPPORTED_COVERAGE,
    SUPPORTED_WORDING,
)


class PartStatus(enum.Enum):
    COVERED = "covered"
    PARTIAL = "partly covered"
    UNCOVERED = "not covered"


@dataclass(frozen=True)
class PartJudgement:
    matches: PartMatches
    status: PartStatus
    key_facts: KeyFacts | None = None
    spread: bool = False
    """Covered only with the passage's context (lead, paragraph, title, date line)."""
    paraphrase: bool = False
    """Covered as a paraphrase: what the passage lacks are common words (KeyFacts.paraphrased)."""

    @property
    def best(self) -> Match | None:
        return self.matches.matches[0] if self.matches.matches else None


@dataclass(frozen=True)
class Signals:
    """What the checks found, beside the matches."""

    quotes: tuple[QuoteCheck, ...] = ()
    conflicts: tuple[ValueConflict, ...] = ()
    """Dates or numbers of the best-aligned passage that differ from the claim's."""
    attributions: tuple[AttributionCheck | None, ...] = ()
    """One per claim part: the check against that part's best match (None: nothing to check)."""
    term_flags: tuple[TermFlag, ...] = ()
    actors: tuple[ActorConflict, ...] = ()
    """People of the best-aligned passage that differ from the claim's for the same event."""
    key_facts: tuple[KeyFacts | None, ...] = ()
    """One per claim part: where the source covers each of its elements."""
    term_quotes: tuple[str, ...] = ()
    """Quoted spans that are official terms: checked as terms (term flags), not as quotes."""
    pieces: tuple[PieceSplit, ...] = ()
    """Parts no passage covers, cut in two at a joint, each half matched on its own
    (factcheck.checks.pieces): read only when nothing else covers the claim."""
    polarity: tuple[PolarityConflict | None, ...] = ()
    """One per claim part: a word its best passage covers that one of the two negates and
    the other does not (factcheck.checks.check_polarity)."""


def judge_part(matches: PartMatches, key_facts: KeyFacts | None = None) -> PartJudgement:
    """How far one part is covered: by its best passage's coverage, then by its key facts.

    A part the passage covers is only partly covered while a key element (date, number,
    name, qualifier) stands nowhere in the source; a part the passage covers only in part
    is covered when the passage carries its content and the passage's context the rest.
    """
    best = matches.matches[0] if matches.matches else None
    if best is None:
        return PartJudgement(matches, PartStatus.UNCOVERED, key_facts)
    if best.coverage >= SUPPORTED_COVERAGE or best.wording >= SUPPORTED_WORDING:
        status = PartStatus.COVERED
    elif best.coverage >= PARTIAL_COVERAGE:
        status = PartStatus.PARTIAL
    else:
        status = PartStatus.UNCOVERED
    if key_facts is None:
        return PartJudgement(matches, status)
    if key_facts.names_only or key_facts.topic_absent or key_facts.phrase_absent:
        return PartJudgement(matches, PartStatus.UNCOVERED, key_facts)
    if status is PartStatus.COVERED and key_facts.uncovered:
        return PartJudgement(matches, PartStatus.PARTIAL, key_facts)
    if status is not PartStatus.COVERED and key_facts.combines:
        return PartJudgement(matches, PartStatus.COVERED, key_facts, spread=True)
    if (
        status is PartStatus.UNCOVERED
        and key_facts.paraphrased
        and key_facts.spread_coverage >= SUPPORTED_COVERAGE
    ):
        # The passage carries the part's topic and its context (the lead, the date line) the
        # frame: the people, the date, the meeting. That the passage alone names none of them
        # does not make the part less said.
        return PartJudgement(matches, PartStatus.COVERED, key_facts, spread=True, paraphrase=True)
    if status is PartStatus.PARTIAL and key_facts.paraphrased:
        # What the passage and its context leave out are common words the source says
        # otherwise ("go ahead" / "move forward"): a paraphrase, not a missing fact.
        return PartJudgement(matches, PartStatus.COVERED, key_facts, spread=True, paraphrase=True)
    if (
        status is PartStatus.UNCOVERED
        and key_facts.spread_coverage >= SUPPORTED_COVERAGE
        and key_facts.content_coverage >= PARTIAL_COVERAGE
    ):
        # With its context (the lead, the paragraph) the passage covers the part as well as
        # one passage must, but a detail is missing: partly covered, not absent.
        return PartJudgement(matches, PartStatus.PARTIAL, key_facts, spread=True)
    return PartJudgement(matches, status, key_facts)


def decide_verdict(
    claim: Claim,
    parts: Sequence[PartMatches],
    unavailable: Mapping[str, str],
    signals: Signals = Signals(),
    language: str = "",
) -> ClaimResult:
    """The verdict on a claim (in `language`), first rule that applies:

    1. unverifiable — none of its sources could be had;
    2. contradicted — the passage best aligned with a part gives another date or number (one
       the claim writes inside an altered quote is the quote's alteration: rule 3);
    3. misquoted — a quoted span's best source span is altered, or the claim is at least
       partly covered while its quoted words stand in no source, or its quoted words stand in
       no source while the rest of it (speaker, subject, place) stands in one passage;
    4. misattributed — a part is covered, but the source gives it another speaker or setting
       (also a part whose topic stands only in another speaker's clause, `_said_by_another`,
       and, before not-found, a half covered on its own in another speaker's clause);
    4b. contradicted — the passage reports the claim's event with other people in it;
    4c. contradicted — a part the passage reports denies what the passage states, or states
        what it denies (factcheck.checks.check_polarity);
    5. supported — every part is covered;
    6. partly-supported — some part is covered or partly covered (unverifiable instead when a
       source that might cover the rest could not be had);
    7. not-found — nothing covers it (unverifiable when a source could not be had).

    `unavailable` maps the ids of the claim's sources that could not be had to the reason.
    """
    flags = signals.term_flags
    checked = tuple(s for s in claim.sources if s not in unavailable)
    if not checked:
        reasons = "; ".join(f"{sid}: {why}" for sid, why in unavailable.items())
        # The report lists the quotes it found but could not check, and why (issue 10).
        unchecked = tuple(
            f"quote “{q}”: not checked (no source could be had)"
            for q in (*(q.quote for q in signals.quotes), *signals.term_quotes)
        )
        return ClaimResult(
            claim,
            Verdict.UNVERIFIABLE,
            f"no source could be had ({reasons})",
            sources_checked=(),
            term_flags=flags,
            details=unchecked,
        )
    keys = list(signals.key_facts) + [None] * (len(parts) - len(signals.key_facts))
    judged = [
        _carried_by_quote(judge_part(p, k), signals.quotes)
        for p, k in zip(parts, keys, strict=True)
    ]
    if not signals.quotes:
        # A claim that quotes is judged on its quote first (rule 3), which needs to know that
        # its passage is partly there.
        judged = [
            _frame_only(j, check) for j, check in zip(judged, _padded(signals, judged), strict=True)
        ]
    evidence = _evidence(judged)
    details = _date_readings(parts)
    details += tuple(_describe(j, len(judged)) for j in judged)
    details += tuple(
        (f"«{j.matches.part.text.strip()}» " if len(judged) > 1 else "") + j.key_facts.describe()
        for j in judged
        if j.key_facts is not None and any(e.kind.key or e.modifier for e in j.key_facts.elements)
    )
    details += tuple(q.describe() for q in signals.quotes)
    details += tuple(
        f"quote “{q}”: an official term, checked as a term (see the term flags), not as a quotation"
        for q in signals.term_quotes
    )
    details += tuple("conflict: " + c.describe() for c in signals.conflicts)
    details += tuple("conflict: " + a.describe() for a in signals.actors)
    details += tuple("conflict: " + c.describe() for c in signals.polarity if c is not None)
    covering = [
        check
        for j, check in zip(judged, signals.attributions, strict=False)
        if check is not None
        and (j.status is not PartStatus.UNCOVERED or _said_by_another(j, check))
    ]
    details += tuple(check.describe() for check in covering)
    statuses = [j.status for j in judged]

    def result(verdict: Verdict, reason: str) -> ClaimResult:
        return ClaimResult(claim, verdict, reason, evidence, checked, flags, details)

    altered = [q for q in signals.quotes if q.grade is QuoteGrade.ALTERED]
    # A number or date the claim writes inside a quote that the source words otherwise is one
    # of the quote's alterations: the claim misquotes (rule 3), and the conflict stays in the
    # details. One outside every altered quote contradicts.
    conflicts = [
        c for c in signals.conflicts if not _only_quoted(c.claim_value, claim.text, altered)
    ]
    # So is one inside a quote the quote check found in that very sentence as the speaker's
    # words otherwise (a number it does not compare: 半世紀 against "a century").
    misquoting = [
        (c, q)
        for c in conflicts
        for q in signals.quotes
        if q.grade is not QuoteGrade.ALTERED
        and not q.absent
        and (q.source_id, q.sentence_index) == (c.source_id, c.sentence_index)
        and _only_quoted(c.claim_value, claim.text, [q])
    ]
    if misquoting and len({id(c) for c, _ in misquoting}) == len(conflicts):
        return result(
            Verdict.MISQUOTED,
            "; ".join(
                f"quote “{q.quote}”: {c.place} gives “{c.source_value}”, where the quote says "
                f"“{c.claim_value}”"
                for c, q in misquoting
            ),
        )
    if conflicts:
        return result(Verdict.CONTRADICTED, "; ".join(c.describe() for c in conflicts))
    absent = [q for q in signals.quotes if q.absent]
    if any(s is not PartStatus.UNCOVERED for s in statuses):
        # The statement is there, but the quoted words are in no source.
        altered += absent
    else:
        # The quote is what the claim says, and its frame (who said it, of what, where)
        # stands in one passage: the source's words there are other than the quote's.
        framed = next((j.best for j in judged if j.best and _frame_covered(j, absent)), None)
        if absent and framed is None and not altered:
            # The altered quote cost its passage the alignment: judged on the claim without
            # its quote, the passage that partly covers the rest is where the claim stands.
            framed = next(
                (m for j in judged if (m := _frame_partly_covered(j, absent)) is not None), None
            )
        if absent and framed is not None and not altered:
            quoted = ", ".join(f"“{q.quote}”" for q in absent)
            return result(
                Verdict.MISQUOTED,
                f"the source does not say {quoted}; {_where(framed)}, where the rest of the "
                f"claim stands, says {_says(framed)}",
            )
    if altered:
        return result(Verdict.MISQUOTED, "; ".join(q.describe() for q in altered))
    overstated = _quoted_qualifiers(judged, claim.text, language, signals.quotes)
    if overstated:
        return result(
            Verdict.MISQUOTED,
            "; ".join(
                f"quote “{q.quote}”: the source does not say “{element.surface}” "
                f"(it says “{q.source_span}”, {q.where})"
                for element, q in overstated
            ),
        )
    wrong = [check for check in covering if check.differs]
    # A part whose passage shares only its frame with another speaker's clause says nothing
    # of who said the claim (`AttributionCheck.frame_only`): it neither agrees nor differs.
    # A part whose clause names no speaker (a date line: the meeting itself) says nothing of
    # who said the others: it neither agrees nor differs.
    judged_speakers = [
        c
        for c in covering
        if c.differs
        or (not c.frame_only and c.source_speaker is not None and c.source_speaker.known)
    ]
    if wrong and len(wrong) == len(judged_speakers):
        return result(Verdict.MISATTRIBUTED, "; ".join(check.describe() for check in wrong))
    if signals.actors:
        return result(Verdict.CONTRADICTED, "; ".join(a.describe() for a in signals.actors))
    # A part its passage reports, with one of its words denied on one side only.
    denied = [
        conflict
        for j, conflict in zip(judged, signals.polarity, strict=False)
        if conflict is not None and j.status is not PartStatus.UNCOVERED
    ]
    if denied:
        return result(Verdict.CONTRADICTED, "; ".join(c.describe() for c in denied))
    if statuses and all(s is PartStatus.COVERED for s in statuses):
        return result(Verdict.SUPPORTED, _supported_reason(judged) + _unchecked(signals.quotes))
    halves = both_covered(signals.pieces)
    if statuses and all(
        s is PartStatus.COVERED or j.matches.part.text in halves
        for s, j in zip(statuses, judged, strict=True)
    ):
        # A part no one passage covers is cut at a joint, and each half stands in its own
        # passage: the one that reports the event itself (who met whom, when) and one that
        # carries the rest ("…, the first Libyan minister to visit Japan in 12 years").
        where_said: list[str] = []
        halved: list[str] = []
        for s, j in zip(statuses, judged, strict=True):
            if s is PartStatus.COVERED:
                where_said.append(_supported_reason([j]))
                continue
            for piece, best in halves[j.matches.part.text]:
                where_said.append(f"«{piece.text}» is covered by {_where(best)}: {_says(best)}")
                halved.append(
                    f"«{piece.text}»: covered by {_where(best)} on its own (cut at a joint)"
                )
        return ClaimResult(
            claim,
            Verdict.SUPPORTED,
            "; ".join(where_said) + _unchecked(signals.quotes),
            evidence,
            checked,
            flags,
            (*details, *halved),
        )
    missing_note = ""
    if unavailable:
        missing_note = (
            " (not checked: "
            + ", ".join(f"{sid} — {why}" for sid, why in unavailable.items())
            + ")"
        )
    if any(s is not PartStatus.UNCOVERED for s in statuses):
        if unavailable:
            return result(
                Verdict.UNVERIFIABLE,
                "only partly covered by the sources that could be checked" + missing_note,
            )
        return result(Verdict.PARTLY_SUPPORTED, _partly_reason(judged))
    if unavailable:
        return result(
            Verdict.UNVERIFIABLE,
            "not found in the sources that could be checked" + missing_note,
        )
    half = half_covered(signals.pieces)
    if half is not None:
        said, lacking, best = half
        check = said.attribution
        if check is not None and check.differs:
            # The half the source says is said there by another speaker (or in another
            # setting) than the claim gives it: misattributed, as a covered part would be.
            # The reason still names the other half, which no source says at all.
            return ClaimResult(
                claim,
                Verdict.MISATTRIBUTED,
                f"«{said.text}»: {check.describe()}; nothing in the sources says «{lacking.text}»",
                (best, *(m for m in evidence if m != best)),
                checked,
                flags,
                (*details, f"«{said.text}»: covered by {_where(best)} on its own (cut at a joint)"),
            )
        return ClaimResult(
            claim,
            Verdict.PARTLY_SUPPORTED,
            f"nothing in the sources says «{lacking.text}»; «{said.text}» is covered by "
            f"{_where(best)}: {_says(best)}",
            (best, *(m for m in evidence if m != best)),
            checked,
            flags,
            (*details, f"«{said.text}»: covered by {_where(best)} on its own (cut at a joint)"),
        )
    return result(Verdict.NOT_FOUND, _not_found_reason(judged, checked))


def half_covered(splits: Sequence[PieceSplit]) -> tuple[Piece, Piece, Match] | None:
    """The half of a cut part that is covered on its own while the other half is not, with
    the other half and the covered half's passage: the half with the best-covered passage
    when several are. A half is covered when every part of it is (`judge_part`, which
    leaves uncovered a passage that only names the claim's people or lacks its topic)."""
    found: tuple[float, Piece, Piece, Match] | None = None
    for split in splits:
        covered = [_piece_covered(piece) for piece in split.pieces]
        if covered.count(None) != 1:
            continue
        side = 0 if covered[0] is not None else 1
        best = covered[side]
        assert best is not None
        if found is None or best.coverage > found[0]:
            found = (best.coverage, split.pieces[side], split.pieces[1 - side], best)
    return None if found is None else found[1:]


def both_covered(splits: Sequence[PieceSplit]) -> dict[str, tuple[tuple[Piece, Match], ...]]:
    """The cut parts (by text) both of whose halves are covered, each by its own passage,
    and said by the speaker the claim gives them, with each half and its passage: one half
    carries a word of the part's topic in its passage (`_topic_in_passage`, as
    `_piece_covered` asks), and the other is covered too, though perhaps only as the event's
    frame (the meeting itself, which the source's opening sentence reports)."""
    out: dict[str, tuple[tuple[Piece, Match], ...]] = {}
    for split in splits:
        if split.part.text in out:
            continue
        bests: list[Match] = []
        for piece in split.pieces:
            judged = [judge_part(m, k) for m, k in zip(piece.matches, piece.key_facts, strict=True)]
            best = judged[0].best if judged else None
            if best is None or any(j.status is not PartStatus.COVERED for j in judged):
                break
            if piece.attribution is not None and piece.attribution.differs:
                break
            bests.append(best)
        else:
            if any(
                _topic_in_passage(k, frame=not piece.opens)
                for piece in split.pieces
                for k in piece.key_facts
            ):
                out[split.part.text] = tuple(zip(split.pieces, bests, strict=True))
    return out


def _piece_covered(piece: Piece) -> Match | None:
    """The passage of a half's first part, when every part of the half is covered and its
    passage carries a word of the half's topic: a content word that is no name and not the
    event's frame (the meeting, the call, the people: what the source's lead carries). A
    half that only sets the scene ("at the summit", "and the president accepted") stands in
    the lead of any source on that event, and says nothing the source confirms."""
    judged = [judge_part(m, k) for m, k in zip(piece.matches, piece.key_facts, strict=True)]
    if not judged or any(j.status is not PartStatus.COVERED for j in judged):
        return None
    if not any(_topic_in_passage(k, frame=not piece.opens) for k in piece.key_facts):
        return None
    return judged[0].best


def _topic_in_passage(key_facts: KeyFacts, *, frame: bool) -> bool:
    """Whether the passage itself covers a content element of the part that is no name and no
    word the source says everywhere; a word of the event's frame (what its lead carries:
    "dinner", "talks") only when `frame`: the passage is not the source's opening sentence,
    which reports the event itself."""
    return any(
        e.kind is KeyKind.CONTENT
        and not (e.named or e.stock)
        and (frame or not e.frame)
        and e.covered_by is not None
        and e.covered_by.place is Place.PASSAGE
        for e in key_facts.elements
    )


def _said_by_another(judged: PartJudgement, check: AttributionCheck) -> bool:
    """A part left uncovered only because its topic reads as absent (`KeyFacts.topic_absent`,
    `phrase_absent`), whose passage covers PARTIAL_COVERAGE of it in a clause of another
    speaker or setting that carries ATTRIBUTED_CONTENT_SHARE of its content
    (`AttributionCheck.differs`), with SAID_BY_ANOTHER_WORTHY_SHARE of its topic's
    check-worthy weight (`KeyFacts.worthy_coverage`: the topic's specific words, not only its
    commonest ones or its people): what the claim says is there, in another mouth, and compared for
    attribution like a covered part. A passage that shares the people and a stray word of
    the topic ("support" of "support for rural midwives") still leaves the topic absent, and
    so does a part with a key element (a date, a number, a place the termbase knows: "a
    fishing accord with Peru") the page says nowhere: the claim adds that fact, and no one in
    the source says it."""
    best = judged.best
    facts = judged.key_facts
    return (
        check.differs
        and best is not None
        and best.coverage >= PARTIAL_COVERAGE
        and facts is not None
        and not facts.names_only
        and not facts.uncovered
        and (facts.topic_absent or facts.phrase_absent)
        and facts.worthy_coverage >= SAID_BY_ANOTHER_WORTHY_SHARE
        and _topic_in_clause(facts, _clause_text(check, best))
    )


def _clause_text(check: AttributionCheck, best: Match) -> str:
    """The words of the clause a check read: its clause, or its whole sentence when the
    sentence is one clause (the part's best passage; "" for another one)."""
    if check.clause:
        return check.clause
    same = best.sentence.index == check.sentence_index and best.source_id == check.source_id
    return best.sentence.text if same else ""


def _topic_in_clause(facts: KeyFacts, clause: str) -> bool:
    """Whether the other speaker's clause writes a word of the part's topic as the passage
    words it (a content word that is no name): a clause that shares only the part's people
    and places ("Takaichi", "Iceland") says nothing the part says, in anyone's mouth."""
    return any(
        e.kind is KeyKind.CONTENT
        and not e.named
        and e.covered_by is not None
        and bool(e.source_form)
        and _bare_form(e.source_form).lower() in clause.lower()
        for e in facts.elements
    )


def _bare_form(form: str) -> str:
    """A source form without the note on how it was reached ("港 (JMdict)" → 港)."""
    return re.sub(r"\s+\([^)]*\)$", "", form)


def _padded(signals: Signals, judged: Sequence[PartJudgement]) -> list[AttributionCheck | None]:
    return list(signals.attributions[: len(judged)]) + [None] * (
        len(judged) - len(signals.attributions)
    )


def _frame_only(judged: PartJudgement, check: AttributionCheck | None) -> PartJudgement:
    """A part its passage covers only in part, where what the passage shares with it is the
    frame (the claim's speaker phrase, names) in another speaker's clause, not what the claim
    says (`AttributionCheck.frame_only`): not covered, like a passage that only names the
    claim's people (`KeyFacts.names_only`)."""
    if check is not None and check.frame_only and judged.status is PartStatus.PARTIAL:
        return replace(judged, status=PartStatus.UNCOVERED)
    return judged


def _quoted_qualifiers(
    judged: Sequence[PartJudgement], text: str, language: str, quotes: Sequence[QuoteCheck]
) -> list[tuple[KeyElement, QuoteCheck]]:
    """The qualifiers the source does not say ("only", "first", "deepen") that the claim (in
    `language`) writes only inside one quote the quote check found in a source sentence ("the
    only model" against «重要な模範», "deepened ties"): the quote puts a word in the speaker's
    mouth, and the claim misquotes (rule 3), as a changed number inside a quote does. Every
    uncovered key element of the claim must be such a qualifier; one outside the quotes
    leaves the claim partly supported."""
    found = [q for q in quotes if q.where and not q.absent and q.grade is not QuoteGrade.ALTERED]
    uncovered = [e for j in judged if j.key_facts is not None for e in j.key_facts.uncovered]
    out: list[tuple[KeyElement, QuoteCheck]] = []
    for element in uncovered:
        # Where the claim writes it ("deepened" for the qualifier "deepen", 深化 too).
        spans = (
            qualifier_spans(element.surface, text, language)
            if element.kind is KeyKind.QUALIFIER and language
            else []
        )
        quote = next(
            (
                q
                for q in found
                if spans and all(_within(span, _quote_spans([q], text)) for span in spans)
            ),
            None,
        )
        if quote is None:
            return []
        out.append((element, quote))
    return out


def _quote_spans(quotes: Sequence[QuoteCheck], text: str) -> list[tuple[int, int]]:
    """Every place the claim's text writes one of the quotes."""
    return [(at, at + len(q.quote)) for q in quotes if q.quote for at in _found_at(q.quote, text)]


def _within(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a span of the claim's text lies inside one of `spans`."""
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _only_quoted(value: str, text: str, quotes: Sequence[QuoteCheck]) -> bool:
    """Whether a claim writes `value` only inside the quotes (wherever it writes it, as a whole
    word: "3" is not written in "30 years"), and at least once."""
    spans = _quote_spans(quotes, text)
    places = _found_at(value, text)
    return bool(places) and all(_within((at, at + len(value)), spans) for at in places)


def _found_at(words: str, text: str) -> list[int]:
    """Where `words` stand in `text` as a whole (no letter or digit glued on either side)."""
    pattern = re.compile(rf"(?<![^\W_]){re.escape(words)}(?![^\W_])")
    return [m.start() for m in pattern.finditer(text)]


def _carried_by_quote(judged: PartJudgement, quotes: Sequence[QuoteCheck]) -> PartJudgement:
    """A part is covered when all its best passage lacks are words of a quote that aligns
    there as a faithful translation: the quote check met them phrase by phrase (かけがえのない =
    "irreplaceable", 永続的 = "lasting"), which word-by-word coverage does not see. Beside the
    quote's words, the part's key facts may lack words too common to be checked on their own
    (`KeyElement.worthy`) in the frame before the quote ("called" of "called Bhutan '…'"):
    how the claim reports the quote, not a fact it adds. A check-worthy word around the quote
    ("at a state banquet"), or any word after it ("… and said more work was needed"), is."""
    best = judged.best
    if judged.status is PartStatus.COVERED or best is None:
        return judged
    faithful = [
        q
        for q in quotes
        if q.grade is QuoteGrade.PARAPHRASE
        and q.source_id == best.source_id
        and q.sentence_index == best.sentence.index
    ]
    if not faithful:
        return judged

    def quoted(surface: str) -> bool:
        return any(surface in q.quote for q in faithful)

    passage_lacks_quote = bool(best.missing) and all(quoted(a.surface) for a in best.missing)
    if judged.key_facts is None:
        return replace(judged, status=PartStatus.COVERED) if passage_lacks_quote else judged
    lacking = [e for e in judged.key_facts.elements if e.covered_by is None]
    if passage_lacks_quote and all(quoted(e.surface) for e in lacking):
        return replace(judged, status=PartStatus.COVERED)
    part = judged.matches.part
    opened = min(
        (at for q in faithful if (at := part.text.find(q.quote)) >= 0), default=len(part.text)
    )

    def reports_it(e: KeyElement) -> bool:
        # The frame that reports the quote, before it ("Solan called Vestaria '…'"), in words
        # too common to check; not what the claim goes on to add ("… and said more was
        # needed", "… last year").
        return not e.worthy and 0 <= element_position(e, part) < opened

    if any(quoted(e.surface) for e in lacking) and all(
        quoted(e.surface) or reports_it(e) for e in lacking
    ):
        return replace(judged, status=PartStatus.COVERED)
    return judged


def _unchecked(quotes: Sequence[QuoteCheck]) -> str:
    """The words of translated quotes that no dictionary could check, for the reason."""
    return "".join(
        f"; in the quote “{q.quote}”, {q.unchecked_note()}" for q in quotes if q.unchecked
    )


def _frame_covered(judged: PartJudgement, quotes: Sequence[QuoteCheck]) -> bool:
    """Whether the best passage of a part covers SUPPORTED_COVERAGE of the part's anchors
    outside its quotation marks (its speaker, the words around the quote)."""
    best = judged.best
    if best is None:
        return False

    got, total = _frame_weights(best, quotes)
    return bool(total) and got / total >= SUPPORTED_COVERAGE


def _frame_weights(match: Match, quotes: Sequence[QuoteCheck]) -> tuple[float, float]:
    """The weight of the part's anchors outside its quotation marks that the passage covers,
    and of all of them. A verb of commitment the passage covers only by stating a commitment
    (`match.by_commitment`: "vowed" by "would work together") weighs as missing: any
    passage that promises covers it, so it does not tell where the claim stands."""

    def outside(anchor: Anchor) -> bool:
        return not any(anchor.surface in q.quote for q in quotes)

    got = sum(a.weight for a in match.covered if outside(a) and not by_commitment(match, a))
    total = sum(a.weight for a in (*match.covered, *match.missing) if outside(a))
    return got, total


def _frame_partly_covered(judged: PartJudgement, quotes: Sequence[QuoteCheck]) -> Match | None:
    """The candidate passage that covers most of a part's anchors outside its quotation marks,
    when it covers PARTIAL_COVERAGE of them and among them a content word that is no name: the
    part with its quote left aside is at least partly there, as rule 3 asks of a part whose
    quoted words stand in no source. A passage that shares only the claim's people says
    nothing of what the claim says of them."""

    def outside(anchor: Anchor) -> bool:
        return not any(anchor.surface in q.quote for q in quotes)

    named = {
        e.surface
        for e in (judged.key_facts.elements if judged.key_facts else ())
        if e.kind is not KeyKind.CONTENT or e.named
    }
    best: tuple[float, Match] | None = None
    for match in judged.matches.matches:
        got, total = _frame_weights(match, quotes)
        said = any(
            outside(a)
            and a.kind is AnchorKind.WORD
            and a.surface not in named
            and not by_commitment(match, a)
            for a in match.covered
        )
        if total and said and got / total >= PARTIAL_COVERAGE:
            if best is None or got / total > best[0]:
                best = (got / total, match)
    return best[1] if best else None


def _date_readings(parts: Sequence[PartMatches]) -> tuple[str, ...]:
    """How the claim's relative dates were read, and those left unread (ambiguous)."""
    lines = [
        f"date read: {date.resolution}"
        for p in parts
        for date in p.part.facts.dates
        if date.resolution
    ]
    lines += [
        f"date not compared: {note.reason}" for p in parts for note in p.part.facts.date_notes
    ]
    return tuple(dict.fromkeys(lines))


def _evidence(judged: Sequence[PartJudgement]) -> tuple[Match, ...]:
    """The best match of each part, then the runners-up, without repeats."""
    seen: set[tuple[str, int]] = set()
    out: list[Match] = []
    ordered = [j.best for j in judged if j.best] + [
        m for j in judged for m in j.matches.matches[1:3]
    ]
    for match in ordered:
        key = (match.source_id, match.sentence.index)
        if key not in seen:
            seen.add(key)
            out.append(match)
    return tuple(out)


def _where(match: Match) -> str:
    return f"{match.source_id} sentence {match.sentence.index + 1}"


def _plain_list(anchors: Sequence[Anchor], text: str) -> str:
    """“a”, “b” and “c”: what a reason names, in the claim's own words (`text`), not stems."""
    shown = list(dict.fromkeys(_as_written(a, text) for a in anchors))
    shown = [f"“{s}”" for s in shown[:REASON_LIST_LENGTH]]
    if not shown:
        return "some of its words"
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def _as_written(anchor: Anchor, text: str) -> str:
    """A word anchor is a stem ("deal"); the claim wrote a word that starts with it."""
    if anchor.kind is not AnchorKind.WORD:
        return anchor.surface
    # A straight single quote at a word's edge is a quotation mark or a plural's apostrophe
    # ('… national yardstick'), never part of the word to name.
    bare_words = [word.strip("'.,;:!?\"“”‘’()") for word in text.split()]
    wanted = anchor.surface.lower()
    for bare in bare_words:
        if bare.lower() == wanted:
            return bare
    for bare in bare_words:
        if bare.lower().startswith(wanted):
            return bare
    return anchor.surface


def _anchor_list(match: Match, *, covered: bool) -> str:
    anchors = match.covered if covered else match.missing
    shown = [a.surface for a in anchors if a.kind is not AnchorKind.WORD]
    words = [a.surface for a in anchors if a.kind is AnchorKind.WORD]
    if words:
        shown.append("words: " + ", ".join(words[:6]))
    return "; ".join(shown) or "—"


def _says(match: Match) -> str:
    """What a passage says, shortened for a one-line reason."""
    text = " ".join([match.sentence.text, *(s.text for s in match.context)]).strip()
    if len(text) > REASON_QUOTE_LENGTH:
        text = text[: REASON_QUOTE_LENGTH - 1].rstrip() + "…"
    return f"«{text}»"


def _supported_reason(judged: Sequence[PartJudgement]) -> str:
    """Where the source says it, and where the date, place or people come from when the
    passage alone does not carry them."""
    pieces = []
    for j in judged:
        best = j.best
        assert best is not None
        piece = f"{_where(best)} says it: {_says(best)}"
        if j.paraphrase and j.key_facts is not None:
            # A quoted word is the quote check's, which reports how the source words it.
            worded = [
                e.anchor
                for e in j.key_facts.elements
                if e.anchor
                and not e.covered_by
                and e.kind is KeyKind.CONTENT
                and not e.named
                and not e.quoted
            ]
            if worded:
                piece += (
                    f" (in other words than the claim's {_plain_list(worded, j.matches.part.text)})"
                )
        context = _from_context(j)
        if context:
            piece += f", with {context}"
        pieces.append(piece)
    return "; ".join(pieces)


def _from_context(j: PartJudgement) -> str:
    """ "the date from the date line of mofa, 約10分間 from mofa sentence 1" for a spread part."""
    if j.key_facts is None or j.best is None:
        return ""
    pieces = [
        f"{e.surface} from {e.covered_by.describe()}"
        for e in j.key_facts.elements
        if e.kind.key
        and e.covered_by is not None
        and e.covered_by.place is not Place.PASSAGE
        and e.kind is not KeyKind.NAME
    ]
    return ", ".join(dict.fromkeys(pieces))


def _partly_reason(judged: Sequence[PartJudgement]) -> str:
    """What the source does not say, and what it says instead."""
    pieces = []
    for j in judged:
        label = f"«{j.matches.part.text.strip()}»" if len(judged) > 1 else "the claim"
        best = j.best
        missing = j.key_facts.uncovered if j.key_facts is not None else ()
        if j.status is PartStatus.COVERED:
            continue
        if best is None or j.status is PartStatus.UNCOVERED:
            pieces.append(f"nothing in the sources says {label}")
        elif missing:
            said = ", ".join(
                f"“{e.surface}”" + (f" (it says “{e.source_form}”)" if e.source_form else "")
                for e in missing
            )
            pieces.append(f"the source does not say {said}; {_where(best)} says {_says(best)}")
        else:
            lacks = _plain_list(_lacking(j, best), j.matches.part.text)
            pieces.append(
                f"the nearest passage, {_where(best)}, has nothing for {lacks} in {label}: "
                f"{_says(best)}"
            )
    covered = [j for j in judged if j.status is PartStatus.COVERED and j.best]
    if covered and len(judged) > 1:
        pieces.append("the rest is in " + " and ".join(_where(j.best) for j in covered if j.best))
    return "; ".join(pieces)


def _lacking(j: PartJudgement, best: Match) -> list[Anchor]:
    """What a partly covered part lacks, to name in its reason: the check-worthy elements
    nothing in the source covers, most check-worthy first (a rare word before a common one,
    which may only be worded otherwise: "tuna" before "within"); without key facts, the
    anchors the passage misses."""
    if j.key_facts is None:
        return list(best.missing)
    worthy = [e.anchor for e in j.key_facts.missing_worthy if e.anchor is not None]
    if worthy:
        return worthy
    elsewhere = {
        (e.anchor.kind, e.anchor.key)
        for e in j.key_facts.elements
        if e.anchor is not None and e.covered_by is not None
    }
    absent = [a for a in best.missing if (a.kind, a.key) not in elsewhere]
    return absent or list(best.missing)


def _not_found_reason(judged: Sequence[PartJudgement], checked: Sequence[str]) -> str:
    nearest = max((j.best for j in judged if j.best), key=lambda m: m.coverage, default=None)
    reason = "not found in the sources checked (" + ", ".join(checked) + ")"
    if nearest:
        reason += f"; the nearest, {_where(nearest)}, says {_says(nearest)}"
    return reason


def _describe(j: PartJudgement, count: int) -> str:
    part = j.matches.part
    head = f"«{part.text.strip()}»" if count > 1 else "claim"
    best = j.best
    if best is None:
        return f"{head}: {j.status.value}; no sentence shares an anchor with it"
    how = j.status.value
    if j.paraphrase and j.key_facts is not None:
        how += f" as a paraphrase (check-worthy share {j.key_facts.worthy_coverage:.2f})"
    return (
        f"{head}: {how} by {_where(best)}, coverage {best.coverage:.2f}; "
        f"covered: {_anchor_list(best, covered=True)}; missing: {_anchor_list(best, covered=False)}"
    )
