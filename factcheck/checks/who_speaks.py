"""Who speaks in a source: who says a source sentence or one of its clauses (a speaker
reported inside it, else its speaker label; a bare title resolved through `TitleLinks`).

Who a claim says spoke is `claim_speakers`'s; reading a speaker phrase into names is
`speaker_names`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from factcheck.checks.match import IndexedSentence
from factcheck.checks.speaker_names import (
    credits_author,
    named_people,
    names_both,
    person_concept,
    speakers_of,
)
from factcheck.checks.speaker_set import Speakers, is_name
from factcheck.checks.title_links import TitleHolder, TitleLinks
from factcheck.languages import language_for
from factcheck.languages.countries import countries_in
from factcheck.languages.interface import Naming
from factcheck.terms.termbase import Termbase
from factcheck.text.clauses import Clause, split_clauses
from factcheck.text.speakers import continues_speaker, names_speaker
from factcheck.thresholds import POINT_BACK_SENTENCES

__all__ = [
    "clause_speakers",
    "sentence_speakers",
]


def sentence_speakers(
    entry: IndexedSentence, termbase: Termbase, links: TitleLinks
) -> Speakers | None:
    """Who says the sentence: a speaker reported inside it, else its speaker label.

    A speaker is reported where the sentence opens with one (「大統領からは、…」, "President
    Trump said …") or where its subject is the one who says something («大統領は…とおっしゃ
    いました»): inside a transcript, the words are then that person's, not the label's. What
    stands before the reporting verb must have a speaker's shape (`names_speaker`): a
    sentence whose adjective looks like a reporting verb ("partner in meeting shared
    challenges") stays with its label.
    """
    text = entry.sentence.text
    module = language_for(entry.language)
    candidates = []
    readers: list[Callable[[str], re.Match[str] | None]] = (
        [module.reported_speech.match, module.claim_speech.match] if module else []
    )
    patterns = module.clause_patterns if module is not None else None
    closing = patterns.closing_speech if patterns is not None else None
    if closing is not None:
        # "President Tarvo approved the plan, Minister Borrel explained.": where no verb of
        # speech the pattern lists opens the sentence, the speaker it ends with says all of
        # it; what it reports of the one it opens with is theirs in Borrel's words
        # (`clause_choice.relayed`). A listed opening keeps the sentence: "Minister Motegi
        # proposed …, Minister Borrel agreed." is Motegi's proposal.
        readers.append(lambda text: _named(closing(text)))
    unlisted = patterns.unlisted_speech if patterns is not None else None
    if unlisted is not None:
        # "Minister Ruvalo warned that …": a verb of speech the speech pattern does not list,
        # after a speaker named with an office ("Tokyo promised …", "The Caldonian Ministry
        # warned …": a government speaks through any of its people, whom it does not name).
        readers.append(lambda text: _no_country(unlisted(text, True)))
    for read in readers:
        reported = read(text)
        if reported is None or credits_author(text, reported, entry.language):
            continue
        who = reported.group("who")
        if module is not None and module.speaker_ends(who) and names_speaker(who):
            candidates.append(_naming_pieces(who, entry.language, termbase))
            break
    # A pronoun that closes the sentence as its speaker ("…, he said.").
    said_by = closing(text) if closing is not None else None
    pronoun = (
        said_by is not None
        and module is not None
        and said_by.group("who").strip().lower() in module.stop_words
    )
    if entry.sentence.speaker:
        candidates.append(entry.sentence.speaker)
    elif pronoun and continues_speaker(text, entry.language):
        # "…, he said.": the one the sentence before gives its words to.
        before = entry.sentence.index - 1
        if links.has(entry.source_id, before):
            return sentence_speakers(links.entry(entry.source_id, before), termbase, links)
    for candidate in candidates:
        speakers = speakers_of(candidate, entry.language, termbase, require_person=True)
        if speakers is None or not (speakers.persons or speakers.names or speakers.both):
            earlier = _pointed_back(candidate, entry, termbase, links) or _other_side(
                candidate, entry, links
            )
            if earlier is not None:
                return earlier
        if speakers is None:
            continue
        if not speakers.persons and not speakers.names and not speakers.both:
            speakers = _resolve_title(speakers, candidate, entry, termbase, links)
        return speakers
    return None


def _no_country(found: re.Match[str] | None) -> re.Match[str] | None:
    """An unlisted verb's speaker that names no country ("Japan's foreign ministry warned …"
    is a country's office, no one named), else None."""
    return found if found is not None and not countries_in(found.group("who")) else None


def _named(found: re.Match[str] | None) -> re.Match[str] | None:
    """A closing speaker that has a speaker's shape (`names_speaker`), else None."""
    return found if found is not None and names_speaker(found.group("who")) else None


def _naming_pieces(who: str, language: str, termbase: Termbase) -> str:
    """A sentence's speaker phrase without a part set off by commas that names no one ("In
    response, Minister Venner" → "Minister Venner"): the speaker the report shows is
    a person, never a fragment of the clause."""
    pieces = who.split(",")
    if len(pieces) < 2:
        return who
    kept = [
        piece
        for piece in pieces
        if names_both(piece) or named_people(piece, language, termbase) is not None
    ]
    return ",".join(kept).strip() if kept else who


def _resolve_title(
    speakers: Speakers, text: str, entry: IndexedSentence, termbase: Termbase, links: TitleLinks
) -> Speakers:
    """A bare title (大統領, "the Premier") stands for the one person a source names with
    it: the same source if it does, else the other sources of the run (they report the same
    event). A title the source gives to two people ("Prime Minister Takaichi" and "Premier
    Li": one title in the termbase) stands for neither; a name the termbase does not know
    counts as a holder as much as one it knows."""
    titles = [(h.entry.id, h.surface) for h in termbase.find(text, entry.language) if is_name(h)]
    sources = [entry.source_id] + [s for s in links.sources() if s != entry.source_id]
    for scope, where in ((sources[:1], "this source"), (sources, "the sources")):
        held: set[TitleHolder] = set()
        for title, surface in titles:
            for source_id in scope:
                held |= links.holders(source_id, title, surface)
        if len(held) != 1:
            if held:
                return speakers  # two holders: the title alone names neither
            continue
        (holder,) = held
        persons = frozenset(p for p in holder.persons if person_concept(termbase, p))
        if persons or holder.names:
            shown = f"{speakers.text} (= {holder.written} in {where})"
            return Speakers(shown, persons, holder.names)
    return speakers


def clause_speakers(
    clause: Clause,
    entry: IndexedSentence,
    termbase: Termbase,
    links: TitleLinks,
) -> Speakers | None:
    """Who says one clause: its own opening speaker, both sides for a joint act, no one for
    the report of the meeting itself, else the sentence's speaker."""
    if clause.joint:
        return Speakers(clause.speaker or clause.text.strip(), frozenset(), both=True)
    if clause.meeting and clause.speaker is None:
        return None  # who met whom: the people of the meeting, no one's words
    if clause.speaker is None:
        return sentence_speakers(entry, termbase, links)
    speakers = speakers_of(clause.speaker, entry.language, termbase, require_person=True)
    if speakers is None or not (speakers.persons or speakers.names or speakers.both):
        earlier = _pointed_back(clause.speaker, entry, termbase, links) or _other_side(
            clause.speaker, entry, links
        )
        if earlier is not None:
            return earlier
    if speakers is not None and not (speakers.persons or speakers.names or speakers.both):
        speakers = _resolve_title(speakers, clause.speaker, entry, termbase, links)
    return speakers


def _other_side(text: str, entry: IndexedSentence, links: TitleLinks) -> Speakers | None:
    """Who a speaker that names the other side of the page's meeting is (`SpeakerPatterns.
    other_side`: 先方): the people the meeting's own sentence names by the language's
    conventions for names (`Naming.name_words`: «…、訪日中のペーター・レンツ・エスタヴィア
    共和国経済大臣と会談を行いました» → Peter, Lenz), its country's name left out. A readout
    tells the meeting from its own side, whose people it writes in kanji; a claim that gives
    先方's words to one of them is someone else's. None for any other speaker, or a page
    with no meeting sentence before it that names someone so."""
    module = language_for(entry.language)
    patterns = module.speaker_patterns if module is not None else None
    side = patterns.other_side if patterns is not None else None
    if side is None or not isinstance(module, Naming) or not side.fullmatch(text.strip()):
        return None
    for index in range(entry.sentence.index + 1):
        if not links.has(entry.source_id, index):
            continue
        earlier = links.entry(entry.source_id, index)
        clauses = split_clauses(earlier.sentence.text, earlier.language)
        if not any(clause.meeting for clause in clauses):
            continue
        names = frozenset(
            part.lower()
            for name in module.name_words(earlier.sentence.text)
            for part in re.split(r"[・＝\s]+", name)
            if len(part) > 1 and not countries_in(part)
        )
        if names:
            return Speakers(f"{text.strip()} (= the other side of the meeting)", frozenset(), names)
        return None
    return None


def _pointed_back(
    text: str, entry: IndexedSentence, termbase: Termbase, links: TitleLinks
) -> Speakers | None:
    """Who a speaker that points back names (`SpeakerPatterns.points_back`: 同大臣, "the
    said minister"): the latest speaker before it, within POINT_BACK_SENTENCES sentences of
    the source, whose words end with the same title and name someone («ヴァルンホルト大臣
    から、… また、同大臣から、…» is Varnholt's twice, though the page names two ministers).
    None for any other speaker, or when no such speaker precedes it."""
    module = language_for(entry.language)
    patterns = module.speaker_patterns if module is not None else None
    pointing = patterns.points_back if patterns is not None else None
    found = pointing.fullmatch(text.strip()) if pointing is not None else None
    if found is None:
        return None
    title = found.group("title")
    first = max(0, entry.sentence.index - POINT_BACK_SENTENCES)
    for index in range(entry.sentence.index - 1, first - 1, -1):
        if not links.has(entry.source_id, index):
            continue
        earlier = links.entry(entry.source_id, index)
        for clause in reversed(split_clauses(earlier.sentence.text, earlier.language)):
            said = clause_speakers(clause, earlier, termbase, links)
            if said is None or said.both or not (said.persons or said.names):
                continue
            if said.text.split(" (=")[0].strip().endswith(title):
                return replace(said, text=f"{text.strip()} (= {said.text}, named before)")
    return None
