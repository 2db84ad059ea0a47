"""Regular expressions compiled on first use, for module-level patterns a run may not need.

Python compiles a pattern in Python code, and a class with wide ranges (kana and kanji,
`[^\\W…]`) or a long alternation costs milliseconds; a module that holds a dozen costs every
process that imports it, whether or not the run ever searches with them (a lint of English
text never uses the termbase's word pattern for Japanese). `lazy_compile` gives an object
that compiles its pattern when a method or attribute is first asked for, then answers from
the compiled pattern's own bound methods, kept on the object: after the first use a call costs
what the compiled pattern's does.

Use it only for a pattern used through its methods and attributes (`search`, `finditer`,
`sub`, `pattern` …): it is not an `re.Pattern` to `isinstance`, and `re.sub(p, …)` or
`re.compile(p)` do not take it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any, cast

_compiling = threading.Lock()


class LazyPattern:
    """A regular expression compiled when first used (`lazy_compile`)."""

    def __init__(self, pattern: str | Callable[[], str], flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Called only for what the instance does not hold yet: the first use of each name.
        if name.startswith("__"):
            raise AttributeError(name)
        with _compiling:
            compiled = self.__dict__.get("_compiled")
            if compiled is None:
                pattern, flags = self._source
                compiled = re.compile(pattern() if callable(pattern) else pattern, flags)
                self.__dict__["_compiled"] = compiled
        value = getattr(compiled, name)
        self.__dict__[name] = value  # the bound method itself, from now on
        return value

    def __repr__(self) -> str:
        pattern, flags = self._source
        return f"lazy_compile({pattern!r}, {flags})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, done when the pattern is first used."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))


def lazy_build(build: Callable[[], str], flags: int = 0) -> re.Pattern[str]:
    """`re.compile(build(), flags)`, done when the pattern is first used: for a pattern
    written from data (a word list read from a file) that a run may never need."""
    return cast("re.Pattern[str]", LazyPattern(build, flags))
