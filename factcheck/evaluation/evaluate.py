"""Evaluate: score the verdicts against a labelled set of claim/source pairs.

Takes case files (format: tests/fixtures/eval/README.md) and a termbase; gives per-verdict
precision and recall, overall accuracy and every miss, so a change that makes verdicts worse
is caught by the quality gate (tests/test_evaluate.py) before it lands.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from factcheck.claimfiles.yamlnodes import NodeReader, compose_yaml, read_text_file, where
from factcheck.errors import InputError
from factcheck.model import (
    Article,
    Claim,
    ClaimFile,
    ClaimResult,
    SourceKind,
    SourceOutcome,
    SourceSpec,
    Verdict,
)
from factcheck.sources.extract.page import extract_text
from factcheck.terms.termbase import Termbase
from factcheck.verify import check_claims


class EvalSetError(InputError):
    """An evaluation case file is malformed."""


@dataclass(frozen=True)
class EvalCase:
    id: str
    alteration: str
    expect: Verdict
    claim: Claim
    claim_language: str
    source: SourceSpec
    source_text: str | None
    unavailable: str | None
    published: dt.date | None
    """The source's date (its date line), also the default year for its dates."""
    note: str = ""
    article_published: dt.date | None = None
    """The claim's article's publication date, for relative dates ("on Sunday")."""
    tags: tuple[str, ...] = ()
    """Phenomena the case exercises (`katakana-name`, `second-clause` …), for counting."""


@dataclass(frozen=True)
class EvalOutcome:
    case: EvalCase
    result: ClaimResult

    @property
    def correct(self) -> bool:
        return self.result.verdict is self.case.expect


@dataclass(frozen=True)
class EvalScores:
    outcomes: tuple[EvalOutcome, ...]
    precision: dict[Verdict, float]
    """Per verdict: of the cases given this verdict, the share that should have it (1.0 if none)."""
    recall: dict[Verdict, float]
    """Per verdict: of the cases that should have it, the share that got it (1.0 if none)."""
    accuracy: float

    @property
    def misses(self) -> list[EvalOutcome]:
        return [o for o in self.outcomes if not o.correct]


_CASE_KEYS = frozenset({"id", "alteration", "note", "tags", "claim", "source", "expect"})
ALTERATIONS = (
    "none",
    "paraphrase",
    "quote-exact",
    "term-garbled",
    "part-unsupported",
    "quote-altered",
    "speaker-swap",
    "setting-swap",
    "date-shift",
    "number-change",
    "actor-swap",
    "absent",
    "source-missing",
    "unmatched-language",
)
"""How a case's claim was made from its source (tests/fixtures/eval/README.md)."""
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
"""An ISO 639 code: any language may be a source's; the pipeline says which it cannot match."""
_CLAIM_KEYS = frozenset({"text", "language", "quotes", "speaker", "setting", "published"})
_SOURCE_KEYS = frozenset({"language", "kind", "published", "text", "unavailable"})


SPLITS = ("dev", "test", "holdout")
"""A labelled set's splits, by event: `dev` may be tuned on; `test` and `holdout` are only
reported (`holdout` was written blind later, after `test` had been seen while tuning)."""
PINNED_SPLITS = ("dev", "test")
"""The splits a labelled set must have for its floors to be pinned as a whole."""
UNREAD_SPLITS = ("test", "holdout")
"""The splits whose misses `factcheck eval` lists only when asked (`--misses`): they measure
how factcheck generalises, and a miss read is a case tuned on."""


def find_splits(folder: Path) -> dict[str, Path]:
    """The split folders of a labelled set: `dev/`, `test/` and `holdout/` where they hold
    case files, else the folder itself as one split named after it."""
    splits = {name: folder / name for name in SPLITS if any((folder / name).glob("*.yaml"))}
    return splits or {folder.name: folder}


def load_eval_splits(folder: Path) -> dict[str, list[EvalCase]]:
    """The cases of each split of `folder` (see `find_splits`); ids are unique across splits."""
    seen: dict[str, str] = {}
    return {name: load_eval_cases(path, seen) for name, path in find_splits(folder).items()}


def load_eval_cases(folder: Path, seen: dict[str, str] | None = None) -> list[EvalCase]:
    """Every case of every `*.yaml` file in `folder`, in file then case order.

    `seen` maps case ids already loaded (from other splits) to their files."""
    cases: list[EvalCase] = []
    seen = {} if seen is None else seen
    for path in sorted(folder.glob("*.yaml")):
        for case in _load_file(path):
            if case.id in seen:
                raise EvalSetError(
                    f"duplicate case id '{case.id}' (also in {seen[case.id]})",
                    case.claim.location,
                    "give every case an id of its own, across all splits",
                )
            seen[case.id] = str(path)
            cases.append(case)
    if not cases:
        raise EvalSetError(f"no evaluation cases in {folder}", hint="add *.yaml case files")
    return cases


def hash_case_files(folder: Path) -> str:
    """SHA-256 over the names and bytes of a split's case files, to pin floors to content."""
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.yaml")):
        digest.update(path.name.encode("utf-8") + b"\0")
        data = path.read_bytes()
        digest.update(str(len(data)).encode("ascii") + b"\0" + data)
    return digest.hexdigest()


def _load_file(path: Path) -> list[EvalCase]:
    file = str(path)
    read = NodeReader(file, EvalSetError)
    root = compose_yaml(read_text_file(path, EvalSetError, "case file"), file, EvalSetError)
    if root is None:
        return []
    top = read.mapping(root, "a case file", frozenset({"version", "cases"}))
    if "cases" not in top:
        raise read.fail(root, "a case file needs a 'cases' list")
    return [_case(read, node) for node in read.sequence(top["cases"][1], "cases")]


def _case(read: NodeReader, node: yaml.Node) -> EvalCase:
    fields = read.mapping(node, "a case", _CASE_KEYS)
    for key in ("id", "claim", "source", "expect"):
        if key not in fields:
            raise read.fail(node, f"a case needs '{key}'")
    case_id = read.string(fields["id"][1], "id")
    claim_fields = read.mapping(fields["claim"][1], f"claim of case '{case_id}'", _CLAIM_KEYS)
    source_fields = read.mapping(fields["source"][1], f"source of case '{case_id}'", _SOURCE_KEYS)
    if "text" not in claim_fields:
        raise read.fail(fields["claim"][1], f"claim of case '{case_id}' needs 'text'")

    def text_of(mapping: dict[str, tuple[yaml.Node, yaml.Node]], key: str) -> str | None:
        return read.string(mapping[key][1], key) if key in mapping else None

    setting = text_of(claim_fields, "setting")
    kind = text_of(source_fields, "kind") or "other"
    published = text_of(source_fields, "published")
    article_published = text_of(claim_fields, "published")
    try:
        expect = Verdict(read.string(fields["expect"][1], "expect"))
        claim_setting = SourceKind(setting) if setting else None
        source_kind = SourceKind(kind)
        published_date = dt.date.fromisoformat(published) if published else None
        article_date = dt.date.fromisoformat(article_published) if article_published else None
    except ValueError as exc:
        raise read.fail(node, f"case '{case_id}': {exc}") from None
    language = text_of(source_fields, "language") or "en"
    if not _LANGUAGE_CODE.fullmatch(language):
        raise read.fail(
            source_fields["language"][1],
            f"case '{case_id}': source language '{language}' is not an ISO 639-1 code",
        )
    source = SourceSpec(
        id="source",
        url=f"https://eval.invalid/{case_id}",
        language=language,
        kind=source_kind,
        location=where(node, read.file),
    )
    quotes = (
        tuple(read.string_list(claim_fields["quotes"][1], "quotes"))
        if "quotes" in claim_fields
        else ()
    )
    claim = Claim(
        id=case_id,
        text=read.string(claim_fields["text"][1], "text"),
        sources=("source",),
        quotes=quotes,
        speaker=text_of(claim_fields, "speaker"),
        setting=claim_setting,
        expect=expect,
        location=where(node, read.file),
    )
    alteration = text_of(fields, "alteration") or "none"
    if alteration not in ALTERATIONS:
        raise read.fail(
            fields["alteration"][1],
            f"case '{case_id}': unknown alteration '{alteration}'",
        )
    return EvalCase(
        id=case_id,
        alteration=alteration,
        expect=expect,
        claim=claim,
        claim_language=text_of(claim_fields, "language") or "en",
        source=source,
        source_text=text_of(source_fields, "text"),
        unavailable=text_of(source_fields, "unavailable"),
        published=published_date,
        note=text_of(fields, "note") or "",
        article_published=article_date,
        tags=tuple(read.string_list(fields["tags"][1], "tags")) if "tags" in fields else (),
    )


def judge_case(case: EvalCase, termbase: Termbase) -> ClaimResult:
    """Run the verify stages on one case, its source given as text."""
    if case.source_text is None:
        outcome = SourceOutcome(case.source, problem=case.unavailable or "no text given")
    else:
        document = extract_text(
            case.source_text.encode("utf-8"),
            case.source.url or case.id,
            "text/plain",
            case.source.language,
        )
        if case.published:
            document = dataclasses.replace(document, published=case.published)
        outcome = SourceOutcome(case.source, document=document)
    claim_file = ClaimFile(
        path=case.id,
        article=Article(
            title=case.id, language=case.claim_language, published=case.article_published
        ),
        sources=(case.source,),
        claims=(case.claim,),
    )
    (result,) = check_claims(claim_file, (outcome,), termbase)
    return result


def score_cases(cases: Sequence[EvalCase], termbase: Termbase) -> EvalScores:
    outcomes = tuple(EvalOutcome(case, judge_case(case, termbase)) for case in cases)
    given = Counter(o.result.verdict for o in outcomes)
    wanted = Counter(o.case.expect for o in outcomes)
    right = Counter(o.case.expect for o in outcomes if o.correct)
    precision = {v: right[v] / given[v] if given[v] else 1.0 for v in Verdict}
    recall = {v: right[v] / wanted[v] if wanted[v] else 1.0 for v in Verdict}
    accuracy = sum(right.values()) / len(outcomes) if outcomes else 0.0
    return EvalScores(outcomes, precision, recall, accuracy)
