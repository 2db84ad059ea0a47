"""The values that flow through the pipeline, stage by stage.

load claims ─▶ ClaimFile(Article, SourceSpec…, Claim…)
get sources ─▶ Capture (bytes as archived)
extract     ─▶ Document(Sentence…)
analyse     ─▶ Anchor… per claim part
match       ─▶ Match… per claim part
check/decide ─▶ ClaimResult(Verdict, reason, evidence)
render      ─▶ str

Everything here is a frozen value; stages take values and return values.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck.errors import Location
from factcheck.severity import Severity as Severity

if TYPE_CHECKING:
    from factcheck.languages.interface import BridgeKind


class Verdict(enum.Enum):
    """What the sources checked say about a claim."""

    SUPPORTED = "supported"
    PARTLY_SUPPORTED = "partly-supported"
    MISQUOTED = "misquoted"
    MISATTRIBUTED = "misattributed"
    CONTRADICTED = "contradicted"
    NOT_FOUND = "not-found"
    UNVERIFIABLE = "unverifiable"


FAILING_VERDICTS = frozenset({Verdict.CONTRADICTED, Verdict.MISQUOTED, Verdict.MISATTRIBUTED})
"""The verdicts that fail a run unless `--fail-on` says otherwise."""


class SourceKind(enum.Enum):
    """What kind of text a source is; used to judge the setting of a statement."""

    READOUT = "readout"
    """An official summary of a meeting or call (e.g. MOFA's 電話会談 page)."""
    PRESS_REMARKS = "press-remarks"
    """What someone told reporters (ぶら下がり, doorstep remarks)."""
    PRESS_CONFERENCE = "press-conference"
    STATEMENT = "statement"
    OTHER = "other"


class CaptureOrigin(enum.Enum):
    """Where the bytes of a capture came from; reports always say which."""

    LIVE = "live"
    """Fetched from the publisher during this run."""
    ARCHIVE = "archive"
    """Replayed from the evidence archive, fetched live in an earlier run."""
    WAYBACK = "wayback"
    """Taken from the Internet Archive's copy."""
    RECONSTRUCTION = "reconstruction"
    """Written by the project in its own words to stand in for the real page."""
    SAVED = "saved"
    """The publisher's page as an editor saved it from a browser (HTML or MHTML)."""
    IMPORTED = "imported"
    """A response record from a WARC file made by another web-archiving tool."""


# ── load claims ───────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Article:
    """The article whose claims are checked."""

    title: str
    url: str | None = None
    published: dt.date | None = None
    """Publication date; also the default year for dates written without one."""
    language: str = "en"
    translated_from: str | None = None
    """Language the article was translated from, when known (e.g. "vi")."""
    text_path: str | None = None
    """Path of the article text, relative to the claim file."""


@dataclass(frozen=True)
class SourceSpec:
    """A primary source named in a claim file."""

    id: str
    url: str | None
    """None while the source waits for `factcheck discover` to find its page."""
    publisher: str = ""
    language: str = "en"
    kind: SourceKind = SourceKind.OTHER
    title: str | None = None
    location: Location | None = None
    """Where the source is defined, for messages."""
    discover: bool = False
    """The claim file asks `factcheck discover` to find (or re-find) this source's page."""


@dataclass(frozen=True)
class AcceptedTerm:
    """A term deviation an editor accepted in the claim file, with why."""

    text: str
    justification: str


@dataclass(frozen=True)
class Claim:
    """One checkable assertion of the article."""

    id: str
    text: str
    """The claim as it appears in the article."""
    sources: tuple[str, ...]
    """Ids of the sources it rests on."""
    quotes: tuple[str, ...] = ()
    """Quoted spans; when empty, text between quotation marks in `text` is used."""
    speaker: str | None = None
    """Who the article says made the statement, when it says so (e.g. "Takaichi")."""
    setting: SourceKind | None = None
    """In which setting the article places the statement, when it says so."""
    expect: Verdict | None = None
    """The verdict an editor recorded; a different outcome fails the run."""
    notes: str = ""
    accepted_terms: tuple[AcceptedTerm, ...] = ()
    location: Location | None = None


@dataclass(frozen=True)
class ClaimFile:
    """A parsed claim file: the article, its sources and its claims."""

    path: str
    article: Article
    sources: tuple[SourceSpec, ...]
    claims: tuple[Claim, ...]

    def source(self, source_id: str) -> SourceSpec:
        """The source with this id (ids are checked at load time)."""
        for spec in self.sources:
            if spec.id == source_id:
                return spec
        raise KeyError(source_id)


# ── get sources ───────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Capture:
    """One archived HTTP response for a source URL."""

    url: str
    """The URL asked for."""
    final_url: str
    """The URL that answered, after redirects."""
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    """The payload after content decoding (gzip etc.), as the page's bytes."""
    fetched_at: dt.datetime
    sha256: str
    """Hex SHA-256 of `body`."""
    origin: CaptureOrigin
    note: str = ""
    """Free text from the archive, e.g. why a page is a reconstruction."""

    @property
    def content_type(self) -> str:
        for name, value in self.headers:
            if name.lower() == "content-type":
                return value
        return ""


# ── extract ───────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Sentence:
    """A sentence of a source's main text."""

    index: int
    """0-based position in the document."""
    text: str
    start: int
    """Offset of the sentence in `Document.text`."""
    end: int
    speaker: str | None = None
    """Who says this, when the source marks it (【高市総理】, 「…から」, "Q:")."""
    section: str | None = None
    """The heading the sentence stands under, if any."""


@dataclass(frozen=True)
class Document:
    """What the tool sees in a source page: metadata and main-text sentences."""

    url: str
    title: str
    published: dt.date | None
    language: str
    text: str
    """Main text, boilerplate removed, paragraphs separated by blank lines."""
    sentences: tuple[Sentence, ...]


# ── analyse / match ───────────────────────────────────────────────────────────


class AnchorKind(enum.Enum):
    """A kind of anchor: something that survives translation."""

    TERM = "term"
    """A termbase concept (official term, name, key vocabulary)."""
    DATE = "date"
    NUMBER = "number"
    WORD = "word"
    """A content word: its lemma within the claim's language, its meanings (pivots) across."""


@dataclass(frozen=True)
class Anchor:
    """A language-independent handle found in a claim or a sentence."""

    kind: AnchorKind
    key: str
    """Normalised key shared across languages: "indo-pacific", "2025-10-25", "10 minute"."""
    surface: str
    """The text as written."""
    start: int = 0
    end: int = 0
    weight: float = 1.0
    """How much this anchor counts when a sentence covers it (rarer counts more)."""
    pivots: frozenset[str] = frozenset()
    """For a word: the English lemmas it means, through which it meets another language."""
    bridges: tuple[tuple[str, str, BridgeKind], ...] = ()
    """For a claim word: pivots of near-synonyms it may meet in a source, weaker than
    `pivots` (`Bridging`), each with where the link comes from ("JMdict via 運送", "WordNet
    synonym") and its kind (a JMdict near-synonym reaches only another language)."""
    parts: tuple[Anchor, ...] = ()
    """For a claim's written compound that no dictionary lists ("waste-to-energy"): an
    anchor for each of its words (waste, energy). A sentence that covers every one of them
    covers the compound, as one that writes the compound does."""


@dataclass(frozen=True)
class Match:
    """A candidate source sentence for a claim (or claim part), with its scores."""

    source_id: str
    sentence: Sentence
    score: float
    """Combined score, 0–100."""
    wording: float
    """rapidfuzz wording similarity, 0–100; 0 when languages differ."""
    coverage: float
    """Weighted share of the claim's anchors the sentence covers, 0–1."""
    covered: tuple[Anchor, ...] = ()
    """The claim's anchors this sentence covers."""
    source_forms: tuple[str, ...] = ()
    """For each covered anchor, how the sentence words it (Indo-Pacific → インド太平洋)."""
    missing: tuple[Anchor, ...] = ()
    """The claim's anchors it does not cover."""
    span: str = ""
    """The part of the sentence that best matches the claim's wording."""
    context: tuple[Sentence, ...] = ()
    """Adjacent sentences that, with `sentence`, make the passage covering the claim."""


# ── check / decide ────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class TermFlag:
    """A likely garbled official term in a claim, with the official wording."""

    found: str
    """The wording in the claim."""
    official: str
    """The official wording in the claim's language."""
    entry_id: str
    severity: Severity
    source_form: str | None = None
    """The official form as the source writes it (e.g. インド太平洋)."""
    source_id: str | None = None
    sentence: str | None = None
    """The source sentence that carries the official form."""
    score: float = 100.0
    """100 for a listed variant; the similarity for an inferred one."""
    listed: bool = True
    accepted: str | None = None
    """The justification, when an editor accepted this deviation."""


class CorrectionKind(enum.Enum):
    """What a suggested correction changes in the article."""

    WORDING = "official wording"
    QUOTE = "quotation"
    DATE = "date"
    NUMBER = "number"
    SPEAKER = "speaker"
    SETTING = "setting"
    ACTOR = "people or place named"


@dataclass(frozen=True)
class Correction:
    """A change the sources support: what the article has, what the source has."""

    kind: CorrectionKind
    found: str
    """As the article writes it."""
    correct: str
    """As the source (or the termbase, for official wording) writes it."""
    gloss: str = ""
    """The correct form in the article's language, when `correct` is in another."""
    source_id: str | None = None
    sentence_index: int | None = None


@dataclass(frozen=True)
class SourceOutcome:
    """What happened to one source during a run: its capture and text, or why not."""

    spec: SourceSpec
    capture: Capture | None = None
    document: Document | None = None
    problem: str | None = None
    """Why the source could not be had; None when it could."""


@dataclass(frozen=True)
class ClaimResult:
    """The verdict on one claim, with everything needed to explain it."""

    claim: Claim
    verdict: Verdict
    reason: str
    """One line that names the evidence."""
    evidence: tuple[Match, ...] = ()
    """Best matches, best first."""
    sources_checked: tuple[str, ...] = ()
    term_flags: tuple[TermFlag, ...] = ()
    details: tuple[str, ...] = ()
    """Further explanation lines: quote diffs, conflicting values, uncovered parts."""
    corrections: tuple[Correction, ...] = ()
    """Changes the sources support (official wording, the right date, the right speaker)."""
    article_location: Location | None = None
    """Where the claim's text starts in the article text file, when the claim file names one
    and the text is found there."""

    @property
    def matches_expectation(self) -> bool:
        return self.claim.expect is None or self.claim.expect is self.verdict


@dataclass(frozen=True)
class Report:
    """The result of verifying one claim file."""

    claim_file: ClaimFile
    results: tuple[ClaimResult, ...]
    sources: tuple[SourceOutcome, ...]
    generated_at: dt.datetime
    offline: bool = False
    tool_version: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)

    def claim_location(self, result: ClaimResult) -> Location:
        """Where the result's claim stands, in the claim file as this report names it."""
        place = result.claim.location
        if place is None:
            return Location(self.claim_file.path)
        return Location(self.claim_file.path, place.line, place.column)
