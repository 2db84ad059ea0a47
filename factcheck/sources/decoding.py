"""Bounded content decoding: undo a body's gzip or deflate without ever producing more
than a limit, so that a compression bomb costs no more than the limit.

Used by the fetcher on the wire and by the archive on stored bodies; it needs nothing of the
HTTP stack, so reading the archive does not load it.
"""

from __future__ import annotations

import logging
import zlib

logger = logging.getLogger(__name__)


class BoundedDecoder:
    """Decode a content-encoded body chunk by chunk, never producing more than `limit` bytes.

    zlib's `max_length` stops inflation as soon as the output would pass the limit, so the
    cost of a bomb is bounded by the limit, not by its expanded size. Encodings are applied
    in the order the server lists them and undone in reverse. Raises `ValueError` for an
    encoding it cannot decode, `DecodedTooLarge` past the limit, `zlib.error` on bad data.
    """

    def __init__(self, content_encoding: str, limit: int) -> None:
        codings = [c.strip().lower() for c in content_encoding.split(",") if c.strip()]
        self._stages: list[_ZlibStage] = []
        for coding in reversed(codings):
            if coding == "identity":
                continue
            if coding in ("gzip", "x-gzip", "deflate"):
                self._stages.append(_ZlibStage(gzip=coding != "deflate", limit=limit))
            else:
                raise ValueError(coding)
        self.limit = limit
        self.produced = 0
        """Decoded bytes handed out so far."""

    def decode(self, data: bytes) -> bytes:
        for stage in self._stages:
            data = stage.decompress(data)
        return self._count(data)

    def flush(self) -> bytes:
        data = b""
        for stage in self._stages:
            data = stage.decompress(data) + stage.flush()
        return self._count(data)

    def _count(self, data: bytes) -> bytes:
        self.produced += len(data)
        if self.produced > self.limit:
            raise DecodedTooLarge(self.limit)
        return data


class DecodedTooLarge(Exception):
    """Internal to the fetch and the archive: decoding passed its limit."""


class _ZlibStage:
    """One gzip or deflate layer, bounded by `limit` bytes of output in total."""

    def __init__(self, *, gzip: bool, limit: int) -> None:
        self._gzip = gzip
        self._limit = limit
        self._produced = 0
        self._z: zlib._Decompress | None = None
        self._head = b""
        if gzip:
            self._z = zlib.decompressobj(zlib.MAX_WBITS | 16)

    def _start_deflate(self, data: bytes) -> bytes:
        # "deflate" should carry a zlib header, but some servers send raw deflate; the
        # first two bytes tell which (RFC 1950: CM = 8 and the check bits).
        self._head += data
        if len(self._head) < 2:
            return b""
        first, second = self._head[0], self._head[1]
        wrapped = first & 0x0F == 8 and (first << 8 | second) % 31 == 0
        self._z = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        data, self._head = self._head, b""
        return data

    def decompress(self, data: bytes) -> bytes:
        if self._z is None:
            data = self._start_deflate(data)
            if self._z is None:
                return b""
        out: list[bytes] = []
        while data:
            if self._z.eof:
                if not (self._gzip and data[:2] == b"\x1f\x8b"):
                    logger.debug("ignoring %d bytes after the compressed body", len(data))
                    break
                # Another gzip member follows; the body is all members joined.
                self._z = zlib.decompressobj(zlib.MAX_WBITS | 16)
            chunk = self._z.decompress(data, self._limit - self._produced + 1)
            self._count(chunk)
            out.append(chunk)
            data = self._z.unused_data if self._z.eof else self._z.unconsumed_tail
        return b"".join(out)

    def flush(self) -> bytes:
        if self._z is None:
            # Fewer than two bytes arrived: not a deflate stream at all.
            if self._head:
                raise zlib.error("truncated deflate stream")
            return b""
        chunk = self._z.flush(self._limit - self._produced + 1)
        self._count(chunk)
        if not self._z.eof:
            logger.warning("the compressed body ended before its end marker")
        return chunk

    def _count(self, chunk: bytes) -> None:
        self._produced += len(chunk)
        if self._produced > self._limit:
            raise DecodedTooLarge(self._limit)
