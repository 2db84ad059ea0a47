"""Extracted documents cached between runs: reused for the same capture and code, rebuilt on
any change, and never trusted when the file is not what was written."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os

import pytest

from factcheck import cache_folder
from factcheck.model import Capture, CaptureOrigin, Document
from factcheck.sources import document_cache
from factcheck.sources.document_cache import cached_document
from factcheck.sources.extract.page import extract_text

PAGE = (
    b"<html lang='en'><head><title>Leaders' call</title></head><body><main>"
    b"<p>The two leaders spoke by telephone on October 25, 2025.</p>"
    b"<p>They affirmed the alliance. Both sides agreed to meet soon.</p>"
    b"</main></body></html>"
)


def _capture(body: bytes = PAGE, url: str = "https://example.org/call.html") -> Capture:
    import hashlib

    return Capture(
        url=url,
        final_url=url,
        status=200,
        headers=(("Content-Type", "text/html; charset=utf-8"),),
        body=body,
        fetched_at=dt.datetime(2025, 10, 26, tzinfo=dt.UTC),
        sha256=hashlib.sha256(body).hexdigest(),
        origin=CaptureOrigin.RECONSTRUCTION,
    )


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(folder))
    return folder


class Counting:
    """An extraction that counts its runs."""

    def __init__(self, capture: Capture, language: str = "en") -> None:
        self.capture = capture
        self.language = language
        self.runs = 0

    def __call__(self) -> Document:
        self.runs += 1
        c = self.capture
        return extract_text(c.body, c.final_url, c.content_type, self.language)


def _entries(cache):
    return sorted(cache.glob("document-*.json"))


def test_a_second_extraction_of_the_same_capture_is_read_back_equal(cache):
    capture = _capture()
    extract = Counting(capture)
    first = cached_document(capture, "en", extract)
    assert extract.runs == 1
    assert len(_entries(cache)) == 1
    again = cached_document(capture, "en", extract)
    assert extract.runs == 1
    assert again == first
    assert [s.text for s in again.sentences] == [s.text for s in first.sentences]
    assert len(first.sentences) == 3


def test_another_body_url_or_language_is_extracted_afresh(cache):
    capture = _capture()
    cached_document(capture, "en", Counting(capture))
    changed = _capture(PAGE.replace(b"soon", b"later"))
    extract = Counting(changed)
    document = cached_document(changed, "en", extract)
    assert extract.runs == 1
    assert "later" in document.text
    moved = _capture(url="https://example.org/other.html")
    extract = Counting(moved)
    assert cached_document(moved, "en", extract).url == moved.final_url
    assert extract.runs == 1
    extract = Counting(capture, "ja")
    cached_document(capture, "ja", extract)
    assert extract.runs == 1
    assert len(_entries(cache)) == 4


def test_a_digest_the_archive_states_is_not_trusted_for_the_key(cache):
    # Two captures claiming the same SHA-256 but holding different bytes never share an entry.
    capture = _capture()
    cached_document(capture, "en", Counting(capture))
    lying = dataclasses.replace(_capture(PAGE.replace(b"soon", b"later")), sha256=capture.sha256)
    extract = Counting(lying)
    assert "later" in cached_document(lying, "en", extract).text
    assert extract.runs == 1


def test_a_new_version_of_the_code_extracts_again(cache, monkeypatch):
    capture = _capture()
    cached_document(capture, "en", Counting(capture))
    monkeypatch.setattr(cache_folder, "code_fingerprint", lambda: "another build")
    extract = Counting(capture)
    cached_document(capture, "en", extract)
    assert extract.runs == 1


def test_the_fingerprint_covers_the_package_source(tmp_path, monkeypatch):
    before = cache_folder.code_fingerprint()
    assert before == cache_folder.code_fingerprint()  # one computation per process
    cache_folder.code_fingerprint.cache_clear()
    try:
        real = cache_folder.Path.read_bytes
        monkeypatch.setattr(
            cache_folder.Path,
            "read_bytes",
            lambda self: (
                real(self)
                + (b"# edited" if self.as_posix().endswith("sources/extract/page.py") else b"")
            ),
        )
        assert cache_folder.code_fingerprint() != before
    finally:
        cache_folder.code_fingerprint.cache_clear()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"\x80\x05garbage",
        b"{}",
        b"[1, 2]",
        b'{"format": 1, "key": "KEY", "document": {"text": 5}}',
        b'{"format": 1, "key": "KEY", "document": {"url": "u", "title": "t", "published": null,'
        b' "language": "en", "text": "abc", "sentences": [[0, 99, null, null]]}}',
        b'{"format": 1, "key": "KEY", "document": {"url": "u", "title": "t", "published": "x",'
        b' "language": "en", "text": "abc", "sentences": []}}',
        b'{"format": 1, "key": "KEY", "document": {"url": "u", "title": "t", "published": null,'
        b' "language": "en", "text": "abc", "sentences": [[true, 2, null, null]]}}',
    ],
)
def test_a_damaged_or_hostile_entry_is_ignored_and_rebuilt(cache, content):
    capture = _capture()
    first = cached_document(capture, "en", Counting(capture))
    (entry,) = _entries(cache)
    key = json.loads(entry.read_bytes())["key"]
    entry.write_bytes(content.replace(b"KEY", key.encode()))
    extract = Counting(capture)
    assert cached_document(capture, "en", extract) == first
    assert extract.runs == 1
    assert json.loads(entry.read_bytes())["key"] == key  # rewritten whole


def test_an_entry_of_another_key_under_the_same_name_is_not_used(cache):
    capture = _capture()
    cached_document(capture, "en", Counting(capture))
    (entry,) = _entries(cache)
    stored = json.loads(entry.read_bytes())
    stored["key"] = "0" * 64
    stored["document"]["text"] = "forged " + stored["document"]["text"]
    entry.write_text(json.dumps(stored))
    extract = Counting(capture)
    assert not cached_document(capture, "en", extract).text.startswith("forged")
    assert extract.runs == 1


def test_an_entry_others_may_write_is_not_read(cache):
    capture = _capture()
    cached_document(capture, "en", Counting(capture))
    (entry,) = _entries(cache)
    os.chmod(entry, 0o666)
    extract = Counting(capture)
    cached_document(capture, "en", extract)
    assert extract.runs == 1


def test_a_failed_extraction_stores_nothing(cache):
    from factcheck.errors import SourceError

    def failing() -> Document:
        raise SourceError("https://example.org/call.html", "not a page")

    with pytest.raises(SourceError):
        cached_document(_capture(), "en", failing)
    assert _entries(cache) == []


def test_an_empty_cache_setting_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", "")
    monkeypatch.chdir(tmp_path)
    capture = _capture()
    extract = Counting(capture)
    cached_document(capture, "en", extract)
    cached_document(capture, "en", extract)
    assert extract.runs == 2
    assert list(tmp_path.iterdir()) == []


def test_the_cache_keeps_a_bounded_number_of_entries(cache, monkeypatch):
    monkeypatch.setattr(document_cache, "KEEP", 3)
    for number in range(6):
        capture = _capture(PAGE.replace(b"soon", f"in {number} days".encode()))
        cached_document(capture, "en", Counting(capture))
    assert len(_entries(cache)) == 3


def test_a_second_offline_verify_of_the_seed_reads_every_document_from_the_cache(
    cache, monkeypatch
):
    from conftest import SEED_CLAIMS

    from factcheck.claimfiles.claims import load_claims
    from factcheck.sources.archive.evidence import EvidenceArchive
    from factcheck.sources.archive.retrieve import get_capture
    from factcheck.sources.extract import page as extract
    from factcheck.sources.fetch import FetchPolicy
    from factcheck.terms.termbase import load_termbase
    from factcheck.verify import verify_claim_file

    claim_file = load_claims(SEED_CLAIMS)
    archive = EvidenceArchive(SEED_CLAIMS.parent / "evidence")
    runs = []
    real = extract.extract_text

    def counting(*args, **kwargs):
        runs.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(extract, "extract_text", counting)

    def get(spec):
        return get_capture(spec.url, archive, offline=True, refresh=False, policy=FetchPolicy())

    def verdicts():
        report = verify_claim_file(claim_file, get, load_termbase(), offline=True)
        return [(r.claim.id, r.verdict, r.reason) for r in report.results], report.sources

    cold, cold_sources = verdicts()
    assert len(runs) == len(cold_sources) == 4
    warm, warm_sources = verdicts()
    assert len(runs) == 4  # nothing extracted again
    assert warm == cold
    assert [o.document for o in warm_sources] == [o.document for o in cold_sources]
    # The capture is still read from the archive, digest and all, on every run.
    assert [o.capture for o in warm_sources] == [o.capture for o in cold_sources]


def test_an_entry_that_is_a_link_is_not_followed(cache, tmp_path):
    capture = _capture()
    first = cached_document(capture, "en", Counting(capture))
    (entry,) = _entries(cache)
    stored = json.loads(entry.read_bytes())
    stored["document"]["text"] = "planted " + stored["document"]["text"]
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_text(json.dumps(stored))
    entry.unlink()
    entry.symlink_to(elsewhere)
    extract = Counting(capture)
    assert cached_document(capture, "en", extract) == first
    assert extract.runs == 1


def test_a_capture_altered_after_its_document_was_cached_is_still_refused(cache, tmp_path):
    """The cache skips extraction only: the archive's digest checks run on every verify."""
    import gzip
    import shutil
    import zlib

    from conftest import SEED_CLAIMS

    from factcheck.claimfiles.claims import load_claims
    from factcheck.errors import CorruptCaptureError
    from factcheck.sources.archive.evidence import EvidenceArchive
    from factcheck.sources.archive.retrieve import get_capture
    from factcheck.sources.fetch_policy import FetchPolicy
    from factcheck.verify import gather_sources

    evidence = tmp_path / "evidence"
    shutil.copytree(SEED_CLAIMS.parent / "evidence", evidence)
    claim_file = load_claims(SEED_CLAIMS)

    def outcomes():
        archive = EvidenceArchive(evidence)

        def get(spec):
            return get_capture(spec.url, archive, offline=True, refresh=False, policy=FetchPolicy())

        return {o.spec.id: o for o in gather_sources(claim_file, get)}

    before = outcomes()
    assert all(o.document is not None and o.problem is None for o in before.values())
    index = json.loads((evidence / "index.json").read_text())
    spec = next(s for s in claim_file.sources if s.id == "mofa-en-1028")
    entry = next(e for e in index["captures"] if e["url"] == spec.url)
    warc = evidence / entry["file"]
    # One gzip member per record, as the archive writes them; one word of the page changed,
    # its length kept, so only the digests can tell.
    members, data = [], warc.read_bytes()
    while data:
        member = zlib.decompressobj(31)
        members.append(member.decompress(data))
        data = member.unused_data
    assert any(b"arrived" in m for m in members)
    warc.write_bytes(b"".join(gzip.compress(m.replace(b"arrived", b"arrivex")) for m in members))

    with pytest.raises(CorruptCaptureError, match="digest|SHA-256|sha256"):
        outcomes()


def _package(root):
    (root / "data").mkdir(parents=True)
    (root / "module.py").write_text("X = 1\n", encoding="utf-8")
    (root / "data" / "table.yaml").write_text("a: 1\n", encoding="utf-8")
    return root


def test_an_installed_wheel_reads_the_digest_its_build_wrote(tmp_path):
    root = _package(tmp_path / "factcheck")
    hashed = cache_folder.hash_package_files(root)
    assert cache_folder.package_digest(root) == hashed  # a source tree: hashed every time
    (root / "module.py").write_text("X = 2\n", encoding="utf-8")
    assert cache_folder.package_digest(root) != hashed
    shipped = root / cache_folder.SHIPPED_DIGEST
    shipped.parent.mkdir()
    shipped.write_text("ab" * 32 + "\n", encoding="ascii")
    assert cache_folder.package_digest(root) == "ab" * 32
    for spoiled in ("not a digest\n", "AB" * 32, "ab" * 31, "\xff"):
        shipped.write_text(spoiled, encoding="latin-1")
        assert cache_folder.package_digest(root) == cache_folder.hash_package_files(root)
