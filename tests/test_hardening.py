"""Issue 13: no request, file or feed may stall the server, blow up memory or block a batch.

Each test reproduces one finding of the issue (it failed on the code before the fix) and then
holds. Memory caps are checked with ``tracemalloc`` and a small cap setting, not gigabytes.
"""

from __future__ import annotations

import dataclasses
import gzip
import io
import json
import os
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from tidings.acquire.jsonl import iter_jsonl
from tidings.acquire.sources import iter_sources
from tidings.acquire.warc import iter_warc
from tidings.cli import app
from tidings.config import Settings
from tidings.model import Document, Failure
from tidings.store import Store

runner = CliRunner()

PAGE = ("The foreign minister of France visited Germany on Tuesday to discuss trade and the border. "
        "Officials said the talks would go on next week in Paris. ") * 4


def _peak(fn: Callable[[], Any]) -> tuple[Any, int]:
    tracemalloc.start()
    try:
        out = fn()
        return out, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _small_cap(max_bytes: int) -> Settings:
    s = Settings()
    return dataclasses.replace(s, extract=dataclasses.replace(s.extract, max_bytes=max_bytes))


# -- finding 3: a file name that is not UTF-8 ------------------------------------------------

@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_issue13_ingest_stores_every_page_past_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(3):
        (pages / f"p{i}.txt").write_text(f"Page {i}. {PAGE}")
    os.makedirs(os.fsencode(pages), exist_ok=True)
    with open(os.fsencode(pages) + b"/bad\xff\x1b[31m.txt", "wb") as fh:
        fh.write(b"A bad name. " + PAGE.encode())
    db = tmp_path / "names.duckdb"
    result = runner.invoke(app, ["ingest", str(pages), "--db", str(db), "--no-events", "--no-stories"])
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as store:
        sources = sorted(store.articles(limit=None).column("source").to_pylist())
    assert len(sources) == 4
    assert any(s.endswith("bad\\xff\x1b[31m.txt") for s in sources), sources


# -- finding 4: caps enforced while streaming -------------------------------------------------

def test_issue13_jsonl_gz_bomb_line_is_skipped_within_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "bomb.jsonl.gz"
    good = json.dumps({"url": "https://example.org/a", "text": PAGE})
    with gzip.open(path, "wb", compresslevel=9) as fh:
        fh.write(b'{"url": "https://example.org/big", "text": "')
        chunk = b"a" * (1 << 20)
        for _ in range(24):  # 24 MiB on one line
            fh.write(chunk)
        fh.write(b'"}\n' + good.encode() + b"\n")
    items, peak = _peak(lambda: list(iter_jsonl(path, max_bytes=1_000_000)))
    assert [type(i).__name__ for i in items] == ["Failure", "Document"]
    assert isinstance(items[0], Failure) and items[0].code == "extract.too_large"
    assert items[0].source.endswith(":1") and items[1].source.endswith(":2")
    assert peak < 6_000_000, f"peak {peak:,} bytes for a 1 MB cap"


def _warc_record(url: str, body: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body) + body
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{url.rsplit('/', 1)[-1]:0>12}>\r\n"
        f"WARC-Date: 2024-05-06T10:00:00Z\r\nWARC-Target-URI: {url}\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    )
    return head.encode() + http + b"\r\n\r\n"


def test_issue13_warc_record_over_the_cap_is_skipped_while_read(tmp_path: Path) -> None:
    path = tmp_path / "big.warc"
    small = b"<html><body><p>" + PAGE.encode() + b"</p></body></html>"
    with path.open("wb") as fh:
        fh.write(_warc_record("https://example.org/big", b"<html><body>" + b"x" * 24_000_000))
        fh.write(_warc_record("https://example.org/small", small))
    items, peak = _peak(lambda: list(iter_warc(path, max_bytes=1_000_000)))
    assert [type(i).__name__ for i in items] == ["Failure", "Document"]
    assert isinstance(items[0], Failure) and items[0].code == "warc.too_large"
    assert isinstance(items[1], Document) and items[1].content == small
    assert peak < 6_000_000, f"peak {peak:,} bytes for a 1 MB cap"


class _Pipe(io.RawIOBase):
    """A stream of ``size`` bytes made as they are read, like a pipe."""

    def __init__(self, size: int) -> None:
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = min(len(buffer), self.left)
        buffer[:n] = b"y" * n
        self.left -= n
        return n


def test_issue13_stdin_over_the_cap_never_sits_in_memory() -> None:
    stream = io.BufferedReader(_Pipe(24_000_000))
    settings = _small_cap(1_000_000)
    items, peak = _peak(lambda: list(iter_sources(["-"], settings, stdin=stream)))  # type: ignore[arg-type]
    assert len(items) == 1 and isinstance(items[0], Failure) and items[0].code == "extract.too_large"
    assert peak < 6_000_000, f"peak {peak:,} bytes for a 1 MB cap"


def test_issue13_stdin_jsonl_and_pages_still_read() -> None:
    lines = b"\n".join(json.dumps({"url": f"https://example.org/{i}", "text": PAGE}).encode() for i in range(3))
    got = list(iter_sources(["-"], Settings(), stdin=io.BytesIO(gzip.compress(lines))))
    assert [type(i).__name__ for i in got] == ["Document"] * 3
    assert [i.source for i in got] == ["<stdin>:1", "<stdin>:2", "<stdin>:3"]
    page = list(iter_sources(["-"], Settings(), stdin=io.BytesIO(PAGE.encode())))
    assert len(page) == 1 and isinstance(page[0], Document) and page[0].content == PAGE.encode()


_ = duckdb  # used by the store tests below
