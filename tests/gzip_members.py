"""Taking a WARC capture apart and putting it back: one gzip member per record.

Shared by the hostile-archive tests and the fuzzer, which both forge single records.
"""

from __future__ import annotations

import zlib

GZIP = zlib.MAX_WBITS | 16


def gzip_members(data: bytes) -> list[bytes]:
    """The gzip members of a file, as they are stored (one WARC record each)."""
    members = []
    rest = data
    while rest:
        member = zlib.decompressobj(GZIP)
        member.decompress(rest)
        used = len(rest) - len(member.unused_data)
        members.append(rest[:used])
        rest = member.unused_data
    return members


def gzip_member(data: bytes) -> bytes:
    """`data` as one gzip member."""
    packer = zlib.compressobj(wbits=GZIP)
    return packer.compress(data) + packer.flush()
