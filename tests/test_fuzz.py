"""Fuzzing the parsers of untrusted input: the WARC capture reader, index.json, the claim
file loader (issue 8). The HTML extractor's fuzz test lives with the extractor.

Each property is what a user relies on, whatever the bytes:
- a capture file either reads back as exactly what was archived, or is reported corrupt
  (`CorruptCaptureError`, with no quoted content); never another exception, never a
  silently different body, URL or origin;
- whatever index.json holds, the archive lists what its WARC files hold;
- a claim file either loads or gives a `ClaimFileError` (file:line:col); never a crash.

CI runs a few dozen examples per property (`FACTCHECK_FUZZ_EXAMPLES`, default 40). Longer
runs: `python bench/fuzz.py --minutes 10` (see bench/README.md).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import zlib
from pathlib import Path

import yaml
from gzip_members import gzip_member, gzip_members
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.claimfiles.claims import load_claims
from factcheck.errors import ClaimFileError, CorruptCaptureError
from factcheck.model import CaptureOrigin
from factcheck.sources.archive import read as archive_read
from factcheck.sources.archive.evidence import EvidenceArchive
from factcheck.sources.archive.index import INDEX_NAME

EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
MARK = "SECRET-MARK-7f3a"
"""Text in every fuzzed capture: no error message may quote it."""
URL = "https://www.mofa.go.jp/fuzz.html"
WHEN = dt.datetime(2025, 10, 26, 9, 0, tzinfo=dt.UTC)
BODY = f"<html><body><p>{MARK}: 両首脳は電話で会談した。</p></body></html>".encode()


def _make_capture() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        archive = EvidenceArchive(Path(folder))
        archive.add_reconstruction(URL, BODY, "text/html; charset=utf-8", f"ours {MARK}", WHEN)
        [path] = Path(folder).glob("*/*.warc.gz")
        return path.read_bytes()


CAPTURE = _make_capture()


MEMBERS = gzip_members(CAPTURE)
RECORDS = [zlib.decompress(m, zlib.MAX_WBITS | 16) for m in MEMBERS]


@st.composite
def mutated_captures(draw: st.DrawFn) -> bytes:
    """A capture file changed the ways a careless or hostile contributor would change it."""
    kind = draw(
        st.sampled_from(
            ["flip", "truncate", "insert", "members", "record", "record-header", "garbage"]
        )
    )
    data = bytearray(CAPTURE)
    if kind == "flip":
        for _ in range(draw(st.integers(1, 4))):
            at = draw(st.integers(0, len(data) - 1))
            data[at] ^= draw(st.integers(1, 255))
    elif kind == "truncate":
        data = data[: draw(st.integers(0, len(data) - 1))]
    elif kind == "insert":
        at = draw(st.integers(0, len(data)))
        data[at:at] = draw(st.binary(min_size=1, max_size=64))
    elif kind == "members":
        order = draw(st.lists(st.integers(0, len(MEMBERS) - 1), max_size=6))
        data = bytearray(b"".join(MEMBERS[i] for i in order))
    elif kind in ("record", "record-header"):
        # Change a record's text and gzip it again, so only the WARC checks can tell.
        index = draw(st.integers(0, len(RECORDS) - 1))
        record = bytearray(RECORDS[index])
        head = record.index(b"\r\n\r\n") if kind == "record-header" else len(record) - 1
        at = draw(st.integers(0, max(head, 1)))
        record[at : at + draw(st.integers(0, 8))] = draw(st.binary(max_size=16))
        members = list(MEMBERS)
        members[index] = gzip_member(bytes(record))
        data = bytearray(b"".join(members))
    else:
        data = bytearray(gzip_member(draw(st.binary(max_size=512))) + draw(st.binary(max_size=64)))
    return bytes(data)


@FUZZ
@given(mutated_captures())
def test_a_mutated_capture_reads_back_exactly_or_is_corrupt(data: bytes) -> None:
    try:
        capture = archive_read.parse_capture(data, "evidence/x/capture.warc.gz")
    except CorruptCaptureError as exc:
        assert MARK not in str(exc)
        assert "evidence/x/capture.warc.gz" in str(exc)
        return
    # Read without complaint: then it must be the very capture that was archived.
    assert capture.body == BODY
    assert capture.url == URL
    assert capture.origin is CaptureOrigin.RECONSTRUCTION
    assert capture.fetched_at == WHEN


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(max_size=20)
    | st.sampled_from(["http://[", "https://" + "a" * 64 + ".com/", URL, "../../etc/passwd"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=20,
)


@st.composite
def hostile_indexes(draw: st.DrawFn) -> str:
    """index.json as a pull request could leave it: garbage, wrong types, swapped facts."""
    kind = draw(st.sampled_from(["json", "text", "entries", "nested"]))
    if kind == "json":
        return json.dumps(draw(_JSON))
    if kind == "text":
        return draw(st.text(max_size=200))
    if kind == "nested":
        depth = draw(st.integers(500, 50_000))
        return "[" * depth + "]" * draw(st.integers(0, depth))
    fields = ["url", "final_url", "fetched_at", "origin", "sha256", "status", "file", "size"]
    entry = {name: draw(_JSON) for name in draw(st.lists(st.sampled_from(fields), unique=True))}
    real = draw(st.booleans())
    captures = [{**TRUE_INDEX["captures"][0], **entry}] if real else [entry]
    return json.dumps({"format": "factcheck-evidence-index", "version": 1, "captures": captures})


def _true_index() -> dict:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        EvidenceArchive(root).add_reconstruction(URL, BODY, "text/html", "ours", WHEN)
        return json.loads((root / INDEX_NAME).read_text())


TRUE_INDEX = _true_index()


@FUZZ
@given(hostile_indexes())
def test_whatever_the_index_says_the_archive_reads_its_warc_files(index: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        EvidenceArchive(root).add_reconstruction(URL, BODY, "text/html", "ours", WHEN)
        (root / INDEX_NAME).write_text(index, encoding="utf-8")
        archive = EvidenceArchive(root)
        capture = archive.latest(URL)
        assert capture is not None and capture.body == BODY
        [entry] = archive.entries()
        assert (entry.url, entry.sha256) == (URL, capture.sha256)


# ── the claim file loader ─────────────────────────────────────────────────────

GOOD_CLAIMS = """\
version: 1
article:
  title: Leaders hold first call
  published: 2025-10-26
  language: en
sources:
  - id: readout
    url: https://www.mofa.go.jp/mofaj/na/na1/us/pageit_000001_02506.html
    publisher: MOFA
    language: ja
    kind: readout
claims:
  - id: call-date
    text: The leaders spoke on October 25 for about 25 minutes.
    sources: [readout]
    quotes: ["spoke on October 25"]
    expect: supported
"""

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True)
    | st.text(max_size=30)
    | st.dates()
    | st.sampled_from(["https://" + "a" * 64 + ".com/", "https://例え.テスト/", "http://[::1]/"])
)
_YAML_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=25,
)


@st.composite
def claim_files(draw: st.DrawFn) -> str:
    """Claim files as a careless or hostile author might write them."""
    kind = draw(st.sampled_from(["splice", "replace-value", "structure", "text"]))
    if kind == "splice":
        at = draw(st.integers(0, len(GOOD_CLAIMS)))
        cut = draw(st.integers(0, 20))
        return GOOD_CLAIMS[:at] + draw(st.text(max_size=40)) + GOOD_CLAIMS[at + cut :]
    if kind == "replace-value":
        lines = GOOD_CLAIMS.splitlines()
        index = draw(st.integers(0, len(lines) - 1))
        key = lines[index].split(":", 1)[0]
        value = yaml.safe_dump(draw(_YAML_VALUES), default_flow_style=True).strip()
        value = value.removesuffix("...").strip().replace("\n", " ")
        lines[index] = f"{key}: {value}"
        return "\n".join(lines) + "\n"
    if kind == "structure":
        document = yaml.safe_load(GOOD_CLAIMS)
        section = draw(st.sampled_from(["article", "sources", "claims", "version", "extra"]))
        document[section] = draw(_YAML_VALUES)
        return yaml.safe_dump(document, allow_unicode=True)
    return draw(st.text(max_size=300))


@FUZZ
@given(claim_files())
def test_a_claim_file_loads_or_says_where_it_is_wrong(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "claims.yaml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            loaded = load_claims(path)
        except ClaimFileError as exc:
            assert exc.location is not None and exc.location.file == str(path)
            return
        assert loaded.claims and loaded.sources
