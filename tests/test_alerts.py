"""Alert rules (``tidings.alerts``): parsed from tidings.toml, evaluated on a real DuckDB
store, fired once, delivered to a webhook on 127.0.0.1, and a watched feed that keeps
failing raises one."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import WebhookReceiver, free_port, serving
from test_feeds import closed_port_url, rss, story
from typer.testing import CliRunner

from tidings.alerts import atom, run_alerts
from tidings.cli import app
from tidings.config import AlertRule, AlertSettings, load_settings
from tidings.errors import ConfigError
from tidings.store import Store
from tidings.store.alerts import recent

EVENT_COLUMNS = ("event_id", "doc_id", "day", "is_duplicate", "source_code", "target_code", "source_country",
                 "target_country", "plover", "cameo", "quad_class", "goldstein", "sentence")


def _events(store: Store, rows: list[tuple[Any, ...]]) -> None:
    cols = ", ".join(EVENT_COLUMNS)
    marks = ", ".join("?" * len(EVENT_COLUMNS))
    for row in rows:
        store.con.execute(f"INSERT INTO events ({cols}) VALUES ({marks})", list(row))


def ev(i: int, day: str, s: str, t: str, plover: str, gold: float, dup: bool = False) -> tuple[Any, ...]:
    quad = 4 if gold <= -5 else 3 if gold < 0 else 1
    return (f"d{i:015d}-0000", f"d{i:015d}", day, dup, s, t, s[:3], t[:3], plover, "190", quad, gold,
            f"sentence {i}")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "alerts.duckdb") as s:
        yield s


@pytest.fixture
def hook() -> Iterator[WebhookReceiver]:
    h = WebhookReceiver()
    yield h
    h.close()


def test_config_reads_alert_rules(tmp_path: Path) -> None:
    toml = tmp_path / "tidings.toml"
    toml.write_text('[alerts]\nwebhook = "http://127.0.0.1:1/x"\n\n[[alerts.rules]]\nkind = "goldstein_below"\n'
                    'dyad = "ARM-AZE"\nthreshold = -3\nwindow_days = 5\n\n[[alerts.rules]]\nkind = "feed_failing"\n'
                    'failures = 2\n', encoding="utf-8")
    got = load_settings(toml, environ={}).alerts
    assert got.webhook == "http://127.0.0.1:1/x"
    assert got.rules == (AlertRule(kind="goldstein_below", dyad="ARM-AZE", threshold=-3.0, window_days=5),
                         AlertRule(kind="feed_failing", failures=2))


@pytest.mark.parametrize(("rule", "message"), [
    ('kind = "dyad_turns_sour"', "unknown kind 'dyad_turns_sour'; accepted: goldstein_below"),
    ('kind = "first_assault"\nthreshold = 2', "unknown key 'threshold' for a first_assault rule; accepted: name, kind, dyad"),
    ('kind = "goldstein_below"', "a goldstein_below rule needs a dyad"),
    ('kind = "first_assault"\ndyad = "ARM"', "give two actor codes like ARM-AZE"),
])
def test_config_bad_alert_rule_is_named(tmp_path: Path, rule: str, message: str) -> None:
    toml = tmp_path / "tidings.toml"
    toml.write_text(f"[[alerts.rules]]\n{rule}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_settings(toml, environ={})
    assert str(toml) in str(info.value) and "alerts.rules[1]" in str(info.value)
    assert message in str(info.value)


def test_goldstein_rule_fires_when_the_mean_crosses_and_only_once(store: Store) -> None:
    _events(store, [
        ev(1, "2024-03-01", "ARMGOV", "AZEGOV", "AGREE", 4.0),
        ev(2, "2024-03-04", "AZEMIL", "ARMMIL", "ASSAULT", -10.0),
        ev(3, "2024-03-05", "ARMGOV", "AZEGOV", "ACCUSE", -2.0),
        ev(4, "2024-03-20", "ARMGOV", "AZEGOV", "AGREE", 4.0),
        ev(5, "2024-03-25", "AZEMIL", "ARMMIL", "ASSAULT", -10.0),
        ev(6, "2024-03-25", "AZEMIL", "ARMMIL", "ASSAULT", -10.0, dup=True),  # a copy's: not counted
    ])
    rules = AlertSettings(rules=(AlertRule(kind="goldstein_below", dyad="AZE-ARM", threshold=-2.0, window_days=3),))
    new, error = run_alerts(store.con, rules)
    assert error is None
    # Below on 03-04 (-10), still below on 03-05 (-6): one alert; above on 03-20, below again on 03-25.
    assert [(a.day.isoformat() if a.day else None, a.detail["events"]) for a in new] == [("2024-03-04", 1),
                                                                                         ("2024-03-25", 1)]
    assert new[0].title == "AZE–ARM: mean Goldstein -10.0, below -2.0"
    assert run_alerts(store.con, rules) == ([], None)  # nothing new the second time
    assert len(recent(store.con)) == 2


def test_first_assault_rule_and_webhook(store: Store, hook: WebhookReceiver) -> None:
    _events(store, [
        ev(1, "2024-03-02", "RUSMIL", "UKR", "ASSAULT", -10.0),
        ev(2, "2024-03-01", "RUSMIL", "UKRMIL", "ASSAULT", -10.0),
        ev(3, "2024-02-01", "UKRGOV", "RUSGOV", "ACCUSE", -2.0),
        ev(4, "2024-03-03", "AZEMIL", "ARMMIL", "ASSAULT", -10.0),
    ])
    settings = AlertSettings(webhook=hook.url, rules=(AlertRule(name="war", kind="first_assault"),))
    new, error = run_alerts(store.con, settings)
    assert error is None
    assert [(a.title, a.detail["event_id"]) for a in new] == [
        ("First ASSAULT between RUS and UKR", "d000000000000002-0000"),
        ("First ASSAULT between ARM and AZE", "d000000000000004-0000"),
    ]
    assert [[a["title"] for a in body["alerts"]] for body in hook.bodies] == [[a.title for a in new]]
    assert all(r["delivered_at"] is not None and r["delivery_error"] is None for r in recent(store.con))
    feed = ET.fromstring(atom(recent(store.con), base_url="http://127.0.0.1:8000"))
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == 2
    links = {e.find("{http://www.w3.org/2005/Atom}link").get("href") for e in entries}  # type: ignore[union-attr]
    assert links == {"http://127.0.0.1:8000/articles/d000000000000002", "http://127.0.0.1:8000/articles/d000000000000004"}


def test_webhook_that_refuses_is_recorded_and_does_not_fail_the_run(store: Store) -> None:
    refusing = WebhookReceiver(status=500)
    try:
        _events(store, [ev(1, "2024-03-01", "RUSMIL", "UKR", "ASSAULT", -10.0)])
        new, error = run_alerts(store.con, AlertSettings(webhook=refusing.url, rules=(AlertRule(kind="first_assault"),)))
    finally:
        refusing.close()
    assert len(new) == 1 and error == "the webhook answered 500"
    assert recent(store.con)[0]["delivery_error"] == "the webhook answered 500"


def test_watch_raises_an_alert_for_a_feed_that_keeps_failing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            hook: WebhookReceiver) -> None:
    down = closed_port_url()
    (tmp_path / "tidings.toml").write_text(
        f'[alerts]\nwebhook = "{hook.url}"\n\n[[alerts.rules]]\nkind = "feed_failing"\nfailures = 2\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "watch.duckdb"
    result = CliRunner().invoke(app, ["watch", down, "--db", str(db), "--max-polls", "3", "--interval", "0"])
    assert result.exit_code == 0, result.output
    assert f"alert: Feed failing: {down}" in result.output
    with Store(db, read_only=True) as store:
        rows = recent(store.con)
    assert len(rows) == 1 and rows[0]["detail"]["failures"] == 2  # fired on the second failed poll, once
    assert [a["kind"] for body in hook.bodies for a in body["alerts"]] == ["feed_failing"]


def test_serve_watch_ingests_feeds_and_alerts_while_serving(http_server: Any, tmp_path: Path) -> None:
    import time

    import httpx

    from tidings.api import create_app
    from tidings.api.settings import WebSettings
    from tidings.config import Settings

    page = http_server.unique("watched-ship.html")
    url = http_server.add(page, story(41, http_server.url(page)))
    feed = http_server.add(http_server.unique("watched.xml"), rss([("Ship 41", url, "")]))
    down = closed_port_url()
    db = tmp_path / "watched.duckdb"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    settings = Settings(alerts=AlertSettings(rules=(AlertRule(kind="feed_failing", failures=2),)))
    app_ = create_app(settings, web=WebSettings(db=str(db), url=base, watch=(feed, down), watch_interval=0.2))
    with serving(app_, port):
        deadline = time.monotonic() + 120
        alerts: list[Any] = []
        articles = 0
        while time.monotonic() < deadline and not (articles and alerts):
            time.sleep(0.3)
            articles = httpx.get(f"{base}/api/counts").json()["articles"]
            alerts = httpx.get(f"{base}/api/alerts").json()["items"]
        assert articles == 1
        assert [(a["kind"], a["detail"]["feed"]) for a in alerts] == [("feed_failing", down)]
        # The server holds the store; a second writer is told so.
        import subprocess
        import sys

        tidings = Path(sys.executable).parent / "tidings"
        result = subprocess.run([str(tidings), "ingest", str(tmp_path / "none"), "--db", str(db)],
                                capture_output=True, text=True, timeout=120, check=False)
        assert result.returncode == 1 and "tidings serve --watch" in result.stderr, result.stderr
        # The server did not take pages through its API: it has no token.
        refused = httpx.post(f"{base}/api/documents", json={"text": "Some title\n\nSome words."})
        assert refused.status_code in (401, 403)


def test_new_actor_rule_skips_the_first_load_and_fires_once(store: Store) -> None:
    for doc, run, when in ((1, "r1", "2024-03-01 10:00"), (2, "r1", "2024-03-01 10:01"), (3, "r2", "2024-03-09 08:00")):
        store.con.execute("INSERT INTO documents (doc_id, first_seen, run_id) VALUES (?, ?, ?)",
                          [f"d{doc:015d}", when, run])
    _events(store, [
        ev(1, "2024-03-01", "ARMGOV", "AZEGOV", "AGREE", 4.0),
        ev(2, "2024-03-01", "RUSGOV", "ARMGOV", "ACCUSE", -2.0),
        ev(3, "2024-03-08", "GEOGOV", "ARMGOV", "CONSULT", 1.0),
    ])
    new, _ = run_alerts(store.con, AlertSettings(rules=(AlertRule(kind="new_actor"),)))
    assert [(a.title, a.link) for a in new] == [("New actor: GEOGOV", "/actor/GEOGOV")]
    assert run_alerts(store.con, AlertSettings(rules=(AlertRule(kind="new_actor"),))) == ([], None)
    only_rus = AlertSettings(rules=(AlertRule(name="russia", kind="new_actor", actor="rus"),))
    assert run_alerts(store.con, only_rus) == ([], None)  # RUSGOV came with the first load
