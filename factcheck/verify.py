"""Verify: the whole pipeline for one claim file, wired stage by stage.

    load claims → get sources → extract → analyse → match → check terms → decide → Report

Takes a loaded `ClaimFile`, a way to get a source's capture (from the archive or the web:
the only I/O, injected by the caller) and a termbase; gives a `Report`. Rendering is left
to the caller.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import logging
import urllib.parse
from collections.abc import Callable, Sequence

from factcheck import __version__
from factcheck.checks.check_attribution import AttributionCheck, check_attribution
from factcheck.checks.check_event import check_event
from factcheck.checks.check_polarity import check_polarity
from factcheck.checks.check_quotes import (
    QuoteCheck,
    QuoteGrade,
    check_quote,
    drops_membership,
    is_term_quote,
)
from factcheck.checks.check_terms import check_terms
from factcheck.checks.check_values import ActorConflict, ValueConflict, check_actors, check_values
from factcheck.checks.check_visit import check_request, check_venue, check_visit
from factcheck.checks.claim_speakers import claim_speakers, part_speakers, prompting_speakers
from factcheck.checks.decide import Signals, decide_verdict
from factcheck.checks.keyfacts import assess_key_facts, content_first
from factcheck.checks.match import PartMatches, SourceIndex, match_part
from factcheck.checks.pieces import Piece, PieceSplit, split_uncovered
from factcheck.checks.source_layout import SourceLayout, layout_of
from factcheck.checks.speaker_set import Speakers
from factcheck.checks.suggest import suggest_corrections
from factcheck.checks.title_links import TitleLinks
from factcheck.claimfiles.claims import article_text_path, locate_in_article
from factcheck.errors import Location, SourceError
from factcheck.languages import language_for
from factcheck.languages.interface import WordClass
from factcheck.model import (
    Capture,
    Claim,
    ClaimFile,
    ClaimResult,
    Document,
    Report,
    SourceKind,
    SourceOutcome,
    SourceSpec,
    Verdict,
)
from factcheck.sources.document_cache import cached_document
from factcheck.terms.termbase import Termbase
from factcheck.text.analyse import ClaimFacts, analyse_claim

log = logging.getLogger(__name__)

CaptureGetter = Callable[[SourceSpec], Capture]
"""Returns a source's capture or raises `SourceError` saying why it cannot be had."""
ProgressHook = Callable[[SourceSpec, int, int], None]
"""Called as each source is finished: (source, how many are done so far, count)."""


def gather_sources(
    claim_file: ClaimFile,
    get: CaptureGetter,
    progress: ProgressHook | None = None,
    *,
    workers: int = 8,
) -> tuple[SourceOutcome, ...]:
    """Capture and extract every source the claims rest on; a failure is an outcome, not a raise.

    Up to `workers` sources are got at once, so pages on different hosts are fetched side by
    side (`get` must be thread-safe; limits per host are the fetcher's). Outcomes come back
    in the claim file's order. `progress` is called as each source is done, with the number
    done so far, in the calling thread.
    """
    used = {sid for claim in claim_file.claims for sid in claim.sources}
    specs = [spec for spec in claim_file.sources if spec.id in used]
    outcomes: dict[str, SourceOutcome] = {}
    if workers <= 1 or len(specs) <= 1:
        for number, spec in enumerate(specs, 1):
            outcomes[spec.id] = _outcome(spec, get)
            if progress:
                progress(spec, number, len(specs))
        return tuple(outcomes[spec.id] for spec in specs)
    # Round-robin over hosts, so that the first workers spread over hosts instead of
    # queueing behind one host's few connections.
    by_host: dict[str, list[SourceSpec]] = {}
    for spec in specs:
        by_host.setdefault(urllib.parse.urlsplit(spec.url or "").netloc.lower(), []).append(spec)
    ordered = [spec for row in itertools.zip_longest(*by_host.values()) for spec in row if spec]
    from concurrent.futures import ThreadPoolExecutor, as_completed  # only to wait side by side

    pool = ThreadPoolExecutor(max_workers=min(workers, len(specs)))
    try:
        futures = {pool.submit(_outcome, spec, get): spec for spec in ordered}
        for number, future in enumerate(as_completed(futures), 1):
            spec = futures[future]
            outcomes[spec.id] = future.result()
            if progress:
                progress(spec, number, len(specs))
    except BaseException:
        # Interrupted, or a bug in one source: start nothing more and do not wait for the
        # fetches in flight (they see the interrupt and stop on their own).
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return tuple(outcomes[spec.id] for spec in specs)


def _outcome(spec: SourceSpec, get: CaptureGetter) -> SourceOutcome:
    try:
        return _source_outcome(spec, get)
    except Exception as exc:
        # A bug, not a bad source: let it through, saying which source it happened on.
        exc.add_note(f"source {spec.id} ({spec.url or 'no URL'})")
        raise


def _source_outcome(spec: SourceSpec, get: CaptureGetter) -> SourceOutcome:
    try:
        capture = get(spec)
    except SourceError as exc:
        log.info("source %s unavailable: %s", spec.id, exc.reason)
        return SourceOutcome(spec, problem=exc.reason)
    try:
        document = cached_document(capture, spec.language, lambda: _extract(capture, spec))
    except SourceError as exc:
        return SourceOutcome(spec, capture, problem=exc.reason)
    if not document.sentences:
        log.info("source %s: no text could be extracted", spec.id)
        return SourceOutcome(spec, capture, document, problem="no text could be extracted")
    log.info(
        "source %s: %s capture %s, extracted %d sentences (%s)",
        spec.id,
        capture.origin.value,
        capture.sha256[:12],
        len(document.sentences),
        document.language,
    )
    return SourceOutcome(spec, capture, document)


def _extract(capture: Capture, spec: SourceSpec) -> Document:
    # The parsers are imported here, not at the top: a run whose documents are all in the
    # cache (`document_cache`) never loads them, and only a PDF loads pypdf.
    from factcheck.sources.pdf import extract_pdf, is_pdf

    if is_pdf(capture.body, capture.content_type):
        return extract_pdf(capture.body, capture.final_url, spec.language)
    from factcheck.sources.extract.page import extract_text

    return extract_text(capture.body, capture.final_url, capture.content_type, spec.language)


def check_claims(
    claim_file: ClaimFile, outcomes: tuple[SourceOutcome, ...], termbase: Termbase
) -> tuple[ClaimResult, ...]:
    """Judge every claim against the sources that could be had."""
    article = claim_file.article
    year = article.published.year if article.published else None
    documents: dict[str, Document] = {
        o.spec.id: o.document
        for o in outcomes
        if o.document and not o.problem and language_for(o.document.language)
    }
    problems = {o.spec.id: o.problem for o in outcomes if o.problem}
    for outcome in outcomes:
        if outcome.document and not outcome.problem and outcome.spec.id not in documents:
            # Never read a Korean or Chinese page as English or Japanese.
            problems[outcome.spec.id] = f"no matcher for language {outcome.document.language}"
    kinds = {spec.id: spec.kind for spec in claim_file.sources}
    languages = {spec.id: spec.language for spec in claim_file.sources}
    index = SourceIndex(documents, termbase, year)
    layouts = {sid: layout_of(sid, document, termbase) for sid, document in documents.items()}
    links = TitleLinks(index)
    results = []
    for claim in claim_file.claims:
        facts = analyse_claim(claim, article.language, termbase, year, article.published)
        available = [sid for sid in claim.sources if sid in documents]
        unavailable = {
            sid: problems.get(sid, "not captured") for sid in claim.sources if sid not in documents
        }
        parts = [
            content_first(
                match_part(part, article.language, index, available),
                termbase,
                article.language,
                layouts,
            )
            for part in facts.parts
        ]
        log.info(
            "match %s: %d parts, best coverage %s",
            claim.id,
            len(parts),
            ", ".join(f"{p.matches[0].coverage:.2f}" if p.matches else "none" for p in parts),
        )
        speakers = claim_speakers(claim, facts.language, termbase)
        signals = _check(claim, facts, parts, index, available, kinds, links, layouts, speakers)
        result = decide_verdict(claim, parts, unavailable, signals, facts.language)
        if result.verdict is Verdict.NOT_FOUND:
            # One half of a part may stand in the source on its own (checks/pieces.py).
            pieces = split_uncovered(
                claim,
                facts.parts,
                facts.language,
                index,
                available,
                layouts,
                links,
                year,
                article.published,
            )
            if pieces:
                pieces = _with_speakers(
                    claim, pieces, facts.language, index, kinds, links, speakers
                )
                signals = dataclasses.replace(signals, pieces=pieces)
                result = decide_verdict(claim, parts, unavailable, signals, facts.language)
        log.info("verdict %s: %s (%s)", claim.id, result.verdict.value, result.reason)
        corrections = suggest_corrections(signals, termbase, article.language, languages)
        results.append(dataclasses.replace(result, corrections=corrections))
    return tuple(results)


def _check(
    claim: Claim,
    facts: ClaimFacts,
    parts: list[PartMatches],
    index: SourceIndex,
    available: list[str],
    kinds: dict[str, SourceKind],
    links: TitleLinks,
    layouts: dict[str, SourceLayout],
    speakers: Speakers | None,
) -> Signals:
    """Run the checks whose signals the verdict weighs besides coverage; `speakers` are who
    the claim says spoke (`claim_speakers`)."""
    pool = sorted(index.sentences_of(available))
    flags = check_terms(facts, index, available)
    carried = (
        frozenset(t for p in pool for t in index.sentences[p].analysis.term_ids)
        if facts.quotes
        else frozenset()
    )
    term_quotes = tuple(
        q for q in facts.quotes if is_term_quote(q, facts.language, index.termbase, flags, carried)
    )
    quotes = tuple(
        drops_membership(
            check_quote(q, facts.language, index, pool), claim.text, facts.language, index
        )
        for q in facts.quotes
        if q not in term_quotes
    )
    key_facts = tuple(
        assess_key_facts(part, facts.language, index, layouts, links) for part in parts
    )
    # A source figure that bears out a number of one part contradicts no other number.
    others = [
        tuple(n for p in facts.parts if p is not part.part for n in p.facts.numbers)
        for part in parts
    ]
    events = tuple(
        check_event(part, keys, facts.language, index, layouts, other)
        for part, keys, other in zip(parts, key_facts, others, strict=True)
    )
    conflicts: tuple[ValueConflict, ...] = ()
    for part, event, other in zip(parts, events, others, strict=True):
        # The best-aligned passage first; else the event's own date, duration and count
        # elsewhere in the source (date line, lead paragraph).
        conflicts += (
            check_values(part.part, facts.language, part.matches, index, other) or event.values
        )
    actors: tuple[ActorConflict, ...] = ()
    for part, event in zip(parts, events, strict=True):
        actor = check_actors(part.part, facts.language, part.matches, index)
        # Another person in the aligned passage; else another place for the event in the lead;
        # else the other party of the meeting as its visitor.
        visit = check_visit(part.part, facts.language, part.matches, index, layouts)
        actors += (actor,) if actor is not None else event.places or ((visit,) if visit else ())
    if not actors:
        # Where the meeting was: a claim part that reports the lead's meeting, set by the
        # claim in another country than the lead's.
        venue = check_venue(parts, facts.language, index, layouts)
        actors += (venue,) if venue is not None else ()
    if not actors:
        # Whose request the meeting was held at.
        actors += tuple(
            found
            for part in parts
            if (found := check_request(part, facts.language, index, layouts))
        )
    attributions = tuple(
        _attribution(
            claim,
            part,
            facts.language,
            index,
            kinds,
            links,
            speakers,
            quotes,
            prompting_speakers(
                claim, part.part.start, part.part.end, facts.language, index.termbase
            ),
        )
        for part in parts
    )
    polarity = tuple(
        check_polarity(part.part, facts.language, part.matches, index) for part in parts
    )
    return Signals(
        quotes, conflicts, attributions, flags, actors, key_facts, term_quotes, polarity=polarity
    )


def _attribution(
    claim: Claim,
    part: PartMatches,
    language: str,
    index: SourceIndex,
    kinds: dict[str, SourceKind],
    links: TitleLinks,
    speakers: Speakers | None,
    quotes: Sequence[QuoteCheck] = (),
    prompted_by: Speakers | None = None,
    half: bool = False,
) -> AttributionCheck | None:
    """The attribution check of one part (or half of a part) against its best match. A half
    cut after a joint is read for its own speaker without the words that join it to the
    other half ("and Lenka promised …" is Lenka's)."""
    if not part.matches:
        return None
    best = part.matches[0]
    text = _unjoined(part.part.text, language) if half else part.part.text
    return check_attribution(
        claim,
        part_speakers(claim, text, language, index.termbase, speakers),
        index.entry(best.source_id, best.sentence.index),
        kinds[best.source_id],
        index.termbase,
        links,
        best,
        tuple(index.entry(best.source_id, s.index) for s in best.context),
        language,
        _faithful_spans(quotes, best.source_id),
        tuple(
            (m, tuple(index.entry(m.source_id, s.index) for s in (m.sentence, *m.context)))
            for m in part.matches[1:]
        ),
        part.part.text,
        prompted_by,
    )


def _unjoined(text: str, language: str) -> str:
    """The text without the function words it opens with ("and", "while"): the words that
    joined a half to the half before it. A half whose verb of speech follows those words
    ("and said Kesh wanted …") keeps them: the verb shares the subject before the joint, and
    the name after it is no subject of the half."""
    module = language_for(language)
    if module is None:
        return text
    speech = module.claim_speech.match(text)
    if speech is not None and all(
        token.word_class is WordClass.FUNCTION for token in module.tokens(speech.group("who"))
    ):
        return text
    for token in module.tokens(text):
        if token.word_class is not WordClass.FUNCTION:
            return text[token.start :]
    return text


def _with_speakers(
    claim: Claim,
    pieces: Sequence[PieceSplit],
    language: str,
    index: SourceIndex,
    kinds: dict[str, SourceKind],
    links: TitleLinks,
    speakers: Speakers | None,
) -> tuple[PieceSplit, ...]:
    """Each half with the attribution check of its first part: a half its passage covers
    in another speaker's clause is said, but by someone else. `speakers` are the claim's
    (`claim_speakers`), as the whole parts were checked against."""

    def spoken(piece: Piece) -> Piece:
        if not piece.matches:
            return piece
        check = _attribution(
            claim, piece.matches[0], language, index, kinds, links, speakers, half=True
        )
        return dataclasses.replace(piece, attribution=check)

    return tuple(
        dataclasses.replace(split, pieces=(spoken(split.pieces[0]), spoken(split.pieces[1])))
        for split in pieces
    )


def _faithful_spans(quotes: Sequence[QuoteCheck], source_id: str) -> tuple[tuple[int, str], ...]:
    """Where the claim's quotes render a span of this source faithfully: (sentence, span)."""
    return tuple(
        (q.sentence_index, q.source_span)
        for q in quotes
        if q.grade in (QuoteGrade.EXACT, QuoteGrade.NORMALISED, QuoteGrade.PARAPHRASE)
        and q.source_id == source_id
        and q.sentence_index is not None
        and q.source_span
    )


def _placed(result: ClaimResult, claim_file: ClaimFile, article_text: str) -> ClaimResult:
    path = article_text_path(claim_file)
    place = locate_in_article(article_text, result.claim.text)
    if path is None or place is None:
        return result
    location = Location(path.as_posix(), *place)
    return dataclasses.replace(result, article_location=location)


def verify_claim_file(
    claim_file: ClaimFile,
    get: CaptureGetter,
    termbase: Termbase,
    *,
    offline: bool = False,
    progress: ProgressHook | None = None,
    now: dt.datetime | None = None,
    article_text: str | None = None,
) -> Report:
    """Run the pipeline on one claim file.

    `article_text` is the text of the claim file's article file (`claims.read_article_text`);
    with it each result says where its claim stands in the article.
    """
    log.info(
        "load %s: %d claims, %d sources",
        claim_file.path,
        len(claim_file.claims),
        len(claim_file.sources),
    )
    # Offline, every capture is read from the archive on this machine: there is no network
    # to wait on side by side, and extraction holds the interpreter lock, so threads would
    # only take turns (and, on a first run, queue on the parsers' imports).
    outcomes = gather_sources(claim_file, get, progress, workers=1 if offline else 8)
    results = check_claims(claim_file, outcomes, termbase)
    if article_text is not None:
        results = tuple(_placed(result, claim_file, article_text) for result in results)
    return Report(
        claim_file=claim_file,
        results=results,
        sources=outcomes,
        generated_at=now or dt.datetime.now(dt.UTC),
        offline=offline,
        tool_version=__version__,
    )
