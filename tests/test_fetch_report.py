"""Drift between captures and its rendering (factcheck.render.fetch_report): pure functions."""

from __future__ import annotations

import datetime as dt
import hashlib

from hypothesis import given
from hypothesis import strategies as st

from factcheck.model import Capture, CaptureOrigin, SourceOutcome, SourceSpec
from factcheck.render.fetch_report import (
    DriftKind,
    compare_sources,
    render_fetch_report,
    sentence_diff,
    shown,
)
from factcheck.sources.extract.page import extract_text

SPEC = SourceSpec(id="readout", url="https://www.example.org/r.html")
WHEN = dt.datetime(2025, 10, 26, 9, tzinfo=dt.UTC)


def outcome(html: str | None, origin=CaptureOrigin.LIVE, when=WHEN, problem=None) -> SourceOutcome:
    if html is None:
        return SourceOutcome(SPEC, problem=problem)
    body = html.encode()
    capture = Capture(
        SPEC.url,
        SPEC.url,
        200,
        (("Content-Type", "text/html"),),
        body,
        when,
        hashlib.sha256(body).hexdigest(),
        origin,
    )
    document = extract_text(body, SPEC.url, "text/html", "en")
    return SourceOutcome(SPEC, capture, document, problem)


OLD = "<p>The call lasted ten minutes. They agreed to meet. Both thanked each other.</p>"
NEW = "<p>The call lasted fifteen minutes. They agreed to meet. Both thanked each other.</p>"


def kind(before, after, refreshed=True) -> DriftKind:
    (drift,) = compare_sources([before], [after], refreshed=refreshed)
    return drift.kind


def test_kinds_of_drift():
    later = WHEN + dt.timedelta(days=1)
    assert kind(outcome(None, problem="x"), outcome(OLD)) is DriftKind.NEW
    assert kind(outcome(OLD), outcome(OLD, when=later)) is DriftKind.UNCHANGED
    assert kind(outcome(OLD), outcome(OLD, CaptureOrigin.ARCHIVE), refreshed=False) is (
        DriftKind.ARCHIVED
    )
    assert kind(outcome(OLD), outcome(NEW, when=later)) is DriftKind.CHANGED
    assert kind(outcome(OLD), outcome(OLD.replace("<p>", "<p class='x'>"))) is (
        DriftKind.REFORMATTED
    )
    assert kind(outcome(OLD), outcome(None, problem="HTTP 503")) is DriftKind.FAILED


def test_the_diff_shows_changed_sentences_with_context():
    diff = sentence_diff(outcome(OLD).document, outcome(NEW).document)
    assert diff == (
        "- The call lasted ten minutes.",
        "+ The call lasted fifteen minutes.",
        "  They agreed to meet.",
    )


def test_failed_source_says_what_the_archive_still_has():
    (drift,) = compare_sources([outcome(OLD)], [outcome(None, problem="HTTP 503")], refreshed=True)
    text = render_fetch_report("c.yaml", [drift])
    assert text.splitlines()[0] == "c.yaml: 1 source: 1 failed"
    assert "could not be had: HTTP 503" in text
    assert "the archive still holds the fetched live 2025-10-26 09:00 UTC" in text


def test_page_text_cannot_drive_the_terminal():
    evil = "<p>Normal words \x1b[2J\x1b]0;owned\x07 and \u202egnirts desrever.</p>"
    (drift,) = compare_sources([outcome(OLD)], [outcome(evil)], refreshed=True)
    text = render_fetch_report("c.yaml", [drift])
    assert "\x1b" not in text and "\u202e" not in text and "\x07" not in text
    assert "\\u001b" in text and "\\u202e" in text


@given(st.text())
def test_shown_never_passes_control_characters(text):
    out = shown(text)
    assert not any(0 <= ord(ch) < 0x20 and ch != "\t" for ch in out)
    assert not any(0x7F <= ord(ch) <= 0x9F for ch in out)
