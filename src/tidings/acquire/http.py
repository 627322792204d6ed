"""Polite HTTP fetching with httpx: timeouts, a streamed size cap, redirects followed by
hand (so loops are caught and every hop is checked against robots.txt), and robots.txt
obeyed per host.

``fetch(url)`` is the one-shot form; a ``Fetcher`` keeps one connection pool and one
robots.txt cache for many URLs (the CLI uses one per run).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from types import TracebackType
from typing import Self
from urllib.robotparser import RobotFileParser

import httpx

from tidings.acquire.files import GZIP_MAGIC, gunzip
from tidings.config import FetchSettings
from tidings.errors import FetchError
from tidings.model import Document

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
#: Response headers kept on the Document (lower-case names).
KEPT_HEADERS = (
    "content-type",
    "content-language",
    "content-location",
    "last-modified",
    "date",
    "etag",
    "link",
    "x-robots-tag",
)
#: RFC 9309: crawlers must parse at least the first 500 KiB of a robots.txt.
ROBOTS_MAX_BYTES = 512_000
_ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _transport_error(exc: Exception, url: str, source: str, settings: FetchSettings) -> FetchError:
    """Translate an httpx exception into a FetchError with a stable code."""
    where = "" if url == source else f" (at {url})"
    if isinstance(exc, httpx.ConnectTimeout):
        return FetchError(
            f"no connection within {settings.connect_timeout:g} s{where}; the host may be down, "
            "try again later or raise fetch.connect_timeout",
            source=source, code="fetch.timeout", transient=True,
        )
    if isinstance(exc, httpx.TimeoutException):
        return FetchError(
            f"the server stopped sending for more than {settings.read_timeout:g} s{where}; "
            "try again later or raise fetch.read_timeout",
            source=source, code="fetch.timeout", transient=True,
        )
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return FetchError(
            f"not a fetchable http(s) address{where}: {exc}", source=source, code="fetch.invalid_url"
        )
    if isinstance(exc, httpx.ConnectError):
        return FetchError(
            f"cannot connect{where}: {exc}; check the address and the network",
            source=source, code="fetch.connect", transient=True,
        )
    if isinstance(exc, httpx.DecodingError):
        return FetchError(
            f"the body does not match its Content-Encoding{where}: {exc}",
            source=source, code="fetch.decoding",
        )
    return FetchError(
        f"the connection failed{where}: {type(exc).__name__}: {exc}",
        source=source, code="fetch.network", transient=True,
    )


def _status_error(status: int, reason: str, url: str, source: str) -> FetchError:
    where = "" if url == source else f" (at {url})"
    if status in (404, 410):
        code, hint = "fetch.not_found", "check the address"
    elif status >= 500:
        code, hint = "fetch.server_error", "the server failed; try again later"
    else:
        code, hint = "fetch.client_error", "the server refused the request"
    transient = status >= 500 or status in (408, 429)
    return FetchError(
        f"the server answered HTTP {status} {reason}{where}; {hint}",
        source=source, code=code, status=status, transient=transient,
    )


def make_client(settings: FetchSettings | None = None) -> httpx.Client:
    """An httpx client configured from ``settings`` (timeouts, User-Agent, encodings)."""
    settings = settings or FetchSettings()
    return httpx.Client(
        timeout=_timeout(settings),
        headers={"User-Agent": settings.user_agent, "Accept": _ACCEPT, "Accept-Encoding": "gzip, deflate"},
        follow_redirects=False,
    )


def _timeout(settings: FetchSettings) -> httpx.Timeout:
    return httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout)


class Fetcher:
    """Fetches pages through one client, caching each host's robots.txt.

    Use as a context manager; a client passed in is not closed by the Fetcher.
    """

    def __init__(self, settings: FetchSettings | None = None, *, client: httpx.Client | None = None) -> None:
        self.settings = settings or FetchSettings()
        self._owns_client = client is None
        self.client = client if client is not None else make_client(self.settings)
        self._robots: dict[tuple[str, str, int | None], RobotFileParser] = {}

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._owns_client:
            self.client.close()

    # -- the one public operation ----------------------------------------------------------

    def fetch(self, url: str) -> Document:
        """Fetch ``url`` into a Document (``url`` is the final address after redirects).

        Raises:
            FetchError: with ``code`` one of ``fetch.invalid_url``, ``fetch.robots``,
                ``fetch.robots_unavailable``, ``fetch.timeout``, ``fetch.connect``,
                ``fetch.network``, ``fetch.decoding``, ``fetch.redirect_loop``,
                ``fetch.too_many_redirects``, ``fetch.too_large``, ``fetch.not_found``,
                ``fetch.client_error``, ``fetch.server_error``.
            InputError: ``input.corrupt_gzip`` for a damaged ``.gz`` body.
        """
        deadline = time.monotonic() + self.settings.total_timeout
        final, status, headers, body = self._get(
            url, source=url, max_bytes=self.settings.max_bytes, deadline=deadline, check_robots=True
        )
        if status >= 400:
            raise _status_error(status, headers.get("reason", ""), final, url)
        if body[:2] == GZIP_MAGIC:  # a .gz file served as such, not a Content-Encoding
            body = gunzip(body, source=url, max_bytes=self.settings.max_bytes)
        content_type = headers.get("content-type", "")
        return Document(
            source=url,
            content=body,
            url=final,
            encoding=charset_of(content_type),
            fetched_at=_now(),
            status=status,
            headers=tuple((k, headers[k]) for k in KEPT_HEADERS if k in headers),
        )

    # -- internals ---------------------------------------------------------------------------

    def _get(
        self, url: str, *, source: str, max_bytes: int, deadline: float, check_robots: bool,
        truncate: bool = False,
    ) -> tuple[str, int, dict[str, str], bytes]:
        """GET ``url`` following redirects by hand. Returns (final url, status, headers, body);
        the body is read only for a status below 400."""
        chain = [url]
        current = url
        while True:
            self._check_url(current, source)
            if check_robots and self.settings.respect_robots:
                self._check_robots(current, source, deadline)
            try:
                with self.client.stream(
                    "GET",
                    current,
                    headers={"User-Agent": self.settings.user_agent},
                    timeout=_timeout(self.settings),
                    follow_redirects=False,
                ) as resp:
                    status = resp.status_code
                    location = resp.headers.get("location")
                    if status in REDIRECT_STATUSES and location:
                        nxt = str(resp.url.join(location))
                    else:
                        headers = {k.lower(): v for k, v in resp.headers.items()}
                        headers["reason"] = resp.reason_phrase
                        body = b"" if status >= 400 else self._read(
                            resp, source=source, max_bytes=max_bytes, deadline=deadline, truncate=truncate
                        )
                        return str(resp.url), status, headers, body
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                raise _transport_error(exc, current, source, self.settings) from exc
            if nxt in chain:
                loop = " -> ".join([*chain[chain.index(nxt):], nxt])
                raise FetchError(
                    f"redirect loop: {loop}; the site is misconfigured",
                    source=source, code="fetch.redirect_loop",
                )
            chain.append(nxt)
            if len(chain) - 1 > self.settings.max_redirects:
                raise FetchError(
                    f"more than {self.settings.max_redirects} redirects (last to {nxt}); "
                    "raise fetch.max_redirects if this is expected",
                    source=source, code="fetch.too_many_redirects",
                )
            if time.monotonic() > deadline:
                raise self._overtime(source)
            current = nxt

    def _overtime(self, source: str) -> FetchError:
        return FetchError(
            f"the fetch took longer than {self.settings.total_timeout:g} s; "
            "try again later or raise fetch.total_timeout",
            source=source, code="fetch.timeout", transient=True,
        )

    def _read(
        self, resp: httpx.Response, *, source: str, max_bytes: int, deadline: float, truncate: bool
    ) -> bytes:
        declared = resp.headers.get("content-length", "")
        if not truncate and declared.isdigit() and int(declared) > max_bytes:
            raise self._too_large(source, max_bytes)
        buf = bytearray()
        for chunk in resp.iter_bytes():  # decoded: the cap counts what we would keep
            buf += chunk
            if len(buf) > max_bytes:
                if truncate:
                    return bytes(buf[:max_bytes])
                raise self._too_large(source, max_bytes)
            if time.monotonic() > deadline:
                raise self._overtime(source)
        return bytes(buf)

    @staticmethod
    def _too_large(source: str, max_bytes: int) -> FetchError:
        return FetchError(
            f"the response is larger than the {max_bytes:,}-byte limit; raise fetch.max_bytes "
            "if it really is one page",
            source=source, code="fetch.too_large",
        )

    @staticmethod
    def _check_url(url: str, source: str) -> None:
        try:
            parsed = httpx.URL(url)
        except httpx.InvalidURL as exc:
            raise FetchError(f"not a valid address: {exc}", source=source, code="fetch.invalid_url") from exc
        if parsed.scheme not in ("http", "https") or not parsed.host:
            where = "" if url == source else f" (redirected to {url})"
            raise FetchError(
                f"only http:// and https:// addresses with a host are fetched{where}",
                source=source, code="fetch.invalid_url",
            )

    def _check_robots(self, url: str, source: str, deadline: float) -> None:
        parsed = httpx.URL(url)
        key = (parsed.scheme, parsed.host, parsed.port)
        rules = self._robots.get(key)
        if rules is None:
            rules = self._load_robots(parsed, source, deadline)
            self._robots[key] = rules
        if not rules.can_fetch(self.settings.user_agent, url):
            where = "" if url == source else f" (redirected to {url})"
            raise FetchError(
                f"robots.txt of {parsed.host} disallows this page for our User-Agent{where}; "
                "it was not fetched",
                source=source, code="fetch.robots",
            )

    def _load_robots(self, page: httpx.URL, source: str, deadline: float) -> RobotFileParser:
        robots_url = str(page.copy_with(path="/robots.txt", query=None, fragment=None))
        rules = RobotFileParser(robots_url)
        _, status, _, body = self._get(
            robots_url, source=source, max_bytes=ROBOTS_MAX_BYTES, deadline=deadline,
            check_robots=False, truncate=True,
        )
        if status >= 500:
            # RFC 9309 2.3.1.4: an unreachable robots.txt means "assume complete disallow".
            # Not cached, so a later run tries again.
            raise FetchError(
                f"robots.txt of {page.host} answered HTTP {status}; pages there are not fetched "
                "until it can be read, try again later",
                source=source, code="fetch.robots_unavailable", status=status, transient=True,
            )
        if status >= 400:
            rules.parse([])  # RFC 9309 2.3.1.3: no robots.txt means no restrictions
        else:
            rules.parse(body.decode("utf-8", errors="replace").splitlines())
        return rules


def charset_of(content_type: str) -> str | None:
    """The charset parameter of a Content-Type header, lower-cased, or None."""
    for part in content_type.split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip("\"'").lower() or None
    return None


def fetch(url: str, settings: FetchSettings | None = None, *, client: httpx.Client | None = None) -> Document:
    """Fetch one URL politely (robots.txt, timeouts, size and redirect caps) into a Document.

    See ``Fetcher.fetch`` for the errors raised.
    """
    with Fetcher(settings, client=client) as fetcher:
        return fetcher.fetch(url)
