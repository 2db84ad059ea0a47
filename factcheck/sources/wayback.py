"""The Internet Archive's copies of a page: for sources the publisher refuses or has removed.

Takes a URL and a moment (the article's publication date, or `--as-of`); gives the
`Snapshot` the Wayback Machine holds closest to it, and fetches that snapshot's original
bytes (the `id_` replay form, without the archive's banner or rewritten links) as a
`FetchedResponse` whose capture is marked `CaptureOrigin.WAYBACK`, filed under the page's
own URL and dated when the Internet Archive took it.

Lookups go to the CDX index first (captures with status 200 within a year of the moment,
the nearest chosen here) and to the availability interface when the index fails or has
nothing. All requests go through the run's `PoliteSession`: the Internet Archive is a public
host like any other, so the address policy, robots.txt and per-host politeness all apply.
The endpoints are configurable (`WaybackEndpoints.at(base)`) for mirrors and for tests.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import re
from dataclasses import dataclass
from typing import Any

import httpx

from factcheck.errors import FetchError
from factcheck.model import CaptureOrigin
from factcheck.sources.fetch import ACCEPTED_CONTENT_TYPES, FetchedResponse
from factcheck.sources.netpolicy import is_public_host
from factcheck.sources.politeness import PoliteSession

logger = logging.getLogger(__name__)

FALLBACK_STATUSES = frozenset({403, 404, 410})
"""Publisher answers that send a source to the Internet Archive: refused, not found, gone."""

_TIMESTAMP = re.compile(r"[0-9]{4,14}")
_REPLAY_STAMP = re.compile(r"/([0-9]{14})(?:id_)?/")
_JSON_TYPES = None  # the index answers JSON as text/plain or application/json; take either


@dataclass(frozen=True)
class WaybackEndpoints:
    """Where the Internet Archive's interfaces are."""

    cdx: str = "https://web.archive.org/cdx/search/cdx"
    availability: str = "https://archive.org/wayback/available"
    replay: str = "https://web.archive.org/web/"
    """Prefix of replay URLs: `<replay><timestamp>id_/<url>`."""

    @classmethod
    def at(cls, base: str) -> WaybackEndpoints:
        """All three interfaces under one base URL (a mirror, or a local fake in tests)."""
        root = base.rstrip("/")
        return cls(
            cdx=f"{root}/cdx/search/cdx",
            availability=f"{root}/wayback/available",
            replay=f"{root}/web/",
        )


@dataclass(frozen=True)
class Snapshot:
    """One capture the Internet Archive holds of a URL."""

    url: str
    """The URL asked about."""
    timestamp: str
    """When the Internet Archive took it: 14 digits, UTC (YYYYMMDDhhmmss)."""
    status: int | None = None
    mimetype: str = ""

    @property
    def taken_at(self) -> dt.datetime:
        return parse_timestamp(self.timestamp)

    def replay_url(self, endpoints: WaybackEndpoints) -> str:
        """The URL of the snapshot's original bytes (`id_`: no banner, links as they were)."""
        return f"{endpoints.replay}{self.timestamp}id_/{self.url}"


def parse_timestamp(stamp: str) -> dt.datetime:
    """A Wayback timestamp (4 to 14 digits, UTC) as an aware datetime; missing parts are 0/1."""
    if not _TIMESTAMP.fullmatch(stamp):
        raise ValueError(f"not a Wayback timestamp: {stamp!r}")
    padded = stamp + "00000101000000"[len(stamp) :]
    return dt.datetime.strptime(padded, "%Y%m%d%H%M%S").replace(tzinfo=dt.UTC)


def format_timestamp(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y%m%d%H%M%S")


def nearest_snapshot(snapshots: list[Snapshot], when: dt.datetime) -> Snapshot | None:
    """The snapshot closest in time to `when`; of two equally close, the earlier."""
    if not snapshots:
        return None
    return min(snapshots, key=lambda s: (abs(s.taken_at - when), s.taken_at))


def parse_cdx_json(text: str, url: str) -> list[Snapshot]:
    """Snapshots from the CDX index's JSON answer (a header row, then one row per capture).

    Raises `ValueError` when the answer is not that shape; rows that are unusable are skipped.
    """
    data = json.loads(text) if text.strip() else []
    if not isinstance(data, list):
        raise ValueError("the CDX answer is not a list")
    if not data:
        return []
    header = data[0]
    if not isinstance(header, list) or "timestamp" not in header:
        raise ValueError("the CDX answer has no header row naming 'timestamp'")
    snapshots = []
    for row in data[1:]:
        if not isinstance(row, list) or len(row) != len(header):
            continue  # e.g. the empty row before a resumption key
        fields = dict(zip(header, row, strict=True))
        stamp = fields.get("timestamp")
        if not isinstance(stamp, str) or not _TIMESTAMP.fullmatch(stamp) or len(stamp) != 14:
            continue
        status_text = fields.get("statuscode")
        status = (
            int(status_text) if isinstance(status_text, str) and status_text.isdigit() else None
        )
        if status is not None and status != 200:
            continue
        mimetype = fields.get("mimetype")
        snapshots.append(
            Snapshot(url, stamp, status, mimetype if isinstance(mimetype, str) else "")
        )
    return snapshots


def parse_availability_json(text: str, url: str) -> Snapshot | None:
    """The closest snapshot from the availability interface's JSON answer, or None."""
    data: Any = json.loads(text)
    closest = (
        (data.get("archived_snapshots") or {}).get("closest") if isinstance(data, dict) else None
    )
    if not isinstance(closest, dict) or closest.get("available") is False:
        return None
    stamp = closest.get("timestamp")
    if not isinstance(stamp, str) or not _TIMESTAMP.fullmatch(stamp) or len(stamp) != 14:
        return None
    status_text = str(closest.get("status", ""))
    status = int(status_text) if status_text.isdigit() else None
    if status is not None and status != 200:
        return None
    return Snapshot(url, stamp, status)


class Wayback:
    """Look up and fetch Internet Archive snapshots through a run's polite session."""

    def __init__(
        self,
        session: PoliteSession,
        endpoints: WaybackEndpoints | None = None,
        *,
        window_days: int = 366,
    ) -> None:
        self.session = session
        self.endpoints = endpoints or WaybackEndpoints()
        self.window = dt.timedelta(days=window_days)

    def may_hold(self, url: str) -> bool:
        """Whether asking about `url` makes sense. The public Internet Archive never holds a
        page on a loopback or private host (asking would only cost time, and hand it an
        intranet name); a mirror configured elsewhere (FACTCHECK_WAYBACK_URL) may, so it is
        always asked."""
        if self.endpoints != WaybackEndpoints():
            return True
        try:
            host = httpx.URL(url).host
        except httpx.InvalidURL:
            return False
        return bool(host) and is_public_host(host)

    def closest(self, url: str, when: dt.datetime) -> Snapshot:
        """The snapshot of `url` closest to `when`; `FetchError` when there is none or the
        Internet Archive cannot be asked."""
        problems: list[str] = []
        try:
            found = nearest_snapshot(self._from_index(url, when), when)
        except FetchError as exc:
            problems.append(f"index: {exc.reason}")
            found = None
        if found is not None:
            return found
        try:
            found = self._from_availability(url, when)
        except FetchError as exc:
            problems.append(f"availability: {exc.reason}")
        if found is not None:
            return found
        if problems:
            raise FetchError(
                url, "the Internet Archive could not be asked (" + "; ".join(problems) + ")"
            )
        raise FetchError(url, "the Internet Archive holds no capture of it")

    def fetch(self, snapshot: Snapshot, *, why: str = "") -> FetchedResponse:
        """The snapshot's original bytes, as a capture of `snapshot.url` marked WAYBACK.

        The capture is dated when the Internet Archive took it (the replay may redirect to
        a neighbouring timestamp; the one that answered counts). `why` goes into its note.
        """
        replay = snapshot.replay_url(self.endpoints)
        fetched = self.session.fetch(replay, accept=ACCEPTED_CONTENT_TYPES)
        stamp = _REPLAY_STAMP.search(httpx.URL(fetched.capture.final_url).path)
        taken = parse_timestamp(stamp.group(1)) if stamp else snapshot.taken_at
        note = f"Internet Archive capture of {snapshot.url} taken {taken:%Y-%m-%d %H:%M:%S} UTC"
        if why:
            note += f"; used because {why}"
        capture = dataclasses.replace(
            fetched.capture,
            url=snapshot.url.split("#", 1)[0],
            fetched_at=taken,
            origin=CaptureOrigin.WAYBACK,
            note=note,
        )
        return dataclasses.replace(fetched, capture=capture)

    def _ask(self, endpoint: str, params: dict[str, str], url: str) -> str:
        query = str(httpx.URL(endpoint).copy_merge_params(params))
        try:
            fetched = self.session.fetch(query, accept=_JSON_TYPES)
        except FetchError as exc:
            raise FetchError(url, exc.reason) from None
        return fetched.capture.body.decode("utf-8", "replace")

    def _from_index(self, url: str, when: dt.datetime) -> list[Snapshot]:
        params = {
            "url": url,
            "output": "json",
            "fl": "timestamp,original,statuscode,mimetype",
            "filter": "statuscode:200",
            "from": format_timestamp(when - self.window),
            "to": format_timestamp(when + self.window),
            "limit": "1000",
        }
        text = self._ask(self.endpoints.cdx, params, url)
        try:
            return parse_cdx_json(text, url)
        except (ValueError, RecursionError) as exc:
            raise FetchError(url, f"unreadable answer from the index ({exc})") from None

    def _from_availability(self, url: str, when: dt.datetime) -> Snapshot | None:
        text = self._ask(
            self.endpoints.availability, {"url": url, "timestamp": format_timestamp(when)}, url
        )
        try:
            return parse_availability_json(text, url)
        except (ValueError, RecursionError) as exc:
            raise FetchError(url, f"unreadable answer ({exc})") from None
