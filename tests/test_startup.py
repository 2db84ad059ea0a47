"""The start-up helper pauses the cycle collector only while modules load."""

from __future__ import annotations

import gc

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
        import factcheck.no_such_module  # type: ignore[import-not-found]  # noqa: F401
    assert gc.isenabled()


def test_loaded_objects_frozen_out_of_later_collections() -> None:
    before = gc.get_freeze_count()
    try:
        with loading_modules():
            kept = [[n] for n in range(1000)]
        assert gc.get_freeze_count() >= before + len(kept)
    finally:
        gc.unfreeze()
