"""Merge: read JSON reports (docs/report-json.md) back into `Report`s and combine them.

Takes the text of JSON reports written by `factcheck verify --format json` (one report or an
array of them, e.g. one per CI shard); gives `Report` values that any renderer can turn into
any output format again, so shards run in parallel and are reported as one run.

A report read back holds what the JSON holds: the sources' bytes and sentences are not in
it, so a capture read back has its digest but no body, and a document its count of
sentences but not their text (evidence keeps the sentences it cites). A claim's `sources`
were added to the JSON within schema 1; an older report gives the sources checked instead.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

from factcheck.errors import InputError, Location
from factcheck.model import (
    Anchor,
    AnchorKind,
    Article,
    Capture,
    CaptureOrigin,
    Claim,
    ClaimFile,
    ClaimResult,
    Correction,
    CorrectionKind,
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
from factcheck.render.json_report import SCHEMA_VERSION

MAX_REPORT_BYTES = 512 * 1024 * 1024
"""A JSON report holds about 4 KB per claim file: this is room for some 100,000 of them in
one shard, and a bound on what `merge` reads into memory."""


class ReportFileError(InputError):
    """A file given to `factcheck merge` is not a JSON report factcheck can read."""


def read_json_reports(text: str, name: str) -> list[Report]:
    """The reports in the text of one JSON report file (an object, or an array of them).

    Raises ReportFileError, naming the file and what is wrong, for anything else.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReportFileError(
            f"not JSON: {exc.msg}",
            Location(name, exc.lineno, exc.colno),
            "give the files `factcheck verify --format json` wrote",
        ) from None
    items = data if isinstance(data, list) else [data]
    reports = []
    for number, item in enumerate(items):
        where = f"report {number + 1}" if isinstance(data, list) else "the report"
        try:
            reports.append(_report(item))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ReportFileError(
                f"{where} is not a factcheck JSON report of schema {SCHEMA_VERSION} "
                f"({type(exc).__name__}: {exc})",
                Location(name),
                "give the files `factcheck verify --format json` wrote",
            ) from None
    return reports


def merge_reports(groups: Iterable[Sequence[Report]]) -> list[Report]:
    """The reports of every group (e.g. every shard), ordered by claim file path.

    The order is the one `factcheck verify` gives when its claim files are listed sorted, so
    the merged shards render exactly as one run over the sorted files would. A claim file
    reported twice means two shards overlapped: that raises ReportFileError.
    """
    seen: dict[str, Report] = {}
    for group in groups:
        for report in group:
            path = report.claim_file.path
            if path in seen:
                raise ReportFileError(
                    f"claim file {path} is reported twice",
                    None,
                    "each claim file must be in one shard only: give every shard the same "
                    "--shard N and the same claim files",
                )
            seen[path] = report
    return [seen[path] for path in sorted(seen)]


# ── rebuilding the model from the JSON shape ──────────────────────────────────


def _report(data: dict[str, Any]) -> Report:
    if data["schema"] != SCHEMA_VERSION:
        raise ValueError(f"schema {data['schema']!r}, this factcheck reads {SCHEMA_VERSION}")
    path = str(data["claim_file"])
    specs = tuple(_spec(item) for item in data["sources"])
    claims = tuple(_claim(item, path) for item in data["claims"])
    claim_file = ClaimFile(
        path=path, article=_article(data["article"]), sources=specs, claims=claims
    )
    return Report(
        claim_file=claim_file,
        results=tuple(
            _result(item, claim) for item, claim in zip(data["claims"], claims, strict=True)
        ),
        sources=tuple(
            _outcome(item, spec) for item, spec in zip(data["sources"], specs, strict=True)
        ),
        generated_at=dt.datetime.fromisoformat(data["generated_at"]),
        offline=bool(data["offline"]),
        tool_version=str(data["tool"]["version"]),
    )


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _article(data: dict[str, Any]) -> Article:
    return Article(
        title=str(data["title"]),
        url=data.get("url"),
        published=_date(data.get("published")),
        language=str(data["language"]),
        translated_from=data.get("translated_from"),
        text_path=data.get("text"),
    )


def _spec(data: dict[str, Any]) -> SourceSpec:
    return SourceSpec(
        id=str(data["id"]),
        url=data.get("url"),
        publisher=str(data.get("publisher") or ""),
        language=str(data["language"]),
        kind=SourceKind(data["kind"]),
        title=data.get("title"),
    )


def _location(data: dict[str, Any] | None, file: str) -> Location | None:
    if data is None:
        return None
    return Location(str(data.get("file", file)), int(data["line"]), int(data["column"]))


def _claim(data: dict[str, Any], path: str) -> Claim:
    expect = data.get("expect")
    setting = data.get("setting")
    return Claim(
        id=str(data["id"]),
        text=str(data["text"]),
        sources=tuple(data.get("sources", data["sources_checked"])),
        quotes=tuple(data.get("quotes", ())),
        speaker=data.get("speaker"),
        setting=SourceKind(setting) if setting else None,
        expect=Verdict(expect) if expect else None,
        notes=str(data.get("notes", "")),
        location=_location(data.get("location"), path),
    )


def _result(data: dict[str, Any], claim: Claim) -> ClaimResult:
    return ClaimResult(
        claim=claim,
        verdict=Verdict(data["verdict"]),
        reason=str(data["reason"]),
        evidence=tuple(_match(item) for item in data["evidence"]),
        sources_checked=tuple(data["sources_checked"]),
        term_flags=tuple(_flag(item) for item in data["term_flags"]),
        details=tuple(data["details"]),
        article_location=_location(data.get("article_location"), ""),
        corrections=tuple(_correction(item) for item in data.get("corrections", ())),
    )


def _correction(data: dict[str, Any]) -> Correction:
    index = data.get("sentence_index")
    return Correction(
        kind=CorrectionKind[str(data["kind"]).upper()],
        found=str(data["found"]),
        correct=str(data["correct"]),
        gloss=str(data.get("gloss") or ""),
        source_id=data.get("source_id"),
        sentence_index=None if index is None else int(index),
    )


def _match(data: dict[str, Any]) -> Match:
    sentence = Sentence(
        index=int(data["sentence_index"]),
        text=str(data["sentence"]),
        start=0,
        end=0,
        speaker=data.get("speaker"),
        section=data.get("section"),
    )
    covered = tuple(
        Anchor(AnchorKind(a["kind"]), str(a["key"]), str(a["claim"])) for a in data["anchors"]
    )
    return Match(
        source_id=str(data["source_id"]),
        sentence=sentence,
        score=float(data["score"]),
        wording=float(data["wording"]),
        coverage=float(data["coverage"]),
        covered=covered,
        source_forms=tuple(str(a["source"]) for a in data["anchors"]),
        missing=tuple(
            Anchor(AnchorKind(a["kind"]), str(a["key"]), str(a["claim"])) for a in data["missing"]
        ),
        span=str(data["span"]),
        context=tuple(
            Sentence(int(c["sentence_index"]), str(c["sentence"]), 0, 0) for c in data["context"]
        ),
    )


def _flag(data: dict[str, Any]) -> TermFlag:
    return TermFlag(
        found=str(data["found"]),
        official=str(data["official"]),
        entry_id=str(data["entry"]),
        severity=Severity(data["severity"]),
        source_form=data.get("source_form"),
        source_id=data.get("source_id"),
        sentence=data.get("source_sentence"),
        score=float(data["score"]),
        listed=bool(data["listed"]),
        accepted=data.get("accepted"),
    )


def _outcome(data: dict[str, Any], spec: SourceSpec) -> SourceOutcome:
    capture = None
    if (found := data.get("capture")) is not None:
        content_type = str(found.get("content_type") or "")
        capture = Capture(
            url=str(found["url"]),
            final_url=str(found["final_url"]),
            status=int(found["status"]),
            headers=(("Content-Type", content_type),) if content_type else (),
            body=b"",
            fetched_at=dt.datetime.fromisoformat(found["captured_at"]),
            sha256=str(found["sha256"]),
            origin=CaptureOrigin(found["origin"]),
            note=str(found.get("note") or ""),
        )
    document = None
    if (text := data.get("document")) is not None:
        # Only the count of sentences is in the report: stand-ins keep it.
        count = int(text["sentences"])
        document = Document(
            url=capture.final_url if capture else spec.url or "",
            title=str(text["title"]),
            published=_date(text.get("published")),
            language=str(text["language"]),
            text="",
            sentences=tuple(Sentence(i, "", 0, 0) for i in range(count)),
        )
    return SourceOutcome(spec, capture, document, data.get("problem"))
