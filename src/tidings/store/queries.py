"""Named queries: every SELECT the store answers, in one place.

Each public function takes a DuckDB connection and plain arguments and returns a
``pyarrow.Table``. Filters are bound as parameters, never pasted into SQL. Aggregates and
event listings count canonical articles only (``NOT is_duplicate``) unless
``include_duplicates=True``: a syndicated story is one report, not five.

Actor arguments match a CAMEO code by prefix (``ARM`` matches ``ARMMIL`` and ``ARMGOV``) or
an ISO 3166 alpha-3 country exactly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any

import duckdb
import pyarrow as pa

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def day_range(where: list[str], params: list[Any], since: object | None, until: object | None) -> None:
    """Add "on or after ``since``" and "on or before ``until``" (ISO days, on the ``day``
    column) to a WHERE clause being built."""
    if since:
        where.append("day >= CAST(? AS DATE)")
        params.append(str(since))
    if until:
        where.append("day <= CAST(? AS DATE)")
        params.append(str(until))


def actor_match(side: str) -> str:
    """SQL matching an actor key on one side (``source`` or ``target``); binds the key twice.

    ``RUS`` matches the code ``RUS``, codes starting with it (``RUSGOV``) and the country ``RUS``.
    """
    return f"(starts_with({side}_code, ?) OR {side}_country = ?)"


def escape_like(text: str) -> str:
    """Escape LIKE wildcards so user text matches literally (DuckDB's default escape is \\)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> pa.Table:
    return con.sql(sql, params=params or None).to_arrow_table()


@dataclass(frozen=True)
class EventFilters:
    """Filters of ``events`` (and of the web API's event listings, which page with their own
    limit and offset); every field is optional and they combine with AND."""

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None
    country: str | None = None
    cameo: str | None = None
    plover: str | None = None
    quad: int | None = None
    modality: str | None = None
    min_confidence: float | None = None
    since: dt.date | str | None = None
    until: dt.date | str | None = None
    place: str | None = None
    text: str | None = None
    doc_id: str | None = None
    include_duplicates: bool = False
    limit: int | None = 1000
    newest_first: bool = False

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))


def event_where(f: EventFilters) -> tuple[str, list[Any]]:
    """The ``WHERE`` clause (empty without filters) and its parameters for ``f``: the one
    definition of the event filters, shared by ``events`` and ``tidings.store.views``."""
    where: list[str] = []
    params: list[Any] = []
    if not f.include_duplicates:
        where.append("NOT coalesce(is_duplicate, false)")
    if f.actor:
        a = f.actor.upper()
        where.append(f"({actor_match('source')} OR {actor_match('target')})")
        params += [a, a, a, a]
    if f.source:
        s = f.source.upper()
        where.append(actor_match("source"))
        params += [s, s]
    if f.target:
        t = f.target.upper()
        where.append(actor_match("target"))
        params += [t, t]
    if f.dyad:
        a, b = (x.upper() for x in f.dyad)
        where.append(
            f"(({actor_match('source')} AND {actor_match('target')}) OR "
            f"({actor_match('source')} AND {actor_match('target')}))"
        )
        params += [a, a, b, b, b, b, a, a]
    if f.country:
        c = f.country.upper()
        where.append("(source_country = ? OR target_country = ? OR place_country = ?)")
        params += [c, c, c]
    if f.cameo:
        where.append("starts_with(cameo, ?)")
        params.append(f.cameo)
    if f.plover:
        where.append("upper(plover) = upper(?)")
        params.append(f.plover)
    if f.quad is not None:
        where.append("quad_class = ?")
        params.append(int(f.quad))
    if f.min_confidence is not None:
        where.append("coalesce(confidence, 0) >= ?")
        params.append(float(f.min_confidence))
    if f.modality:
        where.append("modality = ?")
        params.append(f.modality.lower())
    day_range(where, params, f.since, f.until)
    if f.place:
        # The place's name contains the text, or the text is the place's country (``ARM``).
        where.append("(place ILIKE ? OR place_country = ?)")
        params += [f"%{escape_like(f.place)}%", f.place.upper()]
    if f.text:
        where.append("sentence ILIKE ?")
        params.append(f"%{escape_like(f.text)}%")
    if f.doc_id:
        where.append("doc_id = ?")
        params.append(f.doc_id)
    return (" WHERE " + " AND ".join(where)) if where else "", params


def events(con: duckdb.DuckDBPyConnection, filters: EventFilters) -> pa.Table:
    """Coded events matching ``filters``, oldest first (newest first with ``newest_first``,
    so that a limit keeps the latest)."""
    where, params = event_where(filters)
    order = "day DESC NULLS LAST, event_id DESC" if filters.newest_first else "day, event_id"
    sql = f"SELECT * EXCLUDE (is_duplicate) FROM events{where} ORDER BY {order}"
    if filters.limit is not None:
        sql += " LIMIT ?"
        params.append(int(filters.limit))
    return _rows(con, sql, params)


def dyad(
    con: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    *,
    by: str = "day",
    directed: bool = False,
    include_duplicates: bool = False,
) -> pa.Table:
    """Events between ``a`` and ``b`` per ``day`` or ``week``: counts per quad class and the
    mean Goldstein score. Undirected unless ``directed`` (then ``a`` is the source)."""
    if by not in ("day", "week", "month"):
        raise ValueError(f"by must be day, week or month, not {by!r}")
    a, b = a.upper(), b.upper()
    cond = f"({actor_match('source')} AND {actor_match('target')})"
    params: list[Any] = [a, a, b, b]
    if not directed:
        cond = f"({cond} OR ({actor_match('source')} AND {actor_match('target')}))"
        params += [b, b, a, a]
    dup = "" if include_duplicates else "NOT is_duplicate AND "
    sql = f"""
        SELECT CAST(date_trunc('{by}', day) AS DATE) AS period,
               count(*) AS events,
               count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation,
               count(*) FILTER (WHERE quad_class = 2) AS material_cooperation,
               count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
               count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
               round(avg(goldstein), 3) AS mean_goldstein
        FROM events
        WHERE {dup}day IS NOT NULL AND {cond}
        GROUP BY 1 ORDER BY 1"""
    return _rows(con, sql, params)


def articles(
    con: duckdb.DuckDBPyConnection,
    *,
    since: str | None = None,
    until: str | None = None,
    site: str | None = None,
    text: str | None = None,
    include_duplicates: bool = True,
    limit: int | None = 100,
    offset: int = 0,
) -> pa.Table:
    """Articles (newest first) without their bodies: id, title, site, day, words, dedup link."""
    where: list[str] = ["TRUE"]
    params: list[Any] = []
    day_range(where, params, since, until)
    if site:
        where.append("(site ILIKE ? OR site_domain ILIKE ?)")
        params += [f"%{site}%", f"%{site}%"]
    if text:
        where.append("(title ILIKE ? OR text ILIKE ?)")
        params += [f"%{text}%", f"%{text}%"]
    if not include_duplicates:
        where.append("canonical_id IS NULL")
    # The page is cut first and its event counts looked up after: counting for every article
    # before the LIMIT costs a scan of the events per article.
    sql = (
        "WITH page AS (SELECT doc_id, title, site, site_domain, url, source, day, published, language, "
        "word_count, is_article, canonical_id, dup_kind, dup_score "
        f"FROM articles a WHERE {' AND '.join(where)} ORDER BY day DESC, doc_id"
    )
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [int(limit), int(offset)]
    sql += (") SELECT page.*, (SELECT count(*) FROM events e WHERE e.doc_id = page.doc_id) AS events "
            "FROM page ORDER BY day DESC, doc_id")
    return _rows(con, sql, params)


def article(con: duckdb.DuckDBPyConnection, doc_id: str) -> pa.Table:
    """One article with its body and its duplicates' ids (zero rows when unknown)."""
    return _rows(
        con,
        "SELECT a.*, d.fetched_at, d.raw_size, "
        "(SELECT list(c.doc_id ORDER BY c.doc_id) FROM articles c WHERE c.canonical_id = a.doc_id) AS copies "
        "FROM articles a JOIN documents d USING (doc_id) WHERE a.doc_id = ?",
        [doc_id],
    )


def document_raw(con: duckdb.DuckDBPyConnection, doc_id: str) -> pa.Table:
    """The stored raw bytes of a document (compressed) and their codec."""
    return _rows(con, "SELECT doc_id, raw, raw_codec, raw_size FROM documents WHERE doc_id = ?", [doc_id])


def has_document(con: duckdb.DuckDBPyConnection, doc_id: str) -> bool:
    row = con.execute("SELECT count(*) FROM documents WHERE doc_id = ?", [doc_id]).fetchall()[0]
    return bool(row and row[0])


def document_ids(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()}


def canonical_signatures(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, bytes]]:
    """(doc_id, body_hash, minhash) of every canonical article: the dedup state."""
    return [
        (r[0], r[1], bytes(r[2]))
        for r in con.execute(
            "SELECT s.doc_id, a.body_hash, s.minhash FROM signatures s JOIN articles a USING (doc_id) "
            "ORDER BY a.first_seen, s.doc_id"
        ).fetchall()
    ]


def story_input(con: duckdb.DuckDBPyConnection) -> pa.Table:
    """Canonical articles with a body, oldest first, as the story clustering reads them: short
    reports too (they are often the first word of a story), each with what its events are
    about: the pairs of sides (``dyads``, countries where known), ``kinds`` (PLOVER) and
    ``places``."""
    return _rows(
        con,
        """WITH ev AS (
               SELECT doc_id,
                      list(DISTINCT least(s, t) || '|' || greatest(s, t)) FILTER (WHERE t IS NOT NULL AND s <> t) AS dyads,
                      list(DISTINCT upper(plover)) FILTER (WHERE plover IS NOT NULL) AS kinds,
                      list(DISTINCT place) FILTER (WHERE place IS NOT NULL) AS places
               FROM (SELECT doc_id, plover, place, coalesce(source_country, source_code) AS s,
                            coalesce(target_country, target_code) AS t FROM events)
               GROUP BY doc_id)
           SELECT a.doc_id, a.title, a.text, a.day, a.published, coalesce(ev.dyads, []) AS dyads,
                  coalesce(ev.kinds, []) AS kinds, coalesce(ev.places, []) AS places
           FROM articles a LEFT JOIN ev USING (doc_id)
           WHERE a.canonical_id IS NULL AND length(coalesce(a.text, '')) > 0
           ORDER BY a.day, a.published NULLS LAST, a.first_seen, a.doc_id""",
    )


def story_input_count(con: duckdb.DuckDBPyConnection) -> int:
    """How many articles ``story_input`` gives."""
    row = con.execute("SELECT count(*) FROM articles WHERE canonical_id IS NULL AND is_article").fetchall()
    return int(row[0][0]) if row else 0


def stories(
    con: duckdb.DuckDBPyConnection,
    *,
    window_days: int | None = None,
    now: dt.date | str | None = None,
    limit: int | None = 50,
) -> pa.Table:
    """Stories, most popular first: largest within the window, then fastest-growing.

    ``recent`` counts members in the newer half of the window and ``growth`` is
    ``recent`` over the members of the older half (plus one). The window ends at ``now``,
    by default the newest article's day in the store (never the day of the query: a store
    of last year's news has its popular stories of last year). Without a window every
    story counts whole, undated articles included.
    """
    params: list[Any] = []
    if now is None:
        end = "(SELECT max(day) FROM articles)"
    else:
        end = "CAST(? AS DATE)"
        params.append(str(now))
    days = int(window_days) if window_days else 36500
    half = max(days // 2, 1)
    sql = f"""
        WITH bounds AS (SELECT {end} AS end_day),
        m AS (
            SELECT sm.story_id, a.day, sm.doc_id
            FROM story_members sm JOIN articles a USING (doc_id), bounds
            WHERE {"a.day <= bounds.end_day AND a.day > bounds.end_day - " + str(days) if window_days else "TRUE"}
        ),
        agg AS (
            SELECT story_id,
                   count(*) AS in_window,
                   count(*) FILTER (WHERE day > (SELECT end_day FROM bounds) - {half}) AS recent,
                   count(*) FILTER (WHERE day <= (SELECT end_day FROM bounds) - {half}) AS earlier
            FROM m GROUP BY story_id
        )
        SELECT s.story_id, s.title, s.size, agg.in_window, agg.recent,
               round(agg.recent / (agg.earlier + 1.0), 3) AS growth,
               s.first_seen, s.last_seen, s.lead_id,
               (SELECT count(*) FROM events e JOIN story_members sm2 USING (doc_id)
                WHERE sm2.story_id = s.story_id AND NOT e.is_duplicate) AS events
        FROM stories s JOIN agg USING (story_id)
        ORDER BY agg.in_window DESC, growth DESC, s.last_seen DESC, s.story_id"""
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return _rows(con, sql, params)


def story_articles(con: duckdb.DuckDBPyConnection, story_id: str) -> pa.Table:
    return _rows(
        con,
        "SELECT a.doc_id, a.title, a.site, a.day, sm.similarity FROM story_members sm "
        "JOIN articles a USING (doc_id) WHERE sm.story_id = ? ORDER BY a.day, a.doc_id",
        [story_id],
    )


def related(con: duckdb.DuckDBPyConnection, doc_id: str) -> pa.Table:
    """The articles most like ``doc_id`` (a copy is answered for its canonical article)."""
    return _rows(
        con,
        "WITH c AS (SELECT coalesce(canonical_id, doc_id) AS id FROM articles WHERE doc_id = ?) "
        "SELECT r.rank, r.related_id AS doc_id, round(r.score, 4) AS score, a.title, a.site, a.day "
        "FROM related r JOIN c ON r.doc_id = c.id JOIN articles a ON a.doc_id = r.related_id "
        "ORDER BY r.rank",
        [doc_id],
    )


def failures(con: duckdb.DuckDBPyConnection, *, run_id: str | None = None, limit: int | None = None) -> pa.Table:
    sql = "SELECT source, doc_id, stage, code, message, time, run_id FROM failures"
    params: list[Any] = []
    if run_id:
        sql += " WHERE run_id = ?"
        params.append(run_id)
    sql += " ORDER BY time, source"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return _rows(con, sql, params)


def runs(con: duckdb.DuckDBPyConnection) -> pa.Table:
    return _rows(con, "SELECT * FROM runs ORDER BY started_at")


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Row counts of the main tables, plus ``duplicates`` and ``canonical_events``."""
    row = con.execute(
        """SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM articles),
                  (SELECT count(*) FROM articles WHERE canonical_id IS NOT NULL),
                  (SELECT count(*) FROM events), (SELECT count(*) FROM events WHERE NOT is_duplicate),
                  (SELECT count(*) FROM mentions), (SELECT count(*) FROM actors),
                  (SELECT count(*) FROM stories), (SELECT count(*) FROM failures),
                  (SELECT count(*) FROM runs)"""
    ).fetchall()[0]
    names = ("documents", "articles", "duplicates", "events", "canonical_events", "mentions", "actors",
             "stories", "failures", "runs")
    return dict(zip(names, (int(x) for x in (row or (0,) * len(names))), strict=True))


#: (problem, SQL counting the rows that have it): what ``tidings check --db`` verifies.
INTEGRITY_CHECKS: tuple[tuple[str, str], ...] = (
    ("documents with the same doc_id",
     "SELECT count(*) - count(DISTINCT doc_id) FROM documents"),
    ("articles with the same doc_id",
     "SELECT count(*) - count(DISTINCT doc_id) FROM articles"),
    ("events with the same event_id",
     "SELECT count(*) - count(DISTINCT event_id) FROM events"),
    ("mentions with the same (doc_id, mention_idx)",
     "SELECT count(*) - (SELECT count(*) FROM (SELECT DISTINCT doc_id, mention_idx FROM mentions)) FROM mentions"),
    ("articles without their document",
     "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.doc_id = a.doc_id)"),
    ("events without their article",
     "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.doc_id = e.doc_id)"),
    ("mentions without their article",
     "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.doc_id = m.doc_id)"),
    ("story members without their article",
     "SELECT count(*) FROM story_members s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.doc_id = s.doc_id)"),
    ("duplicate links to a missing article",
     ("SELECT count(*) FROM articles a WHERE a.canonical_id IS NOT NULL AND NOT EXISTS "
     "(SELECT 1 FROM articles c WHERE c.doc_id = a.canonical_id)")),
    ("runs left running",
     "SELECT count(*) FROM runs WHERE status = 'running'"),
)


def integrity(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Each ``INTEGRITY_CHECKS`` problem with the number of rows that have it (0 = none)."""
    return {name: int(con.execute(sql).fetchall()[0][0] or 0) for name, sql in INTEGRITY_CHECKS}


# -- exports -------------------------------------------------------------------------------

STORE_TABLES = ("documents", "articles", "mentions", "actors", "events", "signatures", "stories",
                "story_members", "related", "failures", "runs", "migrations")


def whole_table(con: duckdb.DuckDBPyConnection, name: str) -> pa.Table:
    """Every row of one store table (``name`` must be one of ``STORE_TABLES``)."""
    if name not in STORE_TABLES:
        raise ValueError(f"not a store table: {name!r}")
    return _rows(con, f'SELECT * FROM "{name}"')


#: The 61 GDELT 2.0 event columns, in order. Country codes are ISO 3166 alpha-3 everywhere
#: (GDELT's own Geo_CountryCode fields are FIPS 10-4; ours are not).
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{f}" for n in (1, 2) for f in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}_{f}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for f in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)


#: DuckDB types of the GDELT 2.0 event columns (GDELT's own: ids, dates and counts integers,
#: scales and coordinates doubles, codes text).
GDELT_TYPES: dict[str, str] = {
    name: ("BIGINT" if name in ("GLOBALEVENTID", "DATEADDED")
           else "INTEGER" if name in ("SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions",
                                      "NumSources", "NumArticles") or name.endswith("_Type")
           else "DOUBLE" if name in ("FractionDate", "GoldsteinScale", "AvgTone") or name.endswith(("_Lat", "_Long"))
           else "VARCHAR")
    for name in GDELT_COLUMNS
}
#: What the GDELT-column export adds after the 61 columns: the modality (asserted, future,
#: hypothetical, reported, negated), the precision of the date (day, week, month, year),
#: tidings' own event id and, when the store's events carry one, the coder's confidence.
GDELT_EXTRA = ("Modality", "DatePrecision", "EventId", "Confidence")


def event_columns(con: duckdb.DuckDBPyConnection) -> set[str]:
    """The columns of the store's events table (looked up, so that exports follow the schema)."""
    cur = con.execute("SELECT * FROM events LIMIT 0")
    return {d[0] for d in cur.description or ()}


def gdelt_events(
    con: duckdb.DuckDBPyConnection,
    *,
    include_duplicates: bool = False,
    modalities: tuple[str, ...] | None = None,
    extra: bool = True,
) -> pa.Table:
    """Events in GDELT 2.0 layout (``GDELT_COLUMNS``, typed as ``GDELT_TYPES``), then, with
    ``extra``, the ``GDELT_EXTRA`` columns. Only the events of ``modalities`` when given.

    ``GLOBALEVENTID`` is an integer made from the article's id and the event's place in it
    (the first 13 hex digits of the doc id, times 1000, plus the index), so the same event
    keeps its id from one export to the next. Dates keep their precision: ``SQLDATE`` is
    empty unless the event is dated to the day (or week), ``MonthYear`` unless to the month;
    an undated event has all three empty. ``NumArticles`` counts the article and its
    syndicated copies, ``NumSources`` their distinct sites.
    """
    def actor(n: int, side: str) -> str:
        return (f"e.{side}_code AS Actor{n}Code, e.{side}_name AS Actor{n}Name, "
                f"e.{side}_country AS Actor{n}CountryCode, "
                f"CASE WHEN ac{n}.kind = 'igo' THEN e.{side}_code END AS Actor{n}KnownGroupCode, "
                f"NULL AS Actor{n}EthnicCode, NULL AS Actor{n}Religion1Code, "
                f"NULL AS Actor{n}Religion2Code, e.{side}_role AS Actor{n}Type1Code, "
                f"NULL AS Actor{n}Type2Code, NULL AS Actor{n}Type3Code")

    def geo(prefix: str, place: bool) -> str:
        cols = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
        if not place:
            return ", ".join(f"NULL AS {prefix}_{c}" for c in cols)
        return (f"CASE WHEN e.place IS NULL THEN NULL WHEN e.place_lat IS NULL THEN 1 ELSE 4 END AS {prefix}_Type, "
                f"e.place AS {prefix}_FullName, e.place_country AS {prefix}_CountryCode, "
                f"NULL AS {prefix}_ADM1Code, NULL AS {prefix}_ADM2Code, "
                f"e.place_lat AS {prefix}_Lat, e.place_lon AS {prefix}_Long, NULL AS {prefix}_FeatureID")

    where: list[str] = []
    params: list[Any] = []
    if not include_duplicates:
        where.append("NOT coalesce(e.is_duplicate, false)")
    if modalities is not None:
        where.append("list_contains(?, e.modality)")
        params.append(list(modalities))
    has = event_columns(con)
    confidence = "e.confidence" if "confidence" in has else "NULL"
    to_day = "(e.day IS NOT NULL AND coalesce(e.date_precision, 'day') IN ('day', 'week'))"
    to_month = "(e.day IS NOT NULL AND coalesce(e.date_precision, 'day') IN ('day', 'week', 'month'))"
    typed = ", ".join(f'CAST("{c}" AS {t}) AS "{c}"' for c, t in GDELT_TYPES.items())
    if extra:
        typed += (', CAST("Modality" AS VARCHAR) AS "Modality", CAST("DatePrecision" AS VARCHAR) AS "DatePrecision", '
                  '"EventId"' + (', CAST("Confidence" AS DOUBLE) AS "Confidence"' if "confidence" in has else ""))
    sql = f"""
        WITH copies AS (
            SELECT coalesce(canonical_id, doc_id) AS id, count(*) AS n, count(DISTINCT coalesce(site_domain, site, source)) AS s
            FROM articles GROUP BY 1
        ),
        g AS (
        SELECT ('0x' || left(e.doc_id, 13))::BIGINT * 1000
                   + CAST(split_part(e.event_id, '-', -1) AS BIGINT) % 1000 AS GLOBALEVENTID,
               CASE WHEN {to_day} THEN strftime(e.day, '%Y%m%d') END AS SQLDATE,
               CASE WHEN {to_month} THEN strftime(e.day, '%Y%m') END AS MonthYear,
               year(e.day) AS Year,
               CASE WHEN {to_day} THEN round(year(e.day) + (dayofyear(e.day) - 1) / 365.0, 4) END AS FractionDate,
               {actor(1, 'source')}, {actor(2, 'target')},
               CASE WHEN e.sentence_index = 0 THEN 1 ELSE 0 END AS IsRootEvent,
               e.cameo AS EventCode, left(e.cameo, 3) AS EventBaseCode, left(e.cameo, 2) AS EventRootCode,
               e.quad_class AS QuadClass, e.goldstein AS GoldsteinScale,
               coalesce(c.n, 1) AS NumMentions, coalesce(c.s, 1) AS NumSources, coalesce(c.n, 1) AS NumArticles,
               NULL AS AvgTone,
               {geo('Actor1Geo', False)}, {geo('Actor2Geo', False)}, {geo('ActionGeo', True)},
               strftime(a.first_seen, '%Y%m%d%H%M%S') AS DATEADDED,
               coalesce(a.url, a.source) AS SOURCEURL,
               e.modality AS Modality,
               CASE WHEN e.day IS NOT NULL THEN coalesce(e.date_precision, 'day') END AS DatePrecision,
               e.event_id AS EventId, {confidence} AS Confidence,
               e.day AS _day
        FROM events e
        JOIN articles a ON a.doc_id = e.doc_id
        LEFT JOIN copies c ON c.id = e.doc_id
        LEFT JOIN actors ac1 ON ac1.code = e.source_code
        LEFT JOIN actors ac2 ON ac2.code = e.target_code
        {("WHERE " + " AND ".join(where)) if where else ""})
        SELECT {typed} FROM g ORDER BY _day NULLS LAST, EventId"""
    return _rows(con, sql, params)


def plover_events(con: duckdb.DuckDBPyConnection, *, include_duplicates: bool = False) -> pa.Table:
    """The columns of the PLOVER export, one row per event (``confidence`` only when the
    store's events carry one)."""
    dup = "" if include_duplicates else "WHERE NOT coalesce(e.is_duplicate, false)"
    confidence = ", e.confidence" if "confidence" in event_columns(con) else ""
    return _rows(con, f"""
        SELECT e.event_id, e.day, e.date, e.date_precision, e.plover, e.cameo, e.quad_class, e.goldstein,
               e.modality, e.source_code, e.source_name, e.source_country, e.source_role, e.source_text,
               e.target_code, e.target_name, e.target_country, e.target_role, e.target_text,
               e.place, e.place_country, e.place_lat, e.place_lon, e.sentence, e.trigger{confidence},
               e.doc_id, a.url, a.title, a.site, a.published
        FROM events e JOIN articles a ON a.doc_id = e.doc_id {dup}
        ORDER BY e.day NULLS LAST, e.event_id""")
