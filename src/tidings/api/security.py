"""The server's guards: the write token, the body cap, security headers, and the refusal to
fetch addresses inside the server's own network.

All three middlewares are plain ASGI so they run before any body is read or any route runs.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import socket
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

import httpcore
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


_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))


def embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries: IPv4-mapped ``::ffff:a.b.c.d``,
    IPv4-compatible ``::a.b.c.d``, 6to4 ``2002:AABB:CCDD::``, NAT64 ``64:ff9b::a.b.c.d``
    (and the local-use ``64:ff9b:1::/48``), and both ends of a Teredo address."""
    out: list[ipaddress.IPv4Address] = []
    if ip.ipv4_mapped is not None:
        out.append(ip.ipv4_mapped)
    if ip.sixtofour is not None:
        out.append(ip.sixtofour)
    if ip.teredo is not None:
        out.extend(ip.teredo)
    low = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if int(ip) >> 32 == 0 and int(ip) > 1:  # IPv4-compatible (not :: or ::1)
        out.append(low)
    if any(ip in net for net in _NAT64):
        out.append(low)
    return out


def _is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address):
        inner = embedded_ipv4(ip)
        if inner:
            return all(_is_public(v4) for v4 in inner)
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


def resolve(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to (an address literal gives itself). Every check and
    every connection goes through here, once per connection."""
    infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    return list(dict.fromkeys(str(info[4][0]).split("%", 1)[0] for info in infos))


def public_addresses(host: str, port: int, *, source: str) -> list[str]:
    """Resolve ``host`` and return its addresses when every one is public.

    Raises:
        FetchError: ``fetch.private_address`` or ``fetch.connect`` (does not resolve).
    """
    try:
        addresses = resolve(host, port)
    except (OSError, UnicodeError) as exc:
        raise FetchError(
            f"the host {host} does not resolve: {exc}; check the address",
            source=source, code="fetch.connect", transient=True,
        ) from exc
    for address in addresses:
        ip = ipaddress.ip_address(address)
        if not _is_public(ip):
            raise FetchError(
                f"{host} resolves to {ip}, a private, loopback or link-local address; "
                "this server only fetches public addresses (start it with --allow-private "
                "to fetch inside your network)",
                source=source, code="fetch.private_address",
            )
    return addresses


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
    public_addresses(host, parsed.port or (443 if parsed.scheme == "https" else 80), source=source)


class _PinnedBackend(httpcore.SyncBackend):
    """Connects only to an address it has just resolved and checked: the name is resolved
    once, here, so a DNS answer that changes between the check and the connection (DNS
    rebinding) cannot send the request inside the network."""

    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = public_addresses(host, port, source=host)
        error: Exception | None = None
        for address in addresses:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                error = exc
        raise error or httpcore.ConnectError(f"no address to connect to for {host}")


class PublicOnlyTransport(httpx.HTTPTransport):
    """An httpx transport that checks every connection's host (each redirect hop and the
    robots.txt request included) and connects to the very address it checked."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        pool = self._pool
        if not hasattr(pool, "_network_backend"):  # pragma: no cover - guards an httpcore change
            raise RuntimeError("this httpcore cannot pin connections; tidings needs httpcore 1.x")
        pool._network_backend = _PinnedBackend()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.scheme not in ("http", "https") or not request.url.host:
            raise FetchError("only http:// and https:// addresses with a host are fetched",
                             source=str(request.url), code="fetch.invalid_url")
        return super().handle_request(request)  # the host is checked as it is connected to
