"""Regular expressions and dataclass methods compiled when the wheel is built, so that a
command-line process does not compile them again on every start.

Every factcheck process compiles the same few hundred regular expressions (its modules'
patterns, the termbase's forms, PyYAML's reader …) and has `dataclasses` generate the same
few hundred methods (`__init__`, `__eq__`, `__hash__`, `__repr__`, a frozen class's
`__setattr__` and `__delattr__`), each compiled from source by `exec`. Measured in a warm
`verify --offline` of the seed, the two were about a quarter of the process's CPU time, and
both are pure functions of their input text on a given Python:
- Python's `re` turns a pattern and its flags into a list of integer codes (its parser and
  code generator, written in Python), which `_sre.compile` turns into the pattern object;
- `dataclasses` builds each method as source text and compiles it with `exec`.

The wheel build (`hatch_build.py`) records both while it imports factcheck's modules
(`record`): for each pattern, the codes `re` generated; for each method's source text, its
code object. They ship as `factcheck/_built/compiled-<key>.marshal`, keyed by the Python that
built them (its version string, bytecode magic number, `_sre`'s code format and the
optimisation level), so another Python finds no file. The console script (`factcheck.entry`,
never an importing program) then hands `re` and `dataclasses` the recorded result for a
text they have already met (`use_shipped`): the pattern object is made by `_sre.compile`
from the same codes, and equals (`==`, which compares the codes) the one `re` would have
compiled; the method is the same code object. A text not in the table is compiled as
before, so nothing depends on the table being complete.

The file is package data, written at build time by the package's own code and as trusted as
the modules beside it (like their `.pyc` files, it holds code objects), so it is only ever
read from the installed package, never from a cache folder. It is read only on a CPython
whose `re` is laid out as this module expects (3.11 to 3.13); anywhere else, or when the
file is missing or does not read back, nothing is changed. An entry that does not replay (a
Python rebuilt under the same version string, a damaged entry) is logged at debug level and
compiled as Python would compile it. `FACTCHECK_NO_PRECOMPILED=1` in the environment turns
the table off altogether (`NO_PRECOMPILED`).
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import hashlib
import importlib
import importlib.util
import logging
import marshal
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SHIPPED_FOLDER = "_built"
"""The folder inside the `factcheck` package where the wheel build puts compiled data."""

NO_PRECOMPILED = "FACTCHECK_NO_PRECOMPILED"
"""The environment variable that, set to `1`, keeps the console script from using the table."""

_Table = dict[str, dict[Any, bytes]]
"""{"re": {(pattern, flags): marshalled codes}, "methods": {source text: marshalled code}}."""


def _re_internals() -> tuple[Any, Any, Any] | None:
    """`re`'s compiler, its parser and `_sre`, when laid out as this module expects."""
    if sys.implementation.name != "cpython" or not (3, 11) <= sys.version_info[:2] < (3, 14):
        return None
    compiler = getattr(re, "_compiler", None)
    parser = getattr(re, "_parser", None)
    sre = importlib.import_module("_sre")
    if not all(hasattr(compiler, name) for name in ("compile", "_code")):
        return None
    if not hasattr(parser, "parse") or not hasattr(sre, "compile"):
        return None
    return compiler, parser, sre


def key() -> str:
    """What the recorded codes depend on: the Python that compiled them."""
    sre = importlib.import_module("_sre")
    parts = (
        sys.version,
        importlib.util.MAGIC_NUMBER.hex(),
        str(getattr(sre, "MAGIC", "")),
        str(getattr(sre, "CODESIZE", "")),
        str(sys.flags.optimize),
    )
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:32]


def file_name(table_key: str) -> str:
    """The shipped table's file name for this Python."""
    return f"compiled-{table_key}.marshal"


def shipped_path() -> Path:
    """Where the wheel build puts this Python's table (absent in a source tree)."""
    return Path(__file__).resolve().parent / SHIPPED_FOLDER / file_name(key())


# ---------------------------------------------------------------------------------------
# Recording (the wheel build)


def _codes(parser: Any, compiler: Any, pattern: str | bytes, flags: int) -> tuple[Any, ...]:
    """What `re._compiler.compile` hands `_sre.compile` after the pattern itself."""
    parsed = parser.parse(pattern, flags)
    code = compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        [int(op) for op in code],
        parsed.state.groups - 1,
        {str(name): int(index) for name, index in groupindex.items()},
        tuple(indexgroup),
    )


@contextlib.contextmanager
def record() -> Iterator[_Table]:
    """Record every pattern `re` compiles and every method `dataclasses` generates inside
    the block, into the table it yields. Only patterns whose recorded codes give a pattern
    equal to `re`'s own are kept."""
    table: _Table = {"re": {}, "methods": {}}
    internals = _re_internals()
    if internals is None:
        yield table
        return
    compiler, parser, sre = internals
    original_compile = compiler.compile

    def compile_recording(pattern: Any, flags: int = 0) -> Any:
        compiled = original_compile(pattern, flags)
        if isinstance(pattern, str | bytes) and not flags & re.DEBUG:
            try:
                codes = _codes(parser, compiler, pattern, int(flags))
                same = sre.compile(pattern, *codes) == compiled
            except Exception:  # noqa: BLE001  (a `re` laid out otherwise: not recorded)
                same = False
            if same:
                table["re"][(pattern, int(flags))] = marshal.dumps(codes)
        return compiled

    def exec_recording(source: Any, globals: Any = None, locals: Any = None) -> None:
        if isinstance(source, str):
            code = builtins.compile(source, "<string>", "exec", dont_inherit=True)
            table["methods"][source] = marshal.dumps(code)
            source = code
        builtins.exec(source, globals, locals)

    compiler.compile = compile_recording
    dataclasses.exec = exec_recording  # type: ignore[attr-defined]
    try:
        yield table
    finally:
        compiler.compile = original_compile
        del dataclasses.exec  # type: ignore[attr-defined]


LAZY_IMPORTS = ("simplemma", "bs4", "soupsieve", "lxml.html", "trafilatura", "pypdf")
"""Libraries factcheck imports inside functions, only when a run needs them (a first run
extracts pages and lemmatises words the table lacks): recorded too, when the build has them."""


def import_package() -> None:
    """Import every factcheck module the build can import, compile its module-level lazy
    patterns (`factcheck.lazy_pattern`), and import the libraries of `LAZY_IMPORTS` the build
    has (inside `record`, to record what they compile). A module whose
    imports the build lacks is left out: its patterns are compiled at run time, as they
    would be without a table."""
    import importlib
    import pkgutil

    import factcheck

    for module in pkgutil.walk_packages(factcheck.__path__, "factcheck."):
        if module.name.rpartition(".")[2] == "__main__":
            continue  # importing it runs the command line
        # Only a missing import is passed over (a build without isolation lacks a library;
        # run time compiles that module's patterns). Any other exception is a module broken
        # for every run too: it fails the build, loudly, rather than ship a wheel that fails.
        with contextlib.suppress(ImportError):
            importlib.import_module(module.name)
    from factcheck.lazy_pattern import LazyPattern

    for name, loaded in list(sys.modules.items()):
        if name.split(".")[0] == "factcheck":
            for value in list(vars(loaded).values()):
                if isinstance(value, LazyPattern):
                    value.flags  # noqa: B018  (compiles it, as a run's first use would)
    for name in LAZY_IMPORTS:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


def write_table(table: _Table, folder: Path) -> Path:
    """Write a recorded table into `folder` under this Python's file name."""
    path = folder / file_name(key())
    path.write_bytes(marshal.dumps({"key": key(), **table}))
    return path


# ---------------------------------------------------------------------------------------
# Replaying (the console script)


def _read(path: Path) -> _Table | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None  # none shipped for this Python: an editable install, or another Python
    try:
        stored = marshal.loads(data)
    except (ValueError, EOFError, TypeError) as error:
        log.debug("ignoring %s: %s", path, error)
        return None
    if not isinstance(stored, dict) or stored.get("key") != key():
        return None
    patterns, methods = stored.get("re"), stored.get("methods")
    if not isinstance(patterns, dict) or not isinstance(methods, dict):
        return None
    return {"re": patterns, "methods": methods}


def use_shipped(path: Path | None = None) -> bool:
    """Have `re` and `dataclasses` take what the shipped table recorded for a text they meet,
    for the rest of the process. Whether a table was found and is in use. Only the console
    script calls this: a program that imports factcheck keeps Python's own compiling."""
    if os.environ.get(NO_PRECOMPILED, "").strip() == "1":
        return False
    internals = _re_internals()
    if internals is None or getattr(dataclasses, "exec", None) is not None:
        return False
    table = _read(shipped_path() if path is None else path)
    if table is None:
        return False
    compiler, _, sre = internals
    patterns, methods = table["re"], table["methods"]
    compile_pattern: Callable[..., Any] = compiler.compile

    def compile_shipped(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str | bytes):
            found = patterns.get((pattern, flags))
            if found is not None:
                try:
                    return sre.compile(pattern, *marshal.loads(found))
                except Exception as error:  # noqa: BLE001  (compiled as Python would, below)
                    log.debug("recompiling %r: its shipped codes do not replay: %s", pattern, error)
        return compile_pattern(pattern, flags)

    def exec_shipped(source: Any, globals: Any = None, locals: Any = None) -> None:
        if isinstance(source, str):
            found = methods.get(source)
            if found is not None:
                try:
                    builtins.exec(marshal.loads(found), globals, locals)
                    return
                except Exception as error:  # noqa: BLE001  (compiled as Python would, below)
                    log.debug("recompiling a generated method: its shipped code fails: %s", error)
            # Compiled as `dataclasses` compiles it: `exec` of a string would take this
            # module's `from __future__ import annotations` (the annotations of the
            # generated methods would become strings).
            source = builtins.compile(source, "<string>", "exec", dont_inherit=True)
        builtins.exec(source, globals, locals)

    compiler.compile = compile_shipped
    dataclasses.exec = exec_shipped  # type: ignore[attr-defined]
    return True
