"""The built-in termbase compiled at wheel-build time: read back with no spec run, and only
when it was compiled from this very code."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from factcheck.terms import shipped_termbase
from factcheck.terms import termbase as termbase_module


@pytest.fixture
def wheel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A `_built` folder holding what the wheel build writes, standing in for the package's."""
    folder = tmp_path / "_built"
    folder.mkdir()
    shipped_termbase.write_compiled(folder)
    monkeypatch.setattr(shipped_termbase, "shipped_folder", lambda: folder)
    return folder


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    return folder


def _spec_runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    runs: list[int] = []
    real = termbase_module._run_specs

    def counting(termbase: termbase_module.Termbase) -> None:
        runs.append(len(termbase))
        real(termbase)

    monkeypatch.setattr(termbase_module, "_run_specs", counting)
    return runs


def test_the_shipped_termbase_is_read_with_no_spec_run_and_nothing_cached(
    wheel: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled = termbase_module.compile_builtin()
    runs = _spec_runs(monkeypatch)
    read = termbase_module._checked_builtin_entries()
    assert runs == []
    assert read == compiled  # field by field, spec origins included
    assert any(entry.specs and entry.specs[0].origin for entry in read)
    assert not cache.exists() or not list(cache.iterdir())


def test_the_shipped_termbase_is_read_with_the_cache_turned_off(
    wheel: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", "")
    runs = _spec_runs(monkeypatch)
    assert termbase_module._checked_builtin_entries()
    assert runs == []


def test_a_file_compiled_from_other_code_or_text_is_not_read(
    wheel: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (path,) = wheel.glob("termbase-*.json")
    # Another key in the name: what a wheel of other code (or another Python) ships.
    path.rename(wheel / shipped_termbase.file_name("0" * 64))
    runs = _spec_runs(monkeypatch)
    assert termbase_module._checked_builtin_entries() == termbase_module.compile_builtin()
    assert len(runs) == 2  # the cache folder's build, then ours


@pytest.mark.parametrize(
    "spoil",
    [
        lambda stored: b"not json",
        lambda stored: b"",
        lambda stored: json.dumps({**stored, "key": "0" * 64}).encode(),
        lambda stored: json.dumps({**stored, "entries": [{"id": 7}]}).encode(),
        lambda stored: json.dumps([stored]).encode(),
    ],
)
def test_a_damaged_shipped_file_is_a_miss_and_the_termbase_is_compiled(
    wheel: Path, cache: Path, monkeypatch: pytest.MonkeyPatch, spoil: object
) -> None:
    (path,) = wheel.glob("termbase-*.json")
    stored = json.loads(path.read_text("utf-8"))
    path.write_bytes(spoil(stored))  # type: ignore[operator]
    runs = _spec_runs(monkeypatch)
    assert termbase_module._checked_builtin_entries() == termbase_module.compile_builtin()
    assert len(runs) == 2
    assert list(cache.glob("termbase-*.json"))  # compiled into the cache folder as before


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_package_data_is_read_whoever_may_write_its_folder(
    wheel: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A system-wide install's folder is not the user's: it is as trusted as the code in it.
    wheel.chmod(wheel.stat().st_mode | stat.S_IWGRP | stat.S_IWOTH)
    runs = _spec_runs(monkeypatch)
    assert termbase_module._checked_builtin_entries()
    assert runs == []
