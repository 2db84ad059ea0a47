"""Topic links: which sentences of the source carry a claim word firmly enough to show that
the source speaks of what the claim says.

Takes an anchor of a claim part and the `SourceIndex`; gives the index positions of the
sentences that carry it through a firm link (`firm_sentences`), some of those that `match`
counts toward a passage's coverage. `factcheck.checks.keyfacts` reads them to tell whether a
part's topic is present in the source at all.
"""

from __future__ import annotations

from dataclasses import replace

from factcheck.checks.match import IndexedSentence, SourceIndex, anchor_sentences, kin_sentences
from factcheck.model import Anchor, AnchorKind
from factcheck.text.analyse import ClaimPart


def firm_sentences(anchor: Anchor, part: ClaimPart, language: str, index: SourceIndex) -> set[int]:
    """Index positions of the sentences that carry the anchor through a firm link: the same
    word, a term, a date or a number, a WordNet synonym or derived form, or across languages
    one dictionary step (a gloss of the source word is the claim word). A JMdict
    near-synonym (`BridgeKind.NEAR_SYNONYM`: aquaculture → 養殖 → 育成 "cultivation") and,
    within one language, two different words that only share a dictionary gloss (直行便
    "direct flight" / 支配 "direction": two steps, through another language) are weak links:
    enough to count toward a passage's coverage, not to show that the source speaks of what
    the claim says (`factcheck.checks.keyfacts`)."""
    if anchor.kind is not AnchorKind.WORD:
        return anchor_sentences(anchor, part, language, index)
    found = anchor_sentences(anchor, part, language, index, bridges=False)
    if index.in_language(language):
        bare = replace(anchor, pivots=frozenset(), bridges=())
        plain = anchor_sentences(bare, part, language, index, bridges=False)
        found = {p for p in found if p in plain or _firm_link(anchor, index.sentences[p], language)}
    return found | kin_sentences(anchor, language, index)


def _firm_link(anchor: Anchor, entry: IndexedSentence, language: str) -> bool:
    """Whether a sentence that carries a claim word carries it through a firm link
    (`firm_sentences`)."""
    if entry.language != language or anchor.key in entry.normals:
        return True
    # Within one language, a shared pivot is firm where it is the source word's own form
    # (its "lemma" gloss: "discussion" / "discussed" share the stem), not a dictionary gloss
    # of two different words.
    return any(
        gloss.layer == "lemma" and gloss.pivot in anchor.pivots
        for shape in entry.analysis.shapes
        for gloss in shape.glosses
    )
