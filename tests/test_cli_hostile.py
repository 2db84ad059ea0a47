"""The command line under hostile or careless use (issue 8): where the report goes, exit
codes for bugs, Ctrl-C, closed or full outputs, host names and control characters."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import REPO_ROOT, SEED_EVIDENCE, Reply, copy_seed_claims
from typer.testing import CliRunner, Result

from factcheck.cli import app
from factcheck.errors import FetchError
from factcheck.sources.fetch import FetchPolicy, fetch_source

SEED_URLS = (
    "https://www.mofa.go.jp/mofaj/na/na1/us/pageit_000001_02506.html",
    "https://worldjpn.net/documents/texts/PI/20251025.O2J.html",
    "https://japan.kantei.go.jp/104/statement/202510/21kaiken.html",
    "https://www.mofa.go.jp/na/na1/us/pageite_000001_01338.html",
)


def invoke(*args: object) -> Result:
    return CliRunner().invoke(app, [str(arg) for arg in args], catch_exceptions=False)


def seed(tmp_path: Path, replacements: dict[str, str] | None = None) -> Path:
    claims = copy_seed_claims(tmp_path / "claims", replacements)
    shutil.copytree(SEED_EVIDENCE, tmp_path / "claims" / "evidence")
    return claims


def run_factcheck(*args: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "FACTCHECK_WAYBACK_URL": "off", "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "factcheck", *args],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


# ── --output never destroys an input ──────────────────────────────────────────


@pytest.mark.parametrize(
    "target",
    ["claims", "article", "index", "capture"],
)
def test_output_refuses_every_input_of_the_run(tmp_path, target):
    claims = seed(tmp_path)
    evidence = claims.parent / "evidence"
    paths = {
        "claims": claims,
        "article": claims.with_name("takaichi-trump-call.article.txt"),
        "index": evidence / "index.json",
        "capture": sorted(evidence.glob("*/*.warc.gz"))[0],
    }
    victim = paths[target]
    before = victim.read_bytes()
    result = invoke("verify", "--offline", "-o", victim, claims)
    assert result.exit_code == 2, result.output
    assert "one of this run's inputs" in result.stderr
    assert victim.read_bytes() == before


def test_output_refuses_a_termbase(tmp_path):
    claims = seed(tmp_path)
    termbase = tmp_path / "house.yaml"
    termbase.write_text("entries: []\n")
    before = termbase.read_bytes()
    result = invoke("verify", "--offline", "--termbase", termbase, "-o", termbase, claims)
    assert result.exit_code == 2, result.output
    assert termbase.read_bytes() == before


def test_output_through_a_link_to_the_claim_file_is_refused(tmp_path):
    claims = seed(tmp_path)
    link = tmp_path / "report.md"
    link.symlink_to(claims)
    before = claims.read_bytes()
    assert invoke("verify", "--offline", "-o", link, claims).exit_code == 2
    assert claims.read_bytes() == before


def test_output_to_a_fifo_writes_into_it(tmp_path):
    claims = seed(tmp_path)
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = invoke("verify", "--offline", "--fail-on", "", "-o", fifo, claims)
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert b"# factcheck report" in received[0]


def test_output_to_a_character_device_writes_into_it(tmp_path):
    claims = seed(tmp_path)
    result = invoke("verify", "--offline", "--fail-on", "", "-o", os.devnull, claims)
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_is_one_line_and_exit_2(tmp_path):
    claims = seed(tmp_path)
    result = invoke("verify", "--offline", "-o", "/dev/full", claims)
    assert result.exit_code == 2
    assert "No space left on device" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_a_regular_output_file_is_replaced_keeping_its_mode(tmp_path):
    claims = seed(tmp_path)
    report = tmp_path / "report.md"
    report.write_text("old")
    report.chmod(0o640)
    assert invoke("verify", "--offline", "--fail-on", "", "-o", report, claims).exit_code == 0
    assert report.read_text().startswith("# factcheck report")
    assert stat.S_IMODE(report.stat().st_mode) == 0o640
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_a_closed_pipe_is_one_line_and_exit_2(tmp_path):
    evidence = seed(tmp_path).parent / "evidence"
    process = run_factcheck("archive", "list", str(evidence), stdout=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.close()  # the reader is gone before anything is written
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 2, stderr
    assert "Traceback" not in stderr
    assert "standard output was closed" in stderr


def test_a_closed_stdout_is_one_line_and_exit_2(tmp_path):
    evidence = seed(tmp_path).parent / "evidence"
    process = run_factcheck(
        "archive",
        "list",
        str(evidence),
        stdout=subprocess.DEVNULL,
        preexec_fn=lambda: os.close(1),
    )
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 2, stderr
    assert "Traceback" not in stderr
    assert "standard output is closed" in stderr


def _closed_stdout() -> None:
    os.close(1)


def _full_stdout() -> None:
    full = os.open("/dev/full", os.O_WRONLY)
    os.dup2(full, 1)
    os.close(full)


def _assert_one_line_exit_2(process: subprocess.Popen, fragment: str) -> None:
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 2, stderr
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert fragment in stderr, stderr


# `--version` alone is answered before typer loads (factcheck.entry); with -v it goes
# through the CLI. Help is written by click while options are parsed: the group's before
# any command runs, a command's inside the group's invoke.
VERSION_AND_HELP = [
    ["--version"],
    ["-v", "--version"],
    ["--help"],
    ["text", "--help"],
    ["verify", "--help"],
    ["archive", "--help"],
    ["archive", "add", "--help"],
]


@pytest.mark.parametrize("args", VERSION_AND_HELP, ids=" ".join)
def test_version_and_help_to_a_closed_stdout_are_one_line_and_exit_2(args):
    process = run_factcheck(*args, stdout=subprocess.DEVNULL, preexec_fn=_closed_stdout)
    _assert_one_line_exit_2(process, "standard output")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", VERSION_AND_HELP, ids=" ".join)
def test_version_and_help_to_a_full_disk_are_one_line_and_exit_2(args):
    process = run_factcheck(*args, stdout=subprocess.DEVNULL, preexec_fn=_full_stdout)
    _assert_one_line_exit_2(process, "No space left on device")


@pytest.mark.parametrize("args", [["--help"], ["text", "--help"]], ids=" ".join)
def test_help_to_a_closed_pipe_is_one_line_and_exit_2(args):
    # Help is longer than a pipe's buffer only with a reader that is gone: close it first.
    process = run_factcheck(*args, stdout=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.close()
    _assert_one_line_exit_2(process, "standard output")


def test_the_fast_version_path_writes_through_the_cli_writer(monkeypatch):
    # Only factcheck.cli (and the typer-free writer it owns) writes to standard output.
    from factcheck import cli_output, entry
    from factcheck.cli import apps

    written = []
    monkeypatch.setattr(cli_output, "write_stdout", written.append)
    monkeypatch.setattr("sys.argv", ["factcheck", "--version"])
    entry.main()
    assert written == [f"factcheck {apps.__version__}\n"]
    assert cli_output.EXIT_USAGE == apps.EXIT_USAGE


# ── one exit-code rule for bugs ───────────────────────────────────────────────


def test_an_internal_error_exits_3_naming_the_claim_file_and_source(tmp_path, monkeypatch):
    claims = seed(tmp_path)

    def broken(*args, **kwargs):
        raise RuntimeError("something impossible\nwith a second line")

    monkeypatch.setattr("factcheck.verify.cached_document", broken)
    result = invoke("verify", "--offline", claims)
    assert result.exit_code == 3, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert f"claim file {claims}" in lines[0]
    assert "source " in lines[0] and "https://" in lines[0]
    assert "RuntimeError: something impossible" in lines[0]
    assert "-v" in lines[0]
    assert "Traceback" not in result.output


def test_with_verbose_the_internal_error_shows_its_traceback(tmp_path, monkeypatch):
    claims = seed(tmp_path)

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("factcheck.verify.cached_document", broken)
    result = invoke("-v", "verify", "--offline", claims)
    assert result.exit_code == 3
    assert "Traceback" in result.stderr and "RuntimeError: boom" in result.stderr


# ── Ctrl-C ────────────────────────────────────────────────────────────────────


def test_ctrl_c_stops_slow_fetches_and_exits_130(tmp_path, local_server):
    slow = Reply(body="<p>too late</p>", delay=60)
    replacements = {}
    for number, url in enumerate(SEED_URLS):
        replacements[url] = local_server.add(f"/slow{number}.html", slow)
    claims = copy_seed_claims(tmp_path / "claims", replacements)
    process = run_factcheck("verify", "--allow-private", str(claims), stdout=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while len(local_server.requests) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(local_server.requests) >= 2, "the fetches never started"
    sent = time.monotonic()
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    took = time.monotonic() - sent
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr
    assert "Traceback" not in stderr
    # The servers answer after 60 s: ending far sooner means the fetches were stopped, not
    # waited for (the bound is loose so a loaded machine does not fail it).
    assert took < 20, took


# ── the fetch deadline holds against a server that drips its headers ──────────


def test_a_server_dripping_headers_is_cut_at_the_total_deadline():
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    stop = threading.Event()

    def drip() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.recv(65536)
            connection.sendall(b"HTTP/1.1 200 OK\r\nX-Drip: ")
            ends = time.monotonic() + 60  # a minute of headers, one byte at a time
            while not stop.wait(0.1) and time.monotonic() < ends:
                try:
                    connection.sendall(b"a")
                except OSError:
                    return

    server = threading.Thread(target=drip, daemon=True)
    server.start()
    policy = FetchPolicy(allow_private=True, total_timeout=1.5, read_timeout=1.0, max_retries=0)
    started = time.monotonic()
    try:
        with pytest.raises(FetchError, match=r"timed out after 1.5s \(total\)"):
            fetch_source(f"http://127.0.0.1:{port}/", policy)
    finally:
        stop.set()
        listener.close()
    assert time.monotonic() - started < 20  # far below the minute the server drips for


# ── host names, and control characters from pages ─────────────────────────────


def test_a_host_with_a_64_character_label_is_a_claim_file_error(tmp_path):
    long_host = "a" * 64 + ".example.com"
    claims = copy_seed_claims(tmp_path, {"worldjpn.net": long_host})
    result = invoke("verify", "--offline", claims)
    assert result.exit_code == 2, result.output
    assert f"{claims}:" in result.stderr and "64-character label" in result.stderr
    line = (
        claims.read_text()
        .splitlines()
        .index(next(row for row in claims.read_text().splitlines() if long_host in row))
    )
    assert f"{claims}:{line + 1}:" in result.stderr


def test_control_characters_from_a_page_reach_no_terminal(tmp_path):
    page = tmp_path / "page.html"
    hostile = "Title\x1b]0;owned\x07 \u202eevil\u202c \x9bend"
    page.write_text(
        f"<html><head><title>{hostile}</title></head><body><p>The minister said {hostile} "
        "in the statement today.</p></body></html>",
        encoding="utf-8",
    )
    result = invoke("text", page)
    assert result.exit_code == 0, result.output
    for char in ("\x1b", "\x07", "\u202e", "\u202c", "\x9b"):
        assert char not in result.stdout
    assert "\\u001b" in result.stdout and "\\u202e" in result.stdout


def test_control_characters_in_claims_are_escaped_in_markdown_and_json_keeps_them_as_codes(
    tmp_path,
):
    claims = seed(tmp_path)
    text = claims.read_text(encoding="utf-8")
    title_line = next(row for row in text.splitlines() if row.strip().startswith("title:"))
    hostile = title_line.split("title:", 1)[0] + 'title: "Bad \\e[31m red \\u202e title"'
    claims.write_text(text.replace(title_line, hostile, 1), encoding="utf-8")
    markdown = invoke("verify", "--offline", "--fail-on", "", claims)
    assert markdown.exit_code == 0, markdown.output
    assert "\x1b" not in markdown.stdout and "\u202e" not in markdown.stdout
    assert "\\u001b" in markdown.stdout
    report = invoke("verify", "--offline", "--fail-on", "", "-f", "json", claims)
    # JSON writes the escape and the bidi override as \u001b and \u202e codes …
    assert "\x1b" not in report.stdout and "\u202e" not in report.stdout
    assert "\\u202e" in report.stdout
    # … and keeps the data: it reads back exactly as the claim file gave it.
    assert json.loads(report.stdout)["article"]["title"] == "Bad \x1b[31m red \u202e title"


# ── files given on the command line are read capped, and only when regular ────


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("command", ["text", "archive add", "archive import"])
def test_a_fifo_given_as_input_is_refused_without_hanging(tmp_path, command):
    fifo = tmp_path / "input.fifo"
    os.mkfifo(fifo)  # reading it would wait forever for a writer
    args = {
        "text": ["text", fifo],
        "archive add": ["archive", "add", SEED_URLS[0], fifo, "--archive", tmp_path / "evidence"],
        "archive import": ["archive", "import", fifo, "--archive", tmp_path / "evidence"],
    }[command]
    result = invoke(*args)
    assert result.exit_code == 2, result.output
    assert f"{fifo}: the " in result.stderr and "is not a regular file" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("command", "limit_name", "hint"),
    [("archive add", "MAX_ARCHIVED_BODY", ""), ("archive import", "MAX_CAPTURE_FILE", "split")],
)
def test_an_input_over_its_cap_is_refused_before_it_is_read(
    tmp_path, monkeypatch, command, limit_name, hint
):
    monkeypatch.setattr(f"factcheck.sources.archive.read.{limit_name}", 100)
    big = tmp_path / "big.input"
    big.write_bytes(b"x" * 101)
    args = {
        "archive add": ["archive", "add", SEED_URLS[0], big, "--archive", tmp_path / "evidence"],
        "archive import": ["archive", "import", big, "--archive", tmp_path / "evidence"],
    }[command]
    result = invoke(*args)
    assert result.exit_code == 2, result.output
    assert f"{big}: the " in result.stderr
    assert "is 101 bytes; the limit is 100 bytes" in result.stderr
    assert hint in result.stderr
    assert not list(tmp_path.rglob("*.warc.gz"))
