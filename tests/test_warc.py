"""WARC.gz reading: records into Documents, damaged gzip members into Failures, byte ranges."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tidings.acquire.sources import iter_sources, plan
from tidings.acquire.warc import iter_warc, split_ranges
from tidings.model import Document, Failure


def page(i: int) -> bytes:
    return (
        f"<html><head><title>Harbour report {i}</title></head><body><article>"
        f"<h1>Harbour report {i}</h1><p>Ship number {i} arrived in the harbour on Tuesday "
        f"carrying {i * 7 + 3} containers of grain, the port authority said.</p>"
        "</article></body></html>"
    ).encode()


def write_warc(path: Path, n: int, *, extra: bool = True) -> list[int]:
    """A CC-NEWS-like WARC.gz of ``n`` HTML responses (plus a request and an image record).
    Returns the start offset of each response member and the file size last."""
    offsets = []
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        if extra:
            writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for i in range(n):
            url = f"https://news.example/{i}"
            if extra and i == 1:
                req = StatusAndHeaders("GET /1 HTTP/1.1", [("Host", "news.example")], is_http_request=True)
                writer.write_record(writer.create_warc_record(url, "request", http_headers=req))
            offsets.append(fh.tell())
            headers = StatusAndHeaders(
                "200 OK",
                [("Content-Type", "text/html; charset=utf-8"), ("ETag", f'"v{i}"'), ("X-Other", "dropped")],
                protocol="HTTP/1.1",
            )
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(page(i)), http_headers=headers)
            )
        if extra:
            img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                "https://news.example/logo.png", "response", payload=io.BytesIO(b"\x89PNG...."), http_headers=img))
        offsets.append(fh.tell())
    return offsets


def corrupt(path: Path, at: int) -> None:
    data = bytearray(path.read_bytes())
    for k in range(4):
        data[at + k] ^= 0xFF
    path.write_bytes(bytes(data))


def test_iter_warc_reads_response_records(tmp_path: Path) -> None:
    path = tmp_path / "cc-news.warc.gz"
    write_warc(path, 4)
    items = list(iter_warc(path))
    assert all(isinstance(d, Document) for d in items)
    docs = [d for d in items if isinstance(d, Document)]
    assert [d.url for d in docs] == [f"https://news.example/{i}" for i in range(4)]
    assert docs[2].content == page(2)
    assert docs[0].kind == "html" and docs[0].encoding == "utf-8" and docs[0].status == 200
    assert docs[0].fetched_at and docs[0].fetched_at.startswith("20")
    headers = dict(docs[1].headers)
    assert headers["etag"] == '"v1"' and "x-other" not in headers


@pytest.mark.parametrize("where", ["middle", "header"])
def test_iter_warc_corrupt_member_is_a_failure_and_reading_goes_on(tmp_path: Path, where: str) -> None:
    path = tmp_path / "damaged.warc.gz"
    offsets = write_warc(path, 5)
    bad = offsets[2]
    corrupt(path, (bad + offsets[3]) // 2 if where == "middle" else bad)
    items = list(iter_warc(path))
    failures = [f for f in items if isinstance(f, Failure)]
    docs = [d for d in items if isinstance(d, Document)]
    assert [d.url for d in docs] == [f"https://news.example/{i}" for i in (0, 1, 3, 4)]
    assert len(failures) == 1
    assert failures[0].code == "warc.corrupt_member"
    assert failures[0].source == f"{path}@{bad}"
    assert f"bytes {bad}-{offsets[3]}" in failures[0].message


def test_iter_warc_truncated_file_keeps_the_members_before(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    offsets = write_warc(path, 3, extra=False)
    path.write_bytes(path.read_bytes()[: offsets[-1] - 10])
    items = list(iter_warc(path))
    assert [d.url for d in items if isinstance(d, Document)] == ["https://news.example/0", "https://news.example/1"]
    (failure,) = [f for f in items if isinstance(f, Failure)]
    assert "truncated" in failure.message and failure.source.endswith(f"@{offsets[2]}")


def test_iter_warc_byte_ranges_read_each_member_once(tmp_path: Path) -> None:
    path = tmp_path / "ranges.warc.gz"
    offsets = write_warc(path, 8)
    corrupt(path, (offsets[4] + offsets[5]) // 2)
    whole = [x.source for x in iter_warc(path)]
    size = path.stat().st_size
    for chunk in (200, 333, 700, size // 2):
        ranges = split_ranges(path, chunk)
        assert len(ranges) > 1
        parts = [x.source for s, e in ranges for x in iter_warc(path, start=s, end=e)]
        assert parts == whole, chunk


def test_iter_warc_uncompressed_file(tmp_path: Path) -> None:
    path = tmp_path / "plain.warc"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=False)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://news.example/plain", "response", payload=io.BytesIO(page(9)), http_headers=headers))
    (doc,) = list(iter_warc(path))
    assert isinstance(doc, Document) and doc.content == page(9)


def test_iter_sources_detects_warc_by_content_and_splits_it(tmp_path: Path) -> None:
    path = tmp_path / "crawl.bin"  # no WARC suffix: sniffed
    offsets = write_warc(path, 6)
    corrupt(path, (offsets[3] + offsets[4]) // 2)
    items = list(iter_sources([str(path)]))
    assert sum(isinstance(x, Document) for x in items) == 5
    assert sum(isinstance(x, Failure) for x in items) == 1
    units = list(plan([str(path)], warc_chunk_bytes=500))
    assert len(units) > 1 and {u.kind for u in units} == {"warc"}
