"""The "get sources" stage in one call: a capture of a URL from the evidence archive first,
the web when allowed, the Internet Archive when the publisher refuses (403) or has removed the
page (404, 410), and with `as_of` the capture closest to a moment.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from factcheck.errors import FetchError, HTTPStatusError, NotArchivedError
from factcheck.model import Capture, CaptureOrigin
from factcheck.sources.archive.evidence import EvidenceArchive
from factcheck.sources.archive.files import iso_time

if TYPE_CHECKING:
    # The HTTP stack is imported where a fetch needs it: an offline run reads the
    # archive without loading it.
    import httpx

    from factcheck.sources.fetch import FetchPolicy
    from factcheck.sources.politeness import PoliteSession
    from factcheck.sources.wayback import Wayback

logger = logging.getLogger(__name__)

AS_OF_CLOSE_ENOUGH = dt.timedelta(days=1)
"""With `as_of`, an archived capture this close to the moment is used without asking the
Internet Archive for a closer one."""


def get_capture(
    url: str,
    archive: EvidenceArchive,
    *,
    offline: bool,
    refresh: bool,
    policy: FetchPolicy,
    client: httpx.Client | None = None,
    session: PoliteSession | None = None,
    wayback: Wayback | None = None,
    near: dt.datetime | None = None,
    as_of: dt.datetime | None = None,
) -> Capture:
    """A capture of `url`: from the archive, or fetched (and archived) when allowed.

    Offline, only the archive is read (`refresh` is then ignored) and a missing capture
    raises `NotArchivedError`. Online, an archived capture is reused unless `refresh`;
    otherwise the page is fetched through `session` (polite, robots.txt) or, without one,
    `fetch_source` with `client`, stored unless unchanged, and returned with origin LIVE.

    With `wayback`, a publisher's 403, 404 or 410 is answered with the Internet Archive's
    snapshot closest to `near` (the article's publication date; now if None), stored and
    returned with origin WAYBACK. With `as_of`, the capture closest to that moment is used:
    the archive's, or online a closer Internet Archive snapshot; the live page, which is
    as of now, is not fetched.
    """
    if as_of is not None:
        return _capture_as_of(url, archive, as_of, offline=offline, wayback=wayback)
    if offline or not refresh:
        archived = archive.latest(url)
        if archived is not None:
            return archived
        if offline:
            raise NotArchivedError(
                url,
                f"not in the evidence archive at {archive.root}; run `factcheck fetch <claims>`"
                " with network access, or add a capture",
            )
    from factcheck.sources.fetch import fetch_source
    from factcheck.sources.wayback import FALLBACK_STATUSES

    try:
        if session is not None:
            fetched = session.fetch(url)
        else:
            fetched = fetch_source(url, policy, client=client)
    except HTTPStatusError as exc:
        if wayback is None or exc.status not in FALLBACK_STATUSES or not wayback.may_hold(url):
            raise
        moment = near or dt.datetime.now(dt.UTC)
        try:
            return _wayback_capture(
                url, archive, wayback, moment, why=f"the publisher answered {exc.reason}"
            )
        except FetchError as fallback:
            raise HTTPStatusError(
                url,
                f"{exc.reason}; no Internet Archive copy either: {fallback.reason}",
                exc.status,
                exc.retry_after,
            ) from None
    return archive.store_if_changed(fetched)


def _wayback_capture(
    url: str, archive: EvidenceArchive, wayback: Wayback, when: dt.datetime, *, why: str
) -> Capture:
    """The Internet Archive's snapshot closest to `when`, from the archive if already stored."""
    snapshot = wayback.closest(url, when)
    stored = archive.find(url, snapshot.taken_at, CaptureOrigin.WAYBACK)
    if stored is not None:
        return stored
    fetched = wayback.fetch(snapshot, why=why)
    known = archive.find(url, fetched.capture.fetched_at, CaptureOrigin.WAYBACK)
    if known is not None:  # the replay redirected to a snapshot stored earlier
        return known
    retrieved = {
        "retrieved_at": iso_time(dt.datetime.now(dt.UTC)),
        "wayback_replay": fetched.capture.final_url,
    }
    return archive.store(fetched, metadata=retrieved)


def _capture_as_of(
    url: str,
    archive: EvidenceArchive,
    when: dt.datetime,
    *,
    offline: bool,
    wayback: Wayback | None,
) -> Capture:
    archived = archive.nearest(url, when)
    if archived is not None and abs(archived.fetched_at - when) <= AS_OF_CLOSE_ENOUGH:
        return archived
    if offline or wayback is None or not wayback.may_hold(url):
        if archived is not None:
            return archived
        raise NotArchivedError(
            url,
            f"not in the evidence archive at {archive.root}; run without --offline to look "
            f"for an Internet Archive capture near {when:%Y-%m-%d}",
        )
    try:
        snapshot = wayback.closest(url, when)
    except FetchError as exc:
        if archived is not None:
            logger.info("%s: %s; using the archived capture", url, exc.reason)
            return archived
        raise
    if archived is not None and abs(archived.fetched_at - when) <= abs(snapshot.taken_at - when):
        return archived
    return _wayback_capture(
        url, archive, wayback, when, why=f"it is the capture closest to {when:%Y-%m-%d}"
    )
