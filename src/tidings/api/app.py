"""``create_app(settings)``: the FastAPI application serving the JSON API under ``/api``
and the dashboard pages, with the guards of ``tidings.api.security`` in front."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

import tidings
from tidings.api.backend import Backend
from tidings.api.cache import CachedGets
from tidings.api.docs import install_docs
from tidings.api.errors import install_error_handlers
from tidings.api.security import BodyLimit, SecurityHeaders
from tidings.api.settings import WebSettings
from tidings.config import Settings

STATIC = Path(__file__).resolve().parents[1] / "web" / "static"
#: Requests served at once by the thread pool (see ``lifespan``).
DB_THREADS = 8


def create_app(settings: Settings | None = None, *, web: WebSettings | None = None) -> FastAPI:
    """Build the app.

    Args:
        settings: the resolved settings tree; ``settings.store.path`` is the store served
            unless ``web`` names another.
        web: the server's own settings. When omitted, the token comes from ``TIDINGS_TOKEN``:
            with it the server accepts writes, without it it is read-only.

    Raises:
        StoreError: the store cannot be opened.
    """
    settings = settings or Settings()
    web = web or WebSettings.from_environ(settings.store.path)
    backend = Backend(web, settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        import anyio.to_thread

        # Routes are sync and run in anyio's thread pool. DuckDB runs each query on all cores,
        # so dozens of queries at once only thrash; a few at a time gives more throughput.
        anyio.to_thread.current_default_thread_limiter().total_tokens = DB_THREADS
        # Before the first request: render every article's JSON, or reuse the file rendered
        # for this very store by an earlier start (see tidings.api.rendered).
        backend.rendered.open(backend.cursor())
        watcher = None
        if web.watch:
            from tidings.api.watcher import FeedWatcher

            watcher = FeedWatcher(backend, web.watch, web.watch_interval)
            watcher.start()
        app.state.watcher = watcher
        yield
        if watcher is not None:
            watcher.stop()
        backend.close()

    app = FastAPI(
        title="tidings",
        version=tidings.__version__,
        summary="News articles and coded political events (who did what to whom, when, where).",
        docs_url=None,  # /docs is ours (tidings.api.docs): Swagger UI from a package, no CDN
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.web = web
    app.state.settings = settings
    app.state.backend = backend
    install_error_handlers(app)

    from tidings.api.routes import router as api_router
    from tidings.web.pages import html_error
    from tidings.web.pages import router as pages_router

    app.state.html_error = html_error

    app.include_router(api_router)
    app.include_router(pages_router)
    install_docs(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(CachedGets, cache=backend.cache)
    app.add_middleware(BodyLimit, limit=web.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app


def app_from_environ() -> FastAPI:
    """The app for ``tidings serve --workers N``: each worker process builds its own from
    the environment the command set (``TIDINGS_SERVE_DB``, ``TIDINGS_SERVE_ALLOW_PRIVATE``)."""
    import os

    from tidings.config import load_settings

    db = os.environ["TIDINGS_SERVE_DB"]
    settings = load_settings(overrides={"store": {"path": db}})
    web = WebSettings.from_environ(db, allow_private=bool(os.environ.get("TIDINGS_SERVE_ALLOW_PRIVATE")))
    return create_app(settings, web=web)
