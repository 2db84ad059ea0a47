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

`check_venue` compares where the meeting was: a claim that sets it in one country ("Motegi
travelled to Hanoi", "Pham received Motegi in Hanoi") against a lead that sets it in another
(«訪日中のX外相と会談»: X was visiting Japan, so the meeting was in Japan). A place counts by its
country, from general data only: a country's name (CLDR, JMdict), a national capital (WordNet:
Hanoi → Vietnam), or a word whose dictionary gloss names the country (JMdict: 訪日 "visit to
Japan"). A place the data cannot place (a city that is no capital, a building) says nothing, and
so does a claim that names the source's country among its places.

A claim's visitor that is another person of the source visitor's country ("Finnish President
X, who was visiting Japan" for «訪日中のY・フィンランド共和国首相») is a `VisitorConflict`: both
name the country, and no name word of one meets one of the other's in either script.

`check_request` compares, alike, whose request the meeting or call was held at ("at Spain's
request" against «マラウイ側からの申入れによるもの»), in the passage the claim aligns with.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from factcheck.checks.check_values import ActorConflict
from factcheck.checks.match import PartMatches, SourceIndex
from factcheck.checks.source_layout import SourceLayout
from factcheck.checks.speaker_set import Speakers
from factcheck.checks.who_speaks import named_people
from factcheck.languages import language_for
from factcheck.languages.countries import (
    ADJECTIVE_ENDINGS,
    LINKED_ENDINGS,
    capital_country_forms,
    countries_named,
    country_forms,
    country_pattern,
)
from factcheck.languages.interface import VisitPatterns
from factcheck.languages.jmdict import jmdict
from factcheck.languages.names import names_agree
from factcheck.languages.wordnet import wordnet
from factcheck.model import Match
from factcheck.text.analyse import ClaimPart
from factcheck.thresholds import LEAD_NAME_WORDS, PARTIAL_COVERAGE

__all__ = [
    "RequestConflict",
    "VenueConflict",
    "VisitConflict",
    "VisitorConflict",
    "check_request",
    "check_venue",
    "check_visit",
    "find_venues",
    "find_visitor",
]


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
) -> VisitConflict | VisitorConflict | None:
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
        if _another_envoy(written, phrase, claimed, visitor):
            # Another person of the visitor's country (a country's name in both readings
            # makes `_same` meet them, so this is asked first).
            return VisitorConflict((written,), (phrase,), best.source_id, number)
        if _same(claimed, visitor) or everyone is None or not _same(everyone, visitor):
            return None  # the claim's visitor is the source's, or the claim never names it
        return VisitConflict((written,), (phrase,), best.source_id, number)
    return None


def _another_envoy(written: str, phrase: str, claimed: Speakers, visitor: Speakers) -> bool:
    """Whether the claim's visitor is another person of the source visitor's country ("Kosovo
    President X" for «Y・コソボ共和国首相»): both name the same country, each names a person
    besides it, and none of the claim's name words meets one of the source's (in either
    script, `names_agree`). A termbase person on either side is compared by `_same` alone."""
    if claimed.persons or visitor.persons:
        return False
    shared = countries_named(written) & countries_named(phrase)
    if not shared:
        return False
    own = _person_words(claimed.names, shared)
    given = _person_words(visitor.names, shared)
    return bool(own and given) and not any(names_agree(x, y) for x in own for y in given)


def _person_words(names: frozenset[str], countries: frozenset[str]) -> set[str]:
    """A speaker reading's name words, a katakana run cut at its dots (アルビン・クルティ), the
    country's own names left out."""
    words = {w for name in names for w in re.split(r"[・=＝\s]+", name) if w}
    return {w for w in words if w.lower() not in countries and not countries_named(w)}


def _same(a: Speakers, b: Speakers) -> bool:
    """Whether two speaker readings share a person: a termbase person, or a name written in
    either script (Yunus / ムハマド・ユヌス)."""
    if a.persons & b.persons or a.names & b.names:
        return True
    return any(names_agree(x, y) for x in a.names for y in b.names)


@dataclass(frozen=True)
class VisitorConflict(ActorConflict):
    """The claim's visitor is another person of the country than the source's visitor."""

    def describe(self) -> str:
        return (
            f"the claim has {', '.join(self.claim_names)} as the visitor, where "
            f"{self.source_id} sentence {self.sentence_index + 1} has "
            f"{', '.join(self.source_names)}"
        )


@dataclass(frozen=True)
class VenueConflict(ActorConflict):
    """The claim sets the meeting in another country than the source does."""

    def describe(self) -> str:
        return (
            f"the claim sets the meeting in {', '.join(self.claim_names)}, where "
            f"{self.source_id} sentence {self.sentence_index + 1} sets it in "
            f"{', '.join(self.source_names)}"
        )


@dataclass(frozen=True)
class Venue:
    """A place a text sets its meeting in, placed in its country."""

    phrase: str
    """As the text writes it ("Hanoi", 訪日)."""
    country: str
    """The country's name as the data writes it ("Vietnam", "Japan")."""
    forms: frozenset[str]
    """Every form of the country, lower-cased (vietnam, vietnamese, ベトナム)."""

    def shown(self) -> str:
        if self.phrase == self.country or self.phrase.lower() in self.forms:
            return self.phrase
        return f"{self.phrase} ({self.country})"


def find_venues(
    text: str, language: str, *, claim: bool = False, request: bool = False
) -> tuple[Venue, ...]:
    """The places ``text`` sets its meeting in that general data can place in a country: the
    language's `claim_venue` (or, for a source, `source_venue`) patterns; with ``request``,
    the sides whose request it was held at (`requester`); () when none."""
    module = language_for(language)
    patterns = module.visit_patterns if module is not None else None
    if patterns is None:
        return ()
    found: list[Venue] = []
    chosen = (
        patterns.requester if request else patterns.claim_venue if claim else patterns.source_venue
    )
    for pattern in chosen:
        for hit in pattern.finditer(text):
            if claim and patterns.unheld is not None and _unheld(text, hit.start(), patterns):
                continue
            groups = hit.groupdict()
            venue = None
            if groups.get("place"):
                venue = _placed(groups["place"].strip())
            elif groups.get("word"):
                venue = _glossed(groups["word"])
            if venue is not None:
                found.append(venue)
    return tuple(found)


def _unheld(text: str, start: int, patterns: VisitPatterns) -> bool:
    """Whether the clause before a venue makes its visit one not made (an invitation, a
    plan): the clause runs back to the last comma, semicolon or full stop."""
    assert patterns.unheld is not None
    clause = re.split(r"[,.;、。；]", text[:start])[-1]
    return bool(patterns.unheld.search(clause))


@functools.lru_cache(maxsize=1024)
def _placed(name: str) -> Venue | None:
    """A country's name, or a national capital's, placed in its country: the name's longest
    first words that are one ("Hanoi, where" → Hanoi; "Buenos Aires" whole)."""
    words = name.split()
    for size in range(len(words), 0, -1):
        head = " ".join(words[:size])
        # The whole head a country's name (not "Maltese Prime Minister X", which names one);
        # a Japanese place is read between its particles, so a name within it counts
        # («フィリピン政府»).
        named = country_forms(head) if head.isascii() else countries_named(head)
        forms = frozenset(f.lower() for f in named)
        if forms and not _demonym(head, forms):
            return Venue(head, head, forms)
        for written in dict.fromkeys((head, _unaccented(head))):
            capital = capital_country_forms(written)
            if capital:
                country = wordnet().capital_of(written)
                return Venue(
                    head, country[0] if country else head, frozenset(f.lower() for f in capital)
                )
    return None


@functools.lru_cache(maxsize=256)
def _glossed(word: str) -> Venue | None:
    """A word whose first dictionary sense names a country (訪日 "visit to Japan")."""
    senses = jmdict().senses(word)
    if not senses:
        return None
    gloss = "; ".join(senses[0].glosses)
    named = country_pattern().search(gloss)
    if named is None:
        return None
    forms = countries_named(named.group(0))
    if not forms:
        return None
    return Venue(word, named.group(0), forms)


def _demonym(head: str, forms: frozenset[str]) -> bool:
    """Whether a word names a country's people or language rather than the country ("Georgian",
    "Japanese"): another form of the country with an English adjective ending (CLDR's names,
    the endings `countries` derives adjectives by)."""
    word = head.lower()
    return any(
        word in (f + ending, f[:-1] + ending)
        or (
            ending in LINKED_ENDINGS
            and word[: len(f)] == f
            and word.endswith(ending)
            and len(word) == len(f) + 1 + len(ending)
        )  # Peru-v-ian
        for f in forms
        if f != word
        for ending in ADJECTIVE_ENDINGS
    )


def _unaccented(text: str) -> str:
    """The text without its accents (Yaoundé → Yaounde): WordNet writes names without them."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def check_venue(
    parts: Sequence[PartMatches],
    language: str,
    index: SourceIndex,
    layouts: Mapping[str, SourceLayout],
) -> VenueConflict | None:
    """The source's country of the meeting, where the claim sets it in another one.

    The source's venue is the lead's, else that of the page's first sentence that gives one
    (a page whose lead is a heading). Only when the claim reports that meeting: a part of it
    aligns with the lead (its best passage is a lead sentence, covering PARTIAL_COVERAGE of
    the part) and the lead gives the venue, or the part that sets the claim's venue names the
    people of the sentence that gives the source's (LEAD_NAME_WORDS of their name words).
    Only when none of the claim's places is in the source's country: a claim may name a place
    of another happening beside the meeting's."""
    claimed = [v for p in parts for v in find_venues(p.part.text, language, claim=True)]
    if not claimed:
        return None
    for part in parts:
        best = part.matches[0] if part.matches else None
        layout = layouts.get(best.source_id) if best is not None else None
        if best is None or layout is None:
            continue
        aligned = best.sentence.index in layout.lead and best.coverage >= PARTIAL_COVERAGE
        # The lead says where the meeting was; a page whose lead is a heading says it in the
        # first sentence that says it at all.
        rest = (n for n in range(len(layout.paragraph_of)) if n not in layout.lead)
        for number in (*layout.lead, *rest):
            entry = index.entry(best.source_id, number)
            given = find_venues(entry.sentence.text, entry.language)
            if not given:
                continue
            if not (aligned and number in layout.lead) and not (
                find_venues(part.part.text, language, claim=True)
                and _names_the_people(
                    part.part.text, language, entry.sentence.text, entry.language, index
                )
            ):
                break
            if any(c.forms & g.forms for c in claimed for g in given):
                return None
            return VenueConflict(
                tuple(dict.fromkeys(c.shown() for c in claimed)),
                (f"{given[0].country} («{given[0].phrase}»)",),
                best.source_id,
                number,
            )
    return None


def _names_the_people(
    text: str, language: str, lead: str, lead_language: str, index: SourceIndex
) -> bool:
    """Whether a claim text writes LEAD_NAME_WORDS name words of the people a lead sentence
    names (termbase people, or name words that meet in either script), countries aside."""
    claimed = named_people(text, language, index.termbase)
    given = named_people(lead, lead_language, index.termbase)
    if claimed is None or given is None:
        return False
    countries = countries_named(text) | countries_named(lead)
    own = _person_words(claimed.names, countries)
    theirs = _person_words(given.names, countries)
    met = len(claimed.persons & given.persons) + sum(
        any(names_agree(word, other) for other in theirs) for word in own
    )
    return met >= LEAD_NAME_WORDS


@dataclass(frozen=True)
class RequestConflict(ActorConflict):
    """The claim has the meeting held at one side's request, the source at the other's."""

    def describe(self) -> str:
        return (
            f"the claim has it held at the request of {', '.join(self.claim_names)}, where "
            f"{self.source_id} sentence {self.sentence_index + 1} has it held at the request "
            f"of {', '.join(self.source_names)}"
        )


def check_request(part: PartMatches, language: str, index: SourceIndex) -> RequestConflict | None:
    """The side whose request the passage says the meeting was held at, where the claim part
    names another country's (by country or capital: `find_venues`). Only in the passage the
    part aligns with (PARTIAL_COVERAGE of it covered): that passage reports the claim's
    meeting."""
    claimed = find_venues(part.part.text, language, request=True)
    best = part.matches[0] if part.matches else None
    if not claimed or best is None or best.coverage < PARTIAL_COVERAGE:
        return None
    for sentence in (best.sentence, *best.context):
        entry = index.entry(best.source_id, sentence.index)
        given = find_venues(entry.sentence.text, entry.language, request=True)
        if not given:
            continue
        if any(c.forms & g.forms for c in claimed for g in given):
            return None
        return RequestConflict(
            tuple(dict.fromkeys(c.shown() for c in claimed)),
            tuple(dict.fromkeys(g.shown() for g in given)),
            best.source_id,
            sentence.index,
        )
    return None
