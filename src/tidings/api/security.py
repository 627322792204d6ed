"""The server's guards: the write token, the body cap, security headers, and the refusal to
fetch addresses inside the server's own network.

All three middlewares are plain ASGI so they run before any body is read or any route runs.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import socket
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import httpx
from fastapi import Request

from tidings.api.errors import ApiError
from tidings.api.settings import WebSettings
from tidings.errors import FetchError

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: No inline script and no inline style: every scraped string is text, never code.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class SecurityHeaders:
    """Adds the CSP and friends to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _too_large_body(limit: int) -> bytes:
    return json.dumps(
        {
            "error": {
                "code": "request.too_large",
                "message": f"the request body is larger than the {limit:,}-byte limit; "
                "send one page at a time",
                "detail": {"limit": limit},
            }
        }
    ).encode()


class BodyLimit:
    """Refuses a request body over ``limit`` bytes with 413, whether declared by
    Content-Length or streamed in chunks."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def _refuse(self, send: Send) -> None:
        body = _too_large_body(self.limit)
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > self.limit:
                    await self._refuse(send)
                    return
        # Read the body (at most ``limit`` bytes) before the app sees any of it, so a body
        # streamed without Content-Length is refused as surely as a declared one.
        chunks: list[bytes] = []
        received = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away: nothing to answer
                return
            body = message.get("body", b"")
            received += len(body)
            if received > self.limit:
                await self._refuse(send)
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def require_token(request: Request) -> None:
    """Dependency of every writing route: writes need ``Authorization: Bearer <token>``,
    and a server started without a token writes nothing."""
    settings: WebSettings = request.app.state.web
    if not settings.token:
        raise ApiError(
            403,
            "auth.read_only",
            "this server is read-only; start it with TIDINGS_TOKEN set to enable writes",
        )
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "auth.required", "writes need an 'Authorization: Bearer <token>' header")
    if not hmac.compare_digest(given.strip().encode(), settings.token.encode()):
        raise ApiError(403, "auth.forbidden", "the bearer token is not the one this server accepts")


def check_form_token(settings: WebSettings, given: str) -> None:
    """The same rule for the dashboard's ingest form, which carries the token as a field."""
    if not settings.token:
        raise ApiError(
            403,
            "auth.read_only",
            "this server is read-only; start it with TIDINGS_TOKEN set to enable writes",
        )
    if not hmac.compare_digest(given.strip().encode(), settings.token.encode()):
        raise ApiError(403, "auth.forbidden", "the token is not the one this server accepts")


# ---- refusing private addresses --------------------------------------------------------------


def _is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


def check_public_host(url: str, *, source: str | None = None) -> None:
    """Raise ``FetchError(code="fetch.private_address")`` unless every address ``url``'s host
    resolves to is public.

    Raises:
        FetchError: ``fetch.invalid_url`` for a URL without an http(s) host,
            ``fetch.private_address`` for a private, loopback or link-local target,
            ``fetch.connect`` when the host does not resolve.
    """
    source = source or url
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise FetchError(f"not a valid address: {exc}", source=source, code="fetch.invalid_url") from exc
    host = parsed.host
    if parsed.scheme not in ("http", "https") or not host:
        raise FetchError(
            "only http:// and https:// addresses with a host are fetched",
            source=source, code="fetch.invalid_url",
        )
    try:
        infos = socket.getaddrinfo(host, parsed.port or 80, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(
            f"the host {host} does not resolve: {exc}; check the address",
            source=source, code="fetch.connect", transient=True,
        ) from exc
    for info in infos:
        address = str(info[4][0]).split("%", 1)[0]
        ip = ipaddress.ip_address(address)
        if not _is_public(ip):
            raise FetchError(
                f"{host} resolves to {ip}, a private, loopback or link-local address; "
                "this server only fetches public addresses (start it with --allow-private "
                "to fetch inside your network)",
                source=source, code="fetch.private_address",
            )


class PublicOnlyTransport(httpx.HTTPTransport):
    """An httpx transport that checks every request's host (each redirect hop and the
    robots.txt request included) before connecting."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        check_public_host(str(request.url))
        return super().handle_request(request)
