"""The dashboard in headless Chromium: pages load with no console errors, the dyad chart
draws one mark per period, the ingest form adds a page, and scraped markup stays text.

Screenshots go to test-artifacts/ (git-ignored)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import free_port, serving
from webcorpus import copy_store, shared_store

pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
TOKEN = "browser-test-token"


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from tidings.api import create_app
    from tidings.api.settings import WebSettings
    from tidings.config import Settings

    db = copy_store(shared_store(tmp_path_factory), tmp_path_factory.mktemp("browser"))
    app = create_app(Settings(), web=WebSettings(db=str(db), token=TOKEN))
    port = free_port()
    with serving(app, port):
        yield f"http://127.0.0.1:{port}"


class Watched:
    """A page that records console errors, uncaught exceptions and dialogs."""

    def __init__(self, browser: Any) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def shot(self, name: str, *, full_page: bool = False) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full_page)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watched(browser: Any) -> Iterator[Watched]:
    w = Watched(browser)
    yield w
    w.close()


def _first_article(base_url: str, word: str) -> str:
    items = httpx.get(f"{base_url}/api/search", params={"q": word}).json()["items"]
    assert items, f"no article holds {word!r}"
    return str(items[0]["doc_id"])


def test_pages_load_without_console_errors(base_url: str, watched: Watched) -> None:
    clash = _first_article(base_url, "Sotk")
    pages = {
        "home": "/",
        "article": f"/articles/{clash}",
        "dyad": "/dyad/ARM/AZE?by=week",
        "actor": "/actor/ARM",
        "events": "/events?dyad=ARM-AZE",
        "search": "/search?q=Armenia",
        "ingest": "/ingest",
    }
    for name, path in pages.items():
        resp = watched.page.goto(base_url + path)
        assert resp is not None and resp.status == 200, path
        watched.page.wait_for_load_state("load")
        assert "default-src 'self'" in resp.headers["content-security-policy"]
        watched.shot(f"page-{name}", full_page=name in ("home", "article"))
    assert watched.errors == []
    # The article's marked sentences carry their codes in the hover title.
    watched.page.goto(f"{base_url}/articles/{clash}")
    marks = watched.page.locator("mark.event[data-events]")
    assert marks.count() >= 1
    assert "CAMEO" in (marks.first.get_attribute("title") or "")
    assert watched.page.locator("details.furniture").count() == 1
    assert watched.page.locator("details.furniture").get_attribute("open") is None


@pytest.mark.parametrize("by", ["day", "week"])
def test_dyad_chart_has_one_mark_per_period(base_url: str, watched: Watched, by: str) -> None:
    window = {"by": by, "since": "2024-04-01", "until": "2024-05-31"}
    periods = httpx.get(f"{base_url}/api/dyads/ARM/AZE", params=window).json()["periods"]
    assert len(periods) >= 4
    watched.page.goto(f"{base_url}/dyad/ARM/AZE?by={by}&since=2024-04-01&until=2024-05-31")
    marks = watched.page.locator("svg.timeline g.period")
    assert marks.count() == len(periods)
    drawn = [int(m.get_attribute("data-events") or -1) for m in marks.all()]
    assert drawn == [p["events"] for p in periods]
    assert watched.page.locator("svg.timeline .legend text").count() == 5  # four classes + Goldstein
    assert watched.page.locator("svg.timeline .y-left text").count() >= 3  # a labelled axis
    box = watched.page.locator("svg.timeline").bounding_box()
    assert box is not None and box["width"] > 600 and box["height"] > 200
    watched.shot(f"dyad-{by}")
    assert watched.errors == []


def test_dyad_chart_without_a_range_shows_the_latest_periods(base_url: str, watched: Watched) -> None:
    periods = httpx.get(f"{base_url}/api/dyads/ARM/AZE", params={"by": "week"}).json()["periods"]
    watched.page.goto(f"{base_url}/dyad/ARM/AZE?by=week")
    marks = watched.page.locator("svg.timeline g.period")
    assert 0 < marks.count() <= min(len(periods), 78)
    assert [m.get_attribute("data-period") for m in marks.all()] == [p["period"] for p in periods[-marks.count():]]


def test_dyad_date_range_control_narrows_the_chart(base_url: str, watched: Watched) -> None:
    watched.page.goto(f"{base_url}/dyad/ARM/AZE?by=day")
    before = watched.page.locator("svg.timeline g.period").count()
    watched.page.fill("form.range input[name=since]", "2024-04-20")
    watched.page.click("form.range button[type=submit]")
    watched.page.wait_for_url("**since=2024-04-20**")
    after = watched.page.locator("svg.timeline g.period")
    assert 0 < after.count() < before
    assert all((m.get_attribute("data-period") or "") >= "2024-04-20" for m in after.all())
    assert watched.errors == []


def test_ingest_form_adds_the_page(base_url: str, watched: Watched) -> None:
    watched.page.goto(f"{base_url}/ingest")
    watched.page.check("input[name=kind][value=text]")
    watched.page.fill(
        "textarea[name=page]",
        "Georgia offers to mediate between Armenia and Azerbaijan\n\n"
        "Georgian Prime Minister Irakli Kobakhidze offered on Sunday to host talks between Armenia and "
        "Azerbaijan in Tbilisi.\n\nArmenia welcomed the offer, and Azerbaijan said it would consider it.",
    )
    watched.page.fill("input[name=published]", "2024-05-05")
    watched.page.fill("input[name=token]", TOKEN)
    watched.page.click("form.ingest button[type=submit]")
    watched.page.wait_for_url("**/articles/*")
    assert watched.page.locator("h1.headline").inner_text() == "Georgia offers to mediate between Armenia and Azerbaijan"
    watched.shot("ingested-article", full_page=True)
    watched.page.goto(f"{base_url}/search?q=Kobakhidze")
    assert watched.page.locator("ol.results li").count() == 1
    assert watched.errors == []


def test_ingest_form_with_a_wrong_token_shows_the_error(base_url: str, watched: Watched) -> None:
    watched.page.goto(f"{base_url}/ingest")
    watched.page.fill("textarea[name=page]", "Some text that will never be stored.")
    watched.page.fill("input[name=token]", "not-the-token")
    watched.page.click("form.ingest button[type=submit]")
    assert "token" in watched.page.locator("p.error").inner_text()


def test_scraped_script_payloads_render_as_text(base_url: str, watched: Watched) -> None:
    title = "<script>window.__pwned = 1; alert('title')</script> Armenia and Azerbaijan hold talks"
    body = ('Armenia <img src=x onerror="window.__pwned = 2; alert(2)"> met Azerbaijan in Brussels on Monday '
            "and both sides praised the talks.\n\n"
            "A second paragraph: <svg onload=alert(3)></svg> and <a href=\"javascript:alert(4)\">click</a>.")
    resp = httpx.post(f"{base_url}/api/documents", json={"text": f"{title}\n\n{body}", "published": "2024-05-06"},
                      headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
    assert resp.status_code == 201, resp.text
    doc_id = resp.json()["doc_id"]
    watched.page.goto(f"{base_url}/articles/{doc_id}")
    watched.page.wait_for_load_state("load")
    headline = watched.page.locator("h1.headline").inner_text()
    assert headline.startswith("<script>window.__pwned = 1;")
    text = watched.page.locator(".columns .body").inner_text()
    assert '<img src=x onerror="window.__pwned = 2; alert(2)">' in text
    assert "<svg onload=alert(3)></svg>" in text
    assert watched.page.evaluate("typeof window.__pwned") == "undefined"
    assert watched.page.locator(".columns .body img, .columns .body svg, h1 script").count() == 0
    for path in ("/", "/articles", "/search?q=pwned"):
        watched.page.goto(base_url + path)
        assert watched.page.evaluate("typeof window.__pwned") == "undefined"
    watched.shot("escaped-article", full_page=True)
    assert watched.dialogs == []
    assert watched.errors == []
