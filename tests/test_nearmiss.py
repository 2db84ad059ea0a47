"""Near-miss inference: each kind of unlisted garble is found, and correct prose is left alone."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.terms.nearmiss import (
    _TOKEN,
    EQUIVALENTS,
    NearMissFinder,
    NearMissKind,
    Tokens,
    inferable,
)
from factcheck.terms.termbase import Termbase, parse_termbase

# The official terms only, with no listed variants: everything found here is inferred.
TERMS = """
entries:
  - id: foip
    en: [Free and Open Indo-Pacific]
    severity: error
  - id: indo-pacific
    en: [Indo-Pacific]
    severity: error
  - id: japan-us-alliance
    en: [Japan-U.S. Alliance, US-Japan alliance]
    severity: warning
  - id: sdf
    en: [Self-Defense Forces]
    severity: warning
  - id: summit-meeting
    en: [summit meeting]
    severity: info
"""


@pytest.fixture(scope="module")
def finder():
    return NearMissFinder(parse_termbase(TERMS, "terms.yaml"), "en")


def found(finder, text):
    return [(m.surface, m.entry.id, m.kind) for m in finder.find(text)]


@pytest.mark.parametrize(
    ("text", "surface", "entry", "kind"),
    [
        ("in the Indo Pacific", "Indo Pacific", "indo-pacific", NearMissKind.SPACING),
        ("in the Indo - Pacific", "Indo - Pacific", "indo-pacific", NearMissKind.SPACING),
        ("in the IndoPacific", "IndoPacific", "indo-pacific", NearMissKind.SPACING),
        ("in the Indo–Pacific", "Indo–Pacific", "indo-pacific", NearMissKind.SPACING),
        ("in the India-Pacific", "India-Pacific", "indo-pacific", NearMissKind.CALQUE),
        ("in the India - Pacific", "India - Pacific", "indo-pacific", NearMissKind.CALQUE),
        ("in the Pacific India region", "Pacific India", "indo-pacific", NearMissKind.WORD_ORDER),
        ("Friendly and wide Pacific India", None, "foip", NearMissKind.WORD_ORDER),
        ("a Liberal and Open Indo-Pacific", None, "foip", NearMissKind.CALQUE),
        ("a Free and Opne Indo-Pacific", None, "foip", NearMissKind.WRONG_WORD),
        ('the "Free and Fair Indo-Pacific" plan', None, "foip", NearMissKind.WRONG_WORD),
        ("the Japan-America Alliance", None, "japan-us-alliance", NearMissKind.CALQUE),
        ("the Self-Defence Forces", None, "sdf", NearMissKind.CALQUE),
        ("the Self-Defense Army", None, "sdf", NearMissKind.CALQUE),
        ("Japan-US alliances", None, "japan-us-alliance", NearMissKind.PLURAL),
        (
            "the U.S.-Japan alliances",
            "U.S.-Japan alliances",
            "japan-us-alliance",
            NearMissKind.PLURAL,
        ),
        (
            "the alliances between Japan and the United States",
            "alliances between Japan and the United States",
            "japan-us-alliance",
            NearMissKind.PLURAL,
        ),
        (
            "Japan's leader said strengthening alliances with the US comes first.",
            "alliances with the US",
            "japan-us-alliance",
            NearMissKind.PLURAL,
        ),
        (
            "Japan and the US will take the bilateral alliances further.",
            "bilateral alliances",
            "japan-us-alliance",
            NearMissKind.PLURAL,
        ),
    ],
)
def test_each_kind_of_near_miss(finder, text, surface, entry, kind):
    expected = surface or text.split("a ", 1)[-1].strip('"').split('"')[0].removeprefix("the ")
    if surface is None and text.startswith(("a ", "the ")):
        expected = text.split(" ", 1)[1]
    if surface is None and '"' in text:
        expected = text.split('"')[1]
    assert found(finder, text) == [(expected, entry, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "the Indo-Pacific region",
        "a Free and Open Indo-Pacific",
        "We must keep the Indo-Pacific free and open.",
        "a free and prosperous Indo-Pacific",
        "a peaceful and stable Indo-Pacific",
        "trade between India and the Pacific Islands",
        "from India, Pacific nations heard",
        "the Asia-Pacific Economic Cooperation forum",
        "the Pacific Islands Forum",
        "NATO and other alliances",
        "U.S. alliances in Asia",
        "Three of the four members have alliances with the United States; Japan is one.",
        "Japan and South Korea have alliances with the United States.",
        "Japan said its alliances with the US and Australia matter.",
        "Washington's bilateral alliances with Japan, South Korea and Australia",
        "the Japan Ground Self-Defense Force",
        "two summit meetings",
        "the alliances between the United States and its Asian partners",
    ],
)
def test_correct_prose_is_left_alone(finder, text):
    assert found(finder, text) == []


def test_scores_rank_closer_garbles_higher(finder):
    (spacing,) = finder.find("the Indo Pacific")
    (wrong,) = finder.find('the "Free and Fair Indo-Pacific"')
    assert 90 <= spacing.score <= 100
    assert 70 <= wrong.score < spacing.score


def test_only_warning_and_error_terms_are_inferred():
    entries = parse_termbase(
        TERMS + "  - id: quad\n    en: [Japan-Australia-India-U.S.]\n    severity: warning\n"
        "    infer: false\n",
        "t.yaml",
    )
    by_id = {entry.id: entry for entry in entries}
    assert inferable(by_id["foip"]) and not inferable(by_id["summit-meeting"])
    assert not inferable(by_id["quad"])
    finder = NearMissFinder(entries, "en")
    assert finder.find("the Australia-Japan-India-U.S. group") == []


@given(st.text(alphabet=st.sampled_from("IndoPacificJapanUS.- \n,\"'–"), max_size=60))
def test_spans_are_in_bounds_and_sorted(text):
    finder = NearMissFinder(parse_termbase(TERMS, "terms.yaml"), "en")
    misses = finder.find(text)
    for miss in misses:
        assert 0 <= miss.start < miss.end <= len(text)
        assert text[miss.start : miss.end] == miss.surface
        assert 0 <= miss.score <= 100
    assert all(a.end <= b.start for a, b in zip(misses, misses[1:], strict=False))


def _reference_tokens(text):
    """Words as the near-miss rules read them: found in the text, each read lowercased in
    its context (the text lowered as a whole, when that keeps every offset)."""
    lowered = text.lower()
    same = len(lowered) == len(text)
    spans = [m.span() for m in _TOKEN.finditer(text)]
    raw = [
        (lowered[a:b] if same else text[a:b].lower())
        .replace(".", "")
        .replace("’", "'")
        .removesuffix("'s")
        for a, b in spans
    ]
    return raw, [EQUIVALENTS.get(word, word) for word in raw], spans


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(
            ["a", "S", "u", "di", ".", "'", "’", "s", " ", "-", "_", "\n", "—", "é"]
            + ["7", "U.S.", "\u212a", "\u212a.", "İ", "Σ", "K."]
        ),
        max_size=20,
    ).map("".join),
    st.sets(st.sampled_from(["us", "s", "a", "indo", "japan", "u", "as", "aa"])),
)
def test_words_offsets_and_positions_match_a_plain_tokenisation(text, words):
    tokens = Tokens(text)
    raw, canon, spans = _reference_tokens(text)
    assert (tokens.raw, tokens.canon, tokens.spans) == (raw, canon, spans)
    wanted = frozenset(words)
    assert tokens.positions(wanted) == [i for i, word in enumerate(raw) if word in wanted]


def test_kelvin_sign_does_not_shift_words(finder):
    # Lowercased, the Kelvin sign is an ASCII k and "K.S." one dotted word, not two: the
    # words must come from the text itself, or every later word gets a neighbour's offsets.
    assert found(finder, "The \u212a.S. talks on the Indo Pacific") == [
        ("Indo Pacific", "indo-pacific", NearMissKind.SPACING)
    ]


QUIET_FRAGMENTS = [
    "Indo",
    "Pacific",
    "Pacifc",
    "Opne",
    "Alliances",
    "alliance",
    "India",
    "IndoPacific",
    "Free",
    "Open",
    "Japan",
    "Japan's",
    "Japan’s",
    "US",
    "U.S.",
    "alliances",
    "between",
    "and",
    "\u212a",
]
# Between fragments: what joins words into one window, and what ends the stretch a window
# can cover (a comma, a stop, an underscore, a second line break, a dash and a quote).
QUIET_GLUE = [" ", "-", "\n", ". ", "", ", ", "_", " \n\n", " — ", "\n- ", '" ', "'"]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(QUIET_FRAGMENTS), st.sampled_from(QUIET_GLUE)),
        max_size=10,
    ),
    st.lists(st.booleans()),
    st.data(),
)
# A misspelt word of a two-word term: the trigger is the only word of the form there.
@example(parts=[("Indo", "-"), ("Pacifc", "")], keep=[], data=None)
@example(parts=[("Pacifc", " "), ("Indo", "")], keep=[], data=None)
# A three-word term with its words there: the trigger is not alone.
@example(parts=[("Japan", " "), ("US", " "), ("alliance", "")], keep=[], data=None)
@example(
    parts=[("Free", " "), ("and", " "), ("Opne", " "), ("Indo-Pacific", "")], keep=[], data=None
)
def test_a_quiet_text_is_told_without_splitting_it(finder, parts, keep, data):
    # `find` without tokens first asks `_loud` which trigger words lie outside the known
    # mentions of the entries they would open; it must answer as the full search does,
    # with the termbase's own mentions known (or some of them) and with arbitrary spans.
    text = "".join(fragment + glue for fragment, glue in parts)
    termbase = Termbase(parse_termbase(TERMS, "terms.yaml"))
    known: dict[str, list[tuple[int, int]]] = {}
    for number, hit in enumerate(termbase.find(text, "en")):
        if number >= len(keep) or keep[number]:
            known.setdefault(hit.entry.id, []).append((hit.start, hit.end))
    spans = st.tuples(
        st.sampled_from(["foip", "indo-pacific", "japan-us-alliance"]),
        st.integers(0, len(text)),
        st.integers(0, 9),
    )
    for entry_id, start, length in data.draw(st.lists(spans, max_size=3)) if data else ():
        known.setdefault(entry_id, []).append((start, start + length))
    assert finder.find(text, known) == finder.find(text, known, Tokens(text))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(QUIET_FRAGMENTS), st.sampled_from([" ", "-", "\n", ". ", ""])),
        max_size=10,
    )
)
def test_quiet_asks_about_every_trigger_word_with_its_span(finder, parts):
    # Asked with every span known, `_loud` must have looked at each word that opens a
    # search, with that word's own span and each entry it opens, as `Tokens` makes them;
    # and only words that run a form together are left to search from.
    text = "".join(fragment + glue for fragment, glue in parts)
    asked: set[tuple[str, int, int]] = set()

    def within(entry_id: str, start: int, end: int) -> bool:
        asked.add((entry_id, start, end))
        return True

    loud = finder._loud(text, within)
    tokens = Tokens(text)
    positions = tokens.positions(finder.triggers)
    if "U.S." in text or "\u212a" in text:
        assert loud is None
        return
    joined = {tokens.spans[p][0] for p in positions if tokens.raw[p] in finder.joined}
    assert loud == joined
    for position in positions:
        canon = tokens.canon[position]
        opened = [*finder.by_word.get(canon, ()), *finder.plural_heads.get(canon, ())]
        for index in opened:
            assert (finder.forms[index].entry.id, *tokens.spans[position]) in asked
