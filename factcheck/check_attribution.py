"""Check attribution: is the statement in the mouth and the setting the claim gives it?

Takes a claim (its `speaker:` and `setting:`, or a speaker read from its text) and the source
sentence that carries the statement; gives an `AttributionCheck` naming who says it in the
source and in which setting (the source's kind: readout of the call, remarks to the press …).

Speakers are compared as termbase concepts. A source often names a speaker by title alone
(「大統領からは、…」); the title is resolved through the same source, where the title stands
next to a name (トランプ大統領 → the President is Trump).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from factcheck.match import IndexedSentence, SourceIndex
from factcheck.model import Claim, SourceKind
from factcheck.termbase import EntryKind, Termbase, TermHit

_BOTH = re.compile(
    r"^\s*(?:the\s+)?(?:two|both)\s+(?:leaders|sides|men|women|heads)\b|両首脳|双方|両者|両氏",
    re.IGNORECASE,
)
_EN_SPEECH = re.compile(
    r"^(?P<who>.{1,60}?)\s+(?:also\s+|then\s+|later\s+)?(?:is said to have\s+|reportedly\s+)?"
    r"(?:said|says|stated|told|noted|expressed|emphasi[sz]ed|stressed|explained|affirmed|"
    r"reaffirmed|described|spoke|asked|proposed|praised|called|added|recalled|insisted)\b",
    re.IGNORECASE,
)
_JA_REPORTED = re.compile(
    r"^(?:\d+\s*)?(?:冒頭|また|更に|さらに|続いて|次に)?、?(?P<who>[^、。]{1,20}?)(?:からは|から|は)、"
)
SETTING_WORDS = {
    SourceKind.READOUT: "the call or meeting itself (per its readout)",
    SourceKind.PRESS_REMARKS: "remarks to the press",
    SourceKind.PRESS_CONFERENCE: "a press conference",
    SourceKind.STATEMENT: "a statement",
    SourceKind.OTHER: "another setting",
}
ADJACENT = 1
"""White space between a title and a name for them to count as one designation."""


@dataclass(frozen=True)
class Speakers:
    """Who speaks, as concept ids; `both` for "the two leaders"."""

    text: str
    concepts: frozenset[str]
    both: bool = False

    def compatible(self, actual: Speakers) -> bool:
        """Whether a statement the source gives to `actual` may be said to be by `self`."""
        if self.both:
            return actual.both
        if actual.both:
            return True  # she is one of the two leaders who said it
        return bool(self.concepts & actual.concepts)


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

    @property
    def differs(self) -> bool:
        return self.speaker_differs or self.setting_differs

    def describe(self) -> str:
        where = f"{self.source_id} sentence {self.sentence_index + 1}"
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
        if not pieces:
            speaker = self.source_speaker.text if self.source_speaker else "no marked speaker"
            return f"attribution agrees: {speaker}, {self.source_setting.value} ({where})"
        return "; ".join(pieces) + f" ({where})"


def claim_speakers(claim: Claim, language: str, termbase: Termbase) -> Speakers | None:
    """Who the claim says spoke: its `speaker:` field, or a "<name> said" opening."""
    text = claim.speaker
    if text is None:
        match = _EN_SPEECH.match(claim.text)
        if match is None:
            return None
        text = match.group("who")
    return _speakers_of(text, language, termbase, require_person=claim.speaker is None)


def _speakers_of(
    text: str, language: str, termbase: Termbase, *, require_person: bool = False
) -> Speakers | None:
    if _BOTH.search(text):
        return Speakers(text.strip(), frozenset(), both=True)
    concepts = frozenset(h.entry.id for h in termbase.find(text, language) if _is_name(h))
    if not concepts:
        return None if require_person else Speakers(text.strip(), frozenset())
    return Speakers(text.strip(), concepts)


def _is_name(hit: TermHit) -> bool:
    return hit.entry.kind is EntryKind.NAME


class TitleLinks:
    """Per source, which names stand next to which titles (トランプ + 大統領)."""

    def __init__(self, index: SourceIndex) -> None:
        self._index = index
        self._links: dict[str, dict[str, set[str]]] = {}

    def of(self, source_id: str) -> Mapping[str, set[str]]:
        if source_id not in self._links:
            links: dict[str, set[str]] = defaultdict(set)
            for position in self._index.sentences_of([source_id]):
                entry = self._index.sentences[position]
                names = [h for h in entry.facts.terms if _is_name(h)]
                for a in names:
                    for b in names:
                        if a.entry.id != b.entry.id and _adjacent(a, b, entry.sentence.text):
                            links[a.entry.id].add(b.entry.id)
                            links[b.entry.id].add(a.entry.id)
            self._links[source_id] = links
        return self._links[source_id]


def _adjacent(a: TermHit, b: TermHit, text: str) -> bool:
    """One designation: nested (高市総理 ⊃ 総理) or side by side ("President Trump")."""
    nested = a.start <= b.start and b.end <= a.end
    gap = text[a.end : b.start]
    return nested or (0 <= b.start - a.end <= ADJACENT and not gap.strip())


def sentence_speakers(
    entry: IndexedSentence, termbase: Termbase, links: TitleLinks
) -> Speakers | None:
    """Who says the sentence: a speaker reported inside it, else its speaker label."""
    text = entry.sentence.text
    reported = _JA_REPORTED.match(text) if entry.language == "ja" else _EN_SPEECH.match(text)
    candidates = [reported.group("who")] if reported else []
    if entry.sentence.speaker:
        candidates.append(entry.sentence.speaker)
    for candidate in candidates:
        speakers = _speakers_of(candidate, entry.language, termbase, require_person=True)
        if speakers is None:
            continue
        if len(speakers.concepts) == 1:
            (only,) = speakers.concepts
            resolved = links.of(entry.source_id).get(only, set())
            names = [termbase.get(cid) for cid in sorted(resolved)]
            shown = ", ".join(e.preferred("en") or e.id for e in names if e is not None)
            text = f"{speakers.text} (= {shown} in this source)" if shown else speakers.text
            speakers = Speakers(text, speakers.concepts | resolved, speakers.both)
        return speakers
    return None


def check_attribution(
    claim: Claim,
    speakers: Speakers | None,
    entry: IndexedSentence,
    source_kind: SourceKind,
    termbase: Termbase,
    links: TitleLinks,
) -> AttributionCheck | None:
    """Compare the claim's speaker and setting with the sentence that carries the statement."""
    if speakers is None and claim.setting is None:
        return None
    actual = sentence_speakers(entry, termbase, links)
    speaker_differs = bool(
        speakers is not None
        and actual is not None
        and (speakers.concepts or speakers.both)
        and not speakers.compatible(actual)
    )
    setting_differs = (
        claim.setting is not None
        and source_kind is not SourceKind.OTHER  # a source of unknown kind says nothing
        and claim.setting is not source_kind
    )
    return AttributionCheck(
        entry.source_id,
        entry.sentence.index,
        actual,
        source_kind,
        speakers,
        claim.setting,
        speaker_differs,
        setting_differs,
    )
