"""Spans of text looked up by place, so that long texts are handled in linear time.

Linting and near-miss inference keep asking "which hits overlap or hold this one?" and
"does this candidate overlap one already kept?". Comparing with every hit of a paragraph
made a paragraph-per-line article of a few megabytes (one long block) take minutes; these
two small structures answer by binary search instead.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Iterator
from typing import Generic, NamedTuple, Protocol, TypeVar


class Place(NamedTuple):
    """A bare span."""

    start: int
    end: int


class Spanned(Protocol):
    """Anything with a start and an end offset."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Spanned)


class SpanIndex(Generic[S]):
    """Items with a start and an end, sorted by start, for overlap and containment queries.

    A query looks only at the items that start within the longest span's length before it,
    so it costs a binary search plus the few items near the place asked about.
    """

    def __init__(self, items: list[S]) -> None:
        if any(a.start > b.start for a, b in zip(items, items[1:], strict=False)):
            items = sorted(items, key=lambda item: item.start)  # stable
        self._items = items
        self._starts = [item.start for item in items]
        self._ends = [item.end for item in items]
        self._longest = max(map(operator.sub, self._ends, self._starts), default=0)

    def __len__(self) -> int:
        return len(self._items)

    def overlapping(self, start: int, end: int) -> Iterator[S]:
        """The items sharing at least one character with [start, end), by start."""
        first = bisect.bisect_right(self._starts, start - self._longest)
        last = bisect.bisect_left(self._starts, end)
        for number in range(first, last):
            if self._ends[number] > start:
                yield self._items[number]

    def containing(self, start: int, end: int) -> Iterator[S]:
        """The items whose span holds [start, end)."""
        first = bisect.bisect_left(self._starts, end - self._longest)
        last = bisect.bisect_right(self._starts, start)
        for number in range(first, last):
            if self._ends[number] >= end:
                yield self._items[number]

    def holds(self, start: int, end: int) -> bool:
        """Whether some item's span holds [start, end)."""
        return any(True for _ in self.containing(start, end))


class DisjointSpans:
    """A growing set of spans that never overlap one another."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        # Disjoint spans sorted by start are sorted by end too: only the last span starting
        # before `end` can reach past `start`.
        number = bisect.bisect_left(self._starts, end) - 1
        return number >= 0 and self._ends[number] > start

    def add(self, start: int, end: int) -> None:
        number = bisect.bisect_left(self._starts, start)
        self._starts.insert(number, start)
        self._ends.insert(number, end)
