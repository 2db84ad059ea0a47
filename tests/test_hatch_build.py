"""The wheel build hook (`hatch_build.py`) imports the source tree with the builder's cache
folder turned off, and leaves nothing of the package behind."""

from __future__ import annotations

import importlib.util
import os
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def hatch_build(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    """`hatch_build.py` loaded by its path, with a stand-in for hatchling's hook base class
    when hatchling (a build requirement only) is not installed."""
    if importlib.util.find_spec("hatchling") is None:
        names = ["hatchling", "hatchling.builders", "hatchling.builders.hooks"]
        names += ["hatchling.builders.hooks.plugin", "hatchling.builders.hooks.plugin.interface"]
        for name in names:
            monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
        interface = sys.modules["hatchling.builders.hooks.plugin.interface"]
        interface.BuildHookInterface = type("BuildHookInterface", (), {})  # type: ignore[attr-defined]
    spec = importlib.util.spec_from_file_location(
        "_hatch_build_under_test", ROOT / "hatch_build.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("builders_cache", [None, "/somewhere/the/builder/keeps/a/cache"])
def test_the_source_tree_is_imported_with_the_cache_folder_off(
    tmp_path: Path,
    hatch_build: types.ModuleType,
    monkeypatch: pytest.MonkeyPatch,
    builders_cache: str | None,
) -> None:
    if builders_cache is None:
        monkeypatch.delenv("FACTCHECK_CACHE_DIR", raising=False)
    else:
        monkeypatch.setenv("FACTCHECK_CACHE_DIR", builders_cache)
    tree = tmp_path / "tree"
    (tree / "factcheck").mkdir(parents=True)
    (tree / "factcheck" / "__init__.py").write_text(
        "import os\nCACHE_SEEN = os.environ.get('FACTCHECK_CACHE_DIR')\n", encoding="utf-8"
    )
    loaded = {
        name: module for name, module in sys.modules.items() if name.split(".")[0] == "factcheck"
    }
    for name in loaded:
        monkeypatch.delitem(sys.modules, name)
    path_before = list(sys.path)
    with hatch_build._source_tree(str(tree)):
        import factcheck

        assert Path(factcheck.__file__).parent == tree / "factcheck"
        assert factcheck.CACHE_SEEN == ""  # type: ignore[attr-defined]
    assert os.environ.get("FACTCHECK_CACHE_DIR") == builders_cache
    assert sys.path == path_before
    assert not [name for name in sys.modules if name.split(".")[0] == "factcheck"]
