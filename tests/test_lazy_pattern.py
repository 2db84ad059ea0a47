"""Module-level patterns compiled on first use: not at import, then the compiled pattern's
own answers."""

from __future__ import annotations

import re
import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.lazy_pattern import LazyPattern, lazy_compile

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
