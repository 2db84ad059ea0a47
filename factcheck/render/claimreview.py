"""ClaimReview: schema.org JSON-LD for publishing the verdicts as fact-checks.

Takes the reports of a run; gives one JSON-LD document whose `@graph` holds a `ClaimReview`
per claim. `itemReviewed` is the claim (`Claim`) with the article it appears in
(`CreativeWork`, with its URL and date), as schema.org and the search engines that read
ClaimReview expect; `reviewRating` maps the verdict onto the scale below, with
`alternateName` set to the verdict; `citation` lists the sources' URLs. The publisher adds
`author` and `url` (the page of the fact-check) before publishing: factcheck knows neither.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from factcheck.model import ClaimResult, Report, Verdict
from factcheck.render.escape import dump_json

BEST_RATING, WORST_RATING = 5, 1
RATINGS: dict[Verdict, int | None] = {
    Verdict.SUPPORTED: 5,
    Verdict.PARTLY_SUPPORTED: 3,
    Verdict.MISQUOTED: 2,
    Verdict.MISATTRIBUTED: 2,
    Verdict.CONTRADICTED: 1,
    Verdict.NOT_FOUND: None,
    Verdict.UNVERIFIABLE: None,
}
"""The rating scale, 1 (false) to 5 (true). Not-found and unverifiable say nothing about
truth, only about the sources checked, so they carry no value, only their name."""

RATING_EXPLANATIONS: dict[Verdict, str] = {
    Verdict.SUPPORTED: "The primary sources support the claim.",
    Verdict.PARTLY_SUPPORTED: "The primary sources support part of the claim only.",
    Verdict.MISQUOTED: "The quoted words differ materially from what was said.",
    Verdict.MISATTRIBUTED: "The words were said, but by someone else or in another setting.",
    Verdict.CONTRADICTED: "The primary sources say otherwise.",
    Verdict.NOT_FOUND: "The primary sources checked do not say this.",
    Verdict.UNVERIFIABLE: "A primary source could not be had or read.",
}


def render_claimreview(reports: Sequence[Report]) -> str:
    """One JSON-LD document with a ClaimReview per claim of every report."""
    graph = [_review(report, result) for report in reports for result in report.results]
    document = {"@context": "https://schema.org", "@graph": graph}
    return dump_json(document)


def _review(report: Report, result: ClaimResult) -> dict[str, Any]:
    article = report.claim_file.article
    appearance: dict[str, Any] = {"@type": "CreativeWork", "headline": article.title}
    if article.url:
        appearance["url"] = article.url
    if article.published:
        appearance["datePublished"] = article.published.isoformat()
    appearance["inLanguage"] = article.language
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": result.verdict.value}
    value = RATINGS[result.verdict]
    if value is not None:
        rating |= {"ratingValue": value, "bestRating": BEST_RATING, "worstRating": WORST_RATING}
    rating["ratingExplanation"] = f"{RATING_EXPLANATIONS[result.verdict]} {result.reason}"
    known = {spec.id: spec for spec in report.claim_file.sources}
    cited = [known[sid] for sid in result.claim.sources if sid in known]
    return {
        "@type": "ClaimReview",
        "identifier": f"{report.claim_file.path}#{result.claim.id}",
        "claimReviewed": result.claim.text,
        "datePublished": report.generated_at.date().isoformat(),
        "itemReviewed": {"@type": "Claim", "appearance": appearance},
        "reviewRating": rating,
        "citation": [
            {
                "@type": "CreativeWork",
                "url": spec.url,
                **({"name": spec.title} if spec.title else {}),
                **(
                    {"publisher": {"@type": "Organization", "name": spec.publisher}}
                    if spec.publisher
                    else {}
                ),
                "inLanguage": spec.language,
            }
            for spec in cited
            if spec.url
        ],
    }
