"""Alerts: rules a user writes in ``tidings.toml``, evaluated after every ingest run (``tidings
ingest``, ``tidings watch``, a page posted to the server), delivered to the dashboard, to an
Atom feed (``/alerts.atom``) and, when configured, to a webhook.

::

    [alerts]
    webhook = "http://127.0.0.1:9000/hook"      # optional: POST {"alerts": [...]} as JSON

    [[alerts.rules]]
    kind = "goldstein_below"    # the dyad's mean Goldstein over window_days drops below threshold
    dyad = "ARM-AZE"
    threshold = -2.0
    window_days = 7

    [[alerts.rules]]
    kind = "first_assault"      # the first ASSAULT event between two sides (dyad optional)
    dyad = "ARM-AZE"

    [[alerts.rules]]
    kind = "feed_failing"       # a watched feed failed this many polls in a row
    failures = 3

    [[alerts.rules]]
    kind = "new_actor"          # an actor first seen after the store's first run (actor: a prefix)

An alert fires once: its id is derived from the rule and what it is about (the day the mean
crossed the threshold, the pair, the feed's run of failures), and the store keeps every alert
fired, so evaluating again after the next run adds only what is new.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

import duckdb
import httpx

from tidings.config import AlertRule, AlertSettings
from tidings.errors import StoreError
from tidings.store import alerts as sql
from tidings.store import views


@dataclass(frozen=True)
class Alert:
    """One alert: what fired (``rule``, ``kind``), about what (``title``, ``message``, the
    ``day`` of the events, a dashboard ``link``) and the figures behind it (``detail``)."""

    alert_id: str
    rule: str
    kind: str
    title: str
    message: str
    day: dt.date | None
    link: str
    detail: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"alert_id": self.alert_id, "rule": self.rule, "kind": self.kind, "title": self.title,
                "message": self.message, "day": self.day.isoformat() if self.day else None, "link": self.link,
                "detail": self.detail}


def _id(*parts: object) -> str:
    return "a" + hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:15]


def _pair(dyad: str) -> tuple[str, str]:
    a, b = (p.strip().upper() for p in dyad.replace(",", "-").split("-") if p.strip())
    return a, b


def goldstein_below(con: duckdb.DuckDBPyConnection, rule: AlertRule) -> list[Alert]:
    """Each day on which the dyad's mean Goldstein over the trailing ``window_days`` drops
    below ``threshold`` (it was not below on the dyad's previous day with events)."""
    a, b = _pair(rule.dyad)
    days = views.dyad_days(con, a, b)
    out: list[Alert] = []
    below_before = False
    for i, (day, *_counts, _gsum, _gcount) in enumerate(days):
        start = day - dt.timedelta(days=rule.window_days - 1)
        window = [d for d in days[: i + 1] if d[0] >= start]
        gsum, gcount = sum(d[6] for d in window), sum(d[7] for d in window)
        if not gcount:
            continue
        mean = gsum / gcount
        below = mean < rule.threshold
        if below and not below_before:
            out.append(Alert(
                _id(rule.label, "goldstein_below", a, b, day), rule.label, rule.kind,
                f"{a}–{b}: mean Goldstein {mean:+.1f}, below {rule.threshold:+.1f}",
                f"Events between {a} and {b} over the {rule.window_days} days to {day.isoformat()} have a mean "
                f"Goldstein score of {mean:+.2f} ({gcount} events), below the rule's {rule.threshold:+.1f}.",
                day, f"/dyad/{a}/{b}?by=day",
                {"a": a, "b": b, "mean": round(mean, 2), "events": gcount, "window_days": rule.window_days,
                 "threshold": rule.threshold},
            ))
        below_before = below
    return out


def first_assault(con: duckdb.DuckDBPyConnection, rule: AlertRule) -> list[Alert]:
    """The first ASSAULT event between the two sides of each pair (or of the rule's dyad)."""
    out = []
    for row in sql.first_assaults(con, _pair(rule.dyad) if rule.dyad else None):
        a, b = row["a"], row["b"]
        out.append(Alert(
            _id(rule.label, "first_assault", a, b), rule.label, rule.kind,
            f"First ASSAULT between {a} and {b}",
            f"{row.get('source_code')} → {row.get('target_code')} (CAMEO {row.get('cameo')}) on "
            f"{row['day']}: “{row.get('sentence') or ''}” in “{row.get('title') or row.get('doc_id')}”.",
            row["day"], f"/articles/{row.get('doc_id')}",
            {"a": a, "b": b, "event_id": row["event_id"], "doc_id": row.get("doc_id")},
        ))
    return out


def feed_failing(con: duckdb.DuckDBPyConnection, rule: AlertRule) -> list[Alert]:
    """A watched feed whose last ``failures`` polls or more all failed (once per run of failures)."""
    out = []
    for row in sql.failing_feeds(con, at_least=rule.failures, feed=rule.feed or None):
        since = row.get("last_ok") or "never"
        out.append(Alert(
            _id(rule.label, "feed_failing", row["feed"], since), rule.label, rule.kind,
            f"Feed failing: {row['feed']}",
            f"{row['feed']} failed {row['failures']} polls in a row (last error: {row.get('last_error')}); "
            f"last good poll: {since}.",
            None, "/alerts", {"feed": row["feed"], "failures": row["failures"], "last_error": row.get("last_error")},
        ))
    return out


def new_actor(con: duckdb.DuckDBPyConnection, rule: AlertRule) -> list[Alert]:
    """An actor seen for the first time, in a run after the store's first one."""
    out = []
    for row in sql.new_actors(con, prefix=rule.actor.upper() or None):
        code = row["code"]
        out.append(Alert(
            _id(rule.label, "new_actor", code), rule.label, rule.kind,
            f"New actor: {code}" + (f" ({row['name']})" if row.get("name") else ""),
            f"{code} appears for the first time, on {row['day']}: “{row.get('sentence') or ''}” in "
            f"“{row.get('title') or row.get('doc_id')}”.",
            row["day"], f"/actor/{code}", {"code": code, "event_id": row["event_id"], "doc_id": row.get("doc_id")},
        ))
    return out


RULES = {"goldstein_below": goldstein_below, "first_assault": first_assault, "feed_failing": feed_failing,
         "new_actor": new_actor}


def evaluate(con: duckdb.DuckDBPyConnection, settings: AlertSettings) -> list[Alert]:
    """Every alert the rules find in the store now, fired before or not."""
    found: list[Alert] = []
    for rule in settings.rules:
        found.extend(RULES[rule.kind](con, rule))
    return found


def deliver(alerts: list[Alert], settings: AlertSettings) -> str | None:
    """POST ``{"alerts": [...]}`` to the webhook; returns the error, or None when it took them."""
    if not settings.webhook or not alerts:
        return None
    try:
        resp = httpx.post(settings.webhook, json={"alerts": [a.to_dict() for a in alerts]},
                          timeout=settings.webhook_timeout, follow_redirects=False)
    except httpx.HTTPError as exc:
        return f"{type(exc).__name__}: {exc}"
    if resp.status_code >= 300:
        return f"the webhook answered {resp.status_code}"
    return None


def run_alerts(con: duckdb.DuckDBPyConnection, settings: AlertSettings) -> tuple[list[Alert], str | None]:
    """Evaluate the rules, store the alerts that are new and send them to the webhook.
    Returns the new alerts and the webhook's error (None when it took them or there is none).

    Raises:
        StoreError: ``store.alerts`` when the store could not be read or written.
    """
    if not settings.rules:
        return [], None
    try:
        found = {a.alert_id: a for a in evaluate(con, settings)}
        new_rows = sql.insert_new(con, [{**a.to_dict(), "day": a.day} for a in found.values()])
        new = [found[r["alert_id"]] for r in new_rows]
        error = deliver(new, settings)
        if new and settings.webhook:
            sql.mark_delivered(con, [a.alert_id for a in new], error)
    except duckdb.Error as exc:
        raise StoreError(f"evaluating the alert rules failed: {exc}", code="store.alerts") from exc
    return new, error


def atom(rows: list[dict[str, Any]], *, base_url: str, updated: dt.datetime | None = None) -> str:
    """The Atom feed of alerts (``rows`` from ``tidings.store.alerts.recent``)."""
    base = base_url.rstrip("/")
    stamp = (updated or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")

    def when(value: Any) -> str:
        return value.strftime("%Y-%m-%dT%H:%M:%SZ") if isinstance(value, dt.datetime) else stamp

    def attr(value: str) -> str:
        return escape(value, {'"': "&quot;"})

    entries = []
    for r in rows:
        entries.append(
            "<entry>"
            f"<id>urn:tidings:alert:{escape(str(r['alert_id']))}</id>"
            f"<title>{escape(str(r['title']))}</title>"
            f"<updated>{when(r.get('created_at'))}</updated>"
            f"<link rel=\"alternate\" href=\"{attr(base + str(r.get('link') or '/alerts'))}\"/>"
            f"<category term=\"{attr(str(r['kind']))}\" label=\"{attr(str(r['rule']))}\"/>"
            f"<summary>{escape(str(r['message']))}</summary>"
            "</entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>tidings alerts</title>"
        "<author><name>tidings</name></author>"
        f"<id>urn:tidings:alerts:{escape(base)}</id>"
        f"<updated>{when(rows[0].get('created_at')) if rows else stamp}</updated>"
        f'<link rel="self" href="{escape(base)}/alerts.atom"/>'
        f'<link rel="alternate" href="{escape(base)}/alerts"/>'
        + "".join(entries)
        + "</feed>\n"
    )
