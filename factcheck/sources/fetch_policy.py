"""How the fetcher may behave: one `FetchPolicy` per run, from the CLI and configuration.

Kept apart from the fetcher itself so that an offline run, which builds a policy but never
fetches, does not load the HTTP stack.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck import __version__
from factcheck.sources.hostnames import IPNetwork

DEFAULT_USER_AGENT = f"factcheck/{__version__} (+https://github.com/factcheck-cli/factcheck)"


@dataclass(frozen=True)
class FetchPolicy:
    """How the fetcher may behave; one value per run, from the CLI and configuration."""

    allow_private: bool = False
    """Lift the non-public address check entirely (local use and tests)."""
    allowed_networks: tuple[IPNetwork, ...] = ()
    """Non-public networks reachable even when `allow_private` is off (e.g. an intranet mirror)."""
    max_bytes: int = 10 * 1024 * 1024
    """Cap on the wire bytes and, separately, on the decoded bytes of a body."""
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    """Longest wait for the next bytes from the server."""
    total_timeout: float = 60.0
    """Deadline for the whole fetch: every hop, retry, wait and byte."""
    max_redirects: int = 5
    max_retries: int = 2
    """Further attempts after a 429, a 503 or a dropped connection; 0 disables retrying."""
    backoff: float = 1.0
    """Wait before the first retry when the server names none; doubles each time."""
    max_retry_after: float = 30.0
    """A server asking to wait longer than this is not waited for; the fetch fails."""
    user_agent: str = DEFAULT_USER_AGENT
    """Names the tool and a contact URL; some publishers refuse anonymous clients."""
