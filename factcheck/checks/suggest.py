"""Suggest: the corrections a claim's checks support, as structured values for the report.

Takes the signals the checks gave (term flags, quote checks, value, actor and attribution
conflicts) and the termbase; gives `Correction`s: official wording for a garbled term, the
source's words for an altered quotation (with the termbase's gloss of them in the article's
language), the source's date or number, and the speaker or setting the source gives. Only
what a check found is suggested; nothing is parsed from another stage's prose.
"""

from __future__ import annotations

from collections.abc import Mapping

from factcheck.checks.check_attribution import SETTING_WORDS
from factcheck.checks.check_quotes import QuoteGrade
from factcheck.checks.decide import Signals
from factcheck.model import AnchorKind, Correction, CorrectionKind
from factcheck.terms.termbase import Termbase


def suggest_corrections(
    signals: Signals, termbase: Termbase, language: str, source_languages: Mapping[str, str]
) -> tuple[Correction, ...]:
    """`language` is the article's; `source_languages` maps source ids to theirs."""
    out: list[Correction] = [
        Correction(
            CorrectionKind.WORDING,
            flag.found,
            flag.official,
            source_id=flag.source_id,
        )
        for flag in signals.term_flags
        if not flag.accepted
    ]
    out.extend(
        Correction(
            CorrectionKind.QUOTE,
            quote.quote,
            quote.source_span,
            _gloss(
                quote.source_span,
                termbase,
                source_languages.get(quote.source_id or "", language),
                language,
            ),
            quote.source_id,
            quote.sentence_index,
        )
        for quote in signals.quotes
        if quote.grade is QuoteGrade.ALTERED and quote.source_span
    )
    for conflict in signals.conflicts:
        kind = CorrectionKind.DATE if conflict.kind is AnchorKind.DATE else CorrectionKind.NUMBER
        out.append(
            Correction(
                kind,
                conflict.claim_value,
                conflict.source_value,
                source_id=conflict.source_id,
                sentence_index=conflict.sentence_index,
            )
        )
    out.extend(
        Correction(
            CorrectionKind.ACTOR,
            ", ".join(actor.claim_names),
            ", ".join(actor.source_names),
            source_id=actor.source_id,
            sentence_index=actor.sentence_index,
        )
        for actor in signals.actors
    )
    for check in signals.attributions:
        if check is None:
            continue
        if check.speaker_differs and check.claim_speaker and check.source_speaker:
            out.append(
                Correction(
                    CorrectionKind.SPEAKER,
                    check.claim_speaker.text,
                    check.source_speaker.text,
                    source_id=check.source_id,
                    sentence_index=check.sentence_index,
                )
            )
        if check.setting_differs and check.claim_setting:
            out.append(
                Correction(
                    CorrectionKind.SETTING,
                    SETTING_WORDS[check.claim_setting],
                    SETTING_WORDS[check.source_setting],
                    source_id=check.source_id,
                    sentence_index=check.sentence_index,
                )
            )
    return tuple(dict.fromkeys(out))


def _gloss(text: str, termbase: Termbase, source_language: str, language: str) -> str:
    """The termbase's wording, in the article's language, of the concepts in `text`."""
    target = language.split("-")[0]
    if source_language.split("-")[0] == target:
        return ""
    words: list[str] = []
    hits = termbase.find(text, source_language)
    for hit in hits:
        if any(o.start <= hit.start and hit.end <= o.end and o is not hit for o in hits):
            continue  # 楽しい inside 快活で楽しい: the longer concept says it
        preferred = hit.entry.preferred(target)
        if preferred and preferred not in words:
            words.append(preferred)
    return ", ".join(words)
