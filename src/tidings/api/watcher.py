"""``tidings serve --watch FEED``: the server polls feeds itself, so one process owns the
store: it writes what the feeds bring while the dashboard keeps serving.

A thread polls the feeds every ``interval`` seconds (conditional GET, as ``tidings watch``
does), hands each new page to ``Backend.ingest`` (pipeline, write, stories, alerts), records
pages that could not be fetched as failures and each feed's run of failed polls, and
evaluates the alert rules after every round (a feed that keeps failing raises one).
"""

from __future__ import annotations

import logging
import threading

from tidings.api.backend import Backend
from tidings.errors import TidingsError
from tidings.model import Failure

log = logging.getLogger("tidings.api")
#: Fetch failures worth another try at the next round.
TRANSIENT = ("fetch.timeout", "fetch.connect", "fetch.network", "fetch.server_error", "fetch.robots_unavailable")


class FeedWatcher:
    """Polls ``feeds`` in a thread of the server until ``stop``."""

    def __init__(self, backend: Backend, feeds: tuple[str, ...], interval: float) -> None:
        self.backend = backend
        self.feeds = feeds
        self.interval = interval
        self.rounds = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="tidings-watch", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)

    def _run(self) -> None:
        from tidings.acquire.feeds import FeedPoller

        settings = self.backend.settings
        with self.backend.writing():
            known = self.backend.store.document_ids()
            stored = {u for u in self.backend.store.articles(limit=None).column("url").to_pylist() if u}
        poller = FeedPoller(list(self.feeds), settings.fetch, seen=stored)
        try:
            while not self._stop.is_set():
                try:
                    self.poll_once(poller, known)
                except TidingsError as exc:  # a write that failed: say so and try again next round
                    log.error("watching feeds: %s", exc)
                self.rounds += 1
                self._stop.wait(self.interval)
        finally:
            poller.close()

    def poll_once(self, poller: object, known: set[str]) -> None:
        from tidings.acquire.feeds import FeedPoller, entry_documents
        from tidings.store.alerts import record_poll

        assert isinstance(poller, FeedPoller)
        backend = self.backend
        for outcome in poller.poll():
            error = None if outcome.error is None else f"{outcome.error.code}: {outcome.error.message}"
            with backend.writing():
                record_poll(backend.store.con, outcome.feed, error=error)
            if error is not None:
                log.warning("feed %s is down: %s", outcome.feed, error)
                continue
            for item in entry_documents(outcome.new_entries, backend.settings.fetch, client=poller.client):
                if self._stop.is_set():
                    return
                if isinstance(item, Failure):
                    if item.code in TRANSIENT:
                        poller.forget(item.source)
                    with backend.writing():
                        backend.store.record_failure(item)
                elif item.doc_id not in known:
                    known.add(item.doc_id)
                    backend.ingest(item)
        with backend.writing():
            backend.run_alerts()
