"""Fetching against a real HTTP server on 127.0.0.1: timeouts, status codes, redirects,
robots.txt, compression and the size cap."""

from __future__ import annotations

import gzip
import itertools
import socket
import zlib
from typing import Any

import httpx
import pytest

from tidings.acquire.http import Fetcher, fetch
from tidings.config import FetchSettings
from tidings.errors import FetchError, InputError

PAGE = "<html><head><title>Harbour opens</title></head><body><p>The new harbour opened.</p></body></html>"


def test_fetch_returns_document_with_final_url_status_headers_and_encoding(http_server: Any) -> None:
    url = http_server.add(
        http_server.unique("page.html"), PAGE.encode("windows-1252"),
        headers={"Content-Type": "text/html; charset=Windows-1252", "Last-Modified": "Tue, 03 Mar 2026 10:00:00 GMT"},
    )
    doc = fetch(url)
    assert doc.content == PAGE.encode("windows-1252")
    assert (doc.source, doc.url, doc.status, doc.encoding) == (url, url, 200, "windows-1252")
    headers = dict(doc.headers)
    assert headers["content-type"] == "text/html; charset=Windows-1252"
    assert headers["last-modified"] == "Tue, 03 Mar 2026 10:00:00 GMT"
    assert doc.fetched_at is not None and doc.fetched_at.endswith("Z")


def test_fetch_sends_the_user_agent_from_settings(http_server: Any) -> None:
    path = http_server.unique("ua")
    url = http_server.add(path, PAGE)
    fetch(url, FetchSettings(user_agent="tidings-test/9.9 (+mailto:desk@example.org)"))
    sent = [h for method, p, h in http_server.requests if p == path]
    assert sent[-1]["user-agent"] == "tidings-test/9.9 (+mailto:desk@example.org)"


def test_fetch_read_timeout_is_a_transient_fetch_error(http_server: Any) -> None:
    url = http_server.add(http_server.unique("slow"), PAGE, delay=1.0)
    with pytest.raises(FetchError) as info:
        fetch(url, FetchSettings(read_timeout=0.2))
    assert info.value.code == "fetch.timeout"
    assert info.value.transient is True
    assert info.value.source == url


def test_fetch_404_is_a_terminal_fetch_error_with_status(http_server: Any) -> None:
    url = http_server.add(http_server.unique("missing"), "gone", status=404)
    with pytest.raises(FetchError) as info:
        fetch(url)
    assert (info.value.code, info.value.status, info.value.transient) == ("fetch.not_found", 404, False)
    assert "HTTP 404" in str(info.value) and url in str(info.value)


def test_fetch_500_is_a_transient_fetch_error_with_status(http_server: Any) -> None:
    url = http_server.add(http_server.unique("broken"), "oops", status=500)
    with pytest.raises(FetchError) as info:
        fetch(url)
    assert (info.value.code, info.value.status, info.value.transient) == ("fetch.server_error", 500, True)


def test_fetch_redirect_loop_is_detected_and_named(http_server: Any) -> None:
    a, b = http_server.unique("a"), http_server.unique("b")
    url = http_server.add(a, status=302, headers={"Location": b})
    http_server.add(b, status=301, headers={"Location": a})
    with pytest.raises(FetchError) as info:
        fetch(url)
    assert info.value.code == "fetch.redirect_loop"
    assert a in str(info.value) and b in str(info.value)


def test_fetch_redirect_chain_longer_than_the_cap_is_refused(http_server: Any) -> None:
    paths = [http_server.unique(f"hop{i}") for i in range(4)]
    for here, there in itertools.pairwise(paths):
        http_server.add(here, status=307, headers={"Location": there})
    http_server.add(paths[-1], PAGE)
    with pytest.raises(FetchError) as info:
        fetch(http_server.url(paths[0]), FetchSettings(max_redirects=2))
    assert info.value.code == "fetch.too_many_redirects"
    doc = fetch(http_server.url(paths[0]), FetchSettings(max_redirects=3))
    assert doc.url == http_server.url(paths[-1]) and doc.source == http_server.url(paths[0])


def test_fetch_obeys_robots_txt_and_caches_it_per_host(private_http_server: Any) -> None:
    srv = private_http_server
    srv.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", headers={"Content-Type": "text/plain"})
    srv.add("/private/page.html", PAGE)
    srv.add("/public/page.html", PAGE)
    with Fetcher() as fetcher:
        with pytest.raises(FetchError) as info:
            fetcher.fetch(srv.url("/private/page.html"))
        assert fetcher.fetch(srv.url("/public/page.html")).status == 200
    assert info.value.code == "fetch.robots" and info.value.transient is False
    paths = [p for _, p, _ in srv.requests]
    assert "/private/page.html" not in paths
    assert paths.count("/robots.txt") == 1


def test_fetch_robots_rules_for_our_agent_apply_and_can_be_switched_off(private_http_server: Any) -> None:
    srv = private_http_server
    srv.add("/robots.txt", "User-agent: tidings\nDisallow: /\n\nUser-agent: *\nAllow: /\n")
    url = srv.add("/story.html", PAGE)
    with pytest.raises(FetchError, match="robots.txt"):
        fetch(url)
    assert fetch(url, FetchSettings(respect_robots=False)).status == 200


def test_fetch_redirect_into_a_disallowed_path_is_refused(private_http_server: Any) -> None:
    srv = private_http_server
    srv.add("/robots.txt", "User-agent: *\nDisallow: /private/\n")
    url = srv.add("/moved", status=301, headers={"Location": "/private/x"})
    srv.add("/private/x", PAGE)
    with pytest.raises(FetchError) as info:
        fetch(url)
    assert info.value.code == "fetch.robots"
    assert "/private/x" not in [p for _, p, _ in srv.requests]


def test_fetch_robots_server_error_means_disallow_for_now(private_http_server: Any) -> None:
    srv = private_http_server
    srv.add("/robots.txt", "down", status=503)
    url = srv.add("/page.html", PAGE)
    with pytest.raises(FetchError) as info:
        fetch(url)
    assert (info.value.code, info.value.transient) == ("fetch.robots_unavailable", True)


def test_fetch_decodes_gzip_and_deflate_content_encoding(http_server: Any) -> None:
    gz = http_server.add(http_server.unique("gz"), gzip.compress(PAGE.encode()), headers={"Content-Encoding": "gzip"})
    df = http_server.add(http_server.unique("df"), zlib.compress(PAGE.encode()), headers={"Content-Encoding": "deflate"})
    assert fetch(gz).content == PAGE.encode()
    assert fetch(df).content == PAGE.encode()


def test_fetch_gzip_file_body_is_unpacked_and_a_truncated_one_refused(http_server: Any) -> None:
    packed = gzip.compress(PAGE.encode())
    good = http_server.add(http_server.unique("page.html.gz"), packed, headers={"Content-Type": "application/gzip"})
    bad = http_server.add(http_server.unique("cut.html.gz"), packed[:-12], headers={"Content-Type": "application/gzip"})
    assert fetch(good).content == PAGE.encode()
    with pytest.raises(InputError) as info:
        fetch(bad)
    assert info.value.code == "input.corrupt_gzip"


def test_fetch_size_cap_applies_to_declared_and_streamed_bodies(http_server: Any) -> None:
    big = b"<p>" + b"x" * 5000 + b"</p>"
    declared = http_server.add(http_server.unique("big"), big)

    def chunked(handler: Any) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Transfer-Encoding", "chunked")
        handler.end_headers()
        for _ in range(10):
            handler.wfile.write(b"400\r\n" + b"y" * 0x400 + b"\r\n")
        handler.wfile.write(b"0\r\n\r\n")

    streamed = http_server.add_handler(http_server.unique("stream"), chunked)
    settings = FetchSettings(max_bytes=4096)
    for url in (declared, streamed):
        with pytest.raises(FetchError) as info:
            fetch(url, settings)
        assert info.value.code == "fetch.too_large"
    assert len(fetch(streamed).content) == 10 * 0x400


def test_fetch_gzip_bomb_is_capped_on_decoded_bytes(http_server: Any) -> None:
    bomb = gzip.compress(b" " * 2_000_000)
    url = http_server.add(http_server.unique("bomb"), bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError) as info:
        fetch(url, FetchSettings(max_bytes=100_000))
    assert info.value.code == "fetch.too_large"


def test_fetch_refuses_non_http_schemes_and_unreachable_hosts() -> None:
    with pytest.raises(FetchError) as info:
        fetch("file:///etc/passwd")
    assert info.value.code == "fetch.invalid_url"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError) as info:
        fetch(f"http://127.0.0.1:{port}/nothing-listens", FetchSettings(connect_timeout=1.0))
    assert (info.value.code, info.value.transient) == ("fetch.connect", True)


def test_fetch_uses_a_given_client_without_closing_it(http_server: Any) -> None:
    url = http_server.add(http_server.unique("client"), PAGE)
    with httpx.Client() as client:
        assert fetch(url, client=client).status == 200
        assert not client.is_closed
