"""Module-level patterns compiled on first use: not at import, then the compiled pattern's
own answers."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re
import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.lazy_pattern import LazyPattern, lazy_build, lazy_compile

PATTERN = r"(?P<word>[^\W_\u3040-\u30ff]+)|(?P<kana>[\u3040-\u30ff]+)"


def test_nothing_is_compiled_until_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str] = []
    real = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counting)
    lazy = lazy_compile(PATTERN, re.IGNORECASE)
    assert compiled == []
    assert lazy.search("  Tokyo") is not None
    assert lazy.findall("abc かな") and lazy.pattern == PATTERN
    assert compiled == [PATTERN]  # once, for every method after


def test_a_built_pattern_is_written_only_when_first_used() -> None:
    built: list[int] = []

    def build() -> str:
        built.append(1)
        return r"\b(?:spent|sought)\b"

    lazy = lazy_build(build, re.IGNORECASE)
    assert built == []
    assert [m.group(0) for m in lazy.finditer("She SPENT an hour and sought help")] == [
        "SPENT",
        "sought",
    ]
    assert lazy.search("spends") is None
    assert built == [1]


def test_attributes_are_the_compiled_patterns() -> None:
    lazy = lazy_compile(PATTERN, re.IGNORECASE)
    real = re.compile(PATTERN, re.IGNORECASE)
    assert (lazy.pattern, lazy.flags, lazy.groups, lazy.groupindex) == (
        real.pattern,
        real.flags,
        real.groups,
        real.groupindex,
    )
    assert "lazy_compile" in repr(lazy)


@given(st.text(alphabet="ab かなカナ漢字_-. \n1", max_size=40))
def test_every_method_answers_as_the_compiled_pattern(text: str) -> None:
    lazy = lazy_compile(PATTERN)
    real = re.compile(PATTERN)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.findall(text) == real.findall(text)
    assert lazy.sub("<\\g<0>>", text) == real.sub("<\\g<0>>", text)
    assert lazy.split(text) == real.split(text)
    for method in ("search", "match", "fullmatch"):
        ours, theirs = getattr(lazy, method)(text), getattr(real, method)(text)
        assert (ours and ours.span()) == (theirs and theirs.span())


def test_a_bad_pattern_fails_at_first_use_and_again_after() -> None:
    lazy = lazy_compile("(unclosed")
    for _ in range(2):
        with pytest.raises(re.error):
            lazy.search("x")


def test_threads_racing_to_the_first_use_get_one_pattern() -> None:
    lazy = LazyPattern(PATTERN)
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(lazy.search)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(getattr(method, "__self__", None)) for method in seen}) == 1


def _lazy_patterns_in(value: object, seen: set[int]) -> list[LazyPattern]:
    """The LazyPatterns a module attribute holds: itself, or inside tuples, lists, dicts and
    dataclass instances (the language modules' ClausePatterns, VisitPatterns)."""
    if id(value) in seen:
        return []
    seen.add(id(value))
    if isinstance(value, LazyPattern):
        return [value]
    if isinstance(value, (tuple, list)):
        return [p for item in value for p in _lazy_patterns_in(item, seen)]
    if isinstance(value, dict):
        return [p for item in value.values() for p in _lazy_patterns_in(item, seen)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [
            p
            for field in dataclasses.fields(value)
            for p in _lazy_patterns_in(getattr(value, field.name), seen)
        ]
    if type(value).__module__.startswith("factcheck.") and hasattr(value, "__dict__"):
        return [p for item in vars(value).values() for p in _lazy_patterns_in(item, seen)]
    return []


def test_every_module_level_lazy_pattern_of_the_package_compiles() -> None:
    # A typo in a pattern compiled on first use would otherwise show only when some input
    # reaches it, as an re.error in the middle of a run.
    import factcheck

    seen: set[int] = set()
    found: list[LazyPattern] = []
    for module_info in pkgutil.walk_packages(factcheck.__path__, "factcheck."):
        if module_info.name.endswith("__main__"):
            continue  # runs the CLI
        module = importlib.import_module(module_info.name)
        for value in list(vars(module).values()):
            found += _lazy_patterns_in(value, seen)
    assert len(found) >= 50  # the package's own, not an empty walk
    for pattern in found:
        pattern.search("")  # compiles it: raises re.error on a bad pattern
