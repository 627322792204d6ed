"""WARC files (``.warc`` and ``.warc.gz``, e.g. Common Crawl's CC-NEWS) into Documents.

Each ``response`` (or ``resource``) record with an HTML or plain-text payload becomes a
``Document`` with the record's target URI, its WARC-Date as ``fetched_at``, the HTTP status
and the kept response headers; the payload is de-chunked and un-gzipped by warcio.

A ``.warc.gz`` is a series of gzip members, one record each. warcio's ``ArchiveIterator``
does not survive a damaged member: once a member is part-read it prints the zlib error to
stderr and returns no more data (so the rest of the file is silently lost), and a member
damaged at its very start makes it guess the stream is not compressed at all. So the
members are split here, with zlib: a member that does not decompress (bad header, bad
deflate data, CRC mismatch, truncated) becomes one ``Failure`` naming the byte range, the
reader scans forward for the next gzip header (``1f 8b 08``) that starts a member which
decompresses whole (CRC and length checked, so a chance ``1f 8b 08`` inside compressed data
is not taken for one), and reading goes on from there. Each good member is then parsed by
warcio as an uncompressed record.

The same scan lets a big file be read in byte ranges (``start``/``end``) by several
workers: a range reads the members that START inside it, the first found by the same
resynchronisation, so the ranges of a file together read each member exactly once.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from tidings.acquire.http import KEPT_HEADERS, charset_of
from tidings.errors import InputError
from tidings.model import Document, Failure

STAGE = "acquire.warc"
MEMBER_MAGIC = b"\x1f\x8b\x08"  # gzip magic + deflate, the start of every member
_CHUNK = 1 << 20
_PIECE = 1 << 16
#: Payload types turned into Documents; other records (images, robots.txt, PDFs) are skipped.
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
#: Largest decompressed member kept; bigger ones become ``warc.member_too_large`` failures.
DEFAULT_MAX_MEMBER = 50_000_000


def is_warc_name(name: str) -> bool:
    return name.lower().endswith((".warc", ".warc.gz"))


def looks_like_warc(head: bytes) -> bool:
    """True when the (decompressed) first bytes are a WARC record header."""
    return head.lstrip()[:5] == b"WARC/"


# -- gzip members -------------------------------------------------------------------------

@dataclass(frozen=True)
class Member:
    """One decompressed gzip member and where it lies in the file."""

    start: int
    end: int
    data: bytes


@dataclass(frozen=True)
class BadRegion:
    """Bytes ``[start, end)`` that hold no readable member, and why."""

    start: int
    end: int
    reason: str


class _Truncated(Exception):
    pass


class _Reader:
    """A forward-only window over a binary file: ``buf`` holds bytes from ``offset`` on."""

    def __init__(self, fh: BinaryIO, start: int) -> None:
        fh.seek(start)
        self.fh = fh
        self.buf = bytearray()
        self.offset = start
        self.eof = False

    def fill(self) -> bool:
        if self.eof:
            return False
        chunk = self.fh.read(_CHUNK)
        if not chunk:
            self.eof = True
            return False
        self.buf += chunk
        return True

    def ensure(self, n: int) -> None:
        while len(self.buf) < n and self.fill():
            pass

    def consume(self, n: int) -> None:
        del self.buf[:n]
        self.offset += n

    def find_magic(self, frm: int) -> int:
        """Index in ``buf`` of the next member header at or after ``frm``, or -1 at end of file."""
        while True:
            i = self.buf.find(MEMBER_MAGIC, frm)
            if i >= 0:
                return i
            frm = max(len(self.buf) - len(MEMBER_MAGIC) + 1, frm)
            if not self.fill():
                return -1

    def member_at(self, pos: int, max_bytes: int) -> tuple[bytes | None, int]:
        """Decompress the member starting at ``buf[pos]``: (data or None when larger than
        ``max_bytes``, its compressed length). Raises zlib.error or _Truncated."""
        d = zlib.decompressobj(wbits=31)
        out: bytearray | None = bytearray()
        i = pos
        while not d.eof:
            if i >= len(self.buf) and not self.fill():
                raise _Truncated
            piece = bytes(self.buf[i:i + _PIECE])
            i += len(piece)
            while piece and not d.eof:
                got = d.decompress(piece, _CHUNK)
                piece = d.unconsumed_tail
                if out is not None:
                    out += got
                    if len(out) > max_bytes:
                        out = None  # keep decompressing to find the end, but keep nothing
        length = i - pos - len(d.unused_data)
        return (bytes(out) if out is not None else None), length


def iter_members(
    fh: BinaryIO,
    *,
    start: int = 0,
    end: int | None = None,
    max_bytes: int = DEFAULT_MAX_MEMBER,
) -> Iterator[Member | BadRegion]:
    """Yield the gzip members that start in ``[start, end)``, and the unreadable regions
    between them (see the module docstring).

    A range that does not start at 0 first skips, silently, to the first good member. An
    unreadable region belongs to the range that read the good member before it (it is met
    there, and only there), even when it lies past that range's end.
    """
    r = _Reader(fh, start)
    bad_from: int | None = None  # start of the unreadable region being crossed
    bad_reason = ""
    syncing = start > 0
    while True:
        r.ensure(len(MEMBER_MAGIC))
        if not r.buf:
            if bad_from is not None:
                yield BadRegion(bad_from, r.offset, bad_reason)
            return
        if r.buf.startswith(MEMBER_MAGIC):
            try:
                data, length = r.member_at(0, max_bytes)
            except (zlib.error, _Truncated) as exc:
                if bad_from is None and not syncing:
                    bad_from = r.offset
                    bad_reason = ("the last gzip member is truncated" if isinstance(exc, _Truncated)
                                  else f"a gzip member does not decompress ({exc})")
                r.consume(1)
                continue
            if bad_from is not None:
                yield BadRegion(bad_from, r.offset, bad_reason)
                bad_from = None
            if end is not None and r.offset >= end:
                return  # the member belongs to the next range
            syncing = False
            member_start = r.offset
            r.consume(length)
            if data is None:
                yield BadRegion(member_start, r.offset, f"a gzip member is larger than {max_bytes:,} bytes "
                                "decompressed; it was skipped")
            else:
                yield Member(member_start, r.offset, data)
            continue
        # Bytes that are not a member header: padding at the end, or damage.
        i = r.find_magic(1)
        if bad_from is None and not syncing:
            tail = bytes(r.buf if i < 0 else r.buf[:i])
            if i < 0 and not tail.strip(b"\x00\r\n\t "):
                return  # trailing padding, which gzip(1) also ignores
            bad_from = r.offset
            bad_reason = "bytes that are not a gzip member"
        if i < 0:
            r.consume(len(r.buf))
        else:
            r.consume(i)


# -- records -> Documents -------------------------------------------------------------------

def _kind(content_type: str) -> str | None:
    media = content_type.split(";", 1)[0].strip().lower()
    if media in ("text/html", "application/xhtml+xml"):
        return "html"
    if media == "text/plain":
        return "text"
    return None


def _records(data: io.BufferedIOBase | BinaryIO, source: str, base: int,
             max_payload: int = DEFAULT_MAX_MEMBER) -> Iterator[Document | Failure]:
    """Documents from the records of an uncompressed WARC stream (one member, or a file).
    A payload longer than ``max_payload`` is skipped while being read (a ``warc.too_large``
    Failure), so a huge record costs at most ``max_payload`` of memory."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        it = ArchiveIterator(data, ensure_http_headers=False)
        for record in it:
            if record.rec_type not in ("response", "resource"):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            fetched_at = record.rec_headers.get_header("WARC-Date")
            status: int | None = None
            headers: dict[str, str] = {}
            if record.http_headers is not None:
                code = record.http_headers.get_statuscode()
                status = int(code) if code and code.isdigit() else None
                headers = {k.lower(): v for k, v in record.http_headers.headers}
                content_type = headers.get("content-type", "")
            else:
                content_type = record.rec_headers.get_header("Content-Type") or ""
            if record.rec_type == "response" and record.http_headers is None:
                continue  # a DNS or other non-HTTP response
            if status is not None and status != 200:
                continue  # redirects and errors carry no page
            kind = _kind(content_type)
            if kind is None and content_type:
                continue
            try:
                body = record.content_stream().read(max_payload + 1)
            except (OSError, ValueError, zlib.error) as exc:
                body = None
                error = exc
            if body is not None and len(body) > max_payload:
                body = None
                where = f"{source}@{base + (it.get_record_offset() or 0)}"
                yield Failure(where, STAGE, "warc.too_large",
                              f"the payload of {url} is larger than {max_payload:,} bytes; the record "
                              "was skipped")
                continue
            # get_record_offset() reads the record to its end, so only after its payload.
            where = f"{source}@{base + (it.get_record_offset() or 0)}"
            if body is None:
                yield Failure(where, STAGE, "warc.bad_payload",
                              f"the HTTP payload of {url} cannot be decoded ({error}); the record was skipped")
                continue
            yield Document(
                source=where, content=body, url=url, kind=kind, encoding=charset_of(content_type),
                fetched_at=fetched_at, status=status,
                headers=tuple((k, headers[k]) for k in KEPT_HEADERS if k in headers),
            )
    except (ArchiveLoadFailed, ValueError, EOFError, zlib.error) as exc:
        yield Failure(f"{source}@{base}", STAGE, "warc.bad_record",
                      f"not a readable WARC record ({str(exc).strip()}); the rest of the file is read on")


def iter_warc(
    path: str | Path,
    *,
    start: int = 0,
    end: int | None = None,
    max_bytes: int = DEFAULT_MAX_MEMBER,
) -> Iterator[Document | Failure]:
    """Documents (and Failures) from a WARC or WARC.gz file, or from the members starting in
    ``[start, end)`` of a WARC.gz.

    Raises:
        InputError: ``input.not_found`` / ``input.unreadable`` when the file cannot be opened.
    """
    path = Path(path)
    source = str(path)
    try:
        fh = path.open("rb")
    except FileNotFoundError as exc:
        raise InputError("no such WARC file; check the path", source=source, code="input.not_found") from exc
    except OSError as exc:
        raise InputError(f"cannot read the WARC file: {exc.strerror or exc}", source=source,
                         code="input.unreadable") from exc
    with fh:
        yield from iter_warc_stream(fh, source=source, start=start, end=end, max_bytes=max_bytes)


def iter_warc_stream(
    fh: BinaryIO,
    *,
    source: str,
    start: int = 0,
    end: int | None = None,
    max_bytes: int = DEFAULT_MAX_MEMBER,
) -> Iterator[Document | Failure]:
    """``iter_warc`` over an open, seekable binary stream named ``source``."""
    fh.seek(0)
    head = fh.read(2)
    fh.seek(0)
    if head != b"\x1f\x8b" and start == 0:
        # Uncompressed: records cannot be resynchronised, so a bad one ends the file.
        yield from _records(fh, source, 0, max_bytes)
        return
    for item in iter_members(fh, start=start, end=end, max_bytes=max_bytes):
        if isinstance(item, BadRegion):
            yield Failure(
                f"{source}@{item.start}", STAGE, "warc.corrupt_member",
                f"bytes {item.start}-{item.end} are unreadable: {item.reason}; the records in them are "
                "lost, reading went on with the next member (fetch the file again to recover them)",
            )
        else:
            yield from _records(io.BytesIO(item.data), source, item.start, max_bytes)


def split_ranges(path: str | Path, chunk_bytes: int) -> list[tuple[int, int | None]]:
    """Byte ranges of about ``chunk_bytes`` covering a WARC.gz (one range for a small or an
    uncompressed file), for reading it in parallel with ``iter_warc(start=, end=)``."""
    path = Path(path)
    size = path.stat().st_size
    with path.open("rb") as fh:
        gz = fh.read(2) == b"\x1f\x8b"
    if not gz or size <= chunk_bytes:
        return [(0, None)]
    bounds = list(range(0, size, chunk_bytes))
    return [(b, bounds[i + 1] if i + 1 < len(bounds) else None) for i, b in enumerate(bounds)]
