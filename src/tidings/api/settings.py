"""Settings of the web surface, resolved at the edge (``create_app`` / ``tidings serve``).

The write token is the one secret the server knows; it comes from ``TIDINGS_TOKEN`` (or the
caller) and never reaches a stage.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

#: The environment variable holding the bearer token that enables writes.
TOKEN_ENV = "TIDINGS_TOKEN"


@dataclass(frozen=True)
class WebSettings:
    """How the server behaves.

    Attributes:
        db: the DuckDB file served.
        token: the bearer token that writes need; ``None`` makes the server read-only.
        allow_private: let ``POST /documents`` fetch private, loopback and link-local
            addresses (off by default: the server must not become a way into its own network).
        max_body_bytes: the largest request body accepted (larger gets 413).
        page_size: default number of rows per page of a listing.
        max_page_size: the most rows one request may ask for.
        url: the address the server is reached at (told to a second writer of the store).
        watch: feeds the server polls itself (``tidings serve --watch``); the server then
            owns the store for writing even without a token.
        watch_interval: seconds between two rounds of polling.
    """

    db: str = "tidings.duckdb"
    token: str | None = None
    allow_private: bool = False
    max_body_bytes: int = 5_000_000
    page_size: int = 50
    max_page_size: int = 1000
    url: str | None = None
    watch: tuple[str, ...] = ()
    watch_interval: float = 300.0

    @property
    def writable(self) -> bool:
        """Whether the API accepts pages (a token is set)."""
        return bool(self.token)

    @property
    def owns_store(self) -> bool:
        """Whether the server opens the store for writing (it accepts pages or watches feeds)."""
        return self.writable or bool(self.watch)

    @classmethod
    def from_environ(
        cls, db: str, *, environ: Mapping[str, str] | None = None, allow_private: bool = False,
        url: str | None = None,
    ) -> WebSettings:
        """Settings for ``db`` with the token taken from ``TIDINGS_TOKEN`` when set."""
        env = os.environ if environ is None else environ
        token = env.get(TOKEN_ENV, "").strip() or None
        return cls(db=db, token=token, allow_private=allow_private, url=url)
