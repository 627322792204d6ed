"""``/docs``: the Swagger UI page over ``/openapi.json``, served from the Swagger UI 5 files
the ``fastapi-offline`` package ships (no CDN: the page works with no internet). Swagger UI 5
is needed: FastAPI writes OpenAPI 3.1, which Swagger UI 4 refuses to render.

The page loads three files of ours: the bundle's CSS and script under ``/docs/assets`` and
``/static/docs.js``, which starts the UI (the dashboard's Content-Security-Policy allows no
inline script).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS = "/docs/assets"

_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tidings API</title>
<link rel="stylesheet" href="{assets}/swagger-ui.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
</head>
<body>
<div id="swagger-ui" data-openapi="/openapi.json"></div>
<script src="{assets}/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script>
</body>
</html>
"""

_MISSING = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>tidings API</title>
<link rel="stylesheet" href="/static/app.css"></head>
<body><main><h1>API documentation</h1>
<p class="error">The interactive page needs the fastapi-offline package:
<code>pip install "tidings[web]"</code>. The schema itself is at
<a href="/openapi.json">/openapi.json</a>.</p></main></body></html>
"""


def swagger_assets() -> Path | None:
    """The folder of Swagger UI's files in the installed ``fastapi-offline``, or None."""
    from importlib.util import find_spec

    spec = find_spec("fastapi_offline")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "static"
    return path if (path / "swagger-ui-bundle.js").is_file() and (path / "swagger-ui.css").is_file() else None


def install_docs(app: FastAPI) -> None:
    """Add ``GET /docs`` and the static files it needs to ``app``."""
    assets = swagger_assets()
    if assets is not None:
        app.mount(ASSETS, StaticFiles(directory=assets), name="docs-assets")
    page = _PAGE.format(assets=ASSETS) if assets is not None else _MISSING

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    async def docs() -> HTMLResponse:
        return HTMLResponse(page, status_code=200 if assets is not None else 503)
