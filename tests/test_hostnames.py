"""Host names read without the HTTP stack agree with httpx's parser wherever they answer."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.sources.hostnames import plain_netloc

_HOST = st.text("abcxyzABCXYZ019._-", min_size=1, max_size=30)
_PORT = st.one_of(st.none(), st.integers(0, 99999).map(str), st.sampled_from(["080", "0443"]))


@given(
    scheme=st.sampled_from(["http", "https", "HTTP", "Https"]),
    host=_HOST,
    port=_PORT,
    rest=st.sampled_from(["", "/", "/a/b.html", "?q=1", "#frag", "/x?y#z"]),
)
def test_a_plain_authority_reads_as_httpx_reads_it(scheme, host, port, rest):
    url = f"{scheme}://{host}{'' if port is None else ':' + port}{rest}"
    expected = httpx.URL(url).netloc.decode("ascii").lower()
    got = plain_netloc(url)
    if scheme.islower():
        assert got == expected
    else:  # left to httpx, which keeps a default port after an upper-case scheme
        assert got is None


@pytest.mark.parametrize(
    "url",
    [
        "https://例え.jp/",
        "https://user:pw@example.org/",
        "http://[::1]:8080/",
        "http://example.org:/x",
        "ftp://example.org/",
        "HTTP://example.org:80/",
        " http://example.org/",
        "http://exa%41mple.org/",
        "http://example.org\\@evil.org/",
    ],
)
def test_anything_else_is_left_to_httpx(url):
    assert plain_netloc(url) is None
