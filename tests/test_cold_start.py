"""What a start loads: the parsers, the network stack and the dictionaries only when a run
needs them (issue 14). Checked in fresh interpreters, by the modules they end up holding."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import REPO_ROOT, SEED_CLAIMS

HEAVY = ("bs4", "soupsieve", "lxml", "pypdf", "trafilatura", "httpx", "httpcore")


def _modules_after(code: str, env: dict[str, str] | None = None) -> set[str]:
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO_ROOT,
        env={**os.environ, **(env or {})},
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return [name for name in names if name in modules]


def test_importing_the_pipeline_loads_no_parser_and_no_network_stack():
    modules = _modules_after("import factcheck.verify, factcheck.cli")
    assert _loaded(modules, HEAVY) == []


def test_the_version_loads_neither_the_cli_nor_the_pipeline():
    modules = _modules_after(
        "import sys\nsys.argv = ['factcheck', '--version']\nfrom factcheck.entry import main\n"
        "main()"
    )
    assert _loaded(modules, ("typer", "factcheck.cli", "factcheck.verify", *HEAVY)) == []


def test_an_offline_verify_with_its_documents_cached_parses_no_html_and_never_networks(
    tmp_path,
):
    run = (
        "import sys\n"
        f"sys.argv = ['factcheck', 'verify', '--offline', '--fail-on', '', {str(SEED_CLAIMS)!r}]\n"
        "from factcheck.entry import main\n"
        "try:\n    main()\nexcept SystemExit as done:\n    assert done.code == 0, done.code\n"
    )
    env = {"FACTCHECK_CACHE_DIR": str(tmp_path / "cache")}
    cold = _modules_after(run, env)
    assert "bs4" in cold  # the first run extracts the pages
    warm = _modules_after(run, env)
    assert _loaded(warm, HEAVY) == []
    # Every Japanese sentence was analysed before: the dictionary is not even imported.
    assert "sudachipy" in cold
    assert "sudachipy" not in warm
    # Every document comes from the extraction cache, split into sentences already.
    assert "factcheck.text.sentences" in cold
    assert "factcheck.text.sentences" not in warm


def test_a_lint_with_its_termbase_cached_loads_no_language_module_and_no_yaml(tmp_path):
    article = tmp_path / "article.md"
    article.write_text("Prime Minister Takaichi spoke with the Indo Pacific partners.\n")
    run = (
        "import sys\n"
        f"sys.argv = ['factcheck', 'lint', {str(article)!r}]\n"
        "from factcheck.entry import main\n"
        "try:\n    main()\nexcept SystemExit as done:\n    assert done.code in (0, 1), done.code\n"
    )
    env = {"FACTCHECK_CACHE_DIR": str(tmp_path / "cache")}
    _modules_after(run, env)  # builds the compiled termbase
    warm = _modules_after(run, env)
    # Lint asks a language only whether it is written with spaces: the registry knows.
    languages = ("en", "en_words", "en_lexicon", "ja", "ja_morphology", "ja_lexicon")
    assert _loaded(warm, tuple(f"factcheck.languages.{name}" for name in languages)) == []
    assert "factcheck.languages.interface" not in warm
    # Its termbase and configuration are read without PyYAML: nothing there is YAML; and
    # findings need neither the pipeline's values nor its report renderers.
    assert _loaded(warm, ("yaml", "factcheck.model", "factcheck.render.json_report")) == []
    # A plain lint runs without typer and the other commands (factcheck.cli_lint).
    assert _loaded(warm, ("typer", "factcheck.cli")) == []
