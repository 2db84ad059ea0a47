"""The report renderers: golden reports of the seed case, and escaping of untrusted text.

After a deliberate change to the pipeline or the renderers, rewrite the golden files with
`pytest tests/test_render.py --update-golden` and review the diff before committing it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re

import pytest
from conftest import REPO_ROOT, SEED_CLAIMS, SEED_EVIDENCE

from factcheck.claimfiles.claims import load_claims, read_article_text
from factcheck.errors import ArchiveError, SourceError
from factcheck.model import (
    Anchor,
    AnchorKind,
    Article,
    Capture,
    CaptureOrigin,
    Claim,
    ClaimFile,
    ClaimResult,
    Document,
    Match,
    Report,
    Sentence,
    Severity,
    SourceKind,
    SourceOutcome,
    SourceSpec,
    TermFlag,
    Verdict,
)
from factcheck.render import OutputFormat, render_json, render_markdown, render_report
from factcheck.sources.archive.evidence import EvidenceArchive
from factcheck.sources.archive.retrieve import get_capture
from factcheck.sources.fetch import FetchPolicy
from factcheck.terms.termbase import load_termbase
from factcheck.verify import verify_claim_file

GOLDEN = REPO_ROOT / "tests" / "fixtures" / "golden"
FIXED_NOW = dt.datetime(2025, 11, 1, 9, 30, tzinfo=dt.UTC)


# ── golden reports of the seed case ─────────────────────────────────────────────


@pytest.fixture(scope="module")
def seed_report() -> Report:
    """The seed run offline, as `factcheck verify --offline claims/…` builds it."""
    archive = EvidenceArchive(SEED_EVIDENCE)
    policy = FetchPolicy()

    def get(spec: SourceSpec) -> Capture:
        try:
            return get_capture(spec.url, archive, offline=True, refresh=False, policy=policy)
        except ArchiveError as exc:
            raise SourceError(spec.url, str(exc)) from exc

    # The path as a user at the repository root types it, so the report reads the same
    # wherever the repository is checked out.
    loaded = load_claims(SEED_CLAIMS)
    claim_file = dataclasses.replace(loaded, path=str(SEED_CLAIMS.relative_to(REPO_ROOT)))
    report = verify_claim_file(
        claim_file,
        get,
        load_termbase([]),
        offline=True,
        now=FIXED_NOW,
        article_text=read_article_text(loaded),
    )
    # Pinned so that a version bump does not churn the golden files.
    return dataclasses.replace(report, tool_version="0.0.0-golden")


@pytest.mark.parametrize(
    ("output_format", "golden"),
    [(OutputFormat.MARKDOWN, "seed-report.md"), (OutputFormat.JSON, "seed-report.json")],
)
def test_seed_report_matches_golden(seed_report, update_golden, output_format, golden):
    rendered = render_report(seed_report, output_format)
    path = GOLDEN / golden
    if update_golden:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(rendered, encoding="utf-8")
    assert path.exists(), f"{path} is missing; run pytest --update-golden to create it"
    assert rendered == path.read_text(encoding="utf-8"), (
        f"{golden} differs from the rendered report; if the change is deliberate, "
        "run `pytest tests/test_render.py --update-golden` and review the diff"
    )


def test_seed_report_is_deterministic(seed_report):
    assert render_markdown(seed_report) == render_markdown(seed_report)
    data = json.loads(render_json(seed_report))
    assert data["generated_at"] == FIXED_NOW.isoformat()
    assert data["tool"] == {"name": "factcheck", "version": "0.0.0-golden"}


def test_seed_markdown_marks_reconstructions_and_lists_every_source(seed_report):
    markdown = render_markdown(seed_report)
    data = json.loads(render_json(seed_report))

    assert "⚠ Warning: some sources are **reconstructions**" in markdown
    sources = markdown.split("\n## Sources\n", 1)[1]
    for outcome in seed_report.sources:
        assert outcome.capture is not None
        # A short digest in the report; the full one in the JSON.
        assert f"`{outcome.capture.sha256[:12]}`" in sources
        assert outcome.capture.sha256 not in markdown
        assert outcome.capture.sha256 in {s["capture"]["sha256"] for s in data["sources"]}
        assert f"`{outcome.spec.url}`" in sources
    assert sources.count("⚠ reconstruction") == len(seed_report.sources) == 4


def test_seed_markdown_puts_every_problem_with_its_correction_in_the_first_40_lines(
    seed_report,
):
    head = "\n".join(render_markdown(seed_report).splitlines()[:40])

    assert "**12 claims: 8 supported, 1 misquoted, 1 misattributed, 2 not-found" in head
    for result in seed_report.results:
        if result.verdict is Verdict.SUPPORTED:
            continue
        assert f". {result.claim.id}: " in head, result.claim.id
        assert " ".join(result.claim.text.split()) in head, result.claim.id
    # The corrections: the speaker and setting the source gives, the words the source
    # quotes with their gloss, and the official wording.
    assert "speaker: “both leaders” → “大統領 (= Donald J. Trump in this source)”" in head
    assert (
        "setting: “the call or meeting itself (per its readout)” → “remarks to the press”" in head
    )
    assert (
        "quotation: “very cheerful and attractive” → “とても快活で楽しい” (cheerful and fun)"
        in head
    )
    assert "“Friendly and wide Pacific India” → “Free and Open Indo-Pacific”" in head
    assert head.count("- **What to do:** no source checked says this") == 1  # china-competition
    # Problems come before the supported claims.
    assert "## Supported" not in head.split("## Problems", 1)[0]


def test_seed_markdown_escapes_only_what_markdown_would_act_on(seed_report):
    markdown = render_markdown(seed_report)

    assert "\\-" not in markdown and "\\(" not in markdown and "\\." not in markdown
    assert "India-Pacific" in markdown and "(mofa-ja-call sentence 3)" in markdown


# ── escaping: a page or a claim file must not inject markdown or HTML ────────────

SCRIPT = "<script>alert(1)</script>"
IMAGE = "![x](http://evil/x.png)"
LINK = "[click](javascript:alert(1))"
PIPES = "| col | col2 |"
TICKS = "`rm -rf ~` ``x``"
HEADING = "\n# heading\n\n## owned"
ESCAPED_PIPE = "a\\|b"
INJECTIONS = [SCRIPT, IMAGE, LINK, PIPES, TICKS, HEADING, ESCAPED_PIPE]


def hostile(label: str) -> str:
    return f"{label} " + " ".join(INJECTIONS) + f" end of {label}"


@pytest.fixture(scope="module")
def hostile_report() -> Report:
    source_id = hostile("source-id")
    when = dt.datetime(2025, 10, 25, 12, 0, tzinfo=dt.UTC)
    sentence = Sentence(
        index=0,
        text=hostile("sentence"),
        start=0,
        end=100,
        speaker=hostile("speaker"),
        section=hostile("section"),
    )
    anchor = Anchor(AnchorKind.TERM, "indo-pacific", hostile("anchor"))
    word = Anchor(AnchorKind.WORD, "word", hostile("word"))
    match = Match(
        source_id=source_id,
        sentence=sentence,
        score=88.0,
        wording=0.0,
        coverage=0.9,
        covered=(anchor, word),
        source_forms=(hostile("source-form"), hostile("word-form")),
        missing=(Anchor(AnchorKind.DATE, "2025-10-25", hostile("missing")),),
    )
    spec = SourceSpec(
        id=source_id,
        url="https://evil.example/a`b|c)d",
        publisher=hostile("publisher"),
        language="en",
        kind=SourceKind.READOUT,
    )
    claim = Claim(
        id=hostile("claim-id"),
        text=hostile("claim-text"),
        sources=(source_id,),
        expect=Verdict.SUPPORTED,
        notes=hostile("notes"),
    )
    flag = TermFlag(
        found=hostile("found"),
        official=hostile("official"),
        entry_id="indo-pacific",
        severity=Severity.ERROR,
        source_form=hostile("flag-source-form"),
        source_id=source_id,
        sentence=hostile("flag-sentence"),
        listed=False,
        score=91.0,
        accepted=hostile("accepted"),
    )
    result = ClaimResult(
        claim=claim,
        verdict=Verdict.MISQUOTED,
        reason=hostile("reason"),
        evidence=(match,),
        sources_checked=(source_id,),
        term_flags=(flag,),
        details=(hostile("detail"),),
    )
    body = sentence.text.encode()
    capture = Capture(
        url=spec.url,
        final_url=spec.url,
        status=200,
        headers=(("Content-Type", "text/html"),),
        body=body,
        fetched_at=when,
        sha256="0" * 64,
        origin=CaptureOrigin.RECONSTRUCTION,
        note=hostile("note"),
    )
    document = Document(spec.url, hostile("doc-title"), None, "en", sentence.text, (sentence,))
    unavailable = SourceSpec(id=hostile("gone"), url="https://evil.example/gone")
    claim_file = ClaimFile(
        path="claims/evil|`x`.yaml",
        article=Article(title=hostile("title"), url="https://evil.example/article`|"),
        sources=(spec, unavailable),
        claims=(claim,),
    )
    return Report(
        claim_file=claim_file,
        results=(result,),
        sources=(
            SourceOutcome(spec, capture, document),
            SourceOutcome(unavailable, problem=hostile("problem")),
        ),
        generated_at=when,
        offline=True,
        tool_version="0.0.0-test",
    )


def unescaped_pipes(line: str) -> int:
    # GFM (cmark-gfm, markdown-it) splits cells on a pipe not directly after a backslash,
    # inside code spans too.
    return len(re.findall(r"(?<!\\)\|", line))


def test_markdown_has_no_raw_html(hostile_report):
    markdown = render_markdown(hostile_report)

    assert "<script" not in markdown.lower()
    assert "</script" not in markdown.lower()
    assert "&lt;script&gt;" in markdown


def test_markdown_has_no_active_links_or_images(hostile_report):
    markdown = render_markdown(hostile_report)

    assert not re.search(r"(?<!\\)\]\(", markdown), "a link or image target survived"
    assert not re.search(r"(?<!\\)!(?<!\\)\[", markdown)
    assert "](javascript" not in markdown
    assert "](http://evil" not in markdown


def test_markdown_has_no_injected_code_spans(hostile_report):
    markdown = render_markdown(hostile_report)

    assert not re.search(r"(?<!\\)`rm", markdown)
    assert not re.search(r"(?<!\\)``x", markdown)


def test_markdown_headings_are_only_the_reports_own(hostile_report):
    markdown = render_markdown(hostile_report)

    own = re.compile(
        r"^(# factcheck report: |## Problems: \d+$|## Supported: \d+$|## Details$"
        r"|## Sources$|### \d+\. )"
    )
    for line in markdown.splitlines():
        if line.lstrip().startswith("#"):
            assert own.match(line), f"injected heading: {line!r}"
    # The injected text is there, on the same line as what precedes it, not as a heading.
    assert " # heading ## owned " in markdown


def test_markdown_tables_keep_their_columns(hostile_report):
    lines = render_markdown(hostile_report).splitlines()

    tables: list[list[str]] = []
    previous = ""
    for line in lines:
        if line.startswith("|"):
            if not previous.startswith("|"):
                tables.append([])
            tables[-1].append(line)
        previous = line
    assert [len(table) for table in tables] == [4], "the sources table"
    for table, columns in zip(tables, (6,), strict=True):
        for row in table:
            assert unescaped_pipes(row) == columns + 1, f"row broken into other columns: {row}"


def test_markdown_keeps_the_untrusted_text_readable(hostile_report):
    markdown = render_markdown(hostile_report)

    # Escaped, not dropped: every label is still there for the editor to read.
    for label in ("claim-text", "sentence", "note", "publisher", "reason", "detail", "problem"):
        assert f"end of {label}" in markdown, label


def test_json_keeps_the_raw_text(hostile_report):
    data = json.loads(render_json(hostile_report))

    result = hostile_report.results[0]
    claim = data["claims"][0]
    assert claim["id"] == result.claim.id
    assert claim["text"] == result.claim.text
    assert claim["reason"] == result.reason
    assert claim["evidence"][0]["sentence"] == result.evidence[0].sentence.text
    assert claim["evidence"][0]["source_id"] == result.evidence[0].source_id
    assert claim["term_flags"][0]["found"] == result.term_flags[0].found
    source = data["sources"][0]
    assert source["id"] == hostile_report.sources[0].spec.id
    assert source["capture"]["note"] == hostile("note")
    assert source["url"] == "https://evil.example/a`b|c)d"
    assert data["sources"][1]["problem"] == hostile("problem")
    assert data["claim_file"] == "claims/evil|`x`.yaml"
    for injection in INJECTIONS:
        assert injection in claim["text"]
