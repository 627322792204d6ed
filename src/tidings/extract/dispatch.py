"""Caller input -> Document -> Article: decoding, HTML/text detection, routing.

(Minimal first version; input checks are hardened here.)
"""

from __future__ import annotations

import gzip
from pathlib import Path

from tidings.config import ExtractSettings
from tidings.errors import InputError
from tidings.model import Article, Document


def to_document(
    source: str | bytes | Path | Document,
    *,
    url: str | None = None,
    published: str | None = None,
) -> Document:
    if isinstance(source, Document):
        return source
    if isinstance(source, Path):
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read file: {exc.strerror}", source=str(source), code="input.unreadable") from exc
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        return Document(source=str(source), content=data, url=url, published=published)
    if isinstance(source, str):
        return Document(source="<string>", content=source.encode("utf-8"), url=url, published=published, encoding="utf-8")
    return Document(source="<bytes>", content=bytes(source), url=url, published=published)


def detect_kind(text: str) -> str:
    head = text[:4096].lower()
    return "html" if any(t in head for t in ("<html", "<!doctype html", "<body", "<div", "<p>", "<head")) else "text"


def extract_document(document: Document, settings: ExtractSettings | None = None) -> Article:
    settings = settings or ExtractSettings()
    if not document.content.strip():
        raise InputError("the page is empty", source=document.source, code="extract.empty")
    text = document.content.decode(document.encoding or "utf-8", errors="replace")
    kind = document.kind or detect_kind(text)
    if kind == "html":
        from tidings.extract.html import extract_html

        return extract_html(text, document, settings)
    from tidings.extract.text import extract_text

    return extract_text(text, document, settings)
