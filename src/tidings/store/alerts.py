"""The SQL of alerts (``tidings.alerts``): what the rules read, and the ``alerts`` and
``feed_health`` tables they write."""

from __future__ import annotations

import json
from typing import Any

import duckdb

from tidings.store.queries import EventFilters, event_where
from tidings.store.schema import execute

ALERT_COLUMNS = "alert_id, rule, kind, title, message, day, link, detail, created_at, delivered_at, delivery_error"


def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    cols = [d[0] for d in cur.description or ()]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def first_assaults(con: duckdb.DuckDBPyConnection, dyad: tuple[str, str] | None) -> list[dict[str, Any]]:
    """The earliest ASSAULT event of each pair of sides (countries where known, else codes),
    canonical articles only; only the pair ``dyad`` when given."""
    where, args = event_where(EventFilters(dyad=dyad, plover="ASSAULT", limit=None))
    cur = con.execute(
        f"""WITH e AS (
                SELECT *, coalesce(source_country, source_code) AS s, coalesce(target_country, target_code) AS t
                FROM events{where} AND target_code IS NOT NULL)
            SELECT least(s, t) AS a, greatest(s, t) AS b,
                   arg_min(event_id, (day, event_id)) AS event_id, min(day) AS day
            FROM e WHERE s <> t GROUP BY 1, 2 ORDER BY day, a, b""",
        args,
    )
    rows = _dicts(cur)
    for row in rows:
        ev = con.execute(
            "SELECT e.source_code, e.target_code, e.cameo, e.sentence, e.doc_id, a.title FROM events e "
            "LEFT JOIN articles a USING (doc_id) WHERE e.event_id = ?", [row["event_id"]],
        ).fetchone()
        if ev:
            row.update(zip(("source_code", "target_code", "cameo", "sentence", "doc_id", "title"), ev, strict=True))
    return rows


def insert_new(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Store the alerts not stored yet (by ``alert_id``) in one transaction; returns them."""
    if not rows:
        return []
    ids = [r["alert_id"] for r in rows]
    have = {r[0] for r in con.execute(
        "SELECT alert_id FROM alerts WHERE list_contains(?, alert_id)", [ids]).fetchall()}
    new = [r for r in rows if r["alert_id"] not in have]
    if not new:
        return []
    execute(con, "BEGIN TRANSACTION")
    try:
        for r in new:
            execute(con, "INSERT INTO alerts (alert_id, rule, kind, title, message, day, link, detail, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, now())",
                    [r["alert_id"], r["rule"], r["kind"], r["title"], r["message"], r["day"], r["link"],
                     json.dumps(r.get("detail") or {})])
        execute(con, "COMMIT")
    except duckdb.Error:
        execute(con, "ROLLBACK")
        raise
    return new


def mark_delivered(con: duckdb.DuckDBPyConnection, ids: list[str], error: str | None) -> None:
    execute(con, "UPDATE alerts SET delivered_at = now(), delivery_error = ? WHERE list_contains(?, alert_id)",
            [error, ids])


def recent(con: duckdb.DuckDBPyConnection, *, limit: int = 50) -> list[dict[str, Any]]:
    """The latest alerts, newest first."""
    cur = con.execute(f"SELECT {ALERT_COLUMNS} FROM alerts ORDER BY created_at DESC, day DESC NULLS LAST, "
                      "alert_id LIMIT ?", [limit])
    rows = _dicts(cur)
    for row in rows:
        if isinstance(row.get("detail"), str):
            row["detail"] = json.loads(row["detail"])
    return rows


def record_poll(con: duckdb.DuckDBPyConnection, feed: str, *, error: str | None) -> int:
    """Note one poll of ``feed``; returns its failed polls in a row (0 after a good one)."""
    if error is None:
        execute(con, "INSERT INTO feed_health VALUES (?, 0, NULL, now(), now()) ON CONFLICT (feed) DO UPDATE "
                     "SET failures = 0, last_error = NULL, last_poll = now(), last_ok = now()", [feed])
        return 0
    execute(con, "INSERT INTO feed_health VALUES (?, 1, ?, now(), NULL) ON CONFLICT (feed) DO UPDATE "
                 "SET failures = feed_health.failures + 1, last_error = excluded.last_error, last_poll = now()",
            [feed, error])
    row = con.execute("SELECT failures FROM feed_health WHERE feed = ?", [feed]).fetchone()
    return int(row[0]) if row else 0


def failing_feeds(con: duckdb.DuckDBPyConnection, *, at_least: int, feed: str | None) -> list[dict[str, Any]]:
    where = "failures >= ?" + (" AND feed = ?" if feed else "")
    args: list[Any] = [at_least, *([feed] if feed else [])]
    return _dicts(con.execute(f"SELECT feed, failures, last_error, last_poll, last_ok FROM feed_health "
                              f"WHERE {where} ORDER BY feed", args))


def new_actors(con: duckdb.DuckDBPyConnection, *, prefix: str | None) -> list[dict[str, Any]]:
    """Actors whose first event came in a later run than the store's first one (an actor
    of the first load is not news), with that event; codes starting with ``prefix`` only."""
    cur = con.execute(
        """WITH sides AS (
               SELECT source_code AS code, event_id, doc_id FROM events WHERE NOT coalesce(is_duplicate, false)
               UNION ALL
               SELECT target_code, event_id, doc_id FROM events
               WHERE target_code IS NOT NULL AND NOT coalesce(is_duplicate, false)),
           firsts AS (
               SELECT s.code, arg_min(s.event_id, (d.first_seen, s.event_id)) AS event_id,
                      arg_min(d.run_id, (d.first_seen, s.event_id)) AS run_id
               FROM sides s JOIN documents d USING (doc_id)
               WHERE ? IS NULL OR starts_with(s.code, ?)
               GROUP BY s.code),
           first_run AS (SELECT arg_min(run_id, first_seen) AS run_id FROM documents)
           SELECT f.code, f.event_id, e.day, e.sentence, e.doc_id, a.title, ac.name
           FROM firsts f JOIN events e USING (event_id) LEFT JOIN articles a ON a.doc_id = e.doc_id
                LEFT JOIN actors ac ON ac.code = f.code, first_run
           WHERE f.run_id IS DISTINCT FROM first_run.run_id
           ORDER BY e.day, f.code""",
        [prefix, prefix],
    )
    return _dicts(cur)
