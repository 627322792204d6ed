"""Read-only named queries the web surface needs beyond ``Store``'s own: paginated listings
with totals, dyad timelines, actor profiles, the busiest dyads and full-text search.

Each function takes a DuckDB connection (a cursor of the store's connection, one per thread)
and returns plain dicts ready for JSON. Parameters are always bound, never formatted in; the
few identifiers that vary (the period unit) come from fixed tables here.

Actor keys: a key such as ``RUS`` matches an event side whose actor code is ``RUS`` or starts
with it (``RUSGOV``, ``RUSMIL``) or whose country is ``RUS``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import duckdb

from tidings.errors import InputError
from tidings.store.queries import EventFilters, actor_match, escape_like, event_where

#: Period units for timelines, mapped to DuckDB's date_trunc part.
PERIODS = {"day": "day", "week": "week", "month": "month"}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
ACTOR_KEY = re.compile(r"^[A-Z0-9]{2,24}$")
#: Most periods a timeline fills in (2,000 days is five and a half years): one stray date
#: far from the rest must not make a request build millions of empty periods.
MAX_TIMELINE_PERIODS = 2_000
#: How many related articles an article lists.
RELATED_LIMIT = 10


#: The event filters of the web API are the store's own (``source``/``target`` match one side).
EventFilter = EventFilters


def _rows(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    cols = [d[0] for d in cur.description or ()]
    return [_jsonable(dict(zip(cols, row, strict=True))) for row in cur.fetchall()]


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    for key, value in row.items():
        if isinstance(value, date):
            row[key] = value.isoformat()
    return row


EVENT_COLUMNS = (
    "event_id, doc_id, day, source_code, target_code, cameo, cameo_root, plover, quad_class, "
    "goldstein, modality, date, date_precision, date_text, place, place_country, place_lat, "
    "place_lon, sentence, sentence_index, span, rule, trigger, confidence, source_text, "
    "source_name, source_country, source_role, target_text, target_name, target_country, "
    "target_role, is_duplicate"
)


def events(
    con: duckdb.DuckDBPyConnection, f: EventFilter, *, limit: int, offset: int
) -> tuple[list[dict[str, Any]], int]:
    """One page of events matching ``f`` (newest first) and the total count."""
    where, args = event_where(f)
    total = con.execute(f"SELECT count(*) FROM events{where}", args).fetchone()
    cur = con.execute(
        f"SELECT {EVENT_COLUMNS}, (SELECT title FROM articles a WHERE a.doc_id = e.doc_id) AS title "
        f"FROM events e{where} ORDER BY day DESC NULLS LAST, doc_id, sentence_index, event_id "
        "LIMIT ? OFFSET ?",
        [*args, limit, offset],
    )
    return _rows(cur), int(total[0]) if total else 0


def dyad_timeline(
    con: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    *,
    by: str = "week",
    since: date | None = None,
    until: date | None = None,
    directed: bool = False,
) -> list[dict[str, Any]]:
    """Counts per quad class and mean Goldstein for each period with events between ``a``
    and ``b`` (both directions unless ``directed``), oldest first. Periods without events
    are included between the first and last, so a chart's x axis is even."""
    days = dyad_days(con, a, b, directed=directed, since=since, until=until)
    return timeline_from_days(days, by=by, since=since, until=until)


def dyad_days(
    con: duckdb.DuckDBPyConnection, a: str, b: str, *, directed: bool = False,
    since: date | None = None, until: date | None = None,
) -> list[tuple[date, int, int, int, int, int, float, int]]:
    """The dyad's events per day, oldest first: ``(day, events, q1, q2, q3, q4, goldstein
    sum, goldstein count)``. ``timeline_from_days`` turns them into the timeline of any
    period and date range within them without going back to the store."""
    if directed:
        where, args = event_where(EventFilter(source=a, target=b, since=since, until=until))
    else:
        where, args = event_where(EventFilter(dyad=(a, b), since=since, until=until))
    where += (" AND " if where else " WHERE ") + "day IS NOT NULL"
    rows = con.execute(
        f"""SELECT day, count(quad_class),
                   count(quad_class) FILTER (WHERE quad_class = 1),
                   count(quad_class) FILTER (WHERE quad_class = 2),
                   count(quad_class) FILTER (WHERE quad_class = 3),
                   count(quad_class) FILTER (WHERE quad_class = 4),
                   coalesce(sum(goldstein), 0), count(goldstein)
            FROM events{where} GROUP BY day ORDER BY day""",
        args,
    ).fetchall()
    return [(r[0], int(r[1]), int(r[2]), int(r[3]), int(r[4]), int(r[5]), float(r[6]), int(r[7])) for r in rows]


def _period_start(day: date, by: str) -> date:
    if by == "week":  # DuckDB's date_trunc('week'): the Monday of the ISO week
        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    return day


def _next_period(period: date, by: str) -> date:
    if by == "week":
        return period + timedelta(days=7)
    if by == "month":
        return date(period.year + period.month // 12, period.month % 12 + 1, 1)
    return period + timedelta(days=1)


def period_count(lo: date, hi: date, by: str) -> int:
    """How many periods of ``by`` a timeline from ``lo`` to ``hi`` (period starts) has."""
    if by == "month":
        return (hi.year - lo.year) * 12 + hi.month - lo.month + 1
    return (hi - lo).days // (7 if by == "week" else 1) + 1


class TimelineTooLong(InputError):
    """A timeline would have more than ``MAX_TIMELINE_PERIODS`` periods."""

    def __init__(self, lo: date, hi: date, by: str, n: int) -> None:
        coarser = {"day": "by=week or by=month, or ", "week": "by=month, or "}.get(by, "")
        super().__init__(
            f"the timeline from {lo.isoformat()} to {hi.isoformat()} would have {n:,} {by}s, more than "
            f"{MAX_TIMELINE_PERIODS:,}; ask for {coarser}a since/until range",
            source=f"by={by}", code="request.too_many_periods")


def check_periods(lo: date, hi: date, by: str) -> None:
    """Raise ``TimelineTooLong`` when a timeline from ``lo`` to ``hi`` is too long to fill."""
    n = period_count(lo, hi, by)
    if n > MAX_TIMELINE_PERIODS:
        raise TimelineTooLong(lo, hi, by, n)


def _round2(value: float) -> float:
    """Round half away from zero at 2 places, like DuckDB's ``round`` (Python rounds half to
    even); the mean is first cut to 9 places so summation noise does not tip a half."""
    return float(Decimal(repr(round(value, 9))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def timeline_from_days(
    days: Sequence[tuple[date, int, int, int, int, int, float, int]],
    *,
    by: str = "week",
    since: date | None = None,
    until: date | None = None,
) -> list[dict[str, Any]]:
    """``dyad_timeline`` computed from ``dyad_days``: the same periods and counts."""
    if by not in PERIODS:
        raise ValueError(f"unknown period {by!r}; use one of {', '.join(PERIODS)}")
    sums: dict[date, list[float]] = {}
    for day, *counts in days:
        if (since and day < since) or (until and day > until):
            continue
        acc = sums.setdefault(_period_start(day, by), [0, 0, 0, 0, 0, 0.0, 0])
        for i, value in enumerate(counts):
            acc[i] += value
    if not sums:
        return []
    out = []
    period, last = min(sums), max(sums)
    check_periods(period, last, by)
    while period <= last:
        n, q1, q2, q3, q4, gsum, gcount = sums.get(period, (0, 0, 0, 0, 0, 0.0, 0))
        out.append({
            "period": period.isoformat(), "events": int(n), "q1": int(q1), "q2": int(q2), "q3": int(q3),
            "q4": int(q4), "goldstein": _round2(gsum / gcount) if gcount else None,
        })
        period = _next_period(period, by)
    return out


def busiest_dyads(
    con: duckdb.DuckDBPyConnection, *, limit: int = 8, since: date | None = None
) -> list[dict[str, Any]]:
    """The country pairs with the most events (undirected), with cooperation and conflict
    counts and mean Goldstein. Sides are countries where known, else actor codes."""
    where, args = event_where(EventFilter(since=since))
    where += (" AND " if where else " WHERE ") + "target_code IS NOT NULL"
    cur = con.execute(
        f"""
        WITH e AS (
            SELECT coalesce(source_country, source_code) AS s,
                   coalesce(target_country, target_code) AS t, quad_class, goldstein
            FROM events{where})
        SELECT least(s, t) AS a, greatest(s, t) AS b, count(*) AS events,
               count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,
               count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
               round(avg(goldstein), 2) AS goldstein
        FROM e WHERE s <> t
        GROUP BY 1, 2 ORDER BY events DESC, a, b LIMIT ?
        """,
        [*args, limit],
    )
    return _rows(cur)


def latest_events(con: duckdb.DuckDBPyConnection, *, limit: int = 10) -> list[dict[str, Any]]:
    """The newest dated events (canonical articles). An undated event is not "latest": it
    is listed with the other events, never here."""
    where, args = event_where(EventFilter())
    where += (" AND " if where else " WHERE ") + "day IS NOT NULL"
    cur = con.execute(
        f"SELECT {EVENT_COLUMNS}, (SELECT title FROM articles a WHERE a.doc_id = e.doc_id) AS title "
        f"FROM events e{where} ORDER BY day DESC, doc_id, sentence_index, event_id LIMIT ?",
        [*args, limit],
    )
    return _rows(cur)


def actor(con: duckdb.DuckDBPyConnection, key: str) -> dict[str, Any] | None:
    """Who ``key`` is (from the actors table, else from events), or None when never seen."""
    row = con.execute(
        "SELECT code, name, country, role, kind FROM actors WHERE code = ?", [key]
    ).fetchone()
    if row:
        return dict(zip(("code", "name", "country", "role", "kind"), row, strict=True))
    cur = con.execute(
        """SELECT code, name, country FROM (
               SELECT source_code AS code, source_name AS name, source_country AS country FROM events
               WHERE source_code = ? OR starts_with(source_code, ?) OR source_country = ?
               UNION ALL
               SELECT target_code, target_name, target_country FROM events
               WHERE target_code = ? OR starts_with(target_code, ?) OR target_country = ?)
           GROUP BY code, name, country ORDER BY count(*) DESC, length(code), code LIMIT 1""",
        [key] * 6,
    )
    found = cur.fetchone()
    if not found:
        return None
    code, name, country = found
    if country == key and code != key:
        import pycountry

        hit = pycountry.countries.get(alpha_3=key)
        name = hit.name if hit else key
    return {"code": key, "name": name, "country": country, "role": None, "kind": "country"}


def actor_counterparts(
    con: duckdb.DuckDBPyConnection, key: str, *, limit: int = 10, since: date | None = None,
    until: date | None = None,
) -> list[dict[str, Any]]:
    """The actors ``key`` interacts with most, either direction, with the quad-class split."""
    where, args = event_where(EventFilter(actor=key, since=since, until=until))
    cur = con.execute(
        f"""
        WITH e AS (
            SELECT CASE WHEN {actor_match('source')}
                        THEN coalesce(target_country, target_code)
                        ELSE coalesce(source_country, source_code) END AS other,
                   quad_class, goldstein
            FROM events{where} AND target_code IS NOT NULL)
        SELECT other AS code, count(*) AS events,
               count(*) FILTER (WHERE quad_class = 1) AS q1,
               count(*) FILTER (WHERE quad_class = 2) AS q2,
               count(*) FILTER (WHERE quad_class = 3) AS q3,
               count(*) FILTER (WHERE quad_class = 4) AS q4,
               round(avg(goldstein), 2) AS goldstein
        FROM e WHERE other IS NOT NULL AND other <> ?
        GROUP BY other ORDER BY events DESC, other LIMIT ?
        """,
        [key, key, *args, key, limit],
    )
    return _rows(cur)


def actor_mix(
    con: duckdb.DuckDBPyConnection, key: str, *, by: str = "week", since: date | None = None,
    until: date | None = None,
) -> list[dict[str, Any]]:
    """The actor's events per period and quad class (both roles), oldest first."""
    unit = PERIODS[by]
    where, args = event_where(EventFilter(actor=key, since=since, until=until))
    lo, hi = con.execute(
        f"SELECT min(date_trunc('{unit}', day))::DATE, max(date_trunc('{unit}', day))::DATE "
        f"FROM events{where} AND day IS NOT NULL", args).fetchall()[0]
    if lo is not None and hi is not None:
        check_periods(lo, hi, by)
    cur = con.execute(
        f"""
        WITH e AS (SELECT date_trunc('{unit}', day)::DATE AS period, quad_class, goldstein
                   FROM events{where} AND day IS NOT NULL),
        bounds AS (SELECT min(period) AS lo, max(period) AS hi FROM e),
        periods AS (SELECT unnest(generate_series(lo, hi, INTERVAL 1 {unit}))::DATE AS period
                    FROM bounds WHERE lo IS NOT NULL)
        SELECT p.period, count(e.quad_class) AS events,
               count(e.quad_class) FILTER (WHERE e.quad_class = 1) AS q1,
               count(e.quad_class) FILTER (WHERE e.quad_class = 2) AS q2,
               count(e.quad_class) FILTER (WHERE e.quad_class = 3) AS q3,
               count(e.quad_class) FILTER (WHERE e.quad_class = 4) AS q4,
               round(avg(e.goldstein), 2) AS goldstein
        FROM periods p LEFT JOIN e USING (period) GROUP BY p.period ORDER BY p.period
        """,
        args,
    )
    return _rows(cur)


def actor_cameo_mix(con: duckdb.DuckDBPyConnection, key: str, *, limit: int = 12) -> list[dict[str, Any]]:
    """The actor's most frequent CAMEO root codes and PLOVER categories."""
    where, args = event_where(EventFilter(actor=key))
    cur = con.execute(
        f"SELECT cameo_root, plover, quad_class, count(*) AS events FROM events{where} "
        "GROUP BY ALL ORDER BY events DESC, cameo_root LIMIT ?",
        [*args, limit],
    )
    return _rows(cur)


ARTICLE_LIST_COLUMNS = (
    "a.doc_id, a.title, a.url, a.site, a.site_domain, a.published, a.day, a.word_count, "
    "a.language, a.canonical_id, a.dup_kind"
)


def articles(
    con: duckdb.DuckDBPyConnection, *, limit: int, offset: int, since: date | None = None,
    until: date | None = None, site: str | None = None,
) -> tuple[list[dict[str, Any]], int]:
    """One page of articles, newest first, with their event counts, and the total."""
    clauses: list[str] = []
    args: list[Any] = []
    if since:
        clauses.append("a.day >= ?")
        args.append(since)
    if until:
        clauses.append("a.day <= ?")
        args.append(until)
    if site:
        clauses.append("(a.site_domain = ? OR a.site = ?)")
        args += [site, site]
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    total = con.execute(f"SELECT count(*) FROM articles a{where}", args).fetchone()
    cur = con.execute(
        f"SELECT {ARTICLE_LIST_COLUMNS}, "
        "(SELECT count(*) FROM events e WHERE e.doc_id = a.doc_id) AS events "
        f"FROM articles a{where} ORDER BY a.day DESC NULLS LAST, a.first_seen DESC, a.doc_id "
        "LIMIT ? OFFSET ?",
        [*args, limit, offset],
    )
    return _rows(cur), int(total[0]) if total else 0


def article(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, Any] | None:
    """One article with its paragraphs and furniture decoded, or None when absent."""
    cur = con.execute(
        "SELECT doc_id, source, url, title, text, paragraphs, blocks, site, site_domain, authors, "
        "published, published_method, day, language, word_count, furniture, is_article, "
        "confidence, method, canonical_id, dup_kind, dup_score FROM articles WHERE doc_id = ?",
        [doc_id],
    )
    rows = _rows(cur)
    if not rows:
        return None
    row = rows[0]
    for key in ("paragraphs", "blocks", "furniture"):
        value = row.get(key)
        row[key] = json.loads(value) if isinstance(value, str) else (value or [])
    row["authors"] = list(row.get("authors") or [])
    return row


def article_events(con: duckdb.DuckDBPyConnection, doc_id: str) -> list[dict[str, Any]]:
    cur = con.execute(
        f"SELECT {EVENT_COLUMNS} FROM events WHERE doc_id = ? ORDER BY sentence_index, event_id",
        [doc_id],
    )
    return _rows(cur)


def article_mentions(con: duckdb.DuckDBPyConnection, doc_id: str) -> list[dict[str, Any]]:
    cur = con.execute(
        "SELECT text, start_char AS start, end_char AS \"end\", sentence_index, actor_codes, how "
        "FROM mentions WHERE doc_id = ? ORDER BY start_char, mention_idx",
        [doc_id],
    )
    return _rows(cur)


def article_actors(con: duckdb.DuckDBPyConnection, doc_id: str) -> list[dict[str, Any]]:
    """The actors named in one article, most mentioned first."""
    cur = con.execute(
        """SELECT a.code, a.name, a.country, a.role, a.kind, m.n AS mentions FROM
               (SELECT unnest(actor_codes) AS code, count(*) AS n FROM mentions WHERE doc_id = ?
                GROUP BY 1) m
           JOIN actors a USING (code) ORDER BY m.n DESC, a.code""",
        [doc_id],
    )
    return _rows(cur)


def related(con: duckdb.DuckDBPyConnection, doc_id: str, *, limit: int = RELATED_LIMIT) -> list[dict[str, Any]]:
    cur = con.execute(
        """SELECT r.related_id AS doc_id, r.rank, round(r.score, 3) AS score, a.title, a.site,
                  a.published, a.day
           FROM related r JOIN articles a ON a.doc_id = r.related_id
           WHERE r.doc_id = ? ORDER BY r.rank, r.related_id LIMIT ?""",
        [doc_id, limit],
    )
    return _rows(cur)


def article_story(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, Any] | None:
    """The story of the article (a syndicated copy's is its original's), or None."""
    cur = con.execute(
        "SELECT s.story_id, s.title, s.size FROM story_members m JOIN stories s USING (story_id) "
        "WHERE m.doc_id = (SELECT coalesce(canonical_id, doc_id) FROM articles WHERE doc_id = ?) "
        "ORDER BY s.story_id LIMIT 1",
        [doc_id],
    )
    rows = _rows(cur)
    return rows[0] if rows else None


#: Why an article has no related articles, in the words of ``related_note`` (Python and SQL
#: below must agree: the rendered JSON is compared with the assembled one).
RELATED_COPY = "a syndicated copy of {}: its related articles are listed under that original"
RELATED_NONE = ("no other article in the store shares enough words with this one (related articles need a "
                "TF-IDF cosine similarity above 0.05)")
EVENTS_NOT_CODED = "events are coded for English only: this article is in {}, so it has no coded events or actors"


def language_coded(language: str | None) -> bool:
    """Whether articles in ``language`` are event-coded (English, or unknown: tried)."""
    return language is None or language.lower().startswith("en")


def article_notes(art: dict[str, Any]) -> dict[str, Any]:
    """``events_coded``, ``events_note`` and ``related_note`` of an assembled article: what
    an empty event list or related list means."""
    coded = language_coded(art.get("language"))
    related_note = None
    if not art.get("related"):
        related_note = RELATED_COPY.format(art["canonical_id"]) if art.get("canonical_id") else RELATED_NONE
    return {"events_coded": coded, "events_note": None if coded else EVENTS_NOT_CODED.format(art.get("language")),
            "related_note": related_note}


def _sql_text(template: str, expr: str) -> str:
    head, _, tail = template.partition("{}")
    return "'" + head.replace("'", "''") + "' || " + expr + " || '" + tail.replace("'", "''") + "'"


def rendered_articles(
    con: duckdb.DuckDBPyConnection, *, part: int = 0, parts: int = 1
) -> duckdb.DuckDBPyConnection:
    """Every article as the JSON object of ``GET /api/articles/{id}`` (``article`` with
    ``article_events``, ``article_actors``, ``article_mentions``, ``related`` and
    ``article_story`` under ``events``, ``actors``, ``mentions``, ``related``, ``story``),
    built by one set-based query rather than six lookups per article.

    Only the articles with ``hash(doc_id) % parts == part`` are rendered, so a large store is
    done in slices of bounded memory. Returns the cursor: fetch ``(doc_id, json)`` rows in
    batches with ``fetchmany``.
    """
    part, parts = int(part), int(parts)
    if not 0 <= part < parts:
        raise ValueError(f"part {part} is not in 0..{parts - 1}")
    mine = f"hash(doc_id) % {parts} = {part}"
    coded = "(art.language IS NULL OR starts_with(lower(art.language), 'en'))"
    events_note = _sql_text(EVENTS_NOT_CODED, "art.language")
    related_copy = _sql_text(RELATED_COPY, "art.canonical_id")
    related_none = RELATED_NONE.replace("'", "''")
    return con.execute(
        f"""
        WITH ev AS (
            SELECT doc_id, list(e ORDER BY e.sentence_index, e.event_id) AS items
            FROM (SELECT {EVENT_COLUMNS} FROM events WHERE {mine}) e GROUP BY doc_id),
        me AS (
            SELECT doc_id, list({{'text': text, 'start': start_char, 'end': end_char,
                                  'sentence_index': sentence_index, 'actor_codes': actor_codes,
                                  'how': how}} ORDER BY start_char, mention_idx) AS items
            FROM mentions WHERE {mine} GROUP BY doc_id),
        named AS (
            SELECT doc_id, code, count(*) AS n
            FROM (SELECT doc_id, unnest(actor_codes) AS code FROM mentions WHERE {mine})
            GROUP BY doc_id, code),
        ac AS (
            SELECT m.doc_id, list({{'code': a.code, 'name': a.name, 'country': a.country,
                                    'role': a.role, 'kind': a.kind, 'mentions': m.n}}
                                  ORDER BY m.n DESC, a.code) AS items
            FROM named m JOIN actors a USING (code) GROUP BY m.doc_id),
        rel AS (
            SELECT r.doc_id, r.related_id, r.rank, r.score, a.title, a.site, a.published, a.day
            FROM related r JOIN articles a ON a.doc_id = r.related_id
            WHERE hash(r.doc_id) % {parts} = {part}
            QUALIFY row_number() OVER (PARTITION BY r.doc_id ORDER BY r.rank, r.related_id) <= {RELATED_LIMIT}),
        re AS (
            SELECT doc_id, list({{'doc_id': related_id, 'rank': rank, 'score': round(score, 3),
                                  'title': title, 'site': site, 'published': published, 'day': day}}
                                ORDER BY rank, related_id) AS items
            FROM rel GROUP BY doc_id),
        st AS (
            SELECT a.doc_id, arg_min({{'story_id': s.story_id, 'title': s.title, 'size': s.size}}, s.story_id) AS story
            FROM (SELECT doc_id, coalesce(canonical_id, doc_id) AS grp FROM articles WHERE {mine}) a
                 JOIN story_members m ON m.doc_id = a.grp JOIN stories s USING (story_id)
            GROUP BY a.doc_id),
        art AS (
            SELECT doc_id, source, url, title, text, coalesce(paragraphs, '[]'::JSON) AS paragraphs,
                   coalesce(blocks, '[]'::JSON) AS blocks, site, site_domain,
                   coalesce(authors, []::VARCHAR[]) AS authors, published, published_method, day,
                   language, word_count, coalesce(furniture, '[]'::JSON) AS furniture, is_article,
                   confidence, method, canonical_id, dup_kind, dup_score
            FROM articles WHERE {mine})
        SELECT art.doc_id, to_json({{
            'doc_id': art.doc_id, 'source': art.source, 'url': art.url, 'title': art.title,
            'text': art.text, 'paragraphs': art.paragraphs, 'blocks': art.blocks, 'site': art.site,
            'site_domain': art.site_domain, 'authors': art.authors, 'published': art.published,
            'published_method': art.published_method, 'day': art.day, 'language': art.language,
            'word_count': art.word_count, 'furniture': art.furniture, 'is_article': art.is_article,
            'confidence': art.confidence, 'method': art.method, 'canonical_id': art.canonical_id,
            'dup_kind': art.dup_kind, 'dup_score': art.dup_score,
            'events': coalesce(ev.items, []), 'actors': coalesce(ac.items, []),
            'mentions': coalesce(me.items, []), 'related': coalesce(re.items, []), 'story': st.story,
            'events_coded': {coded},
            'events_note': CASE WHEN {coded} THEN NULL ELSE {events_note} END,
            'related_note': CASE WHEN len(coalesce(re.items, [])) > 0 THEN NULL
                                 WHEN art.canonical_id IS NOT NULL THEN {related_copy}
                                 ELSE '{related_none}' END
        }})::VARCHAR AS body
        FROM art LEFT JOIN ev USING (doc_id) LEFT JOIN me USING (doc_id) LEFT JOIN ac USING (doc_id)
             LEFT JOIN re USING (doc_id) LEFT JOIN st USING (doc_id)
        """
    )


def stories(
    con: duckdb.DuckDBPyConnection, *, sort: str = "popular", limit: int, offset: int
) -> tuple[list[dict[str, Any]], int]:
    """Stories, most members first (``popular``) or most recently seen first (``recent``)."""
    order = "size DESC, last_seen DESC NULLS LAST" if sort == "popular" else "last_seen DESC NULLS LAST, size DESC"
    total = con.execute("SELECT count(*) FROM stories").fetchone()
    cur = con.execute(
        "SELECT story_id, title, size, first_seen, last_seen, lead_id FROM stories "
        f"ORDER BY {order}, story_id LIMIT ? OFFSET ?",
        [limit, offset],
    )
    return _rows(cur), int(total[0]) if total else 0


def story(con: duckdb.DuckDBPyConnection, story_id: str) -> dict[str, Any] | None:
    rows = _rows(
        con.execute(
            "SELECT story_id, title, size, first_seen, last_seen, lead_id FROM stories WHERE story_id = ?",
            [story_id],
        )
    )
    if not rows:
        return None
    out = rows[0]
    out["members"] = _rows(
        con.execute(
            """SELECT m.doc_id, round(m.similarity, 3) AS similarity, a.title, a.site, a.url,
                      a.published, a.day
               FROM story_members m JOIN articles a USING (doc_id)
               WHERE m.story_id = ? ORDER BY a.day NULLS LAST, m.doc_id""",
            [story_id],
        )
    )
    return out


def search(
    con: duckdb.DuckDBPyConnection, query: str, *, limit: int, offset: int
) -> tuple[list[dict[str, Any]], int]:
    """Articles whose title or body hold every word of ``query`` (case-insensitive), title
    matches first, then newest; each with a snippet around the first match."""
    terms = _terms(query)
    if not terms:
        return [], 0
    clauses: list[str] = []
    args: list[Any] = []
    for term in terms:
        clauses.append("(title ILIKE ? OR text ILIKE ?)")
        args += [f"%{escape_like(term)}%"] * 2
    where = " WHERE " + " AND ".join(clauses)
    title_hits = " + ".join(["(title ILIKE ?)::INT"] * len(terms))
    title_args = [f"%{escape_like(t)}%" for t in terms]
    total = con.execute(f"SELECT count(*) FROM articles{where}", args).fetchone()
    cur = con.execute(
        f"SELECT doc_id, title, site, url, published, day, "
        f"greatest(instr(lower(text), ?) - 80, 1) AS at, text, {title_hits} AS title_hits "
        f"FROM articles{where} ORDER BY title_hits DESC, day DESC NULLS LAST, doc_id LIMIT ? OFFSET ?",
        [terms[0].lower(), *title_args, *args, limit, offset],
    )
    rows = _rows(cur)
    for row in rows:
        text = row.pop("text") or ""
        at = int(row.pop("at")) - 1
        row["snippet"] = _snippet(text, at)
        row.pop("title_hits", None)
    return rows, int(total[0]) if total else 0


def _snippet(text: str, at: int) -> str:
    snippet = text[at : at + 240]
    return ("…" if at > 0 else "") + " ".join(snippet.split()) + ("…" if at + 240 < len(text) else "")


def search_row(row: dict[str, Any], first_term: str) -> dict[str, Any]:
    """A ``search`` result row from an article row (``doc_id``, ``title``, ``site``, ``url``,
    ``published``, ``day``, ``text``): the text gives way to a snippet around the first
    occurrence of ``first_term``."""
    out = _jsonable({k: v for k, v in row.items() if k != "text"})
    text = row.get("text") or ""
    found = text.lower().find(first_term) if first_term else -1
    out["snippet"] = _snippet(text, max(found - 80, 0))
    return out


def _terms(query: str) -> list[str]:
    return [t for t in re.findall(r"[\w'-]+", query)][:8]


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows per table. ``events`` counts the events of canonical articles, as every listing,
    summary and export does; ``events_including_copies`` adds those of syndicated copies."""
    out = {}
    for table in ("articles", "events", "actors", "stories", "failures"):
        row = con.execute(f"SELECT count(*) FROM {table}").fetchone()
        out[table] = int(row[0]) if row else 0
    out["events_including_copies"] = out["events"]
    row = con.execute("SELECT count(*) FROM events WHERE NOT coalesce(is_duplicate, false)").fetchone()
    out["events"] = int(row[0]) if row else 0
    return out


def event_codes(con: duckdb.DuckDBPyConnection) -> dict[str, Sequence[str]]:
    """The distinct values of the categorical filters, for the dashboard's select boxes."""
    out: dict[str, Sequence[str]] = {}
    for col in ("plover", "modality", "cameo_root"):
        out[col] = [r[0] for r in con.execute(
            f"SELECT DISTINCT {col} FROM events WHERE {col} IS NOT NULL ORDER BY 1"
        ).fetchall()]
    return out


def event_places(con: duckdb.DuckDBPyConnection, f: EventFilter, *, limit: int = 2000) -> dict[str, Any]:
    """Where the events matching ``f`` happen: one row per place with coordinates (``place``,
    ``country``, ``lat``, ``lon``, ``events`` and the count per quad class), busiest first,
    plus how many matching events have no place with coordinates (``unplaced``)."""
    where, args = event_where(f)
    placed = (" AND " if where else " WHERE ") + "place_lat IS NOT NULL AND place_lon IS NOT NULL"
    cur = con.execute(
        f"""SELECT place, place_country AS country, round(place_lat, 4) AS lat, round(place_lon, 4) AS lon,
                   count(*) AS events,
                   count(*) FILTER (WHERE quad_class = 1) AS q1,
                   count(*) FILTER (WHERE quad_class = 2) AS q2,
                   count(*) FILTER (WHERE quad_class = 3) AS q3,
                   count(*) FILTER (WHERE quad_class = 4) AS q4
            FROM events{where}{placed}
            GROUP BY 1, 2, 3, 4 ORDER BY events DESC, place LIMIT ?""",
        [*args, limit],
    )
    rows = _rows(cur)
    total = con.execute(f"SELECT count(*) FROM events{where}", args).fetchone()
    placed_total = sum(int(r["events"]) for r in rows)
    return {"places": rows, "events": int(total[0]) if total else 0,
            "unplaced": max(0, (int(total[0]) if total else 0) - placed_total)}


def alerts(con: duckdb.DuckDBPyConnection, *, limit: int = 50) -> list[dict[str, Any]]:
    """The latest alerts fired (``tidings.alerts``), newest first."""
    from tidings.store.alerts import recent

    return [_jsonable(r) for r in recent(con, limit=limit)]
