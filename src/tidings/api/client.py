"""Sending pages to a running server: ``tidings ingest PAGES --server URL``.

The server owns its store (it is the one writer); other processes hand it pages through
``POST /api/documents`` instead of opening the file, so the dashboard keeps serving while
articles arrive. This module needs only httpx, not the ``web`` extra.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Self

import httpx

from tidings.errors import InputError
from tidings.model import Document

#: Seconds one page may take on the server (extraction, coding, writing, reclustering).
TIMEOUT = 300.0


@dataclass(frozen=True)
class Sent:
    """What the server answered for one page."""

    source: str
    status: int
    doc_id: str | None = None
    stored: bool = False
    events: int = 0
    code: str | None = None
    message: str | None = None

    @property
    def failed(self) -> bool:
        return self.status >= 400


def request_body(document: Document) -> dict[str, Any]:
    """The JSON body of ``POST /api/documents`` for a page read from a file, feed or URL."""
    from tidings.extract.dispatch import decode, detect_kind

    text, _ = decode(document.content, document)
    kind = document.kind or detect_kind(text)
    body: dict[str, Any] = {"html" if kind == "html" else "text": text, "source": document.source}
    if document.url:
        body["page_url"] = document.url
    if document.published and len(document.published) >= 10:
        body["published"] = document.published[:10]
    return body


class ServerClient:
    """A connection to one server, with its bearer token.

    Raises:
        InputError: ``server.bad_url`` for an address that is not http(s).
    """

    def __init__(self, url: str, token: str | None, *, transport: httpx.BaseTransport | None = None) -> None:
        url = url.strip().rstrip("/")
        if not url.startswith(("http://", "https://")):
            raise InputError(f"--server {url!r}: give the server's http(s) address, like http://127.0.0.1:8000",
                             source=url, code="server.bad_url")
        self.url = url
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._client = httpx.Client(base_url=url, headers=headers, timeout=TIMEOUT, transport=transport)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def send(self, document: Document) -> Sent:
        """Post one page; an HTTP error answer becomes a failed ``Sent``.

        Raises:
            InputError: ``server.unreachable`` when no server answers at the address,
                ``server.refused`` when it refuses the token (nothing else would pass).
        """
        try:
            resp = self._client.post("/api/documents", json=request_body(document))
        except httpx.TransportError as exc:
            raise InputError(f"no tidings server answers here: {exc}; start it with "
                             "`tidings serve --db PATH` (TIDINGS_TOKEN set)", source=self.url,
                             code="server.unreachable") from exc
        try:
            data = resp.json()
        except ValueError:
            data = {}
        if resp.status_code in (401, 403):
            message = (data.get("error") or {}).get("message") if isinstance(data, dict) else None
            raise InputError(f"the server refused the page ({resp.status_code}): "
                             f"{message or resp.text[:200]}; set TIDINGS_TOKEN to the server's token",
                             source=self.url, code="server.refused")
        if resp.status_code >= 400:
            err = (data.get("error") or {}) if isinstance(data, dict) else {}
            return Sent(document.source, resp.status_code, code=err.get("code") or f"http.{resp.status_code}",
                        message=err.get("message") or resp.text[:200])
        return Sent(document.source, resp.status_code, doc_id=data.get("doc_id"), stored=bool(data.get("stored")),
                    events=int(data.get("events") or 0))

    def send_all(self, documents: Iterator[Document]) -> Iterator[Sent]:
        for document in documents:
            yield self.send(document)
