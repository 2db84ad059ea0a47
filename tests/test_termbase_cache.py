"""The compiled built-in termbase: built (specs run) once, then read from the cache folder."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest

from factcheck import cache_folder
from factcheck.errors import TermbaseError
from factcheck.terms import termbase as termbase_module
from factcheck.terms import termbase_cache
from factcheck.terms.termbase import load_termbase


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    return folder


def _spec_runs(monkeypatch):
    runs = []
    real = termbase_module._run_specs

    def counting(termbase):
        runs.append(len(termbase))
        real(termbase)

    monkeypatch.setattr(termbase_module, "_run_specs", counting)
    return runs


def test_specs_run_when_the_cache_is_built_and_not_when_it_is_read(cache, monkeypatch):
    runs = _spec_runs(monkeypatch)
    built = termbase_module._checked_builtin_entries()
    assert len(runs) == 1
    assert len(list(cache.glob("termbase-*.json"))) == 1
    again = termbase_module._checked_builtin_entries()
    assert len(runs) == 1  # read back, no spec run
    assert again == built
    assert [e.id for e in load_termbase().entries] == [e.id for e in built]


def test_a_failing_spec_stores_nothing(cache, monkeypatch):
    def failing(termbase):
        raise TermbaseError("spec fails")

    monkeypatch.setattr(termbase_module, "_run_specs", failing)
    with pytest.raises(TermbaseError):
        termbase_module._checked_builtin_entries()
    assert not cache.exists() or not list(cache.iterdir())


@pytest.mark.parametrize("content", [b"", b"not json", b"\x80\x05garbage", b"{}", b"[1, 2]"])
def test_an_unreadable_cache_file_is_rebuilt(cache, monkeypatch, content):
    termbase_module._checked_builtin_entries()
    (path,) = cache.glob("termbase-*.json")
    path.write_bytes(content)
    runs = _spec_runs(monkeypatch)
    assert termbase_module._checked_builtin_entries()
    assert len(runs) == 1
    assert path.read_bytes() != content


def test_the_key_changes_with_the_text():
    assert termbase_cache.cache_key(["a"]) != termbase_cache.cache_key(["b"])
    assert termbase_cache.cache_key(["a"]) == termbase_cache.cache_key(["a"])


def test_a_cache_folder_that_cannot_be_written_costs_only_a_build(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(blocker / "cache"))
    runs = _spec_runs(monkeypatch)
    assert termbase_module._checked_builtin_entries()
    assert termbase_module._checked_builtin_entries()
    assert len(runs) == 2


def test_an_empty_cache_dir_turns_the_cache_off(monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", "")
    assert termbase_cache.cache_dir() is None
    runs = _spec_runs(monkeypatch)
    termbase_module._checked_builtin_entries()
    termbase_module._checked_builtin_entries()
    assert len(runs) == 2


def test_default_folder_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv("FACTCHECK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert termbase_cache.cache_dir() == tmp_path / "factcheck"


def test_a_new_process_reads_the_cache_without_running_specs(cache):
    # The point of the cache: a later start neither parses the termbase nor runs the linter.
    code = (
        "import sys; from factcheck.terms import termbase; "
        "termbase.parse_termbase = None; termbase.load_termbase(); "
        "print(sorted(m for m in sys.modules "
        "if m in {'factcheck.terms.nearmiss', 'factcheck.terms.lint'}))"
    )
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(cache)}
    first = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    assert first.returncode != 0  # the first start has to parse: there is no cache yet
    first = subprocess.run(
        [
            sys.executable,
            "-c",
            "from factcheck.terms.termbase import load_termbase; load_termbase()",
        ],
        env=env,
        check=False,
    )
    assert first.returncode == 0
    second = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    assert second.stdout.strip() == "[]", second.stderr


def test_the_key_keeps_parts_apart():
    assert termbase_cache.cache_key(["ab", "c"]) != termbase_cache.cache_key(["a", "bc"])
    assert termbase_cache.cache_key(["a"]) != termbase_cache.cache_key([b"a"])


USER = """
version: 1
entries:
  - id: house-term
    en: [Blue Ribbon Accord]
    variants: {en: [Blue Ribbon Agreement]}
    severity: warning
    specs:
      - text: "The Blue Ribbon Agreement was signed."
        finds: [Blue Ribbon Agreement]
"""


def test_user_termbases_are_compiled_once_per_content(cache, monkeypatch, tmp_path):
    path = tmp_path / "house.yaml"
    path.write_text(USER, encoding="utf-8")
    runs = _spec_runs(monkeypatch)
    first = load_termbase([path])
    second = load_termbase([path])
    assert len(runs) == 1
    assert first.get("house-term") == second.get("house-term")
    assert load_termbase([path], builtin=False).get("house-term") is not None
    assert len(runs) == 2  # without the built-in one it is another termbase
    path.write_text(USER.replace("Blue Ribbon Accord", "Blue Ribbon Compact"), encoding="utf-8")
    assert load_termbase([path]).get("house-term").forms["en"] == ("Blue Ribbon Compact",)
    assert len(runs) == 3


def test_a_user_termbase_whose_spec_fails_fails_every_time(cache, tmp_path):
    path = tmp_path / "house.yaml"
    path.write_text(USER.replace("finds: [Blue Ribbon Agreement]", "finds: none"), "utf-8")
    for _ in range(2):
        with pytest.raises(TermbaseError, match="spec of entry 'house-term' fails"):
            load_termbase([path])


def test_only_the_most_recent_compiled_termbases_are_kept(cache, monkeypatch):
    monkeypatch.setattr(termbase_cache, "KEEP", 2)
    for number in range(4):
        termbase_cache.cached_entries([f"termbase {number}"], tuple)
    assert len(list(cache.glob("termbase-*.json"))) == 2


class _Planted:
    """A pickle that, when loaded, creates the file `marker`."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (open, (self.marker, "w"))


def test_a_planted_pickle_in_the_cache_runs_no_code(cache, monkeypatch, tmp_path):
    # Anyone who can write in a shared or restored cache folder must not run code here.
    import pickle

    termbase_module._checked_builtin_entries()
    (path,) = cache.glob("termbase-*")
    marker = tmp_path / "planted-code-ran"
    path.write_bytes(pickle.dumps(("key", _Planted(marker))))
    runs = _spec_runs(monkeypatch)
    assert termbase_module._checked_builtin_entries()
    assert not marker.exists()
    assert len(runs) == 1  # not read: rebuilt


def _stored(cache):
    (path,) = cache.glob("termbase-*.json")
    return path, json.loads(path.read_text("utf-8"))


@pytest.mark.parametrize(
    "spoil",
    [
        lambda entry: entry.update(id=7),
        lambda entry: entry.update(kind="spell"),
        lambda entry: entry.update(forms={"en": "not a list"}),
        lambda entry: entry.update(weight="heavy"),
        lambda entry: entry.update(fix="yes"),
        lambda entry: entry.pop("severity"),
        lambda entry: entry.update(specs=[{"text": 1}]),
    ],
)
def test_a_cache_file_with_wrong_fields_is_rebuilt(cache, monkeypatch, spoil):
    built = termbase_module._checked_builtin_entries()
    path, stored = _stored(cache)
    spoil(stored["entries"][0])
    path.write_text(json.dumps(stored), "utf-8")
    runs = _spec_runs(monkeypatch)
    assert termbase_module._checked_builtin_entries() == built
    assert len(runs) == 1


def test_entries_come_back_equal_field_by_field(cache):
    built = termbase_module._checked_builtin_entries()
    path, stored = _stored(cache)
    again = termbase_cache._read(path, stored["key"])
    assert again == built
    assert any(entry.specs and entry.specs[0].origin for entry in again)
    assert any(entry.role is not None for entry in again)


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
@pytest.mark.parametrize("which", ["folder", "file"])
def test_a_cache_others_may_write_is_not_used(cache, monkeypatch, which):
    termbase_module._checked_builtin_entries()
    (path,) = cache.glob("termbase-*.json")
    target = cache if which == "folder" else path
    target.chmod(target.stat().st_mode | stat.S_IWGRP | stat.S_IWOTH)
    runs = _spec_runs(monkeypatch)
    termbase_module._checked_builtin_entries()
    assert len(runs) == 1  # not read
    termbase_module._checked_builtin_entries()
    if which == "folder":
        assert len(runs) == 2  # nor trusted to keep the new build
    else:
        assert len(runs) == 1  # the new build replaced it with a file of the user's alone
        assert stat.S_IMODE(path.stat().st_mode) & 0o022 == 0


def test_a_new_cache_folder_is_the_users_alone(cache):
    termbase_module._checked_builtin_entries()
    assert stat.S_IMODE(cache.stat().st_mode) & 0o077 == 0


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_foreign_cache_folder_is_warned_about_once(cache, monkeypatch, caplog):
    termbase_module._checked_builtin_entries()
    cache.chmod(0o777)
    monkeypatch.setattr(cache_folder, "_warned", set())
    with caplog.at_level("WARNING", logger="factcheck.terms.termbase_cache"):
        termbase_module._checked_builtin_entries()
        termbase_module._checked_builtin_entries()
    warnings = [r for r in caplog.records if "not using the termbase cache" in r.getMessage()]
    assert len(warnings) == 1
    assert "chmod go-w" in warnings[0].getMessage()


def test_a_link_to_a_cache_folder_of_ones_own_is_used(tmp_path, monkeypatch):
    real = tmp_path / "real-cache"
    real.mkdir(mode=0o700)
    link = tmp_path / "cache-link"
    link.symlink_to(real)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(link))
    runs = _spec_runs(monkeypatch)
    termbase_module._checked_builtin_entries()
    termbase_module._checked_builtin_entries()
    assert len(runs) == 1
    assert list(real.glob("termbase-*.json"))
