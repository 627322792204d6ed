"""Document -> Article.

``extract`` is the dispatcher behind ``tidings.extract``: it turns the caller's input into a
``Document``, decides HTML or plain text from the content, and hands it to
``extract.html`` (trafilatura-based) or ``extract.text`` (our furniture removal).
"""

from __future__ import annotations

from pathlib import Path

from tidings.model import Article, Document


def extract(
    source: str | bytes | Path | Document,
    *,
    url: str | None = None,
    published: str | None = None,
) -> Article:
    from tidings.extract.dispatch import extract_document, to_document

    return extract_document(to_document(source, url=url, published=published))


__all__ = ["extract"]
