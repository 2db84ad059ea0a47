"""Names in a claim and where a source names them: people, places and countries.

The names the claim's language marks (its analyser's proper nouns), the runs of names, and
where a page writes a name: as a whole word, as the termbase's term, in another script through
its reading, by another of a country's names, or by a word whose glosses name it (used by
`factcheck.checks.keyfacts`).
"""

from __future__ import annotations

import re

from factcheck.checks.match import SourceIndex
from factcheck.checks.source_layout import Coverage, Place, SourceLayout
from factcheck.checks.title_links import TitleLinks
from factcheck.languages import FIELD_LANGUAGE, WordClass, language_for
from factcheck.languages.countries import capital_country_forms, country_forms, unowned
from factcheck.languages.en import lemma_of
from factcheck.languages.interface import Script, pivot_of, script_of, whole_name_pattern
from factcheck.languages.names import names_agree
from factcheck.model import Anchor, AnchorKind
from factcheck.terms.termbase import NameRole, is_person, is_title
from factcheck.text.analyse import ClaimPart, runs_of_names

__all__ = [
    "capital_named",
    "country_named",
    "held_name",
    "name_runs",
    "named_on_page",
    "proper_words",
    "writes_name",
]


def name_runs(part: ClaimPart, language: str) -> dict[str, list[str]]:
    """Each word of a run of names the claim's language marks ("International Monetary
    Fund", "Northern Corridor"), mapped to the words of its run: a run the page writes any
    word of ("the northern route") is no name the page leaves out altogether."""
    runs = runs_of_names(part.text, language, person=False)
    return {word: run for run in runs for word in run}


def writes_name(surface: str, layout: SourceLayout, index: SourceIndex) -> bool:
    """Whether the page writes a name as the claim does, in its title or any sentence, also
    where it touches letters of another script (ASEAN議長国, G7各国): a name the matcher did
    not find there is still one the page names."""
    if not surface.strip():
        return False
    # A name as a whole word of its script; a kanji name also inside a compound (大阪府),
    # which says the more that the page names it. A number may follow a Latin name: PALM11
    # writes PALM (the claim's "PALM11" is PALM and 11).
    pattern = re.compile(whole_name_pattern(surface, hyphen=True, number_after=True), re.IGNORECASE)
    texts = [layout.title_text]
    texts += [
        index.entry(layout.source_id, i).sentence.text for i in range(len(layout.paragraph_of))
    ]
    return any(pattern.search(text) for text in texts)


def proper_words(text: str, language: str) -> dict[str, str]:
    """The names a claim's language marks in a text (its analyser's proper nouns: "Osaka",
    and a sentence's first word only when it is no word of the language), by the form its
    word anchors are keyed on: names the termbase may not know ("osaka" → "Osaka")."""
    module = language_for(language)
    if module is None:
        return {}
    return {
        t.normal: t.surface
        for t in module.tokens(text)
        if t.word_class in (WordClass.PROPER_NOUN, WordClass.PERSON_NAME)
        and not text[: t.start].rstrip().endswith(_OPENS)
    }


_OPENS = (".", "“", '"', "‘", "'", "「", "『")
"""After these a word is capitalised anyway (a new sentence, a quotation)."""


def named_on_page(
    anchor: Anchor, layout: SourceLayout, index: SourceIndex, links: TitleLinks
) -> tuple[Coverage, str] | None:
    """Where the source names a person or place anywhere: (where, how it writes it)."""
    if anchor.kind is AnchorKind.WORD:
        # A name the termbase does not know, in the claim's language: as a whole word,
        # also inside a longer name the termbase knows ("Lee" in "Lee Jae-myung").
        # A possessive names its owner ("Riyadh's request"): the page writes the name bare.
        word = re.compile(whole_name_pattern(unowned(anchor.surface)), re.IGNORECASE)
        # A piece of a name the analyser cut out of a run of katakana (アブデル | アーティ
        # of アブデルアーティ外相) is no whole word; a page whose sentence the analyser cuts
        # the same way writes the same name.
        piece = bool(anchor.surface) and all(
            script_of(ch) is Script.KATAKANA for ch in anchor.surface
        )
        for number in range(len(layout.paragraph_of)):
            entry = index.entry(layout.source_id, number)
            found = word.search(entry.sentence.text)
            if found:
                return Coverage(Place.PAGE, layout.source_id, number), found.group(0)
            if piece and anchor.key in entry.facts.words:
                return Coverage(Place.PAGE, layout.source_id, number), anchor.surface
        found = word.search(layout.title_text)
        if found:
            return Coverage(Place.TITLE, layout.source_id), found.group(0)
        return country_named(anchor, layout, index)
    # The postings of the term (text and speaker labels) within this source.
    positions = index.lookup(f"term:{anchor.key}") & index.sentences_of([layout.source_id])
    if positions:
        entry = index.sentences[min(positions)]
        where = Coverage(Place.PAGE, layout.source_id, entry.sentence.index)
        surface = next(
            (h.surface for h in entry.facts.terms if h.entry.id == anchor.key),
            entry.sentence.speaker or anchor.surface,
        )
        return where, surface
    if layout.title is not None and anchor.key in layout.title.term_ids:
        return Coverage(Place.TITLE, layout.source_id), layout.title_text
    glossed = _glossed_name(anchor, layout, index)
    if glossed is not None:
        return glossed
    person = index.termbase.get(anchor.key)
    if person is None or not is_person(person):
        return None
    linked = links.of(layout.source_id)
    for entry in (index.entry(layout.source_id, i) for i in range(len(layout.paragraph_of))):
        for hit in entry.facts.terms:
            # A bare title the page links to no named person may stand for the claim's.
            if is_title(hit.entry) and not linked.get(hit.entry.id):
                return Coverage(Place.PAGE, layout.source_id, entry.sentence.index), hit.surface
    return None


_READ_SCRIPTS = frozenset({Script.KATAKANA, Script.HIRAGANA, Script.KANJI})
"""Scripts whose names are compared with Latin ones through their reading
(`names.spellings_of`); a Latin name with marks (Støre, Spajić) is not one of them."""


def held_name(
    anchor: Anchor, layout: SourceLayout, index: SourceIndex
) -> tuple[Coverage, str] | None:
    """Where the page writes a name of the claim in another script (Wong / ウォン, Støre /
    ストーレ), through the reading of the names the source index holds
    (`SourceIndex.name_holders`); or, for a name in a script with readings (ウォン), the
    Latin names of its sentences (`SourceIndex.latin_holders`): (where, how the page writes
    it)."""
    in_source = index.sentences_of([layout.source_id])
    found = [
        (min(positions & in_source), written)
        for written, positions in index.name_holders(anchor.surface)
        if positions & in_source
    ]
    if not found and script_of(anchor.surface) in _READ_SCRIPTS:
        latin = index.latin_holders(anchor.surface) & in_source
        if latin:
            position = min(latin)
            entry = index.sentences[position]
            written = next(
                (w for w in entry.analysis.names() if names_agree(anchor.surface, w)),
                anchor.surface,
            )
            return Coverage(Place.PAGE, layout.source_id, entry.sentence.index), written
    if not found:
        return None
    position, written = min(found)
    sentence = index.sentences[position].sentence.index
    return Coverage(Place.PAGE, layout.source_id, sentence), written


def country_named(
    anchor: Anchor, layout: SourceLayout, index: SourceIndex
) -> tuple[Coverage, str] | None:
    """A country the claim names by another of its names, or by its people or language
    ("Turkish", "Turkey"), which the page writes as the country's name (Türkiye, トルコ)."""
    return _first_written(country_forms(anchor.surface) - {anchor.surface}, layout, index)


def capital_named(
    anchor: Anchor, before: str, language: str, layout: SourceLayout, index: SourceIndex
) -> tuple[Coverage, str] | None:
    """A national capital the claim names, with the words right before it in the claim that
    its language says may open the same name (`before`; `KeyFactPatterns.name_opening`:
    "Port" of "Port Moresby", which a run of names may leave out), which the page names by
    its country (パプアニューギニア, "Papua New Guinea"; WordNet's capitals,
    `countries.capital_country_forms`). The caller decides that the capital stands for its
    government ("Port Moresby wants …"), not for where an event happened."""
    module = language_for(language)
    patterns = module.key_fact_patterns if module is not None else None
    opening = patterns.name_opening if patterns is not None else None
    leading = opening.search(before) if opening is not None else None
    words = leading.group(0).split() if leading else []
    for start in range(len(words) + 1):
        forms = capital_country_forms(" ".join([*words[start:], unowned(anchor.surface)]))
        if forms:
            return _first_written(forms, layout, index)
    return None


def _first_written(
    forms: frozenset[str], layout: SourceLayout, index: SourceIndex
) -> tuple[Coverage, str] | None:
    """The first sentence of the page that writes one of these names whole, and how."""
    if not forms:
        return None
    pattern = re.compile(
        "|".join(whole_name_pattern(f, hyphen=True) for f in sorted(forms, key=len, reverse=True))
    )
    for number in range(len(layout.paragraph_of)):
        found = pattern.search(index.entry(layout.source_id, number).sentence.text)
        if found:
            return Coverage(Place.PAGE, layout.source_id, number), found.group(0)
    return None


def _glossed_name(
    anchor: Anchor, layout: SourceLayout, index: SourceIndex
) -> tuple[Coverage, str] | None:
    """A country or place the source names by a word whose lexicon glosses name it, where
    the termbase lists no such form: 日伊 ("Japan-Italy") names Japan, 日加 Canada."""
    entry = index.termbase.get(anchor.key)
    if entry is None or entry.role not in (NameRole.COUNTRY, NameRole.PLACE):
        return None
    pivots = {
        pivot_of(lemma_of(form))
        for form in entry.forms.get(FIELD_LANGUAGE, ())
        if form.isalpha()  # one word: "Japan", not "Tokyo administration"
    }
    in_source = index.sentences_of([layout.source_id])
    for pivot in sorted(pivots):
        positions = index.lookup(f"pivot:{pivot}") & in_source
        if positions:
            found = index.sentences[min(positions)]
            surface = next(
                (f"{k.surface} ({k.layer})" for k in found.facts.links if k.pivot == pivot),
                anchor.surface,
            )
            return Coverage(Place.PAGE, layout.source_id, found.sentence.index), surface
    return None
