"""The evidence archive (factcheck.sources.archive): WARC captures, index, atomic writes."""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import hashlib
import json
import multiprocessing
import os
from pathlib import Path

import pytest
from conftest import Reply
from warcio.archiveiterator import ArchiveIterator

from factcheck.errors import ArchiveError, FetchError, NotArchivedError
from factcheck.model import CaptureOrigin
from factcheck.sources.archive import files as archive_files
from factcheck.sources.archive import read as archive_read
from factcheck.sources.archive import write as archive_write
from factcheck.sources.archive.evidence import EvidenceArchive
from factcheck.sources.archive.files import capture_path
from factcheck.sources.archive.index import INDEX_NAME
from factcheck.sources.archive.retrieve import get_capture
from factcheck.sources.fetch import FetchPolicy, fetch_source

LOCAL = FetchPolicy(allow_private=True)
PAGE = "<html><body><h1>会談</h1><p>両首脳は電話で会談した。</p></body></html>".encode()
SOURCE_URL = "https://www.mofa.go.jp/mofaj/na/na1/us/pageit_000001_02506.html"
WHEN = dt.datetime(2025, 10, 26, 9, 0, tzinfo=dt.UTC)


def warc_files(root: Path) -> list[Path]:
    return sorted(root.glob("*/*.warc.gz"))


def records(path: Path) -> list:
    """Every record of a WARC file, with its payload read (digests checked on the way)."""
    with path.open("rb") as fh:
        return [
            (r.rec_type, r.rec_headers, r.http_headers, r.raw_stream.read())
            for r in ArchiveIterator(fh, check_digests="raise")
        ]


def sha1_b32(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


@pytest.fixture
def gzip_page(local_server):
    packed = gzip.compress(PAGE)
    url = local_server.add(
        "/readout.html",
        Reply(body=packed, headers={"Content-Encoding": "gzip"}, chunked=True, chunk_size=40),
    )
    return url, packed


# ── live captures ─────────────────────────────────────────────────────────────


def test_fetched_page_is_stored_and_read_back_byte_identical(tmp_path, gzip_page):
    url, _ = gzip_page
    archive = EvidenceArchive(tmp_path / "evidence")
    fetched = fetch_source(url, LOCAL)
    stored = archive.store(fetched)
    assert stored.origin is CaptureOrigin.LIVE

    replayed = archive.latest(url)
    assert replayed is not None
    assert replayed.body == PAGE
    assert replayed.sha256 == hashlib.sha256(PAGE).hexdigest() == stored.sha256
    assert replayed.origin is CaptureOrigin.ARCHIVE
    assert replayed.url == url and replayed.final_url == url
    assert replayed.fetched_at == stored.fetched_at
    assert replayed.status == 200
    assert replayed.content_type == "text/html; charset=utf-8"


def test_warc_records_are_faithful_and_linked(tmp_path, gzip_page):
    url, packed = gzip_page
    archive = EvidenceArchive(tmp_path)
    fetched = fetch_source(url, LOCAL)
    archive.store(fetched)
    [path] = warc_files(tmp_path)
    found = records(path)
    assert [kind for kind, *_ in found] == ["warcinfo", "request", "response", "metadata"]
    _, request_headers, request_http, _ = found[1]
    _, response_headers, response_http, payload = found[2]
    _, metadata_headers, _, metadata = found[3]

    assert response_headers.protocol == "WARC/1.1"
    # The raw wire bytes, still gzip-encoded, with digests over them.
    assert payload == packed
    assert response_headers.get_header("WARC-Payload-Digest") == sha1_b32(packed)
    assert response_headers.get_header("WARC-Block-Digest").startswith("sha1:")
    assert response_headers.get_header("WARC-Target-URI") == url
    assert response_headers.get_header("WARC-IP-Address") == "127.0.0.1"
    assert response_headers.get_header("WARC-Date") == fetched.capture.fetched_at.strftime(
        "%Y-%m-%dT%H:%M:%S.%fZ"
    )
    assert response_http.get_statuscode() == "200"
    assert response_http.get_header("Content-Encoding") == "gzip"
    # The body was de-chunked by the client, so the header that says otherwise is dropped.
    assert response_http.get_header("Transfer-Encoding") is None

    response_id = response_headers.get_header("WARC-Record-ID")
    assert request_headers.get_header("WARC-Concurrent-To") == response_id
    assert metadata_headers.get_header("WARC-Concurrent-To") == response_id
    assert request_http.protocol == "GET"
    assert request_http.get_header("User-Agent").startswith("factcheck/")

    fields = json.loads(metadata)
    assert fields["origin"] == "live"
    assert fields["sha256"] == hashlib.sha256(PAGE).hexdigest()
    assert fields["url"] == fields["final_url"] == url
    assert fields["transfer_encoding_removed"] is True
    assert metadata_headers.get_header("WARC-Factcheck-Origin") == "live"


def test_redirected_capture_is_filed_under_the_url_asked_for(tmp_path, local_server):
    final = local_server.add("/new", PAGE)
    start = local_server.redirect("/old", "/new")
    archive = EvidenceArchive(tmp_path)
    archive.store(fetch_source(start, LOCAL))
    replayed = archive.latest(start)
    assert replayed is not None and replayed.final_url == final
    assert archive.latest(final) is None
    [path] = warc_files(tmp_path)
    fields = json.loads(records(path)[3][3])
    assert fields["redirects"] == [start]


def test_file_names_are_safe_and_deterministic(tmp_path):
    archive = EvidenceArchive(tmp_path)
    capture = archive.add_reconstruction(SOURCE_URL, PAGE, "text/html", "ours", WHEN)
    name = capture_path(capture)
    url_hash = hashlib.sha1(SOURCE_URL.encode()).hexdigest()[:12]
    assert name == f"www.mofa.go.jp/{url_hash}-20251026T090000000000Z-{capture.sha256[:8]}.warc.gz"
    assert [p.relative_to(tmp_path).as_posix() for p in warc_files(tmp_path)] == [name]


@pytest.mark.parametrize(
    ("url", "folder"),
    [
        ("http://[::1]:8080/x", "_1_8080"),
        ("http://127.0.0.1:9/x", "127.0.0.1_9"),
        ("http://EXAMPLE.org/a/../../b", "example.org"),
    ],
)
def test_host_folders_cannot_escape_the_root(tmp_path, url, folder):
    archive = EvidenceArchive(tmp_path)
    capture = archive.add_reconstruction(url, b"x", "text/plain", "test", WHEN)
    path = capture_path(capture)
    assert path.split("/")[0] == folder
    assert path.count("/") == 1 and ".." not in path


# ── reconstructions ───────────────────────────────────────────────────────────


def test_reconstruction_round_trip(tmp_path):
    archive = EvidenceArchive(tmp_path)
    note = "Written by the factcheck project from the fact sheet; not the ministry's page."
    archive.add_reconstruction(SOURCE_URL, PAGE, "text/html; charset=utf-8", note, WHEN)

    capture = archive.latest(SOURCE_URL)
    assert capture is not None
    assert capture.origin is CaptureOrigin.RECONSTRUCTION
    assert capture.note == note
    assert capture.body == PAGE
    assert capture.fetched_at == WHEN
    assert capture.content_type == "text/html; charset=utf-8"
    assert capture.sha256 == hashlib.sha256(PAGE).hexdigest()

    [path] = warc_files(tmp_path)
    found = records(path)
    assert [kind for kind, *_ in found] == ["warcinfo", "resource", "metadata"]
    _, resource_headers, _, payload = found[1]
    assert payload == PAGE
    assert resource_headers.get_header("WARC-Factcheck-Origin") == "reconstruction"
    assert resource_headers.get_header("Content-Type") == "text/html; charset=utf-8"
    assert resource_headers.get_header("WARC-Date") == "2025-10-26T09:00:00.000000Z"
    assert json.loads(found[2][3])["note"] == note


def test_reconstruction_needs_a_note(tmp_path):
    with pytest.raises(ArchiveError, match="needs a note"):
        EvidenceArchive(tmp_path).add_reconstruction(SOURCE_URL, PAGE, "text/html", " ", WHEN)
    assert warc_files(tmp_path) == []


def test_latest_is_the_newest_and_captures_lists_newest_first(tmp_path):
    archive = EvidenceArchive(tmp_path)
    for day, text in [(27, b"second"), (25, b"first"), (29, b"third")]:
        when = dt.datetime(2025, 10, day, tzinfo=dt.UTC)
        archive.add_reconstruction(SOURCE_URL, text, "text/plain", "test", when)
    archive.add_reconstruction("https://a.example/", b"other", "text/plain", "test", WHEN)
    latest = archive.latest(SOURCE_URL)
    assert latest is not None and latest.body == b"third"
    listed = archive.captures()
    assert [c.body for c in listed] == [b"other", b"third", b"second", b"first"]
    assert [c.body for c in archive.captures(SOURCE_URL)] == [b"third", b"second", b"first"]


def test_fragment_does_not_split_captures(tmp_path):
    archive = EvidenceArchive(tmp_path)
    archive.add_reconstruction(SOURCE_URL + "#section2", PAGE, "text/html", "test", WHEN)
    assert archive.latest(SOURCE_URL) is not None


# ── get_capture: offline, reuse, refresh ──────────────────────────────────────


def test_offline_with_a_missing_capture_says_what_to_do(tmp_path):
    archive = EvidenceArchive(tmp_path / "evidence")
    with pytest.raises(NotArchivedError) as caught:
        get_capture(SOURCE_URL, archive, offline=True, refresh=False, policy=LOCAL)
    assert caught.value.url == SOURCE_URL
    assert str(tmp_path / "evidence") in caught.value.reason
    assert "factcheck fetch" in caught.value.reason
    assert not (tmp_path / "evidence").exists()  # reading never creates the archive


def test_offline_reads_the_archive_and_never_the_network(tmp_path, local_server):
    url = local_server.add("/p", PAGE)
    archive = EvidenceArchive(tmp_path)
    archive.add_reconstruction(url, PAGE, "text/html", "test", WHEN)
    capture = get_capture(url, archive, offline=True, refresh=True, policy=LOCAL)
    assert capture.body == PAGE
    assert local_server.requests == []


def test_online_reuses_the_archive_unless_refreshed(tmp_path, local_server):
    url = local_server.add("/p", b"version one", b"version two")
    archive = EvidenceArchive(tmp_path)
    first = get_capture(url, archive, offline=False, refresh=False, policy=LOCAL)
    assert first.origin is CaptureOrigin.LIVE and first.body == b"version one"
    again = get_capture(url, archive, offline=False, refresh=False, policy=LOCAL)
    assert again.origin is CaptureOrigin.ARCHIVE and again.body == b"version one"
    assert len(local_server.requests) == 1
    fresh = get_capture(url, archive, offline=False, refresh=True, policy=LOCAL)
    assert fresh.origin is CaptureOrigin.LIVE and fresh.body == b"version two"
    assert len(archive.entries(url)) == 2


def test_failed_fetch_stores_nothing(tmp_path, local_server):
    archive = EvidenceArchive(tmp_path)
    with pytest.raises(FetchError, match="HTTP 404"):
        get_capture(local_server.url("/gone"), archive, offline=False, refresh=False, policy=LOCAL)
    assert warc_files(tmp_path) == []


# ── the index ─────────────────────────────────────────────────────────────────


def test_index_is_sorted_and_rebuilt_when_missing_or_broken(tmp_path):
    archive = EvidenceArchive(tmp_path)
    archive.add_reconstruction("https://b.example/", b"b", "text/plain", "test", WHEN)
    archive.add_reconstruction("https://a.example/", b"a2", "text/plain", "test", WHEN)
    archive.add_reconstruction(
        "https://a.example/", b"a1", "text/plain", "test", WHEN - dt.timedelta(days=1)
    )
    index = json.loads((tmp_path / INDEX_NAME).read_text())
    keys = [(e["url"], e["fetched_at"]) for e in index["captures"]]
    assert keys == sorted(keys) and len(keys) == 3

    (tmp_path / INDEX_NAME).unlink()
    assert len(EvidenceArchive(tmp_path).entries()) == 3
    assert json.loads((tmp_path / INDEX_NAME).read_text()) == index

    (tmp_path / INDEX_NAME).write_text("{ not json")
    assert len(EvidenceArchive(tmp_path).entries()) == 3
    assert json.loads((tmp_path / INDEX_NAME).read_text()) == index


def test_index_catches_up_with_files_it_does_not_list(tmp_path):
    archive = EvidenceArchive(tmp_path)
    archive.add_reconstruction("https://a.example/", b"a", "text/plain", "test", WHEN)
    stale = (tmp_path / INDEX_NAME).read_text()
    archive.add_reconstruction("https://b.example/", b"b", "text/plain", "test", WHEN)
    # Another run wrote an older index last: the file on disk is still found.
    (tmp_path / INDEX_NAME).write_text(stale)
    assert EvidenceArchive(tmp_path).latest("https://b.example/") is not None


def test_index_is_stable_on_a_fresh_checkout(tmp_path):
    archive = EvidenceArchive(tmp_path)
    archive.add_reconstruction(SOURCE_URL, PAGE, "text/html", "test", WHEN)
    before = (tmp_path / INDEX_NAME).read_bytes()
    for path in warc_files(tmp_path):
        os.utime(path, (0, 0))  # as after a git clone: new mtimes
    EvidenceArchive(tmp_path).entries()
    assert (tmp_path / INDEX_NAME).read_bytes() == before


def test_read_only_archive_is_still_readable(tmp_path, monkeypatch):
    archive = EvidenceArchive(tmp_path)
    archive.add_reconstruction(SOURCE_URL, PAGE, "text/html", "test", WHEN)
    (tmp_path / INDEX_NAME).unlink()

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(archive_files.tempfile, "mkstemp", refuse)
    assert EvidenceArchive(tmp_path).latest(SOURCE_URL) is not None


# ── crashes, corruption, concurrency ──────────────────────────────────────────


class Crash(BaseException):
    """Stands in for the process being killed mid-write."""


def test_crash_mid_write_leaves_no_partial_capture(tmp_path, monkeypatch):
    archive = EvidenceArchive(tmp_path)
    archive.add_reconstruction(SOURCE_URL, PAGE, "text/html", "first", WHEN)
    before = sorted(p.name for p in tmp_path.rglob("*"))

    def crash(fd):
        raise Crash

    monkeypatch.setattr(archive_files.os, "fsync", crash)
    later = WHEN + dt.timedelta(days=1)
    with pytest.raises(Crash):
        archive.add_reconstruction(SOURCE_URL, b"second", "text/html", "second", later)
    monkeypatch.undo()

    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    capture = EvidenceArchive(tmp_path).latest(SOURCE_URL)
    assert capture is not None and capture.note == "first"


def test_leftover_temporary_files_from_a_killed_run_are_ignored(tmp_path):
    archive = EvidenceArchive(tmp_path)
    capture = archive.add_reconstruction(SOURCE_URL, PAGE, "text/html", "test", WHEN)
    folder = (tmp_path / capture_path(capture)).parent
    (folder / ".abc.warc.gz.x1y2.part").write_bytes(b"WARC/1.1\r\nhalf a rec")
    assert len(EvidenceArchive(tmp_path).entries()) == 1


def test_corrupt_capture_file_is_reported(tmp_path):
    archive = EvidenceArchive(tmp_path)
    archive.add_reconstruction(SOURCE_URL, PAGE, "text/html", "test", WHEN)
    [path] = warc_files(tmp_path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    (tmp_path / INDEX_NAME).unlink()
    with pytest.raises(ArchiveError, match="is corrupt"):
        EvidenceArchive(tmp_path).latest(SOURCE_URL)


def test_payload_not_matching_its_recorded_sha256_is_corrupt(tmp_path, monkeypatch):
    archive = EvidenceArchive(tmp_path)
    original = archive_write.metadata_record

    def lying_metadata(writer, capture, concurrent_to, extra):
        return original(writer, capture, concurrent_to, {**extra, "sha256": "0" * 64})

    monkeypatch.setattr(archive_write, "metadata_record", lying_metadata)
    with pytest.raises(ArchiveError, match=r"is corrupt: its body's SHA-256"):
        archive.add_reconstruction(SOURCE_URL, PAGE, "text/html", "test", WHEN)


def test_archived_gzip_bomb_is_refused(tmp_path, local_server, monkeypatch):
    monkeypatch.setattr(archive_read, "MAX_ARCHIVED_BODY", 10_000)
    url = local_server.add(
        "/big", Reply(body=gzip.compress(bytes(50_000)), headers={"Content-Encoding": "gzip"})
    )
    archive = EvidenceArchive(tmp_path)
    with pytest.raises(ArchiveError, match="decompresses to over 10000 bytes"):
        archive.store(fetch_source(url, LOCAL))


def test_root_that_is_a_file_is_an_archive_error(tmp_path):
    (tmp_path / "evidence").write_text("")
    with pytest.raises(ArchiveError, match="not a folder"):
        EvidenceArchive(tmp_path / "evidence")


def _add_many(root: str, worker: int, count: int) -> None:
    archive = EvidenceArchive(Path(root))
    for i in range(count):
        when = WHEN + dt.timedelta(seconds=i)
        body = f"worker {worker} capture {i}".encode()
        archive.add_reconstruction(SOURCE_URL, body, "text/plain", f"w{worker}", when)


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_add_many, args=(str(tmp_path), w, 8)) for w in (1, 2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    archive = EvidenceArchive(tmp_path)
    captures = archive.captures(SOURCE_URL)
    assert len(captures) == 16
    assert {c.body for c in captures} == {
        f"worker {w} capture {i}".encode() for w in (1, 2) for i in range(8)
    }
    assert len(json.loads((tmp_path / INDEX_NAME).read_text())["captures"]) == 16


def test_refetching_an_unchanged_page_adds_no_file(tmp_path, local_server):
    url = local_server.add("/p", b"same bytes")
    archive = EvidenceArchive(tmp_path)
    first = get_capture(url, archive, offline=False, refresh=True, policy=LOCAL)
    again = get_capture(url, archive, offline=False, refresh=True, policy=LOCAL)
    assert again.origin is CaptureOrigin.LIVE and again.sha256 == first.sha256
    assert len(local_server.requests) == 2
    assert len(warc_files(tmp_path)) == 1


def test_store_adds_metadata_fields(tmp_path, local_server):
    url = local_server.add("/p", PAGE)
    archive = EvidenceArchive(tmp_path)
    archive.store(fetch_source(url, LOCAL), metadata={"retrieved_at": "2026-01-01T00:00:00Z"})
    (path,) = warc_files(tmp_path)
    (meta,) = [payload for kind, _, _, payload in records(path) if kind == "metadata"]
    fields = json.loads(meta)
    assert fields["retrieved_at"] == "2026-01-01T00:00:00Z"
    assert fields["url"] == url


# ── factcheck fetch: drift, failures, two runs at once, a killed run ─────────


V1 = (
    "<html><body><h1>Readout</h1>"
    "<p>The call lasted about ten minutes. The leaders agreed to meet.</p></body></html>"
)
V2 = V1.replace("ten minutes", "fifteen minutes")


def write_claims(folder: Path, urls: dict[str, str]) -> Path:
    """A minimal claim file whose one claim rests on every source."""
    lines = ["version: 1", "article:", "  title: A test article", "  published: 2025-10-26"]
    lines.append("sources:")
    for source_id, url in urls.items():
        lines += [f"  - id: {source_id}", f"    url: {url}"]
    lines += ["claims:", "  - id: c", "    text: The leaders spoke on October 25."]
    lines.append(f"    sources: [{', '.join(urls)}]")
    path = folder / "claims.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_cli(*args: str):
    from typer.testing import CliRunner

    from factcheck.cli import app

    return CliRunner().invoke(app, [*args])


@pytest.fixture
def no_wayback(monkeypatch):
    monkeypatch.setenv("FACTCHECK_WAYBACK_URL", "off")


def test_fetch_reports_new_changed_unchanged_and_archived(tmp_path, local_server, no_wayback):
    url = local_server.add("/readout.html", V1, V2)
    claims = write_claims(tmp_path, {"readout": url})
    evidence = tmp_path / "evidence"

    first = run_cli("fetch", str(claims), "--allow-private", "--delay", "0")
    assert first.exit_code == 0, first.output
    assert "1 source: 1 new" in first.stdout
    assert f"new         readout  {url}" in first.stdout

    second = run_cli("fetch", str(claims), "--allow-private", "--delay", "0", "--refresh")
    assert second.exit_code == 0
    assert "1 source: 1 changed" in second.stdout
    assert "- The call lasted about ten minutes." in second.stdout
    assert "+ The call lasted about fifteen minutes." in second.stdout
    assert "  The leaders agreed to meet." in second.stdout  # context
    assert len(warc_files(evidence)) == 2

    third = run_cli("fetch", str(claims), "--allow-private", "--delay", "0", "--refresh")
    assert "1 source: 1 unchanged" in third.stdout
    assert len(warc_files(evidence)) == 2  # unchanged: no new file

    fourth = run_cli("fetch", str(claims), "--allow-private", "--delay", "0")
    assert "1 source: 1 archived" in fourth.stdout
    assert "pass --refresh" in fourth.stdout
    assert len(local_server.requests_to("/readout.html")) == 3


def test_fetch_tells_markup_changes_from_text_changes(tmp_path, local_server, no_wayback):
    url = local_server.add("/r.html", V1, V1.replace("<h1>", "<h1 class='new'>"))
    claims = write_claims(tmp_path, {"r": url})
    run_cli("fetch", str(claims), "--allow-private", "--delay", "0")
    result = run_cli("fetch", str(claims), "--allow-private", "--delay", "0", "--refresh")
    assert "1 source: 1 reformatted" in result.stdout
    assert "extracted sentences are the same" in result.stdout


def test_fetch_exits_1_and_says_why_when_a_source_fails(tmp_path, local_server, no_wayback):
    good = local_server.add("/good.html", V1)
    gone = local_server.url("/gone.html")
    claims = write_claims(tmp_path, {"good": good, "gone": gone})
    result = run_cli("fetch", str(claims), "--allow-private", "--delay", "0")
    assert result.exit_code == 1
    assert "2 sources: 1 new, 1 failed" in result.stdout
    assert "could not be had: HTTP 404" in result.stdout


def test_fetch_refuses_private_addresses_without_the_flag(tmp_path, local_server, no_wayback):
    claims = write_claims(tmp_path, {"p": local_server.add("/p.html", V1)})
    result = run_cli("fetch", str(claims), "--delay", "0")
    assert result.exit_code == 1
    assert "loopback" in result.stdout and "--allow-private" in result.stdout
    assert local_server.requests == []


def test_fetch_uses_the_internet_archive_when_the_publisher_refuses(
    tmp_path, local_server, monkeypatch
):
    from conftest import LocalServer

    fake = LocalServer()
    fake.start()
    try:
        monkeypatch.setenv("FACTCHECK_WAYBACK_URL", fake.base_url)
        url = local_server.add("/r.html", Reply(403, b"no", content_type="text/plain"))
        table = [["timestamp", "original", "statuscode"], ["20251026080000", url, "200"]]
        fake.add("/cdx/search/cdx", Reply(body=json.dumps(table), content_type="text/plain"))
        fake.add(f"/web/20251026080000id_/{url}", V1)
        claims = write_claims(tmp_path, {"r": url})
        result = run_cli("fetch", str(claims), "--allow-private", "--delay", "0")
    finally:
        fake.stop()
    assert result.exit_code == 0, result.output
    assert "Internet Archive copy taken 2025-10-26 08:00 UTC" in result.stdout
    assert "the publisher answered HTTP 403" in result.stdout


def test_verify_strict_fails_when_a_source_cannot_be_had(
    tmp_path, local_server, no_wayback, monkeypatch
):
    monkeypatch.setattr("factcheck.sources.politeness.DEFAULT_DELAY", 0.0)
    claims = write_claims(
        tmp_path, {"good": local_server.add("/good.html", V1), "gone": local_server.url("/gone")}
    )
    lenient = run_cli("verify", str(claims), "--allow-private", "--fail-on", "")
    assert lenient.exit_code == 0, lenient.output
    strict = run_cli("verify", str(claims), "--allow-private", "--fail-on", "", "--strict")
    assert strict.exit_code == 1
    assert "--strict: sources not had: gone" in strict.stderr


def test_verify_allow_network_must_be_a_network(tmp_path):
    claims = write_claims(tmp_path, {"a": "https://www.example.org/a.html"})
    result = run_cli("verify", str(claims), "--allow-network", "not-a-net")
    assert result.exit_code == 2
    assert "--allow-network: 'not-a-net' is not a network" in result.stderr


def test_two_fetch_runs_at_once_leave_a_whole_archive(tmp_path, local_server):
    import subprocess
    import sys

    urls = {f"p{n}": local_server.add(f"/p{n}.html", V1.replace("ten", str(n))) for n in range(6)}
    claims = write_claims(tmp_path, urls)
    command = [
        sys.executable,
        "-m",
        "factcheck",
        "fetch",
        str(claims),
        "--allow-private",
        "--delay",
        "0",
        "--refresh",
        "--no-wayback",
    ]
    runs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in (1, 2)
    ]
    outputs = [run.communicate(timeout=60) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    archive = EvidenceArchive(tmp_path / "evidence")
    captures = archive.captures()  # every file reads back whole, digests checked
    assert {c.url for c in captures} == set(urls.values())
    listed = json.loads((tmp_path / "evidence" / INDEX_NAME).read_text())["captures"]
    assert len(listed) == len(warc_files(tmp_path / "evidence")) == len(captures)
    assert not list((tmp_path / "evidence").rglob(".*.part"))


def _store_forever(root: str) -> None:
    archive = EvidenceArchive(Path(root))
    body = os.urandom(256 * 1024)  # big enough that a kill often lands mid-write
    for i in range(10_000):
        when = WHEN + dt.timedelta(seconds=i)
        archive.add_reconstruction(SOURCE_URL, body + str(i).encode(), "text/plain", "k", when)


def test_a_run_killed_while_writing_leaves_the_archive_readable_and_whole(tmp_path):
    import time

    context = multiprocessing.get_context("spawn")
    for attempt in range(3):
        root = tmp_path / f"run{attempt}"
        writer = context.Process(target=_store_forever, args=(str(root),))
        writer.start()
        deadline = time.monotonic() + 30
        while len(list(root.glob("*/*.warc.gz"))) < 2 + attempt and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.003 * attempt)
        writer.kill()
        writer.join()
        archive = EvidenceArchive(root)
        captures = archive.captures(SOURCE_URL)
        assert len(captures) == len(warc_files(root)) >= 2
        assert all(c.note == "k" for c in captures)
