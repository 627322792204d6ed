"""A small in-memory cache of GET responses of the JSON API.

The store only changes through this server's own writes (a writable server is the file's
one writer; a read-only one sees a file nobody writes), so a response stays right until the
next write, and every write clears the cache.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: Bodies larger than this are not kept (a 1,000-row CSV page, say).
MAX_ENTRY_BYTES = 512_000


class ResponseCache:
    """LRU of (status, headers, body) by path and query string."""

    def __init__(self, max_entries: int = 2048) -> None:
        self.max_entries = max_entries
        self._entries: OrderedDict[bytes, tuple[int, list[tuple[bytes, bytes]], bytes]] = OrderedDict()
        self._lock = threading.Lock()
        self.generation = 0
        self.hits = 0
        self.misses = 0

    def get(self, key: bytes) -> tuple[int, list[tuple[bytes, bytes]], bytes] | None:
        with self._lock:
            found = self._entries.get(key)
            if found is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return found

    def put(self, key: bytes, generation: int, value: tuple[int, list[tuple[bytes, bytes]], bytes]) -> None:
        with self._lock:
            if generation != self.generation:  # a write happened while this was computed
                return
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self.generation += 1
            self._entries.clear()


class CachedGets:
    """ASGI middleware answering repeated ``GET /api/...`` requests from a ``ResponseCache``."""

    def __init__(self, app: ASGIApp, cache: ResponseCache) -> None:
        self.app = app
        self.cache = cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        key = scope["path"].encode() + b"?" + scope.get("query_string", b"")
        hit = self.cache.get(key)
        if hit is not None:
            status, headers, body = hit
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        generation = self.cache.generation
        start: Message = {}
        parts: list[bytes] = []
        size = 0

        async def capture(message: Message) -> None:
            nonlocal size
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                parts.append(message.get("body", b""))
                size += len(parts[-1])
                if not message.get("more_body", False) and start.get("status") == 200 and size <= MAX_ENTRY_BYTES:
                    self.cache.put(key, generation, (200, list(start.get("headers", [])), b"".join(parts)))
            await send(message)

        await self.app(scope, receive, capture)
