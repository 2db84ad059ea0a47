"""Check who visits whom: the visitor a claim gives a meeting against the one its source gives.

Takes a claim part, its matches and the source layout; gives a `VisitConflict` when the claim
makes one party of the meeting the visitor ("Takaichi, on a visit to Buenos Aires, held talks
with President Milei") and the source makes the other one the visitor («訪日中のハビエル・
ミレイ・アルゼンチン共和国大統領と首脳会談を行い»: Milei was visiting Japan), or None.

The source's visitor is read in the sentence the claim aligns with, else in the source's lead
paragraph (where a readout says who was visiting). Only when the claim names the source's
visitor too, as the other party: then both speak of the same meeting, and the claim has the
roles the other way round. A claim that names no visitor, a source that names none, or a
visitor the tool cannot identify (no name it can compare) says nothing.

The phrases that say who is visiting are the language's (`Language.visit_patterns`, in
languages/en.py and ja.py): «Pを訪問中のX», «訪日中のX», "X, who is visiting Japan" in sources;
"X, on a visit to P", "During her visit to P, X", "X … during a visit to P", "X visited P" in
claims.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from factcheck.checks.check_values import ActorConflict
from factcheck.checks.match import SourceIndex
from factcheck.checks.source_layout import SourceLayout
from factcheck.checks.speaker_set import Speakers
from factcheck.checks.who_speaks import named_people
from factcheck.languages import language_for
from factcheck.languages.names import names_agree
from factcheck.model import Match
from factcheck.text.analyse import ClaimPart

__all__ = ["VisitConflict", "check_visit", "find_visitor"]


@dataclass(frozen=True)
class VisitConflict(ActorConflict):
    """The claim's visitor is the party the source has receiving the visit."""

    def describe(self) -> str:
        return (
            f"the claim has {', '.join(self.claim_names)} making the visit, where "
            f"{self.source_id} sentence {self.sentence_index + 1} has "
            f"{', '.join(self.source_names)} as the visitor"
        )


def find_visitor(text: str, language: str, *, claim: bool = False) -> str | None:
    """The phrase naming who is visiting in ``text`` («訪日中のX首相と» → "X首相"), or None.

    A claim names its visitor in the shapes of an article ("X, on a visit to P"); a source in
    the shapes of a readout ("X, who is visiting Japan"): the language's `visit_patterns`
    say how (Japanese writes both alike). A language without them names no visitor."""
    module = language_for(language)
    patterns = module.visit_patterns if module is not None else None
    if patterns is None:
        return None
    for pattern in patterns.claim_visitor if claim else patterns.source_visitor:
        found = pattern.search(text)
        if found:
            groups = found.groupdict()
            who = groups.get("who") or groups.get("who2")
            if who:
                return who.strip()
    return None


def _without_place_visited(text: str, language: str) -> str:
    """The claim with the place it says was visited blanked out ("a visit to Buenos Aires"):
    what remains names the parties of the meeting."""
    module = language_for(language)
    patterns = module.visit_patterns if module is not None else None
    if patterns is None or patterns.place_visited is None:
        return text
    return patterns.place_visited.sub(lambda m: " " * len(m.group(0)), text)


def check_visit(
    part: ClaimPart,
    language: str,
    matches: Sequence[Match],
    index: SourceIndex,
    layouts: Mapping[str, SourceLayout],
) -> VisitConflict | None:
    """The source's visitor, where the claim makes the other party of the meeting the one
    visiting (see the module's docstring)."""
    written = find_visitor(part.text, language, claim=True)
    if written is None or not matches:
        return None
    claimed = named_people(written, language, index.termbase)
    if claimed is None or not (claimed.persons or claimed.names):
        return None
    # The parties the claim names, without the place it says was visited.
    parties = _without_place_visited(part.text, language)
    everyone = named_people(parties, language, index.termbase)
    best = matches[0]
    layout = layouts.get(best.source_id)
    numbers = [best.sentence.index, *(layout.lead if layout is not None else ())]
    for number in dict.fromkeys(numbers):
        entry = index.entry(best.source_id, number)
        phrase = find_visitor(entry.sentence.text, entry.language)
        if phrase is None:
            continue
        visitor = named_people(phrase, entry.language, index.termbase)
        if visitor is None or not (visitor.persons or visitor.names):
            return None
        if _same(claimed, visitor) or everyone is None or not _same(everyone, visitor):
            return None  # the claim's visitor is the source's, or the claim never names it
        return VisitConflict((written,), (phrase,), best.source_id, number)
    return None


def _same(a: Speakers, b: Speakers) -> bool:
    """Whether two speaker readings share a person: a termbase person, or a name written in
    either script (Yunus / ムハマド・ユヌス)."""
    if a.persons & b.persons or a.names & b.names:
        return True
    return any(names_agree(x, y) for x in a.names for y in b.names)
