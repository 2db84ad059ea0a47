"""Configuration: the nearest factcheck.toml or [tool.factcheck], with file:line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.config import Config, load_config
from factcheck.errors import ConfigError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_no_configuration_gives_defaults(tmp_path):
    assert load_config(tmp_path) == Config()


def test_nearest_file_upward_with_paths_relative_to_it(tmp_path):
    config = write(tmp_path / "factcheck.toml", 'termbases = ["terms/house.yaml"]\n')
    article = write(tmp_path / "desk" / "today" / "article.txt", "text")
    loaded = load_config(article)
    assert loaded.path == config.resolve()
    assert loaded.termbases == (tmp_path.resolve() / "terms" / "house.yaml",)
    assert loaded.builtin_termbase is True and loaded.language == "en"


def test_pyproject_table_and_skipping_pyprojects_without_one(tmp_path):
    write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.factcheck]\ntermbases = ["house.tbx"]\n'
        'builtin-termbase = false\nlanguage = "en-GB"\n',
    )
    write(tmp_path / "pkg" / "pyproject.toml", '[project]\nname = "inner"\n')
    loaded = load_config(tmp_path / "pkg")
    assert loaded.path == (tmp_path / "pyproject.toml").resolve()
    assert loaded.termbases == (tmp_path.resolve() / "house.tbx",)
    assert loaded.builtin_termbase is False and loaded.language == "en-GB"


def test_factcheck_toml_wins_in_the_same_folder(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.factcheck]\ntermbases = ["a.yaml"]\n')
    write(tmp_path / "factcheck.toml", 'termbases = ["b.yaml"]\n')
    assert load_config(tmp_path).termbases == (tmp_path.resolve() / "b.yaml",)


@pytest.mark.parametrize(
    ("name", "text", "where", "words"),
    [
        (
            "factcheck.toml",
            'language = "en"\ntermbase = ["a"]\n',
            ":2: ",
            "did you mean 'termbases'",
        ),
        ("factcheck.toml", "termbases = [1]\n", ":1: ", "must be a list of file paths"),
        ("factcheck.toml", "\nbuiltin-termbase = 1\n", ":2: ", "must be true or false"),
        ("factcheck.toml", 'language = "English"\n', ":1: ", "must be a language code"),
        ("factcheck.toml", "termbases = [\n", ":2:1: ", "malformed TOML"),
        ("factcheck.toml", 'language = "en"\ntermbases = [1,,]\n', ":2:16: ", "malformed TOML"),
        (
            "pyproject.toml",
            "[tool]\nx = 1\n[tool.factcheck]\nbogus = 1\n",
            ":4: ",
            "unknown setting",
        ),
    ],
)
def test_bad_configuration_says_where(tmp_path, name, text, where, words):
    path = write(tmp_path / name, text)
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    message = str(caught.value)
    assert message.startswith(f"{path.resolve()}{where}"), message
    assert words in message
