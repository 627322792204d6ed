"""Issue 13: no request, file or feed may stall the server, blow up memory or block a batch.

Each test reproduces one finding of the issue (it failed on the code before the fix) and then
holds. Memory caps are checked with ``tracemalloc`` and a small cap setting, not gigabytes.
"""

from __future__ import annotations

import dataclasses
import gzip
import io
import json
import os
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pytest
from typer.testing import CliRunner

from tidings.acquire.jsonl import iter_jsonl
from tidings.acquire.sources import iter_sources
from tidings.acquire.warc import iter_warc
from tidings.cli import app
from tidings.config import Settings
from tidings.model import Document, Failure
from tidings.store import Store

runner = CliRunner()

PAGE = ("The foreign minister of France visited Germany on Tuesday to discuss trade and the border. "
        "Officials said the talks would go on next week in Paris. ") * 4


def _peak(fn: Callable[[], Any]) -> tuple[Any, int]:
    tracemalloc.start()
    try:
        out = fn()
        return out, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _small_cap(max_bytes: int) -> Settings:
    s = Settings()
    return dataclasses.replace(s, extract=dataclasses.replace(s.extract, max_bytes=max_bytes))


# -- finding 3: a file name that is not UTF-8 ------------------------------------------------

@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_issue13_ingest_stores_every_page_past_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(3):
        (pages / f"p{i}.txt").write_text(f"Page {i}. {PAGE}")
    os.makedirs(os.fsencode(pages), exist_ok=True)
    with open(os.fsencode(pages) + b"/bad\xff\x1b[31m.txt", "wb") as fh:
        fh.write(b"A bad name. " + PAGE.encode())
    db = tmp_path / "names.duckdb"
    result = runner.invoke(app, ["ingest", str(pages), "--db", str(db), "--no-events", "--no-stories"])
    assert result.exit_code == 0, result.output
    with Store(db, read_only=True) as store:
        sources = sorted(store.articles(limit=None).column("source").to_pylist())
    assert len(sources) == 4
    assert any(s.endswith("bad\\xff\x1b[31m.txt") for s in sources), sources


# -- finding 4: caps enforced while streaming -------------------------------------------------

def test_issue13_jsonl_gz_bomb_line_is_skipped_within_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "bomb.jsonl.gz"
    good = json.dumps({"url": "https://example.org/a", "text": PAGE})
    with gzip.open(path, "wb", compresslevel=9) as fh:
        fh.write(b'{"url": "https://example.org/big", "text": "')
        chunk = b"a" * (1 << 20)
        for _ in range(24):  # 24 MiB on one line
            fh.write(chunk)
        fh.write(b'"}\n' + good.encode() + b"\n")
    items, peak = _peak(lambda: list(iter_jsonl(path, max_bytes=1_000_000)))
    assert [type(i).__name__ for i in items] == ["Failure", "Document"]
    assert isinstance(items[0], Failure) and items[0].code == "extract.too_large"
    assert items[0].source.endswith(":1") and items[1].source.endswith(":2")
    assert peak < 6_000_000, f"peak {peak:,} bytes for a 1 MB cap"


def _warc_record(url: str, body: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body) + body
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{url.rsplit('/', 1)[-1]:0>12}>\r\n"
        f"WARC-Date: 2024-05-06T10:00:00Z\r\nWARC-Target-URI: {url}\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    )
    return head.encode() + http + b"\r\n\r\n"


def test_issue13_warc_record_over_the_cap_is_skipped_while_read(tmp_path: Path) -> None:
    path = tmp_path / "big.warc"
    small = b"<html><body><p>" + PAGE.encode() + b"</p></body></html>"
    with path.open("wb") as fh:
        fh.write(_warc_record("https://example.org/big", b"<html><body>" + b"x" * 24_000_000))
        fh.write(_warc_record("https://example.org/small", small))
    items, peak = _peak(lambda: list(iter_warc(path, max_bytes=1_000_000)))
    assert [type(i).__name__ for i in items] == ["Failure", "Document"]
    assert isinstance(items[0], Failure) and items[0].code == "warc.too_large"
    assert isinstance(items[1], Document) and items[1].content == small
    assert peak < 6_000_000, f"peak {peak:,} bytes for a 1 MB cap"


class _Pipe(io.RawIOBase):
    """A stream of ``size`` bytes made as they are read, like a pipe."""

    def __init__(self, size: int) -> None:
        self.left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = min(len(buffer), self.left)
        buffer[:n] = b"y" * n
        self.left -= n
        return n


def test_issue13_stdin_over_the_cap_never_sits_in_memory() -> None:
    stream = io.BufferedReader(_Pipe(24_000_000))
    settings = _small_cap(1_000_000)
    items, peak = _peak(lambda: list(iter_sources(["-"], settings, stdin=stream)))  # type: ignore[arg-type]
    assert len(items) == 1 and isinstance(items[0], Failure) and items[0].code == "extract.too_large"
    assert peak < 6_000_000, f"peak {peak:,} bytes for a 1 MB cap"


def test_issue13_stdin_jsonl_and_pages_still_read() -> None:
    lines = b"\n".join(json.dumps({"url": f"https://example.org/{i}", "text": PAGE}).encode() for i in range(3))
    got = list(iter_sources(["-"], Settings(), stdin=io.BytesIO(gzip.compress(lines))))
    assert [type(i).__name__ for i in got] == ["Document"] * 3
    assert [i.source for i in got] == ["<stdin>:1", "<stdin>:2", "<stdin>:3"]
    page = list(iter_sources(["-"], Settings(), stdin=io.BytesIO(PAGE.encode())))
    assert len(page) == 1 and isinstance(page[0], Document) and page[0].content == PAGE.encode()



# -- finding 6: one file after a run ---------------------------------------------------------

def _pages(directory: Path, n: int = 3) -> Path:
    directory.mkdir(exist_ok=True)
    for i in range(n):
        (directory / f"p{i}.txt").write_text(f"Page {i}. {PAGE}")
    return directory


def test_issue13_a_run_after_a_crash_leaves_the_store_in_one_file(tmp_path: Path) -> None:
    import subprocess
    import sys

    pages, db = _pages(tmp_path / "pages"), tmp_path / "one.duckdb"
    crash = ("import os, sys\nfrom tidings.cli import main\nimport tidings.stories as s\n"
             "s.cluster = lambda *a, **k: os._exit(0)  # dies in the story rebuild\n"
             "sys.argv = ['tidings', 'ingest', sys.argv[1], '--db', sys.argv[2]]\nmain()\n")
    subprocess.run([sys.executable, "-c", crash, str(pages), str(db)], check=True, capture_output=True)
    assert Path(str(db) + ".wal").exists()  # the crash left the log beside the file
    result = runner.invoke(app, ["ingest", str(pages), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert not Path(str(db) + ".wal").exists()
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(db.read_bytes())
    with Store(copy, read_only=True) as store:
        assert store.counts()["articles"] == 3


# -- finding 8: the store file ---------------------------------------------------------------

def _digest(path: Path) -> bytes:
    import hashlib

    return hashlib.sha256(path.read_bytes()).digest()


def test_issue13_a_sqlite_file_is_refused_without_any_extension_fetched(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = _digest(path)
    result = runner.invoke(app, ["ingest", str(_pages(tmp_path / "pages")), "--db", str(path)])
    assert result.exit_code == 1
    message = result.output.strip()
    assert message.startswith("error: ") and "\n" not in message and "Traceback" not in message
    assert "install" not in message.lower() and "http" not in message.lower(), message
    assert _digest(path) == before


def test_issue13_an_unrelated_duckdb_file_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE ledger (x INTEGER)")
    con.close()
    before = _digest(path)
    result = runner.invoke(app, ["ingest", str(_pages(tmp_path / "pages")), "--db", str(path)])
    assert result.exit_code == 1 and "not a tidings store" in result.output, result.output
    assert _digest(path) == before


def test_issue13_a_newer_store_asks_for_a_newer_tidings(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO migrations VALUES (99, 'from the future', now())")
    con.close()
    result = runner.invoke(app, ["stories", "--db", str(path)])
    assert result.exit_code == 1
    assert "upgrade tidings" in result.output and "open it once for writing" not in result.output


def test_issue13_a_damaged_store_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "damaged.duckdb"
    path.write_bytes(b"DUCK" + os.urandom(300_000))
    result = runner.invoke(app, ["ingest", str(_pages(tmp_path / "pages")), "--db", str(path)])
    assert result.exit_code == 1 and result.exception is None or isinstance(result.exception, SystemExit)
    message = result.output.strip()
    assert message.startswith("error: ") and "\n" not in message, message


def test_issue13_an_uncreatable_folder_is_a_one_line_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = runner.invoke(app, ["ingest", str(_pages(tmp_path / "pages")), "--db", str(blocker / "sub" / "s.duckdb")])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.exception
    assert result.output.startswith("error: ") and "folder" in result.output


def test_issue13_a_full_disk_exits_non_zero_with_the_reason(tmp_path: Path) -> None:
    import resource
    import signal
    import subprocess
    import sys

    def limit() -> None:  # a file-size limit makes writes fail as a full disk would
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (600_000, 600_000))

    pages = _pages(tmp_path / "pages", 12)
    proc = subprocess.run(
        [sys.executable, "-c", "from tidings.cli import main; main()", "ingest", str(pages),
         "--db", str(tmp_path / "full.duckdb"), "--no-events"],
        check=False, preexec_fn=limit, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "cannot write the store" in proc.stderr


# -- finding 9: unique keys, `tidings check` ----------------------------------------------------

def test_issue13_event_ids_are_unique_and_check_finds_orphans(tmp_path: Path) -> None:
    db = tmp_path / "keys.duckdb"
    assert runner.invoke(app, ["ingest", str(_pages(tmp_path / "pages")), "--db", str(db),
                               "--no-events"]).exit_code == 0
    clean = runner.invoke(app, ["check", "--db", str(db)])
    assert clean.exit_code == 0, clean.output
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO events (event_id, doc_id) VALUES ('e-1', 'no-such-article')")
    with pytest.raises(duckdb.ConstraintException):
        con.execute("INSERT INTO events (event_id, doc_id) VALUES ('e-1', 'no-such-article')")
    with pytest.raises(duckdb.ConstraintException):
        con.execute("INSERT INTO mentions (doc_id, mention_idx) VALUES ('m', 0), ('m', 0)")
    con.close()
    found = runner.invoke(app, ["check", "--db", str(db)])
    assert found.exit_code == 1
    assert "FAIL events without their article: 1" in found.output


# -- finding 5: SIGTERM stops `watch` cleanly --------------------------------------------------

def test_issue13_watch_stops_on_sigterm_with_its_run_closed_and_stories_built(
        http_server: Any, tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    from test_feeds import rss, story

    pages = []
    for i in range(2):
        path = http_server.unique(f"term-{i}.html")
        pages.append(http_server.add(path, story(i, http_server.url(path))))
    feed = http_server.add(http_server.unique("feed.xml"), rss([(f"Ship {i}", p, "") for i, p in enumerate(pages)]),
                           headers={"Content-Type": "application/rss+xml"})
    db = tmp_path / "watch.duckdb"
    proc = subprocess.Popen([sys.executable, "-c", "from tidings.cli import main; main()", "watch", feed,
                             "--db", str(db), "--interval", "120", "--no-events"],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        assert proc.stderr is not None
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and "stored 2" not in (line := proc.stderr.readline()):
            assert line, "watch ended before storing the pages"
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert not Path(str(db) + ".wal").exists()
    with Store(db, read_only=True) as store:
        assert [r["status"] for r in store.runs().to_pylist()] == ["interrupted"]
        assert not store.stories_stale()


# -- finding 1: implausible dates, unbounded timelines -------------------------------------------

WAR = ("Russian forces attacked Ukrainian positions near Kharkiv. Ukraine accused Russia of shelling "
       "the city and its villages. Officials in Kyiv said the attack killed several people. ") * 3


@pytest.fixture(scope="module")
def far_dates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("far_dates")
    lines = [{"url": f"https://example.org/{i}", "text": f"Report {i}. {WAR}", "published": day}
             for i, day in enumerate(("0001-01-02", "9999-12-30", "2024-05-06"))]
    corpus = base / "far.jsonl"
    corpus.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    db = base / "far.duckdb"
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def test_issue13_implausible_publication_dates_are_kept_as_unknown_with_a_reason(far_dates: Path) -> None:
    with Store(far_dates, read_only=True) as store:
        rows = {r["url"]: r for r in store.articles(limit=None).to_pylist()}
        con = store.con
        event_days = {r[0] for r in con.execute("SELECT DISTINCT day FROM events").fetchall()}
        methods = dict(con.execute("SELECT url, published_method FROM articles").fetchall())
    assert rows["https://example.org/2"]["published"].startswith("2024-05-06")
    for url, why in (("https://example.org/0", "before 1800"), ("https://example.org/1", "after the fetch")):
        assert rows[url]["published"] is None
        assert methods[url].startswith("rejected: ") and why in methods[url], methods[url]
    # an article whose date is refused is undated, and so are its events (never invented)
    assert all(d is None or 1800 <= d.year <= 2100 for d in event_days), event_days


def _client(db: Path) -> Any:
    import warnings

    from tidings.api import create_app
    from tidings.api.settings import WebSettings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    return TestClient(create_app(Settings(), web=WebSettings(db=str(db))))


def test_issue13_timelines_over_far_apart_days_are_a_clear_400(far_dates: Path, tmp_path: Path) -> None:
    db = tmp_path / "far.duckdb"
    db.write_bytes(far_dates.read_bytes())
    con = duckdb.connect(str(db))  # events dated so by another tool, or before dates were checked
    ids = [r[0] for r in con.execute("SELECT event_id FROM events WHERE NOT coalesce(is_duplicate, false) "
                                      "AND source_country = 'RUS' ORDER BY event_id").fetchall()]
    assert len(ids) >= 2
    con.execute("UPDATE events SET day = DATE '0001-01-02' WHERE event_id = ?", [ids[0]])
    con.execute("UPDATE events SET day = DATE '9999-12-30' WHERE event_id = ?", [ids[-1]])
    con.close()
    with _client(db) as client:
        for path in ("/api/dyads/RUS/UKR?by=day", "/api/actors/RUS?by=day", "/api/dyads/RUS/UKR?by=month"):
            r = client.get(path)
            assert r.status_code == 400, (path, r.status_code, len(r.content))
            assert r.json()["error"]["code"] == "request.too_many_periods"
            assert "since/until" in r.json()["error"]["message"]
        page = client.get("/actor/RUS?by=day", headers={"Accept": "text/html"})
        assert page.status_code == 400 and len(page.content) < 1_000_000
        dyad = client.get("/dyad/RUS/UKR?by=day", headers={"Accept": "text/html"})
        assert dyad.status_code == 400 and len(dyad.content) < 1_000_000
        ok = client.get("/api/dyads/RUS/UKR?by=day&since=2024-01-01&until=2027-12-31")
        assert ok.status_code == 200 and ok.json()["totals"]["events"] >= 1


# -- finding 2: an article with thousands of events ----------------------------------------------

def _many_events_store(db: Path, tmp_path: Path, n: int) -> str:
    """An article of ``n`` sentences, each carrying one event and two mentions (rows written as
    the coder would write them; coding 2,000 sentences is not what is under test)."""
    import re

    sentence = "Russia attacked Ukraine near the border. "
    corpus = tmp_path / "big.jsonl"
    corpus.write_text(json.dumps({"url": "https://example.org/big", "published": "2024-05-06",
                                  "text": "Big report\n\n" + (sentence * n).strip()}) + "\n")
    assert runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--no-events"]).exit_code == 0
    con = duckdb.connect(str(db))
    doc, body = con.execute("SELECT doc_id, text FROM articles").fetchall()[0]
    events, mentions = [], []
    for i, m in enumerate(re.finditer(r"\S[^.]*\.", body)):
        s = m.start()
        events.append((f"{doc}-{i:04d}", doc, "2024-05-06", False, "RUS", "UKR", "190", "19", 4, -10.0, "asserted",
                       m.group(), i, [s, m.end()], "attacked"))
        mentions += [(doc, 2 * i, "Russia", s, s + 6, i, ["RUS"], "dictionary"),
                     (doc, 2 * i + 1, "Ukraine", s + 16, s + 23, i, ["UKR"], "dictionary")]
    ev_cols = ["event_id", "doc_id", "day", "is_duplicate", "source_code", "target_code", "cameo", "cameo_root", "quad_class", "goldstein", "modality", "sentence", "sentence_index", "span", "trigger"]
    ev_table = pa.table({c: [list(r[i]) if c == "span" else r[i] for r in events] for i, c in enumerate(ev_cols)})
    m_cols = ["doc_id", "mention_idx", "text", "start_char", "end_char", "sentence_index", "actor_codes", "how"]
    m_table = pa.table({c: [r[i] for r in mentions] for i, c in enumerate(m_cols)})
    con.register("_ev", ev_table)
    con.register("_m", m_table)
    con.execute(f"INSERT INTO events ({', '.join(ev_cols)}) SELECT {', '.join(ev_cols)} FROM _ev")
    con.execute(f"INSERT INTO mentions ({', '.join(m_cols)}) SELECT {', '.join(m_cols)} FROM _m")
    con.close()
    return str(doc)


def test_issue13_an_article_with_thousands_of_events_is_a_bounded_page(tmp_path: Path) -> None:
    db = tmp_path / "many.duckdb"
    doc = _many_events_store(db, tmp_path, 2_000)
    with _client(db) as client:
        page = client.get(f"/articles/{doc}", headers={"Accept": "text/html"})
        assert page.status_code == 200
        html = page.text
        assert len(page.content) < 1_000_000, len(page.content)
        assert 100 <= html.count("<mark") <= 302  # 300 marked sentences and the legend's two
        assert "1–100 of 2000" in html and f'href="/articles/{doc}?events_offset=100"' in html
        last = client.get(f"/articles/{doc}?events_offset=1900", headers={"Accept": "text/html"})
        assert last.status_code == 200 and "1901–2000 of 2000" in last.text
        assert "later →" not in last.text


# -- finding 10: formula cells, links, offsets ------------------------------------------------------

def test_issue13_csv_cells_that_start_a_formula_are_neutralised(tmp_path: Path) -> None:
    import csv

    from tidings.store.export import csv_cell

    assert [csv_cell(v) for v in ("=HYPERLINK(1)", "+1+1", "-2+3", "@SUM(A1)", "-3.5", "plain", 4)] == [
        "'=HYPERLINK(1)", "'+1+1", "'-2+3", "'@SUM(A1)", "-3.5", "plain", 4]
    db = tmp_path / "formula.duckdb"
    corpus = tmp_path / "f.jsonl"
    corpus.write_text(json.dumps({"url": "https://example.org/f", "text": f"Report. {WAR}"}) + "\n")
    assert runner.invoke(app, ["ingest", str(corpus), "--db", str(db)]).exit_code == 0
    con = duckdb.connect(str(db))
    con.execute("UPDATE events SET source_name = '=cmd|'' /C calc''!A0'")
    con.close()
    out = tmp_path / "events.csv"
    assert runner.invoke(app, ["export", "--db", str(db), "--format", "csv", "--out", str(out)]).exit_code == 0
    cells = [c for row in csv.reader(out.open()) for c in row]
    assert not any(c.startswith("=") for c in cells)
    assert any(c.startswith("'=cmd") for c in cells)
    with _client(db) as client:
        body = client.get("/api/events?format=csv").text
    assert "'=cmd" in body and "\n=cmd" not in body and ",=cmd" not in body


def test_issue13_only_web_urls_become_links_and_offsets_are_checked(tmp_path: Path) -> None:
    db = tmp_path / "links.duckdb"
    corpus = tmp_path / "l.jsonl"
    corpus.write_text(json.dumps({"url": "javascript:alert(1)", "text": f"Report. {PAGE}"}) + "\n")
    assert runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--no-events"]).exit_code == 0
    with Store(db, read_only=True) as store:
        doc = store.articles(limit=None).column("doc_id").to_pylist()[0]
    with _client(db) as client:
        page = client.get(f"/articles/{doc}", headers={"Accept": "text/html"}).text
        assert 'href="javascript:' not in page and "javascript:alert(1)" in page
        for path in ("/articles?", "/events?", "/dyad/RUS/UKR?", "/search?q=report&", f"/articles/{doc}?"):
            key = "events_offset" if path.startswith("/articles/") else "offset"
            r = client.get(f"{path}{key}=99999999999999999999", headers={"Accept": "text/html"})
            assert r.status_code == 400, (path, r.status_code)
            assert "duckdb" not in r.text.lower() and "INT64" not in r.text


def test_issue13_failures_show_control_characters_escaped(tmp_path: Path) -> None:
    db = tmp_path / "ctl.duckdb"
    bad = tmp_path / "evil\x1b[2J\x07.html"
    bad.write_bytes(b"\x00\x01\x02" * 10)
    assert runner.invoke(app, ["ingest", str(bad), "--db", str(db), "--no-events"]).exit_code == 0
    for fmt in ("table", "csv"):
        out = runner.invoke(app, ["failures", "--db", str(db), "-f", fmt]).output
        assert "\x1b" not in out and "\x07" not in out
    assert "evil\\x1b[2J\\x07.html" in runner.invoke(app, ["failures", "--db", str(db), "-f", "csv"]).output


# -- finding 7: DNS rebinding, IPv4 inside IPv6 ---------------------------------------------------

@pytest.mark.parametrize("address", [
    "2002:7f00:1::1",          # 6to4 of 127.0.0.1
    "2002:a00:1::1",           # 6to4 of 10.0.0.1
    "64:ff9b::7f00:1",         # NAT64 of 127.0.0.1
    "64:ff9b::a9fe:a9fe",      # NAT64 of 169.254.169.254
    "::ffff:127.0.0.1",        # IPv4-mapped
    "::7f00:1",                # IPv4-compatible
    "2001:0:4136:e378:8000:63bf:80ff:fffe",  # Teredo, client 127.0.0.1
])
def test_issue13_every_ipv6_form_of_a_private_ipv4_is_refused(address: str) -> None:
    from tidings.api.security import check_public_host
    from tidings.errors import FetchError

    with pytest.raises(FetchError) as info:
        check_public_host(f"http://[{address}]/")
    assert info.value.code == "fetch.private_address"


def test_issue13_the_connection_goes_to_the_address_that_was_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """DNS rebinding: the name is public when checked, internal when connected. Both answers
    are loopback addresses here; the policy is patched to call 127.0.0.2 "public"."""
    import http.server
    import threading

    import httpx

    from tidings.api import security

    hits: dict[str, int] = {"127.0.0.1": 0, "127.0.0.2": 0}

    def server(host: str, port: int) -> http.server.ThreadingHTTPServer:
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                hits[host] += 1
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: Any) -> None:
                pass

        srv = http.server.ThreadingHTTPServer((host, port), Handler)
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        return srv

    internal = server("127.0.0.1", 0)
    port = internal.server_address[1]
    try:
        public = server("127.0.0.2", port)
    except OSError:
        internal.shutdown()
        pytest.skip("cannot listen on 127.0.0.2")
    answers = iter(["127.0.0.2"] + ["127.0.0.1"] * 10)  # public first, then rebound inside
    real = security.socket.getaddrinfo

    def rebinding(host: str, port: int, *args: Any, **kwargs: Any) -> Any:
        if host == "rebind.test":
            return [(2, 1, 6, "", (next(answers), port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(security.socket, "getaddrinfo", rebinding)  # every lookup, ours and httpcore's
    monkeypatch.setattr(security, "_is_public", lambda ip: str(ip) == "127.0.0.2")
    try:
        with httpx.Client(transport=security.PublicOnlyTransport()) as client:
            assert client.get(f"http://rebind.test:{port}/").text == "ok"
    finally:
        internal.shutdown()
        public.shutdown()
    assert hits == {"127.0.0.1": 0, "127.0.0.2": 1}, hits


# -- finding 11: unbounded work --------------------------------------------------------------------

def test_issue13_a_sitemap_fan_out_is_capped_with_one_failure() -> None:
    from tidings.acquire.sitemaps import iter_sitemap_pages

    fetched: list[str] = []

    def index(name: str) -> bytes:
        kids = "".join(f"<sitemap><loc>https://example.org/{name}-{i}.xml</loc></sitemap>" for i in range(10))
        return f'<?xml version="1.0"?><sitemapindex>{kids}</sitemapindex>'.encode()

    def fetch(url: str) -> bytes:
        fetched.append(url)
        name = url.rsplit("/", 1)[1][:-4]
        if name.count("-") < 3:
            return index(name)
        pages = "".join(f"<url><loc>https://example.org/{name}/{i}.html</loc></url>" for i in range(10))
        return f"<urlset>{pages}</urlset>".encode()

    items = list(iter_sitemap_pages(index("s"), source="s.xml", fetch_bytes=fetch, max_sitemaps=30, max_urls=100))
    failures = [i for i in items if isinstance(i, Failure)]
    assert len(fetched) <= 30
    assert len(items) - len(failures) <= 100
    assert [f.code for f in failures] == ["sitemap.too_many"] or \
        {f.code for f in failures} <= {"sitemap.too_many", "sitemap.too_deep"}
    assert sum(f.code == "sitemap.too_many" for f in failures) == 1


def test_issue13_a_sitemap_with_an_internal_doctype_is_a_failure_not_an_article(tmp_path: Path) -> None:
    path = tmp_path / "map.xml"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE urlset [\n  <!ENTITY x "https://example.org/a">\n]>\n'
                    "<urlset><url><loc>&x;</loc></url></urlset>\n")
    items = list(iter_sources([str(path)], Settings()))
    assert len(items) == 1 and isinstance(items[0], Failure), items
    assert items[0].code == "sitemap.doctype"


def test_issue13_a_text_with_no_words_is_a_failure(tmp_path: Path) -> None:
    from tidings.pipeline import run_one

    doc = Document(source="blob.txt", content=b"x" * 5_000, kind="text", encoding="utf-8")
    result = run_one(doc, code_events=False)
    assert result.article is None and result.failure is not None
    assert result.failure.code == "extract.no_words"


def test_issue13_a_glob_over_a_symlink_loop_ends(tmp_path: Path) -> None:
    import multiprocessing

    from tidings.acquire.files import glob_files

    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "x.html").write_text("<p>x</p>")
    (tmp_path / "a" / "b" / "up").symlink_to("..")
    (tmp_path / "a" / "b" / "top").symlink_to("../..")
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(1) as pool:  # a process, so that a spinning glob can be stopped
        job = pool.apply_async(glob_files, (str(tmp_path / "**" / "*.html"),))
        assert job.get(timeout=60) == [str(tmp_path / "a" / "b" / "x.html")]


def test_issue13_a_huge_posted_text_is_refused_before_the_nlp(tmp_path: Path) -> None:
    from tidings.api import create_app
    from tidings.api.settings import WebSettings

    db = tmp_path / "post.duckdb"
    Store(db).close()
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    app_ = create_app(Settings(), web=WebSettings(db=str(db), token="t" * 32))
    with TestClient(app_) as client:
        r = client.post("/api/documents", json={"text": "Russia attacked Ukraine. " * 40_000},
                        headers={"Authorization": "Bearer " + "t" * 32})
    assert r.status_code == 413, r.text
    assert r.json()["error"]["code"] == "request.page_too_large"


# -- finding 12: search through a word index ------------------------------------------------------

def test_issue13_search_uses_a_word_index_that_agrees_with_the_scan_and_follows_writes(tmp_path: Path) -> None:
    from tidings.api.backend import Backend
    from tidings.api.settings import WebSettings
    from tidings.store import views
    from tidings.store.search import SearchIndex

    db = tmp_path / "search.duckdb"
    lines = [{"url": f"https://example.org/{i}", "published": f"2024-05-{1 + i % 28:02d}",
              "text": f"{['Armenia', 'Sudan', 'Kenya'][i % 3]} report {i}. {PAGE}"} for i in range(30)]
    corpus = tmp_path / "s.jsonl"
    corpus.write_text("".join(json.dumps(line) + "\n" for line in lines))
    assert runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--no-events"]).exit_code == 0
    backend = Backend(WebSettings(db=str(db), token="t" * 32), Settings())
    try:
        for q in ("Armenia", "france germany", "Sudan 4", "Kenya border", "nothing-here"):
            for offset in (0, 5):
                got = backend.search(q, limit=5, offset=offset)
                want = backend.read(views.search, q, limit=5, offset=offset)
                assert got == want, q
        assert isinstance(backend.search_index, SearchIndex) and backend.search_index.size == 30
        assert backend.search("Zanzibar", limit=5, offset=0) == ([], 0)
        backend.ingest(Document(source="new", content=f"Zanzibar report. {PAGE}".encode(), kind="text",
                                encoding="utf-8"))
        items, total = backend.search("Zanzibar", limit=5, offset=0)
        assert total == 1 and "Zanzibar" in items[0]["snippet"] and backend.search_index.size == 31
    finally:
        backend.close()


def test_issue13_stories_rebuild_on_demand(tmp_path: Path) -> None:
    from test_kill_stages import _write_pages

    pages, db = tmp_path / "pages", tmp_path / "rebuild.duckdb"
    _write_pages(pages)
    assert runner.invoke(app, ["ingest", str(pages), "--db", str(db), "--no-events", "--no-stories"]).exit_code == 0
    with Store(db, read_only=True) as store:
        assert store.stories_stale() and store.counts()["stories"] == 0
    result = runner.invoke(app, ["stories", "--db", str(db), "--rebuild", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == 3
    with Store(db, read_only=True) as store:
        assert not store.stories_stale()
