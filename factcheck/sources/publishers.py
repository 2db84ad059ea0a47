"""Publisher profiles: how an official site lays out its pages, as data for discovery.

Takes profile YAML files (built in: `factcheck/data/publishers/*.yaml`; format:
docs/publishers.md) and gives `PublisherProfile`s: the site's listing pages and feeds (URL
templates filled in per month of a date window), which links are article pages, where a
page's title and date are, and the date forms it writes — each profile's `date_examples`
are read with `factcheck.text.dates.parse_date` when it is loaded, so a profile whose dates the
tool cannot read fails at once, at its file and line, not silently during discovery.

Problems raise `ConfigError` with file:line:column. A user profile with the id of a
built-in one replaces it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import itertools
import re
import urllib.parse
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TypeVar

import soupsieve
import yaml

from factcheck.claimfiles.yamlnodes import NodeReader, compose_yaml, is_null, read_text_file
from factcheck.errors import ConfigError
from factcheck.text.dates import parse_date

BUILTIN_FOLDER = "publishers"
MAX_MONTHS = 24
"""Listings are expanded for at most this many months of a window."""

_PROFILE_KEYS = frozenset(
    {
        "id",
        "name",
        "language",
        "names",
        "hosts",
        "periods",
        "listings",
        "links",
        "link_date",
        "page",
        "date_examples",
        "note",
        "officials",
    }
)
_LISTING_KEYS = frozenset({"url", "kind", "status", "note"})
_PERIOD_KEYS = frozenset({"value", "from", "to"})
_PAGE_KEYS = frozenset({"title", "date", "main", "drop", "speaker_headers"})
_EXAMPLE_KEYS = frozenset({"text", "date"})
_DATE_PARTS = frozenset({"year", "month", "day"})
_BUILTIN_PLACEHOLDERS = frozenset({"yyyy", "mm", "yyyymm"})
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_NOT_WORD = re.compile(r"[^\w]+")
E = TypeVar("E", bound=enum.Enum)


class ListingKind(enum.Enum):
    HTML = "html"
    """A page of links (an index, a monthly archive)."""
    FEED = "feed"
    """RSS 1.0 (RDF), RSS 2.0 or Atom."""


class ListingStatus(enum.Enum):
    """How sure the profile's author is that a listing exists where it says."""

    VERIFIED = "verified"
    REPORTED = "reported"
    """Reported by others; not checked."""
    GUESS = "guess"
    """A guess from the site's layout; expect it to fail until checked."""


@dataclass(frozen=True)
class Listing:
    url: str
    """A URL, or a template with {yyyy}, {mm}, {yyyymm} and the profile's period names."""
    kind: ListingKind
    status: ListingStatus = ListingStatus.VERIFIED
    note: str = ""

    @property
    def placeholders(self) -> frozenset[str]:
        return frozenset(_PLACEHOLDER.findall(self.url))


@dataclass(frozen=True)
class PeriodValue:
    """A value a URL part takes for a span of time (a cabinet number …)."""

    value: str
    start: dt.date | None = None
    end: dt.date | None = None
    """Last day, inclusive; None when still current."""

    def overlaps(self, first: dt.date, last: dt.date) -> bool:
        return (self.start is None or self.start <= last) and (
            self.end is None or first <= self.end
        )


@dataclass(frozen=True)
class PublisherProfile:
    id: str
    name: str
    language: str
    names: tuple[str, ...]
    """Names a claim file may give as `publisher` (the id and `name` count too)."""
    hosts: tuple[str, ...]
    listings: tuple[Listing, ...]
    links: tuple[re.Pattern[str], ...]
    """An absolute URL is an article page when one of these matches it whole."""
    link_date: re.Pattern[str] | None = None
    """Reads a page's date from its URL (named groups year, month, day)."""
    title_selectors: tuple[str, ...] = ("h1", "title")
    date_selectors: tuple[str, ...] = ()
    main_selectors: tuple[str, ...] = ()
    """Where an article page's main text is (the first selector that matches wins)."""
    drop_selectors: tuple[str, ...] = ()
    """Parts of the main text that are not text of the page: captions, photo credits, back
    links, related links, print/share widgets, breadcrumbs."""
    speaker_headers: tuple[re.Pattern[str], ...] = ()
    """A paragraph matching one of these whole names the speaker of what follows (group
    `speaker`), e.g. "[Opening statement by Prime Minister Takaichi]"."""
    periods: tuple[tuple[str, tuple[PeriodValue, ...]], ...] = ()
    file: str = ""
    officials: tuple[str, ...] = ()
    """Whom the publisher speaks for, as termbase ids: an office (`mofa`) or a country's
    title (`japan/prime-minister`); `factcheck draft` proposes it for articles naming them."""

    def is_page(self, url: str) -> bool:
        return any(pattern.fullmatch(url) for pattern in self.links)

    def date_from_url(self, url: str) -> dt.date | None:
        match = self.link_date.search(url) if self.link_date else None
        if match is None:
            return None
        try:
            return dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
        except (ValueError, IndexError):
            return None

    def listing_urls(self, start: dt.date, end: dt.date) -> list[tuple[Listing, str]]:
        """Every listing URL to read for the window, templates filled in month by month."""
        urls: dict[str, Listing] = {}
        periods = dict(self.periods)
        for listing in self.listings:
            if not listing.placeholders:
                urls.setdefault(listing.url, listing)
                continue
            for first, last in _months(start, end):
                values = {
                    "yyyy": [f"{first.year:04d}"],
                    "mm": [f"{first.month:02d}"],
                    "yyyymm": [f"{first.year:04d}{first.month:02d}"],
                }
                for name, spans in periods.items():
                    values[name] = [p.value for p in spans if p.overlaps(first, last)]
                names = sorted(listing.placeholders)
                for combination in itertools.product(*(values[name] for name in names)):
                    chosen = dict(zip(names, combination, strict=True))
                    urls.setdefault(_fill(listing.url, chosen), listing)
        return [(listing, url) for url, listing in urls.items()]

    def answers_to(self, publisher: str) -> int:
        """How well a claim file's `publisher` names this profile: 0 not at all, else the
        length of the longest of its names found in it."""
        wanted = _normal(publisher)
        best = 0
        for name in (self.id, self.name, *self.names):
            normal = _normal(name)
            if normal and (normal == wanted or f" {normal} " in f" {wanted} "):
                best = max(best, len(normal))
        return best


def _fill(template: str, values: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], template)


def _normal(name: str) -> str:
    return _NOT_WORD.sub(" ", name.casefold().replace("'s", "s")).strip()


def _months(start: dt.date, end: dt.date) -> Iterator[tuple[dt.date, dt.date]]:
    first = start.replace(day=1)
    for _ in range(MAX_MONTHS):
        if first > end:
            return
        following = (first + dt.timedelta(days=32)).replace(day=1)
        yield first, following - dt.timedelta(days=1)
        first = following


def find_profile(
    profiles: Sequence[PublisherProfile], publisher: str, language: str
) -> PublisherProfile | None:
    """The profile a publisher name means: the one with that id; else, of those whose names
    it contains, the one in the source's language, then the one whose name matches longest."""
    for profile in profiles:
        if profile.id == publisher.strip():
            return profile
    scored = [(p.answers_to(publisher), p) for p in profiles]
    matching = [(score, p) for score, p in scored if score]
    if not matching:
        return None
    base = language.split("-")[0].lower()
    matching.sort(key=lambda sp: (sp[1].language.split("-")[0] != base, -sp[0], sp[1].id))
    return matching[0][1]


# ── loading ───────────────────────────────────────────────────────────────────


def load_profiles(paths: Iterable[Path] = (), *, builtin: bool = True) -> list[PublisherProfile]:
    """The built-in profiles, then the user's (files, or folders of *.yaml), by id."""
    profiles: dict[str, PublisherProfile] = {}
    if builtin:
        folder = resources.files("factcheck.data").joinpath(BUILTIN_FOLDER)
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".yaml"):
                profile = parse_profile(
                    entry.read_text(encoding="utf-8"), f"<builtin>/{entry.name}", shipped=True
                )
                profiles[profile.id] = profile
    for path in paths:
        files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
        for file in files:
            text = read_text_file(file, ConfigError, "publisher profile", with_column=True)
            profile = parse_profile(text, str(file))
            profiles[profile.id] = profile
    return list(profiles.values())


def parse_profile(text: str, file: str, *, shipped: bool = False) -> PublisherProfile:
    """One profile from its YAML text; `ConfigError` at the offending place.

    A `shipped` profile (the package's own) has its CSS selectors compiled when a page first
    uses them, not here: compiling all of them took 0.18 s of every run that extracts a page,
    and tests/test_extract_publishers.py compiles each one. A user's profile is checked
    whole, so a bad selector is reported at its line."""
    root = compose_yaml(text, file, ConfigError, what="publisher profile")
    read = NodeReader(file, ConfigError)
    if root is None:
        raise ConfigError("the publisher profile is empty", None, "see docs/publishers.md")
    fields = read.mapping(root, "a publisher profile", _PROFILE_KEYS)
    for required in ("id", "name", "language", "links"):
        if required not in fields:
            raise read.fail(
                root, f"the publisher profile has no '{required}'", "see docs/publishers.md"
            )
    profile_id = read.string(fields["id"][1], "'id'")
    if not _ID.fullmatch(profile_id):
        raise read.fail(fields["id"][1], f"'{profile_id}' is not a valid profile id")
    periods = _periods(read, fields["periods"][1]) if "periods" in fields else ()
    known = _BUILTIN_PLACEHOLDERS | {name for name, _ in periods}
    listings = []
    for node in _list(read, fields, "listings"):
        listing = _listing(read, node)
        unknown = listing.placeholders - known
        if unknown:
            raise read.fail(
                node,
                f"listing URL uses unknown placeholder(s) {', '.join(sorted(unknown))}",
                "use {yyyy}, {mm}, {yyyymm} or a name defined under 'periods'",
            )
        listings.append(listing)
    links = tuple(_pattern(read, node, "a link pattern") for node in _list(read, fields, "links"))
    link_date = None
    if "link_date" in fields:
        link_date = _pattern(read, fields["link_date"][1], "'link_date'")
        if not _DATE_PARTS <= set(link_date.groupindex):
            raise read.fail(
                fields["link_date"][1], "'link_date' needs groups named year, month and day"
            )
    selectors: dict[str, tuple[str, ...]] = {"title": ("h1", "title")}
    headers: list[re.Pattern[str]] = []
    if "page" in fields:
        page = read.mapping(fields["page"][1], "'page'", _PAGE_KEYS)
        for key in ("title", "date", "main", "drop"):
            if key in page:
                selectors[key] = tuple(
                    s if shipped else _selector(read, page[key][1], s)
                    for s in read.string_list(page[key][1], f"'page.{key}'")
                )
        if "speaker_headers" in page:
            for node in read.sequence(page["speaker_headers"][1], "'page.speaker_headers'"):
                pattern = _pattern(read, node, "a speaker header pattern")
                if "speaker" not in pattern.groupindex:
                    raise read.fail(node, "a speaker header pattern needs a group named speaker")
                headers.append(pattern)
    profile = PublisherProfile(
        id=profile_id,
        name=read.string(fields["name"][1], "'name'"),
        language=read.string(fields["language"][1], "'language'"),
        names=tuple(read.string_list(fields["names"][1], "'names'")) if "names" in fields else (),
        hosts=tuple(read.string_list(fields["hosts"][1], "'hosts'")) if "hosts" in fields else (),
        listings=tuple(listings),
        links=links,
        link_date=link_date,
        title_selectors=selectors["title"],
        date_selectors=selectors.get("date", ()),
        main_selectors=selectors.get("main", ()),
        drop_selectors=selectors.get("drop", ()),
        speaker_headers=tuple(headers),
        periods=periods,
        file=file,
        officials=tuple(read.string_list(fields["officials"][1], "'officials'"))
        if "officials" in fields
        else (),
    )
    for node in _list(read, fields, "date_examples"):
        _check_example(read, node, profile)
    return profile


def _list(
    read: NodeReader, fields: dict[str, tuple[yaml.Node, yaml.Node]], key: str
) -> list[yaml.Node]:
    if key not in fields or is_null(fields[key][1]):
        return []
    return list(read.sequence(fields[key][1], f"'{key}'"))


def _listing(read: NodeReader, node: yaml.Node) -> Listing:
    fields = read.mapping(node, "a listing", _LISTING_KEYS)
    if "url" not in fields:
        raise read.fail(node, "a listing has no 'url'")
    url = read.string(fields["url"][1], "'url'")
    if not url.startswith(("http://", "https://")):
        raise read.fail(fields["url"][1], f"listing URL '{url}' is not an absolute http(s) URL")
    kind = _choice(read, fields, "kind", ListingKind, ListingKind.HTML)
    status = _choice(read, fields, "status", ListingStatus, ListingStatus.VERIFIED)
    note = read.string(fields["note"][1], "'note'") if "note" in fields else ""
    return Listing(url, kind, status, note)


def _choice(
    read: NodeReader,
    fields: dict[str, tuple[yaml.Node, yaml.Node]],
    key: str,
    cls: type[E],
    default: E,
) -> E:
    if key not in fields:
        return default
    node = fields[key][1]
    value = read.string(node, f"'{key}'")
    for member in cls:
        if member.value == value:
            return member
    allowed = ", ".join(str(m.value) for m in cls)
    raise read.fail(node, f"'{key}': unknown value '{value}'", f"allowed values: {allowed}")


def _periods(read: NodeReader, node: yaml.Node) -> tuple[tuple[str, tuple[PeriodValue, ...]], ...]:
    out = []
    for name, (key_node, spans_node) in read.mapping(node, "'periods'", frozenset()).items():
        if not re.fullmatch(r"[a-z_]+", name) or name in _BUILTIN_PLACEHOLDERS:
            raise read.fail(
                key_node, f"'{name}' cannot name a period", "use lowercase letters, e.g. 'cabinet'"
            )
        spans = []
        for span in read.sequence(spans_node, f"'periods.{name}'"):
            fields = read.mapping(span, f"a value of '{name}'", _PERIOD_KEYS)
            if "value" not in fields:
                raise read.fail(span, f"a value of '{name}' has no 'value'")
            spans.append(
                PeriodValue(
                    read.string(fields["value"][1], "'value'"),
                    _date(read, fields["from"][1]) if "from" in fields else None,
                    _date(read, fields["to"][1]) if "to" in fields else None,
                )
            )
        out.append((name, tuple(spans)))
    return tuple(out)


def _date(read: NodeReader, node: yaml.Node) -> dt.date:
    value = read.string(node, "a date")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise read.fail(node, f"'{value}' is not a date", "write YYYY-MM-DD") from None


def _pattern(read: NodeReader, node: yaml.Node, what: str) -> re.Pattern[str]:
    text = read.string(node, what)
    try:
        return re.compile(text)
    except re.error as exc:
        raise read.fail(node, f"{what} is not a valid regular expression: {exc}") from None


def _selector(read: NodeReader, node: yaml.Node, selector: str) -> str:
    try:
        soupsieve.compile(selector)
    except soupsieve.SelectorSyntaxError as exc:
        raise read.fail(node, f"'{selector}' is not a valid CSS selector: {exc}") from None
    return selector


def _check_example(read: NodeReader, node: yaml.Node, profile: PublisherProfile) -> None:
    fields = read.mapping(node, "a date example", _EXAMPLE_KEYS)
    if "text" not in fields or "date" not in fields:
        raise read.fail(node, "a date example needs 'text' and 'date'")
    text = read.string(fields["text"][1], "'text'")
    expected = _date(read, fields["date"][1])
    got = parse_date(text, profile.language)
    if got != expected:
        shown = got.isoformat() if got else "no date"
        raise read.fail(
            fields["text"][1],
            f"date example '{text}' reads as {shown}, not {expected.isoformat()}",
            "fix the example, or teach factcheck.text.dates the form",
        )


def replace_listings(profile: PublisherProfile, listings: Sequence[Listing]) -> PublisherProfile:
    """The profile reading other listings (a mirror, a local copy, a test server)."""
    return dataclasses.replace(profile, listings=tuple(listings))


# ── the profile of a page ─────────────────────────────────────────────────────

_builtin_profiles: list[PublisherProfile] | None = None


def profile_for_page(url: str) -> PublisherProfile | None:
    """The built-in profile that lays out the page at ``url``: its host, then its link pattern
    (MOFA's English and Japanese pages share one host)."""
    global _builtin_profiles
    host = urllib.parse.urlsplit(url).hostname or ""
    if not host:
        return None
    if _builtin_profiles is None:
        _builtin_profiles = load_profiles()
    candidates = [p for p in _builtin_profiles if host in p.hosts]
    for profile in candidates:
        if profile.is_page(url):
            return profile
    return candidates[0] if len(candidates) == 1 else None
