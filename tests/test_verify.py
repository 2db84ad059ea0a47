"""The verify pipeline end to end: live fetches from a local server, the archive, replay.

The seed's four sources are served from tests/fixtures/pages/ on 127.0.0.1; the claim file
is the seed's with its URLs pointed at the local server, so its `expect:` verdicts hold.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO_ROOT, SEED_CLAIMS, LocalServer, copy_seed_claims
from typer.testing import CliRunner, Result

from factcheck.claimfiles.claims import load_claims
from factcheck.cli import app
from factcheck.sources.archive.evidence import EvidenceArchive

pytestmark = pytest.mark.network_local

PAGES = REPO_ROOT / "tests" / "fixtures" / "pages"
PAGE_OF_SOURCE = {
    "mofa-ja-call": "mofa-ja-call.html",
    "kantei-ja-remarks": "worldjpn-ja-remarks.html",
    "kantei-en-1021": "kantei-en-1021.html",
    "mofa-en-1028": "mofa-en-1028.html",
}
SEED_SOURCES = {spec.id: spec.url for spec in load_claims(SEED_CLAIMS).sources}
SEED_EXPECT = {
    claim.id: claim.expect.value
    for claim in load_claims(SEED_CLAIMS).claims
    if claim.expect is not None
}
CAPTURED_AT = dt.datetime(2025, 10, 26, tzinfo=dt.UTC)
# The sentence each judged claim must show as its evidence: (source id, words it contains).
# These are the facts the "done when" names, plus the misquote and misattribution.
EXPECTED_EVIDENCE = {
    "call-date": ("mofa-ja-call", "10月25日"),
    "top-priority": ("mofa-ja-call", "最重要事項"),
    "indispensable-role": ("mofa-ja-call", "不可欠なパートナー"),
    "new-heights": ("mofa-ja-call", "更なる高み"),
    "congratulations": ("mofa-ja-call", "祝意"),
    "inauguration-date": ("kantei-en-1021", "October 21"),
    "abe-memories": ("kantei-ja-remarks", "安倍"),
    "cheerful": ("kantei-ja-remarks", "とても快活で楽しい方"),
    "arrival": ("mofa-en-1028", "arrived"),
    "summit-date": ("mofa-en-1028", "October 28"),
}


def serve_seed_pages(server: LocalServer, missing: str | None = None) -> dict[str, str]:
    """Serve the four pages; returns the seed URL → local URL replacements.

    The source `missing` gets a URL the server answers with 404.
    """
    urls = {}
    for source_id, page in PAGE_OF_SOURCE.items():
        if source_id == missing:
            urls[SEED_SOURCES[source_id]] = server.url(f"/gone/{page}")
        else:
            urls[SEED_SOURCES[source_id]] = server.add_file(f"/pages/{page}", PAGES / page)
    return urls


def verify_json(claims: Path, archive: Path, *flags: str) -> tuple[Result, dict[str, Any]]:
    result = CliRunner().invoke(
        app,
        ["verify", "--format", "json", "--archive", str(archive), *flags, str(claims)],
        catch_exceptions=False,
    )
    return result, json.loads(result.stdout)


def verdicts(report: dict[str, Any]) -> dict[str, str]:
    return {claim["id"]: claim["verdict"] for claim in report["claims"]}


def origins(report: dict[str, Any]) -> dict[str, str]:
    return {source["id"]: source["capture"]["origin"] for source in report["sources"]}


def test_live_run_archives_the_sources_and_replays_them(local_server, tmp_path):
    claims = copy_seed_claims(tmp_path / "claims", serve_seed_pages(local_server))
    archive = tmp_path / "ev"

    live, report = verify_json(claims, archive, "--allow-private")

    assert live.exit_code == 1, live.output  # the misquote and the misattribution
    assert verdicts(report) == SEED_EXPECT
    assert set(origins(report).values()) == {"live"}
    pages = [r for r in local_server.requests if r.path != "/robots.txt"]
    assert len(pages) == 4  # each page once
    assert len(local_server.requests_to("/robots.txt")) == 1  # one host, asked once
    assert len(list(archive.rglob("*.warc.gz"))) == 4
    listing = CliRunner().invoke(app, ["archive", "list", str(archive)])
    assert listing.exit_code == 0, listing.output
    assert sorted(line.split()[-1] for line in listing.stdout.splitlines()) == sorted(
        local_server.url(f"/pages/{page}") for page in PAGE_OF_SOURCE.values()
    )
    assert "reconstruction" not in listing.stdout

    # With the server gone, the same verdicts come from the archive: online (archived
    # captures are reused, not fetched again) and offline.
    local_server.stop()
    for flags in (["--allow-private"], ["--offline"]):
        replay, again = verify_json(claims, archive, *flags)
        assert replay.exit_code == 1, replay.output
        assert verdicts(again) == SEED_EXPECT
        assert set(origins(again).values()) == {"archive"}
        assert [c["evidence"] for c in again["claims"]] == [c["evidence"] for c in report["claims"]]
    pages = [r for r in local_server.requests if r.path != "/robots.txt"]
    assert len(pages) == 4  # each page once
    assert len(local_server.requests_to("/robots.txt")) == 1  # one host, asked once
    assert len(list(archive.rglob("*.warc.gz"))) == 4


def test_archive_list_shows_live_captures_as_live(local_server, tmp_path):
    claims = copy_seed_claims(tmp_path / "claims", serve_seed_pages(local_server))
    archive = tmp_path / "ev"
    verify_json(claims, archive, "--allow-private")

    listing = CliRunner().invoke(app, ["archive", "list", str(archive)])

    assert [line.split()[1] for line in listing.stdout.splitlines()] == ["live"] * 4


def test_evidence_is_the_sentence_that_carries_the_fact(local_server, tmp_path):
    claims = copy_seed_claims(tmp_path / "claims", serve_seed_pages(local_server))

    _, report = verify_json(claims, tmp_path / "ev", "--allow-private")

    shown = {
        claim["id"]: (claim["evidence"][0]["source_id"], claim["evidence"][0]["sentence"])
        for claim in report["claims"]
        if claim["evidence"]
    }
    wrong = {
        claim_id: shown.get(claim_id)
        for claim_id, (source_id, words) in EXPECTED_EVIDENCE.items()
        if claim_id not in shown
        or shown[claim_id][0] != source_id
        or words not in shown[claim_id][1]
    }
    assert wrong == {}, "claims whose first evidence sentence is not the one with the fact"


def test_a_source_that_404s_makes_only_its_claims_unverifiable(local_server, tmp_path):
    claims = copy_seed_claims(
        tmp_path / "claims", serve_seed_pages(local_server, missing="kantei-en-1021")
    )

    result, report = verify_json(claims, tmp_path / "ev", "--allow-private")

    assert result.exit_code == 1, result.output
    by_id = {claim["id"]: claim for claim in report["claims"]}
    relying = {"inauguration-date", "abe-foip"}  # abe-foip: one of its sources is gone
    for claim_id in relying:
        assert by_id[claim_id]["verdict"] == "unverifiable"
        assert "404" in by_id[claim_id]["reason"]
        assert "kantei-en-1021" in by_id[claim_id]["reason"]
    judged = {cid: v for cid, v in verdicts(report).items() if cid not in relying}
    assert judged == {cid: v for cid, v in SEED_EXPECT.items() if cid not in relying}
    gone = next(s for s in report["sources"] if s["id"] == "kantei-en-1021")
    assert gone["capture"] is None and "404" in gone["problem"]
    assert len(list((tmp_path / "ev").rglob("*.warc.gz"))) == 3, "a 404 is not archived"


def test_a_loopback_source_is_refused_without_allow_private(local_server, tmp_path):
    urls = serve_seed_pages(local_server)
    claims = copy_seed_claims(tmp_path / "claims", urls)
    archive = tmp_path / "ev"
    # Three sources are already archived; only mofa-en-1028 would have to be fetched.
    store = EvidenceArchive(archive)
    for source_id, page in PAGE_OF_SOURCE.items():
        if source_id != "mofa-en-1028":
            store.add_reconstruction(
                urls[SEED_SOURCES[source_id]],
                (PAGES / page).read_bytes(),
                "text/html; charset=utf-8",
                "Reconstructed fixture page, archived by the test.",
                CAPTURED_AT,
            )

    result, report = verify_json(claims, archive)

    assert result.exit_code == 1, result.output
    assert local_server.requests == [], "nothing may be sent to a refused address"
    by_id = {claim["id"]: claim for claim in report["claims"]}
    relying = {"arrival", "summit-date", "abe-foip"}
    for claim_id in relying:
        assert by_id[claim_id]["verdict"] == "unverifiable"
        assert "127.0.0.1" in by_id[claim_id]["reason"]
        assert "--allow-private" in by_id[claim_id]["reason"]
    judged = {cid: v for cid, v in verdicts(report).items() if cid not in relying}
    assert judged == {cid: v for cid, v in SEED_EXPECT.items() if cid not in relying}
    assert origins_or_problem(report)["mofa-en-1028"].startswith("refused")


def origins_or_problem(report: dict[str, Any]) -> dict[str, str]:
    return {
        source["id"]: source["problem"] or source["capture"]["origin"]
        for source in report["sources"]
    }
