"""The JSON API against a real DuckDB store filled by the real pipeline: every endpoint,
the event filters, pagination, the error shape, the token rule, the body cap and the
refusal to fetch private addresses."""

from __future__ import annotations

import csv
import io
import json
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from webcorpus import _CAUCASUS as CAUCASUS_BACKGROUND
from webcorpus import copy_store, shared_store

from tidings.api import create_app
from tidings.api.backend import Backend
from tidings.api.rendered import RenderedArticles
from tidings.api.routes import article_bundle
from tidings.api.security import PublicOnlyTransport, check_public_host
from tidings.api.settings import WebSettings
from tidings.config import Settings
from tidings.errors import FetchError
from tidings.store import Store

with warnings.catch_warnings():
    # Starlette asks for httpx2 in a UserWarning at import; the client itself is unchanged.
    warnings.filterwarnings("ignore", message="Using `httpx` with", category=UserWarning)
    from starlette.testclient import TestClient

TOKEN = "s3cret-token-for-tests"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return shared_store(tmp_path_factory)


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    app = create_app(Settings(), web=WebSettings(db=str(db)))
    with TestClient(app) as c:
        yield c


def writable_client(path: Path, **web: Any) -> TestClient:
    app = create_app(Settings(), web=WebSettings(db=str(path), token=TOKEN, **web))
    return TestClient(app)


def assert_error(resp: Any, status: int, code: str | None = None) -> dict[str, Any]:
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "detail"}
    assert body["error"]["message"]
    if code is not None:
        assert body["error"]["code"] == code
    return body["error"]  # type: ignore[no-any-return]


def all_events(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    resp = client.get("/api/events", params={"limit": 1000, **params})
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["total"] == len(body["items"])
    return body["items"]  # type: ignore[no-any-return]


def side_matches(event: dict[str, Any], side: str, key: str) -> bool:
    code = event[f"{side}_code"] or ""
    return code.startswith(key) or event[f"{side}_country"] == key


# ---- articles --------------------------------------------------------------------------------


def test_articles_list_paginates_without_overlap(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 3}).json()
    second = client.get("/api/articles", params={"limit": 3, "offset": 3}).json()
    assert first["total"] == second["total"] >= 6
    assert len(first["items"]) == 3
    ids1 = {a["doc_id"] for a in first["items"]}
    ids2 = {a["doc_id"] for a in second["items"]}
    assert not ids1 & ids2
    beyond = client.get("/api/articles", params={"offset": first["total"]}).json()
    assert beyond["items"] == [] and beyond["total"] == first["total"]


def test_article_one_has_events_actors_furniture_and_related(client: TestClient) -> None:
    items = client.get("/api/articles", params={"limit": 100}).json()["items"]
    clash = next(a for a in items if "exchange fire" in (a["title"] or ""))
    art = client.get(f"/api/articles/{clash['doc_id']}").json()
    assert art["title"] == "Armenian and Azerbaijani troops exchange fire on the border"
    assert any("Sotk" in p for p in art["paragraphs"])
    assert not any("Subscribe" in p for p in art["paragraphs"])  # furniture is not body
    assert art["furniture"], "the related-stories box should be kept as furniture"
    assert art["events"], "the clash article codes at least one event"
    for e in art["events"]:
        assert e["doc_id"] == clash["doc_id"]
        assert e["sentence"].strip() in f"{art['title']}\n\n{art['text']}"  # the title is coded too
    codes = {a["code"] for a in art["actors"]}
    assert any(c.startswith("ARM") for c in codes) and any(c.startswith("AZE") for c in codes)
    assert isinstance(art["related"], list)
    for r in art["related"]:
        assert r["doc_id"] != clash["doc_id"]


def test_article_unknown_gives_404_in_error_shape(client: TestClient) -> None:
    err = assert_error(client.get("/api/articles/0123456789abcdef"), 404, "article.not_found")
    assert err["detail"] == {"doc_id": "0123456789abcdef"}


def test_article_bad_id_gives_422_in_error_shape(client: TestClient) -> None:
    err = assert_error(client.get("/api/articles/not-an-id"), 422, "request.invalid")
    assert err["detail"][0]["loc"] == ["path", "doc_id"]


def assert_rendered_like_assembled(backend: Backend, doc_ids: list[str]) -> None:
    """The rendered JSON of each article is what the six lookups assemble, key order too."""
    for doc_id in doc_ids:
        rendered = backend.article_json(doc_id)
        assert rendered is not None, doc_id
        got = json.loads(rendered)
        want = json.loads(json.dumps(article_bundle(backend, doc_id)))
        assert got == want
        assert list(got) == list(want)


def test_article_rendered_json_equals_the_assembled_article(db: Path, tmp_path: Path) -> None:
    app = create_app(Settings(), web=WebSettings(db=str(copy_store(db, tmp_path))))
    with TestClient(app) as c:
        backend = app.state.backend
        assert backend.rendered.ready
        ids = [a["doc_id"] for a in c.get("/api/articles", params={"limit": 1000}).json()["items"]]
        assert_rendered_like_assembled(backend, ids)
        bundles = [article_bundle(backend, i) for i in ids]
        # the comparison covered every part of an article, not empty lists only
        for part in ("events", "actors", "mentions", "related", "story", "furniture"):
            assert any(b[part] for b in bundles), part
        served = c.get(f"/api/articles/{ids[0]}")
        assert served.headers["content-type"] == "application/json"
        assert served.json() == json.loads(backend.article_json(ids[0]) or b"")


def test_article_rendered_file_is_reused_until_the_store_changes(db: Path, tmp_path: Path) -> None:
    store = copy_store(db, tmp_path)
    first = RenderedArticles(store)
    with Store(store, read_only=True) as s:
        assert first.open(s.con) is True
        again = RenderedArticles(store)
        assert again.open(s.con) is False
        assert again.get("0123456789abcdef") is None
    first.close()
    again.close()
    with Store(store) as s:
        s.refresh_stories()
    after = RenderedArticles(store)
    with Store(store, read_only=True) as s:
        assert after.open(s.con) is True
    after.close()


def test_article_posted_is_served_and_older_ones_follow_the_recluster(db: Path, tmp_path: Path) -> None:
    # shares the background paragraphs of the Armenia-Azerbaijan pages, so the recluster
    # relates it to them
    page = {"text": "\n\n".join(["Armenia and Azerbaijan border talks resume",
                                  "Armenia and Azerbaijan resumed talks on the border in Almaty on Monday.",
                                  *CAUCASUS_BACKGROUND]),
            "published": "2024-05-07"}
    app = create_app(Settings(), web=WebSettings(db=str(copy_store(db, tmp_path)), token=TOKEN))
    with TestClient(app) as c:
        backend = app.state.backend
        older = [a["doc_id"] for a in c.get("/api/articles", params={"limit": 1000}).json()["items"]]
        before = {i: c.get(f"/api/articles/{i}").json() for i in older}
        ok = c.post("/api/documents", json=page, headers={"Authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 201, ok.text
        new_id = ok.json()["doc_id"]
        art = c.get(f"/api/articles/{new_id}").json()
        assert art["title"] == "Armenia and Azerbaijan border talks resume"
        assert backend.rendered.ready
        assert_rendered_like_assembled(backend, [*older, new_id])
        after = {i: c.get(f"/api/articles/{i}").json() for i in older}
    # the new article is related to some older ones, and those now list it
    assert any(new_id in {r["doc_id"] for r in after[i]["related"]} for i in older)
    assert not any(new_id in {r["doc_id"] for r in before[i]["related"]} for i in older)


# ---- events ----------------------------------------------------------------------------------


def test_events_dyad_filter_keeps_only_that_pair(client: TestClient) -> None:
    rows = all_events(client, dyad="ARM-AZE")
    assert rows
    for e in rows:
        assert (side_matches(e, "source", "ARM") and side_matches(e, "target", "AZE")) or (
            side_matches(e, "source", "AZE") and side_matches(e, "target", "ARM")
        )
    assert len(rows) < len(all_events(client))


def test_events_actor_source_target_country_filters(client: TestClient) -> None:
    everything = all_events(client)
    rus = all_events(client, actor="RUS")
    assert rus and all(side_matches(e, "source", "RUS") or side_matches(e, "target", "RUS") for e in rus)
    assert len(rus) == sum(1 for e in everything if side_matches(e, "source", "RUS") or side_matches(e, "target", "RUS"))
    src = all_events(client, source="ARM")
    assert all(side_matches(e, "source", "ARM") for e in src)
    tgt = all_events(client, target="ukr")  # codes are case-insensitive
    assert all(side_matches(e, "target", "UKR") for e in tgt)
    ukr = all_events(client, country="UKR")
    assert ukr and all("UKR" in (e["source_country"], e["target_country"], e["place_country"]) for e in ukr)


def test_events_code_class_and_modality_filters(client: TestClient) -> None:
    everything = all_events(client)
    sample = everything[0]
    by_cameo = all_events(client, cameo=sample["cameo"][:2])
    assert sample["event_id"] in {e["event_id"] for e in by_cameo}
    assert all(e["cameo"].startswith(sample["cameo"][:2]) for e in by_cameo)
    by_plover = all_events(client, plover=sample["plover"])
    assert by_plover and all(e["plover"] == sample["plover"] for e in by_plover)
    for q in (1, 2, 3, 4):
        rows = all_events(client, quad_class=q)
        assert all(e["quad_class"] == q for e in rows)
        assert len(rows) == sum(1 for e in everything if e["quad_class"] == q)
    by_mod = all_events(client, modality=sample["modality"])
    assert by_mod and all(e["modality"] == sample["modality"] for e in by_mod)


def test_events_date_range_place_and_text_filters(client: TestClient) -> None:
    everything = all_events(client)
    april = all_events(client, since="2024-04-01", until="2024-04-15")
    assert april and all("2024-04-01" <= e["day"] <= "2024-04-15" for e in april)
    assert len(april) == sum(1 for e in everything if "2024-04-01" <= e["day"] <= "2024-04-15")
    text = all_events(client, text="ceasefire")
    assert all("ceasefire" in e["sentence"].lower() for e in text)
    placed = [e for e in everything if e["place"]]
    if placed:
        rows = all_events(client, place=placed[0]["place"])
        assert placed[0]["event_id"] in {e["event_id"] for e in rows}
    assert all_events(client, text="zzzz-no-such-words") == []


def test_events_pagination_gives_total_and_disjoint_pages(client: TestClient) -> None:
    everything = all_events(client)
    assert len(everything) >= 4
    pages = [client.get("/api/events", params={"limit": 2, "offset": o}).json() for o in range(0, len(everything), 2)]
    assert all(p["total"] == len(everything) for p in pages)
    ids = [e["event_id"] for p in pages for e in p["items"]]
    assert sorted(ids) == sorted(e["event_id"] for e in everything)


def test_events_csv_has_header_and_the_same_rows(client: TestClient) -> None:
    resp = client.get("/api/events", params={"format": "csv", "dyad": "ARM-AZE", "limit": 1000})
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(resp.text)))
    json_rows = all_events(client, dyad="ARM-AZE")
    assert [r["event_id"] for r in rows] == [e["event_id"] for e in json_rows]
    assert int(resp.headers["x-total-count"]) == len(json_rows)
    assert {"source_code", "target_code", "cameo", "quad_class", "goldstein", "modality", "sentence"} <= set(rows[0])


def test_events_bad_filters_give_422(client: TestClient) -> None:
    assert_error(client.get("/api/events", params={"quad_class": 7}), 422, "request.invalid")
    assert_error(client.get("/api/events", params={"modality": "maybe"}), 422, "request.invalid")
    assert_error(client.get("/api/events", params={"dyad": "ARM"}), 422, "events.bad_dyad")
    assert_error(client.get("/api/events", params={"since": "2024-05-01", "until": "2024-04-01"}), 422,
                 "request.bad_range")
    assert_error(client.get("/api/events", params={"limit": 0}), 422, "request.invalid")


# ---- dyads and actors ------------------------------------------------------------------------


@pytest.mark.parametrize("by", ["day", "week", "month"])
def test_dyad_timeline_counts_add_up_to_the_events(client: TestClient, by: str) -> None:
    body = client.get("/api/dyads/ARM/AZE", params={"by": by}).json()
    events = all_events(client, dyad="ARM-AZE")
    periods = body["periods"]
    assert sum(p["events"] for p in periods) == len(events) == body["totals"]["events"]
    for p in periods:
        assert p["events"] == p["q1"] + p["q2"] + p["q3"] + p["q4"]
        if p["events"]:
            assert -10 <= p["goldstein"] <= 10
    days = [p["period"] for p in periods]
    assert days == sorted(days) and len(set(days)) == len(days)
    if by == "week":  # weeks from the first to the last, none skipped
        assert len(periods) >= 3


OLD_TIMELINE_SQL = """
    WITH e AS (SELECT date_trunc('{unit}', day)::DATE AS period, quad_class, goldstein FROM events
               WHERE NOT coalesce(is_duplicate, false) AND day IS NOT NULL AND day >= ? AND day <= ?
                 AND ((starts_with(source_code, ?) OR source_country = ?) AND (starts_with(target_code, ?) OR target_country = ?)
                   OR (starts_with(source_code, ?) OR source_country = ?) AND (starts_with(target_code, ?) OR target_country = ?))),
    periods AS (SELECT unnest(generate_series(min(period), max(period), INTERVAL 1 {unit}))::DATE AS period
                FROM e HAVING min(period) IS NOT NULL)
    SELECT p.period::VARCHAR, count(e.quad_class),
           count(e.quad_class) FILTER (WHERE e.quad_class = 1), count(e.quad_class) FILTER (WHERE e.quad_class = 2),
           count(e.quad_class) FILTER (WHERE e.quad_class = 3), count(e.quad_class) FILTER (WHERE e.quad_class = 4),
           avg(e.goldstein)
    FROM periods p LEFT JOIN e USING (period) GROUP BY p.period ORDER BY p.period"""


@pytest.mark.parametrize("by", ["day", "week", "month"])
def test_dyad_timeline_from_daily_counts_matches_one_query(client: TestClient, db: Path, by: str) -> None:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        for a, b in (("ARM", "AZE"), ("RUS", "UKR"), ("AZE", "RUS")):
            for since, until in ((None, None), ("2024-04-10", None), ("2024-04-01", "2024-04-20")):
                params = {"by": by, **({"since": since} if since else {}), **({"until": until} if until else {})}
                got = client.get(f"/api/dyads/{a}/{b}", params=params).json()["periods"]
                want = con.execute(OLD_TIMELINE_SQL.format(unit=by),
                                   [since or "1900-01-01", until or "2999-12-31", a, a, b, b, b, b, a, a]).fetchall()
                assert [(p["period"], p["events"], p["q1"], p["q2"], p["q3"], p["q4"]) for p in got] == \
                    [w[:6] for w in want]
                for p, w in zip(got, want, strict=True):
                    assert (p["goldstein"] is None) == (w[6] is None)
                    if w[6] is not None:
                        assert p["goldstein"] == pytest.approx(w[6], abs=0.0051)
    finally:
        con.close()


def test_dyad_timeline_follows_a_write(db: Path, tmp_path: Path) -> None:
    page = {"text": "Azerbaijan shells Armenian border villages\n\nAzerbaijani forces shelled Armenian villages "
                    "near the border on Sunday, the defence ministry in Yerevan said.",
            "published": "2024-06-02"}
    with writable_client(copy_store(db, tmp_path)) as c:
        before = c.get("/api/dyads/ARM/AZE", params={"by": "day"}).json()
        ok = c.post("/api/documents", json=page, headers={"Authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 201 and ok.json()["events"] > 0, ok.text
        after = c.get("/api/dyads/ARM/AZE", params={"by": "day"}).json()
    assert after["totals"]["events"] > before["totals"]["events"]
    assert after["periods"][-1]["period"] == "2024-06-02"


def test_dyad_date_range_narrows_the_timeline(client: TestClient) -> None:
    whole = client.get("/api/dyads/ARM/AZE", params={"by": "day"}).json()
    part = client.get("/api/dyads/ARM/AZE", params={"by": "day", "since": "2024-04-10"}).json()
    assert part["totals"]["events"] < whole["totals"]["events"]
    assert all(p["period"] >= "2024-04-10" for p in part["periods"])


def test_dyads_lists_busiest_pairs(client: TestClient) -> None:
    items = client.get("/api/dyads").json()["items"]
    assert items
    pairs = {(d["a"], d["b"]) for d in items}
    assert ("ARM", "AZE") in pairs
    counts = [d["events"] for d in items]
    assert counts == sorted(counts, reverse=True)
    for d in items:
        assert d["a"] < d["b"] and d["cooperation"] + d["conflict"] <= d["events"]


def test_actor_profile_ranks_counterparts(client: TestClient) -> None:
    body = client.get("/api/actors/ARM").json()
    assert body["actor"]["code"].startswith("ARM")
    top = body["counterparts"]
    assert top and top[0]["code"] == "AZE"
    assert [c["events"] for c in top] == sorted((c["events"] for c in top), reverse=True)
    assert sum(p["events"] for p in body["mix"]) == len(all_events(client, actor="ARM"))
    assert body["cameo"]


def test_actor_unknown_gives_404(client: TestClient) -> None:
    assert_error(client.get("/api/actors/ZZZ"), 404, "actor.not_found")


# ---- stories and search ----------------------------------------------------------------------


def test_stories_list_popular_and_one(client: TestClient) -> None:
    listing = client.get("/api/stories").json()
    assert listing["total"] >= 1 and listing["items"]
    popular = client.get("/api/stories/popular").json()["items"]
    sizes = [s["size"] for s in popular]
    assert sizes == sorted(sizes, reverse=True)
    one = client.get(f"/api/stories/{popular[0]['story_id']}").json()
    assert len(one["members"]) == one["size"] == popular[0]["size"]
    assert_error(client.get("/api/stories/no-such-story"), 404, "story.not_found")


def test_search_matches_titles_and_bodies(client: TestClient) -> None:
    by_title = client.get("/api/search", params={"q": "border protocol"}).json()
    assert by_title["total"] == 1 and by_title["items"][0]["title"] == "Baku and Yerevan sign border protocol"
    by_body = client.get("/api/search", params={"q": "Patriot battery"}).json()
    assert by_body["total"] == 1 and "Patriot" in by_body["items"][0]["snippet"]
    assert client.get("/api/search", params={"q": "Armenia"}).json()["total"] >= 4
    assert client.get("/api/search", params={"q": "100%_"}).json()["total"] == 0  # wildcards are literal
    assert_error(client.get("/api/search"), 422, "request.invalid")


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/articles", "/api/articles/{doc_id}", "/api/events", "/api/dyads/{a}/{b}",
                 "/api/actors/{code}", "/api/stories", "/api/stories/popular", "/api/stories/{story_id}",
                 "/api/search", "/api/documents"):
        assert path in paths
    assert "/dyad/{a}/{b}" not in paths  # pages are not API


def test_unknown_path_gives_404_in_error_shape(client: TestClient) -> None:
    assert_error(client.get("/api/nothing-here"), 404, "not_found")


# ---- security ----------------------------------------------------------------------------------


def test_pages_carry_csp_without_inline_script(client: TestClient) -> None:
    resp = client.get("/")
    csp = resp.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert resp.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in resp.text  # only <script src=...>
    assert " onclick=" not in resp.text and " onload=" not in resp.text


def test_documents_refused_on_a_read_only_server(client: TestClient) -> None:
    resp = client.post("/api/documents", json={"text": "Armenia and Azerbaijan met."},
                       headers={"Authorization": f"Bearer {TOKEN}"})
    assert_error(resp, 403, "auth.read_only")


def test_documents_need_the_right_bearer_token(db: Path, tmp_path: Path) -> None:
    page = {"text": "Georgia hosts talks\n\nGeorgia invited Armenia and Azerbaijan to talks in Tbilisi on Monday.",
            "published": "2024-05-06"}
    with writable_client(copy_store(db, tmp_path)) as c:
        assert_error(c.post("/api/documents", json=page), 401, "auth.required")
        assert_error(c.post("/api/documents", json=page, headers={"Authorization": "Bearer wrong"}), 403,
                     "auth.forbidden")
        assert_error(c.post("/api/documents", json=page, headers={"Authorization": TOKEN}), 401, "auth.required")
        ok = c.post("/api/documents", json=page, headers={"Authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 201, ok.text
        doc_id = ok.json()["doc_id"]
        art = c.get(f"/api/articles/{doc_id}").json()
        assert art["title"] == "Georgia hosts talks"
        assert ok.json()["events"] == len(art["events"])
        again = c.post("/api/documents", json=page, headers={"Authorization": f"Bearer {TOKEN}"})
        assert again.status_code == 200 and again.json()["stored"] is False


def test_documents_need_exactly_one_source(db: Path, tmp_path: Path) -> None:
    with writable_client(copy_store(db, tmp_path)) as c:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        assert_error(c.post("/api/documents", json={}, headers=auth), 422, "request.invalid")
        assert_error(c.post("/api/documents", json={"text": "a", "html": "<p>b</p>"}, headers=auth), 422)
        assert_error(c.post("/api/documents", content=b"not json", headers={**auth, "Content-Type": "application/json"}), 422)


def test_body_over_the_cap_gives_413(db: Path, tmp_path: Path) -> None:
    with writable_client(copy_store(db, tmp_path), max_body_bytes=2_000) as c:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        err = assert_error(c.post("/api/documents", json={"text": "word " * 1000}, headers=auth), 413,
                           "request.too_large")
        assert err["detail"] == {"limit": 2_000}

        def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it streams
            yield b'{"text": "'
            for _ in range(10):
                yield b"x" * 500
            yield b'"}'

        assert_error(c.post("/api/documents", content=chunks(), headers={**auth, "Content-Type": "application/json"}),
                     413, "request.too_large")
        assert c.get("/api/articles", params={"limit": 1}).status_code == 200


def test_url_ingest_refuses_private_addresses(db: Path, tmp_path: Path, http_server: Any) -> None:
    url = http_server.add(http_server.unique("private.html"), PAGE_HTML)
    with writable_client(copy_store(db, tmp_path)) as c:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        for target in (url, url.replace("127.0.0.1", "localhost"), "http://169.254.169.254/latest/meta-data/",
                       "http://10.1.2.3/", "http://[::1]:8080/", "http://0.0.0.0/"):
            err = assert_error(c.post("/api/documents", json={"url": target}, headers=auth), 400,
                               "fetch.private_address")
            assert "private" in err["message"]
        assert_error(c.post("/api/documents", json={"url": "file:///etc/passwd"}, headers=auth), 400,
                     "fetch.invalid_url")
    assert not any(p.endswith("private.html") for _, p, _ in http_server.requests)


def test_public_only_transport_checks_every_hop() -> None:
    import httpx

    with httpx.Client(transport=PublicOnlyTransport()) as client, pytest.raises(FetchError) as info:
        client.get("http://127.0.0.1:9/redirect-target")
    assert info.value.code == "fetch.private_address"
    with pytest.raises(FetchError) as info:
        check_public_host("http://[fe80::1]/")
    assert info.value.code == "fetch.private_address"


PAGE_HTML = """<!doctype html><html><head><title>Turkey and Armenia reopen border crossing</title></head><body>
<article><h1>Turkey and Armenia reopen border crossing</h1>
<p>Turkey and Armenia reopened the Margara border crossing on Saturday for the first time in three decades.</p>
<p>Turkish and Armenian envoys praised the step and agreed to meet again in Ankara next month.</p>
</article></body></html>"""


def test_url_ingest_with_allow_private_stores_the_page(db: Path, tmp_path: Path, http_server: Any) -> None:
    url = http_server.add(http_server.unique("turkey-armenia.html"), PAGE_HTML)
    with writable_client(copy_store(db, tmp_path), allow_private=True) as c:
        resp = c.post("/api/documents", json={"url": url, "published": "2024-05-04"},
                      headers={"Authorization": f"Bearer {TOKEN}"})
        assert resp.status_code == 201, resp.text
        art = c.get(f"/api/articles/{resp.json()['doc_id']}").json()
        assert art["title"] == "Turkey and Armenia reopen border crossing"
        assert art["url"] == url
        found = c.get("/api/search", params={"q": "Margara"}).json()
        assert [a["doc_id"] for a in found["items"]] == [resp.json()["doc_id"]]


def test_url_ingest_reports_fetch_failures(db: Path, tmp_path: Path, http_server: Any) -> None:
    url = http_server.add(http_server.unique("gone.html"), b"", status=404)
    with writable_client(copy_store(db, tmp_path), allow_private=True) as c:
        err = assert_error(c.post("/api/documents", json={"url": url}, headers={"Authorization": f"Bearer {TOKEN}"}),
                           502, "fetch.not_found")
        assert err["detail"]["source"] == url


def test_article_page_escapes_scraped_markup(db: Path, tmp_path: Path) -> None:
    page = {"text": "<script>alert('t')</script> Armenia talks\n\n"
                    "Armenia <img src=x onerror=alert(1)> met Azerbaijan in Brussels on Monday."}
    with writable_client(copy_store(db, tmp_path)) as c:
        doc_id = c.post("/api/documents", json=page, headers={"Authorization": f"Bearer {TOKEN}"}).json()["doc_id"]
        html = c.get(f"/articles/{doc_id}").text
    assert "&lt;script&gt;alert(" in html
    assert "<script>alert(" not in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_pages_render_with_data(client: TestClient) -> None:
    for path in ("/", "/articles", "/events?dyad=ARM-AZE", "/dyad/ARM/AZE?by=week", "/actor/RUS",
                 "/search?q=Armenia", "/ingest"):
        resp = client.get(path)
        assert resp.status_code == 200, (path, resp.text[:300])
        assert resp.headers["content-type"].startswith("text/html")
    missing = client.get("/articles/0123456789abcdef", headers={"Accept": "text/html"})
    assert missing.status_code == 404 and "no article with id" in missing.text


def test_serve_help_lists_the_options() -> None:
    from typer.testing import CliRunner

    from tidings.cli import app

    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--allow-private"):
        assert option in result.output
