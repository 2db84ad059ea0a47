"""Small builders for pipeline unit tests: documents from sentences, indexes, claims."""

from __future__ import annotations

import dataclasses
import datetime as dt

from factcheck.checks.match import SourceIndex, match_part
from factcheck.model import (
    Article,
    Claim,
    ClaimFile,
    ClaimResult,
    Document,
    Sentence,
    SourceKind,
    SourceOutcome,
    SourceSpec,
)
from factcheck.terms.termbase import load_termbase
from factcheck.text.analyse import analyse_claim
from factcheck.verify import check_claims

TERMBASE = load_termbase()


def document(url: str, language: str, *lines: str) -> Document:
    """A document whose sentences are `lines`; "【X】text" / "X: text" set a speaker."""
    sentences = []
    offset = 0
    for number, line in enumerate(lines):
        speaker = None
        text = line
        if line.startswith("【") and "】" in line:
            speaker, text = line[1:].split("】", 1)
        sentences.append(Sentence(number, text, offset, offset + len(text), speaker))
        offset += len(text) + 2
    body = "\n\n".join(s.text for s in sentences)
    return Document(url, "title", None, language, body, tuple(sentences))


def read_page(language: str, *paragraphs: str) -> Document:
    """A page read as a real run reads it: the tool's own extraction and sentences, from
    `paragraphs` as a plain-text page."""
    from factcheck.sources.extract.page import extract_text

    text = "\n\n".join(paragraphs).encode()
    return extract_text(text, "https://example.invalid/r", "text/plain", language)


def index_of(**documents: Document) -> SourceIndex:
    return SourceIndex(documents, TERMBASE)


def claim(text: str, *sources: str, **fields: object) -> Claim:
    return Claim(id="c", text=text, sources=tuple(sources) or ("s",), **fields)  # type: ignore[arg-type]


def best_matches(text: str, index: SourceIndex, *sources: str, language: str = "en"):
    facts = analyse_claim(claim(text, *sources), language, TERMBASE)
    return [match_part(p, language, index, list(sources) or ["s"]) for p in facts.parts]


def check_one(
    text: str,
    source: Document,
    *,
    language: str = "en",
    kind: SourceKind = SourceKind.READOUT,
    published: dt.date | None = None,
    source_dated: dt.date | None = None,
    **fields: object,
) -> ClaimResult:
    """The verdict on one claim against one source document, through the verify stages.

    `published` is the article's date; `source_dated` the source page's own date.
    """
    if source_dated is not None:
        source = dataclasses.replace(source, published=source_dated)
    spec = SourceSpec("s", "https://example.invalid/", language=source.language, kind=kind)
    claim_file = ClaimFile(
        "c.yaml",
        Article("t", language=language, published=published),
        (spec,),
        (claim(text, **fields),),
    )
    (result,) = check_claims(claim_file, (SourceOutcome(spec, document=source),), TERMBASE)
    return result


__all__ = [
    "TERMBASE",
    "SourceKind",
    "best_matches",
    "check_one",
    "claim",
    "document",
    "index_of",
]
