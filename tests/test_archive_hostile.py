"""The evidence archive under attack: captures and index.json arrive in pull requests.

Every case here was found by trying hostile inputs (issue 8): a link that publishes a file
from outside the archive, a FIFO that hangs the run, a truncated capture accepted with a
new SHA-256, a dropped metadata record that turns a reconstruction into a live capture,
an index that swaps two URLs, and one bad file spoiling every source.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import stat
import zlib
from pathlib import Path

import pytest
from conftest import SEED_EVIDENCE, copy_seed_claims
from gzip_members import gzip_member, gzip_members
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.errors import ArchiveError, CorruptCaptureError
from factcheck.model import CaptureOrigin
from factcheck.sources.archive.evidence import EvidenceArchive
from factcheck.sources.archive.files import capture_path
from factcheck.sources.archive.index import INDEX_NAME

WHEN = dt.datetime(2025, 10, 26, 9, 0, tzinfo=dt.UTC)
URL_A = "https://www.mofa.go.jp/a.html"
URL_B = "https://www.mofa.go.jp/b.html"
SECRET = "AWS_SECRET_ACCESS_KEY=hunter2-do-not-leak"


def two_captures(root: Path) -> tuple[Path, Path]:
    archive = EvidenceArchive(root)
    a = archive.add_reconstruction(URL_A, b"<p>page a</p>", "text/html", "ours: a", WHEN)
    b = archive.add_reconstruction(URL_B, b"<p>page b</p>", "text/html", "ours: b", WHEN)
    return root / capture_path(a), root / capture_path(b)


def forge_record(path: Path, member: int, old: bytes, new: bytes, count: int = -1) -> None:
    """Rewrite the `member`-th gzip member (record) of a WARC file: `old` → `new`, gzipped
    again as a member of its own."""
    members = gzip_members(path.read_bytes())
    record = zlib.decompress(members[member], zlib.MAX_WBITS | 16)
    assert old in record  # else the test would forge nothing
    members[member] = gzip_member(record.replace(old, new, count))
    path.write_bytes(b"".join(members))


def fresh(root: Path) -> EvidenceArchive:
    """The archive as a new run sees it: no index to lean on."""
    (root / INDEX_NAME).unlink(missing_ok=True)
    return EvidenceArchive(root)


# ── only regular files inside the archive are read ────────────────────────────


def test_a_link_to_a_secret_is_refused_and_never_quoted(tmp_path):
    root = tmp_path / "evidence"
    path_a, _ = two_captures(root)
    secret = tmp_path / "environ"
    secret.write_text(SECRET + "\n")
    path_a.unlink()
    path_a.symlink_to(secret)

    archive = fresh(root)
    with pytest.raises(CorruptCaptureError) as caught:
        archive.latest(URL_A)
    assert "symbolic link" in str(caught.value)
    assert str(path_a) in str(caught.value)
    assert "hunter2" not in str(caught.value)
    # Only URL_A's source suffers.
    capture = archive.latest(URL_B)
    assert capture is not None and capture.body == b"<p>page b</p>"
    assert "hunter2" not in json.dumps(archive.problems())


@pytest.mark.parametrize("target", ["/dev/zero", "fifo"])
def test_special_files_are_refused_without_hanging(tmp_path, target):
    root = tmp_path / "evidence"
    path_a, _ = two_captures(root)
    path_a.unlink()
    if target == "fifo":
        os.mkfifo(path_a)  # opening it for reading would block until a writer came
    else:
        path_a.symlink_to(target)
    archive = fresh(root)
    with pytest.raises(CorruptCaptureError, match="symbolic link|not a regular file"):
        archive.latest(URL_A)
    assert archive.latest(URL_B) is not None


def test_a_host_folder_that_links_outside_is_not_read(tmp_path, caplog):
    outside = tmp_path / "outside"
    two_captures(outside)
    root = tmp_path / "evidence"
    root.mkdir()
    (root / "www.mofa.go.jp").symlink_to(outside / "www.mofa.go.jp")
    with caplog.at_level(logging.WARNING):
        assert fresh(root).latest(URL_A) is None
    assert "is a link" in caplog.text


def test_index_naming_a_file_outside_the_archive_is_ignored(tmp_path):
    root = tmp_path / "evidence"
    two_captures(root)
    index = json.loads((root / INDEX_NAME).read_text())
    index["captures"][0]["file"] = "../../etc/passwd"
    (root / INDEX_NAME).write_text(json.dumps(index))
    archive = EvidenceArchive(root)
    assert {e.file for e in archive.entries()} == {
        p.relative_to(root).as_posix() for p in root.glob("*/*.warc.gz")
    }


# ── every capture is checked whole ────────────────────────────────────────────


def test_a_truncated_capture_is_corrupt_not_silently_changed(tmp_path):
    root = tmp_path / "evidence"
    path_a, _ = two_captures(root)
    data = path_a.read_bytes()
    members = gzip_members(data)
    cut = len(members[0]) + len(members[1]) // 2  # inside the resource record
    path_a.write_bytes(data[:cut])
    with pytest.raises(CorruptCaptureError, match="truncated"):
        fresh(root).latest(URL_A)


def test_a_dropped_metadata_record_is_corrupt_not_a_live_capture(tmp_path):
    root = tmp_path / "evidence"
    path_a, _ = two_captures(root)
    members = gzip_members(path_a.read_bytes())
    assert len(members) == 3  # warcinfo, resource, metadata
    path_a.write_bytes(b"".join(members[:2]))
    with pytest.raises(CorruptCaptureError, match="metadata record is missing"):
        fresh(root).latest(URL_A)


def test_a_changed_body_fails_its_warc_digest(tmp_path):
    root = tmp_path / "evidence"
    path_a, _ = two_captures(root)
    forge_record(path_a, 1, b"page a", b"page z")  # same length: only the digest tells
    with pytest.raises(CorruptCaptureError, match="digest"):
        fresh(root).latest(URL_A)


def test_a_record_cut_shorter_than_its_content_length_is_corrupt(tmp_path):
    # Found by the fuzzer: "https" cut from the metadata's URL, the member gzipped again.
    # warcio checks digests only at a block's declared end, so it never checked this one.
    root = tmp_path / "evidence"
    path_a, _ = two_captures(root)
    forge_record(path_a, 2, b'"url": "https', b'"url": "', count=1)
    with pytest.raises(CorruptCaptureError, match="Content-Length"):
        fresh(root).latest(URL_A)


def test_records_that_disagree_about_the_origin_are_corrupt(tmp_path):
    root = tmp_path / "evidence"
    path_a, _ = two_captures(root)
    # Rewrite the metadata (and its digests would fail too): origin "live" for a resource.
    forge_record(path_a, 2, b'"origin": "reconstruction"', b'"origin": "live"')
    with pytest.raises(CorruptCaptureError):
        fresh(root).latest(URL_A)


def test_garbage_is_reported_without_quoting_it(tmp_path):
    root = tmp_path / "evidence"
    path_a, _ = two_captures(root)
    path_a.write_bytes(SECRET.encode() + b"\n" * 10)
    with pytest.raises(CorruptCaptureError) as caught:
        fresh(root).latest(URL_A)
    assert "hunter2" not in str(caught.value)
    # The same text, gzipped, is no WARC file either; warcio's message quotes it, ours not.
    path_a.write_bytes(zlib.compress(SECRET.encode(), wbits=zlib.MAX_WBITS | 16))
    with pytest.raises(CorruptCaptureError) as caught:
        fresh(root).latest(URL_A)
    assert "hunter2" not in str(caught.value)


# ── index.json is a cache, checked against the captures ───────────────────────


def test_swapped_urls_in_the_index_are_caught_and_rebuilt(tmp_path, caplog):
    root = tmp_path / "evidence"
    two_captures(root)
    index = json.loads((root / INDEX_NAME).read_text())
    first, second = index["captures"]
    first["url"], second["url"] = second["url"], first["url"]
    first["file"], second["file"] = second["file"], first["file"]
    (root / INDEX_NAME).write_text(json.dumps(index))
    with caplog.at_level(logging.WARNING):
        capture_a = EvidenceArchive(root).latest(URL_A)
    assert capture_a is not None and capture_a.body == b"<p>page a</p>"
    capture_b = EvidenceArchive(root).latest(URL_B)
    assert capture_b is not None and capture_b.body == b"<p>page b</p>"


def test_a_swapped_digest_in_the_index_is_caught_and_rebuilt(tmp_path, caplog):
    root = tmp_path / "evidence"
    two_captures(root)
    index = json.loads((root / INDEX_NAME).read_text())
    first, second = index["captures"]
    first["sha256"], second["sha256"] = second["sha256"], first["sha256"]
    (root / INDEX_NAME).write_text(json.dumps(index))
    with caplog.at_level(logging.WARNING):
        capture = EvidenceArchive(root).latest(URL_A)
    assert capture is not None and capture.body == b"<p>page a</p>"
    assert "rebuilding the index" in caplog.text
    rebuilt = json.loads((root / INDEX_NAME).read_text())
    assert {e["url"]: e["sha256"] for e in rebuilt["captures"]} == {
        URL_A: capture.sha256,
        URL_B: EvidenceArchive(root).latest(URL_B).sha256,
    }


def test_a_deeply_nested_index_is_rebuilt_not_a_crash(tmp_path):
    root = tmp_path / "evidence"
    two_captures(root)
    (root / INDEX_NAME).write_text("[" * 100_000 + "]" * 100_000)
    assert len(EvidenceArchive(root).entries()) == 2
    assert json.loads((root / INDEX_NAME).read_text())["format"]


def test_an_index_that_is_a_fifo_does_not_hang(tmp_path):
    root = tmp_path / "evidence"
    two_captures(root)
    (root / INDEX_NAME).unlink()
    os.mkfifo(root / INDEX_NAME)
    assert len(EvidenceArchive(root).entries()) == 2


# ── writing ───────────────────────────────────────────────────────────────────


def test_written_files_are_world_readable(tmp_path):
    old = os.umask(0o077)
    try:
        path_a, _ = two_captures(tmp_path / "evidence")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path_a.stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "evidence" / INDEX_NAME).stat().st_mode) == 0o644


@pytest.mark.parametrize(
    "when",
    [
        dt.datetime(999, 6, 1, tzinfo=dt.UTC),
        dt.datetime(9999, 12, 31, 23, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        dt.datetime.now(dt.UTC) + dt.timedelta(days=30),
    ],
)
def test_capture_times_the_archive_cannot_hold_are_refused(tmp_path, when):
    archive = EvidenceArchive(tmp_path)
    with pytest.raises(ArchiveError, match="out of range"):
        archive.add_reconstruction(URL_A, b"x", "text/html", "ours", when)
    assert not list(tmp_path.rglob("*.warc.gz"))


@pytest.mark.parametrize(
    "url",
    [
        "not a url",
        "ftp://example.com/x",
        "https://user:pw@example.com/",
        "https://" + "a" * 64 + ".com/",
    ],
)
def test_capture_urls_no_claim_file_could_name_are_refused(tmp_path, url):
    with pytest.raises(ArchiveError):
        EvidenceArchive(tmp_path).add_reconstruction(url, b"x", "text/html", "ours", WHEN)
    assert not list(tmp_path.rglob("*.warc.gz"))


# ── through the command line ──────────────────────────────────────────────────


def seed_with_evidence(tmp_path: Path) -> tuple[Path, Path]:
    claims = copy_seed_claims(tmp_path / "claims")
    evidence = tmp_path / "claims" / "evidence"
    shutil.copytree(SEED_EVIDENCE, evidence)
    return claims, evidence


def test_one_bad_capture_spoils_only_its_own_source(tmp_path):
    claims, evidence = seed_with_evidence(tmp_path)
    good = CliRunner().invoke(app, ["verify", "--offline", "-f", "json", str(claims)])
    before = {s["id"]: s for s in json.loads(good.stdout)["sources"]}

    secret = tmp_path / "environ"
    secret.write_text(SECRET)
    victim = sorted(evidence.glob("japan.kantei.go.jp/*.warc.gz"))[0]
    victim.unlink()
    victim.symlink_to(secret)
    (evidence / INDEX_NAME).unlink()

    result = CliRunner().invoke(app, ["verify", "--offline", "-f", "json", str(claims)])
    assert result.exit_code in (0, 1), result.output
    assert "hunter2" not in result.output
    after = {s["id"]: s for s in json.loads(result.stdout)["sources"]}
    spoiled = [sid for sid in after if after[sid] != before[sid]]
    assert len(spoiled) == 1
    assert "corrupt" in json.dumps(after[spoiled[0]])

    markdown = CliRunner().invoke(app, ["verify", "--offline", str(claims)])
    assert "hunter2" not in markdown.output
    assert markdown.exit_code in (0, 1)


def test_archive_list_shows_the_sound_captures_and_names_the_corrupt_one(tmp_path):
    _, evidence = seed_with_evidence(tmp_path)
    count = len(list(evidence.glob("*/*.warc.gz")))
    victim = sorted(evidence.glob("worldjpn.net/*.warc.gz"))[0]
    victim.write_bytes(victim.read_bytes()[:100])
    result = CliRunner().invoke(app, ["archive", "list", str(evidence)])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == count - 1
    assert f"corrupt: {victim}" in result.stderr
    assert "Traceback" not in result.output


def test_archive_add_refuses_bad_urls_and_times(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<p>x</p>")
    common = ["--archive", str(tmp_path / "ev"), "--reconstruction", "--note", "ours"]
    for args in (
        ["not a url", str(page)],
        [URL_A, str(page), "--captured-at", "0999-06-01"],
        [URL_A, str(page), "--captured-at", "9999-12-31T23:00:00-05:00"],
    ):
        result = CliRunner().invoke(app, ["archive", "add", *args, *common])
        assert result.exit_code == 2, (args, result.output)
        assert "Traceback" not in result.output
    assert not (tmp_path / "ev").exists() or not list((tmp_path / "ev").rglob("*.warc.gz"))


def test_reconstruction_keeps_its_origin(tmp_path):
    root = tmp_path / "evidence"
    two_captures(root)
    capture = fresh(root).latest(URL_A)
    assert capture is not None and capture.origin is CaptureOrigin.RECONSTRUCTION
