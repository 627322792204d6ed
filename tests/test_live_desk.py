"""The live desk (issue 12): the dashboard keeps serving while pages arrive, the map, the
alerts, the stories that form on the examples and the offline API docs.

One module-wide set-up: the shipped examples are ingested by the real CLI (spaCy, DuckDB)
with alert rules in a tidings.toml that post to a webhook on 127.0.0.1; a writable server
then serves that store on 127.0.0.1 and one headless Chromium visits it. Every request the
browser makes is recorded so the tests can show that none leaves 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import WebhookReceiver, free_port, serving

pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
ARTIFACTS = ROOT / "test-artifacts"
TIDINGS = Path(sys.executable).parent / "tidings"
TOKEN = "desk-test-token"
ATOM = "{http://www.w3.org/2005/Atom}"

RULES = """
[alerts]
webhook = "{hook}"

[[alerts.rules]]
name = "Armenia-Azerbaijan turns violent"
kind = "goldstein_below"
dyad = "ARM-AZE"
threshold = -2.0
window_days = 3

[[alerts.rules]]
name = "first assault"
kind = "first_assault"
dyad = "ARM-AZE"
"""

NEW_PAGE = (
    "Georgia offers to host talks between Armenia and Azerbaijan in Tbilisi\n\n"
    "Georgian Prime Minister Irakli Kobakhidze offered on Sunday to host talks between Armenia and "
    "Azerbaijan in Tbilisi, his office said.\n\n"
    "Armenia welcomed the offer, and Azerbaijan said it would consider it before the next round.\n\n"
    "Diplomats said the two governments had not met since the summit in Brussels.\n"
)


class Desk:
    def __init__(self, db: Path, base: str, ingest_stderr: str, ingest_code: int, hook: WebhookReceiver) -> None:
        self.db, self.base, self.ingest_stderr, self.ingest_code, self.hook = db, base, ingest_stderr, ingest_code, hook


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    from typer.testing import CliRunner

    from tidings.api import create_app
    from tidings.api.settings import WebSettings
    from tidings.cli import app as cli
    from tidings.config import load_settings

    hook = WebhookReceiver()
    home = tmp_path_factory.mktemp("desk")
    toml = home / "tidings.toml"
    toml.write_text(RULES.format(hook=hook.url), encoding="utf-8")
    db = home / "desk.duckdb"
    before = Path.cwd()
    os.chdir(home)  # tidings.toml is read from the working folder
    try:
        result = CliRunner().invoke(cli, ["ingest", str(EXAMPLES), "--db", str(db)])
    finally:
        os.chdir(before)
    settings = load_settings(toml, overrides={"store": {"path": str(db)}})
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    app = create_app(settings, web=WebSettings(db=str(db), token=TOKEN, url=base))
    with serving(app, port):
        yield Desk(db, base, result.stderr, result.exit_code, hook)
    hook.close()


class Tab:
    """A page that records every request it makes and every console error."""

    def __init__(self, browser: Any) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.context.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))

    def offsite(self, base: str) -> list[str]:
        return [u for u in self.requests if not (u.startswith((base + "/", "data:")) or u == base)]

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.fixture
def tab(browser: Any) -> Iterator[Tab]:
    t = Tab(browser)
    yield t
    t.context.close()


def _events(base: str, **params: Any) -> list[dict[str, Any]]:
    resp = httpx.get(f"{base}/api/events", params={"limit": 1000, **params})
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["total"] == len(body["items"])
    return list(body["items"])


# ---- 1. one writer, many readers, no restarts ---------------------------------------------------


def test_ingest_while_the_dashboard_serves(desk: Desk, tab: Tab, tmp_path: Path) -> None:
    page = tmp_path / "tbilisi-offer.txt"
    page.write_text(NEW_PAGE, encoding="utf-8")
    title = NEW_PAGE.splitlines()[0]
    tab.page.goto(f"{desk.base}/articles")
    rows_before = tab.page.locator("table tbody tr, ol li, ul li").count()
    assert title not in tab.page.content()

    # A second writer that opens the file is told what holds it and what to do, in one line.
    env = {**os.environ, "TIDINGS_TOKEN": TOKEN}
    direct = subprocess.run([str(TIDINGS), "ingest", str(page), "--db", str(desk.db)],
                            capture_output=True, text=True, env=env, timeout=120, check=False)
    assert direct.returncode == 1
    assert "tidings serve" in direct.stderr and f"--server {desk.base}" in direct.stderr
    assert "Traceback" not in direct.stderr

    # The pages go to the running server instead: it writes them while it keeps serving.
    sent = subprocess.run([str(TIDINGS), "ingest", str(page), "--server", desk.base],
                          capture_output=True, text=True, env=env, timeout=300, check=False)
    assert sent.returncode == 0, sent.stderr
    assert "stored 1" in sent.stderr
    assert "lock" not in sent.stderr.lower()

    tab.page.reload()
    assert tab.page.get_by_text(title).count() >= 1
    assert tab.page.locator("table tbody tr, ol li, ul li").count() > rows_before
    tab.page.locator(f"a:has-text('{title}')").first.click()
    tab.page.wait_for_url("**/articles/*")
    assert tab.page.locator("h1.headline").inner_text() == title
    tab.shot("desk-ingested")
    assert tab.errors == []


# ---- 2. the map ---------------------------------------------------------------------------------


def test_map_shows_one_marker_per_place(desk: Desk, tab: Tab) -> None:
    events = _events(desk.base)
    places: dict[str, int] = {}
    for e in events:
        if e["place"] and e["place_lat"] is not None and e["place_lon"] is not None:
            places[e["place"]] = places.get(e["place"], 0) + 1
    assert len(places) >= 3  # Brussels, Vienna, Moscow in the examples
    tab.page.goto(f"{desk.base}/map")
    tab.page.wait_for_load_state("load")
    markers = tab.page.locator("svg.event-map g.place")
    assert markers.count() == len(places)
    drawn = {m.get_attribute("data-place"): int(m.get_attribute("data-events") or -1) for m in markers.all()}
    assert drawn == places
    api = httpx.get(f"{desk.base}/api/places").json()
    assert {p["place"]: p["events"] for p in api["places"]} == places
    assert api["unplaced"] == len(events) - sum(places.values())
    assert tab.page.locator("svg.event-map g.countries path").count() > 150  # the outlines are there
    radius = {m.get_attribute("data-place"): float(m.locator("circle").get_attribute("r") or 0)
              for m in markers.all()}
    busiest, quietest = max(places, key=places.__getitem__), min(places, key=places.__getitem__)
    assert radius[busiest] > radius[quietest]
    tab.shot("desk-map")
    # The map takes the event list's filters: narrowed to one dyad, fewer places.
    dyad = {e["place"] for e in _events(desk.base, dyad="ARM-AZE") if e["place_lat"] is not None}
    tab.page.goto(f"{desk.base}/map?dyad=ARM-AZE")
    assert tab.page.locator("svg.event-map g.place").count() == len(dyad)
    # Panels on the home, dyad, actor and event search pages.
    for path in ("/", "/dyad/ARM/AZE", "/actor/ARM", "/events?dyad=ARM-AZE"):
        tab.page.goto(desk.base + path)
        assert tab.page.locator("section.map-card svg.event-map").count() == 1, path
    assert tab.requests, "no request was recorded"
    assert tab.offsite(desk.base) == []
    assert tab.errors == []


# ---- 3. stories that form -----------------------------------------------------------------------


def test_examples_form_one_armenia_azerbaijan_story(desk: Desk) -> None:
    arts = httpx.get(f"{desk.base}/api/articles", params={"limit": 100}).json()["items"]
    by_source = {}
    for a in arts:
        full = httpx.get(f"{desk.base}/api/articles/{a['doc_id']}").json()
        by_source[Path(full["source"]).name] = full
    series = ["baku-yerevan-ceasefire-talks.txt", "border-shelling-report.txt",
              "border-shelling-report-syndicated.txt", "brussels-summit.html"]
    stories = {by_source[name]["story"]["story_id"] for name in series if by_source[name]["story"]}
    assert len(stories) == 1, {name: by_source[name]["story"] for name in series}
    story = httpx.get(f"{desk.base}/api/stories/{stories.pop()}").json()
    members = {m["doc_id"] for m in story["members"]}  # originals only: a copy is its original's
    assert {by_source[name]["doc_id"] for name in series if not by_source[name]["canonical_id"]} <= members
    assert story["size"] >= 3
    # The short report (71 words, "not an article") belongs, and so does its syndicated copy.
    copies = [by_source["border-shelling-report.txt"], by_source["border-shelling-report-syndicated.txt"]]
    assert all(c["is_article"] is False and c["story"]["story_id"] == story["story_id"] for c in copies)
    original = next(c for c in copies if c["canonical_id"] is None)
    assert original["doc_id"] in members
    assert {c["canonical_id"] for c in copies} == {None, original["doc_id"]}
    # The story's original (its lead) is its earliest-published article.
    earliest = min(story["members"], key=lambda m: (m["published"] or "9999", m["doc_id"]))
    assert story["lead_id"] == earliest["doc_id"] == by_source["baku-yerevan-ceasefire-talks.txt"]["doc_id"]
    assert story["first_seen"] == "2024-03-12" and story["last_seen"] == "2024-03-19"
    # Unrelated articles stay out.
    for name in ("kyiv-drone-strikes.html", "sanctions-vote.html", "navy-drill-warning.txt"):
        assert by_source[name]["doc_id"] not in members, name


# ---- 4. alerts ----------------------------------------------------------------------------------


def test_alert_rules_fire_on_the_examples(desk: Desk, tab: Tab) -> None:
    assert desk.ingest_code == 0, desk.ingest_stderr
    assert "alert: First ASSAULT between ARM and AZE" in desk.ingest_stderr
    # The webhook on 127.0.0.1 got them.
    posted = [a for body in desk.hook.bodies for a in body["alerts"]]
    kinds = {(a["kind"], a["title"]) for a in posted}
    assert ("first_assault", "First ASSAULT between ARM and AZE") in kinds
    violent = [a for a in posted if a["kind"] == "goldstein_below"]
    assert violent and violent[0]["detail"]["mean"] < -2.0 and violent[0]["day"] == "2024-03-04"
    # The dashboard shows them.
    tab.page.goto(desk.base + "/")
    shown = tab.page.locator("section.alerts-card ol.alerts li").all_inner_texts()
    assert any("First ASSAULT between ARM and AZE" in s for s in shown)
    tab.page.goto(desk.base + "/alerts")
    assert tab.page.locator("ol.alerts li").count() == len(posted)
    tab.shot("desk-alerts")
    # And the Atom feed.
    resp = httpx.get(f"{desk.base}/alerts.atom")
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(resp.content)
    titles = [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")]
    assert "First ASSAULT between ARM and AZE" in titles
    assert len(titles) == len(posted)
    assert tab.errors == []


# ---- 5. /docs offline ---------------------------------------------------------------------------


def test_docs_render_with_no_request_leaving_loopback(desk: Desk, tab: Tab) -> None:
    resp = tab.page.goto(f"{desk.base}/docs")
    assert resp is not None and resp.status == 200
    tab.page.wait_for_selector(".swagger-ui .info .title", timeout=20_000)
    assert "tidings" in tab.page.locator(".swagger-ui .info .title").inner_text()
    paths = httpx.get(f"{desk.base}/openapi.json").json()["paths"]
    tab.page.wait_for_selector(".opblock", timeout=20_000)
    operations = sum(len(v) for v in paths.values())
    assert tab.page.locator(".opblock").count() == operations
    tab.shot("desk-docs")
    assert tab.offsite(desk.base) == []
    assert tab.errors == []


# ---- language and empty lists say why -------------------------------------------------------------


def test_article_says_when_its_language_is_not_coded_and_why_related_is_empty(desk: Desk) -> None:
    arts = httpx.get(f"{desk.base}/api/articles", params={"limit": 100}).json()["items"]
    french = next(a for a in arts if a["language"] == "fr")
    english = next(a for a in arts if a["language"] == "en")
    got = httpx.get(f"{desk.base}/api/articles/{french['doc_id']}").json()
    assert got["events"] == [] and got["events_coded"] is False
    assert "English only" in got["events_note"] and "fr" in got["events_note"]
    assert httpx.get(f"{desk.base}/api/articles/{english['doc_id']}").json()["events_note"] is None
    page = httpx.get(f"{desk.base}/articles/{french['doc_id']}", headers={"Accept": "text/html"}).text
    assert "coded for English only" in page
    # A syndicated copy's related list is empty, and says where to look.
    copy = next(a for a in arts if a["canonical_id"])
    got = httpx.get(f"{desk.base}/api/articles/{copy['doc_id']}").json()
    assert got["related"] == [] and copy["canonical_id"] in got["related_note"]


# ---- the command line around it -------------------------------------------------------------------


def test_ingest_server_option_usage_and_errors(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from tidings.cli import app as cli

    runner = CliRunner()
    assert "--server" in runner.invoke(cli, ["ingest", "--help"]).output
    page = tmp_path / "p.txt"
    page.write_text(NEW_PAGE, encoding="utf-8")
    both = runner.invoke(cli, ["ingest", str(page), "--db", str(tmp_path / "x.duckdb"), "--server", "http://127.0.0.1:1"])
    assert both.exit_code == 2 and "--db or --server, not both" in both.output
    neither = runner.invoke(cli, ["ingest", str(page)])
    assert neither.exit_code == 2 and "--server URL" in neither.output
    bad = runner.invoke(cli, ["ingest", str(page), "--server", "ftp://127.0.0.1/"])
    assert bad.exit_code == 1 and "http(s) address" in bad.stderr and "Traceback" not in bad.output
    down = runner.invoke(cli, ["ingest", str(page), "--server", f"http://127.0.0.1:{free_port()}"])
    assert down.exit_code == 1 and "no tidings server answers" in down.stderr
    assert len(down.stderr.strip().splitlines()) == 1


def test_second_writer_message_names_what_holds_the_store(tmp_path: Path) -> None:
    from tidings.store.holder import holder_path, locked_message, remove_holder, write_holder

    db = tmp_path / "held.duckdb"
    write_holder(db, url="http://127.0.0.1:8123", writable=False)
    msg = locked_message(db, "IO Error: Could not set lock on file")
    assert f"process {os.getpid()}" in msg and "read-only `tidings serve`" in msg and "TIDINGS_TOKEN" in msg
    write_holder(db, url="http://127.0.0.1:8123", writable=True)
    assert "--server http://127.0.0.1:8123" in locked_message(db, "")
    remove_holder(db)
    assert not holder_path(db).exists()
    # No note (or the note of a process that is gone): DuckDB's own words name the holder.
    holder_path(db).write_text(json.dumps({"pid": 2**22 + 12345, "writable": True}), encoding="utf-8")
    duck = "Conflicting lock is held in /usr/bin/python3.11 (PID 4242) by user root."
    assert locked_message(db, duck) == ("the store is open in /usr/bin/python3.11 (process 4242); wait for it "
                                        "to finish or stop it, then run this again")
