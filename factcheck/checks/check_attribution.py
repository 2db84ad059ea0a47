"""Check attribution: is the statement in the mouth and the setting the claim gives it?

Takes a claim (its `speaker:` and `setting:`, or a speaker read from its text) and the source
sentence that carries the statement; gives an `AttributionCheck` naming who says it in the
source and in which setting (the source's kind: readout of the call, remarks to the press …).

Speakers are compared as termbase concepts. A source often names a speaker by title alone
(「大統領からは、…」); the title is resolved through the same source, where the title stands
next to a name (トランプ大統領 → the President is Trump).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from factcheck.checks.clause_choice import (
    acting_clause,
    answer_clause,
    claim_acts,
    claim_relays,
    covering_clause,
    following_answer,
    named_elsewhere,
    reaction_clause,
    relayed,
    relayed_author,
)
from factcheck.checks.match import IndexedSentence
from factcheck.checks.speaker_names import named_people
from factcheck.checks.speaker_set import Speakers
from factcheck.checks.title_links import TitleLinks
from factcheck.languages import language_for
from factcheck.languages.interface import WordClass
from factcheck.languages.names import names_agree
from factcheck.model import Claim, Match, SourceKind
from factcheck.terms.termbase import Termbase
from factcheck.text.speakers import (
    claims_endorsement,
    elaborating,
    is_passing_on,
    is_reaction,
    is_request,
)
from factcheck.thresholds import ATTRIBUTED_CONTENT_SHARE

if TYPE_CHECKING:
    from factcheck.checks.clause_choice import _Candidate

SETTING_WORDS = {
    SourceKind.READOUT: "the call or meeting itself (per its readout)",
    SourceKind.PRESS_REMARKS: "remarks to the press",
    SourceKind.PRESS_CONFERENCE: "a press conference",
    SourceKind.STATEMENT: "a statement",
    SourceKind.OTHER: "another setting",
}


@dataclass(frozen=True)
class AttributionCheck:
    source_id: str
    sentence_index: int
    source_speaker: Speakers | None
    source_setting: SourceKind
    claim_speaker: Speakers | None
    claim_setting: SourceKind | None
    speaker_differs: bool
    setting_differs: bool
    clause: str = ""
    """The clause of the sentence that carries the statement, when the sentence has several
    speakers; empty when the whole sentence is one clause."""
    frame_only: bool = False
    """Another speaker's clause is the nearest, but it carries less than
    ATTRIBUTED_CONTENT_SHARE of what the claim says: what the passage shares with the claim is
    its frame (the speaker's words, names), not its content. No misattribution, and a part
    the passage covers only in part is not covered (`decide`)."""
    relayed: bool = False
    """The clause's speaker reports what the claim's speaker did or said ("Minister Motegi
    noted that President Tarvo had insisted on …"; `clause_choice.relayed`): the source gives
    it to the claim's speaker, in another's words."""

    @property
    def differs(self) -> bool:
        return self.speaker_differs or self.setting_differs

    def describe(self) -> str:
        where = f"{self.source_id} sentence {self.sentence_index + 1}"
        if self.clause:
            where += f", clause «{self.clause.strip()}»"
        pieces = []
        if self.speaker_differs and self.source_speaker and self.claim_speaker:
            pieces.append(
                f"the source gives it to {self.source_speaker.text}, not {self.claim_speaker.text}"
            )
        if self.setting_differs and self.claim_setting:
            pieces.append(
                f"it was said in {SETTING_WORDS[self.source_setting]}, not in "
                f"{SETTING_WORDS[self.claim_setting]} where the claim places it"
            )
        if not pieces and self.frame_only and self.source_speaker:
            return (
                f"who said it is not judged here: the passage shares only names with what "
                f"{self.source_speaker.text} says ({where})"
            )
        if not pieces and self.relayed and self.source_speaker and self.claim_speaker:
            return (
                f"attribution agrees: {self.source_speaker.text} reports it as what "
                f"{self.claim_speaker.text} did or said ({where})"
            )
        if not pieces:
            speaker = self.source_speaker.text if self.source_speaker else "no marked speaker"
            return f"attribution agrees: {speaker}, {self.source_setting.value} ({where})"
        return "; ".join(pieces) + f" ({where})"


def check_attribution(
    claim: Claim,
    speakers: Speakers | None,
    entry: IndexedSentence,
    source_kind: SourceKind,
    termbase: Termbase,
    links: TitleLinks,
    match: Match | None = None,
    context: Sequence[IndexedSentence] = (),
    language: str | None = None,
    quoted: Sequence[tuple[int, str]] = (),
    others: Sequence[tuple[Match, Sequence[IndexedSentence]]] = (),
    part: str | None = None,
    prompted_by: Speakers | None = None,
) -> AttributionCheck | None:
    """Compare the claim's speaker and setting with the clause that carries the statement.

    A sentence with several speakers (「Xから、…旨述べ、Yからも、…」, "X said …, and Y added
    …") is cut into clauses; the clause holding most of what `match` covers is the one whose
    speaker counts. When the match is a passage (`entry` and the adjacent sentences of
    `context`, `Match.context`), the clauses of every sentence of it compete: the statement
    may stand in the neighbour's second clause. Without `match`, the sentence's first clause
    counts. `language` is the claim's: its proper nouns name the statement's topic. `quoted`
    are the spans of the source (sentence index, text) that the claim's quotes render
    faithfully: the one clause that holds them is the one whose speaker said them, whatever
    else the match covers. `others` are the part's next candidates (each a match and its
    passage, best first): where the best match names no speaker (a date line: the leaders and
    the meeting), the first of them whose clause carries more of the claim's content, and at
    least ATTRIBUTED_CONTENT_SHARE, in another speaker's words makes the claim misattributed.
    `part` is the text of the claim's part the match is for (the whole claim when None): a
    reaction it reports is sought near the content (`reaction_clause`). `prompted_by` is the
    speaker whose words the claim says the part answers (`claim_speakers.prompting_speakers`):
    where the content stands in that speaker's clause, a later clause of the claim's speaker
    in the same sentence that carries enough of it is the answer (`answer_clause`). A later
    clause that answers the content clause with the act the claim reports, and holds that act
    alone, is where the claim stands, whichever speaker the content clause has
    (`acting_clause`): "Motegi said he would do his utmost" against «茂木大臣から、…協力を
    要請し、ハルヴォルセン大臣は最大限努力する旨述べました» is Halvorsen's pledge, unless the
    claim names that speaker as the subject of the act itself.

    The speaker is judged only when that clause carries the claim's content: at least
    ATTRIBUTED_CONTENT_SHARE of the weight of what the claim says (its anchors other than its
    speaker and the countries and titles every clause names). A clause that merely shares a
    word with a claim about something else says nothing about who said the claim.
    """
    if speakers is None and claim.setting is None:
        return None
    if (
        speakers is not None
        and speakers.countries
        and links.names_someone(entry.source_id, speakers)
    ):
        # "Montenegro": a country's name, and the surname of a leader the source names.
        speakers = replace(speakers, countries=frozenset())
    if speakers is not None:
        speakers = links.spelled(entry.source_id, speakers)
    aligned = match is not None and match.sentence.index == entry.sentence.index
    passage = [entry, *context] if aligned else [entry]
    names = _proper_nouns(claim.text, language) if language is not None else frozenset()
    chosen = covering_clause(
        passage, speakers, match if aligned else None, termbase, links, names, quoted
    )
    if speakers is not None and aligned and (chosen.speakers is None or not chosen.speakers.known):
        # The best match names no speaker (a date line: the leaders and the meeting) and
        # another candidate carries more of what the claim says, in a clause someone else
        # says: the speaker is judged where the content is.
        for other_match, other_passage in others:
            candidate = covering_clause(
                other_passage, speakers, other_match, termbase, links, names, quoted
            )
            if (
                candidate.share >= ATTRIBUTED_CONTENT_SHARE
                and candidate.share > chosen.share
                and candidate.speakers is not None
                and candidate.speakers.known
                and not speakers.compatible(
                    links.homed(candidate.entry.source_id, candidate.speakers, speakers)
                )
            ):
                chosen = candidate
                break
    said = part if part is not None else claim.text
    claim_language = language or entry.language
    # An endorsement of the other side's point ("Sikorski backed Motegi's proposal") is, like
    # a reaction, said where the endorser answers it, its content where the other side said it.
    acted = said
    at = claim.text.find(said)
    if at > 0 and elaborating(said, claim_language):
        # "…, including the abductions issue" elaborates what the part before it reports:
        # that part's act ("Mitchell expressed support for Japan's stance") is its act too.
        acted = claim.text[: at + len(said)]
    reports_reaction = is_reaction(acted, claim_language)
    endorses = not reports_reaction and claims_endorsement(acted, claim_language)
    reacts = reports_reaction or endorses
    other = bool(
        speakers is not None
        and chosen.speakers is not None
        and (
            not speakers.compatible(links.homed(chosen.entry.source_id, chosen.speakers, speakers))
            # A reaction's content stands in the clause it reacts to, by the other side:
            # that the sentence names its speaker for the reaction says nothing against it.
            or (not reacts and named_elsewhere(chosen, speakers, termbase, links))
        )
    )
    differed = other
    relays = False
    if other and speakers is not None and reacts:
        reaction = reaction_clause(chosen, passage, speakers, termbase, links, endorses=endorses)
        if reaction is not None:
            chosen, other = reaction, False
    if other and speakers is not None and match is not None:
        prompted = _said_by(prompted_by, chosen.speakers, chosen.entry.source_id, links)
        # A claim that reports a request is the requester's, unless it says the request
        # was the other speaker's and its own speaker answered it («Xからの要請を…検討»).
        if not reacts and (prompted or not is_request(said, claim_language)):
            answer = answer_clause(
                chosen, speakers, match, termbase, links, names, prompted=prompted
            )
            if answer is None and prompted:
                answer = following_answer(chosen, speakers, match, others, termbase, links, names)
            if answer is not None:
                chosen, other = answer, False
        if other:
            # A reaction too: «高市総理から、…訪日を歓迎する旨述べ、ヴァルドール首相からは、
            # 温かい歓迎への謝意が表明されました» holds a welcome in both clauses, and the
            # thanks the claim reports only in the second.
            acting = _acting(
                chosen, speakers, match, termbase, links, names, said, claim_language,
                by_claimed=True, beyond_act=reacts,
            )  # fmt: skip
            if acting is not None:
                chosen, other = acting, False
        # "Minister Motegi noted that President Tarvo had insisted on …": the clause's speaker
        # reports the claim's speaker's act, which is the claim.
        relays = other and relayed(chosen, speakers, match, termbase)
        other = other and not relays
    elif (
        not differed
        and aligned
        and speakers is not None
        and match is not None
        and chosen.speakers is not None
        and chosen.speakers.known
    ):
        author = (
            None
            if is_passing_on(said, claim_language)
            else relayed_author(chosen, speakers, match, termbase)
        )
        if author is not None and not claim_relays(said, claim_language, author):
            # «ヴェトロフ大臣から、…クルガン大統領の提案を説明»: the claim's speaker reports
            # the act, and "Vetrov proposed …" gives it to him; a claim that gives the act to
            # the one whose act it is ("Vetrov said Kurgan had proposed …", "explained
            # Kurgan's proposal"), or says he passed it on ("Vetrov conveyed a proposal"),
            # does not.
            reporter = chosen.speakers.text
            author = replace(author, text=f"{author.text} (in {reporter}'s words)")
            chosen, other = replace(chosen, speakers=author), True
        else:
            answered = _acting(
                chosen, speakers, match, termbase, links, names, said, claim_language,
                by_claimed=False,
            )  # fmt: skip
            # A claim that names the answering speaker gives the answer's act a subject of
            # its own ("…, and Salme hoped for more"), unless it names them only as the one
            # whose words its speaker answers («高市首相からの…要請を検討»).
            if answered is not None and (
                not _names_as_well(said, claim_language, termbase, answered.speakers)
                or _said_by(prompted_by, answered.speakers, answered.entry.source_id, links)
            ):
                chosen, other = answered, True
    frame_only = other and match is not None and chosen.share < ATTRIBUTED_CONTENT_SHARE
    speaker_differs = other and not frame_only
    setting_differs = (
        claim.setting is not None
        and source_kind is not SourceKind.OTHER  # a source of unknown kind says nothing
        and claim.setting is not source_kind
    )
    return AttributionCheck(
        chosen.entry.source_id,
        chosen.entry.sentence.index,
        chosen.speakers,
        source_kind,
        speakers,
        claim.setting,
        speaker_differs,
        setting_differs,
        chosen.clause.text if chosen.several else "",
        frame_only,
        relays,
    )


def _acting(
    chosen: _Candidate,
    speakers: Speakers,
    match: Match,
    termbase: Termbase,
    links: TitleLinks,
    names: frozenset[str],
    said: str,
    language: str,
    *,
    by_claimed: bool,
    beyond_act: bool = False,
) -> _Candidate | None:
    """`acting_clause` for the claim's text `said`, in `language`: its acts, and whether an
    answer may carry the content (not when the claim reports a request)."""
    return acting_clause(
        chosen,
        speakers,
        match,
        termbase,
        links,
        names,
        claim_acts(said, language),
        by_claimed=by_claimed,
        beyond_act=beyond_act,
        answer=not is_request(said, language),
    )


def _said_by(
    who: Speakers | None, actual: Speakers | None, source_id: str, links: TitleLinks
) -> bool:
    """Whether a clause's speaker (`actual`, in source `source_id`) may be `who`, a speaker
    the claim names, as the source spells and homes its speakers."""
    return (
        who is not None
        and actual is not None
        and who.compatible(links.homed(source_id, actual, who))
    )


def _names_as_well(said: str, language: str, termbase: Termbase, actual: Speakers | None) -> bool:
    """Whether the claim names the answering clause's speaker too ("Takaichi welcomed the
    investment and Salme hoped for more"): it gives the answer's act a subject of its own,
    so the act is no evidence that the claim gives it to its first speaker."""
    named = named_people(said, language, termbase)
    if named is None or actual is None:
        return False
    return bool(
        named.persons & actual.persons
        or named.names & actual.names
        or any(names_agree(a, b) for a in named.names for b in actual.names)
        or any(word in actual.text.lower() for word in named.names if len(word) > 1)
    )


def _proper_nouns(text: str, language: str) -> frozenset[str]:
    """The words of a claim its language's analyser reads as proper nouns or names
    (lower-cased)."""
    module = language_for(language)
    if module is None:
        return frozenset()
    return frozenset(
        t.surface.lower()
        for t in module.tokens(text)
        if t.word_class in (WordClass.PROPER_NOUN, WordClass.PERSON_NAME)
    )
