"""Discovery: find the page a source means when a claim file gives only publisher and dates.

Takes a claim file whose sources carry a `discover:` mapping (publisher, date window) instead
of a `url`, the publisher profiles (`factcheck/data/publishers/*.yaml` plus the user's), and a
way to fetch; gives, per such source, candidate pages ranked by how well their titles carry
the claims' key terms (through the termbase, so an English claim meets a Japanese title) and
how close their dates lie to the window — and can write the best URL into the claim file for
the editor to confirm, leaving every other byte of the file as it was.

    claim file ─read_targets─▶ DiscoveryTarget…
    profile ─listing_urls─▶ listing pages and feeds ─fetch─▶ parse_listing / parse_feed
          ─▶ Candidate… ─rank_candidates─▶ best first ─(inspect the top few)─▶ DiscoveryResult
    DiscoveryResult ─write_discovered─▶ the claim file's text with `url:` added

Profiles are data, loaded by `factcheck.sources.publishers`' format (see docs/publishers.md); this
module only reads pages and ranks. Parsing listing pages and feeds is pure.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.utils
import logging
import re
import urllib.parse
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, Tag, XMLParsedAsHTMLWarning
from lxml import etree
from rapidfuzz import fuzz
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from factcheck.claimfiles.yamlnodes import compose_yaml, is_null, read_text_file
from factcheck.errors import ClaimFileError, FetchError, Location
from factcheck.sources.charset import decode_html
from factcheck.sources.fetch import FetchedResponse
from factcheck.sources.publishers import (
    Listing,
    ListingKind,
    ListingStatus,
    PublisherProfile,
    find_profile,
)
from factcheck.terms.termbase import EntryKind, Termbase
from factcheck.text.dates import find_dates, parse_date

logger = logging.getLogger(__name__)

Fetch = Callable[[str], FetchedResponse]
"""Fetches a listing page, feed or candidate page (any content type) or raises FetchError."""

DEFAULT_WINDOW_DAYS = 7
"""Without `from`/`to`, the window is the week up to the article's publication date."""
OUTSIDE_WINDOW_DAYS = 31
"""Candidates dated further than this outside the window are dropped."""
TERM_SHARE = 0.6
"""Weight of the title/term score in the total; the date score has the rest."""
UNDATED_SCORE = 0.25
"""Date score of a candidate whose date is unknown."""
# Official terms (telephone talk, summit meeting) tell pages apart; names (Japan, Prime
# Minister) are on most pages of a publisher, and plain words on all of them.
_KIND_WEIGHTS = {EntryKind.TERM: 1.0, EntryKind.NAME: 0.3, EntryKind.WORD: 0.1}
_PRECISION_PRIOR = 1.0
"""Added to a title's concept weight, so a title naming one common concept is no perfect match."""
_COVERAGE_CAP = 2.0
"""Concept weight a title needs to share to cover the claims fully (titles are short)."""
_DISCOVER_KEYS = frozenset({"publisher", "from", "to", "terms"})
_SPACE = re.compile(r"\s+")


# ── what to discover ──────────────────────────────────────────────────────────


@dataclass(frozen=True)
class DiscoveryTarget:
    """A source of a claim file to find: a publisher, a window, what the claims say."""

    source_id: str
    publisher: str
    start: dt.date
    end: dt.date
    language: str = "en"
    """The source's language, which picks between profiles of one publisher."""
    title: str | None = None
    """The editor's idea of the page's title, if given."""
    terms: tuple[str, ...] = ()
    """Extra key terms the editor gave."""
    claims: tuple[str, ...] = ()
    """Texts of the claims that rest on the source."""
    claim_language: str = "en"
    url: str | None = None
    """Set when the source already has a URL: nothing to write then."""
    insert_line: int | None = None
    """0-based line of the `discover:` key, where `url:` is written; None when the source
    is written in flow style (`{...}`) and a line cannot be added."""
    indent: int = 0


def read_targets(path: Path) -> list[DiscoveryTarget]:
    """The sources of a claim file that carry `discover:`; `ClaimFileError` when malformed.

    Only what discovery needs is read here (the claim file's own loader checks the rest):
    article `published` and `language`, each source's `id`, `url`, `publisher`,
    `language`, `title` and `discover`, and each claim's `text` and `sources`.
    """
    file = str(path)
    text = read_text_file(path, ClaimFileError, "claim file", with_column=True)
    root = compose_yaml(text, file, ClaimFileError, what="claim file", at_alias=True)
    reader = _Reader(file)
    top = reader.mapping(root, "the claim file")
    article = reader.mapping(top.get("article"), "article") if "article" in top else {}
    published = reader.date(article.get("published"), "'published' in article")
    claim_language = reader.text(article.get("language"), "language") or "en"
    claims_by_source: dict[str, list[str]] = {}
    for item in reader.items(top.get("claims"), "claims"):
        fields = reader.mapping(item, "a claim")
        claim_text = reader.text(fields.get("text"), "text")
        for ref in reader.items(fields.get("sources"), "sources"):
            source_id = reader.text(ref, "a source id")
            if claim_text and source_id:
                claims_by_source.setdefault(source_id, []).append(claim_text)
    targets = []
    for item in reader.items(top.get("sources"), "sources"):
        fields = reader.mapping(item, "a source")
        if "discover" not in fields:
            continue
        source_id = reader.text(fields.get("id"), "id") or "?"
        where = f"'discover' in source '{source_id}'"
        wanted = reader.mapping(fields["discover"], where, allowed=_DISCOVER_KEYS)
        publisher = reader.text(wanted.get("publisher"), "publisher") or reader.text(
            fields.get("publisher"), "publisher"
        )
        if not publisher:
            raise reader.fail(
                fields["discover"],
                f"{where} names no publisher",
                "add 'publisher:' to the source or to its 'discover:'",
            )
        start = reader.date(wanted.get("from"), f"'from' in {where}")
        end = reader.date(wanted.get("to"), f"'to' in {where}")
        if start is None and end is None:
            if published is None:
                raise reader.fail(
                    fields["discover"],
                    f"{where} gives no dates and the article has no 'published' date",
                    "add 'from:' and 'to:' (YYYY-MM-DD)",
                )
            start, end = published - dt.timedelta(days=DEFAULT_WINDOW_DAYS), published
        start, end = start or end, end or start
        assert start is not None and end is not None
        if end < start:
            raise reader.fail(fields["discover"], f"{where}: 'to' is before 'from'")
        key_node = next(k for k, _ in _pairs(item) if k.value == "discover")
        flow = isinstance(item, MappingNode) and bool(item.flow_style)
        targets.append(
            DiscoveryTarget(
                source_id=source_id,
                publisher=publisher,
                start=start,
                end=end,
                language=reader.text(fields.get("language"), "language") or "en",
                title=reader.text(fields.get("title"), "title"),
                terms=tuple(
                    reader.text(node, "a term") or ""
                    for node in reader.items(wanted.get("terms"), "terms")
                ),
                claims=tuple(claims_by_source.get(source_id, [])),
                claim_language=claim_language,
                url=reader.text(fields.get("url"), "url"),
                insert_line=None if flow else key_node.start_mark.line,
                indent=key_node.start_mark.column,
            )
        )
    return targets


def _pairs(node: Node) -> list[tuple[ScalarNode, Node]]:
    if not isinstance(node, MappingNode):
        return []
    return [(k, v) for k, v in node.value if isinstance(k, ScalarNode)]


class _Reader:
    """Lenient typed reads: discovery reads a few keys of a file `load_claims` checks fully."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, node: Node, message: str, hint: str = "") -> ClaimFileError:
        mark = node.start_mark
        return ClaimFileError(message, Location(self.file, mark.line + 1, mark.column + 1), hint)

    def mapping(
        self, node: Node | None, what: str, allowed: frozenset[str] | None = None
    ) -> dict[str, Node]:
        if node is None or is_null(node):
            return {}
        if not isinstance(node, MappingNode):
            raise self.fail(node, f"{what} must be a mapping")
        fields: dict[str, Node] = {}
        for key, value in _pairs(node):
            if allowed is not None and key.value not in allowed:
                raise self.fail(
                    key,
                    f"unknown key '{key.value}' in {what}",
                    "allowed keys: " + ", ".join(sorted(allowed)),
                )
            fields[key.value] = value
        return fields

    def items(self, node: Node | None, what: str) -> list[Node]:
        if node is None or is_null(node):
            return []
        if isinstance(node, SequenceNode):
            return list(node.value)
        if isinstance(node, ScalarNode):
            return [node]
        raise self.fail(node, f"'{what}' must be a list")

    def text(self, node: Node | None, what: str) -> str | None:
        if node is None or is_null(node):
            return None
        if not isinstance(node, ScalarNode):
            raise self.fail(node, f"'{what}' must be a string")
        return str(node.value).strip() or None

    def date(self, node: Node | None, what: str) -> dt.date | None:
        value = self.text(node, what)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            assert node is not None
            raise self.fail(node, f"{what}: '{value}' is not a date", "write YYYY-MM-DD") from None


# ── reading listing pages and feeds ───────────────────────────────────────────


@dataclass(frozen=True)
class Candidate:
    """A page that may be the source."""

    url: str
    title: str
    published: dt.date | None
    found_on: str
    """The listing page or feed it was found on."""
    score: float = 0.0
    reasons: tuple[str, ...] = ()


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _absolute(base: str, href: str) -> str:
    return urllib.parse.urljoin(base, href.strip()).split("#", 1)[0]


def _date_in(text: str, language: str) -> dt.date | None:
    for mention in find_dates(text, language):
        if mention.date is not None:
            return mention.date
    return None


def parse_listing(
    body: bytes, content_type: str, base_url: str, profile: PublisherProfile
) -> list[Candidate]:
    """Links on a listing page that match the profile, each with its text and nearest date."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(decode_html(body, content_type), "lxml")
    found: dict[str, Candidate] = {}
    for anchor in soup.find_all("a", href=True):
        if not isinstance(anchor, Tag):
            continue
        url = _absolute(base_url, str(anchor.get("href", "")))
        if not profile.is_page(url) or url in found:
            continue
        title = _clean(anchor.get_text(" ")) or _clean(str(anchor.get("title") or ""))
        published = _listing_date(anchor, profile.language) or profile.date_from_url(url)
        found[url] = Candidate(url, title, published, base_url)
    return list(found.values())


def _listing_date(anchor: Tag, language: str) -> dt.date | None:
    """The date written next to a link: in it, in a small enclosing block, or just before."""
    node: Tag | None = anchor
    for _ in range(4):
        if node is None:
            return None
        if node is not anchor and len(node.find_all("a", limit=2)) > 1:
            return None  # a block holding other entries: its dates are theirs
        text = node.get_text(" ")
        day = _date_in(text, language)
        if day is not None:
            return day
        previous = node.find_previous_sibling()
        # A date-only element just before (a <dt> before its <dd>); not another entry.
        if (
            isinstance(previous, Tag)
            and len(previous.get_text()) < 80
            and previous.find("a") is None
        ):
            day = _date_in(previous.get_text(" "), language)
            if day is not None:
                return day
        parent = node.parent
        node = parent if isinstance(parent, Tag) else None
    return None


_FEED_DATES = ("date", "pubDate", "published", "updated", "issued", "created")


def parse_feed(body: bytes, base_url: str, profile: PublisherProfile) -> list[Candidate]:
    """Items of an RSS 1.0 (RDF), RSS 2.0 or Atom feed whose links match the profile.

    Raises `ValueError` when the body is not XML. Entities are never resolved and nothing
    is fetched while parsing.
    """
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"not a feed: {exc}") from None
    if root is None:
        raise ValueError("not a feed: empty document")
    found: dict[str, Candidate] = {}
    for item in root.iter():
        if not isinstance(item.tag, str) or etree.QName(item).localname not in ("item", "entry"):
            continue
        children = {etree.QName(c).localname: c for c in item if isinstance(c.tag, str)}
        link = children.get("link")
        href = ""
        if link is not None:
            href = (link.get("href") or link.text or "").strip()
        if not href:
            href = str(item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about") or "")
        url = _absolute(base_url, href) if href else ""
        if not url or not profile.is_page(url) or url in found:
            continue
        title_node = children.get("title")
        title = _clean("".join(title_node.itertext())) if title_node is not None else ""
        published = None
        for name in _FEED_DATES:
            node = children.get(name)
            if node is not None and node.text:
                published = parse_feed_date(node.text, profile.language)
                if published is not None:
                    break
        found[url] = Candidate(url, title, published or profile.date_from_url(url), base_url)
    return list(found.values())


def parse_feed_date(text: str, language: str = "en") -> dt.date | None:
    """A feed's date (ISO 8601 / W3C-DTF, RFC 822, or anything `parse_date` reads), as the
    publisher's own calendar day (the offset written with it is kept)."""
    value = text.strip()
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    return parse_date(value, language)


def read_page_facts(
    body: bytes, content_type: str, profile: PublisherProfile
) -> tuple[str, dt.date | None]:
    """A candidate page's title and date through the profile's content selectors."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(decode_html(body, content_type), "lxml")
    title = ""
    for selector in profile.title_selectors:
        tag = soup.select_one(selector)
        if tag is not None and _clean(tag.get_text(" ")):
            title = _clean(tag.get_text(" "))
            break
    published = None
    for selector in profile.date_selectors:
        for tag in soup.select(selector)[:5]:
            published = _date_in(tag.get_text(" "), profile.language) or (
                parse_feed_date(str(tag.get("datetime"))) if tag.get("datetime") else None
            )
            if published is not None:
                return title, published
    return title, published


# ── ranking ───────────────────────────────────────────────────────────────────


def _concepts(texts: Iterable[str], language: str, termbase: Termbase) -> dict[str, float]:
    found: dict[str, float] = {}
    for text in texts:
        for hit in termbase.find(text, language):
            if not hit.variant:
                found[hit.entry.id] = _KIND_WEIGHTS.get(hit.entry.kind, 0.1)
    return found


def days_outside(day: dt.date, start: dt.date, end: dt.date) -> int:
    """0 inside the window, else the days to its nearer edge."""
    if day < start:
        return (start - day).days
    if day > end:
        return (day - end).days
    return 0


def rank_candidates(
    target: DiscoveryTarget, candidates: Sequence[Candidate], language: str, termbase: Termbase
) -> list[Candidate]:
    """Score and sort candidates, best first; those dated far outside the window go.

    score = 0.6 × title score + 0.4 × date score. The title score averages how much of
    the title's termbase concepts the claims (or the editor's title and terms) also name, and
    how much of what they name the title carries — official terms weigh most, names less,
    plain words least — or is the title's likeness to the editor's title, if higher. The date
    score is 1 inside the window and halves two days outside it; undated scores 0.25.
    """
    wanted = _concepts(target.claims, target.claim_language, termbase)
    hints = [t for t in (target.title, *target.terms) if t]
    for hint_language in {target.language, target.claim_language}:
        wanted.update(_concepts(hints, hint_language, termbase))
    ranked = []
    for candidate in candidates:
        reasons = []
        have = _concepts([candidate.title], language, termbase)
        shared = sorted(set(have) & set(wanted))
        weight = sum(have[c] for c in shared)
        precision = weight / (sum(have.values()) + _PRECISION_PRIOR)
        coverage = weight / min(sum(wanted.values()), _COVERAGE_CAP) if wanted else 0.0
        title_score = (precision + min(coverage, 1.0)) / 2
        if shared:
            reasons.append("terms: " + ", ".join(shared))
        if target.title and candidate.title:
            likeness = fuzz.ratio(_clean(candidate.title), _clean(target.title)) / 100
            if likeness > title_score:
                title_score = likeness
                reasons.append(f"title {likeness:.0%} like '{target.title}'")
        if candidate.published is None:
            date_score = UNDATED_SCORE
            reasons.append("no date")
        else:
            off = days_outside(candidate.published, target.start, target.end)
            if off > OUTSIDE_WINDOW_DAYS:
                continue
            date_score = 1 / (1 + off / 2)
            reasons.append("in the window" if off == 0 else f"{off} days outside the window")
        score = round(TERM_SHARE * title_score + (1 - TERM_SHARE) * date_score, 4)
        ranked.append(dataclasses.replace(candidate, score=score, reasons=tuple(reasons)))
    ranked.sort(key=lambda c: (-c.score, c.published is None, c.url))
    return ranked


# ── the whole search ──────────────────────────────────────────────────────────


@dataclass(frozen=True)
class DiscoveryResult:
    """What was found for one target."""

    target: DiscoveryTarget
    profile: PublisherProfile | None
    candidates: tuple[Candidate, ...]
    """Best first, at most the limit asked for."""
    problems: tuple[str, ...] = ()
    """Listings that could not be read, an unknown publisher …"""


LISTING_TYPES = frozenset(
    {
        "text/html",
        "application/xhtml+xml",
        "application/rss+xml",
        "application/rdf+xml",
        "application/atom+xml",
        "application/xml",
        "text/xml",
    }
)


def discover_source(
    target: DiscoveryTarget,
    profiles: Sequence[PublisherProfile],
    fetch: Fetch,
    termbase: Termbase,
    *,
    limit: int = 5,
    inspect: int = 3,
) -> DiscoveryResult:
    """Read the profile's listings for the target's window and rank what they link to.

    The top `inspect` candidates without a date or title are fetched and read through the
    profile's content selectors, then ranked again.
    """
    profile = find_profile(profiles, target.publisher, target.language)
    if profile is None:
        known = ", ".join(sorted(p.id for p in profiles))
        problem = f"no publisher profile matches '{target.publisher}' (profiles: {known})"
        return DiscoveryResult(target, None, (), (problem,))
    problems: list[str] = []
    found: dict[str, Candidate] = {}
    for listing, url in profile.listing_urls(target.start, target.end):
        try:
            candidates = _read_listing(listing, url, profile, fetch)
        except (FetchError, ValueError) as exc:
            reason = exc.reason if isinstance(exc, FetchError) else str(exc)
            status = listing.status
            note = f" ({status.value})" if status is not ListingStatus.VERIFIED else ""
            problems.append(f"listing {url}{note}: {reason}")
            continue
        for candidate in candidates:
            known_candidate = found.get(candidate.url)
            if known_candidate is None or (
                known_candidate.published is None and candidate.published is not None
            ):
                found[candidate.url] = candidate
    ranked = rank_candidates(target, list(found.values()), profile.language, termbase)
    refined = []
    for candidate in ranked[:inspect]:
        if candidate.published is not None and candidate.title:
            continue
        try:
            page = fetch(candidate.url)
        except FetchError as exc:
            logger.info("%s: %s", candidate.url, exc.reason)
            continue
        title, published = read_page_facts(page.capture.body, page.capture.content_type, profile)
        refined.append(
            dataclasses.replace(
                candidate,
                title=candidate.title or title,
                published=candidate.published or published,
            )
        )
    if refined:
        by_url = {c.url: c for c in ranked} | {c.url: c for c in refined}
        ranked = rank_candidates(target, list(by_url.values()), profile.language, termbase)
    return DiscoveryResult(target, profile, tuple(ranked[:limit]), tuple(problems))


def _read_listing(
    listing: Listing, url: str, profile: PublisherProfile, fetch: Fetch
) -> list[Candidate]:
    fetched = fetch(url)
    capture = fetched.capture
    if listing.kind is ListingKind.FEED:
        return parse_feed(capture.body, capture.final_url, profile)
    return parse_listing(capture.body, capture.content_type, capture.final_url, profile)


# ── writing the choice into the claim file ────────────────────────────────────


def write_discovered(
    text: str, results: Sequence[DiscoveryResult], today: dt.date
) -> tuple[str, list[str]]:
    """The claim file's text with `url:` added to each discovered source; and what was done.

    The line goes just above the source's `discover:` key, at its indentation, with a
    comment asking the editor to confirm; runners-up follow as comments. Nothing else in the
    file changes (comments, quoting, order and line endings stay). Sources that already have
    a URL, have no candidate, or are written in flow style are left alone and reported.
    """
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.split(newline)
    done: list[str] = []
    inserts: list[tuple[int, list[str]]] = []
    for result in results:
        target = result.target
        if target.url:
            done.append(f"{target.source_id}: already has a url; left as it is")
            continue
        if not result.candidates:
            done.append(f"{target.source_id}: no candidate; nothing written")
            continue
        if target.insert_line is None:
            done.append(
                f"{target.source_id}: written in flow style ({{...}}); add the url by hand: "
                f"{result.candidates[0].url}"
            )
            continue
        best, *others = result.candidates
        pad = " " * target.indent
        block = [
            f"{pad}url: {_yaml_string(best.url)}  # found by `factcheck discover` on "
            f"{today:%Y-%m-%d} (score {best.score:.2f}): check it, then remove this comment",
            *(f"{pad}#   or: {other.url} (score {other.score:.2f})" for other in others[:2]),
        ]
        inserts.append((target.insert_line, block))
        done.append(f"{target.source_id}: wrote {best.url}")
    for line, block in sorted(inserts, reverse=True):
        lines[line:line] = block
    return newline.join(lines), done


def _yaml_string(value: str) -> str:
    """A double-quoted YAML scalar: safe whatever the URL holds (#, :, quotes)."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
