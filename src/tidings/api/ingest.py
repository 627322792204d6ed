"""One page into the store, for ``POST /api/documents`` and the dashboard's form: fetch (only
public addresses unless the server allows private ones), run the pipeline, write."""

from __future__ import annotations

from typing import Any

import httpx

from tidings.api.backend import Backend
from tidings.api.errors import ApiError
from tidings.api.security import PublicOnlyTransport, check_public_host
from tidings.model import Document

#: Largest page (fetched or posted) the API runs the pipeline on.
MAX_PAGE_BYTES = 500_000


def _fetch(db: Backend, url: str) -> Document:
    from tidings.acquire.http import fetch

    settings = db.settings.fetch
    if db.web.allow_private:
        return fetch(url, settings)
    check_public_host(url)  # a clear refusal before any connection is made
    client = httpx.Client(
        transport=PublicOnlyTransport(),  # and every hop after it: redirects, robots.txt
        timeout=httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout),
        headers={"User-Agent": settings.user_agent},
        follow_redirects=False,
    )
    with client:
        return fetch(url, settings, client=client)


def ingest(
    db: Backend,
    *,
    url: str | None = None,
    html: str | None = None,
    text: str | None = None,
    page_url: str | None = None,
    published: str | None = None,
    source: str | None = None,
) -> dict[str, Any]:
    """Ingest one page; returns what the API answers (``stored`` False when it was known).

    Raises:
        ApiError: 422 with the pipeline's failure code when the page gives no article.
        FetchError: the URL was refused (private address) or could not be fetched.
    """
    if url:
        document = _fetch(db, url.strip())
        if published:
            document = Document(**{**document.__dict__, "published": published})
    else:
        body = html if html else (text or "")
        document = Document(
            source=source or page_url or "<posted>",
            content=body.encode("utf-8"),
            url=page_url,
            kind="html" if html else "text",
            encoding="utf-8",
            published=published,
        )
    if len(document.content) > MAX_PAGE_BYTES:
        # Coding runs under one lock for the whole server: one huge page would hold it for
        # tens of seconds (about 7 s per MB of text on two cores).
        raise ApiError(413, "request.page_too_large",
                       f"the page has {len(document.content):,} bytes; the API codes pages up to "
                       f"{MAX_PAGE_BYTES:,} bytes, ingest larger ones with `tidings ingest`",
                       {"bytes": len(document.content), "limit": MAX_PAGE_BYTES})
    result, summary = db.ingest(document)
    if result.article is None:
        failure = result.failure
        assert failure is not None  # a Result without an article always carries its failure
        raise ApiError(422, failure.code, f"{failure.source}: {failure.message}", failure.to_dict())
    doc_id = result.document.doc_id
    stored = bool(summary.get("stored"))
    duplicate_of = db.read(_canonical_of, doc_id)
    return {
        "doc_id": doc_id,
        "title": result.article.title,
        "stored": stored,
        "duplicate_of": duplicate_of,
        "events": len(result.events),
        "link": f"/articles/{doc_id}",
    }


def _canonical_of(con: Any, doc_id: str) -> str | None:
    from tidings.store import views

    art = views.article(con, doc_id)
    return art.get("canonical_id") if art else None
