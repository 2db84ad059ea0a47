"""Real pages into the archive (issue 11): pages saved from a browser (HTML, MHTML), WARC
files from other tools, where `archive` commands put them, and how reports name each origin.

The pages are the seed's own captures (reconstructions written by the project), saved or
re-recorded here the way a browser or another archiving tool would store them.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import quopri
from pathlib import Path

import pytest
from conftest import SEED_CLAIMS, SEED_EVIDENCE, copy_seed_claims
from typer.testing import CliRunner, Result
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from factcheck.claimfiles.claims import load_claims
from factcheck.cli import app
from factcheck.model import CaptureOrigin
from factcheck.sources.archive.evidence import EvidenceArchive

SEED = load_claims(SEED_CLAIMS)
SEED_URLS = [spec.url for spec in SEED.sources if spec.url]
EXPECT = {claim.id: claim.expect.value for claim in SEED.claims if claim.expect is not None}
SAVED_AT = dt.datetime(2025, 10, 27, 8, 30, tzinfo=dt.UTC)


def invoke(*args: object) -> Result:
    return CliRunner().invoke(app, [str(arg) for arg in args], catch_exceptions=False)


def seed_page(url: str) -> bytes:
    capture = EvidenceArchive(SEED_EVIDENCE).latest(url)
    assert capture is not None
    return capture.body


def verify_offline_json(claims: Path) -> dict:
    result = invoke("verify", "--offline", "--fail-on", "", "-f", "json", claims)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def verify_offline_markdown(claims: Path) -> str:
    result = invoke("verify", "--offline", "--fail-on", "", claims)
    assert result.exit_code == 0, result.output
    return result.stdout


def mhtml(url: str, html: bytes) -> bytes:
    """A page as Chrome's "Save page as… single file" writes it: MIME, quoted-printable."""
    boundary = "----MultipartBoundary--factcheckTestBoundary----"
    encoded = quopri.encodestring(html)
    return (
        b"From: <Saved by Blink>\r\n"
        b"Snapshot-Content-Location: " + url.encode() + b"\r\n"
        b"Subject: =?utf-8?Q?saved?=\r\n"
        b"Date: Mon, 27 Oct 2025 08:30:00 -0000\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="'
        + boundary.encode()
        + b'"\r\n\r\n\r\n--'
        + boundary.encode()
        + b"\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: "
        + url.encode()
        + b"\r\n\r\n"
        + encoded
        + b"\r\n--"
        + boundary.encode()
        + b"\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        b"Content-Location: https://example.org/logo.png\r\n\r\niVBORw0KGgo=\r\n--"
        + boundary.encode()
        + b"--\r\n"
    )


# ── saved copies ──────────────────────────────────────────────────────────────


@pytest.mark.parametrize("form", ["html", "mhtml"])
def test_saved_pages_verify_offline_and_are_named_saved_copies(tmp_path, monkeypatch, form):
    claims = copy_seed_claims(tmp_path / "desk" / "claims")
    saved = tmp_path / "downloads"
    saved.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # the editor runs it from another folder
    for number, url in enumerate(SEED_URLS):
        page = seed_page(url)
        path = saved / f"page{number}.{form}"
        path.write_bytes(mhtml(url, page) if form == "mhtml" else page)
        os.utime(path, (SAVED_AT.timestamp(), SAVED_AT.timestamp()))
        added = invoke("archive", "add", url, path, "--claims", claims)
        assert added.exit_code == 0, added.output

    # It landed where verify reads: the evidence folder beside the claim file.
    assert len(list((claims.parent / "evidence").glob("*/*.warc.gz"))) == len(SEED_URLS)
    report = verify_offline_json(claims)
    assert {s["capture"]["origin"] for s in report["sources"]} == {"saved"}
    assert {s["capture"]["captured_at"][:16] for s in report["sources"]} == {"2025-10-27T08:30"}
    assert {r["id"]: r["verdict"] for r in report["claims"]} == EXPECT
    markdown = verify_offline_markdown(claims)
    assert "saved copy" in markdown
    assert "reconstruction" not in markdown.lower()


def test_an_mhtml_capture_keeps_the_html_and_the_url_the_browser_saw(tmp_path):
    url = SEED_URLS[0]
    page = seed_page(url)
    path = tmp_path / "page.mhtml"
    path.write_bytes(mhtml(url, page))
    evidence = tmp_path / "evidence"
    assert invoke("archive", "add", url, path, "--archive", evidence).exit_code == 0
    capture = EvidenceArchive(evidence).latest(url)
    assert capture is not None
    assert capture.body == page
    assert capture.origin is CaptureOrigin.SAVED
    [warc] = evidence.glob("*/*.warc.gz")
    with warc.open("rb") as fh:
        meta = [
            json.loads(r.raw_stream.read()) for r in ArchiveIterator(fh) if r.rec_type == "metadata"
        ]
    assert meta[0]["saved_as"] == "mhtml" and meta[0]["saved_url"] == url


# ── WARC files from other tools ───────────────────────────────────────────────


def foreign_warc(pages: dict[str, bytes], *, chunked: bool) -> bytes:
    """A WARC as another crawler records it: warcinfo, request/response pairs with the wire
    bytes (gzip, chunked), plus records that are not pages (an image, a revisit, a 404)."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    writer.write_record(
        writer.create_warcinfo_record("crawl.warc.gz", {"software": "OtherCrawler/2.1"})
    )
    when = "2025-10-26T10:00:00Z"

    def response(url: str, status: str, headers: list, body: bytes, **extra) -> None:
        http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": when, **extra},
        )
        writer.write_record(record)

    for url, page in pages.items():
        wire = gzip.compress(page)
        if chunked:
            half = len(wire) // 2
            wire = b"%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n" % (
                half,
                wire[:half],
                len(wire) - half,
                wire[half:],
            )
        headers = [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")]
        headers.append(
            ("Transfer-Encoding", "chunked") if chunked else ("Content-Length", str(len(wire)))
        )
        response(url, "200 OK", headers, wire)
    response(
        "https://www.mofa.go.jp/logo.png", "200 OK", [("Content-Type", "image/png")], b"\x89PNG"
    )
    response(
        "https://www.mofa.go.jp/gone.html", "404 Not Found", [("Content-Type", "text/html")], b"no"
    )
    return out.getvalue()


@pytest.mark.parametrize("chunked", [False, True])
def test_an_imported_warc_verifies_offline_keeping_its_digests(tmp_path, chunked):
    claims = copy_seed_claims(tmp_path / "claims")
    crawl = tmp_path / "crawl.warc.gz"
    crawl.write_bytes(foreign_warc({url: seed_page(url) for url in SEED_URLS}, chunked=chunked))

    result = invoke("archive", "import", crawl, "--claims", claims)
    assert result.exit_code == 0, result.output
    assert (
        f"{len(SEED_URLS)} imported" in result.stderr and "2 other records skipped" in result.stderr
    )

    report = verify_offline_json(claims)
    assert {s["capture"]["origin"] for s in report["sources"]} == {"imported"}
    assert {r["id"]: r["verdict"] for r in report["claims"]} == EXPECT
    markdown = verify_offline_markdown(claims)
    assert "imported WARC" in markdown and "reconstruction" not in markdown.lower()

    # The response records are the crawler's own: same record ids and digests.
    def responses(data: bytes) -> dict[str, tuple[str, str, str]]:
        found = {}
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type == "response":
                h = record.rec_headers
                found[h.get_header("WARC-Target-URI")] = (
                    h.get_header("WARC-Record-ID"),
                    h.get_header("WARC-Block-Digest"),
                    h.get_header("WARC-Payload-Digest"),
                )
        return found

    original = responses(crawl.read_bytes())
    archived: dict = {}
    for path in (claims.parent / "evidence").glob("*/*.warc.gz"):
        archived.update(responses(path.read_bytes()))
    assert archived == {url: original[url] for url in SEED_URLS}

    again = invoke("archive", "import", crawl, "--claims", claims)
    assert again.exit_code == 0 and f"{len(SEED_URLS)} already there" in again.stderr


def test_a_tampered_import_is_refused(tmp_path):
    crawl = tmp_path / "crawl.warc.gz"
    data = bytearray(
        gzip.decompress(foreign_warc({SEED_URLS[0]: b"<p>Hello there.</p>"}, chunked=False))
    )
    at = data.index(b"OtherCrawler")
    data[at : at + 5] = b"Xther"  # the warcinfo block no longer matches its digest
    crawl.write_bytes(bytes(data))
    result = invoke("archive", "import", crawl, "--archive", tmp_path / "evidence")
    assert result.exit_code == 2
    assert "cannot be imported" in result.stderr
    assert "Traceback" not in result.output


def test_importing_something_that_is_not_a_warc_says_so(tmp_path):
    bogus = tmp_path / "notes.warc"
    bogus.write_text("secret-token-123\nmore")
    result = invoke("archive", "import", bogus, "--archive", tmp_path / "evidence")
    assert result.exit_code == 2
    assert "cannot be imported" in result.stderr
    assert "secret-token-123" not in result.output


# ── one archive location rule ─────────────────────────────────────────────────


def test_archive_list_refuses_a_folder_that_does_not_exist(tmp_path):
    result = invoke("archive", "list", tmp_path / "evidence")
    assert result.exit_code == 2
    assert "there is no evidence archive" in result.stderr


def test_archive_commands_refuse_a_folder_no_claim_file_would_read(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<p>x</p>")
    result = invoke("archive", "add", SEED_URLS[0], page, "--archive", tmp_path / "stuff")
    assert result.exit_code == 2
    assert "no claim file would read it" in result.stderr
    assert not (tmp_path / "stuff").exists()


def test_archive_commands_default_to_the_claim_files_here(tmp_path, monkeypatch):
    claims = copy_seed_claims(tmp_path / "claims")
    page = tmp_path / "page.html"
    page.write_bytes(seed_page(SEED_URLS[0]))
    monkeypatch.chdir(tmp_path)  # ./claims holds the claim file
    assert invoke("archive", "add", SEED_URLS[0], page).exit_code == 0
    assert len(list((claims.parent / "evidence").glob("*/*.warc.gz"))) == 1
    listed = invoke("archive", "list")
    assert listed.exit_code == 0 and "saved" in listed.stdout
    monkeypatch.chdir(tmp_path / "claims" / "evidence")
    assert invoke("archive", "list").exit_code == 2  # no claim file here to go by
