"""Span lookups: the same answers as comparing with every span."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.text.spans import DisjointSpans, SpanIndex


@dataclass(frozen=True)
class Numbered:
    number: int
    start: int
    end: int


SPANS = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 15)).map(lambda p: (p[0], p[0] + p[1])),
    max_size=30,
)
QUERY = st.tuples(st.integers(0, 80), st.integers(0, 20)).map(lambda p: (p[0], p[0] + p[1]))


@settings(max_examples=300, deadline=None)
@given(SPANS, QUERY)
def test_span_index_answers_as_a_full_comparison(spans, query):
    items = [Numbered(number, s, e) for number, (s, e) in enumerate(spans)]
    index = SpanIndex(items)
    start, end = query
    overlapping = [i.number for i in items if i.start < end and start < i.end]
    containing = [i.number for i in items if i.start <= start and end <= i.end]
    assert sorted(i.number for i in index.overlapping(start, end)) == overlapping
    assert sorted(i.number for i in index.containing(start, end)) == containing
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
