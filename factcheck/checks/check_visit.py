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

The phrases that say who is visiting are per language (`_VISITOR`): «Pを訪問中のX», «訪日中の
X», "X, who is visiting Japan" in sources; "X, on a visit to P", "During her visit to P, X",
"X … during a visit to P", "X visited P" in claims.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from factcheck.checks.check_attribution import Speakers, named_people
from factcheck.checks.check_values import ActorConflict
from factcheck.checks.keyfacts import SourceLayout
from factcheck.checks.match import SourceIndex
from factcheck.languages import primary_code
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


_JA_VISITOR = re.compile(
    # «ポルトガルを訪問中の高市総理は», «訪日中のX首相と», «公式実務訪問中のX首相と»
    r"(?:訪問中|訪日中|来日中)の(?P<who>[^、。はと「」]{2,60}?)(?:は|と|から|、)"
)
_EN_SOURCE_VISITOR = re.compile(
    # "… with H.E. Mr. X, Minister of … of the Republic of Y, who is visiting Japan": the
    # counterpart after the last "with" before the visit.
    r"\bwith\s+(?P<who>(?:(?!\bwith\s)[^;]){2,160}?),\s+who\s+(?:is|was)\s+"
    r"(?:visiting|(?:currently\s+)?on\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3}?visit\s+to)\b"
)
_EN_CLAIM_VISITOR = (
    # "Takaichi, on a visit to Buenos Aires, held …"; "Montenegro, visiting Japan, …"
    re.compile(
        r"^(?P<who>[A-Z][^,]{0,60}?),\s+(?:on|during)\s+(?:an?|his|her|their)\s+"
        r"(?:[\w-]+\s+){0,3}?visit\s+to\b|^(?P<who2>[A-Z][^,]{0,60}?),\s+visiting\s+[A-Z]"
    ),
    # "During her visit to Dhaka, Takaichi held …": the pronoun is the subject's.
    re.compile(
        r"^(?:During|On)\s+(?:her|his|their|a|an)\s+(?:[\w-]+\s+){0,3}?visit\s+to\s+[^,]{1,60},"
        r"\s+(?P<who>(?:[A-Z][\w'’.-]*\s*){1,5})"
    ),
    # "Motegi held talks with Lamola during a visit to South Africa": no one else's visit.
    re.compile(
        r"^(?P<who>(?:[A-Z][\w'’.-]*\s+){1,5}?)(?:held|met|had|hosted|received|talked|spoke)\b"
        r"[^.]{0,120}?\bduring\s+(?:an?|her|his|their)\s+(?:[\w-]+\s+){0,3}?visit\s+to\b"
    ),
    # "Takaichi visited Kuala Lumpur …"
    re.compile(r"^(?P<who>(?:[A-Z][\w'’.-]*\s+){1,5}?)visited\s+[A-Z]"),
)


_EN_PLACE_VISITED = re.compile(
    r"\bvisit(?:ing|ed|s)?\s+(?:to\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)
"""The place a claim says was visited ("a visit to Buenos Aires", "visiting Japan"): a name
of a place, not of a party to the meeting."""


def find_visitor(text: str, language: str, *, claim: bool = False) -> str | None:
    """The phrase naming who is visiting in ``text`` («訪日中のX首相と» → "X首相"), or None.

    A claim names its visitor in the shapes of an article ("X, on a visit to P"); a source in
    the shapes of a readout ("X, who is visiting Japan"). Japanese writes both alike."""
    if primary_code(language) == "ja":
        found = _JA_VISITOR.search(text)
        return found.group("who").strip() if found else None
    if primary_code(language) != "en":
        return None
    patterns = _EN_CLAIM_VISITOR if claim else (_EN_SOURCE_VISITOR,)
    for pattern in patterns:
        found = pattern.search(text)
        if found:
            who = found.group("who") if found.group("who") else found.groupdict().get("who2")
            if who:
                return who.strip()
    return None


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
    parties = _EN_PLACE_VISITED.sub(lambda m: " " * len(m.group(0)), part.text)
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
