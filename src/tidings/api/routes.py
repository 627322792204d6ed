"""The JSON API under ``/api``: articles, events, dyads, actors, stories, search, and the one
writing route, ``POST /api/documents``.

Listings share one page shape: ``{"items": [...], "total": N, "limit": L, "offset": O}``.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, model_validator
from starlette.concurrency import run_in_threadpool

from tidings.api.backend import Backend
from tidings.api.errors import ERROR_RESPONSES, ApiError
from tidings.api.security import require_token
from tidings.model import MODALITIES
from tidings.store import views
from tidings.store.views import EventFilter

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)

ActorKey = Annotated[str, Path(pattern=r"^[A-Za-z0-9]{2,24}$", description="A CAMEO actor code or prefix (RUS, RUSGOV) or an ISO 3166 alpha-3 country.")]
DocId = Annotated[str, Path(pattern=r"^[0-9a-f]{16}$", description="The article's id (16 hex digits).")]
Limit = Annotated[int, Query(ge=1, le=1000, description="Rows per page.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]
Modality = Literal["asserted", "future", "hypothetical", "reported", "negated"]
Period = Literal["day", "week", "month"]
_CODE = r"^[A-Za-z0-9]{2,24}$"
assert set(MODALITIES) == set(Modality.__args__)  # type: ignore[attr-defined]


class FastJSON(Response):
    """JSON straight from ``json.dumps``: the rows are already plain, so FastAPI's generic
    encoder (the slowest part of a large response) is skipped."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8")


class Page(BaseModel):
    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int


async def backend(request: Request) -> Backend:
    # async: a plain lookup, not worth a trip through the thread pool
    return request.app.state.backend  # type: ignore[no-any-return]


Db = Annotated[Backend, Depends(backend)]


def _upper(value: str | None) -> str | None:
    return value.upper() if value else None


def _dyad(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    parts = [p for p in value.replace(",", "-").replace("/", "-").split("-") if p]
    if len(parts) != 2 or not all(p.isalnum() and 2 <= len(p) <= 24 for p in parts):
        raise ApiError(
            422, "events.bad_dyad", f"dyad must be two actor codes like ARM-AZE, got {value!r}",
            {"param": "dyad"},
        )
    return parts[0].upper(), parts[1].upper()


def _range(since: date | None, until: date | None) -> None:
    if since and until and since > until:
        raise ApiError(
            422, "request.bad_range", f"since ({since}) is after until ({until}); swap them",
            {"since": since.isoformat(), "until": until.isoformat()},
        )


# ---- articles ----------------------------------------------------------------------------------


@router.get("/articles", response_model=Page, summary="List articles, newest first")
def list_articles(
    db: Db,
    limit: Limit = 50,
    offset: Offset = 0,
    since: date | None = None,
    until: date | None = None,
    site: Annotated[str | None, Query(max_length=200)] = None,
) -> dict[str, Any]:
    _range(since, until)
    items, total = db.read(views.articles, limit=limit, offset=offset, since=since, until=until, site=site)
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def article_bundle(db: Backend, doc_id: str) -> dict[str, Any]:
    """An article with its events, actors, mentions, furniture, story and related articles,
    and what an empty event or related list means (``events_note``, ``related_note``)."""
    art = db.read(views.article, doc_id)
    if art is None:
        raise ApiError(404, "article.not_found", f"no article with id {doc_id}", {"doc_id": doc_id})
    art["events"] = db.read(views.article_events, doc_id)
    art["actors"] = db.read(views.article_actors, doc_id)
    art["mentions"] = db.read(views.article_mentions, doc_id)
    art["related"] = db.read(views.related, doc_id)
    art["story"] = db.read(views.article_story, doc_id)
    art.update(views.article_notes(art))
    return art


@router.get("/articles/{doc_id}", summary="One article with its events, actors, furniture and related articles")
async def get_article(db: Db, doc_id: DocId) -> Any:
    # The rendered JSON is a SQLite primary-key lookup (~50 µs): done on the event loop. Only
    # an article not rendered yet takes the DuckDB queries, in the thread pool.
    rendered = db.article_json(doc_id)
    if rendered is not None:
        return Response(rendered, media_type="application/json")
    return FastJSON(await run_in_threadpool(article_bundle, db, doc_id))


# ---- events ------------------------------------------------------------------------------------


def event_filter(
    actor: Annotated[str | None, Query(pattern=_CODE, description="Either side matches (code prefix or country).")] = None,
    source: Annotated[str | None, Query(pattern=_CODE)] = None,
    target: Annotated[str | None, Query(pattern=_CODE)] = None,
    dyad: Annotated[str | None, Query(max_length=60, description="Two actors, either direction: ARM-AZE.")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$")] = None,
    cameo: Annotated[str | None, Query(pattern=r"^[0-9]{2,4}$", description="CAMEO code or prefix.")] = None,
    plover: Annotated[str | None, Query(pattern=r"^[A-Za-z_-]{2,40}$")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
    modality: Modality | None = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0, description="Only events at least this sure (0-1).")] = None,
    since: date | None = None,
    until: date | None = None,
    place: Annotated[str | None, Query(min_length=1, max_length=100)] = None,
    text: Annotated[str | None, Query(min_length=1, max_length=200, description="Words in the sentence.")] = None,
    doc_id: Annotated[str | None, Query(pattern=r"^[0-9a-f]{16}$")] = None,
    include_duplicates: bool = False,
) -> EventFilter:
    _range(since, until)
    return EventFilter(
        actor=_upper(actor), source=_upper(source), target=_upper(target), dyad=_dyad(dyad),
        country=_upper(country), cameo=cameo, plover=plover, quad=quad_class,
        modality=modality, min_confidence=min_confidence, since=since, until=until, place=place, text=text, doc_id=doc_id,
        include_duplicates=include_duplicates,
    )


Filters = Annotated[EventFilter, Depends(event_filter)]

CSV_COLUMNS = (
    "event_id", "doc_id", "day", "source_code", "target_code", "cameo", "plover", "quad_class",
    "goldstein", "modality", "date", "place", "sentence", "rule", "source_name", "target_name",
)


@router.get(
    "/events",
    response_model=Page,
    summary="Coded events, filtered and paginated (JSON or CSV)",
    responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}}},
)
def list_events(
    db: Db, f: Filters, limit: Limit = 50, offset: Offset = 0, format: Literal["json", "csv"] = "json",  # the public query parameter
) -> Any:
    items, total = db.read(views.events, f, limit=limit, offset=offset)
    if format == "csv":
        from tidings.store.export import csv_cell

        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: csv_cell(v) for k, v in item.items()} for item in items)
        return Response(
            buf.getvalue(), media_type="text/csv; charset=utf-8",
            headers={"X-Total-Count": str(total), "Content-Disposition": 'attachment; filename="events.csv"'},
        )
    return {"items": items, "total": total, "limit": limit, "offset": offset}


@router.get("/places", summary="Where the matching events happen: one row per place with coordinates")
def list_places(db: Db, f: Filters) -> Any:
    return FastJSON(db.read(views.event_places, f))


# ---- dyads and actors --------------------------------------------------------------------------


@router.get("/dyads", summary="The busiest actor pairs, with cooperation and conflict counts")
def list_dyads(
    db: Db, limit: Annotated[int, Query(ge=1, le=100)] = 10, since: date | None = None
) -> dict[str, Any]:
    return {"items": db.read(views.busiest_dyads, limit=limit, since=since)}


@router.get("/dyads/{a}/{b}", summary="A dyad's timeline: events per quad class and mean Goldstein per period")
def get_dyad(
    db: Db, a: ActorKey, b: ActorKey, by: Period = "week", since: date | None = None,
    until: date | None = None, directed: bool = False,
) -> Any:
    _range(since, until)
    a, b = a.upper(), b.upper()
    periods = views.timeline_from_days(db.dyad_days(a, b, directed=directed), by=by, since=since, until=until)
    totals = {k: sum(int(p[k]) for p in periods) for k in ("events", "q1", "q2", "q3", "q4")}
    golds = [(p["goldstein"], p["events"]) for p in periods if p["goldstein"] is not None]
    weight = sum(n for _, n in golds)
    mean = round(sum(g * n for g, n in golds) / weight, 2) if weight else None
    return FastJSON({
        "a": a, "b": b, "by": by, "directed": directed,
        "since": since.isoformat() if since else None, "until": until.isoformat() if until else None,
        "totals": {**totals, "goldstein": mean}, "periods": periods,
    })


@router.get("/actors/{code}", summary="An actor's profile: top counterparts and event mix")
def get_actor(
    db: Db, code: ActorKey, by: Period = "month", since: date | None = None, until: date | None = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> dict[str, Any]:
    _range(since, until)
    key = code.upper()
    who = db.read(views.actor, key)
    if who is None:
        raise ApiError(404, "actor.not_found", f"no event involves an actor matching {key}", {"code": key})
    return {
        "actor": who,
        "counterparts": db.read(views.actor_counterparts, key, limit=limit, since=since, until=until),
        "mix": db.read(views.actor_mix, key, by=by, since=since, until=until),
        "cameo": db.read(views.actor_cameo_mix, key),
    }


# ---- stories and search ------------------------------------------------------------------------


@router.get("/stories", response_model=Page, summary="Stories (clusters of articles)")
def list_stories(
    db: Db, sort: Literal["popular", "recent"] = "recent", limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    items, total = db.read(views.stories, sort=sort, limit=limit, offset=offset)
    return {"items": items, "total": total, "limit": limit, "offset": offset}


@router.get("/stories/popular", response_model=Page, summary="Stories with the most articles")
def popular_stories(db: Db, limit: Limit = 10, offset: Offset = 0) -> dict[str, Any]:
    items, total = db.read(views.stories, sort="popular", limit=limit, offset=offset)
    return {"items": items, "total": total, "limit": limit, "offset": offset}


@router.get("/stories/{story_id}", summary="One story with its member articles")
def get_story(db: Db, story_id: Annotated[str, Path(max_length=64)]) -> dict[str, Any]:
    found = db.read(views.story, story_id)
    if found is None:
        raise ApiError(404, "story.not_found", f"no story with id {story_id}", {"story_id": story_id})
    return found


@router.get("/search", response_model=Page, summary="Full-text search over titles and bodies")
def search(
    db: Db,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Words that must all appear.")],
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    items, total = db.search(q, limit=limit, offset=offset)
    return {"items": items, "total": total, "limit": limit, "offset": offset}


@router.get("/alerts", summary="Alerts fired by the rules of tidings.toml, newest first")
def list_alerts(db: Db, limit: Annotated[int, Query(ge=1, le=1000)] = 50) -> dict[str, Any]:
    return {"items": db.read(views.alerts, limit=limit)}


@router.get("/counts", summary="How many rows each table holds")
def counts(db: Db) -> dict[str, int]:
    return db.read(views.counts)


# ---- writing -----------------------------------------------------------------------------------


class IngestRequest(BaseModel):
    """One page to ingest: exactly one of ``url``, ``html`` or ``text``."""

    url: str | None = Field(None, max_length=2000, description="Fetch this http(s) address.")
    html: str | None = Field(None, description="The page's HTML.")
    text: str | None = Field(None, description="The article as plain text.")
    page_url: str | None = Field(None, max_length=2000, description="Where pasted HTML or text came from.")
    source: str | None = Field(None, max_length=2000, description="A name for the page (its file name, say).")
    published: date | None = Field(None, description="Publication date; wins over the page's own.")

    @model_validator(mode="after")
    def _one_source(self) -> IngestRequest:
        given = [k for k in ("url", "html", "text") if getattr(self, k)]
        if len(given) != 1:
            raise ValueError("give exactly one of url, html or text")
        return self


class IngestResult(BaseModel):
    doc_id: str
    title: str
    stored: bool
    duplicate_of: str | None = None
    events: int
    link: str


@router.post(
    "/documents",
    status_code=201,
    response_model=IngestResult,
    dependencies=[Depends(require_token)],
    summary="Ingest one page (URL, HTML or text) through the pipeline into the store",
    responses={
        200: {"model": IngestResult, "description": "The store already had this page."},
        401: {"description": "No bearer token."},
        403: {"description": "Wrong token, or the server is read-only."},
        413: {"description": "The body is over the size limit."},
        502: {"description": "The URL could not be fetched."},
    },
)
def post_document(db: Db, body: IngestRequest) -> Any:
    from tidings.api.ingest import ingest

    result = ingest(db, url=body.url, html=body.html, text=body.text, page_url=body.page_url, source=body.source,
                    published=body.published.isoformat() if body.published else None)
    return JSONResponse(result, status_code=201 if result["stored"] else 200)
