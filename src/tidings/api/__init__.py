"""The HTTP surface: ``create_app(settings)`` builds the FastAPI app (JSON API and dashboard).

Needs the ``web`` extra: ``pip install "tidings[web]"``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

    from tidings.api.settings import WebSettings
    from tidings.config import Settings

__all__ = ["create_app"]


def create_app(settings: Settings | None = None, *, web: WebSettings | None = None) -> FastAPI:
    """See ``tidings.api.app.create_app``."""
    try:
        from tidings.api.app import create_app as _create_app
    except ModuleNotFoundError as exc:
        if exc.name in ("fastapi", "starlette", "jinja2", "uvicorn", "multipart"):
            from tidings.errors import MissingDependency

            raise MissingDependency(
                f'the web server needs {exc.name}: pip install "tidings[web]"', code="dependency.missing"
            ) from exc
        raise
    return _create_app(settings, web=web)
