"""Speaker countries: per source, the sentences whose own speakers all speak for one country,
so that a claim naming that country as the one that acts ("Japan will keep helping Palau …,
Takaichi said") is met by a readout clause that gives the act to its official
(「高市総理から、…支援を引き続き行っていく旨述べました」), which need not write the country.

A speaker's country comes from the page itself: the country it names them with
(«…・パラオ共和国大統領», "Minister for Foreign Affairs of Japan": `TitleLinks.homes`), else
the country in their own designation ("the Japanese side"), else the page's own side, which a
readout names by title alone (高市総理大臣): the country whose officials the publisher's
profile speaks for (`officials: [japan/prime-minister]`), or, where the page names the other
side with its country, the other country it names most often. A sentence counts for a
country only when every clause of it said by one side is said by that country's official:
"Japan will …" is never met by a clause of the other side (read by `factcheck.checks.match`,
which asks only for a country the claim makes the one that acts).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from factcheck.checks.match import IndexedSentence, SourceIndex
from factcheck.checks.speaker_set import Speakers
from factcheck.checks.title_links import TitleLinks
from factcheck.checks.who_speaks import clause_speakers
from factcheck.languages.countries import country_key, country_pattern
from factcheck.terms.termbase import NameRole
from factcheck.text.clauses import split_clauses

__all__ = ["SpeakerCountries"]

Country = frozenset[str]
"""A country, as every form of it, lower-cased (`countries.country_key`)."""


class SpeakerCountries:
    """Per source of a run, which sentences are said for which country, worked out for a
    source when a claim first asks about a country."""

    def __init__(self, index: SourceIndex, links: TitleLinks) -> None:
        self._index = index
        self._links = links
        self._said: dict[str, dict[Country, dict[int, str]]] = {}
        """Per source, each country to the index positions of the sentences said for it,
        with the speaker as the sentence writes them."""
        self._merged: dict[Country, dict[int, str]] = {}
        """Each country asked about to its sentences in every source."""

    def said_for(self, country: Country) -> Mapping[int, str]:
        """The index positions of the sentences (of any source) whose own speakers all speak
        for the country (`countries.country_key`), each with its speaker as written."""
        if country not in self._merged:
            found: dict[int, str] = {}
            for source_id in self._index.source_ids():
                found.update(self._of(source_id).get(country, {}))
            self._merged[country] = found
        return self._merged[country]

    def _of(self, source_id: str) -> dict[Country, dict[int, str]]:
        if source_id not in self._said:
            own = self._own_side(source_id)
            said: dict[Country, dict[int, str]] = {}
            for position in sorted(self._index.sentences_of([source_id])):
                entry = self._index.sentences[position]
                spoken = self._sentence_country(source_id, entry, own)
                if spoken is not None:
                    country, speaker = spoken
                    said.setdefault(country, {})[position] = speaker
            self._said[source_id] = said
        return self._said[source_id]

    def _sentence_country(
        self, source_id: str, entry: IndexedSentence, own: Country | None
    ) -> tuple[Country, str] | None:
        """The one country every clause of the sentence said by one side speaks for, with
        the first such speaker; None when no clause is said by one side, or two countries
        (or a speaker of no known country) speak in it."""
        countries: set[Country | None] = set()
        first = ""
        for clause in split_clauses(entry.sentence.text, entry.language):
            speakers = clause_speakers(clause, entry, self._index.termbase, self._links)
            if speakers is None or speakers.both:
                continue  # the meeting itself, or what both sides did together
            countries.add(self._speaker_country(source_id, speakers, own))
            first = first or (clause.speaker or entry.sentence.speaker or speakers.text)
        if len(countries) != 1:
            return None
        (country,) = countries
        return (country, first) if country is not None else None

    def _speaker_country(
        self, source_id: str, speakers: Speakers, own: Country | None
    ) -> Country | None:
        named = _keys_in(speakers.text)
        if named:
            return _only(named)  # "the Japanese side", 「パラオ大統領」
        if not (speakers.persons or speakers.names):
            return None
        homes = self._links.homes(source_id, speakers)
        if homes:
            return _only({k for form in homes if (k := country_key(form)) is not None})
        return own

    def _own_side(self, source_id: str) -> Country | None:
        """The country of the officials a page names by title alone: its publisher's, else,
        where the page names the other side's officials with their country, the other
        country it names in the most sentences (none on a tie)."""
        publisher = self._publisher_country(source_id)
        if publisher is not None:
            return publisher
        homed = {
            key
            for _, _, forms in self._links.homes_of(source_id)
            for form in forms
            if (key := country_key(form)) is not None
        }
        if not homed:
            return None
        named: Counter[Country] = Counter()
        for position in self._index.sentences_of([source_id]):
            entry = self._index.sentences[position]
            named.update(_countries_written(entry) - homed)
        ranked = named.most_common(2)
        if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    def _publisher_country(self, source_id: str) -> Country | None:
        """The country whose officials the page's publisher speaks for
        (`PublisherProfile.officials`: `japan/prime-minister`), when that is one."""
        from factcheck.sources.publishers import profile_for_page

        url = self._index.url_of(source_id)
        profile = profile_for_page(url) if url else None
        if profile is None:
            return None
        found: set[Country | None] = set()
        for official in profile.officials:
            head, slash, _ = official.partition("/")
            entry = self._index.termbase.get(head)
            if slash and entry is not None and entry.role is NameRole.COUNTRY:
                found.add(country_key(entry.preferred("en") or head))
        return _only(found)


def _countries_written(entry: IndexedSentence) -> set[Country]:
    """The countries a sentence names, not counting a name inside an official term of
    another concept (インド of インド太平洋)."""
    terms = [
        (hit.start, hit.end) for hit in entry.facts.terms if hit.entry.role is not NameRole.COUNTRY
    ]
    text = entry.sentence.text
    found = {
        name
        for match in country_pattern().finditer(text)
        if not any(start <= match.start() and match.end() <= end for start, end in terms)
        and (name := country_key(match.group(0))) is not None
    }
    return found


def _keys_in(text: str) -> set[Country]:
    """The countries a short text (a speaker's designation) names."""
    return {k for m in country_pattern().finditer(text) if (k := country_key(m.group(0)))}


def _only(countries: set[Country | None] | set[Country]) -> Country | None:
    """The one country of a set, or None."""
    found = {c for c in countries if c is not None}
    return found.pop() if len(found) == 1 else None
