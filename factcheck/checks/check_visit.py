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
travelled to Accra", "Mensah received Motegi in Accra") against the sentence that sets the
page's meeting («訪日中のX外相と会談»: X was visiting Japan, so the meeting was in Japan). A place
counts by its country's one CLDR id, from general data only (`countries.place_country`): a
country's name (CLDR, JMdict), a national capital (WordNet: Accra → Ghana), or a word whose
dictionary gloss names the country (JMdict: 訪日 "visit to Japan"). A place the data cannot
place (a city that is no capital, a building) says nothing; so does a claim that names the
source's country among its places, a claim place that another sentence of the source writes
(a topic: "investment in Ghana"), and a visit the claim's clause makes one not made (hoped
for, planned, past, someone's own).

A claim's visitor that is another person of the source visitor's country, named by two name
words or more ("Ghanaian President X Z, who was visiting Japan" for
«訪日中のY・ガーナ共和国大統領») is a
`VisitorConflict`: both name the country, and no name word of one meets one of the other's in
either script.

`check_request` compares, alike, whose request the meeting or call was held at ("at Chile's
request" against «ガーナ側からの申入れによるもの»), as the source's lead gives it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from factcheck.checks.check_values import ActorConflict
from factcheck.checks.match import PartMatches, SourceIndex
from factcheck.checks.source_layout import SourceLayout
from factcheck.checks.speaker_names import named_people
from factcheck.checks.speaker_set import Speakers
from factcheck.languages import language_for
from factcheck.languages.countries import (
    countries_named,
    country_name,
    glossed_country,
    place_country,
)
from factcheck.languages.interface import Naming, Script, VisitPatterns, WordClass
from factcheck.languages.names import names_agree
from factcheck.model import Match
from factcheck.text.analyse import ClaimPart
from factcheck.thresholds import PARTIAL_COVERAGE

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
    "in_clause",
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
    """Whether the claim's visitor is another person of the source visitor's country ("Latvian
    President X Z" for «Y・ラトビア共和国首相»): both name the same country, the claim names a
    person by two name words or more besides it (one may be a nickname), the source by one,
    and none of the claim's name words meets one of the source's (in either script,
    `names_agree`). A termbase person on either side is compared by `_same` alone."""
    if claimed.persons or visitor.persons:
        return False
    shared = countries_named(written) & countries_named(phrase)
    if not shared:
        return False
    own = _person_words(claimed.names, shared)
    given = _person_words(visitor.names, shared)
    # One name word may be a nickname or a short form the other script does not spell alike
    # (a leader known by a contraction of two names): "another person" needs two.
    return len(own) >= 2 and bool(given) and not any(names_agree(x, y) for x in own for y in given)


def _person_words(names: frozenset[str], countries: frozenset[str]) -> set[str]:
    """A speaker reading's name words, a katakana run cut at its dots (アイノ・ヴィルタネン), the
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
            f"the claim sets the meeting or call in {', '.join(self.claim_names)}, where "
            f"{self.source_id} sentence {self.sentence_index + 1} sets it in "
            f"{', '.join(self.source_names)}"
        )


@dataclass(frozen=True)
class Venue:
    """A place a text sets its meeting in, placed in its country."""

    phrase: str
    """As the text writes it ("Hanoi", 訪日, フィンランド)."""
    country: str
    """The country's CLDR English name ("Vietnam", "Japan"): one id per region, compared."""

    def shown(self) -> str:
        return self.phrase if self.phrase == self.country else f"{self.phrase} ({self.country})"


def find_venues(
    text: str,
    language: str,
    *,
    claim: bool = False,
    request: bool = False,
    named: frozenset[str] = frozenset(),
    people: Callable[[str], str | None] | None = None,
) -> tuple[Venue, ...]:
    """The places ``text`` sets its meeting in that general data can place in a country: the
    language's `claim_venue` (or, for a source, `source_venue`) patterns, a claim's visit
    that its clause makes one not made (`unheld`) left out; with ``request``, the sides whose
    request it was held at (`requester`, a people's word naming its side: "the Japanese
    side"); () when none. The country is `countries.place_country`'s, or, for a word,
    `countries.glossed_country`'s (訪日 "visit to Japan"); a capital whose name is also
    something else (Georgetown) counts for its country when that country is `named` (CLDR
    names, lower-cased) by the claim or its source. With ``people``, a requester that is no
    place (ゼイン首相, a person with an office) counts for the country `people` gives it."""
    module = language_for(language)
    patterns = module.visit_patterns if module is not None else None
    if patterns is None:
        return ()
    found: list[Venue] = []
    chosen = (
        patterns.requester if request else patterns.claim_venue if claim else patterns.source_venue
    )
    trips = patterns.claim_trip if claim and not request else ()
    for pattern in (*chosen, *trips):
        for hit in pattern.finditer(text):
            if claim and _unheld(text, hit.start(), hit.end(), patterns):
                continue
            if request and not _requests_meeting(text, hit.start(), hit.end(), patterns):
                continue  # a request for something else ("send experts at P's request")
            if pattern in trips and not _trip_meets(text, hit.start(), hit.end(), patterns):
                continue  # a journey before or after the meeting, or a stop on a tour
            groups = hit.groupdict()
            if groups.get("place"):
                placed = place_country(groups["place"].strip(), people=request, named=named)
                if placed is not None:
                    found.append(Venue(*placed))
                elif request and people is not None:
                    home = people(groups["place"].strip())
                    if home is not None:
                        found.append(Venue(groups["place"].strip(), home))
            elif groups.get("word"):
                country = glossed_country(groups["word"])
                if country is not None:
                    found.append(Venue(groups["word"], country))
    return tuple(found)


def _lead_countries(
    parts: Sequence[PartMatches], index: SourceIndex, layouts: Mapping[str, SourceLayout]
) -> frozenset[str]:
    """The countries (their forms, lower-cased) that the lead paragraphs of the parts' best
    sources name: the parties of the meeting, whose capitals a claim may name."""
    found: set[str] = set()
    for source_id in {p.matches[0].source_id for p in parts if p.matches}:
        layout = layouts.get(source_id)
        if layout is None:
            continue
        for number in layout.lead:
            found |= countries_named(index.entry(source_id, number).sentence.text)
    return frozenset(found)


def _goes_on_at_place(text: str, language: str) -> bool:
    """Whether a claim part opens as the clause that tells what happened at the place the part
    before it went to ("where he held talks …": `VisitPatterns.place_clause`)."""
    module = language_for(language)
    patterns = module.visit_patterns if module is not None else None
    if patterns is None or patterns.place_clause is None:
        return False
    return patterns.place_clause.match(", " + text.lstrip(" ,")) is not None


def _trip_meets(text: str, start: int, end: int, patterns: VisitPatterns) -> bool:
    """Whether a claim's journey sets its meeting: the meeting's verb stands in the journey's
    clause, or in the clause after its place that tells what happened there ("travelled to
    Beirut, where he held talks")."""
    if in_clause(text, start, end, patterns.meeting):
        return True
    then = patterns.place_clause.match(text, end) if patterns.place_clause else None
    return then is not None and in_clause(text, then.end(), then.end(), patterns.meeting)


def _unheld(text: str, start: int, end: int, patterns: VisitPatterns) -> bool:
    """Whether the clause a venue stands in makes its visit one not made now (an invitation,
    a hope, a plan, a past visit, someone's own visit, a journey before or after another
    happening: `VisitPatterns.unheld`)."""
    return in_clause(text, start, end, patterns.unheld)


def in_clause(text: str, start: int, end: int, pattern: re.Pattern[str] | None) -> bool:
    """Whether ``pattern`` is found in the clause of text[start:end]: from the last comma,
    semicolon or full stop before it to the next one. False without a pattern."""
    if pattern is None:
        return False
    before = re.split(r"[,.;、。；]", text[:start])[-1]
    after = re.split(r"[,.;、。；]", text[end:])[0]
    return bool(pattern.search(before + text[start:end] + after))


_CLOSES = re.compile(r"(?:\s+(?:side|government))?\s*[.。]?\s*")
"""What may follow a requester that closes its sentence: its side's word, the full stop."""


def _requests_meeting(text: str, start: int, end: int, patterns: VisitPatterns) -> bool:
    """Whether a claim's request stands in the clause of the meeting's or call's own verb
    (`VisitPatterns.meeting`; any clause when the language has none), or opens the sentence
    before it ("At P's request, the two spoke by phone")."""
    if patterns.meeting is None or in_clause(text, start, end, patterns.meeting):
        return True
    fronted = re.match(r"\s*,([^,.;]*)", text[end:])
    if (
        fronted is not None
        and not text[:start].strip()
        and patterns.meeting.search(fronted.group(1)) is not None
    ):
        return True
    # Set off at the sentence's end, after the meeting's clause and its appositions ("… held
    # a telephone talk with X, Minister of Y, at the request of the German side."): it says
    # at whose request the sentence's meeting was held.
    closing = text[:start].rstrip().endswith((",", "、")) and _CLOSES.fullmatch(text[end:])
    return bool(closing) and patterns.meeting.search(text[:start]) is not None


def _places_named(text: str, language: str) -> frozenset[str]:
    """Every country a text names anywhere, lower-cased, by any of its forms
    (`countries_named`) or by a national capital (any run of names, as the text's language
    writes them, `Naming.name_runs`, that `place_country` places): a claim that names the
    source's country anywhere ("who visited Seoul before coming to Tokyo") may be telling of
    a tour, not of another venue. Where the language writes names as runs of words, only a
    run that names a place counts: "Polish Foreign Minister X" names a person's country, no
    place (`place_country` places "Poland", not "Polish")."""
    module = language_for(language)
    runs: list[str] = module.name_runs(text) if isinstance(module, Naming) else []
    found = set() if runs or (module is not None and module.spaced) else set(countries_named(text))
    for run in runs:
        words = run.split()
        for at in range(len(words)):
            for size in range(1, min(4, len(words) - at) + 1):
                placed = place_country(" ".join(words[at : at + size]))
                if placed is not None:
                    found.add(placed[1].lower())
    return frozenset(found)


def _source_venue(
    source_id: str, layout: SourceLayout, index: SourceIndex
) -> tuple[int, tuple[Venue, ...]] | None:
    """The sentence that sets the page's meeting and its venues: the first that gives one
    among the lead's sentences and then those of the paragraph after the lead (a lead may be
    a heading, or a venue-less first line); None when none does. Later paragraphs tell of
    other visits (a past one, tourists')."""
    rest = [n for n in range(len(layout.paragraph_of)) if n not in layout.lead]
    following = [n for n in rest if layout.paragraph_of[n] == layout.paragraph_of[rest[0]]]
    for number in (*layout.lead, *(following if rest else ())):
        entry = index.entry(source_id, number)
        given = find_venues(entry.sentence.text, entry.language)
        if given:
            return number, given
    return None


def _written(venue: Venue, text: str, language: str) -> bool:
    """Whether a source sentence writes a claim's place: a country by any of its names, in
    either script (a country the source speaks of is a topic, not only a venue); a capital
    by its own name as the sentence's language writes names (`Naming.writes_name`: a whole
    word in English, across scripts by its reading in Japanese)."""
    if country_name(venue.phrase) == venue.country:
        return venue.country.lower() in countries_named(text)
    module = language_for(language)
    if isinstance(module, Naming):
        return module.writes_name(text, venue.phrase)
    return venue.phrase in text


def check_venue(
    parts: Sequence[PartMatches],
    language: str,
    index: SourceIndex,
    layouts: Mapping[str, SourceLayout],
) -> VenueConflict | None:
    """The source's country of the meeting, where the claim sets it in another one.

    The source's venue is given by the sentence that sets the page's meeting
    (`_source_venue`). Only a claim part whose own best passage is that sentence, or covers
    no more of it (a title that names the meeting as the lead does), covering
    PARTIAL_COVERAGE of the part, reports that meeting, and only its places count. None when
    any of the claim's places is in the source's country (a claim may name a place of
    another happening beside the meeting's), and a claim place that another sentence of the
    source writes is a topic of the source, not the venue (`_written`)."""
    named = _lead_countries(parts, index, layouts)
    texts = [p.part.text for p in parts]
    goes_on = [bool(n) and _goes_on_at_place(text, language) for n, text in enumerate(texts)]
    venues: list[tuple[Venue, ...]] = []
    for n, text in enumerate(texts):
        # A part that tells what happened at the place the part before went to ("…travelled
        # to Beirut, | where he held talks …") is read with it, as one clause and its sequel,
        # and shares its places.
        if goes_on[n]:
            venues.append(venues[-1])
            continue
        if n + 1 < len(texts) and goes_on[n + 1]:
            text = f"{text}, {texts[n + 1].lstrip(' ,')}"
        venues.append(find_venues(text, language, claim=True, named=named))
    everywhere = [v for held in venues for v in held]
    if not everywhere:
        return None
    for part, claimed in zip(parts, venues, strict=True):
        best = part.matches[0] if part.matches else None
        layout = layouts.get(best.source_id) if best is not None else None
        if not claimed or best is None or layout is None or best.coverage < PARTIAL_COVERAGE:
            continue
        found = _source_venue(best.source_id, layout, index)
        if found is None or not any(
            m.source_id == best.source_id
            and m.sentence.index == found[0]
            and m.coverage >= best.coverage
            for m in part.matches
        ):
            continue  # the part's best passage (or one as good: the title) sets no meeting
        number, given = found
        if any(c.country == g.country for c in everywhere for g in given):
            return None
        named = _places_named(" ".join(p.part.text for p in parts), language)
        if any(g.country.lower() in named for g in given):
            return None  # the source's country named anywhere in the claim: a tour's stops
        others = [
            index.entry(best.source_id, n) for n in range(len(layout.paragraph_of)) if n != number
        ]
        if any(_written(c, e.sentence.text, e.language) for c in claimed for e in others):
            return None
        return VenueConflict(
            tuple(dict.fromkeys(c.shown() for c in claimed)),
            (given[0].shown(),),
            best.source_id,
            number,
        )
    return None


@dataclass(frozen=True)
class RequestConflict(ActorConflict):
    """The claim has the meeting held at one side's request, the source at the other's."""

    def describe(self) -> str:
        return (
            f"the claim has it held at the request of {', '.join(self.claim_names)}, where "
            f"{self.source_id} sentence {self.sentence_index + 1} has it held at the request "
            f"of {', '.join(self.source_names)}"
        )


def check_request(
    part: PartMatches, language: str, index: SourceIndex, layouts: Mapping[str, SourceLayout]
) -> RequestConflict | None:
    """The side whose request the source's lead says the meeting or call was held at, where
    the claim part names another country's (by country, capital or its people's side:
    `find_venues`). Only for a part whose best passage is a lead sentence (covering
    PARTIAL_COVERAGE of it): the lead reports the meeting, a later sentence's request is for
    something else (experts sent, aid given). None when any sentence of the source gives the
    claim's side as a requester, or a sentence past the lead names the claim's side beside a
    request word (`VisitPatterns.request_word`: its request, however worded, may be what the
    claim reports: 要請, 依頼). The claim's request counts only in the clause of the meeting's
    or call's own verb (`VisitPatterns.meeting`): "…said Japan would send experts at P's
    request" is a request for the experts."""
    claimed = find_venues(part.part.text, language, request=True)
    best = part.matches[0] if part.matches else None
    layout = layouts.get(best.source_id) if best is not None else None
    if not claimed or best is None or layout is None or best.coverage < PARTIAL_COVERAGE:
        return None
    if best.sentence.index not in layout.lead:
        return None
    module = language_for(index.entry(best.source_id, best.sentence.index).language)
    asked = module.visit_patterns.request_word if module and module.visit_patterns else None
    lead: tuple[int, tuple[Venue, ...]] | None = None
    lead_texts = [index.entry(best.source_id, number).sentence.text for number in layout.lead]
    for number in range(len(layout.paragraph_of)):
        entry = index.entry(best.source_id, number)
        given = find_venues(
            entry.sentence.text,
            entry.language,
            request=True,
            people=functools.partial(_home_in, language=entry.language, lead=lead_texts),
        )
        if any(c.country == g.country for c in claimed for g in given):
            return None
        if (
            number not in layout.lead
            and asked is not None
            and asked.search(entry.sentence.text)
            and any(c.country.lower() in countries_named(entry.sentence.text) for c in claimed)
        ):
            return None  # the claim's side's request past the lead: it may be the claim's
        if given and number in layout.lead and lead is None:
            lead = number, given
    if lead is None:
        return None
    return RequestConflict(
        tuple(dict.fromkeys(c.shown() for c in claimed)),
        tuple(dict.fromkeys(g.shown() for g in lead[1])),
        best.source_id,
        lead[0],
    )


def _home_in(who: str, language: str, lead: Sequence[str]) -> str | None:
    """The country of a person a source names with their office (ゼイン首相, "the Prime
    Minister"), as its lead names them: the country written nearest to one of the person's
    name words in a lead sentence («アリ・ラミン・ゼイン・ニジェール共和国首相»: Niger), as a
    readout introduces each side's leader once with the country. None when the lead names
    no country beside them."""
    module = language_for(language)
    if module is None:
        return None
    names = [
        t.surface
        for t in module.tokens(who)
        if t.word_class in (WordClass.PERSON_NAME, WordClass.PROPER_NOUN)
        or (t.script is Script.KATAKANA and t.word_class is WordClass.NOUN)
    ]
    best: tuple[int, str] | None = None
    for text in lead:
        named = [m.span() for name in names for m in re.finditer(re.escape(name), text)]
        if not named:
            continue
        for start, end, country in _countries_written(text):
            gap = min(min(abs(start - e), abs(s - end)) for s, e in named)
            if best is None or gap < best[0]:
                best = gap, country
    return best[1] if best is not None else None


def _countries_written(text: str) -> list[tuple[int, int, str]]:
    """Where a text writes a country's name (start, end), with the country
    (`countries.place_country`)."""
    out = []
    for form in countries_named(text):
        for place in re.finditer(re.escape(form), text, re.IGNORECASE):
            placed = place_country(place.group(0))
            if placed is not None:
                out.append((place.start(), place.end(), placed[1]))
    return out
