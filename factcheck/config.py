"""Project configuration: `factcheck.toml`, or `[tool.factcheck]` in `pyproject.toml`.

Takes a starting path; gives the `Config` of the nearest configuration file found walking
up from it (defaults when there is none). In each folder `factcheck.toml` wins over
`pyproject.toml`, and a `pyproject.toml` without a `[tool.factcheck]` table is passed over,
so a package's own pyproject does not hide the newsroom's configuration above it.

    # factcheck.toml                     # pyproject.toml
    termbases = ["terms/house.yaml"]     [tool.factcheck]
    builtin-termbase = true              termbases = ["terms/house.tbx"]
    language = "en"

Paths are relative to the file that names them. Problems raise `ConfigError` at file:line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.claimfiles.textfiles import read_text_file, suggest
from factcheck.errors import ConfigError, Location

CONFIG_FILE = "factcheck.toml"
PYPROJECT = "pyproject.toml"
_KEYS = frozenset({"termbases", "builtin-termbase", "language"})
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
_DECODE_PLACE = re.compile(r"\s*\(at line (\d+), column (\d+)\)")
_AT_END = re.compile(r"\s*\(at end of document\)")


@dataclass(frozen=True)
class Config:
    """Settings for a run; the defaults apply when no configuration file is found."""

    path: Path | None = None
    """The file the settings come from; None for the defaults."""
    termbases: tuple[Path, ...] = ()
    """User termbases (YAML or TBX), loaded after the built-in one, in order."""
    builtin_termbase: bool = True
    """Whether the built-in diplomatic termbase is loaded."""
    language: str = "en"
    """Language of the articles linted."""


def load_config(start: Path) -> Config:
    """The configuration nearest to `start` (a file or a folder), walking up to the root."""
    folder = start if start.is_dir() else start.parent
    for candidate in [folder.resolve(), *folder.resolve().parents]:
        own = candidate / CONFIG_FILE
        if own.is_file():
            return parse_config(_read(own), own, section=False)
        pyproject = candidate / PYPROJECT
        if pyproject.is_file():
            text = _read(pyproject)
            if _has_tool_table(text):
                return parse_config(text, pyproject, section=True)
    return Config()


def parse_config(text: str, path: Path, *, section: bool) -> Config:
    """The settings in `text`: top-level keys, or the `[tool.factcheck]` table if `section`."""
    data = _parse_toml(text, path)
    table_name = "tool.factcheck" if section else ""
    table: Any = data.get("tool", {}).get("factcheck", {}) if section else data
    if not isinstance(table, dict):
        raise ConfigError("[tool.factcheck] must be a table", Location(str(path)))

    def fail(key: str, message: str, hint: str = "") -> ConfigError:
        return ConfigError(message, Location(str(path), _line_of(text, key, table_name)), hint)

    for key in table:
        if key not in _KEYS:
            raise fail(key, f"unknown setting '{key}'", suggest(key, _KEYS))
    termbases: list[Path] = []
    raw = table.get("termbases", [])
    if not isinstance(raw, list) or not all(isinstance(item, str) and item for item in raw):
        raise fail("termbases", "termbases must be a list of file paths", 'e.g. ["house.yaml"]')
    for item in raw:
        termbase = Path(item)
        termbases.append(termbase if termbase.is_absolute() else path.parent / termbase)
    builtin = table.get("builtin-termbase", True)
    if not isinstance(builtin, bool):
        raise fail("builtin-termbase", "builtin-termbase must be true or false")
    language = table.get("language", "en")
    if not isinstance(language, str) or not _LANGUAGE.match(language):
        raise fail("language", f"language must be a language code, got {language!r}", "e.g. en")
    return Config(path, tuple(termbases), builtin, language)


def _read(path: Path) -> str:
    return read_text_file(path, ConfigError, "configuration file")


def _parse_toml(text: str, path: Path) -> dict[str, Any]:
    # Imported here: most runs find no configuration, or a pyproject.toml without a
    # [tool.factcheck] table, and never parse TOML.
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        place = _DECODE_PLACE.search(message)
        line, column = (int(place.group(1)), int(place.group(2))) if place else (0, 0)
        if _AT_END.search(message):
            lines = text.split("\n")
            line, column = len(lines), len(lines[-1]) + 1
        problem = _AT_END.sub("", _DECODE_PLACE.sub("", message)) or "malformed TOML"
        raise ConfigError(
            f"malformed TOML: {problem}", Location(str(path), line, column), "fix the TOML syntax"
        ) from None


def _has_tool_table(text: str) -> bool:
    # Cheap test before parsing: most pyproject files have nothing for us.
    return re.search(r"^\s*\[\s*tool\s*\.\s*factcheck\s*\]|tool\.factcheck", text, re.M) is not None


def _line_of(text: str, key: str, table: str) -> int:
    """The line where `key` is set in `table` ("" for the top level); 0 when not found."""
    current = ""
    setting = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        header = re.match(r"^\s*\[([^\[\]]+)\]", line)
        if header:
            current = re.sub(r"\s+", "", header.group(1))
        elif current == table and setting.match(line):
            return number
    return 0
