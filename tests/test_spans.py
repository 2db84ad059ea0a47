"""Span lookups: the same answers as comparing with every span."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.spans import DisjointSpans, SpanIndex

SPANS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 15)).map(lambda p: (p[0], p[0] + p[1])),
    max_size=30,
)
QUERY = st.tuples(st.integers(0, 80), st.integers(0, 20)).map(lambda p: (p[0], p[0] + p[1]))


@settings(max_examples=300, deadline=None)
@given(SPANS, QUERY)
def test_span_index_answers_as_a_full_comparison(spans, query):
    items = list(enumerate(spans))
    index = SpanIndex(items, lambda item: item[1])
    start, end = query
    overlapping = [i for i, (s, e) in items if s < end and start < e]
    containing = [i for i, (s, e) in items if s <= start and end <= e]
    assert sorted(i for i, _ in index.overlapping(start, end)) == overlapping
    assert sorted(i for i, _ in index.containing(start, end)) == containing
    assert index.holds(start, end) == bool(containing)
    assert len(index) == len(spans)


@settings(max_examples=300, deadline=None)
@given(SPANS)
def test_disjoint_spans_keep_what_a_greedy_pairwise_pass_keeps(spans):
    taken = DisjointSpans()
    kept_fast, kept_slow = [], []
    for start, end in spans:
        if not taken.overlaps(start, end):
            taken.add(start, end)
            kept_fast.append((start, end))
        if all(end <= s or e <= start for s, e in kept_slow):
            kept_slow.append((start, end))
    assert kept_fast == kept_slow
