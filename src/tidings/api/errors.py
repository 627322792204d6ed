"""The one JSON error shape of the API, and the single place exceptions become responses.

Every error the API returns looks like::

    {"error": {"code": "events.bad_filter", "message": "…", "detail": …}}

``code`` is stable and dotted, ``message`` says what failed and what to do, ``detail`` carries
structured context (the validation errors, the offending field) or ``null``.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from tidings.errors import (
    ConfigError,
    FetchError,
    InputError,
    MissingDependency,
    StoreError,
    TidingsError,
)

log = logging.getLogger("tidings.api")


class ErrorBody(BaseModel):
    code: str
    message: str
    detail: Any = None


class ErrorResponse(BaseModel):
    """The shape of every error response."""

    error: ErrorBody


class ApiError(Exception):
    """An error the API answers with on purpose: an HTTP status and the error shape."""

    def __init__(self, status: int, code: str, message: str, detail: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.detail = detail


def error_response(
    status: int, code: str, message: str, detail: Any = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    body = {"error": {"code": code, "message": message, "detail": detail}}
    return JSONResponse(body, status_code=status, headers=headers)


#: The statuses documented on every route, so clients (and schema checkers) know the shape.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "The request is not usable."},
    404: {"model": ErrorResponse, "description": "Nothing has that id."},
    422: {"model": ErrorResponse, "description": "A parameter failed validation."},
}

_HTTP_CODES = {
    400: "request.bad",
    401: "auth.required",
    403: "auth.forbidden",
    404: "not_found",
    405: "request.method_not_allowed",
    406: "request.not_acceptable",
    413: "request.too_large",
    415: "request.unsupported_media_type",
    422: "request.invalid",
}


def _status_for(exc: TidingsError) -> int:
    if isinstance(exc, InputError):
        return 400 if exc.code.startswith("request.") else 422
    if isinstance(exc, FetchError):
        # The page could not be fetched: the upstream failed, not this server.
        return 400 if exc.code in ("fetch.invalid_url", "fetch.private_address") else 502
    if isinstance(exc, StoreError | ConfigError | MissingDependency):
        return 503
    return 500


def _validation_detail(exc: RequestValidationError) -> list[dict[str, Any]]:
    out = []
    for err in exc.errors():
        out.append(
            {
                "loc": [str(p) for p in err.get("loc", ())],
                "msg": str(err.get("msg", "")),
                "type": str(err.get("type", "")),
            }
        )
    return out


def _respond(
    request: Request, status: int, code: str, message: str, detail: Any = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """The JSON shape, or, for a browser asking for a dashboard page, the HTML error page."""
    html = getattr(request.app.state, "html_error", None)
    if html is not None:
        page = html(request, status, code, message)
        if page is not None:
            return page  # type: ignore[no-any-return]
    return error_response(status, code, message, detail, headers)


def install_error_handlers(app: FastAPI) -> None:
    """Route every exception through the one error shape."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return _respond(request, exc.status, exc.code, exc.message, exc.detail, headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        detail = _validation_detail(exc)
        where = ", ".join(".".join(d["loc"]) + ": " + d["msg"] for d in detail[:3])
        return _respond(request, 422, "request.invalid", f"invalid request: {where}", detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        code = _HTTP_CODES.get(exc.status_code, f"http.{exc.status_code}")
        message = str(exc.detail) if exc.detail else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such path: {request.url.path}"
        return _respond(request, exc.status_code, code, message, None, getattr(exc, "headers", None))

    @app.exception_handler(TidingsError)
    async def _tidings(request: Request, exc: TidingsError) -> Response:
        status = _status_for(exc)
        if status >= 500:
            log.error("%s %s failed: %s", request.method, request.url.path, exc, exc_info=exc)
        detail = {"source": exc.source, "stage": exc.stage}
        return _respond(request, status, exc.code, exc.message, detail)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # A bug: keep the traceback in the log, give the client the shape and no internals.
        log.exception("%s %s crashed", request.method, request.url.path)
        return error_response(
            500, "internal.error", "the server failed on this request; the log has the traceback"
        )
