"""`tidings watch`: polls with conditional GET, stores only new entries, survives a feed that
is down, and exits cleanly with a summary on Ctrl-C."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from test_feeds import closed_port_url, conditional_feed, rss, story
from typer.testing import CliRunner

from tidings.cli import app
from tidings.store import Store


def serve_stories(server: Any, n: int) -> list[str]:
    urls = []
    for i in range(n):
        path = server.unique(f"ship-{i}.html")
        urls.append(server.add(path, story(i, server.url(path))))
    return urls


def page_requests(server: Any, urls: list[str]) -> dict[str, int]:
    paths = {u[len(server.base_url):]: u for u in urls}
    counts = dict.fromkeys(urls, 0)
    for _, path, _ in server.requests:
        if path in paths:
            counts[paths[path]] += 1
    return counts


def test_watch_polls_conditionally_and_stores_only_new_entries(http_server: Any, tmp_path: Path) -> None:
    pages = serve_stories(http_server, 3)
    path = http_server.unique("feed.xml")
    v0 = [("Ship 0", pages[0], "Tue, 07 May 2024 09:00:00 GMT"), ("Ship 1", pages[1], "")]
    counts = conditional_feed(http_server, path, [rss(v0), rss([("Ship 2", pages[2], ""), *v0])])
    feed, down, db = http_server.url(path), closed_port_url(), tmp_path / "watch.duckdb"
    runner = CliRunner()

    result = runner.invoke(app, ["watch", feed, down, "--db", str(db), "--max-polls", "2", "--interval", "0"])
    assert result.exit_code == 0, result.output
    assert counts["200"] == 1 and counts["304"] == 1  # the second poll cost a 304
    assert "not modified" in result.output and "down (fetch.connect)" in result.output
    assert "watched 2 feed(s), 2 poll(s): stored 2" in result.output
    with Store(db, read_only=True) as store:
        assert sorted(store.articles(limit=None).column("url").to_pylist()) == sorted(pages[:2])

    counts["version"] = 1  # the feed gains an entry
    result = runner.invoke(app, ["watch", feed, "--db", str(db), "--once"])
    assert result.exit_code == 0, result.output
    assert "3 entries, 1 new; stored 1" in result.output
    assert page_requests(http_server, pages) == dict.fromkeys(pages, 1)  # each page fetched once
    with Store(db, read_only=True) as store:
        assert sorted(store.articles(limit=None).column("url").to_pylist()) == sorted(pages)
        titles = store.articles(limit=None).column("title").to_pylist()
        assert sorted(titles) == [f"Cargo ship {i} reaches the harbour" for i in range(3)]


def test_watch_ctrl_c_exits_cleanly_with_a_summary(http_server: Any, tmp_path: Path) -> None:
    pages = serve_stories(http_server, 1)
    feed = http_server.add(http_server.unique("feed.xml"), rss([("Ship 0", pages[0], "")]),
                           headers={"Content-Type": "application/rss+xml"})
    db = tmp_path / "watch.duckdb"
    cmd = [sys.executable, "-c", "from tidings.cli import main; main()",
           "watch", feed, "--db", str(db), "--interval", "120", "--no-events"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        lines = []
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line:
                break
            lines.append(line)
            if "stored 1" in line:
                break
        assert any("stored 1" in x for x in lines), "".join(lines)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert "watched 1 feed(s), 1 poll(s): stored 1" in err
    with Store(db, read_only=True) as store:
        runs = store.runs().to_pylist()
        assert [r["status"] for r in runs] == ["interrupted"] and runs[0]["stored"] == 1


def test_watch_help() -> None:
    result = CliRunner().invoke(app, ["watch", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--interval", "--once", "--max-polls"):
        assert option in result.output
