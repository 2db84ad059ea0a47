"""Wheel build step: simplemma's English dictionary, decoded into factcheck's lemma table.

`pip install .` builds factcheck's wheel with the packages of `[build-system].requires`,
simplemma among them. This hook decodes simplemma's English dictionary once, here, into the
SQLite table `factcheck.languages.en_lemmas` reads, and ships it in the wheel as
`factcheck/_built/lemmas-en-<key>.sqlite`, the key being the hash of simplemma's files it
was built from (`factcheck.languages.lemma_table`). At run time the table is used only when
the installed simplemma has the same key; otherwise (another simplemma, or an editable
install, which ships no table) factcheck builds it in the user's cache folder as before.

simplemma is MIT-licensed; the table holds its data only. Nothing derived from JMdict,
JMnedict or wordfreq (CC-BY-SA) is built into the wheel.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _lemma_table(root: str) -> ModuleType:
    """factcheck's table module, loaded by its path (it needs the standard library only)."""
    path = Path(root) / "factcheck" / "languages" / "lemma_table.py"
    spec = importlib.util.spec_from_file_location("_factcheck_build_lemma_table", path)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


class LemmaTableHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._scratch: str | None = None
        if self.target_name != "wheel" or version == "editable":
            return  # an editable install reads the source tree: the cache folder builds it
        table = _lemma_table(self.root)
        source = table.simplemma_dir()
        if source is None:  # built without isolation, simplemma missing: run time builds it
            self.app.display_warning("simplemma is not installed: no lemma table in the wheel")
            return
        self._scratch = tempfile.mkdtemp(prefix="factcheck-build-")
        path = Path(self._scratch) / table.file_name(table.source_key(source))
        table.write_table(path)
        build_data["force_include"][str(path)] = f"factcheck/{table.SHIPPED_FOLDER}/{path.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if getattr(self, "_scratch", None):
            shutil.rmtree(str(self._scratch), ignore_errors=True)
