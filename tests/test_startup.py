"""The start-up helper pauses the cycle collector only while modules load."""

from __future__ import annotations

import gc
import importlib
import sys

import pytest

from factcheck.startup import loading_modules


def test_collector_paused_inside_and_running_again_after() -> None:
    assert gc.isenabled()
    with loading_modules():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collector_left_off_when_it_was_off() -> None:
    gc.disable()
    try:
        with loading_modules():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collector_running_again_after_a_failed_import() -> None:
    with pytest.raises(ImportError), loading_modules():
        importlib.import_module("factcheck.no_such_module")
    assert gc.isenabled()


def test_what_an_import_built_is_frozen_out_of_later_collections(tmp_path, monkeypatch) -> None:
    from factcheck import startup

    monkeypatch.setattr(startup, "_one_command", True)  # the console script's process
    (tmp_path / "startup_probe.py").write_text("TABLE = [[n] for n in range(1000)]\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    before = gc.get_freeze_count()
    try:
        with loading_modules():
            importlib.import_module("startup_probe")
        assert gc.get_freeze_count() >= before + 1000
    finally:
        gc.unfreeze()
        sys.modules.pop("startup_probe", None)


def test_an_importing_program_keeps_its_collector_unfrozen(tmp_path, monkeypatch) -> None:
    from factcheck import startup

    monkeypatch.setattr(startup, "_one_command", False)  # a program that imports factcheck
    (tmp_path / "startup_probe_lib.py").write_text("TABLE = [[n] for n in range(1000)]\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    gc.unfreeze()
    try:
        with loading_modules():
            importlib.import_module("startup_probe_lib")
        assert gc.get_freeze_count() == 0
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        sys.modules.pop("startup_probe_lib", None)


def test_nothing_frozen_when_nothing_was_imported() -> None:
    before = gc.get_freeze_count()
    with loading_modules():
        kept = [[n] for n in range(1000)]
    assert gc.get_freeze_count() == before
    assert len(kept) == 1000


def test_a_command_process_collects_young_objects_less_often() -> None:
    from factcheck.startup import YOUNG_OBJECTS, one_command_process

    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 11, 12)  # Python's default for the youngest generation
        one_command_process()
        assert gc.get_threshold() == (YOUNG_OBJECTS, 11, 12)
        assert YOUNG_OBJECTS > 700
    finally:
        gc.set_threshold(*before)


def test_a_large_index_is_frozen_only_in_a_one_command_process(monkeypatch) -> None:
    from factcheck import startup
    from factcheck.checks import match

    monkeypatch.setattr(match, "FREEZE_SENTENCES", 10)
    built = [[n] for n in range(1000)]  # what an index build leaves young
    gc.unfreeze()
    try:
        # A program that imports factcheck: its collector settings are its own.
        monkeypatch.setattr(startup, "_one_command", False)
        with match._collector_paused(50):
            assert not gc.isenabled()
        assert gc.isenabled()
        assert gc.get_freeze_count() == 0
        # A small index is never frozen, even by the console script.
        monkeypatch.setattr(startup, "_one_command", True)
        with match._collector_paused(5):
            pass
        assert gc.get_freeze_count() == 0
        with match._collector_paused(50):
            pass
        assert gc.get_freeze_count() >= len(built)
    finally:
        gc.unfreeze()


def test_the_console_script_setup_marks_the_process(monkeypatch) -> None:
    from factcheck import startup

    monkeypatch.setattr(startup, "_one_command", False)
    before = gc.get_threshold()
    try:
        assert not startup.is_one_command_process()
        startup.one_command_process()
        assert startup.is_one_command_process()
    finally:
        gc.set_threshold(*before)
