"""JSON Lines corpora: one page per line; a bad line is a Failure naming the file and line."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from tidings.acquire.jsonl import iter_jsonl
from tidings.acquire.sources import detect, iter_sources
from tidings.model import Document, Failure

ROWS = [
    {"url": "https://news.example/a", "html": "<html><body><p>Ministers met in Riga.</p></body></html>",
     "published": "2024-05-02"},
    {"url": "https://news.example/b", "text": "Talks resumed in Geneva on Monday."},
]


def write(path: Path, lines: list[str]) -> None:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_iter_jsonl_reads_html_and_text_lines(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    write(path, [json.dumps(r) for r in ROWS])
    a, b = list(iter_jsonl(path))
    assert isinstance(a, Document) and isinstance(b, Document)
    assert a.url == "https://news.example/a" and a.kind == "html" and a.published == "2024-05-02"
    assert a.content == ROWS[0]["html"].encode() and a.source == f"{path}:1"
    assert b.kind == "text" and b.content == b"Talks resumed in Geneva on Monday." and b.published is None


def test_iter_jsonl_bad_line_is_a_failure_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    write(path, [json.dumps(ROWS[0]), '{"url": "https://news.example/x", "html": ', "",
                 '["not", "an", "object"]', '{"url": "https://news.example/y"}', json.dumps(ROWS[1])])
    items = list(iter_jsonl(path))
    assert [type(x).__name__ for x in items] == ["Document", "Failure", "Failure", "Failure", "Document"]
    bad = [x for x in items if isinstance(x, Failure)]
    assert [f.source for f in bad] == [f"{path}:2", f"{path}:4", f"{path}:5"]
    assert [f.code for f in bad] == ["input.bad_json_line", "input.bad_json_line", "input.no_content"]
    assert "not valid JSON" in bad[0].message and bad[0].stage == "acquire.jsonl"


def test_iter_jsonl_reads_gzip(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(json.dumps(r) for r in ROWS).encode()))
    assert [d.url for d in iter_jsonl(path) if isinstance(d, Document)] == [r["url"] for r in ROWS]


def test_detect_jsonl_by_content_and_from_stdin(tmp_path: Path) -> None:
    data = "\n".join(json.dumps(r) for r in ROWS).encode()
    assert detect("dump.data", data) == "jsonl"
    assert detect("page.html", b"<html><body>{}</body></html>") == "page"
    items = list(iter_sources(["-"], stdin=io.BytesIO(data + b"\nnot json\n")))
    assert [getattr(x, "url", None) for x in items[:2]] == [r["url"] for r in ROWS]
    assert isinstance(items[2], Failure) and items[2].source == "<stdin>:3"
