"""Checks of compiled tables read back as plain data (JSON): each list checked whole.

The termbase cache stores a termbase's finders and the linter's index as flat lists
(`termbase._LanguageFinders.table`, `nearmiss.NearMissFinder.table`, `lint.lint_table`). Read
back, a list is checked by built-in functions over all its items at once (the set of its
items' types, the least and greatest index), not item by item in Python, which would cost
about as much as building the tables from the entries. Each check raises TypeError or
ValueError when the data is not what was written; the caller then builds from the entries.
"""

from __future__ import annotations

from itertools import chain
from typing import Any


def mapping(item: object) -> dict[str, Any]:
    if type(item) is not dict:
        raise TypeError("not an object")
    return item


def items(item: object) -> list[Any]:
    if type(item) is not list:
        raise TypeError("not a list")
    return item


def of_kind(values: object, *kinds: type) -> list[Any]:
    """`values`, a list whose items are all of the `kinds` (exactly: a bool is no int)."""
    checked = items(values)
    if not set(map(type, checked)) <= set(kinds):
        raise TypeError("an item of the wrong type")
    return checked


def strings(values: object) -> list[str]:
    return of_kind(values, str)


def flag(item: object) -> bool:
    if type(item) is not bool:
        raise TypeError("not a boolean")
    return item


def indexes(values: object, size: int) -> list[int]:
    """A list of places in a sequence of `size` items."""
    places = of_kind(values, int)
    if places and (min(places) < 0 or max(places) >= size):
        raise ValueError("an index out of range")
    return places


def index_lists(values: object, size: int, *, empty: bool = True) -> list[list[int]]:
    """A list of lists of places in a sequence of `size` items (none empty, unless `empty`)."""
    lists = of_kind(values, list)
    if not empty and not all(lists):
        raise ValueError("an empty list of indexes")
    indexes(list(chain.from_iterable(lists)), size)
    return lists


def string_lists(values: object) -> list[list[str]]:
    lists = of_kind(values, list)
    strings(list(chain.from_iterable(lists)))
    return lists
