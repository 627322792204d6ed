"""JSON Lines corpora: one page per line, ``{"url": ..., "html": ...}`` or ``{"url": ...,
"text": ...}``, with an optional ``"published"`` (ISO 8601). ``.gz`` accepted.

A line that is not a JSON object, or has neither ``html`` nor ``text``, becomes a ``Failure``
whose ``source`` is ``<file>:<line>``; the lines after it are read as usual.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, cast

from tidings.config import ExtractSettings
from tidings.errors import InputError
from tidings.model import Document, Failure

STAGE = "acquire.jsonl"
_DEFAULT_MAX_BYTES = ExtractSettings().max_bytes
_SKIP_CHUNK = 1 << 20


def is_jsonl_name(name: str) -> bool:
    return name.lower().endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"))


def looks_like_jsonl(head: bytes) -> bool:
    """True when the first line of ``head`` is a JSON object with a ``url``, ``html`` or
    ``text`` key (the first line must be complete within ``head``)."""
    first = head.lstrip().split(b"\n", 1)[0].strip()
    if not first.startswith(b"{"):
        return False
    try:
        obj = json.loads(first)
    except ValueError:
        return False
    return isinstance(obj, dict) and bool({"url", "html", "text"} & obj.keys())


def parse_line(line: str, source: str) -> Document | Failure:
    """One JSON Lines record into a Document, or the Failure that says what is wrong."""
    try:
        obj = json.loads(line)
    except ValueError as exc:
        return Failure(source, STAGE, "input.bad_json_line",
                       f"not valid JSON ({exc}); fix or remove the line")
    if not isinstance(obj, dict):
        return Failure(source, STAGE, "input.bad_json_line",
                       f"a line must be a JSON object, not {type(obj).__name__}")
    html, text = obj.get("html"), obj.get("text")
    body, kind = (html, "html") if isinstance(html, str) and html else (text, "text")
    if not isinstance(body, str) or not body:
        return Failure(source, STAGE, "input.no_content",
                       'the object has no "html" or "text" string; give the page in one of them')
    url, published = obj.get("url"), obj.get("published")
    if url is not None and not isinstance(url, str):
        return Failure(source, STAGE, "input.bad_json_line", '"url" must be a string')
    if published is not None and not isinstance(published, str):
        return Failure(source, STAGE, "input.bad_json_line", '"published" must be an ISO 8601 string')
    return Document(source=source, content=body.encode("utf-8"), url=url, kind=kind,
                    encoding="utf-8", published=published)


def _open(path: Path) -> IO[bytes]:
    with path.open("rb") as fh:
        gz = fh.read(2) == b"\x1f\x8b"
    if gz:
        return cast(IO[bytes], gzip.GzipFile(path, "rb"))
    return path.open("rb")


def iter_jsonl(path: str | Path, *, max_bytes: int = _DEFAULT_MAX_BYTES) -> Iterator[Document | Failure]:
    """Documents from a JSON Lines file; blank lines are skipped.

    A line longer than ``max_bytes`` (decompressed) becomes an ``extract.too_large`` Failure;
    it is skipped while being read, so a decompression bomb costs at most ``max_bytes`` of
    memory.

    Raises:
        InputError: ``input.not_found``/``input.unreadable`` when the file cannot be opened.
    """
    path = Path(path)
    try:
        fh = _open(path)
    except FileNotFoundError as exc:
        raise InputError("no such JSON Lines file; check the path", source=str(path),
                         code="input.not_found") from exc
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", source=str(path),
                         code="input.unreadable") from exc
    with fh:
        yield from iter_jsonl_stream(fh, source=str(path), max_bytes=max_bytes)


def iter_jsonl_stream(fh: IO[bytes], *, source: str,
                      max_bytes: int = _DEFAULT_MAX_BYTES) -> Iterator[Document | Failure]:
    """``iter_jsonl`` over an open binary stream (plain or ``gzip.GzipFile``) named ``source``."""
    lineno = 0
    try:
        while True:
            raw = fh.readline(max_bytes + 1)
            if not raw:
                return
            lineno += 1
            where = f"{source}:{lineno}"
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                del raw
                while (rest := fh.readline(_SKIP_CHUNK)) and not rest.endswith(b"\n"):
                    pass  # skip the rest of the line without keeping it
                yield Failure(where, STAGE, "extract.too_large",
                              f"the line is longer than the {max_bytes:,}-byte limit; it was skipped "
                              "(raise extract.max_bytes if it really is one page)")
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield Failure(where, STAGE, "input.bad_json_line",
                              f"not UTF-8 ({exc}); JSON Lines must be UTF-8")
                continue
            if line.strip():
                yield parse_line(line, where)
    except (OSError, EOFError, zlib.error) as exc:  # damaged .gz: stop, say where
        yield Failure(f"{source}:{lineno + 1}", STAGE, "input.corrupt_gzip",
                      f"the gzip data is damaged after line {lineno} ({exc}); the lines before "
                      "it were read, copy the file again to read the rest")
