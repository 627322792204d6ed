"""The server's handle on the store: one DuckDB connection, a cursor per worker thread for
reads, and one lock for writes (DuckDB allows a single writer per file).

Routes never see SQL: they call ``tidings.store.views`` (and the store's writer) through this.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from tidings.api.cache import ResponseCache
from tidings.api.rendered import RenderedArticles
from tidings.api.settings import WebSettings
from tidings.config import Settings
from tidings.errors import StoreError, TidingsError
from tidings.model import Document, Result
from tidings.store import views
from tidings.store.holder import remove_holder, write_holder

T = TypeVar("T")
log = logging.getLogger("tidings.api")
#: Dyads whose daily counts are kept in memory.
DYAD_CACHE = 512
#: Largest store whose stories are rebuilt after each page posted to the API.
STORY_REFRESH_LIMIT = 5000


class Backend:
    """Opens the store read-only (no token configured) or read-write (token configured)."""

    def __init__(self, web: WebSettings, settings: Settings) -> None:
        from tidings.store import Store

        self.web = web
        self.settings = settings
        if not web.owns_store and not Path(web.db).exists():
            raise StoreError(
                f"no store at {web.db}; run 'tidings ingest --db {web.db} …' first, or set "
                "TIDINGS_TOKEN to start a writable server that creates it",
                source=web.db, code="store.missing",
            )
        self.store = Store(web.db, read_only=not web.owns_store)
        # what a second writer is told
        write_holder(web.db, url=web.url, writable=web.owns_store, accepts_pages=web.writable)
        self._con: duckdb.DuckDBPyConnection = self.store.con
        self._local = threading.local()
        self._cursors: list[duckdb.DuckDBPyConnection] = []
        self._guard = threading.Lock()
        self._write_lock = threading.Lock()
        self._nlp_lock = threading.Lock()
        self.cache = ResponseCache()
        self.rendered = RenderedArticles(web.db)
        # A dyad's events per day, by (a, b, directed): any period and date range of its
        # timeline is computed from them in Python. Cleared on every write.
        self._dyad_days: OrderedDict[tuple[str, str, bool], list[Any]] = OrderedDict()
        # Words -> articles for search, refreshed on the first search after a write.
        from tidings.store.search import SearchIndex

        self.search_index = SearchIndex()
        self._search_lock = threading.Lock()
        self._search_generation = -1

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """This thread's cursor (DuckDB connections are not shared between threads)."""
        cur: duckdb.DuckDBPyConnection | None = getattr(self._local, "cursor", None)
        if cur is None:
            cur = self._con.cursor()
            self._local.cursor = cur
            with self._guard:
                self._cursors.append(cur)
        return cur

    def read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a named query from ``tidings.store.views`` on this thread's cursor."""
        try:
            return fn(self.cursor(), *args, **kwargs)
        except duckdb.Error as exc:
            raise StoreError(
                f"the query {fn.__name__} failed: {exc}", source=self.web.db, code="store.query"
            ) from exc

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self._write_lock:
            yield

    def ingest(self, document: Document) -> tuple[Result, dict[str, int]]:
        """Run one page through the pipeline and store it. Returns the Result and the write
        summary (``stored``, ``duplicates``, ``failed``, ``skipped``)."""
        from tidings.pipeline import run_many

        with self._nlp_lock:  # spaCy's pipeline is not made for concurrent calls
            results = list(run_many([document], self.settings))
        with self._write_lock:
            # Older articles keep their JSON unless stories are reclustered (their story and
            # related articles change); a new article is not in the rendered file yet.
            recluster = self._small_enough_to_recluster()
            if recluster:
                self.rendered.suspend()
            try:
                run_id = self.store.begin_run(self.settings)
                summary = self.store.write(results, run_id)
                self.store.finish_run(run_id, summary)
                if summary.stored and recluster:
                    self.store.refresh_stories(self.settings)
                    self.rendered.rebuild(self.cursor())
                if summary.stored:
                    self.run_alerts()
                self.rendered.resume()  # after a failed write it stays off: the slow path is right
            finally:
                self.cache.clear()
                with self._guard:
                    self._dyad_days.clear()
        return results[0], summary.to_dict()

    def run_alerts(self) -> None:
        """Evaluate the alert rules (after a page was stored, or a round of feed polling);
        callers hold the write lock."""
        from tidings.alerts import run_alerts

        try:
            new, error = run_alerts(self.store.con, self.settings.alerts)
        except TidingsError as exc:  # the page is stored; a rule that could not run is logged
            log.error("%s", exc)
            return
        if new:
            self.cache.clear()  # the dashboard and /alerts.atom show them
        if error:
            log.warning("the alert webhook did not take %d alert(s): %s", len(new), error)

    def _small_enough_to_recluster(self) -> bool:
        """Stories are rebuilt over the whole corpus; after one page that is worth it on a
        small store only (a large one is reclustered by ``tidings ingest``'s batch runs)."""
        return self.store.counts().get("articles", 0) <= STORY_REFRESH_LIMIT

    def dyad_days(self, a: str, b: str, *, directed: bool) -> list[Any]:
        """``views.dyad_days`` for the dyad over all time, kept for the next request."""
        key = (a, b, directed)
        with self._guard:
            found = self._dyad_days.get(key)
            if found is not None:
                self._dyad_days.move_to_end(key)
                return found
            generation = self.cache.generation
        days = self.read(views.dyad_days, a, b, directed=directed)
        with self._guard:
            if generation == self.cache.generation:  # no write since the query began
                self._dyad_days[key] = days
                while len(self._dyad_days) > DYAD_CACHE:
                    self._dyad_days.popitem(last=False)
        return days

    def search(self, query: str, *, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
        """Articles holding every word of ``query``, from the word index (brought up to date
        after a write), with their snippets."""
        generation = self.cache.generation
        if self._search_generation != generation:
            with self._search_lock:
                if self._search_generation != generation:
                    self.read(self.search_index.refresh)
                    self._search_generation = generation
        return self.search_index.search(query, limit=limit, offset=offset)

    def article_json(self, doc_id: str) -> bytes | None:
        """The article's rendered JSON, or None when it must be assembled from the store."""
        return self.rendered.get(doc_id)

    def close(self) -> None:
        self.rendered.close()
        with self._guard:
            for cur in self._cursors:
                cur.close()
            self._cursors.clear()
        self.store.close()
        remove_holder(self.web.db)
