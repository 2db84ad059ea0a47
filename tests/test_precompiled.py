"""The compiled table the wheel build records (`factcheck.precompiled`): what the console
script's `re` and `dataclasses` take from it is what they would have compiled."""

from __future__ import annotations

import dataclasses
import marshal
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factcheck import precompiled

pytestmark = pytest.mark.skipif(
    precompiled._re_internals() is None, reason="re is not laid out as precompiled expects"
)

PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?", 0),
    (r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+", 0),
    (r"(?<![A-Za-z0-9])U\.S\.(?![A-Za-z])", 0),
    (r"inaugurat\w*", re.IGNORECASE),
    (r"""(?x) ^ \s* (?P<who> [A-Z][a-z]+ ) \s+ said  # a verbose pattern""", 0),
    (r"(?m)^#+\s*(.*)$", 0),
    (rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", 0),
    (r"(a)|(b)(?P<c>c)?", re.ASCII | re.DOTALL),
]


_INTERNALS = precompiled._re_internals()
_PYTHONS_COMPILE = _INTERNALS[0].compile if _INTERNALS is not None else None
"""`re`'s own compiler, taken when the tests are collected: before any test runs a console
script in this process."""


def _fresh(pattern: str | bytes, flags: int) -> re.Pattern[Any]:
    """The pattern as Python's own compiler makes it, bypassing re's cache and any table."""
    assert _PYTHONS_COMPILE is not None
    return _PYTHONS_COMPILE(pattern, flags)  # type: ignore[no-any-return]


@pytest.fixture
def python_compiling() -> Iterator[None]:
    """Python's own compiling inside the test (an installed wheel's console script, run in
    this process by another test, may have handed `re` and `dataclasses` its table), and
    whatever was there before it afterwards."""
    internals = precompiled._re_internals()
    assert internals is not None
    compiler = internals[0]
    original = compiler.compile
    shipped_exec = vars(dataclasses).pop("exec", None)
    yield
    compiler.compile = original
    vars(dataclasses).pop("exec", None)
    if shipped_exec is not None:
        dataclasses.exec = shipped_exec  # type: ignore[attr-defined]
    re.purge()


def _record(tmp_path: Path, define: Any) -> Path:
    re.purge()
    with precompiled.record() as table:
        for pattern, flags in PATTERNS:
            re.compile(pattern, flags)
        define()
    assert "exec" not in vars(dataclasses)  # the recording is undone
    re.purge()
    return precompiled.write_table(table, tmp_path)


def _define() -> type:
    @dataclasses.dataclass(frozen=True)
    class Span:
        start: int
        end: int = 0
        label: str = dataclasses.field(default="", compare=False)

    return Span


def test_replayed_patterns_equal_pythons_own(tmp_path: Path, python_compiling: None) -> None:
    path = _record(tmp_path, _define)
    assert precompiled.use_shipped(path)
    for pattern, flags in PATTERNS:
        replayed = re.compile(pattern, flags)
        own = _fresh(pattern, flags)
        # Pattern equality compares the pattern, its flags and the compiled codes.
        assert replayed == own
        assert (replayed.groups, replayed.groupindex) == (own.groups, own.groupindex)
    date = re.compile(PATTERNS[0][0], PATTERNS[0][1])
    found = date.search("on 2025-10-25 and")
    assert found is not None and found.groupdict() == {"year": "2025", "month": "10", "day": "25"}


def test_replay_is_used_for_recorded_texts_only(tmp_path: Path, python_compiling: None) -> None:
    path = _record(tmp_path, _define)
    table = marshal.loads(path.read_bytes())
    assert {pattern for pattern, _ in table["re"]} >= {pattern for pattern, _ in PATTERNS}
    # A recorded entry spoiled on purpose is what comes back: the table is used, not ignored.
    internals = precompiled._re_internals()
    assert internals is not None
    compiler, parser, _ = internals
    spoiled = precompiled._codes(parser, compiler, r"x(y)", 0)
    table["re"][(PATTERNS[3][0], PATTERNS[3][1])] = marshal.dumps(spoiled)
    path.write_bytes(marshal.dumps(table))
    assert precompiled.use_shipped(path)
    assert re.compile(PATTERNS[3][0], PATTERNS[3][1]).groups == 1
    # A pattern it never recorded is compiled as before.
    assert re.compile(r"never (recorded)+") == _fresh(r"never (recorded)+", 0)


def test_replayed_dataclass_methods_are_the_same_code(
    tmp_path: Path, python_compiling: None
) -> None:
    own = _define()
    path = _record(tmp_path, _define)
    assert precompiled.use_shipped(path)
    replayed = _define()
    for name in ("__init__", "__eq__", "__hash__", "__repr__", "__setattr__", "__delattr__"):
        assert getattr(replayed, name).__code__ == getattr(own, name).__code__, name
    a, b = replayed(1, 2, "x"), replayed(1, 2, "y")
    assert a == b and hash(a) == hash(b) and repr(a).endswith("Span(start=1, end=2, label='x')")
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.start = 3  # type: ignore[misc]


def test_a_dataclass_the_table_lacks_is_generated_as_without_it(
    tmp_path: Path, python_compiling: None
) -> None:
    path = _record(tmp_path, lambda: None)
    assert precompiled.use_shipped(path)

    @dataclasses.dataclass(frozen=True)
    class Unrecorded:
        when: int
        where: str = "Tokyo"

    for name in ("__init__", "__eq__", "__hash__", "__repr__", "__setattr__"):
        method = getattr(Unrecorded, name)
        own = getattr(_UNRECORDED, name)
        assert method.__code__.co_code == own.__code__.co_code, name
        assert method.__code__.co_flags == own.__code__.co_flags, name
    # The generated `__init__` is annotated with the fields' types (strings here, under this
    # module's future import), not with the names `dataclasses` binds them to ("_type_when"),
    # as a `from __future__ import annotations` reaching the generated source would make it.
    expected = {"when": "int", "where": "str", "return": None}
    assert Unrecorded.__init__.__annotations__ == expected
    assert _UNRECORDED.__init__.__annotations__ == expected


def test_an_entry_that_does_not_replay_is_compiled_as_without_the_table(
    tmp_path: Path, python_compiling: None
) -> None:
    own_class = _define()
    path = _record(tmp_path, _define)
    table = marshal.loads(path.read_bytes())
    # What a Python rebuilt under the same version string might meet: codes `_sre` refuses,
    # and a method entry that is no code object at all.
    pattern, flags = PATTERNS[0]
    table["re"][(pattern, flags)] = marshal.dumps((flags, ["not", "codes"], 0, {}, ()))
    table["methods"] = {source: marshal.dumps(42) for source in table["methods"]}
    path.write_bytes(marshal.dumps(table))
    assert precompiled.use_shipped(path)
    replayed = re.compile(pattern, flags)
    assert replayed == _fresh(pattern, flags)
    assert replayed.match("2026-03-14") is not None
    span_class = _define()
    for name in ("__init__", "__eq__", "__hash__", "__repr__"):
        assert (
            getattr(span_class, name).__code__.co_code == getattr(own_class, name).__code__.co_code
        )
    assert span_class(4, 9, "a") == span_class(4, 9, "b")


def test_the_environment_switch_turns_the_table_off(
    tmp_path: Path, python_compiling: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _record(tmp_path, _define)
    internals = precompiled._re_internals()
    assert internals is not None
    before = internals[0].compile
    monkeypatch.setenv(precompiled.NO_PRECOMPILED, "1")
    assert not precompiled.use_shipped(path)
    assert internals[0].compile is before
    assert "exec" not in vars(dataclasses)
    monkeypatch.setenv(precompiled.NO_PRECOMPILED, "0")
    assert precompiled.use_shipped(path)


@dataclasses.dataclass(frozen=True)
class _UNRECORDED:
    when: int
    where: str = "Tokyo"


@pytest.mark.parametrize(
    "content",
    [b"", b"not marshal", marshal.dumps({"key": "another python", "re": {}, "methods": {}})],
)
def test_a_table_that_does_not_read_back_changes_nothing(
    tmp_path: Path, content: bytes, python_compiling: None
) -> None:
    path = tmp_path / "compiled.marshal"
    path.write_bytes(content)
    internals = precompiled._re_internals()
    assert internals is not None
    before = internals[0].compile
    assert not precompiled.use_shipped(path)
    assert not precompiled.use_shipped(tmp_path / "missing.marshal")
    assert internals[0].compile is before
    assert "exec" not in vars(dataclasses)


def test_the_package_recorded_and_replayed_in_new_processes(tmp_path: Path) -> None:
    """As the wheel build records and the console script replays: every module-level
    pattern of the imported package, lazy or not, equals Python's own compile."""
    record = textwrap.dedent(
        f"""
        from pathlib import Path
        from factcheck import precompiled
        with precompiled.record() as table:
            precompiled.import_package()
        print(precompiled.write_table(table, Path({str(tmp_path)!r})))
        print(len(table["re"]), len(table["methods"]))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", record], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    path, counts = out[0], out[1].split()
    assert int(counts[0]) > 100 and int(counts[1]) > 100
    replay = textwrap.dedent(
        f"""
        import re, sys
        from pathlib import Path
        from factcheck import precompiled
        from factcheck.lazy_pattern import LazyPattern
        own_compile = sys.modules["re._compiler"].compile
        assert precompiled.use_shipped(Path({path!r}))
        precompiled.import_package()
        checked = 0
        for name, module in list(sys.modules.items()):
            if name.split(".")[0] != "factcheck":
                continue
            for value in list(vars(module).values()):
                if isinstance(value, LazyPattern):
                    value.flags
                    value = vars(value)["_compiled"]
                if isinstance(value, re.Pattern):
                    own = own_compile(value.pattern, value.flags)
                    assert value == own, (name, value.pattern)
                    checked += 1
        print(checked)
        """
    )
    checked = subprocess.run(
        [sys.executable, "-c", replay], capture_output=True, text=True, check=True
    ).stdout
    assert int(checked) > 50
