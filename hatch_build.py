"""Wheel build step: data factcheck would otherwise build on its first run, from packages
installed for the build alone.

1. simplemma's English dictionary, decoded into factcheck's lemma table.

`pip install .` builds factcheck's wheel with the packages of `[build-system].requires`,
simplemma among them. This hook decodes simplemma's English dictionary once, here, into the
SQLite table `factcheck.languages.en_lemmas` reads, and ships it in the wheel as
`factcheck/_built/lemmas-en-<key>.sqlite`, the key being the hash of simplemma's files it
was built from (`factcheck.languages.lemma_table`). At run time the table is used only when
the installed simplemma has the same key; otherwise (another simplemma, or an editable
install, which ships no table) factcheck builds it in the user's cache folder as before.

2. The part of the country table that comes from CLDR (through Babel) and simplemma
   (`factcheck.languages.countries.cldr_part`: names and derived adjectives), as
   `factcheck/_built/countries-cldr-<key>.json`, keyed the same way (`cldr_key`).

simplemma is MIT-licensed, Babel BSD-3-Clause, CLDR under the Unicode licence. Nothing derived
from JMdict, JMnedict or wordfreq (CC BY-SA) is built into the wheel: the country table's
JMdict glosses are looked up on the first run.

3. The built-in termbase, parsed and its specs run (`factcheck.terms.shipped_termbase`), as
   `factcheck/_built/termbase-<key>.json`, keyed like the compiled termbase cache by the
   termbase's text, factcheck's version, Python's and the modules that read and lint it. The
   code that compiles it is the source tree's own, imported for the build alone (its imports
   for this are PyYAML, pyahocorasick and rapidfuzz, in `[build-system].requires`).

4. The built-in publisher profiles' CSS selectors compiled by soupsieve
   (`factcheck.sources.extract.selectors`), as `factcheck/_built/css-selectors-<key>.json`,
   keyed by soupsieve's version: a run under the same soupsieve reads them back rather than
   compiling them (soupsieve, with the beautifulsoup4 it imports, is in
   `[build-system].requires`).

5. The regular expressions and dataclass methods compiled while the steps above run and while
   every factcheck module the build can import is imported (`factcheck.precompiled`), as
   `factcheck/_built/compiled-<key>.marshal`, keyed by the Python that built them: the
   console script hands them to `re` and `dataclasses` rather than compiling them again.
   msgpack is in `[build-system].requires` so that the language modules import here.

6. The SHA-256 of the package's modules and data files (`factcheck.cache_folder.package_digest`,
   part of the key of every cache folder file), as `factcheck/_built/package-files.sha256`:
   an installed wheel's files are the ones built here, so a run reads it rather than hashing
   them again.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _load(root: str, relative: str, name: str) -> ModuleType:
    """One of factcheck's modules that imports nothing of factcheck's at its top
    (`languages/lemma_table.py`, `languages/countries.py`, `precompiled.py`), loaded by its
    path under `name`, apart from the package."""
    path = Path(root) / "factcheck" / relative
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _module(root: str, name: str) -> ModuleType:
    """One of factcheck's language modules, loaded by its path."""
    return _load(root, f"languages/{name}.py", f"_factcheck_build_{name}")


def _precompiled(root: str) -> ModuleType:
    """`factcheck.precompiled`, loaded by its path, so that it records from before the
    package's first import."""
    return _load(root, "precompiled.py", "_factcheck_build_precompiled")


@contextlib.contextmanager
def _source_tree(root: str) -> Iterator[None]:
    """The package imported from `root` for the block alone, with the cache folder turned
    off (`FACTCHECK_CACHE_DIR` empty) so that the build reads and writes nothing of the
    builder's; every factcheck module is forgotten afterwards."""
    sys.path.insert(0, root)
    cache = os.environ.get("FACTCHECK_CACHE_DIR")
    os.environ["FACTCHECK_CACHE_DIR"] = ""
    try:
        yield
    finally:
        if cache is None:
            del os.environ["FACTCHECK_CACHE_DIR"]
        else:
            os.environ["FACTCHECK_CACHE_DIR"] = cache
        sys.path.remove(root)
        for name in [name for name in sys.modules if name.split(".")[0] == "factcheck"]:
            del sys.modules[name]


def _compile_termbase(root: str, folder: Path) -> Path | None:
    """The built-in termbase compiled into `folder` by the source tree's own code
    (`factcheck.terms.shipped_termbase.write_compiled`); the path of the file written, or
    None when a package it imports is missing (a build without isolation: the first run
    compiles it then). A failing spec fails the build, as it would fail every run."""
    with _source_tree(root):
        try:
            from factcheck.terms.shipped_termbase import write_compiled

            return Path(write_compiled(folder))
        except ImportError:
            return None


def _compile_selectors(root: str, folder: Path) -> Path | None:
    """The built-in publisher profiles' selectors compiled into `folder` by the source tree's
    own code (`factcheck.sources.extract.selectors.write_shipped`); None when a package it
    imports is missing (a build without isolation: runs compile them then)."""
    with _source_tree(root):
        try:
            from factcheck.sources.extract.selectors import profile_selectors, write_shipped
            from factcheck.sources.publishers import load_profiles

            return Path(write_shipped(folder, profile_selectors(load_profiles())))
        except ImportError:
            return None


def _package_digest(root: str, folder: Path) -> Path:
    """`factcheck.cache_folder.hash_package_files` of the package being built, written into
    `folder`."""
    with _source_tree(root):
        from factcheck.cache_folder import SHIPPED_DIGEST, hash_package_files

        path = folder / Path(SHIPPED_DIGEST).name
        path.write_text(hash_package_files(Path(root) / "factcheck") + "\n", encoding="ascii")
        return path


class LemmaTableHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._scratch: str | None = None
        if self.target_name != "wheel" or version == "editable":
            return  # an editable install reads the source tree: the cache folder builds it
        self._scratch = tempfile.mkdtemp(prefix="factcheck-build-")
        precompiled = _precompiled(self.root)
        with precompiled.record() as table:
            with _source_tree(self.root):
                precompiled.import_package()
            self._build_tables(build_data)
        compiled = precompiled.write_table(table, Path(self._scratch))
        build_data["force_include"][str(compiled)] = f"factcheck/_built/{compiled.name}"
        digest = _package_digest(self.root, Path(self._scratch))
        build_data["force_include"][str(digest)] = f"factcheck/_built/{digest.name}"

    def _build_tables(self, build_data: dict[str, Any]) -> None:
        assert self._scratch is not None
        termbase = _compile_termbase(self.root, Path(self._scratch))
        if termbase is None:
            self.app.display_warning(
                "PyYAML, pyahocorasick or rapidfuzz is not installed: "
                "no compiled termbase in the wheel"
            )
        else:
            build_data["force_include"][str(termbase)] = f"factcheck/_built/{termbase.name}"
        selectors = _compile_selectors(self.root, Path(self._scratch))
        if selectors is None:
            self.app.display_warning(
                "beautifulsoup4 or PyYAML is not installed: no compiled CSS selectors in the wheel"
            )
        else:
            build_data["force_include"][str(selectors)] = f"factcheck/_built/{selectors.name}"
        table = _module(self.root, "lemma_table")
        source = table.simplemma_dir()
        if source is None:  # built without isolation, simplemma missing: run time builds it
            self.app.display_warning("simplemma is not installed: no lemma table in the wheel")
            return
        lemma_key = table.source_key(source)
        path = Path(self._scratch) / table.file_name(lemma_key)
        table.write_table(path)
        shipped = f"factcheck/{table.SHIPPED_FOLDER}"
        build_data["force_include"][str(path)] = f"{shipped}/{path.name}"

        countries = _module(self.root, "countries")
        key = countries.cldr_key(lemma_key)
        if key is None:
            self.app.display_warning("Babel is not installed: no country names in the wheel")
            return
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:

            def known(word: str) -> bool:  # en_lemmas.known, on the table just written
                token = unicodedata.normalize("NFC", word)
                query = "SELECT 1 FROM lemmas WHERE word = ?"
                return connection.execute(query, (token,)).fetchone() is not None

            part = countries.cldr_part(known)
        finally:
            connection.close()
        out = Path(self._scratch) / countries.cldr_file_name(key)
        out.write_text(json.dumps(part, ensure_ascii=False), encoding="utf-8")
        build_data["force_include"][str(out)] = f"{shipped}/{out.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if getattr(self, "_scratch", None):
            shutil.rmtree(str(self._scratch), ignore_errors=True)
