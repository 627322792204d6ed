"""Feeds: RSS/Atom entries, conditional GET (a 304 on the second poll), a feed that is down.
Every server here is a real one on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import socket
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
from corpus import html_page

from tidings.acquire.feeds import FeedPoller, FeedState, fetch_feed, parse_feed
from tidings.acquire.sources import iter_sources
from tidings.errors import FetchError, InputError
from tidings.model import Document, Failure

DAY = dt.date(2024, 5, 7)


def rss(items: list[tuple[str, str, str]]) -> str:
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid><pubDate>{d}</pubDate></item>"
        for t, link, d in items
    )
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Times</title>'
            f"<link>https://harbourtimes.example/</link><description>News</description>{body}</channel></rss>")


def atom(entries: list[tuple[str, str]]) -> str:
    body = "".join(
        f'<entry><title>{t}</title><link rel="alternate" href="{href}"/><id>urn:{i}</id>'
        f"<updated>2024-05-0{i + 1}T10:30:00+02:00</updated></entry>"
        for i, (t, href) in enumerate(entries)
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Wire</title><id>urn:feed</id><updated>2024-05-03T00:00:00Z</updated>{body}</feed>")


def story(n: int, url: str) -> str:
    paragraphs = [
        (f"The port authority said cargo ship number {n} reached the northern harbour on Tuesday morning "
        "after a delay of two days caused by storms in the strait."),
        ("Dock workers unloaded grain and machinery through the afternoon, and the authority expects the "
        "backlog of vessels waiting at anchor to clear by the end of the week."),
        ("Shipping companies have asked the regional government to deepen the channel so that larger "
        "vessels can use the harbour without waiting for the tide."),
    ]
    return html_page(f"Cargo ship {n} reaches the harbour", paragraphs, site="harbour", day=DAY, url=url)


def closed_port_url(path: str = "/feed.xml") -> str:
    """An address on 127.0.0.1 where nothing listens (a feed that is down)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}{path}"


def conditional_feed(server: Any, path: str, versions: list[str]) -> dict[str, int]:
    """Serve ``versions[k]`` with ETag and Last-Modified; answer 304 to a request carrying the
    current validators. ``state['version']`` picks the version; counts what was sent."""
    state = {"version": 0, "200": 0, "304": 0}

    def handle(h: BaseHTTPRequestHandler) -> None:
        k = state["version"]
        etag, modified = f'"v{k}"', f"Tue, 07 May 2024 0{k}:00:00 GMT"
        if h.headers.get("If-None-Match") == etag:
            state["304"] += 1
            h.send_response(304)
            h.send_header("ETag", etag)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        body = versions[k].encode()
        state["200"] += 1
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("ETag", etag)
        h.send_header("Last-Modified", modified)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    server.add_handler(path, handle)
    return state


def test_parse_feed_rss_and_atom() -> None:
    entries = parse_feed(rss([("One", "https://a.example/1", "Tue, 07 May 2024 09:15:00 GMT"),
                              ("Two", "/2", "not a date"),
                              ("One again", "https://a.example/1", "Tue, 07 May 2024 09:15:00 GMT")]).encode(),
                         source="f", base_url="https://a.example/feed.xml")
    assert [e.url for e in entries] == ["https://a.example/1", "https://a.example/2"]
    assert entries[0].published == "2024-05-07T09:15:00Z" and entries[0].title == "One"
    assert entries[1].published is None
    got = parse_feed(atom([("A", "https://w.example/a"), ("B", "https://w.example/b")]).encode(), source="a")
    assert [(e.url, e.published) for e in got] == [("https://w.example/a", "2024-05-01T08:30:00Z"),
                                                   ("https://w.example/b", "2024-05-02T08:30:00Z")]
    with pytest.raises(InputError) as err:
        parse_feed(b"<html><body><p>a web page</p></body></html>", source="page")
    assert err.value.code == "feed.invalid"


def test_fetch_feed_conditional_get_answers_304_on_the_second_poll(http_server: Any) -> None:
    path = http_server.unique("feed.xml")
    counts = conditional_feed(http_server, path, [rss([("One", "https://a.example/1", "")])])
    url = http_server.url(path)
    first = fetch_feed(url)
    assert first.status == 200 and [e.url for e in first.entries] == ["https://a.example/1"]
    assert first.state == FeedState('"v0"', "Tue, 07 May 2024 00:00:00 GMT")
    second = fetch_feed(url, first.state)
    assert second.not_modified and second.status == 304 and second.entries == ()
    assert counts == {"version": 0, "200": 1, "304": 1}
    sent = [h for m, p, h in http_server.requests if p == path][-1]
    assert sent["if-none-match"] == '"v0"' and sent["if-modified-since"] == "Tue, 07 May 2024 00:00:00 GMT"


def test_fetch_feed_down_or_failing_raises_fetch_error(http_server: Any) -> None:
    with pytest.raises(FetchError) as err:
        fetch_feed(closed_port_url())
    assert err.value.code == "fetch.connect" and err.value.transient
    broken = http_server.add(http_server.unique("feed.xml"), "busy", status=503)
    with pytest.raises(FetchError) as err:
        fetch_feed(broken)
    assert err.value.code == "fetch.server_error"


def test_feed_poller_hands_out_only_new_entries(http_server: Any) -> None:
    path = http_server.unique("feed.xml")
    v0 = [("One", "https://a.example/1", ""), ("Two", "https://a.example/2", "")]
    counts = conditional_feed(http_server, path, [rss(v0), rss([("Three", "https://a.example/3", ""), *v0])])
    down = closed_port_url()
    poller = FeedPoller([http_server.url(path), down], seen={"https://a.example/2"})
    try:
        first = list(poller.poll())
        assert [e.url for e in first[0].new_entries] == ["https://a.example/1"]
        assert first[1].error is not None and first[1].error.code == "fetch.connect"
        assert next(iter(poller.poll())).not_modified
        counts["version"] = 1
        third = next(iter(poller.poll()))
        assert [e.url for e in third.new_entries] == ["https://a.example/3"] and third.entries == 3
    finally:
        poller.close()


def test_iter_sources_feed_url_fetches_its_entries(http_server: Any) -> None:
    pages = [http_server.url(http_server.unique(f"ship-{i}.html")) for i in range(2)]
    for i, page in enumerate(pages):
        http_server.add(page[len(http_server.base_url):], story(i, page))
    missing = http_server.url(http_server.unique("missing.html"))
    feed = http_server.add(http_server.unique("rss.xml"), rss(
        [("Ship 0", pages[0], "Tue, 07 May 2024 09:15:00 GMT"), ("Gone", missing, ""), ("Ship 1", pages[1], "")]),
        headers={"Content-Type": "application/rss+xml"})
    items = list(iter_sources([feed]))
    assert [type(x).__name__ for x in items] == ["Document", "Failure", "Document"]
    doc, failure = items[0], items[1]
    assert isinstance(doc, Document) and isinstance(failure, Failure)
    assert doc.url == pages[0] and doc.published == "2024-05-07T09:15:00Z" and b"Cargo ship 0" in doc.content
    assert failure.source == missing and failure.code == "fetch.not_found"


def test_iter_sources_url_list_file_and_missing_paths(http_server: Any, tmp_path: Path) -> None:
    pages = [http_server.add(http_server.unique(f"list-{i}.html"), story(i, "https://harbourtimes.example/x"))
             for i in range(2)]
    listing = tmp_path / "todo.txt"  # a .txt of nothing but URLs is a URL list
    listing.write_text(f"# today\n{pages[0]}\n\n{pages[1]}\n", encoding="utf-8")
    prose = tmp_path / "note.txt"  # a .txt with prose is a page
    prose.write_text(f"See {pages[0]} for the story.\n", encoding="utf-8")
    items = list(iter_sources([str(listing), str(prose), str(tmp_path / "nope.html"), str(tmp_path / "*.none")]))
    assert [getattr(x, "url", None) for x in items[:2]] == pages
    assert isinstance(items[2], Document) and items[2].source == str(prose) and items[2].url is None
    assert [(x.source, x.code) for x in items[3:] if isinstance(x, Failure)] == [
        (str(tmp_path / "nope.html"), "input.not_found"), (str(tmp_path / "*.none"), "input.not_found")]


def test_detect_by_root_element_not_by_substring() -> None:
    from tidings.acquire.sources import detect

    feed = b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- generated -->\n<?xml-stylesheet href="s.xsl"?>\n<rss version="2.0">'
    assert detect("latest", feed) == "feed"
    assert detect("index.xml", b'<?xml version="1.0"?><sitemapindex xmlns="x">') == "sitemap"
    page = b"<!DOCTYPE html><html><body><feedback-form></feedback-form><p>About our <rss> feed</p></body></html>"
    assert detect("about.html", page) == "page"
