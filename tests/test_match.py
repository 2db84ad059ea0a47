"""Matching: English claims meet Japanese and English sentences on anchors, explainably."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from pipeline_helpers import best_matches, check_one, document, index_of

from factcheck.checks.match import fold
from factcheck.model import Verdict

READOUT = document(
    "u",
    "ja",
    "10月25日、高市総理大臣は、トランプ米国大統領と約10分間電話会談を行った。",
    "冒頭、トランプ大統領から、高市総理の就任に対する祝意が表された。",
    "高市総理から、日米同盟の強化は日本の外交・安全保障政策の最重要事項である旨述べた。",
    "高市総理から、拉致問題の即時解決に向けた協力を求めた。",
)


def test_english_claim_finds_the_japanese_sentence_through_the_termbase():
    (part,) = best_matches(
        "Takaichi said strengthening the alliance is the top priority of foreign policy.",
        index_of(s=READOUT),
    )
    best = part.matches[0]
    assert best.sentence.index == 2
    assert best.coverage >= 0.7
    pairs = dict(zip((a.surface for a in best.covered), best.source_forms, strict=True))
    assert pairs["top priority"] == "最重要事項"
    assert best.wording == 0  # no wording score across languages


def test_dates_meet_across_formats_and_languages():
    (part,) = best_matches("The leaders spoke by phone on October 25.", index_of(s=READOUT))
    best = part.matches[0]
    assert best.sentence.index == 0
    assert ("October 25", "10月25日") in zip(
        (a.surface for a in best.covered), best.source_forms, strict=True
    )


def test_durations_meet_across_languages():
    (part,) = best_matches("They talked for about 10 minutes by phone.", index_of(s=READOUT))
    assert part.matches[0].sentence.index == 0
    assert "about 10 minutes" in [a.surface for a in part.matches[0].covered]


def test_rare_anchors_weigh_more_than_names_every_sentence_carries():
    # 高市 is in every sentence; 拉致問題 in one: the abductions sentence must win.
    (part,) = best_matches("Takaichi raised the abductions issue.", index_of(s=READOUT))
    assert part.matches[0].sentence.index == 3


def test_only_the_claims_own_sources_are_searched():
    other = document("v", "ja", "高市総理から、拉致問題の即時解決に向けた協力を求めた。")
    (part,) = best_matches(
        "Takaichi raised the abductions issue.", index_of(s=READOUT, o=other), "o"
    )
    assert {m.source_id for m in part.matches} == {"o"}


def test_wording_is_not_100_for_a_short_fragment_sentence():
    source = document("u", "en", "Thank you.", "The summit was held in Tokyo on October 28.")
    (part,) = best_matches("The summit was held in Tokyo on October 28.", index_of(s=source))
    assert part.matches[0].sentence.index == 1
    assert part.matches[0].wording == 100
    assert all(m.wording < 100 for m in part.matches if m.sentence.index == 0)


def test_a_claim_part_is_covered_by_two_adjacent_sentences():
    source = document(
        "u",
        "en",
        "The summit meeting began at 9:50 a.m. and lasted approximately 40 minutes.",
        "It was followed by a signing ceremony and a working lunch.",
        "The leaders discussed the Indo-Pacific.",
    )
    (part,) = best_matches(
        "The summit lasted about 40 minutes and was followed by a signing ceremony and a working"
        " lunch.",
        index_of(s=source),
    )
    best = part.matches[0]
    assert best.sentence.index == 0
    assert [s.index for s in best.context] == [1]


def test_nothing_shared_gives_no_candidates():
    (part,) = best_matches("Fishing quotas in the Baltic were cut.", index_of(s=READOUT))
    assert part.matches == ()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F)) | st.text())
def test_fold_lowercases_and_blanks_punctuation_in_place(text):
    folded = fold(text)
    assert folded == "".join(ch.lower() if ch.isalnum() else " " for ch in text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sets(st.integers(0, 299), max_size=120),
            # Few distinct weights, and zero: votes tie, and a sentence may get 0.
            st.sampled_from([0.0, 0.5, 1.0, 1.3862943611198906, 2.0, 7.25]),
        ),
        max_size=8,
    )
)
def test_a_large_index_counts_the_vote_in_arrays_with_the_same_shortlist(voters):
    """The dense vote of a large index gives `retrieve` the same shortlist, in the same
    order, as the vote counted in dicts: the same sums (added in voter order), the same
    RERANK_LIMIT best, ties going to the earliest position."""
    from factcheck.checks.match import _DenseVote, _shortlist, _votes
    from factcheck.thresholds import RERANK_LIMIT

    hits = [positions for positions, _ in voters]
    weights = [weight for _, weight in voters]
    votes = _votes(hits, weights)
    # What the dict path means, spelled out: sums in voter order, best (vote, -position).
    expected = {
        p: sum((w for h, w in zip(hits, weights, strict=True) if p in h), 0.0)
        for p in set().union(*hits)
    }
    assert votes == expected
    best = sorted(expected, key=lambda p: (-expected[p], p))[:RERANK_LIMIT]
    assert _shortlist(votes) == best
    dense = _DenseVote(300)
    assert dense.shortlist(hits, weights) == best
    assert dense.shortlist(hits, weights) == best  # the scratch arrays are left clean


DATED_FIRST = document(
    "t",
    "ja",
    # A reconstruction in a readout's layout: the date line stands alone before the lead.
    "令和8年2月17日",
    "本日、午後4時から約1時間、茂木敏充外務大臣は、訪日中のケマル・アイドゥン・トルコ共和国外務"
    "大臣との間で日・トルコ外相会談を行いました。",
    "冒頭、茂木大臣から、アイドゥン大臣の訪日を歓迎する旨述べました。",
    "両外相は、日・トルコ経済連携協定（EPA）交渉の早期妥結に向けて、交渉を加速させることで一致"
    "しました。",
)


def test_the_parties_are_those_of_the_first_sentence_that_says_more_than_a_date():
    # The lead, not the date line alone before it, names the meeting's two people; so
    # 両外相 names both of them, and the claim about the two ministers meets its sentence.
    index = index_of(s=DATED_FIRST)
    assert index.opened_by({index.position("s", 1)}) == ["s"]
    assert index.opened_by({index.position("s", 0)}) == []
    result = check_one(
        "Turkish Foreign Minister Kemal Aydin and Motegi agreed to speed up talks on an "
        "economic partnership agreement.",
        DATED_FIRST,
        published=dt.date(2026, 2, 18),
    )
    assert result.verdict is Verdict.SUPPORTED, result.reason
    assert "経済連携協定" in result.reason, result.reason
