"""tidings: news pages into clean articles and coded political events.

The public API is small and stable:

- ``extract(source, *, url=None, published=None) -> Article``
- ``events(source, *, published=None) -> list[Event]``
- ``fetch(url) -> Document``
- ``open(db) -> Store``

Heavy parts (spaCy, DuckDB, Dask, FastAPI) load only when first used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tidings.errors import (
    ConfigError,
    FetchError,
    InputError,
    MissingDependency,
    StoreError,
    TidingsError,
)
from tidings.model import Actor, Article, Document, Event, Failure, Mention, Place, Story

# The ``extract`` and ``events`` subpackages are light (no third-party imports): load them before the defs
# below. Imported later, on first use, Python would bind ``tidings.extract`` to the
# subpackage and the public function would be shadowed after its first call.
# isort: off
import tidings.extract as _extract_package  # noqa: F401  (keep before the defs)
import tidings.events as _events_package  # noqa: F401  (same reason, for ``events``)
# isort: on

if TYPE_CHECKING:
    from tidings.store import Store

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "ConfigError",
    "Document",
    "Event",
    "Failure",
    "FetchError",
    "InputError",
    "Mention",
    "MissingDependency",
    "Place",
    "StoreError",
    "Story",
    "TidingsError",
    "__version__",
    "events",
    "extract",
    "fetch",
    "open",
]


def extract(
    source: str | bytes | Path | Document,
    *,
    url: str | None = None,
    published: str | None = None,
) -> Article:
    """Turn one news page into a clean Article.

    Args:
        source: the page content (``str`` or ``bytes``, HTML or plain text, detected),
            a ``pathlib.Path`` to a file (``.gz`` accepted) or an acquired ``Document``.
        url: the page's URL, used for the site name and relative links.
        published: an ISO 8601 date that overrides what the page says.

    Raises:
        InputError: the input is empty, binary, too large, or otherwise unusable.
    """
    from tidings.extract import extract as _extract

    return _extract(source, url=url, published=published)


def events(
    source: str | bytes | Path | Document | Article,
    *,
    published: str | None = None,
) -> list[Event]:
    """Code the political events of one page or text.

    Args:
        source: anything ``extract`` takes, or an ``Article``. A short plain text (one
            sentence) is coded as it stands.
        published: the publication date (ISO 8601) against which "on Friday" or
            "yesterday" are resolved, and which dates the actor dictionary lookups.
    """
    from tidings.events import events as _events

    return _events(source, published=published)


def fetch(url: str) -> Document:
    """Fetch one URL politely (robots.txt, timeouts, size cap) into a Document."""
    from tidings.acquire.http import fetch as _fetch

    return _fetch(url)


def open(db: str | Path) -> Store:  # shadows the builtin on purpose: mirrors duckdb.connect / sqlite3.connect naming
    """Open (creating if needed) a tidings store for queries."""
    from tidings.store import Store

    return Store(db)
