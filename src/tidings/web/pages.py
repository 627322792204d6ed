"""The dashboard: server-rendered pages over the same named queries as the JSON API.

Every page works without script and without the internet; ``static/app.js`` only adds
conveniences. Templates autoescape, so scraped titles and bodies are always text.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from tidings.api.backend import Backend
from tidings.api.errors import ApiError
from tidings.api.routes import article_bundle, event_filter
from tidings.api.security import check_form_token
from tidings.errors import TidingsError
from tidings.store import views
from tidings.store.views import QUAD_NAMES, EventFilter
from tidings.web import charts, maps
from tidings.web.highlight import marked_paragraphs

TEMPLATES = Path(__file__).resolve().parent / "templates"
#: Largest offset a listing accepts: checked before it reaches SQL (DuckDB takes a BIGINT).
MAX_OFFSET = 10_000_000


def _bounded(name: str, value: int) -> int:
    if value > MAX_OFFSET:
        raise ApiError(400, "request.bad_offset", f"{name}={value} is past the largest accepted, {MAX_OFFSET:,}",
                       {name: str(value)})
    return value


def _offset(offset: Annotated[int, Query(ge=0)] = 0) -> int:
    return _bounded("offset", offset)


def _events_offset(events_offset: Annotated[int, Query(ge=0)] = 0) -> int:
    return _bounded("events_offset", events_offset)


Offset = Annotated[int, Depends(_offset)]
EventsOffset = Annotated[int, Depends(_events_offset)]
_env = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(["html", "svg", "xml"], default_for_string=True, default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters["quad"] = lambda q: QUAD_NAMES.get(int(q), "?") if q is not None else ""
_env.filters["signed"] = lambda v: "" if v is None else f"{float(v):+.1f}"
#: Only a web address becomes a link (a ``javascript:`` or ``data:`` URL from a corpus stays text).
_env.tests["web_url"] = lambda v: isinstance(v, str) and v[:8].lower().startswith(("http://", "https://"))
templates = Jinja2Templates(env=_env)
router = APIRouter(include_in_schema=False)


def backend(request: Request) -> Backend:
    return request.app.state.backend  # type: ignore[no-any-return]


Db = Annotated[Backend, Depends(backend)]


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("writable", request.app.state.web.writable)
    return templates.TemplateResponse(request, name, context, status_code=status)


def render_error(request: Request, status: int, code: str, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, code=code, message=message, status_code=status)


def _query(**params: Any) -> str:
    return urlencode({k: v for k, v in params.items() if v not in (None, "", False)})


def _dyad_link(r: dict[str, Any]) -> str:
    return f"/dyad/{r['a']}/{r['b']}"


def _filter_params(f: EventFilter) -> dict[str, Any]:
    """The query parameters of the event list for ``f`` (what links to /events and /map carry)."""
    return {
        "actor": f.actor, "source": f.source, "target": f.target,
        "dyad": "-".join(f.dyad) if f.dyad else None, "country": f.country, "cameo": f.cameo,
        "plover": f.plover, "quad_class": f.quad, "modality": f.modality, "min_confidence": f.min_confidence,
        "since": f.since, "until": f.until,
        "place": f.place, "text": f.text, "doc_id": f.doc_id,
    }


def where(db: Backend, f: EventFilter, *, title: str, width: int = 860) -> dict[str, Any]:
    """The map of the events matching ``f``, with its rows (each with the ``query`` of its
    own event list: the same filters narrowed to the place)."""
    found = db.read(views.event_places, f)
    params = _filter_params(f)
    places = found["places"]
    for p in places:
        p["query"] = _query(**{**params, "place": p["place"]})

    def link(p: dict[str, Any]) -> str:
        return f"/events?{p['query']}"

    svg = maps.event_map(places, title=title, link=link, width=width)
    return {**found, "svg": svg, "legend": maps.legend()}


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, db: Db, f: Annotated[EventFilter, Depends(event_filter)]) -> HTMLResponse:
    params = {k: v for k, v in request.query_params.items() if k not in ("offset", "limit")}
    found = where(db, f, title="Where the matching events happen", width=1100)
    return render(request, "map.html", where=found, params=params, query=urlencode(params),
                  codes=db.read(views.event_codes))


@router.get("/alerts", response_class=HTMLResponse)
def alerts_page(request: Request, db: Db) -> HTMLResponse:
    rules = request.app.state.settings.alerts.rules
    return render(request, "alerts.html", alerts=db.read(views.alerts, limit=200), rules=rules)


@router.get("/alerts.atom")
def alerts_atom(request: Request, db: Db) -> Response:
    from tidings.alerts import atom

    rows = db.read(recent_alerts_raw, limit=100)
    base = str(request.base_url).rstrip("/")
    return Response(atom(rows, base_url=base), media_type="application/atom+xml; charset=utf-8")


def recent_alerts_raw(con: Any, *, limit: int) -> list[dict[str, Any]]:
    from tidings.store.alerts import recent

    return recent(con, limit=limit)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, db: Db) -> HTMLResponse:
    dyads = db.read(views.busiest_dyads, limit=8)
    stories, _ = db.read(views.stories, sort="popular", limit=8, offset=0)
    latest = db.read(views.latest_events, limit=12)
    articles, _total_articles = db.read(views.articles, limit=8, offset=0)
    chart = charts.diverging(dyads, title="Conflict and cooperation in the busiest dyads", link=_dyad_link)
    return render(
        request, "home.html", dyads=dyads, chart=chart, stories=stories, latest=latest,
        articles=articles, counts=db.read(views.counts),
        where=where(db, EventFilter(), title="Where the events happen"),
        alerts=db.read(views.alerts, limit=6),
    )


@router.get("/articles", response_class=HTMLResponse)
def articles_page(
    request: Request, db: Db, offset: Offset = 0,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> HTMLResponse:
    items, total = db.read(views.articles, limit=limit, offset=offset)
    return render(request, "articles.html", items=items, total=total, limit=limit, offset=offset)


#: Events listed per article page, and the most events (with the mentions of their
#: sentences) highlighted in the body: an article with thousands of events stays a page.
ARTICLE_EVENTS_PER_PAGE = 100
MAX_MARKED_EVENTS = 300


@router.get("/articles/{doc_id}", response_class=HTMLResponse)
def article_page(
    request: Request, db: Db, doc_id: str,
    events_offset: EventsOffset = 0,
) -> HTMLResponse:
    if not (len(doc_id) == 16 and all(c in "0123456789abcdef" for c in doc_id)):
        return render_error(request, 404, "article.not_found", f"no article with id {doc_id}")
    art = article_bundle(db, doc_id)
    events = art["events"]
    marked = events[:MAX_MARKED_EVENTS]
    sentences = {e.get("sentence_index") for e in marked}
    mentions = [m for m in art["mentions"] if m.get("sentence_index") in sentences] if len(events) > len(marked) \
        else art["mentions"]
    names = {a["code"]: a["name"] for a in art["actors"]}
    for e in marked:
        names.setdefault(e["source_code"], e.get("source_name") or e["source_code"])
        if e.get("target_code"):
            names.setdefault(e["target_code"], e.get("target_name") or e["target_code"])
    body = marked_paragraphs(art["paragraphs"], marked, mentions, names, art["title"] or "")
    page = events[events_offset:events_offset + ARTICLE_EVENTS_PER_PAGE]
    return render(request, "article.html", art=art, body=body, events_page=page, events_total=len(events),
                  events_offset=events_offset, events_limit=ARTICLE_EVENTS_PER_PAGE,
                  marked_events=len(marked))


@router.get("/events", response_class=HTMLResponse)
def events_page(
    request: Request, db: Db, f: Annotated[EventFilter, Depends(event_filter)],
    offset: Offset = 0, limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> HTMLResponse:
    items, total = db.read(views.events, f, limit=limit, offset=offset)
    params = {k: v for k, v in request.query_params.items() if k not in ("offset", "limit")}
    return render(
        request, "events.html", items=items, total=total, limit=limit, offset=offset,
        params=params, query=urlencode(params), codes=db.read(views.event_codes),
        where=where(db, f, title="Where the matching events happen"),
    )


@router.get("/dyad/{a}/{b}", response_class=HTMLResponse)
def dyad_page(
    request: Request, db: Db, a: str, b: str, by: Literal["day", "week", "month"] = "week",
    since: date | None = None, until: date | None = None,
    offset: Offset = 0,
) -> HTMLResponse:
    a, b = a.upper(), b.upper()
    if not (views.ACTOR_KEY.match(a) and views.ACTOR_KEY.match(b)):
        return render_error(request, 404, "dyad.bad_code", "a dyad is two actor codes, like /dyad/ARM/AZE")
    if since and until and since > until:
        since, until = until, since
    periods = db.read(views.dyad_timeline, a, b, by=by, since=since, until=until)
    clipped = None
    if not since and not until and len(periods) > MAX_PERIODS[by]:
        # A stray old date (a war "in 2020" mentioned in passing) would squeeze the recent
        # bars to slivers: show the latest periods and say what was left out.
        periods = periods[-MAX_PERIODS[by]:]
        since = date.fromisoformat(periods[0]["period"])
        clipped = since
    f = EventFilter(dyad=(a, b), since=since, until=until)
    items, total = db.read(views.events, f, limit=50, offset=offset)

    def link(p: dict[str, Any]) -> str:
        return f"/events?{_query(dyad=f'{a}-{b}', since=p['period'], until=_period_end(p['period'], by))}"

    chart = charts.timeline(periods, title=f"Events between {a} and {b} per {by}", by=by, link=link)
    totals = {k: sum(int(p[k]) for p in periods) for k in ("events", "q1", "q2", "q3", "q4")}
    return render(
        request, "dyad.html", a=a, b=b, by=by, since=since, until=until, chart=chart,
        periods=periods, items=items, total=total, offset=offset, totals=totals, clipped=clipped,
        events_query=_query(dyad=f"{a}-{b}", since=since, until=until),
        where=where(db, f, title=f"Where events between {a} and {b} happen"),
    )


#: Most periods the dyad chart shows when no range is asked for.
MAX_PERIODS = {"day": 120, "week": 78, "month": 60}


def _period_end(start: str, by: str) -> str:
    from datetime import timedelta

    d = date.fromisoformat(start)
    if by == "day":
        return d.isoformat()
    if by == "week":
        return (d + timedelta(days=6)).isoformat()
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return (nxt - timedelta(days=1)).isoformat()


@router.get("/actor/{code}", response_class=HTMLResponse)
def actor_page(
    request: Request, db: Db, code: str, by: Literal["day", "week", "month"] = "month",
) -> HTMLResponse:
    key = code.upper()
    who = db.read(views.actor, key) if views.ACTOR_KEY.match(key) else None
    if who is None:
        return render_error(request, 404, "actor.not_found", f"no event involves an actor matching {code}")
    counterparts = db.read(views.actor_counterparts, key, limit=12)
    mix = db.read(views.actor_mix, key, by=by)
    bars = charts.ranked_bars(
        counterparts, title=f"Counterparts of {key}", label=lambda r: str(r["code"]),
        link=lambda r: f"/dyad/{key}/{r['code']}",
    )
    timeline = charts.timeline(mix, title=f"Events involving {key} per {by}", by=by)
    items, total = db.read(views.events, EventFilter(actor=key), limit=20, offset=0)
    return render(
        request, "actor.html", who=who, key=key, by=by, bars=bars, timeline=timeline,
        counterparts=counterparts, cameo=db.read(views.actor_cameo_mix, key), items=items, total=total,
        where=where(db, EventFilter(actor=key), title=f"Where events involving {key} happen"),
    )


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, db: Db, story_id: str) -> HTMLResponse:
    found = db.read(views.story, story_id) if len(story_id) <= 64 else None
    if found is None:
        return render_error(request, 404, "story.not_found", f"no story with id {story_id}")
    return render(request, "story.html", story=found)


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request, db: Db, q: Annotated[str, Query(max_length=200)] = "",
    offset: Offset = 0,
) -> HTMLResponse:
    items, total = db.search(q, limit=20, offset=offset) if q.strip() else ([], 0)
    return render(request, "search.html", q=q, items=items, total=total, offset=offset, limit=20)


@router.get("/ingest", response_class=HTMLResponse)
def ingest_form(request: Request) -> HTMLResponse:
    return render(request, "ingest.html")


@router.post("/ingest", response_model=None)
def ingest_submit(
    request: Request,
    db: Db,
    token: Annotated[str, Form()] = "",
    url: Annotated[str, Form(max_length=2000)] = "",
    page: Annotated[str, Form()] = "",
    kind: Annotated[Literal["html", "text"], Form()] = "html",
    published: Annotated[str, Form(max_length=10)] = "",
) -> Response:
    from tidings.api.ingest import ingest

    form = {"url": url, "page": page, "kind": kind, "published": published}
    try:
        check_form_token(request.app.state.web, token)
        if bool(url.strip()) == bool(page.strip()):
            raise ApiError(422, "request.invalid", "give either a URL or a pasted page, not both")
        day = date.fromisoformat(published).isoformat() if published.strip() else None
        result = ingest(
            db, url=url.strip() or None, html=page if page.strip() and kind == "html" else None,
            text=page if page.strip() and kind == "text" else None, published=day,
        )
    except ApiError as exc:
        return render(request, "ingest.html", status=exc.status, error=exc.message, form=form)
    except ValueError:
        return render(request, "ingest.html", status=422, error="the date must be YYYY-MM-DD", form=form)
    except TidingsError as exc:
        return render(request, "ingest.html", status=422, error=str(exc), form=form)
    return RedirectResponse(result["link"], status_code=303)


def html_error(request: Request, status: int, code: str, message: str) -> Response | None:
    """The HTML form of an error, for page requests; None for API requests (they get JSON)."""
    path = request.url.path
    if path.startswith(("/api", "/openapi", "/static")):
        return None
    if "text/html" not in request.headers.get("accept", ""):
        return None
    return render_error(request, status, code, Markup.escape(message))
